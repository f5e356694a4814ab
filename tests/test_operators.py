"""Operators manage sources from Telegram and the CLI; nobody else changes anything."""

from __future__ import annotations

import asyncio
import os
import re
import sys
from pathlib import Path

import pytest
from aiogram import Bot, Dispatcher
from aiogram.types import Update
from aiohttp import web

from bot.app import App, open_app
from bot.settings import Settings
from bot.telegram import enqueue_operator_alerts
from delivery.sender import Sender
from news.discovery import OPMLEntry, build_opml
from tests.conftest import OPERATOR_ID
from tests.fake_telegram import FakeTelegram
from tests.feed_server import FeedServer
from tests.feeds import Item, rss

STRANGER = 1001
FEED = rss([Item("Товарооборот", "https://belta.by/1"), Item("Проекты", "https://belta.by/2")],
           title="БелТА — Экономика")  # fmt: skip


async def say(dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram, text: str,
              user: int = OPERATOR_ID) -> str:  # fmt: skip
    update = telegram.message_update(text, user_id=user)
    await dispatcher.feed_update(bot, Update.model_validate(update, context={"bot": bot}))
    return telegram.sent()[-1].text


async def press(dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram, data: str,
                user: int = OPERATOR_ID) -> None:  # fmt: skip
    shown = {"message_id": 5, "date": 0, "chat": {"id": user, "type": "private"}, "text": "x"}
    update = telegram.callback_update(data, message=shown, user_id=user)
    await dispatcher.feed_update(bot, Update.model_validate(update, context={"bot": bot}))


@pytest.mark.parametrize(
    "command",
    ["/sources", "/addsource {url}", "/removesource 1", "/pausesource 1", "/resumesource 1",
     "/interval 1 5", "/fetchnow", "/fetchnow 1", "/export", "/stats"],
)  # fmt: skip
async def test_strangers_are_refused_and_change_nothing(
    app: App, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram, feed_server: FeedServer,
    command: str,
) -> None:  # fmt: skip
    source = await app.sources.add("https://belta.by/rss", check_interval=900, now=_now())
    url = feed_server.feed("new.xml", FEED)
    reply = await say(dispatcher, bot, telegram, command.format(url=url), user=STRANGER)
    assert reply == "Эта команда только для операторов бота."
    assert [s.url for s in await app.sources.list_all()] == ["https://belta.by/rss"]
    after = await app.sources.get(source.id)
    assert after == source
    assert feed_server.requests == []
    assert telegram.sent("sendDocument") == []


async def test_strangers_cannot_press_source_buttons(
    app: App, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram
) -> None:
    source = await app.sources.add("https://belta.by/rss", check_interval=900, now=_now())
    for action in ("pause", "confirm", "check", "card"):
        await press(dispatcher, bot, telegram, f"src1:{action}:{source.id}:0", user=STRANGER)
    assert await app.sources.get(source.id) == source
    assert telegram.sent("editMessageText") == []
    answers = telegram.sent("answerCallbackQuery")
    assert len(answers) == 4
    assert all(a.params["show_alert"] for a in answers)


async def test_operator_adds_a_feed_then_a_duplicate_is_refused(
    app: App, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram, feed_server: FeedServer
) -> None:
    url = feed_server.feed("belta.xml", FEED)
    reply = await say(dispatcher, bot, telegram, f"/addsource {url}")
    # Issue 15: the plural agrees with the number, the refusal is in the operator's language.
    assert reply == "Добавлен источник #1 «БелТА — Экономика»: в ленте 2 записи."
    again = await say(dispatcher, bot, telegram, f"/addsource {url}?utm_source=tg")
    assert again == "Источник не добавлен: такой источник уже есть — #1."
    [entry, *_] = await app.operators._audit.recent()
    assert (entry.operator_id, entry.action) == (OPERATOR_ID, "add")


async def test_a_site_page_leads_to_its_feed(
    app: App, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram, feed_server: FeedServer
) -> None:
    feed_server.feed("feeds/main.rss", FEED)
    page = feed_server.route(
        "site",
        lambda request: _html(
            '<html><head><link rel="alternate" type="application/rss+xml" '
            'href="/feeds/main.rss" title="RSS"></head><body>Новости</body></html>'
        ),
    )
    reply = await say(dispatcher, bot, telegram, f"/addsource {page} Мой сайт")
    assert reply.startswith("Добавлен источник #1 «Мой сайт»")
    [source] = await app.sources.list_all()
    assert source.url == feed_server.url("feeds/main.rss")


@pytest.mark.parametrize(
    ("setup", "reason"),
    [
        (lambda s: s.feed("page", b"<html><body>no feed</body></html>", content_type="text/html"),
         "веб-страница без ссылки на ленту RSS или Atom"),
        (lambda s: s.status("gone", 404), "страница не найдена (HTTP 404)"),
        (lambda s: s.slow("slow", 3), "сайт не ответил за 2 с"),
        (lambda s: s.feed("huge", b"<rss>" + b"x" * 300_000), "ответ больше 256 КБ"),
        (lambda s: "ftp://example.org/feed", "это не адрес http(s)"),
    ],
)  # fmt: skip
async def test_refusals_say_why(
    app: App, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram, feed_server: FeedServer,
    setup, reason: str,
) -> None:  # fmt: skip
    reply = await say(dispatcher, bot, telegram, f"/addsource {setup(feed_server)}")
    assert reply.startswith("Источник не добавлен:")
    assert reason in reply
    # Issue 15: the reason is told in the operator's language, not the fetcher's English.
    assert not re.search(r"\b(?:not|the|within|exceeds|announces|answer)\b", reply)
    assert await app.sources.count() == 0


async def test_source_cards_pause_check_and_remove_with_confirmation(
    app: App, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram
) -> None:
    source = await app.sources.add("https://belta.by/rss", title="<БелТА>", check_interval=900,
                                   now=_now())  # fmt: skip
    listing = await say(dispatcher, bot, telegram, "/sources")
    # Issue 15: a source never polled is not shown as working.
    assert "🕓 #1 &lt;БелТА&gt; — статей: 0 · ещё не опрашивался" in listing
    await press(dispatcher, bot, telegram, f"src1:pause:{source.id}:0")
    card = telegram.sent("editMessageText")[-1]
    assert "Состояние: на паузе" in card.text
    assert not (await app.sources.get(source.id)).enabled
    await press(dispatcher, bot, telegram, f"src1:resume:{source.id}:0")
    await press(dispatcher, bot, telegram, f"src1:remove:{source.id}:0")
    assert "Удалить источник #1" in telegram.sent("editMessageText")[-1].text
    assert await app.sources.count() == 1  # asked, not done
    await press(dispatcher, bot, telegram, f"src1:confirm:{source.id}:0")
    assert await app.sources.count() == 0
    actions = [entry.action for entry in await app.operators._audit.recent()]
    assert actions == ["remove", "resume", "pause"]


async def test_commands_by_id(
    app: App, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram
) -> None:
    source = await app.sources.add("https://belta.by/rss", check_interval=900, now=_now())
    assert await say(dispatcher, bot, telegram, "/pausesource 1") == "Источник #1 на паузе."
    assert await say(dispatcher, bot, telegram, "/resumesource 1") == (
        "Источник #1 снова опрашивается."
    )
    assert await say(dispatcher, bot, telegram, "/interval 1 30") == (
        "Источник #1 будет проверяться каждые 30 минут."
    )
    assert (await app.sources.get(source.id)).check_interval == 1800
    assert "ID МИНУТЫ" in await say(dispatcher, bot, telegram, "/interval 1 0")
    assert "ID" in await say(dispatcher, bot, telegram, "/pausesource один")
    assert await say(dispatcher, bot, telegram, "/removesource 9") == (
        "Источника #9 нет. Номера источников — в /sources."
    )
    assert await say(dispatcher, bot, telegram, "/fetchnow") == (
        "Проверю при следующем опросе 1 источник."
    )
    stats = await say(dispatcher, bot, telegram, "/stats")
    assert "Источников: 1, на паузе: 0, с ошибками: 0" in stats


async def test_opml_export_then_import_into_an_empty_database(
    app: App, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram, settings: Settings,
    tmp_path: Path,
) -> None:  # fmt: skip
    for url, title in (("https://belta.by/rss", "БелТА"), ("https://inform.kz/rss", "Kazinform")):
        await app.sources.add(url, title=title, check_interval=900, now=_now())
    update = telegram.message_update("/export", user_id=OPERATOR_ID)
    await dispatcher.feed_update(bot, Update.model_validate(update, context={"bot": bot}))
    [document] = telegram.sent("sendDocument")
    exported = await app.operators.export_opml()
    other = settings.model_copy(update={"database_path": tmp_path / "other.db"})
    async with open_app(other) as empty:
        report = await empty.operators.import_opml(exported, OPERATOR_ID)
        assert report.added == ["https://belta.by/rss", "https://inform.kz/rss"]
        imported = [(s.url, s.title) for s in await empty.sources.list_all()]
    assert imported == [("https://belta.by/rss", "БелТА"), ("https://inform.kz/rss", "Kazinform")]
    assert document.params["document"] is not None


async def test_opml_upload_reports_added_duplicate_and_refused(
    app: App, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram
) -> None:
    await app.sources.add("https://belta.by/rss", check_interval=900, now=_now())
    opml = build_opml([
        OPMLEntry("https://belta.by/rss", "dup"),
        OPMLEntry("https://kursiv.media/feed/", "Kursiv"),
        OPMLEntry("javascript:alert(1)", "bad"),
    ])  # fmt: skip
    update = telegram.document_update("feeds.opml", opml, user_id=OPERATOR_ID)
    await dispatcher.feed_update(bot, Update.model_validate(update, context={"bot": bot}))
    reply = telegram.sent()[-1].text
    assert reply.startswith("Импорт OPML: добавлено 1, уже были 1, отклонено 1.")
    assert "javascript:alert(1): это не адрес http(s)" in reply
    assert await app.sources.count() == 2


async def test_outage_is_reported_once_and_its_end_once(
    app: App, bot: Bot, telegram: FakeTelegram
) -> None:
    source = await app.sources.add("https://belta.by/rss", title="БелТА", check_interval=900,
                                   now=_now())  # fmt: skip
    for _ in range(app.settings.failure_alert_threshold):
        await app.sources.record_failure(source.id, now=_now(), error="HTTP 503",
                                         next_check_at=_now(), pause=False)  # fmt: skip
    await enqueue_operator_alerts(app)
    await enqueue_operator_alerts(app)
    sender = Sender(bot, app.outbox, app.delivery_limits, clock=_now)
    await sender.drain()
    [alert] = telegram.sent()
    assert alert.chat_id == OPERATOR_ID
    assert (
        "Источник #1 БелТА не отвечает (5 раз подряд): ошибка на стороне сайта (HTTP 503)"
        in alert.text
    )
    await app.sources.record_success(source.id, now=_now(), next_check_at=_now())
    await enqueue_operator_alerts(app)
    await enqueue_operator_alerts(app)
    await sender.drain()
    assert [call.text for call in telegram.sent()][1:] == ["✅ Источник #1 БелТА снова работает."]


async def test_cli_manages_sources(tmp_path: Path, feed_server: FeedServer) -> None:
    url = feed_server.feed("cli.xml", FEED)
    env = {**os.environ, "DATABASE_PATH": str(tmp_path / "cli.db"),
           "ALLOW_PRIVATE_SOURCES": "true"}  # fmt: skip

    async def cli(*args: str) -> tuple[int, str, str]:
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "sources", *args, env=env, cwd=tmp_path,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        out, err = await process.communicate()
        return process.returncode or 0, out.decode(), err.decode()

    assert (await cli("add", url, "--title", "CLI feed"))[1].startswith(
        "added #1 CLI feed (2 items)"
    )
    assert (await cli("add", url))[0] == 1
    assert (await cli("pause", "1"))[1] == "source #1: pause done\n"
    listing = (await cli("list"))[1]
    assert url in listing and "[paused]" in listing
    code, exported, _ = await cli("export")
    assert code == 0 and 'text="CLI feed"' in exported
    opml = tmp_path / "in.opml"
    opml.write_bytes(build_opml([OPMLEntry("https://tengrinews.kz/news.rss", "Tengri")]))
    assert (await cli("import", str(opml)))[1] == "1 added, 0 duplicates, 0 refused\n"
    assert (await cli("remove", "1"))[0] == 0
    assert (await cli("remove", "1"))[2] == "coopnews: there is no source #1\n"


def _now():
    from datetime import UTC, datetime

    return datetime.now(UTC)


async def _html(text: str) -> web.Response:
    return web.Response(text=text, content_type="text/html")


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        ("/removesource 99999999999999999999999", "вне допустимого диапазона: от 1 до 999999999"),
        ("/pausesource 99999999999999999999999", "вне допустимого диапазона"),
        ("/fetchnow 99999999999999999999999", "вне допустимого диапазона"),
        ("/interval 99999999999999999999999 5", "вне допустимого диапазона"),
        ("/interval 1 99999999999999999999999", "от 1 до 10080"),
        ("/removesource " + "9" * 5000, "вне допустимого диапазона"),
    ],
)
async def test_huge_numbers_get_a_clear_reply(
    app: App, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram, command: str,
    expected: str,
) -> None:  # fmt: skip
    """Issue 12, defect 9: these raised OverflowError and a generic error."""
    reply = await say(dispatcher, bot, telegram, command)
    assert expected in reply
    assert "Что-то пошло не так" not in reply


@pytest.mark.parametrize(
    "data",
    ["src1:card:99999999999999999999999:0", "src1:list:0:99999999999999999999999",
     "latest3:99999999999999999999999:0:", "srch2:1:abcdefgh:99999999999999999999999",
     "prj1:BY-KZ::99999999999999999999999"],
)  # fmt: skip
async def test_huge_numbers_in_buttons_are_stale_buttons(
    app: App, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram, data: str
) -> None:
    await press(dispatcher, bot, telegram, data)
    [answer] = telegram.sent("answerCallbackQuery")
    assert answer.params.get("text") in {"Эта страница устарела: откройте список заново.", None}
    assert "Что-то пошло не так" not in str(answer.params.get("text"))


async def test_imports_over_the_limits_are_refused_before_download_and_audited(
    app: App, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram
) -> None:
    """Issue 12, defect 10: 10 000 sources were accepted whole, a document of unknown size
    was downloaded before any limit applied, refusals were not audited."""
    limit = app.settings.opml_max_sources
    many = build_opml(
        [OPMLEntry(f"https://feeds{n}.example.org/rss", "") for n in range(limit + 1)]
    )
    small = build_opml([OPMLEntry("https://kursiv.media/feed/", "Kursiv")])
    huge = small + b"<!--" + b"x" * app.settings.opml_max_bytes + b"-->"
    for update in (
        telegram.document_update("many.opml", many, user_id=OPERATOR_ID),
        telegram.document_update("unknown.opml", small, user_id=OPERATOR_ID, size_known=False),
        telegram.document_update("huge.opml", huge, user_id=OPERATOR_ID),
    ):
        await dispatcher.feed_update(bot, Update.model_validate(update, context={"bot": bot}))
    replies = [call.text for call in telegram.sent()]
    assert replies[0] == (
        f"Импорт OPML отклонён: лент в файле: {limit + 1}, а можно не больше {limit}."
    )
    assert replies[1].startswith("Telegram не сообщил размер файла")
    assert replies[2].startswith("Файл слишком большой для OPML")
    # Only the first file (201 feeds, small enough) was ever downloaded.
    assert [call.params["file_id"] for call in telegram.sent("getFile")] == ["file1"]
    assert await app.sources.count() == 0
    refused = [e for e in await app.operators._audit.recent() if e.action == "import_refused"]
    assert len(refused) == 3 and "size unknown" in refused[1].detail


async def test_cli_refuses_an_oversized_opml_file(tmp_path: Path) -> None:
    env = {**os.environ, "DATABASE_PATH": str(tmp_path / "cli.db"), "OPML_MAX_SOURCES": "1"}
    opml = tmp_path / "two.opml"
    opml.write_bytes(
        build_opml([OPMLEntry("https://a.kz/rss", ""), OPMLEntry("https://b.kz/rss", "")])
    )
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "sources", "import", str(opml), env=env, cwd=tmp_path,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    _, err = await process.communicate()
    assert process.returncode == 1
    assert "import refused: 2 feeds, over the 1 limit" in err.decode()


async def test_cli_range_checks_numbers(tmp_path: Path) -> None:
    """Issue 12, defect 9, from the command line."""
    env = {**os.environ, "DATABASE_PATH": str(tmp_path / "cli.db")}
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "sources", "remove", "99999999999999999999999", env=env,
        cwd=tmp_path, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    _, err = await process.communicate()
    assert process.returncode == 2
    assert err.decode() == "coopnews: id 99999999999999999999999 is out of range: 1 to 999999999\n"
