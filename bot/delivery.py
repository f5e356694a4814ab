"""The delivery engine: drains the SQLite outbox into Telegram within its rate limits.

Every message is in the outbox before it is sent and is marked sent right after Telegram
accepts it, so a restart re-sends only what was never accepted. Stopping the sender (or
cancelling its task) lets the requests already in flight finish and be recorded first.
A process killed outright can re-send at most the few messages that were in flight.
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from datetime import datetime, timedelta

from aiogram import Bot
from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramMigrateToChat,
    TelegramRetryAfter,
)

from bot.render import quote
from bot.texts import delivery_texts_for
from storage import OutboxMessage, OutboxRepository, OutgoingMessage

logger = logging.getLogger(__name__)

# Telegram counts requests as they arrive; a little slack keeps network jitter from
# squeezing one request too many into its window.
WINDOW_SLACK = 0.05
CHAT_GONE_HINTS = ("chat not found", "user is deactivated", "bot was kicked", "have no rights")


@dataclass(frozen=True, slots=True)
class DeliveryLimits:
    """Telegram's broadcast limits (configurable) and how hard to retry."""

    global_per_second: int = 30
    chat_per_second: int = 1
    group_per_minute: int = 20
    concurrency: int = 8
    max_attempts: int = 5
    first_backoff: float = 2.0
    max_backoff: float = 300.0

    def backoff(self, attempts: int) -> float:
        return min(self.first_backoff * 2 ** max(attempts - 1, 0), self.max_backoff)


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


def is_group(chat_id: int) -> bool:
    """Groups, supergroups and channels have negative ids; users positive ones."""
    return chat_id < 0


class Sender:
    def __init__(
        self,
        bot: Bot,
        outbox: OutboxRepository,
        limits: DeliveryLimits,
        *,
        clock: Callable[[], datetime],
    ) -> None:
        self._bot = bot
        self._outbox = outbox
        self._limits = limits
        self._clock = clock
        self._global = SlidingWindow(limits.global_per_second, 1.0)
        self._per_chat = SlidingWindow(limits.chat_per_second, 1.0)
        self._per_group = SlidingWindow(limits.group_per_minute, 60.0)
        self._slots = asyncio.Semaphore(limits.concurrency)
        self._in_flight: dict[int, asyncio.Task[None]] = {}
        self._busy_chats: set[int] = set()
        self._chat_paused_until: dict[int, float] = {}
        self._all_paused_until = 0.0
        self._wake = asyncio.Event()
        self.retry_after_received = 0

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
        for message in due:
            if message.id in in_flight_before or message.id in self._in_flight:
                continue
            now = loop.time()
            if self._all_paused_until > now:
                held_back.append(self._all_paused_until - now)
                break
            wait = self._chat_wait(message.chat_id, now)
            if wait > 0:
                held_back.append(wait)
                continue
            global_wait = self._global.wait(None, now)
            if global_wait > 0:
                await asyncio.sleep(global_wait)
            await self._slots.acquire()
            now = loop.time()
            if self._all_paused_until > now or self._chat_wait(message.chat_id, now) > 0:
                self._slots.release()  # a 429 arrived while we waited
                held_back.append(0.05)
                continue
            self._global.record(None, now)
            self._per_chat.record(message.chat_id, now)
            if is_group(message.chat_id):
                self._per_group.record(message.chat_id, now)
            self._busy_chats.add(message.chat_id)
            self._in_flight[message.id] = asyncio.create_task(self._deliver(message))
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
        wait = max(
            self._chat_paused_until.get(chat_id, 0.0) - now,
            self._per_chat.wait(chat_id, now),
            self._per_group.wait(chat_id, now) if is_group(chat_id) else 0.0,
        )
        return max(wait, 0.0)

    async def _idle_pause(self, idle_check: float) -> float:
        next_due = await self._outbox.next_due_at()
        if next_due is None:
            return idle_check
        return min(max((next_due - self._clock()).total_seconds(), 0.05), idle_check)

    async def _deliver(self, message: OutboxMessage) -> None:
        try:
            await self._attempt(message)
        except Exception:
            logger.exception("Outbox message %d: unexpected error", message.id)
            await self._retry(message, "unexpected error (see log)")
        finally:
            self._busy_chats.discard(message.chat_id)
            self._in_flight.pop(message.id, None)
            self._slots.release()
            self._wake.set()

    async def _attempt(self, message: OutboxMessage) -> None:
        try:
            sent = await self._bot.send_message(
                message.chat_id, message.text, message_thread_id=message.thread_id
            )
        except TelegramRetryAfter as error:
            self._pause(message.chat_id, error.retry_after)
            await self._outbox.retry_later(
                message.id,
                not_before=self._clock() + timedelta(seconds=error.retry_after),
                error=f"flood limit: retry after {error.retry_after} s",
                attempt=False,
            )
        except TelegramMigrateToChat as error:
            logger.info("Chat %d moved to %d", message.chat_id, error.migrate_to_chat_id)
            await self._outbox.follow_migration(message.chat_id, error.migrate_to_chat_id)
        except TelegramForbiddenError as error:
            await self._chat_gone(message, error.message)
        except TelegramBadRequest as error:
            if any(hint in error.message.lower() for hint in CHAT_GONE_HINTS):
                await self._chat_gone(message, error.message)
            else:  # the message itself is wrong: sending it again cannot help
                logger.error("Outbox message %d refused: %s", message.id, error.message)
                await self._outbox.mark_failed(message.id, error.message)
        except Exception as error:  # network trouble, 5xx and the like: try again later
            logger.warning("Outbox message %d to %d: %s", message.id, message.chat_id, error)
            await self._retry(message, f"{type(error).__name__}: {error}")
        else:
            await self._outbox.mark_sent(message.id, telegram_id=sent.message_id, now=self._clock())

    def _pause(self, chat_id: int, seconds: float) -> None:
        """Telegram asked us to wait. A chat that had no other message from us lately cannot
        have hit its own limit, so the bot's overall rate did: then everything pauses."""
        self.retry_after_received += 1
        now = asyncio.get_running_loop().time()
        self._chat_paused_until[chat_id] = now + seconds
        window = self._per_group if is_group(chat_id) else self._per_chat
        if window.count(chat_id, now) <= 1:  # only the message that was refused
            self._all_paused_until = max(self._all_paused_until, now + seconds)
        logger.warning("Telegram flood limit on chat %d: pausing %s s", chat_id, seconds)

    async def _retry(self, message: OutboxMessage, error: str) -> None:
        attempts = message.attempts + 1
        if attempts >= self._limits.max_attempts:
            logger.error("Outbox message %d failed after %d tries: %s", message.id, attempts, error)
            await self._outbox.mark_failed(message.id, error)
            return
        delay = self._limits.backoff(attempts)
        await self._outbox.retry_later(
            message.id,
            not_before=self._clock() + timedelta(seconds=delay),
            error=error,
            attempt=True,
        )

    async def _chat_gone(self, message: OutboxMessage, reason: str) -> None:
        logger.warning("Chat %d is unreachable (%s): deactivated", message.chat_id, reason)
        channel = await self._outbox.abandon_chat(message.chat_id, reason)
        if channel is None or channel.admin_id == channel.chat_id:
            return
        texts = delivery_texts_for(channel.language)
        notice = OutgoingMessage(
            key=f"notice:gone:{channel.chat_id}:{channel.admin_id}:{message.id}",
            chat_id=channel.admin_id,
            kind="notice",
            text=texts.channel_gone.format(
                channel=quote(channel.display_name), reason=quote(reason)
            ),
        )
        await self._outbox.enqueue([notice], now=self._clock())
