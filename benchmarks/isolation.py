"""Isolation benchmark: (a) the event loop's worst lag while the bot ingests one 10 000-entry
feed end to end (fetch from a loopback server, parse, store, extract, group into stories);
baseline: the same loop's worst lag while idle, in the same run. (b) how long one huge feed
delays another feed's alert: the time from the poll's start to a small feed's alert with the
huge feed polled beside it, against the same small feed polled alone (the baseline)."""

from __future__ import annotations

import asyncio
import os
import tempfile
import time
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path
from typing import Any

from bot.app import open_app, settle_heap
from bot.settings import Settings
from storage import SubscriptionRepository
from tests.feed_server import FeedServer
from tests.feeds import Item, cooperation_items, rss

HUGE_ENTRIES = int(os.environ.get("COOPNEWS_BENCH_HUGE_ENTRIES", "10000"))
TICK = 0.005
TARGET_LAG_MS = 100


def settings_for(path: Path) -> Settings:
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        database_path=path,
        default_sources=False,
        allow_private_sources=True,
        article_min_chars=0,
        max_feed_bytes=100 * 1024 * 1024,
        http_timeout=300,
        source_time_budget=3600,
    )


class LagMonitor:
    """Sleeps TICK again and again and records how late each wake-up is."""

    def __init__(self) -> None:
        self.worst = 0.0
        self.samples = 0
        self._task: asyncio.Task[None] | None = None

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            started = loop.time()
            await asyncio.sleep(TICK)
            self.worst = max(self.worst, loop.time() - started - TICK)
            self.samples += 1

    def __enter__(self) -> LagMonitor:
        self._task = asyncio.create_task(self._run())
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._task is not None
        self._task.cancel()


def huge_feed() -> bytes:
    items = cooperation_items(HUGE_ENTRIES, title="Архив", hours_apart=1)
    return rss([Item(i.title, i.link.replace("belta.by", "archive.kz"), i.description,
                     i.pub_date) for i in items], title="Huge")  # fmt: skip


def small_feed() -> bytes:
    now = format_datetime(datetime.now(UTC))
    fresh = cooperation_items(3, title="Свежая")[0]
    return rss([Item(fresh.title, "https://small.kz/1", fresh.description, now)], title="Small")


async def event_loop_lag(workdir: Path, server: FeedServer, body: bytes) -> dict[str, Any]:
    url = server.feed("huge.xml", body)
    async with open_app(settings_for(workdir / "lag.db")) as app:
        with LagMonitor() as idle:
            await asyncio.sleep(2.0)
        await app.sources.add(url, check_interval=900, now=datetime.now(UTC))
        started = time.perf_counter()
        with LagMonitor() as busy:
            report = await app.ingestor.poll_due()
        elapsed = time.perf_counter() - started
        stories = await app.analysis.count_stories()
    return {
        "entries": HUGE_ENTRIES,
        "feed_mb": round(len(body) / 1e6, 1),
        "stored": report.new_articles,
        "stories": stories,
        "seconds": round(elapsed, 1),
        "worst_lag_ms": round(busy.worst * 1000, 1),
        "target_ms": TARGET_LAG_MS,
        "baseline_idle_worst_lag_ms": round(idle.worst * 1000, 1),
        "ratio_to_baseline": round(busy.worst / max(idle.worst, 1e-4), 1),
        "ratio_to_target": round(busy.worst * 1000 / TARGET_LAG_MS, 2),
    }


async def alert_latency(path: Path, server: FeedServer, *, with_huge: bool) -> float:
    """Seconds from the small feed's poll to its alert in the outbox; `with_huge`: while
    the huge feed, polled first, is being read (its analysis under way)."""
    async with open_app(settings_for(path)) as app:
        now = datetime.now(UTC)
        await SubscriptionRepository(app.db).subscribe(1, language="ru", now=now)
        alerted = asyncio.Event()
        small_id = -1

        async def on_done(result: Any) -> None:
            if await app.alerter.enqueue_new() and result.source_id == small_id:
                alerted.set()

        app.ingestor.on_source_done = on_done
        if with_huge:
            await app.sources.add(server.url("huge.xml"), check_interval=900, now=now)
            await app.ingestor.start_due()
            # The other side is the worker thread's progress: there is no event to wait on.
            while not await app.analysis.count_stories():  # noqa: ASYNC110
                await asyncio.sleep(0.05)
        small = await app.sources.add(server.url("small.xml"), check_interval=900, now=now)
        assert small is not None
        small_id = small.id
        started = time.perf_counter()
        await app.ingestor.start_due()
        await alerted.wait()
        latency = time.perf_counter() - started
        await app.ingestor.stop()  # the rest of the huge feed is not what is measured here
    return latency


async def measure() -> dict[str, Any]:
    await asyncio.to_thread(settle_heap)  # as the bot does on start-up
    server = FeedServer()
    await server.start()
    body = huge_feed()
    try:
        with tempfile.TemporaryDirectory() as folder:
            workdir = Path(folder)
            server.feed("small.xml", small_feed())
            server.feed("huge.xml", body)
            lag = await event_loop_lag(workdir, server, body)
            alone = await alert_latency(workdir / "alone.db", server, with_huge=False)
            beside = await alert_latency(workdir / "beside.db", server, with_huge=True)
    finally:
        await server.close()
    return {
        "event_loop_lag": lag,
        "huge_feed_delays_alert": {
            "huge_entries": HUGE_ENTRIES,
            "small_alone_s": round(alone, 2),
            "small_beside_huge_s": round(beside, 2),
            "delay_s": round(max(beside - alone, 0.0), 2),
            "target_delay_s": 0,
            "ratio_to_baseline": round(beside / alone, 2),
        },
    }


def main() -> dict[str, Any]:
    return asyncio.run(measure())
