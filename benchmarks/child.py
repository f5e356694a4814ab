"""What the memory and cold-start benchmarks run in a fresh process: the bot and nothing
of the benchmarks' own (no corpus, no test servers), as `python -m benchmarks.child`."""

from __future__ import annotations

import asyncio
import io
import json
import sys
import time
from pathlib import Path

from bot.app import build_dispatcher, open_app, settle_heap
from bot.console import ConsoleChat
from bot.settings import Settings


def peak_rss_mb() -> float:
    """This process's own high-water mark. (ru_maxrss is not used: on Linux it carries the
    parent's peak across fork and exec.)"""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    raise RuntimeError("no VmHWM in /proc/self/status")


async def answer(path: Path, lines: list[str]) -> float:
    """Start as the bot starts in Telegram, answer `lines`; the time of the first answer."""
    settings = Settings(_env_file=None, database_path=path, default_sources=False)  # type: ignore[call-arg]
    first = 0.0
    async with open_app(settings) as app:
        chat = ConsoleChat(build_dispatcher(app), io.StringIO())
        await asyncio.to_thread(settle_heap)  # after the dispatcher, as the bot does
        for line in lines:
            await chat.handle_line(line)
            first = first or time.time()
        await chat.bot.session.close()
    return first


if __name__ == "__main__":
    database, lines = Path(sys.argv[1]), json.loads(sys.argv[2])
    answered = asyncio.run(answer(database, lines))
    print(json.dumps({"answered": answered, "peak_rss_mb": peak_rss_mb()}))
