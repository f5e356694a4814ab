"""Soak: the real bot, killed with SIGKILL at random points of ingestion and broadcast twenty
times, loses no alert and doubles none outside the documented case (a message in flight at
the kill: sent, not yet recorded)."""

from __future__ import annotations

import asyncio
import os
import random
import re
import signal
from collections import Counter
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

from storage import OutboxRepository, SourceRepository, SubscriptionRepository, open_database
from tests.fake_telegram import BOT_TOKEN, FakeTelegram
from tests.feed_server import FeedServer
from tests.feeds import cooperation_items, rss
from tests.test_end_to_end import running_bot, wait_until

KILLS = int(os.environ.get("COOPNEWS_SOAK_KILLS", "20"))
STORIES_PER_ROUND = 3
CHATS = list(range(3001, 3016))
SEND_CONCURRENCY = 8
STORY = re.compile(r"Раунд (\d+)<")


async def test_twenty_kills_lose_nothing_and_double_only_what_was_in_flight(
    tmp_path: Path, telegram: FakeTelegram, feed_server: FeedServer
) -> None:
    rng = random.Random(12)
    database = tmp_path / "soak.db"
    now = datetime.now(UTC)
    stories = [
        replace(item, pub_date=format_datetime(now - timedelta(minutes=n)))
        for n, item in enumerate(cooperation_items(STORIES_PER_ROUND * (KILLS + 1), title="Раунд"))
    ]
    async with open_database(database) as db:
        source = await SourceRepository(db).add(
            feed_server.url("feed.xml"), check_interval=3600, now=now
        )
        assert source is not None
        for chat in CHATS:
            await SubscriptionRepository(db).subscribe(chat, language="ru", now=now)
    env = {
        "BOT_TOKEN": BOT_TOKEN,
        "TELEGRAM_API_URL": telegram.base_url,
        "DATABASE_PATH": str(database),
        "DEFAULT_SOURCES": "false",
        "ALLOW_PRIVATE_SOURCES": "true",
        "ARTICLE_MIN_CHARS": "0",
        "POLL_TICK": "1",
        "LOG_LEVEL": "WARNING",
        "SEND_GLOBAL_PER_SECOND": "12",  # a broadcast takes a while: kills land inside it
        "SEND_CONCURRENCY": str(SEND_CONCURRENCY),
    }
    in_flight_at_kill: set[tuple[int, str]] = set()
    kinds = Counter[str]()
    for round_ in range(KILLS + 1):
        published = stories[: STORIES_PER_ROUND * (round_ + 1)]
        feed_server.feed("feed.xml", rss(published, title="БелТА"))
        async with open_database(database) as db:
            await SourceRepository(db).make_due(None, now=datetime.now(UTC))
        before = len(telegram.calls)
        final = round_ == KILLS
        async with running_bot(env, tmp_path) as process:
            await wait_for_call(telegram, "setMyCommands", before)
            if final:
                async with open_database(database) as db:
                    await wait_until(lambda db=db: everything_sent(db, len(stories)), 60)
                process.send_signal(signal.SIGTERM)
                await process.wait()
                break
            if rng.random() < 0.5:  # somewhere in the poll: fetch, parse, store, analyse
                kinds["ingest"] += 1
                await asyncio.sleep(rng.uniform(0.0, 0.8))
            else:  # in the middle of the broadcast
                kinds["broadcast"] += 1
                await wait_for_sends(telegram, before, rng.randint(1, len(CHATS)))
            process.send_signal(signal.SIGKILL)
            await process.wait()
        # What Telegram received this round but the outbox does not record as sent: the
        # messages in flight when the process died.
        async with open_database(database) as db:
            pending = await OutboxRepository(db).due(datetime.now(UTC) + timedelta(days=1))
        waiting = {(message.chat_id, message.text) for message in pending}
        received = [
            (c.chat_id, c.text) for c in telegram.calls[before:] if c.method == "sendMessage"
        ]
        flight = {pair for pair in received if pair in waiting}
        assert len(flight) <= SEND_CONCURRENCY
        in_flight_at_kill |= flight

    assert kinds["ingest"] and kinds["broadcast"]
    deliveries = Counter(
        (call.chat_id, call.text) for call in telegram.calls if call.method == "sendMessage"
    )
    doubled = {pair for pair, count in deliveries.items() if count > 1}
    assert doubled <= in_flight_at_kill, "a message was sent twice outside the in-flight case"
    story_of = await story_of_article(database)  # retellings are grouped into one story
    expected = set(story_of.values())
    assert len(expected) > len(stories) // 2
    per_chat = {chat: Counter[int]() for chat in CHATS}
    for (chat, text), _ in deliveries.items():
        per_chat[chat].update(story_of[int(n)] for n in STORY.findall(text))
    for chat, seen in per_chat.items():
        assert set(seen) == expected, f"chat {chat} lost stories {sorted(expected - set(seen))}"
        assert max(seen.values()) == 1  # each story in one message per chat


async def wait_for_call(telegram: FakeTelegram, method: str, after: int) -> None:
    async with asyncio.timeout(60):
        async with telegram._changed:
            await telegram._changed.wait_for(
                lambda: any(c.method == method for c in telegram.calls[after:])
            )


async def wait_for_sends(telegram: FakeTelegram, after: int, count: int) -> None:
    """Until `count` messages arrived this round, or the round has nothing more to send."""
    try:
        async with asyncio.timeout(8):
            async with telegram._changed:
                await telegram._changed.wait_for(
                    lambda: sum(c.method == "sendMessage" for c in telegram.calls[after:]) >= count
                )
    except TimeoutError:
        pass  # a round whose stories were all alerted before the previous kill


async def everything_sent(db, articles: int) -> bool:
    """Every article stored and read, every story alerted, every alert sent."""
    from storage import AnalysisRepository, ArticleRepository

    outbox = OutboxRepository(db)
    analysis = AnalysisRepository(db)
    stored = await ArticleRepository(db).count()
    unread = await analysis.pending(limit=1)
    alerted = await outbox.alert_cursor() or 0
    newest = await analysis.newest_story_id()
    return (
        stored == articles
        and not unread
        and alerted >= newest
        and (await outbox.counts()).pending == 0
    )


async def story_of_article(database: Path) -> dict[int, int]:
    """The story each article (by the number in its title) was grouped into."""
    from storage import AnalysisRepository

    async with open_database(database) as db:
        analysis = AnalysisRepository(db)
        stories = await analysis.stories_after(0, limit=10_000)
        tellers = await analysis.articles_of([story.id for story in stories])
    return {
        int(STORY.findall(article.title + "<")[0]): story_id
        for story_id, articles in tellers.items()
        for article in articles
    }
