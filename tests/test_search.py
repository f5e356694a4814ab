"""/search, /latest filters and inline mode, through the dispatcher."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest
from aiogram import Bot, Dispatcher
from aiogram.types import Update

from bot.app import App
from tests.fake_telegram import FakeTelegram
from tests.feeds import Item, cooperation_items, rss

pytestmark = pytest.mark.backends

RETELLINGS = Path(__file__).parent / "fixtures" / "retellings"
SEEDS = Path(__file__).parent / "fixtures" / "seeds"


async def ask(dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram, text: str) -> str:
    update = telegram.message_update(text)
    await dispatcher.feed_update(bot, Update.model_validate(update, context={"bot": bot}))
    return telegram.sent()[-1].text


@pytest.fixture
async def sample(app: App) -> App:
    await app.ingestor.ingest_bundled_sample()
    return app


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("комбайн", "Лукашенко"),  # the text says "комбайны"
        ("комбайнами", "Лукашенко"),
        ("погрузчик", "Головченко: Беларусь и Казахстан"),  # "погрузчиков"
        ("полмиллиарда", "Кыргызстаном"),  # the text says "полумиллиарда"
        ("Кокшетау", "Серик Ахметов"),
        ("электротехническая продукция", "Кыргызстаном"),
    ],
)
async def test_any_word_form_finds_the_story(
    sample: App, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram, query: str, expected: str
) -> None:
    reply = await ask(dispatcher, bot, telegram, f"/search {query}")
    assert "ничего не нашлось" not in reply
    first = reply.split("\n\n")[1]
    assert expected in first
    assert "<b>" in reply.split("\n\n")[1].split("\n", 2)[2]  # the snippet highlights a word


async def test_a_country_word_filters(
    sample: App, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram
) -> None:
    belarus = await ask(dispatcher, bot, telegram, "/search Беларуси")
    assert "«Беларуси»: 5" in belarus
    kyrgyz = await ask(dispatcher, bot, telegram, "/search товарооборот Кыргызстан")
    assert "«товарооборот Кыргызстан»: 1" in kyrgyz
    assert "полумиллиарда" in kyrgyz


async def test_date_and_outlet_filters(
    sample: App, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram
) -> None:
    since = await ask(dispatcher, bot, telegram, "/search сотрудничество с 2024")
    assert ": 3" in since.split("\n")[0]
    assert "Ахметов" not in since and "Смаилов" not in since
    iso = await ask(dispatcher, bot, telegram, "/search сотрудничество since:2025-01")
    assert ": 1" in iso.split("\n")[0] and "Лукашенко" in iso
    outlet = await ask(dispatcher, bot, telegram, "/search сотрудничество outlet:ств")
    assert ": 1" in outlet.split("\n")[0] and "СТВ" in outlet


@pytest.mark.parametrize(
    "query",
    ['"', "*", "NEAR", "AND OR NOT", "комбайн*", '"комбайн', "((", ")", "-", ":", "🙂🚜",
     "a" * 5000, "NEAR(комбайн тракторы, 2)", "товарооборот AND"],
)  # fmt: skip
async def test_hostile_queries_never_fail(
    sample: App, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram, query: str
) -> None:
    reply = await ask(dispatcher, bot, telegram, f"/search {query}")
    assert reply.startswith("<b>Поиск</b>") or "ничего не нашлось" in reply
    assert "Что-то пошло не так" not in reply
    assert len(reply) < 4096


async def test_empty_search_explains_itself(
    dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram
) -> None:
    assert (await ask(dispatcher, bot, telegram, "/search")).startswith("Так: /search запрос")


async def test_one_hit_per_story_with_all_outlets(
    app: App, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram
) -> None:
    meeting = datetime(2024, 11, 14, 9, 0, tzinfo=UTC)
    items = []
    for path, url, day in (
        (SEEDS / "000_67d64e1b7d5e0c28.txt", "https://belta.by/1", 0),
        (RETELLINGS / "kazinform_000.txt", "https://inform.kz/2", 1),
    ):
        title, _, body = path.read_text("utf-8").partition("\n")
        items.append(Item(title, url, body.strip(), format_datetime(meeting + timedelta(days=day))))
    await app.ingestor.ingest_document(rss(items, title="Лента"))
    reply = await ask(dispatcher, bot, telegram, "/search погрузчики")
    assert "«погрузчики»: 1" in reply
    assert 'href="https://belta.by/1"' in reply and 'href="https://inform.kz/2"' in reply


async def test_search_pages_keep_the_query(
    app: App, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram
) -> None:
    await app.ingestor.ingest_document(rss(cooperation_items(12)))
    await ask(dispatcher, bot, telegram, "/search кооперация")
    first = telegram.sent()[-1]
    assert "«кооперация»: 12 · стр. 1 из 3" in first.text
    [[older]] = first.params["reply_markup"]["inline_keyboard"]
    shown = {"message_id": 5, "date": 0, "chat": {"id": 1001, "type": "private"}, "text": "x"}
    update = telegram.callback_update(older["callback_data"], message=shown)
    await dispatcher.feed_update(bot, Update.model_validate(update, context={"bot": bot}))
    assert "стр. 2 из 3" in telegram.sent("editMessageText")[-1].text


async def test_latest_takes_the_same_filters_and_pages_with_them(
    sample: App, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram
) -> None:
    kyrgyz = await ask(dispatcher, bot, telegram, "/latest KG")
    assert kyrgyz.count("\n\n") == 1 and "Кыргызстаном" in kyrgyz
    recent = await ask(dispatcher, bot, telegram, "/latest с 2024")
    assert "Лукашенко" in recent and "Ахметов" not in recent


async def test_inline_mode_offers_matching_stories(
    sample: App, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram
) -> None:
    update = telegram.inline_update("комбайны")
    await dispatcher.feed_update(bot, Update.model_validate(update, context={"bot": bot}))
    [answer] = telegram.sent("answerInlineQuery")
    [result] = answer.params["results"]
    assert result["type"] == "article"
    assert "Лукашенко" in result["title"]
    content = result["input_message_content"]
    assert content["parse_mode"] == "HTML"
    assert "<b>комбайны</b>" in content["message_text"]


async def test_a_forged_or_forwarded_search_button_shows_nobody_elses_query(
    app: App, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram
) -> None:
    """Issue 12, defect 7: srch1:<id>:0 showed whoever's query had that id."""
    await app.ingestor.ingest_document(rss(cooperation_items(12)))
    await ask(dispatcher, bot, telegram, "/search кооперация KZ")
    [[older]] = telegram.sent()[-1].params["reply_markup"]["inline_keyboard"]
    data = older["callback_data"]
    prefix, query_id, token, _page = data.split(":")
    shown = {"message_id": 5, "date": 0, "chat": {"id": 1002, "type": "private"}, "text": "x"}
    forged = [
        f"srch1:{query_id}:0",  # the old, guessable form
        f"{prefix}:{query_id}:{'A' * len(token)}:0",  # the right id, a guessed token
        data,  # the real button, pressed by someone else (forwarded)
    ]
    for attempt in forged:
        update = telegram.callback_update(attempt, message=shown, user_id=1002)
        await dispatcher.feed_update(bot, Update.model_validate(update, context={"bot": bot}))
    assert telegram.sent("editMessageText") == []
    answers = [call.params.get("text") for call in telegram.sent("answerCallbackQuery")]
    assert answers == ["Эта страница устарела: откройте список заново."] * 3
    # Its author still pages through it.
    update = telegram.callback_update(data, message={**shown, "chat": {"id": 1001,
                                      "type": "private"}})  # fmt: skip
    await dispatcher.feed_update(bot, Update.model_validate(update, context={"bot": bot}))
    assert "«кооперация KZ»" in telegram.sent("editMessageText")[-1].text


async def test_saved_searches_expire(
    app: App, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram
) -> None:
    """Issue 12, defect 10: saved queries grew without cleanup."""
    from services.search import SearchService
    from storage import SearchRepository

    await app.ingestor.ingest_document(rss(cooperation_items(12)))
    moment = [datetime(2025, 3, 1, tzinfo=UTC)]
    service = SearchService(
        SearchRepository(app.db), app.analysis, clock=lambda: moment[0],
        keep_queries=timedelta(days=30),
    )  # fmt: skip
    page = await service.search("кооперация", 0, 1001)
    assert await service.recall(page.saved, 1001) == "кооперация"
    moment[0] += timedelta(days=31)
    assert await service.recall(page.saved, 1001) is None
    assert await service.expire() == 1
    assert await service.expire() == 0


async def test_a_sites_footer_is_not_searchable(
    app: App, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram
) -> None:
    """Issue 12: /search ошибку found every article of a site by its footer."""
    footer = (
        "<p>Заметили ошибку? Выделите её и нажмите Ctrl+Enter</p>"
        "<p>Читайте также:</p><p>Казахстан нарастил экспорт зерна</p>"
        "<div class='social-share'>Поделиться</div>"
    )
    items = [
        Item(item.title, item.link, item.description, item.pub_date,
             content=f"<p>{item.description}</p>{footer}")
        for item in cooperation_items(3)
    ]  # fmt: skip
    await app.ingestor.ingest_document(rss(items))
    assert "ничего не нашлось" in await ask(dispatcher, bot, telegram, "/search ошибку")
    assert "ничего не нашлось" in await ask(dispatcher, bot, telegram, "/search зерна")
    assert "«кооперация»: 3" in await ask(dispatcher, bot, telegram, "/search кооперация")


async def test_a_query_the_engine_refuses_reads_as_nothing_found_on_either_engine(
    sample: App,
    dispatcher: Dispatcher,
    bot: Bot,
    telegram: FakeTelegram,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A match expression the engine refuses (a bug, never a user's input: news.query
    quotes every term) is one storage-level error on both engines: logged, and the user
    reads what a search that finds nothing says."""
    import services.search
    from news.query import ParsedQuery

    original = services.search.parse_query
    nothing = await ask(dispatcher, bot, telegram, "/search зюзюблик")
    assert "ничего не нашлось" in nothing

    class Refused(ParsedQuery):
        @property
        def fts_match(self) -> str:
            # SQLite: a dangling AND is an FTS5 syntax error; PostgreSQL: text cannot hold
            # a NUL character.
            return '"зюзю\x00блик" AND'

    def refused(query: str) -> ParsedQuery:
        parsed = original(query)
        return Refused(parsed.terms, parsed.countries, parsed.since, parsed.outlet)

    monkeypatch.setattr(services.search, "parse_query", refused)
    assert await ask(dispatcher, bot, telegram, "/search зюзюблик") == nothing
    assert "Search failed" in caplog.text
