"""Sending from N processes within one bot's limits: Telegram's windows kept in Redis.

Before each send, one Lua script checks and records, atomically and on Redis's clock, the
global window (30 messages a second), the chat's (1 a second) and a group's (20 a minute),
and honours a pause every sender shares after a flood wait that was not one chat's fault.
Redis unreachable: the senders stop and say so (`LimiterUnavailable`) rather than guess.

Outbox rows come to each sender in leased batches (storage.outbox.LeasedOutbox), so the
senders share the work without sending a row twice, and a dead sender's rows go to another
once its lease has expired.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
from collections.abc import Callable
from datetime import datetime

from aiogram import Bot
from redis.asyncio import Redis
from redis.exceptions import RedisError

from delivery.sender import DeliveryLimits, Sender, is_group
from storage import LeasedOutbox, OutboxMessage

logger = logging.getLogger(__name__)

PREFIX = "coopnews:send:"
# Windows are recorded when a send leaves and counted by Telegram when it arrives; the
# processes' requests reach it with more jitter than one process's, so the windows are
# a little longer than Telegram's: the global one by little (it costs throughput), a
# chat's by more (it costs nothing but that chat's next message).
GLOBAL_SLACK = 0.08
CHAT_SLACK = 0.25

# KEYS: global window, chat window, group window, global pause, chat pause, sequence,
# last grant. ARGV: limits and periods (µs), whether the chat is a group.
# Returns {wait µs, reason} or, when the message may go, {0, 'ok', its name in the windows}.
_ACQUIRE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local paused = tonumber(redis.call('GET', KEYS[4]) or '0')
if paused > now then return {paused - now, 'pause'} end
paused = tonumber(redis.call('GET', KEYS[5]) or '0')
if paused > now then return {paused - now, 'chat'} end
local function wait(key, limit, period)
    redis.call('ZREMRANGEBYSCORE', key, '-inf', now - period)
    if redis.call('ZCARD', key) < limit then return 0 end
    local oldest = redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')
    return math.max(tonumber(oldest[2]) + period - now, 1)
end
local w = wait(KEYS[1], tonumber(ARGV[1]), tonumber(ARGV[2]))
if w > 0 then return {w, 'global'} end
-- Evenly spaced, not in bursts: a burst's first request, late on the wire, would land in
-- the same second as the next burst's last one. A gap may be an eighth short of even: a
-- sender wakes a little after the moment it was told, and were every gap held exactly,
-- those late wake-ups would add up (about 4 % of the rate); the window above still holds
-- every second to its limit.
-- Spaced from the last grant, not from the last send's restamp: a restamp comes a database
-- round trip after its grant, and spacing from it would add that round trip to every gap.
local last = redis.call('GET', KEYS[7])
if last then
    local spacing = math.floor(tonumber(ARGV[2]) / tonumber(ARGV[1]))
    w = tonumber(last) + spacing - math.floor(spacing / 8) - now
    if w > 0 then return {w, 'global'} end
end
w = wait(KEYS[2], tonumber(ARGV[3]), tonumber(ARGV[4]))
if w > 0 then return {w, 'chat'} end
if ARGV[7] == '1' then
    w = wait(KEYS[3], tonumber(ARGV[5]), tonumber(ARGV[6]))
    if w > 0 then return {w, 'chat'} end
end
local member = tostring(redis.call('INCR', KEYS[6]))
redis.call('SET', KEYS[7], now, 'PX', 2000)
redis.call('ZADD', KEYS[1], now, member)
redis.call('PEXPIRE', KEYS[1], 2000)
redis.call('ZADD', KEYS[2], now, member)
redis.call('PEXPIRE', KEYS[2], math.ceil(tonumber(ARGV[4]) / 1000) + 1000)
if ARGV[7] == '1' then
    redis.call('ZADD', KEYS[3], now, member)
    redis.call('PEXPIRE', KEYS[3], math.ceil(tonumber(ARGV[6]) / 1000) + 1000)
end
return {0, 'ok', member}
"""

# KEYS: global window, chat window[, group window]. ARGV: the send's name, then each
# window's period (µs). The send is counted from now, when it really leaves (see restamp).
_RESTAMP = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
for i, key in ipairs(KEYS) do
    redis.call('ZADD', key, now, ARGV[1])
    redis.call('PEXPIRE', key, math.ceil(tonumber(ARGV[i + 1]) / 1000) + 1000)
end
return 1
"""

# KEYS: global pause, chat pause, chat window, group window. ARGV: seconds (µs), is group.
# A chat that had no other message lately cannot have hit its own limit: then the bot's
# overall rate did, and every sender pauses. Returns 1 when the pause is global.
_PAUSE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local until_ = now + tonumber(ARGV[1])
redis.call('SET', KEYS[2], until_, 'PX', math.ceil(tonumber(ARGV[1]) / 1000) + 1000)
local window = KEYS[3]
local period = 1000000
if ARGV[2] == '1' then window = KEYS[4]; period = 60000000 end
local recent = redis.call('ZCOUNT', window, now - period, '+inf')
if recent <= 1 then
    local current = tonumber(redis.call('GET', KEYS[1]) or '0')
    if until_ > current then
        redis.call('SET', KEYS[1], until_, 'PX', math.ceil(tonumber(ARGV[1]) / 1000) + 1000)
    end
    return 1
end
return 0
"""


class LimiterUnavailable(RuntimeError):
    """Redis cannot be reached: nobody can tell what the other senders have sent."""


def sender_name() -> str:
    """Who holds a lease: host and process, readable in the outbox."""
    return f"{socket.gethostname()}:{os.getpid()}"


class RedisLimiter:
    """Telegram's limits as every process of one bot sees them together."""

    def __init__(self, redis: Redis, limits: DeliveryLimits, *, prefix: str = PREFIX) -> None:
        self.limits = limits
        self._redis = redis
        self._prefix = prefix
        self._acquire = redis.register_script(_ACQUIRE)
        self._pause = redis.register_script(_PAUSE)
        self._restamp = redis.register_script(_RESTAMP)
        self.retry_after_received = 0
        self.all_paused_until = 0.0  # the Sender's local view; the shared one is in Redis
        self.pending_pauses: list[tuple[int | str, float]] = []

    def _keys(self, chat_id: int | str) -> list[str]:
        p = self._prefix
        return [
            f"{p}global",
            f"{p}chat:{chat_id}",
            f"{p}group:{chat_id}",
            f"{p}pause",
            f"{p}pause:{chat_id}",
            f"{p}seq",
            f"{p}last",
        ]

    def _periods(self) -> tuple[int, int, int]:
        """The global, chat and group windows (µs), a little longer than Telegram's."""
        slack = int(GLOBAL_SLACK * 1_000_000)
        chat_slack = int(CHAT_SLACK * 1_000_000)
        return 1_000_000 + slack, 1_000_000 + chat_slack, 60_000_000 + chat_slack

    async def try_acquire(self, chat_id: int | str) -> tuple[float, str, str]:
        """Count one message to `chat_id` if it fits now: (0, 'ok', the send's name in the
        windows); else how many seconds to wait and why ('global' or 'pause': every chat
        waits; 'chat': only this one), and no name."""
        limits = self.limits
        global_period, chat_period, group_period = self._periods()
        try:
            answer = await self._acquire(
                keys=self._keys(chat_id),
                args=[
                    limits.global_per_second,
                    global_period,
                    limits.chat_per_second,
                    chat_period,
                    limits.group_per_minute,
                    group_period,
                    "1" if is_group(chat_id) else "0",
                ],
            )
        except (RedisError, OSError) as error:
            raise LimiterUnavailable(f"Redis is unreachable: {error}") from error
        wait, reason, *name = (_text(part) for part in answer)
        return int(wait) / 1_000_000, reason, name[0] if name else ""

    async def restamp(self, chat_id: int | str, name: str) -> None:
        """Count a send granted a moment ago from now, as it leaves. Between the grant and
        the request the sender marks the row as being sent in the database; under load that
        round trip varies by tens of milliseconds, and windows counted from the grant would
        let one request too many reach Telegram within its second."""
        global_period, chat_period, group_period = self._periods()
        keys = self._keys(chat_id)
        windows, periods = [keys[0], keys[1]], [global_period, chat_period]
        if is_group(chat_id):
            windows.append(keys[2])
            periods.append(group_period)
        try:
            await self._restamp(keys=windows, args=[name, *periods])
        except (RedisError, OSError) as error:
            raise LimiterUnavailable(f"Redis is unreachable: {error}") from error

    async def acquire(self, chat_id: int | str) -> None:
        """Wait until one more message to `chat_id` fits, and count it (command replies)."""
        while True:
            wait, _, _ = await self.try_acquire(chat_id)
            if wait <= 0:
                return
            await asyncio.sleep(wait)

    async def shared_pause(self, chat_id: int | str, seconds: float) -> bool:
        """Telegram asked for a wait; True when every sender pauses."""
        self.retry_after_received += 1
        keys = self._keys(chat_id)
        try:
            everyone = await self._pause(
                keys=[keys[3], keys[4], keys[1], keys[2]],
                args=[int(seconds * 1_000_000), "1" if is_group(chat_id) else "0"],
            )
        except (RedisError, OSError) as error:
            raise LimiterUnavailable(f"Redis is unreachable: {error}") from error
        logger.warning(
            "Telegram flood limit on chat %s: %s pause %s s",
            chat_id,
            "every sender's" if everyone else "this chat's",
            seconds,
        )
        return bool(everyone)

    # The Sender's local limiter interface: the shared sender asks Redis instead.
    def global_wait(self, now: float) -> float:
        return max(self.all_paused_until - now, 0.0)

    def chat_wait(self, chat_id: int | str, now: float) -> float:
        return 0.0

    def record(self, chat_id: int | str, now: float) -> None:
        return None

    def pause(self, chat_id: int | str, seconds: float, now: float) -> None:
        """Called by the Sender on a 429 (synchronously): written to Redis right after."""
        self.pending_pauses.append((chat_id, seconds))


class SharedSender(Sender):
    """The outbox sender for N processes: leased batches, Redis's windows."""

    def __init__(
        self,
        bot: Bot,
        outbox: LeasedOutbox,
        limits: DeliveryLimits,
        *,
        clock: Callable[[], datetime],
        limiter: RedisLimiter,
    ) -> None:
        super().__init__(bot, outbox, limits, clock=clock, limiter=limiter)  # type: ignore[arg-type]
        self._leases = outbox
        self.shared = limiter

    async def send_due(self) -> float | None:
        loop = asyncio.get_running_loop()
        await self._flush_pauses()
        in_flight_before = set(self._in_flight)
        due = await self._outbox.due(self._clock())
        held_back: list[float] = []
        for message in due:
            if message.id in in_flight_before or message.id in self._in_flight:
                continue
            down = self.breaker.wait(loop.time())
            if down > 0:
                held_back.append(down)
                break
            if self.breaker.probing and self._in_flight:
                held_back.append(0.05)
                break
            if message.chat_id in self._busy_chats:
                held_back.append(0.05)
                continue
            await self._slots.acquire()
            while True:
                wait, reason, name = await self.shared.try_acquire(message.chat_id)
                if wait <= 0 or reason == "chat":
                    break
                await asyncio.sleep(wait)  # every chat waits: the global window or a pause
            if wait > 0:
                self._slots.release()
                held_back.append(wait)
                continue
            self._busy_chats.add(message.chat_id)
            self._in_flight[message.id] = asyncio.create_task(self._deliver_leased(message, name))
        if held_back:
            return max(min(held_back), 0.01)
        return None

    async def _deliver_leased(self, message: OutboxMessage, name: str) -> None:
        """Send only while this sender's lease holds: a sender that stalled past its lease
        leaves the row to whichever sender took it over."""
        try:
            if await self._leases.renew(message.id, self._clock()):
                try:
                    await self.shared.restamp(message.chat_id, name)
                except LimiterUnavailable as error:
                    # The grant already counted it; the next grant stops this sender.
                    logger.warning("Outbox message %d: %s", message.id, error)
                await self._deliver(message)
                return
            logger.warning("Outbox message %d: lease lost, left to another sender", message.id)
            self._busy_chats.discard(message.chat_id)
            self._in_flight.pop(message.id, None)
            self._slots.release()
        finally:
            await self._flush_pauses()

    async def _flush_pauses(self) -> None:
        pending = self.shared.pending_pauses
        while pending:
            chat_id, seconds = pending.pop(0)
            await self.shared.shared_pause(chat_id, seconds)


def _text(value: bytes | str | int) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)
