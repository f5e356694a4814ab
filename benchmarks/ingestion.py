"""Ingestion benchmark: articles/s end to end (parse the RSS, store, extract, group into
stories, index for search, store the facts) on the honest corpus, with warm and with cold
caches, on one core and on two; beside plain `\\w+` tokenisation of the same texts, measured
in the same run."""

from __future__ import annotations

import asyncio
import os
import re
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks.corpus import Article as CorpusArticle
from benchmarks.corpus import corpus, rss_documents
from bot.app import open_app, settle_heap
from bot.settings import Settings
from services.analysis import _Reading, read_article
from storage import Article

ARTICLES = int(os.environ.get("COOPNEWS_BENCH_INGEST", "2000"))
WARM_UP = 300  # other articles read first, as a running bot has read the news before
TARGET_PER_S = 300
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Run:
    articles: int
    seconds: float
    stories: int
    cache_hit_rate: float | None

    @property
    def per_second(self) -> float:
        return self.articles / self.seconds


def clear_caches() -> None:
    """Forget every word the extractor has looked up (not the dictionaries themselves)."""
    for name, module in list(sys.modules.items()):
        if not name.startswith("news.") or module is None:
            continue
        for attribute in vars(module).values():
            if hasattr(attribute, "cache_clear") and attribute.__name__ != "analyzer":
                attribute.cache_clear()


def read_cold(article: Article, pairs: tuple[tuple[str, str], ...], max_chars: int) -> _Reading:
    """An article read as if it were the first: every cache emptied before it."""
    clear_caches()
    return read_article(article, pairs, max_chars)


@contextmanager
def cores(count: int) -> Iterator[None]:
    """This process (and the workers it starts) on `count` cores."""
    if not hasattr(os, "sched_setaffinity"):
        yield
        return
    every = os.sched_getaffinity(0)
    os.sched_setaffinity(0, set(sorted(every)[:count]))
    try:
        yield
    finally:
        os.sched_setaffinity(0, every)


def _settings(path: Path, workers: int) -> Settings:
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        database_path=path,
        default_sources=False,
        extract_workers=workers,
    )


async def _ingest(path: Path, articles: list[CorpusArticle], *, workers: int, cold: bool) -> Run:
    from news import morph

    # Other news, a year earlier: read before, never a candidate for the same story. On a
    # site of its own: numbered like the measured articles, its URLs would make the first
    # WARM_UP of them known already, parsed but never stored nor read.
    warm_up = rss_documents(
        corpus(WARM_UP, seed=2, start=datetime(2023, 1, 1, tzinfo=UTC)),
        site="https://warm-up.example.org/",
    )
    documents = rss_documents(articles)
    async with open_app(_settings(path, workers)) as app:
        if cold:
            app.analyst.reader = read_cold
        for document in warm_up:
            await app.ingestor.ingest_document(document)
        stories_before = await app.analysis.count_stories()
        info = morph._token.cache_info()
        started = time.perf_counter()
        for document in documents:
            await app.ingestor.ingest_document(document)
        elapsed = time.perf_counter() - started
        after = morph._token.cache_info()
        stored = await app.articles.count() - WARM_UP
        assert stored == len(articles), f"{len(articles) - stored} measured articles not stored"
        stories = await app.analysis.count_stories() - stories_before
    looked_up = (after.hits - info.hits) + (after.misses - info.misses)
    hit_rate = (after.hits - info.hits) / looked_up if looked_up and workers == 1 else None
    return Run(stored, elapsed, stories, hit_rate)


def baseline(articles: list[CorpusArticle]) -> float:
    """Plain tokenisation: articles/s of `\\w+` over the same titles and texts."""
    started = time.perf_counter()
    for article in articles:
        _WORD.findall(f"{article.title}\n{article.text}")
    return len(articles) / (time.perf_counter() - started)


def measure() -> dict[str, Any]:
    settle_heap()  # as the bot does after start-up
    articles = corpus(ARTICLES)
    events = len({article.event for article in articles})
    runs: dict[str, Run] = {}
    with tempfile.TemporaryDirectory() as folder:
        for name, count, cold in (
            ("one_core_warm", 1, False),
            ("one_core_cold", 1, True),
            ("two_cores_warm", 2, False),
            ("two_cores_cold", 2, True),
        ):
            clear_caches()
            with cores(count):
                runs[name] = asyncio.run(
                    _ingest(Path(folder) / f"{name}.db", articles, workers=count, cold=cold)
                )
    plain = baseline(articles)
    return {
        "articles": len(articles),
        "mean_chars": round(sum(len(a.text) for a in articles) / len(articles)),
        "events": events,
        "retellings_share": round(1 - events / len(articles), 2),
        "target_articles_per_s": TARGET_PER_S,
        "baseline_tokenise_articles_per_s": round(plain, 1),
        **{
            name: {
                "articles_per_s": round(run.per_second, 1),
                "seconds": round(run.seconds, 1),
                "stories": run.stories,
                "lemma_cache_hit_rate": (
                    None if run.cache_hit_rate is None else round(run.cache_hit_rate, 3)
                ),
                "ratio_to_baseline": round(run.per_second / plain, 4),
                "ratio_to_target": round(run.per_second / TARGET_PER_S, 2),
            }
            for name, run in runs.items()
        },
    }


def main() -> dict[str, Any]:
    return measure()
