"""The delivery engine: drains the SQLite outbox into Telegram within its rate limits.

Every message is in the outbox before it is sent and is marked sent right after Telegram
accepts it, so a restart re-sends only what was never accepted. Stopping the sender (or
cancelling its task) lets the requests already in flight finish and be recorded first.
A process killed outright can re-send at most the few messages that were in flight.

Failures are retried by time, not by count: network errors and 5xx back off (capped) until
the retry horizon has passed since the first failure, and a circuit breaker stops all
sending while Telegram looks down. A send whose request left but whose answer never came
(a timeout, a dropped connection) is never re-sent on its own: Telegram offers no way to
ask whether it arrived, so it waits as 'uncertain' for an operator.
"""

from __future__ import annotations

import asyncio
import contextvars
import logging
from collections import deque
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import aiohttp
from aiogram import Bot
from aiogram.client.session.middlewares.base import BaseRequestMiddleware, NextRequestMiddlewareType
from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramMigrateToChat,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.methods import (
    CopyMessage,
    EditMessageText,
    ForwardMessage,
    SendDocument,
    SendMediaGroup,
    SendMessage,
    SendPhoto,
    TelegramMethod,
)
from aiogram.methods.base import TelegramType

from storage import MessageKind, OutboxMessage, OutboxRepository, OutgoingMessage
from views.i18n import texts_for
from views.problems import gone_reason
from views.render import quote

logger = logging.getLogger(__name__)

# Telegram counts requests as they arrive; a little slack keeps network jitter from
# squeezing one request too many into its window.
WINDOW_SLACK = 0.05
CHAT_GONE_HINTS = ("chat not found", "user is deactivated", "bot was kicked", "have no rights")


@dataclass(frozen=True, slots=True)
class DeliveryLimits:
    """Telegram's broadcast limits (configurable) and how long to keep trying."""

    global_per_second: int = 30
    chat_per_second: int = 1
    group_per_minute: int = 20
    concurrency: int = 8
    retry_horizon: float = 24 * 3600.0  # seconds after the first failure; then 'failed'
    first_backoff: float = 2.0
    max_backoff: float = 300.0
    breaker_failures: int = 5  # failures in a row that mean Telegram is down
    breaker_first_pause: float = 5.0
    breaker_max_pause: float = 120.0
    reply_retries: int = 5  # 429s a command reply waits out before it gives up
    reply_max_wait: float = 60.0  # a longer flood wait fails the reply at once

    def backoff(self, attempts: int) -> float:
        return min(self.first_backoff * 2.0 ** max(attempts - 1, 0), self.max_backoff)


class SlidingWindow:
    """At most `limit` events in any `period` seconds, counted per key."""

    def __init__(self, limit: int, period: float) -> None:
        self._limit = limit
        self._period = period + WINDOW_SLACK
        self._events: dict[Hashable, deque[float]] = {}

    def wait(self, key: Hashable, now: float) -> float:
        """Seconds until one more event under `key` fits (0 when it fits now)."""
        events = self._events.get(key)
        if events is None:
            return 0.0
        while events and events[0] <= now - self._period:
            events.popleft()
        if not events:
            del self._events[key]  # 10 000 chats must not mean 10 000 idle deques
            return 0.0
        if len(events) < self._limit:
            return 0.0
        return events[0] + self._period - now

    def count(self, key: Hashable, now: float) -> int:
        """Events under `key` within the last period."""
        return sum(1 for moment in self._events.get(key, ()) if moment > now - self._period)

    def record(self, key: Hashable, now: float) -> None:
        self._events.setdefault(key, deque()).append(now)

    def restamp(self, key: Hashable, granted: float, now: float) -> None:
        """Count the event recorded at `granted` from `now`, when it really happens (the
        window stays in order: the oldest event first)."""
        events = self._events.get(key)
        if not events or now <= granted or granted not in events:
            return
        events.remove(granted)
        events.append(now)
        if len(events) > 1 and events[-2] > now:
            self._events[key] = deque(sorted(events))


def is_group(chat_id: int | str) -> bool:
    """Groups, supergroups and channels have negative ids (or an @username); users positive."""
    return isinstance(chat_id, str) or chat_id < 0


class Limiter:
    """Telegram's limits as one bot sees them: shared by the outbox sender and the command
    replies, so replies and broadcasts never add up to more than Telegram allows."""

    def __init__(self, limits: DeliveryLimits) -> None:
        self.limits = limits
        self._global = SlidingWindow(limits.global_per_second, 1.0)
        self._per_chat = SlidingWindow(limits.chat_per_second, 1.0)
        self._per_group = SlidingWindow(limits.group_per_minute, 60.0)
        self._chat_paused_until: dict[Hashable, float] = {}
        self.all_paused_until = 0.0
        self.retry_after_received = 0

    def global_wait(self, now: float) -> float:
        return max(self._global.wait(None, now), self.all_paused_until - now, 0.0)

    def chat_wait(self, chat_id: int | str, now: float) -> float:
        wait = max(
            self._chat_paused_until.get(chat_id, 0.0) - now,
            self._per_chat.wait(chat_id, now),
            self._per_group.wait(chat_id, now) if is_group(chat_id) else 0.0,
        )
        return max(wait, 0.0)

    def record(self, chat_id: int | str, now: float) -> None:
        self._global.record(None, now)
        self._per_chat.record(chat_id, now)
        if is_group(chat_id):
            self._per_group.record(chat_id, now)

    def restamp(self, chat_id: int | str, granted: float, now: float) -> None:
        """A send granted at `granted` leaves at `now`: Telegram counts it as it arrives, so
        the windows count it from then (under load the two are tens of ms apart, and sends
        granted a window apart could arrive within one)."""
        self._global.restamp(None, granted, now)
        self._per_chat.restamp(chat_id, granted, now)
        if is_group(chat_id):
            self._per_group.restamp(chat_id, granted, now)

    def pause(self, chat_id: int | str, seconds: float, now: float) -> None:
        """Telegram asked us to wait. A chat that had no other message from us lately cannot
        have hit its own limit, so the bot's overall rate did: then everything pauses."""
        self.retry_after_received += 1
        self._chat_paused_until[chat_id] = now + seconds
        window = self._per_group if is_group(chat_id) else self._per_chat
        if window.count(chat_id, now) <= 1:  # only the message that was refused
            self.all_paused_until = max(self.all_paused_until, now + seconds)
        logger.warning("Telegram flood limit on chat %s: pausing %s s", chat_id, seconds)

    async def acquire(self, chat_id: int | str) -> None:
        """Wait until one more message to `chat_id` fits, and count it."""
        loop = asyncio.get_running_loop()
        while True:
            now = loop.time()
            wait = max(self.global_wait(now), self.chat_wait(chat_id, now))
            if wait <= 0:
                self.record(chat_id, now)
                return
            await asyncio.sleep(wait)


class CircuitBreaker:
    """Stops all sending while Telegram looks down, then lets one message probe it.

    Closed: send. After `breaker_failures` failures in a row: open for a pause that doubles
    each time (capped). After the pause: half-open, one message at a time; its success
    closes the breaker, its failure opens it again."""

    def __init__(self, limits: DeliveryLimits) -> None:
        self._limits = limits
        self._failures = 0
        self._pause = limits.breaker_first_pause
        self.open_until: float | None = None
        self.opened = 0  # times it opened, for tests and the benchmark

    def wait(self, now: float) -> float:
        return 0.0 if self.open_until is None else max(self.open_until - now, 0.0)

    @property
    def probing(self) -> bool:
        """Open and its pause over: one message may go to find out."""
        return self.open_until is not None

    def success(self) -> None:
        if self.open_until is not None:
            logger.info("Telegram answers again: sending resumes")
        self._failures = 0
        self._pause = self._limits.breaker_first_pause
        self.open_until = None

    def failure(self, now: float) -> None:
        self._failures += 1
        if self.open_until is None and self._failures < self._limits.breaker_failures:
            return
        self.open_until = now + self._pause
        self.opened += 1
        logger.warning(
            "Telegram looks down (%d failures in a row): sending paused for %.0f s",
            self._failures,
            self._pause,
        )
        self._pause = min(self._pause * 2, self._limits.breaker_max_pause)


# Set while the sender makes a request, so the reply pacing middleware lets it through:
# the sender has already counted it against the limits.
_PACED_BY_SENDER: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "paced_by_sender", default=False
)
PACED_METHODS = (
    SendMessage,
    SendPhoto,
    SendDocument,
    SendMediaGroup,
    EditMessageText,
    CopyMessage,
    ForwardMessage,
)


class ReplyPacing(BaseRequestMiddleware):
    """A Bot session middleware: command replies go through the same limiter as the
    outbox, and a 429 is waited out and retried instead of losing the reply."""

    def __init__(self, limiter: Limiter) -> None:
        self._limiter = limiter

    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: Bot,
        method: TelegramMethod[TelegramType],
    ) -> Any:
        chat_id = getattr(method, "chat_id", None)
        paced = isinstance(method, PACED_METHODS)  # a bool: `method` keeps its type
        if _PACED_BY_SENDER.get() or not paced or chat_id is None:
            return await make_request(bot, method)
        limits = self._limiter.limits
        for attempt in range(limits.reply_retries + 1):
            await self._limiter.acquire(chat_id)
            try:
                return await make_request(bot, method)
            except TelegramRetryAfter as error:
                if attempt == limits.reply_retries or error.retry_after > limits.reply_max_wait:
                    raise
                now = asyncio.get_running_loop().time()
                self._limiter.pause(chat_id, error.retry_after, now)
        raise AssertionError("unreachable")  # pragma: no cover


def reached_telegram(error: BaseException) -> bool:
    """Whether a failed request may have reached Telegram (and so been carried out).

    Only a connection that was never made is certain not to have: a refused or unreachable
    connection, a DNS failure, a connect timeout. A timeout or a dropped connection after
    the request was written may have been delivered."""
    cause = error.__cause__ if isinstance(error, TelegramNetworkError) else error
    return not isinstance(cause, aiohttp.ClientConnectorError | aiohttp.ConnectionTimeoutError)


class Sender:
    def __init__(
        self,
        bot: Bot,
        outbox: OutboxRepository,
        limits: DeliveryLimits,
        *,
        clock: Callable[[], datetime],
        limiter: Limiter | None = None,
    ) -> None:
        self._bot = bot
        self._outbox = outbox
        self._limits = limits
        self._clock = clock
        self.limiter = limiter or Limiter(limits)
        self.breaker = CircuitBreaker(limits)
        self._slots = asyncio.Semaphore(limits.concurrency)
        self._in_flight: dict[int, asyncio.Task[None]] = {}
        self._busy_chats: set[int] = set()
        self._wake = asyncio.Event()

    @property
    def retry_after_received(self) -> int:
        return self.limiter.retry_after_received

    def wake(self) -> None:
        """New messages are in the outbox: look now rather than at the next check."""
        self._wake.set()

    async def run(self, idle_check: float = 5.0) -> None:
        """Send until cancelled; what is in flight at cancellation is finished and recorded."""
        try:
            while True:
                self._wake.clear()
                pause = await self.send_due()
                if pause is None:
                    pause = await self._idle_pause(idle_check)
                try:
                    async with asyncio.timeout(pause):
                        await self._wake.wait()
                except TimeoutError:
                    pass
        finally:
            await self.finish_in_flight()

    async def finish_in_flight(self) -> None:
        if self._in_flight:
            await asyncio.shield(asyncio.gather(*self._in_flight.values(), return_exceptions=True))

    async def send_due(self) -> float | None:
        """Start sending every due message the limits allow now.

        Returns how long to wait before some held-back message may go, or None when
        nothing due was held back.
        """
        loop = asyncio.get_running_loop()
        # A send that finishes while the query runs may still read as pending: skip every
        # message that was in flight when the query began, not only those in flight now.
        in_flight_before = set(self._in_flight)
        due = await self._outbox.due(self._clock())
        held_back: list[float] = []
        limiter = self.limiter
        for message in due:
            if message.id in in_flight_before or message.id in self._in_flight:
                continue
            now = loop.time()
            down = self.breaker.wait(now)
            if down > 0:
                held_back.append(down)
                break
            if self.breaker.probing and self._in_flight:  # one probe at a time
                held_back.append(0.05)
                break
            if limiter.all_paused_until > now:
                held_back.append(limiter.all_paused_until - now)
                break
            wait = self._chat_wait(message.chat_id, now)
            if wait > 0:
                held_back.append(wait)
                continue
            global_wait = limiter.global_wait(now)
            if global_wait > 0:
                await asyncio.sleep(global_wait)
            await self._slots.acquire()
            now = loop.time()
            if (
                limiter.global_wait(now) > 0
                or self._chat_wait(message.chat_id, now) > 0
                or self.breaker.wait(now) > 0
                or (self.breaker.probing and self._in_flight)
            ):
                self._slots.release()  # a 429 or an outage arrived while we waited
                held_back.append(0.05)
                continue
            limiter.record(message.chat_id, now)
            self._busy_chats.add(message.chat_id)
            self._in_flight[message.id] = asyncio.create_task(self._deliver(message, now))
        if held_back:
            return max(min(held_back), 0.01)
        return None

    async def drain(self) -> None:
        """Send everything due, waiting out the limits; for tests, benchmarks and the CLI."""
        while True:
            pause = await self.send_due()
            if self._in_flight:
                await asyncio.wait(list(self._in_flight.values()), timeout=pause)
                continue
            if pause is None:
                return
            await asyncio.sleep(pause)

    def _chat_wait(self, chat_id: int, now: float) -> float:
        if chat_id in self._busy_chats:
            return 0.05
        return self.limiter.chat_wait(chat_id, now)

    async def _idle_pause(self, idle_check: float) -> float:
        next_due = await self._outbox.next_due_at()
        if next_due is None:
            return idle_check
        return min(max((next_due - self._clock()).total_seconds(), 0.05), idle_check)

    async def _deliver(self, message: OutboxMessage, granted: float | None = None) -> None:
        """Send one message; `granted`: when the local windows counted it (None where the
        windows are shared and restamped there)."""
        _PACED_BY_SENDER.set(True)
        try:
            await self._attempt(message, granted)
        except Exception:
            logger.exception("Outbox message %d: unexpected error", message.id)
            await self._outbox.mark_uncertain(message.id, "unexpected error (see log)")
        finally:
            self._busy_chats.discard(message.chat_id)
            self._in_flight.pop(message.id, None)
            self._slots.release()
            self._wake.set()

    async def _attempt(self, message: OutboxMessage, granted: float | None) -> None:
        loop = asyncio.get_running_loop()
        if granted is not None:
            self.limiter.restamp(message.chat_id, granted, loop.time())
        try:
            sent = await self._bot.send_message(
                message.chat_id,
                message.text,
                message_thread_id=message.thread_id,
                disable_notification=message.silent or None,
            )
        except TelegramRetryAfter as error:
            self.breaker.success()  # Telegram answered
            self.limiter.pause(message.chat_id, error.retry_after, loop.time())
            await self._outbox.retry_later(
                message.id,
                not_before=self._clock() + timedelta(seconds=error.retry_after),
                error=f"flood limit: retry after {error.retry_after} s",
                attempt=False,
            )
        except TelegramMigrateToChat as error:
            self.breaker.success()
            logger.info("Chat %d moved to %d", message.chat_id, error.migrate_to_chat_id)
            await self._outbox.follow_migration(message.chat_id, error.migrate_to_chat_id)
        except TelegramForbiddenError as error:
            self.breaker.success()
            await self._chat_gone(message, error.message)
        except TelegramBadRequest as error:
            self.breaker.success()
            if any(hint in error.message.lower() for hint in CHAT_GONE_HINTS):
                await self._chat_gone(message, error.message)
            else:  # the message itself is wrong: sending it again cannot help
                logger.error("Outbox message %d refused: %s", message.id, error.message)
                await self._outbox.mark_failed(message.id, error.message)
        except TelegramServerError as error:  # Telegram answered 5xx: it did not send it
            self.breaker.failure(loop.time())
            logger.warning("Outbox message %d to %d: %s", message.id, message.chat_id, error)
            await self._retry(message, f"{type(error).__name__}: {error}")
        except TelegramNetworkError as error:
            self.breaker.failure(loop.time())
            if reached_telegram(error):
                logger.error(
                    "Outbox message %d to %d: no answer (%s); it may have arrived, so it is "
                    "not sent again on its own",
                    message.id,
                    message.chat_id,
                    error,
                )
                await self._outbox.mark_uncertain(message.id, f"no answer: {error}")
            else:
                logger.warning("Outbox message %d to %d: %s", message.id, message.chat_id, error)
                await self._retry(message, f"{type(error).__name__}: {error}")
        else:
            self.breaker.success()
            await self._outbox.mark_sent(message.id, telegram_id=sent.message_id, now=self._clock())

    async def _retry(self, message: OutboxMessage, error: str) -> None:
        """Try again after a back-off, until the retry horizon has passed since the first
        failure; only then is the message marked failed (operators can re-queue it)."""
        now = self._clock()
        first = message.first_error_at or now
        if (now - first).total_seconds() >= self._limits.retry_horizon:
            logger.error(
                "Outbox message %d failed for %s: %s; operators can re-queue it",
                message.id,
                now - first,
                error,
            )
            await self._outbox.mark_failed(message.id, error)
            return
        delay = self._limits.backoff(message.attempts + 1)
        await self._outbox.retry_later(
            message.id,
            not_before=now + timedelta(seconds=delay),
            error=error,
            attempt=True,
            now=now,
        )

    async def _chat_gone(self, message: OutboxMessage, reason: str) -> None:
        logger.warning("Chat %d is unreachable (%s): deactivated", message.chat_id, reason)
        channel = await self._outbox.abandon_chat(message.chat_id, reason)
        if channel is None or channel.admin_id == channel.chat_id:
            return
        texts = texts_for(channel.language)
        notice = OutgoingMessage(
            key=f"notice:gone:{channel.chat_id}:{channel.admin_id}:{message.id}",
            chat_id=channel.admin_id,
            kind=MessageKind.NOTICE,
            text=texts(
                "channel-gone",
                channel=quote(channel.display_name),
                reason=gone_reason(reason, texts),
            ),
        )
        await self._outbox.enqueue([notice], now=self._clock())
