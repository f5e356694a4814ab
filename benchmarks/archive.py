"""Archives of 10 000 and 100 000 analysed articles for the command benchmarks, built once
per run (the larger one grows from the smaller) and shared by every measurement.

Each article is one of the honest corpus's articles as the extractor read it (facts, story
signature, search lemmas), dated anew: three years of news, about 90 articles a day from
eleven outlets, retellings grouped into stories as the corpus tells them.

With COOPNEWS_BENCH_ARCHIVES=/some/folder an archive is kept there once built (by size and
extractor version) and later runs start from a copy of it: filling 100 000 articles takes
minutes, and the copy leaves the kept one as built (opening it runs any newer migration)."""

from __future__ import annotations

import asyncio
import atexit
import os
import shutil
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from benchmarks.corpus import corpus
from bot.app import open_app
from bot.settings import Settings
from news.extract import DEFAULT_PAIRS, EXTRACTOR_VERSION
from services.analysis import read_article
from storage import Analysis, Article, NewArticle

DISTINCT = 3000  # corpus articles read; the archive repeats them under new dates
BATCH = 2000
START = datetime(2022, 1, 1, tzinfo=UTC)
SPACING = timedelta(minutes=16)  # ~90 articles a day
_folder = Path(tempfile.mkdtemp(prefix="coopnews-bench-"))
atexit.register(shutil.rmtree, _folder, ignore_errors=True)
_built: dict[int, tuple[Path, float]] = {}
_kept = os.environ.get("COOPNEWS_BENCH_ARCHIVES")


def settings_for(path: Path | str) -> Settings:
    """Settings for a SQLite archive's path, or a PostgreSQL database's URL."""
    if isinstance(path, str):
        return Settings(_env_file=None, database_url=path, default_sources=False)  # type: ignore[call-arg]
    return Settings(_env_file=None, database_path=path, default_sources=False)  # type: ignore[call-arg]


def archive_in(url: str, size: int) -> float:
    """The same archive of `size` articles in the (empty) PostgreSQL database at `url`;
    returns the seconds its filling took."""
    started = time.perf_counter()
    asyncio.run(_fill(url, 0, size))
    return time.perf_counter() - started


def archive(size: int) -> tuple[Path, float]:
    """A database of `size` analysed articles, and the seconds its filling took."""
    if size in _built:
        return _built[size]
    path = _folder / f"archive-{size}.db"
    kept = Path(_kept) / f"archive-{size}-v{EXTRACTOR_VERSION}.db" if _kept else None
    if kept is not None and kept.exists():
        shutil.copy(kept, path)
        _built[size] = (path, 0.0)  # filled by an earlier run
        return _built[size]
    smaller = [s for s in _built if s < size]
    start = 0
    if smaller:
        base = max(smaller)
        shutil.copy(_built[base][0], path)
        start = base
    started = time.perf_counter()
    asyncio.run(_fill(path, start, size))
    _built[size] = (path, time.perf_counter() - started)
    if kept is not None:
        kept.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, kept)
    return _built[size]


def _readings() -> list[tuple[int, str, str, str, Analysis]]:
    """(event, outlet, title, text, analysis) of the distinct corpus articles."""
    moment = datetime(2024, 1, 1, tzinfo=UTC)
    found = []
    for item in corpus(DISTINCT, seed=7):
        article = Article(0, None, "https://x/", None, item.outlet, item.title, "", item.text,
                          moment, moment, "ru", "x")  # fmt: skip
        found.append(
            (
                item.event,
                item.outlet,
                item.title,
                item.text,
                read_article(article, DEFAULT_PAIRS).analysis,
            )
        )
    return found


async def _fill(path: Path | str, start: int, end: int) -> None:
    readings = _readings()
    async with open_app(settings_for(path)) as app:
        stories: dict[tuple[int, int], int] = {}
        for offset in range(start, end, BATCH):
            numbers = range(offset, min(offset + BATCH, end))
            picked = [readings[n % len(readings)] for n in numbers]
            rows = [
                NewArticle(
                    url=f"https://bench.example.org/{n}",
                    title=title,
                    outlet=outlet,
                    summary="",
                    body=text,
                    published_at=START + SPACING * n,
                    fetched_at=START + SPACING * n,
                    content_hash=str(n),
                )
                for n, (_, outlet, title, text, _) in zip(numbers, picked, strict=True)
            ]
            ids = await app.articles.add_many(rows)
            async with app.analysis.writing() as writer:
                for n, article_id, row, (event, *_, analysis) in zip(
                    numbers, ids, rows, picked, strict=True
                ):
                    story_id = None
                    if analysis.relevant:
                        # An event repeated a cycle later is another event.
                        key = (n // len(readings), event)
                        moment = row.published_at or row.fetched_at
                        story_id = stories.get(key)
                        if story_id is None:
                            story_id = writer.create_story(row.title, analysis.countries, moment)
                            stories[key] = story_id
                        else:
                            writer.extend_story(story_id, moment)
                    writer.save(article_id, analysis, story_id)
