"""An extractor upgrade reaches what is already stored: re-read in the background, stories
kept, nobody alerted twice."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from bot.app import App
from news.extract import EXTRACTOR_VERSION
from services.subscriptions import Alerter
from storage import SubscriptionRepository
from tests.feeds import cooperation_items, rss
from tests.test_console import run_chat

NOW = datetime(2025, 3, 1, 14, 0, tzinfo=UTC)  # an hour after the newest test item


async def _as_if_read_by_an_older_extractor(app: App) -> None:
    async with app.db.transaction() as conn:
        await conn.execute("UPDATE articles SET extractor_version = ?", (EXTRACTOR_VERSION - 1,))
        await conn.execute("DELETE FROM turnover_facts")


async def _story_ids(app: App) -> list[int | None]:
    async with app.db.connection.execute("SELECT story_id FROM articles ORDER BY id") as cursor:
        return [row[0] async for row in cursor]


async def test_an_upgrade_rereads_stored_articles_and_keeps_their_stories(app: App) -> None:
    await app.ingestor.ingest_bundled_sample()
    stories_before = await _story_ids(app)
    facts_before = sorted(repr(f.record) for f in await app.analysis.turnover("BY-KZ"))
    await _as_if_read_by_an_older_extractor(app)
    assert await app.analysis.turnover("BY-KZ") == []

    assert await app.analyst.refresh_outdated() == len(stories_before)

    assert await app.analysis.outdated(EXTRACTOR_VERSION) == []
    assert await _story_ids(app) == stories_before
    assert sorted(repr(f.record) for f in await app.analysis.turnover("BY-KZ")) == facts_before
    assert await app.analyst.refresh_outdated() == 0  # nothing left for the next start


async def test_an_upgrade_alerts_nobody_twice(app: App) -> None:
    alerter = Alerter(app.analysis, SubscriptionRepository(app.db), app.outbox, clock=lambda: NOW)
    await app.subscriptions.subscribe(100, "ru")
    await app.ingestor.ingest_document(rss(cooperation_items(3)))
    assert await alerter.enqueue_new() == 1  # one batched message for three fresh stories
    await _as_if_read_by_an_older_extractor(app)

    assert await app.analyst.refresh_outdated() == 3

    assert await app.analysis.count_stories() == 3
    assert await alerter.enqueue_new() == 0  # the same stories, the same ids: no new alert


def test_the_console_reads_again_what_an_older_extractor_read(tmp_path: Path) -> None:
    assert run_chat("/latest\n", tmp_path).returncode == 0  # the sample, stored and read
    database = tmp_path / "data" / "coopnews.db"
    with sqlite3.connect(database) as conn:  # as an older release left it
        conn.execute("UPDATE articles SET extractor_version = 1")
        conn.execute("DELETE FROM turnover_facts")
    result = run_chat("/turnover KG\n", tmp_path)
    assert result.returncode == 0, result.stderr
    assert "166" in result.stdout  # "За 11 месяцев 2024 года … наторговали на 166 миллионов"
    with sqlite3.connect(database) as conn:
        [[left]] = conn.execute(
            "SELECT count(*) FROM articles WHERE extractor_version < ?", (EXTRACTOR_VERSION,)
        ).fetchall()
    assert left == 0
