"""Scheduled jobs. APScheduler 3 needs a running loop, so jobs start in dp.startup."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

from apscheduler.schedulers.asyncio import AsyncIOScheduler

logger = logging.getLogger(__name__)


class Jobs:
    """Owns the scheduler and waits for running jobs on stop, so none outlives the database."""

    def __init__(self) -> None:
        self._scheduler = AsyncIOScheduler(timezone=UTC)
        self._running: set[asyncio.Task[Any]] = set()

    def every(
        self, seconds: int, job: Callable[[], Awaitable[Any]], *, name: str, start_now: bool = True
    ) -> None:
        async def run() -> None:
            task = asyncio.current_task()
            if task is not None:
                self._running.add(task)
            try:
                await job()
            except Exception:
                logger.exception("Job %s failed; it runs again at its next tick", name)
            finally:
                if task is not None:
                    self._running.discard(task)

        self._scheduler.add_job(
            run,
            "interval",
            seconds=seconds,
            id=name,
            name=name,
            coalesce=True,  # a late tick runs once, not once per missed interval
            max_instances=1,  # a slow poll is never overlapped by the next tick
            misfire_grace_time=seconds,
            next_run_time=datetime.now(UTC) if start_now else None,
        )

    def start(self) -> None:
        self._scheduler.start()

    async def stop(self) -> None:
        if self._scheduler.running:
            self._scheduler.shutdown(wait=False)
        for task in list(self._running):
            task.cancel()
        if self._running:
            await asyncio.gather(*self._running, return_exceptions=True)
