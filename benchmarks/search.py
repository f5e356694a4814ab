"""Search benchmark: 100 000 synthetic articles from the seeds' vocabulary; p50/p99 of /search
and /turnover handled end to end through the dispatcher, beside the raw FTS5 query measured in
the same run; database size and insert throughput."""

from __future__ import annotations

import asyncio
import io
import json
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from benchmarks.corpus import base_articles
from bot.app import build_dispatcher, open_app
from bot.console import ConsoleChat
from bot.settings import Settings
from news.morph import WORD
from news.query import index_text, parse_query
from storage import Analysis, NewArticle, TurnoverRecord

ARTICLES = 100_000
BATCH = 2_000
QUERIES = 200
OUTLETS = ("БелТА", "Казинформ", "Kursiv", "Sputnik Беларусь", "Tengrinews", "СТВ")
PAIRS = (("BY", "KZ"), ("BY", "KG"), ("BY", "UZ"), ("KZ", "UZ"))


def vocabulary() -> list[str]:
    words = [w for a in base_articles() for w in WORD.findall(f"{a.title} {a.text}")]
    return [w for w in words if len(w) > 2]


def synthetic(rng: random.Random, words: list[str], n: int) -> tuple[str, str]:
    body = " ".join(rng.choice(words) for _ in range(rng.randint(60, 160)))
    title = " ".join(rng.choice(words) for _ in range(8)).capitalize()
    return f"{title} {n}", body + "."


def percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


async def fill(app_settings: Settings) -> dict[str, float]:
    rng = random.Random(3)
    words = vocabulary()
    start = datetime(2020, 1, 1, tzinfo=UTC)
    inserted = 0
    started = time.perf_counter()
    async with open_app(app_settings) as app:
        for offset in range(0, ARTICLES, BATCH):
            texts = [synthetic(rng, words, n) for n in range(offset, offset + BATCH)]
            moments = [start + timedelta(minutes=30 * n) for n in range(offset, offset + BATCH)]
            ids = await app.articles.add_many(
                [
                    NewArticle(
                        url=f"https://bench.example.org/{offset + i}",
                        title=title,
                        outlet=OUTLETS[(offset + i) % len(OUTLETS)],
                        summary="",
                        body=body,
                        published_at=moments[i],
                        fetched_at=moments[i],
                        content_hash=str(offset + i),
                    )
                    for i, (title, body) in enumerate(texts)
                ]
            )
            pairs = [PAIRS[(offset + i) % len(PAIRS)] for i in range(len(ids))]
            story_ids = await app.analysis.create_stories(
                [(texts[i][0], pairs[i], moments[i]) for i in range(len(ids))]
            )
            analyses = []
            for i, article_id in enumerate(ids):
                pair = "-".join(pairs[i])
                turnover = (
                    (
                        TurnoverRecord(
                            pair, rng.randint(1, 30) * 1e8, "USD", "exact",
                            f"{moments[i].year}-01", f"{moments[i].year}-12",
                            None, "actual", texts[i][1][:200],
                        ),
                    )
                    if i % 20 == 0
                    else ()
                )  # fmt: skip
                analyses.append(
                    (
                        article_id,
                        Analysis(
                            relevant=True,
                            countries=pairs[i],
                            facts_json="{}",
                            extractor_version=1,
                            signature=None,
                            search_lemmas=index_text(*texts[i]),
                            turnover=turnover,
                        ),
                        story_ids[i],
                    )
                )
            await app.analysis.save_many(analyses)
            inserted += len(ids)
    elapsed = time.perf_counter() - started
    return {"articles": inserted, "insert_articles_per_s": round(inserted / elapsed, 1)}


async def latencies(app_settings: Settings) -> dict[str, float]:
    rng = random.Random(5)
    words = vocabulary()
    async with open_app(app_settings) as app:
        chat = ConsoleChat(build_dispatcher(app), io.StringIO())
        queries = []
        for n in range(QUERIES):
            query = " ".join(rng.choice(words) for _ in range(rng.choice((1, 1, 2, 3))))
            if n % 5 == 0:
                query += " KZ"
            if n % 7 == 0:
                query += " с 2023"
            queries.append(query)
        for query in queries[:10]:  # warm the caches and the dictionaries
            await chat.handle_line(f"/search {query}")
            await app.search._search.raw_match(parse_query(query).fts_match or '"x"')
        search_ms, raw_ms, turnover_ms = [], [], []
        for query in queries:
            started = time.perf_counter()
            await chat.handle_line(f"/search {query}")
            search_ms.append((time.perf_counter() - started) * 1000)
            match = parse_query(query).fts_match or '"x"'
            started = time.perf_counter()
            await app.search._search.raw_match(match)
            raw_ms.append((time.perf_counter() - started) * 1000)
        for n in range(QUERIES):
            started = time.perf_counter()
            await chat.handle_line("/turnover " + ("KG" if n % 2 else ""))
            turnover_ms.append((time.perf_counter() - started) * 1000)
        await chat.bot.session.close()
    return {
        "search_p50_ms": round(statistics.median(search_ms), 2),
        "search_p99_ms": round(percentile(search_ms, 0.99), 2),
        "raw_fts5_p50_ms": round(statistics.median(raw_ms), 2),
        "raw_fts5_p99_ms": round(percentile(raw_ms, 0.99), 2),
        "turnover_p50_ms": round(statistics.median(turnover_ms), 2),
        "turnover_p99_ms": round(percentile(turnover_ms, 0.99), 2),
    }


def main() -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "search.db"
        app_settings = Settings(_env_file=None, database_path=path, default_sources=False)  # type: ignore[call-arg]
        loaded = asyncio.run(fill(app_settings))
        timings = asyncio.run(latencies(app_settings))
        size = sum(p.stat().st_size for p in Path(tmp).glob("search.db*")) / 2**20
    return {
        **loaded,
        **timings,
        "search_p99_to_raw_p99": round(timings["search_p99_ms"] / timings["raw_fts5_p99_ms"], 2),
        "database_mb": round(size, 1),
        "targets": {"search_p99_ms": 50, "search_p99_to_raw_p99": 3, "turnover_p99_ms": 50},
    }


if __name__ == "__main__":
    print(json.dumps(main(), indent=2, ensure_ascii=False), file=sys.stdout)
