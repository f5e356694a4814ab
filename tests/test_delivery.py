"""The delivery engine against a fake Bot API that enforces Telegram's limits and errors."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from aiogram import Bot

from bot.app import App
from bot.delivery import DeliveryLimits, Sender, SlidingWindow
from storage import Channel, ChannelRepository, OutgoingMessage
from tests.fake_telegram import FakeTelegram, Limits

NOW = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


def clock() -> datetime:
    return NOW


def messages(chat_ids: list[int], kind: str = "digest", tag: str = "d1") -> list[OutgoingMessage]:
    return [
        OutgoingMessage(key=f"{tag}:{chat}", chat_id=chat, kind=kind, text=f"Новости для {chat}")
        for chat in chat_ids
    ]


def sender(bot: Bot, app: App, **limits: float) -> Sender:
    return Sender(bot, app.outbox, DeliveryLimits(**limits), clock=clock)  # type: ignore[arg-type]


async def add_channel(app: App, chat_id: int, admin_id: int = 1001) -> Channel:
    from storage import ChannelRepository

    return await ChannelRepository(app.db).save(
        Channel(
            chat_id=chat_id,
            thread_id=None,
            kind="channel",
            title=f"Канал {chat_id}",
            username=None,
            admin_id=admin_id,
            language="ru",
            active=True,
            digest_time="09:00",
            timezone="Asia/Almaty",
            post_empty=False,
            after_story_id=0,
            next_digest_at=NOW,
            created_at=NOW,
        ),
        first_digest_since=NOW,
    )


def test_sliding_window_allows_the_limit_then_says_how_long_to_wait() -> None:
    window = SlidingWindow(limit=3, period=1.0)
    for moment in (0.0, 0.1, 0.2):
        assert window.wait("chat", moment) == 0
        window.record("chat", moment)
    assert window.wait("chat", 0.3) == pytest.approx(0.75)  # until 0.0 leaves, with slack
    assert window.wait("other", 0.3) == 0
    assert window.wait("chat", 1.06) == 0
    assert window.count("chat", 1.06) == 2


async def test_writing_the_same_message_twice_stores_it_once(app: App) -> None:
    assert await app.outbox.enqueue(messages([1, 2]), now=NOW) == 2
    assert await app.outbox.enqueue(messages([1, 2, 3]), now=NOW) == 1
    assert (await app.outbox.counts()).pending == 3


async def test_broadcast_within_the_limits_arrives_exactly_once_without_a_429(
    app: App, bot: Bot, telegram: FakeTelegram
) -> None:
    telegram.limits = Limits(global_per_second=20, group_per_minute=20)
    chats = [-1000 - n for n in range(30)] + [5000 + n for n in range(10)]
    await app.outbox.enqueue(messages(chats), now=NOW)
    # A group's second message of the minute must wait for the group, not block the rest.
    await app.outbox.enqueue(messages([-1000], tag="d2"), now=NOW)
    await sender(bot, app, global_per_second=20).drain()
    delivered = telegram.delivered()
    assert delivered == {**dict.fromkeys(chats, 1), -1000: 2}
    assert telegram.too_many_requests == 0
    assert await app.outbox.counts() == type(await app.outbox.counts())(pending=0, sent=41)


async def test_flood_limit_pauses_and_retries_without_losing_or_doubling(
    app: App, bot: Bot, telegram: FakeTelegram, moving_clock: Callable[[], datetime]
) -> None:
    # Telegram is stricter than the sender believes: it answers 429 with retry_after.
    telegram.limits = Limits(global_per_second=4, retry_after=1)
    chats = list(range(7001, 7013))
    await app.outbox.enqueue(messages(chats), now=moving_clock())
    engine = Sender(bot, app.outbox, DeliveryLimits(), clock=moving_clock)
    async with asyncio.timeout(30):
        while (await app.outbox.counts()).pending:
            await engine.drain()
            await asyncio.sleep(0.2)  # the messages put back wait for their retry_after
    assert telegram.delivered() == dict.fromkeys(chats, 1)
    assert telegram.too_many_requests > 0
    assert engine.retry_after_received == telegram.too_many_requests


@pytest.fixture
def moving_clock() -> Callable[[], datetime]:
    """Wall time for tests that wait out a retry: not_before is compared with it."""
    return lambda: datetime.now(UTC)


async def test_blocked_subscriber_is_deactivated_and_the_rest_still_get_theirs(
    app: App, bot: Bot, telegram: FakeTelegram
) -> None:
    for chat in (2001, 2002, 2003):
        await app.subscriptions.subscribe(chat, "ru")
    telegram.blocked.add(2002)
    await app.outbox.enqueue(messages([2001, 2002, 2003], kind="alert"), now=NOW)
    await sender(bot, app).drain()
    assert telegram.delivered() == {2001: 1, 2003: 1}
    assert not (await app.subscriptions.get(2002)).active  # type: ignore[union-attr]
    assert (await app.subscriptions.get(2001)).active  # type: ignore[union-attr]
    [failed] = await app.outbox.failed()
    assert failed.chat_id == 2002 and "blocked" in (failed.last_error or "")


async def test_channel_the_bot_was_removed_from_stops_and_its_admin_is_told(
    app: App, bot: Bot, telegram: FakeTelegram
) -> None:
    await add_channel(app, -100500, admin_id=1001)
    telegram.missing.add(-100500)
    await app.outbox.enqueue(messages([-100500]), now=NOW)
    await sender(bot, app).drain()
    channel = await ChannelRepository(app.db).get(-100500)
    assert channel is not None and not channel.active
    [notice] = telegram.sent()
    assert notice.chat_id == 1001
    assert "Не могу публиковать в Канал -100500: Bad Request: chat not found" in notice.text


async def test_a_migrated_group_is_followed(app: App, bot: Bot, telegram: FakeTelegram) -> None:
    await add_channel(app, -4001)
    telegram.migrated[-4001] = -1004001
    await app.outbox.enqueue(messages([-4001]), now=NOW)
    await sender(bot, app).drain()
    assert telegram.delivered() == {-1004001: 1}
    moved = await ChannelRepository(app.db).get(-1004001)
    assert moved is not None and moved.kind == "supergroup"


async def test_server_errors_are_retried_then_marked_failed_for_operators(
    app: App, bot: Bot, telegram: FakeTelegram, moving_clock: Callable[[], datetime]
) -> None:
    telegram.failing.update({3001: 2, 3002: 10})
    await app.outbox.enqueue(messages([3001, 3002]), now=moving_clock())
    engine = Sender(
        bot,
        app.outbox,
        DeliveryLimits(max_attempts=3, first_backoff=0.05),
        clock=moving_clock,
    )
    async with asyncio.timeout(20):
        while (await app.outbox.counts()).pending:
            await engine.drain()
            await asyncio.sleep(0.05)
    assert telegram.delivered() == {3001: 1}
    [failed] = await app.outbox.failed()
    assert failed.chat_id == 3002 and failed.attempts == 3
    assert "Bad Gateway" in (failed.last_error or "")
    stats = await app.operators.stats()
    assert (stats.outbox_sent, stats.outbox_failed) == (1, 1)


async def test_a_sender_killed_in_mid_send_and_restarted_delivers_each_message_once(
    app: App, bot: Bot, telegram: FakeTelegram, moving_clock: Callable[[], datetime]
) -> None:
    telegram.limits = Limits(global_per_second=30)
    chats = list(range(8001, 8061))
    await app.outbox.enqueue(messages(chats), now=moving_clock())
    first = asyncio.create_task(Sender(bot, app.outbox, DeliveryLimits(), clock=moving_clock).run())
    await telegram.wait_for("sendMessage", 15)
    first.cancel()  # mid-broadcast: some requests are in flight right now
    with pytest.raises(asyncio.CancelledError):
        await first
    counts = await app.outbox.counts()
    assert 0 < counts.pending < len(chats)
    assert counts.sent == sum(telegram.delivered().values())  # nothing sent went unrecorded

    # The restarted sender does not know what its predecessor sent this second, so
    # Telegram may answer a 429 or two: those wait their turn, they are not lost.
    restarted = Sender(bot, app.outbox, DeliveryLimits(), clock=moving_clock)
    async with asyncio.timeout(20):
        while (await app.outbox.counts()).pending:
            await restarted.drain()
            await asyncio.sleep(0.1)
    assert telegram.delivered() == dict.fromkeys(chats, 1)
