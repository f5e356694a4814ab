"""Delivery benchmark: 10 000 messages to 10 000 chats through the fake Bot API with
Telegram's limits switched on. Reports the achieved rate as a share of the 30 msg/s limit,
messages lost, duplicates and 429s; the baseline, measured in the same run, is the raw
rate of plain sequential sendMessage calls to the same server with the limits off."""

from __future__ import annotations

import asyncio
import os
import tempfile
import threading
import time
from collections.abc import Coroutine
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer

from delivery.sender import DeliveryLimits, Sender
from storage import OutboxRepository, OutgoingMessage, open_database
from tests.fake_telegram import BOT_TOKEN, FakeTelegram, Limits

MESSAGES = int(os.environ.get("COOPNEWS_BENCH_MESSAGES", "10000"))
BASELINE_MESSAGES = 500
LIMIT_PER_SECOND = 30
T = TypeVar("T")


class RemoteServer:
    """The fake Bot API on its own thread and event loop, as Telegram is on its own machine:
    it then counts requests when they arrive, not when the bot's loop gets round to them."""

    def __init__(self) -> None:
        self.server = FakeTelegram()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)

    def run(self, coroutine: Coroutine[Any, Any, T]) -> T:
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result()

    def __enter__(self) -> FakeTelegram:
        self._thread.start()
        self.run(self.server.start())
        return self.server

    def __exit__(self, *exc: object) -> None:
        self.run(self.server.close())
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join()


def now() -> datetime:
    return datetime.now(UTC)


async def raw_rate(bot: Bot) -> float:
    started = time.perf_counter()
    for n in range(BASELINE_MESSAGES):
        await bot.send_message(900_000 + n, "baseline")
    return BASELINE_MESSAGES / (time.perf_counter() - started)


async def broadcast(server: FakeTelegram) -> dict[str, float | int]:
    bot = Bot(BOT_TOKEN, session=AiohttpSession(api=TelegramAPIServer.from_base(server.base_url)))
    try:
        baseline = await raw_rate(bot)
        server.calls.clear()
        server.limits = Limits(global_per_second=LIMIT_PER_SECOND)
        with tempfile.TemporaryDirectory() as folder:
            async with open_database(Path(folder) / "bench.db") as db:
                outbox = OutboxRepository(db)
                chats = list(range(1, MESSAGES + 1))
                await outbox.enqueue(
                    [
                        OutgoingMessage(key=f"b:{chat}", chat_id=chat, kind="alert", text="news")
                        for chat in chats
                    ],
                    now=now(),
                )
                sender = Sender(bot, outbox, DeliveryLimits(), clock=now)
                started = time.perf_counter()
                while (await outbox.counts()).pending:
                    await sender.drain()
                    await asyncio.sleep(0.05)
                elapsed = time.perf_counter() - started
                counts = await outbox.counts()
        delivered = server.delivered()
        rate = sum(delivered.values()) / elapsed
        return {
            "messages": MESSAGES,
            "seconds": round(elapsed, 1),
            "rate_per_s": round(rate, 2),
            "limit_per_s": LIMIT_PER_SECOND,
            "ratio_to_limit": round(rate / LIMIT_PER_SECOND, 3),
            "target_ratio": 0.9,
            "lost": sum(1 for chat in chats if delivered[chat] == 0),
            "duplicates": sum(count - 1 for count in delivered.values() if count > 1),
            "marked_failed": counts.failed,
            "http_429_received": server.too_many_requests,
            "baseline_raw_send_per_s": round(baseline, 1),
            "rate_to_baseline": round(rate / baseline, 3),
        }
    finally:
        await bot.session.close()


def main() -> dict[str, float | int]:
    with RemoteServer() as server:
        return asyncio.run(broadcast(server))
