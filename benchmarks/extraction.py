"""Extraction benchmark: articles/s end to end (parse, extract, store) on one core, beside
plain tokenisation of the same texts; and the bot's peak memory with 100 000 articles stored."""

from __future__ import annotations

import asyncio
import io
import json
import re
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from benchmarks.corpus import corpus, rss_documents
from bot.app import build_dispatcher, open_app
from bot.console import ConsoleChat
from bot.settings import Settings
from services.analysis import read_article
from storage import Article, NewArticle

WORD = re.compile(r"\w+")
THROUGHPUT_ARTICLES = 2_000
STORED_ARTICLES = 100_000


def settings_for(path: Path) -> Settings:
    return Settings(_env_file=None, database_path=path, default_sources=False)  # type: ignore[call-arg]


async def throughput(workdir: Path) -> dict[str, float]:
    articles = corpus(THROUGHPUT_ARTICLES)
    documents = rss_documents(articles)
    async with open_app(settings_for(workdir / "throughput.db")) as app:
        await app.ingestor.ingest_document(rss_documents(corpus(5, seed=99))[0])  # warm-up
        started = time.perf_counter()
        for document in documents:
            await app.ingestor.ingest_document(document)
        elapsed = time.perf_counter() - started
        stored = await app.articles.count() - 5
        stories = await app.analysis.count_stories()
    started = time.perf_counter()
    tokens = sum(len(WORD.findall(f"{a.title} {a.text}")) for a in articles)
    baseline = time.perf_counter() - started
    return {
        "articles": stored,
        "stories": stories,
        "end_to_end_articles_per_s": round(stored / elapsed, 1),
        "baseline_tokenise_articles_per_s": round(len(articles) / baseline, 1),
        "tokens": tokens,
    }


async def fill(path: Path, count: int) -> float:
    """A database of `count` analysed articles, loaded through the repositories in bulk."""
    pairs = settings_for(path).country_pairs
    moment = datetime(2024, 1, 1, tzinfo=UTC)
    readings = [
        read_article(
            Article(0, None, "https://x/", None, "Bench", item.title, "", item.text, moment,
                    moment, "ru", "x"),
            pairs,
        ).analysis
        for item in corpus(60, seed=7)
    ]  # fmt: skip
    started = time.perf_counter()
    base = datetime(2015, 1, 1, tzinfo=UTC)
    async with open_app(settings_for(path)) as app:
        for offset in range(0, count, 1000):
            batch = [
                NewArticle(
                    url=f"https://bench.example.org/{n}",
                    title=f"Статья {n}",
                    outlet=("БелТА", "Казинформ", "Kursiv", "Sputnik")[n % 4],
                    summary="",
                    body=corpus_text(n),
                    published_at=base + timedelta(hours=n),
                    fetched_at=base + timedelta(hours=n),
                    content_hash=str(n),
                )
                for n in range(offset, min(offset + 1000, count))
            ]
            ids = await app.articles.add_many(batch)
            story_ids = {}
            items = []
            for position, article_id in enumerate(ids):
                group = (offset + position) // 3
                if group not in story_ids:
                    story_ids[group] = await app.analysis.create_story(
                        batch[position].title,
                        ("BY", "KZ"),
                        batch[position].published_at,  # type: ignore[arg-type]
                    )
                items.append(
                    (article_id, readings[(offset + position) % len(readings)], story_ids[group])
                )
            await app.analysis.save_many(items)
    return time.perf_counter() - started


def corpus_text(n: int) -> str:
    return f"Беларусь и Казахстан: торговля и кооперация, выпуск {n}. " * 40


async def memory_child(path: Path) -> None:
    """Run in a fresh process: the bot over a full database, answering real commands."""
    async with open_app(settings_for(path)) as app:
        chat = ConsoleChat(build_dispatcher(app), io.StringIO())
        for line in ("/start", "/latest", "1", "/turnover", "/turnover KG", "/projects", "2"):
            await chat.handle_line(line)
        await chat.bot.session.close()
    print(json.dumps({"peak_rss_mb": peak_rss_mb()}))


def peak_rss_mb() -> float:
    """This process's own high-water mark. (ru_maxrss is not used: on Linux it carries the
    parent's peak across fork and exec.)"""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    raise RuntimeError("no VmHWM in /proc/self/status")


def child_peak(args: list[str]) -> float:
    output = subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, check=True, timeout=600
    ).stdout
    return float(json.loads(output.strip().splitlines()[-1])["peak_rss_mb"])


def main() -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        speed = asyncio.run(throughput(workdir))
        database = workdir / "full.db"
        fill_seconds = asyncio.run(fill(database, STORED_ARTICLES))
        bot_mb = child_peak(["-m", "benchmarks.extraction", "--memory-child", str(database)])
        bare_mb = child_peak(["-m", "benchmarks.extraction", "--bare-child"])
        size_mb = database.stat().st_size / 2**20
    return {
        "extraction": {
            **speed,
            "ratio_to_baseline": round(
                speed["end_to_end_articles_per_s"] / speed["baseline_tokenise_articles_per_s"], 4
            ),
            "target_articles_per_s": 300,
        },
        "memory": {
            "stored_articles": STORED_ARTICLES,
            "database_mb": round(size_mb, 1),
            "fill_seconds": round(fill_seconds, 1),
            "bot_peak_rss_mb": bot_mb,
            "baseline_bare_python_rss_mb": round(bare_mb, 1),
            "ratio_to_baseline": round(bot_mb / bare_mb, 2),
            "target_mb": 250,
        },
    }


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--memory-child":
        asyncio.run(memory_child(Path(sys.argv[2])))
    elif sys.argv[1:] == ["--bare-child"]:
        print(json.dumps({"peak_rss_mb": peak_rss_mb()}))
    else:
        print(json.dumps(main(), indent=2, ensure_ascii=False))
