"""Running the bot against Telegram: long polling, or a webhook when WEBHOOK_URL is set."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal

from aiogram import Bot, Dispatcher
from aiogram.client.default import DefaultBotProperties
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.enums import ParseMode
from aiogram.exceptions import TelegramAPIError
from aiogram.types import BotCommandScopeChat, BotCommandScopeDefault
from aiogram.webhook.aiohttp_server import SimpleRequestHandler, setup_application
from aiohttp import web

from bot.app import App, build_dispatcher, open_app, settle_heap
from bot.jobs import Jobs
from bot.settings import Settings
from delivery.sender import Limiter, ReplyPacing, Sender
from services.ingest import add_default_sources, utc_now
from storage import MessageKind, OutgoingMessage
from views.i18n import DEFAULT_LANGUAGE, LANGUAGES, texts_for
from views.menus import command_menu
from views.operators import source_outage, source_recovered

logger = logging.getLogger(__name__)

DIGEST_TICK = 30  # seconds between looks for channels whose digest time has come
HOUSEKEEPING_TICK = 3600  # seconds between clean-ups (expired saved searches)


def create_bot(settings: Settings, limiter: Limiter) -> Bot:
    """The Bot: every reply paced by the same limiter as the outbox, 429s waited out."""
    if settings.bot_token is None:
        raise ValueError("BOT_TOKEN is required to talk to Telegram")
    session = AiohttpSession(
        api=TelegramAPIServer.from_base(settings.telegram_api_url), timeout=settings.send_timeout
    )
    session.middleware(ReplyPacing(limiter))
    return Bot(
        settings.bot_token.get_secret_value(),
        session=session,
        default=DefaultBotProperties(parse_mode=ParseMode.HTML, link_preview_is_disabled=True),
    )


async def set_commands_menu(bot: Bot, operator_ids: frozenset[int]) -> None:
    """The menu in each language the bot speaks, by the Telegram language of the user
    (Russian for every other); operators also see their commands, in their own chats only.
    (A person who chooses a language with /lang gets their chat's menu in it.)"""
    for language in LANGUAGES:
        texts = texts_for(language)
        code = None if language == DEFAULT_LANGUAGE else language
        await bot.set_my_commands(
            command_menu(texts), scope=BotCommandScopeDefault(), language_code=code
        )
        for operator_id in sorted(operator_ids):
            try:
                await bot.set_my_commands(
                    command_menu(texts, operator=True),
                    scope=BotCommandScopeChat(chat_id=operator_id),
                    language_code=code,
                )
            except TelegramAPIError as error:  # the operator has not started the bot yet
                logger.warning("No operator menu for %d: %s", operator_id, error)


async def enqueue_operator_alerts(app: App) -> int:
    """One message per outage and one per recovery, to operators only, through the outbox."""
    notices = await app.operators.outage_notices(app.settings.failure_alert_threshold)
    now = utc_now()
    messages = []
    for operator_id in sorted(app.settings.operator_ids):
        # In the operator's own language: the one they chose, else Russian.
        texts = texts_for(app.people.language_of(operator_id, None))
        events = [
            (
                f"outage:{source.id}:{(source.last_error_at or now).isoformat()}",
                source_outage(source, texts),
            )
            for source in notices.failing
        ] + [
            (
                f"recovered:{source.id}:{(source.last_success_at or now).isoformat()}",
                source_recovered(source, texts),
            )
            for source in notices.recovered
        ]
        messages += [
            OutgoingMessage(
                key=f"{key}:{operator_id}", chat_id=operator_id, kind=MessageKind.NOTICE, text=text
            )
            for key, text in events
        ]
    return await app.outbox.enqueue(messages, now=now)


async def refresh_outdated(app: App) -> None:
    """Re-read, in the background, what an older extractor read (after an upgrade)."""
    try:
        await app.analyst.refresh_outdated()
    except Exception:
        logger.exception("Re-reading stored articles failed; it resumes at the next start")


def register_lifecycle(dispatcher: Dispatcher, app: App, limiter: Limiter) -> None:
    """Jobs and the sender start with the dispatcher (they need the running loop and the
    bot) and stop with it, the sender last so that what the jobs wrote can still go."""
    jobs = Jobs()
    running: dict[str, asyncio.Task[None]] = {}

    async def on_startup(bot: Bot) -> None:
        await set_commands_menu(bot, app.settings.operator_ids)
        if app.settings.default_sources:
            await add_default_sources(
                app.sources, interval=app.settings.poll_interval, now=utc_now()
            )

        sender = Sender(bot, app.outbox, app.delivery_limits, clock=utc_now, limiter=limiter)

        async def alert(_: object = None) -> None:
            if await app.alerter.enqueue_new() + await enqueue_operator_alerts(app):
                sender.wake()

        # Each source is polled, analysed and alerted on by itself, as soon as it is done.
        app.ingestor.on_source_done = alert

        async def poll_and_alert() -> None:
            await app.ingestor.start_due()
            await alert()

        async def post_digests() -> None:
            posted = await app.channels.post_due() + await app.alerter.post_digests()
            if posted:
                sender.wake()

        async def housekeeping() -> None:
            expired = await app.search.expire()
            if expired:
                logger.info("Forgot %d expired saved searches", expired)

        jobs.every(app.settings.poll_tick, poll_and_alert, name="poll-sources")
        jobs.every(DIGEST_TICK, post_digests, name="post-digests")
        jobs.every(HOUSEKEEPING_TICK, housekeeping, name="housekeeping")
        jobs.start()
        running["sender"] = asyncio.create_task(sender.run(), name="sender")
        running["refresh"] = asyncio.create_task(refresh_outdated(app), name="refresh")
        me = await bot.me()
        logger.info("coopnews is up as @%s", me.username)

    async def on_shutdown() -> None:
        await jobs.stop()
        await app.ingestor.stop()
        if "refresh" in running:
            running["refresh"].cancel()  # a batch not saved is read again at the next start
            with contextlib.suppress(asyncio.CancelledError):
                await running.pop("refresh")
        if "sender" in running:
            running["sender"].cancel()  # it finishes the sends in flight before it ends
            with contextlib.suppress(asyncio.CancelledError):
                await running.pop("sender")
        logger.info("coopnews stopped")

    dispatcher.startup.register(on_startup)
    dispatcher.shutdown.register(on_shutdown)


async def run_telegram(settings: Settings) -> None:
    async with open_app(settings) as app:
        limiter = Limiter(app.delivery_limits)
        bot = create_bot(settings, limiter)
        dispatcher = build_dispatcher(app)
        register_lifecycle(dispatcher, app, limiter)
        await asyncio.to_thread(settle_heap)  # after the dispatcher, which lives as long
        if settings.webhook_url:
            await _serve_webhook(bot, dispatcher, settings)
        else:
            await bot.delete_webhook(drop_pending_updates=False)
            await dispatcher.start_polling(
                bot, allowed_updates=dispatcher.resolve_used_update_types()
            )


async def _serve_webhook(bot: Bot, dispatcher: Dispatcher, settings: Settings) -> None:
    assert settings.webhook_url is not None
    secret = settings.webhook_secret.get_secret_value() if settings.webhook_secret else None
    application = web.Application()
    SimpleRequestHandler(dispatcher=dispatcher, bot=bot, secret_token=secret).register(
        application, path=settings.webhook_path
    )
    setup_application(application, dispatcher, bot=bot)
    runner = web.AppRunner(application)
    await runner.setup()
    try:
        await web.TCPSite(runner, settings.webhook_host, settings.webhook_port).start()
        await bot.set_webhook(
            settings.webhook_url,
            secret_token=secret,
            allowed_updates=dispatcher.resolve_used_update_types(),
        )
        logger.info(
            "Listening for webhook updates on %s:%d%s",
            settings.webhook_host,
            settings.webhook_port,
            settings.webhook_path,
        )
        await _until_signalled()
    finally:
        await runner.cleanup()


async def _until_signalled() -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()
