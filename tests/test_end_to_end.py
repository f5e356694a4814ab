"""The real `main()` in a subprocess against the fake Bot API and a loopback feed server."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import replace
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

import aiohttp

from storage import (
    AnalysisRepository,
    OutboxRepository,
    SourceRepository,
    SubscriptionRepository,
    open_database,
)
from tests.fake_telegram import BOT_TOKEN, FakeTelegram
from tests.feed_server import FeedServer
from tests.feeds import Item, cooperation_items, rss


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@asynccontextmanager
async def running_bot(env: dict[str, str], cwd: Path) -> AsyncIterator[asyncio.subprocess.Process]:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "run",
        cwd=cwd,
        env={**os.environ, **env},
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        yield process
    except BaseException:
        # Show what the bot logged: a failure here is otherwise a bare timeout.
        if process.returncode is None:
            process.kill()
        _, stderr = await process.communicate()
        sys.stderr.write(stderr.decode(errors="replace")[-4000:])
        raise
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()


async def stop(process: asyncio.subprocess.Process) -> str:
    process.send_signal(signal.SIGTERM)
    async with asyncio.timeout(30):
        _, stderr = await process.communicate()
    assert process.returncode == 0, stderr.decode()
    return stderr.decode()


async def wait_until(check: Callable[[], Awaitable[bool]], timeout: float = 30.0) -> None:
    async with asyncio.timeout(timeout):
        # The other side is another process's database: there is no event to wait on.
        while not await check():  # noqa: ASYNC110
            await asyncio.sleep(0.1)


async def prepare_database(path: Path, feed_url: str) -> None:
    async with open_database(path) as db:
        await SourceRepository(db).add(feed_url, check_interval=900, now=datetime.now(UTC))


async def test_polling_bot_ingests_and_answers(
    tmp_path: Path, telegram: FakeTelegram, feed_server: FeedServer
) -> None:
    feed_url = feed_server.feed(
        "kazinform.xml",
        rss(
            [
                Item(
                    "Товарооборот Беларуси и Казахстана превысил $1 млрд",
                    "https://inform.kz/2",
                    "Товарооборот Беларуси и Казахстана в прошлом году превысил $1 млрд.",
                ),
                *cooperation_items(1),
            ],
            title="Казинформ",
        ),
    )
    database = tmp_path / "bot.db"
    await prepare_database(database, feed_url)
    env = {
        "BOT_TOKEN": BOT_TOKEN,
        "TELEGRAM_API_URL": telegram.base_url,
        "DATABASE_PATH": str(database),
        "DEFAULT_SOURCES": "false",
        "ALLOW_PRIVATE_SOURCES": "true",
        "ARTICLE_MIN_CHARS": "0",
        "LOG_LEVEL": "DEBUG",
    }
    async with running_bot(env, tmp_path) as process:
        await telegram.wait_for("setMyCommands", count=4)
        async with open_database(database) as db:
            stories = AnalysisRepository(db)
            await wait_until(lambda: _has(stories, 2))
        await telegram.push(telegram.message_update("/start"))
        await telegram.push(telegram.message_update("/latest", language_code="en"))
        start, latest = await telegram.wait_for("sendMessage", count=2)
        stderr = await stop(process)

    assert "coopnews" in start.text
    assert "Latest news" in latest.text
    assert "Товарооборот Беларуси и Казахстана превысил $1 млрд" in latest.text
    assert "Казинформ" in latest.text
    ru_menu, en_menu, kk_menu, be_menu = telegram.sent("setMyCommands")
    assert "language_code" not in ru_menu.params
    assert [m.params["language_code"] for m in (en_menu, kk_menu, be_menu)] == ["en", "kk", "be"]
    assert {c["command"] for c in ru_menu.params["commands"]} >= {"latest", "help", "start", "lang"}
    assert kk_menu.params["commands"][0]["description"] == "Соңғы жаңалықтар"
    assert be_menu.params["commands"][0]["description"] == "Свежыя навіны"
    assert "coopnews is up as @coopnews_test_bot" in stderr
    assert BOT_TOKEN.split(":")[1] not in stderr  # even at DEBUG the token stays out of the logs


async def test_running_bot_alerts_a_subscriber_through_the_outbox(
    tmp_path: Path, telegram: FakeTelegram, feed_server: FeedServer
) -> None:
    fresh = cooperation_items(1)[0]
    feed_url = feed_server.feed(
        "belta.xml",
        rss([replace(fresh, pub_date=format_datetime(datetime.now(UTC)))], title="БелТА"),
    )
    database = tmp_path / "bot.db"
    await prepare_database(database, feed_url)
    async with open_database(database) as db:
        await SubscriptionRepository(db).subscribe(1001, language="ru", now=datetime.now(UTC))
    env = {
        "BOT_TOKEN": BOT_TOKEN,
        "TELEGRAM_API_URL": telegram.base_url,
        "DATABASE_PATH": str(database),
        "DEFAULT_SOURCES": "false",
        "ALLOW_PRIVATE_SOURCES": "true",
        "ARTICLE_MIN_CHARS": "0",
    }
    async with running_bot(env, tmp_path) as process:
        [alert] = await telegram.wait_for("sendMessage")
        await stop(process)
    assert alert.chat_id == 1001
    assert alert.text.startswith("🆕 <b>Новая история</b>") and "Новость 0" in alert.text
    async with open_database(database) as db:
        assert (await OutboxRepository(db).counts()).sent == 1


async def test_webhook_mode_checks_the_secret(tmp_path: Path, telegram: FakeTelegram) -> None:
    port = free_port()
    hook = f"http://127.0.0.1:{port}/tg/hook"
    env = {
        "BOT_TOKEN": BOT_TOKEN,
        "TELEGRAM_API_URL": telegram.base_url,
        "DATABASE_PATH": str(tmp_path / "bot.db"),
        "DEFAULT_SOURCES": "false",
        "ALLOW_PRIVATE_SOURCES": "true",
        "WEBHOOK_URL": hook,
        "WEBHOOK_HOST": "127.0.0.1",
        "WEBHOOK_PORT": str(port),
        "WEBHOOK_SECRET": "s3cret-token",
    }
    async with running_bot(env, tmp_path) as process:
        [registered] = await telegram.wait_for("setWebhook")
        assert registered.params["url"] == hook
        assert registered.params["secret_token"] == "s3cret-token"
        async with aiohttp.ClientSession() as client:
            update = telegram.message_update("/help")
            async with client.post(hook, json=update) as refused:
                assert refused.status == 401
            headers = {"X-Telegram-Bot-Api-Secret-Token": "s3cret-token"}
            async with client.post(hook, json=update, headers=headers) as accepted:
                assert accepted.status == 200
        [reply] = await telegram.wait_for("sendMessage")
        await stop(process)
    assert "/latest" in reply.text


async def _has(stories: AnalysisRepository, count: int) -> bool:
    return await stories.count_stories() >= count
