"""The scale-out roles on PostgreSQL: `coopnews web`, `coopnews worker`, `coopnews sender`.

Each runs as N processes from the same code. PostgreSQL is the database and the
coordinator (leases, advisory locks, LISTEN/NOTIFY); Redis holds the send limits that
every process shares. `coopnews` alone stays the all-in-one process of bot.telegram.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

from aiogram import Bot
from aiogram.webhook.aiohttp_server import SimpleRequestHandler, setup_application
from aiohttp import web
from redis.asyncio import Redis

from bot.app import App, build_dispatcher, open_app
from bot.jobs import Jobs
from bot.settings import Settings
from delivery.shared import LimiterUnavailable, RedisLimiter, SharedSender, sender_name
from services.ingest import add_default_sources, utc_now
from storage import LeasedOutbox, PostgresDatabase
from storage.database import OUTBOX_CHANNEL, POLL_CHANNEL

logger = logging.getLogger(__name__)

DIGEST_TICK = 30


class RoleError(RuntimeError):
    """A role cannot start: said in one line."""


def _require_scale_out(settings: Settings) -> None:
    if not settings.on_postgres:
        raise RoleError(
            "the web, worker and sender roles share a PostgreSQL database: "
            "set DATABASE_URL=postgresql://…"
        )
    if settings.bot_token is None:
        raise RoleError("BOT_TOKEN is required to talk to Telegram")


@asynccontextmanager
async def _redis(settings: Settings) -> AsyncIterator[Redis]:
    if not settings.redis_url:
        raise RoleError("the roles share Telegram's limits in Redis: set REDIS_URL=redis://…")
    client = Redis.from_url(settings.redis_url)
    try:
        try:
            await client.ping()
        except Exception as error:
            raise LimiterUnavailable(f"Redis is unreachable: {error}") from error
        yield client
    finally:
        await client.aclose()


@asynccontextmanager
async def listening(
    db: PostgresDatabase, channel: str, wake: Callable[[], None]
) -> AsyncIterator[None]:
    """Call `wake` on every NOTIFY on `channel` while the block runs."""
    connection = await db.pool.acquire()

    def on_notify(*_: Any) -> None:
        wake()

    await connection.add_listener(channel, on_notify)
    try:
        yield
    finally:
        await connection.remove_listener(channel, on_notify)
        await db.pool.release(connection)


def _postgres(app: App) -> PostgresDatabase:
    assert isinstance(app.db, PostgresDatabase)
    return app.db


async def until_signalled() -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()


async def _run_until_signalled(task: Awaitable[None]) -> None:
    """Run `task` until SIGTERM/SIGINT; its own failure (Redis gone) ends the role too."""
    work = asyncio.ensure_future(task)
    stop = asyncio.ensure_future(until_signalled())
    done, _ = await asyncio.wait({work, stop}, return_when=asyncio.FIRST_COMPLETED)
    for pending in (work, stop):
        if pending not in done:
            pending.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await pending
    if work in done:
        work.result()  # raises what stopped it


# --- sender ------------------------------------------------------------------------------


async def run_sender(settings: Settings) -> None:
    """Drain the outbox with the other senders: leased batches, Redis's windows."""
    from bot.telegram import create_bot

    _require_scale_out(settings)
    async with open_app(settings) as app, _redis(settings) as redis:
        limiter = RedisLimiter(redis, app.delivery_limits)
        bot = create_bot(settings, limiter)  # type: ignore[arg-type]
        outbox = LeasedOutbox(
            app.db,
            owner=sender_name(),
            lease_seconds=settings.lease_seconds,
            batch=settings.sender_batch,
        )
        sender = SharedSender(bot, outbox, app.delivery_limits, clock=utc_now, limiter=limiter)
        try:
            async with listening(_postgres(app), OUTBOX_CHANNEL, sender.wake):
                logger.info("Sender %s is up", sender_name())
                await _run_until_signalled(sender.run(idle_check=1.0))
        except LimiterUnavailable as error:
            logger.critical("%s: senders stop rather than guess Telegram's limits", error)
            raise
        finally:
            await bot.session.close()


# --- worker ------------------------------------------------------------------------------


async def run_worker(settings: Settings) -> None:
    """Poll sources (each reserved by one worker), analyse, write alerts and digests."""
    _require_scale_out(settings)
    async with open_app(settings) as app:
        db = _postgres(app)
        if settings.default_sources:
            await add_default_sources(app.sources, interval=settings.poll_interval, now=utc_now())
        # A reservation outlives the longest poll a source may take.
        app.ingestor.lease = (
            sender_name(),
            max(settings.lease_seconds, settings.source_time_budget + 60),
        )
        wake_poll = asyncio.Event()
        jobs = Jobs()

        async def alert(_: object = None) -> None:
            # The alert cursor moves under an advisory lock: one worker writes each alert.
            async with db.advisory_lock("coopnews:alerts") as mine:
                if mine:
                    await app.alerter.enqueue_new()  # the senders hear of it at commit

        app.ingestor.on_source_done = alert

        async def poll() -> None:
            await app.ingestor.start_due()
            await alert()

        async def digests() -> None:
            async with db.advisory_lock("coopnews:digests") as mine:
                if mine:
                    await app.channels.post_due()

        async def polled_on_notice() -> None:
            while True:
                await wake_poll.wait()
                wake_poll.clear()
                await poll()

        jobs.every(settings.poll_tick, poll, name="poll-sources")
        jobs.every(DIGEST_TICK, digests, name="post-digests")
        jobs.start()
        try:
            async with listening(db, POLL_CHANNEL, wake_poll.set):
                logger.info("Worker %s is up", sender_name())
                await _run_until_signalled(polled_on_notice())
        finally:
            await jobs.stop()
            await app.ingestor.stop()
            logger.info("Worker %s read %d articles", sender_name(), app.analyst.read_count)


# --- web ---------------------------------------------------------------------------------


def web_application(app: App, bot: Bot, settings: Settings) -> web.Application:
    """The webhook endpoint of one replica. Updates are answered in the request (so a
    replica killed mid-update leaves it unanswered and Telegram delivers it again)."""
    dispatcher = build_dispatcher(app)
    secret = settings.webhook_secret.get_secret_value() if settings.webhook_secret else None
    application = web.Application()
    SimpleRequestHandler(
        dispatcher=dispatcher, bot=bot, secret_token=secret, handle_in_background=False
    ).register(application, path=settings.webhook_path)
    setup_application(application, dispatcher, bot=bot)

    async def health(_: web.Request) -> web.Response:
        return web.Response(text="ok")

    application.router.add_get("/healthz", health)
    return application


async def run_web(settings: Settings) -> None:
    """One webhook replica behind the load balancer; `coopnews set-webhook` is the deploy
    step that points Telegram at the balancer, not something every replica does."""
    from bot.telegram import create_bot

    _require_scale_out(settings)
    async with open_app(settings) as app, _redis(settings) as redis:
        limiter = RedisLimiter(redis, app.delivery_limits)
        bot = create_bot(settings, limiter)  # type: ignore[arg-type]
        runner = web.AppRunner(web_application(app, bot, settings))
        await runner.setup()
        try:
            await web.TCPSite(runner, settings.webhook_host, settings.webhook_port).start()
            logger.info(
                "Web replica listening on %s:%d%s",
                settings.webhook_host,
                settings.webhook_port,
                settings.webhook_path,
            )
            await until_signalled()
        finally:
            await runner.cleanup()
            await bot.session.close()


async def set_webhook(settings: Settings) -> None:
    """The deploy step: tell Telegram where the replicas' balancer listens."""
    from bot.telegram import create_bot
    from delivery.sender import Limiter

    if not settings.webhook_url:
        raise RoleError("set WEBHOOK_URL to the load balancer's public address")
    async with open_app(settings) as app:
        bot = create_bot(settings, Limiter(app.delivery_limits))
        try:
            dispatcher = build_dispatcher(app)
            secret = settings.webhook_secret.get_secret_value() if settings.webhook_secret else None
            await bot.set_webhook(
                settings.webhook_url,
                secret_token=secret,
                allowed_updates=dispatcher.resolve_used_update_types(),
            )
        finally:
            await bot.session.close()
