"""The delivery engine against a fake Bot API that enforces Telegram's limits and errors."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from aiogram import Bot, Dispatcher
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer

from bot.app import App
from delivery.sender import DeliveryLimits, Limiter, Sender, SlidingWindow
from storage import Channel, ChannelRepository, OutgoingMessage
from tests.fake_telegram import BOT_TOKEN, FakeTelegram, Limits

pytestmark = pytest.mark.backends

NOW = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


def clock() -> datetime:
    return NOW


class Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


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
    assert await app.outbox.enqueue(messages([4, 4]), now=NOW) == 1  # twice in one batch
    assert (await app.outbox.counts()).pending == 4


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
    # Issue 15: Telegram's reason in the manager's language.
    assert "Не могу публиковать в Канал -100500: чат не найден" in notice.text


async def test_a_migrated_group_is_followed(app: App, bot: Bot, telegram: FakeTelegram) -> None:
    await add_channel(app, -4001)
    telegram.migrated[-4001] = -1004001
    await app.outbox.enqueue(messages([-4001]), now=NOW)
    await sender(bot, app).drain()
    assert telegram.delivered() == {-1004001: 1}
    moved = await ChannelRepository(app.db).get(-1004001)
    assert moved is not None and moved.kind == "supergroup"


async def test_server_errors_are_retried_until_the_horizon_then_marked_failed(
    app: App, bot: Bot, telegram: FakeTelegram
) -> None:
    clock = Clock(NOW)
    telegram.failing.update({3001: 2, 3002: 1000})
    await app.outbox.enqueue(messages([3001, 3002]), now=clock())
    limits = DeliveryLimits(
        first_backoff=60, max_backoff=600, retry_horizon=3600, chat_per_second=100
    )
    engine = Sender(bot, app.outbox, limits, clock=clock)
    for _ in range(30):  # an hour and more of tries, on the injected clock
        await engine.drain()
        engine.breaker.success()  # this test is about the horizon, not the breaker
        clock.now += timedelta(minutes=10)
    assert telegram.delivered() == {3001: 1}
    [failed] = await app.outbox.failed()
    assert failed.chat_id == 3002 and failed.state == "failed"
    assert failed.first_error_at == NOW
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


def fast_retries(**extra: float) -> DeliveryLimits:
    """Telegram's limits with back-offs and breaker pauses shrunk to test size."""
    return DeliveryLimits(
        first_backoff=0.02, max_backoff=0.1, breaker_first_pause=0.05, breaker_max_pause=0.2,
        **extra,  # type: ignore[arg-type]
    )  # fmt: skip


async def test_an_outage_pauses_sending_and_loses_nothing(
    app: App, bot: Bot, telegram: FakeTelegram, moving_clock: Callable[[], datetime]
) -> None:
    """Issue 12, defect 2: five tries with 2/4/8/16 s back-off, then failed for good."""
    telegram.outage = 30  # every send is answered 502 for a while
    chats = list(range(9001, 9011))
    await app.outbox.enqueue(messages(chats), now=moving_clock())
    engine = Sender(bot, app.outbox, fast_retries(), clock=moving_clock)
    async with asyncio.timeout(60):
        while (await app.outbox.counts()).pending:
            await engine.drain()
            await asyncio.sleep(0.02)
    assert telegram.outage == 0  # the outage was sat out, not cut short
    assert telegram.delivered() == dict.fromkeys(chats, 1)
    assert await app.outbox.counts() == type(await app.outbox.counts())(sent=10)
    assert engine.breaker.opened >= 1  # it stopped sending while Telegram was down


async def test_an_answer_that_comes_too_late_is_never_sent_twice(
    app: App, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram
) -> None:
    """Issue 12, defect 6: Telegram took the message, the answer came after the client's
    timeout, and the message was sent again (three times to one chat)."""
    session = AiohttpSession(api=TelegramAPIServer.from_base(telegram.base_url), timeout=0.3)
    impatient = Bot(BOT_TOKEN, session=session)
    try:
        telegram.answer_delay[4001] = 1.0
        await app.outbox.enqueue(messages([4001, 4002]), now=NOW)
        engine = Sender(impatient, app.outbox, fast_retries(), clock=clock)
        for _ in range(3):
            await engine.drain()
        await asyncio.sleep(1.0)  # let the late answer arrive and be ignored
    finally:
        await impatient.session.close()
    assert telegram.delivered() == {4001: 1, 4002: 1}
    counts = await app.outbox.counts()
    assert (counts.sent, counts.uncertain, counts.pending) == (1, 1, 0)
    # Operators see it, with what it means, and may send it again knowingly.
    [problem] = await app.outbox.failed()
    assert problem.chat_id == 4001 and problem.state == "uncertain"
    from tests.test_operators import say

    listing = await say(dispatcher, bot, telegram, "/failed")
    assert f"#{problem.id} → 4001" in listing and "могло дойти" in listing


async def cli(app: App, *args: str) -> tuple[int, str]:
    import os
    import sys

    env = {
        **os.environ,
        "DATABASE_PATH": str(app.settings.database_path),
        "DATABASE_URL": str(app.settings.database),
    }
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", *args, env=env, stdout=asyncio.subprocess.PIPE
    )
    out, _ = await process.communicate()
    return process.returncode or 0, out.decode()


async def test_operators_requeue_failed_messages_from_telegram_and_the_cli(
    app: App, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram
) -> None:
    from tests.test_operators import say

    clock_ = Clock(NOW)
    telegram.failing.update({5001: 1000, 5002: 1000})
    await app.outbox.enqueue(messages([5001, 5002]), now=clock_())
    engine = Sender(
        bot,
        app.outbox,
        DeliveryLimits(retry_horizon=60, first_backoff=30, chat_per_second=100),
        clock=clock_,
    )
    for _ in range(6):
        await engine.drain()
        engine.breaker.success()
        clock_.now += timedelta(seconds=30)
    assert (await app.outbox.counts()).failed == 2
    telegram.failing.clear()
    assert "вне допустимого диапазона" in await say(
        dispatcher, bot, telegram, "/retry 99999999999999999999"
    )
    [newest, oldest] = await app.outbox.failed()
    code, listing = await cli(app, "outbox", "failed")
    assert code == 0 and f"{newest.id:>6}  failed" in listing and "Bad Gateway" in listing
    assert await say(dispatcher, bot, telegram, f"/retry {oldest.id}") == "Снова в очереди: 1."
    assert (await app.outbox.counts()).failed == 1
    assert await cli(app, "outbox", "retry", "all") == (0, "queued again: 1\n")
    clock_.now = datetime.now(UTC)  # re-queued for now
    await engine.drain()
    assert telegram.delivered()[5001] == 1 and telegram.delivered()[5002] == 1
    assert "Недоставленных сообщений нет" in await say(dispatcher, bot, telegram, "/failed")
    actions = [entry.action for entry in await app.operators._audit.recent()]
    assert actions[:2] == ["requeue", "requeue"]


async def test_command_replies_share_the_limits_and_wait_out_a_429(
    app: App, dispatcher: Dispatcher, telegram: FakeTelegram
) -> None:
    """Issue 12, defect 8: replies bypassed the outbox and a 429 lost them."""
    from delivery.sender import Limiter, ReplyPacing
    from tests.test_handlers import feed

    telegram.limits = Limits(chat_per_second=1, retry_after=1)  # Telegram's, enforced
    session = AiohttpSession(api=TelegramAPIServer.from_base(telegram.base_url))
    session.middleware(ReplyPacing(Limiter(DeliveryLimits())))
    paced = Bot(BOT_TOKEN, session=session)
    try:
        for text in ("/help", "/start", "/help"):  # three replies to one chat at once
            await feed(dispatcher, paced, telegram.message_update(text))
        assert telegram.too_many_requests == 0  # paced: none was refused
        telegram.flood_next = 2  # Telegram refuses anyway, twice
        await feed(dispatcher, paced, telegram.message_update("/start"))
    finally:
        await paced.session.close()
    replies = [call.text for call in telegram.sent()]
    assert len(replies) == 4 and "Что-то пошло не так" not in " ".join(replies)
    assert telegram.too_many_requests == 2


def test_which_failures_may_have_reached_telegram() -> None:
    import aiohttp
    from aiogram.exceptions import TelegramNetworkError
    from aiogram.methods import SendMessage

    from delivery.sender import reached_telegram

    def network(cause: BaseException) -> TelegramNetworkError:
        error = TelegramNetworkError(SendMessage(chat_id=1, text="x"), str(cause))
        error.__cause__ = cause
        return error

    refused = aiohttp.ClientConnectorError(
        aiohttp.client_reqrep.ConnectionKey("h", 1, False, True, None, None, None),
        OSError(111, "Connection refused"),
    )
    assert not reached_telegram(network(refused))
    assert reached_telegram(network(TimeoutError()))
    assert reached_telegram(network(aiohttp.ServerDisconnectedError()))


def test_a_send_is_counted_from_when_it_leaves_not_from_its_grant() -> None:
    limiter = Limiter(DeliveryLimits(global_per_second=2, chat_per_second=1))
    limiter.record(-1, 0.0)
    limiter.record(-2, 0.1)
    # the first send left late (the loop was busy): Telegram counts it from 0.3
    limiter.restamp(-1, 0.0, 0.3)
    assert limiter.global_wait(1.1) > 0  # at 1.1 it is still within the second of 0.3
    assert limiter.global_wait(1.36) == 0  # once both left the window (slack included)
    assert limiter.chat_wait(-1, 1.2) > 0
    limiter.restamp(-2, 5.0, 6.0)  # a stamp it does not hold changes nothing
    assert limiter.global_wait(1.36) == 0
