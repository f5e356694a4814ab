"""Handlers fed real Updates through the dispatcher; replies travel over HTTP to a fake Bot API."""

from aiogram import Bot, Dispatcher
from aiogram.types import Update

from bot.app import App
from tests.fake_telegram import FakeTelegram
from tests.feeds import cooperation_items, rss


async def feed(dispatcher: Dispatcher, bot: Bot, update: dict) -> None:
    await dispatcher.feed_update(bot, Update.model_validate(update, context={"bot": bot}))


async def store_articles(app: App, count: int, title: str = "Новость") -> None:
    """Through the real pipeline: parse, store, extract, group into stories."""
    await app.ingestor.ingest_document(rss(cooperation_items(count, title=title), title="БелТА"))


async def test_start_and_help_in_russian_and_english(
    dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram
) -> None:
    await feed(dispatcher, bot, telegram.message_update("/start"))
    await feed(dispatcher, bot, telegram.message_update("/help", language_code="en"))
    start, help_ = telegram.sent()
    assert "Беларуси и Казахстана" in start.text and start.chat_id == 1001
    assert start.params["parse_mode"] == "HTML"
    assert "/latest" in help_.text and "Commands" in help_.text


async def test_latest_without_news_says_so(
    dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram
) -> None:
    await feed(dispatcher, bot, telegram.message_update("/latest"))
    [reply] = telegram.sent()
    assert "Новостей о сотрудничестве пока нет" in reply.text
    assert "reply_markup" not in reply.params


async def test_latest_pages_back_and_forth(
    app: App, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram
) -> None:
    await store_articles(app, 12)
    await feed(dispatcher, bot, telegram.message_update("/latest"))
    [first] = telegram.sent()
    assert "Новость 0" in first.text and "Новость 4" in first.text and "Новость 5" not in first.text
    assert "стр. 1 из 3" in first.text
    assert '<a href="https://belta.by/news/0">БелТА</a> · 01.03.2025' in first.text
    [[older]] = first.params["reply_markup"]["inline_keyboard"]
    assert older["text"] == "Старше »"

    shown = {
        **telegram.sent()[0].params,
        "message_id": 555,
        "date": 0,
        "chat": {"id": 1001, "type": "private"},
    }
    await feed(dispatcher, bot, telegram.callback_update(older["callback_data"], message=shown))
    [edit] = telegram.sent("editMessageText")
    assert int(edit.params["message_id"]) == 555
    assert "Новость 5" in edit.text and "Новость 9" in edit.text and "стр. 2 из 3" in edit.text
    buttons = [b["text"] for row in edit.params["reply_markup"]["inline_keyboard"] for b in row]
    assert buttons == ["« Новее", "Старше »"]
    assert len(telegram.sent("answerCallbackQuery")) == 1


async def test_a_stale_page_button_shows_the_last_page(
    app: App, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram
) -> None:
    await store_articles(app, 3)
    shown = {"message_id": 7, "date": 0, "chat": {"id": 1001, "type": "private"}, "text": "x"}
    await feed(dispatcher, bot, telegram.callback_update("latest3:9:0:", message=shown))
    [edit] = telegram.sent("editMessageText")
    assert "Новость 0" in edit.text and "стр." not in edit.text


async def test_untrusted_titles_are_escaped(
    app: App, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram
) -> None:
    # Double-escaped in the feed, so the stored title holds a literal "<b>" as text.
    await store_articles(app, 1, title="&lt;b&gt;Bold&lt;/b&gt; & Co")
    await feed(dispatcher, bot, telegram.message_update("/latest"))
    [reply] = telegram.sent()
    assert "&lt;b&gt;Bold&lt;/b&gt; &amp; Co 0" in reply.text
    assert "<b>Bold" not in reply.text


async def test_unknown_command_gets_help_and_plain_text_is_a_search(
    dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram
) -> None:
    await feed(dispatcher, bot, telegram.message_update("/frobnicate <b>now</b>"))
    await feed(dispatcher, bot, telegram.message_update("привет", language_code="en"))
    unknown, plain = telegram.sent()
    assert unknown.text == "Не знаю команду /frobnicate. Список команд: /help"
    # Plain text is a search now (issue 15); finding nothing, it still points to the commands.
    assert "Nothing found in the news for “привет”" in plain.text
    assert "/latest" in plain.text and "commands" in plain.text


async def test_a_failing_handler_gets_a_polite_answer(
    app: App, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram, caplog
) -> None:
    await app.db.connection.execute("DROP TABLE stories")  # break the storage under /latest
    await feed(dispatcher, bot, telegram.message_update("/latest"))
    [reply] = telegram.sent()
    assert reply.text == "Что-то пошло не так, попробуйте ещё раз чуть позже."
    assert any("failed" in record.getMessage() for record in caplog.records)


async def test_a_button_from_an_older_version_is_answered(
    dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram
) -> None:
    shown = {"message_id": 7, "date": 0, "chat": {"id": 1001, "type": "private"}, "text": "x"}
    await feed(dispatcher, bot, telegram.callback_update("latest1:9", message=shown))
    [answer] = telegram.sent("answerCallbackQuery")
    assert answer.params["text"] == "Эта страница устарела: откройте список заново."
    assert telegram.sent("editMessageText") == []
