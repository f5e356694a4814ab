"""/turnover and /projects through the dispatcher, replies over HTTP to the fake Bot API."""

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

from aiogram import Bot, Dispatcher
from aiogram.types import Update

from bot.app import App
from tests.fake_telegram import FakeTelegram
from tests.feeds import Item, rss

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


async def feed(dispatcher: Dispatcher, bot: Bot, update: dict) -> None:
    await dispatcher.feed_update(bot, Update.model_validate(update, context={"bot": bot}))


def dated(title: str, url: str, text: str, day: int) -> Item:
    when = datetime(2025, 1, 1, tzinfo=UTC) + timedelta(days=day)
    return Item(title, url, description=text, pub_date=format_datetime(when))


async def add_turnover_history(app: App) -> None:
    await app.ingestor.ingest_document(
        rss(
            [
                dated(
                    "Итоги 2023 года",
                    "https://belta.by/t2023",
                    "Товарооборот Беларуси и Казахстана в 2023 году составил $1,2 млрд.",
                    0,
                ),
                dated(
                    "Итоги 2024 года",
                    "https://inform.kz/t2024",
                    "Товарооборот Казахстана и Беларуси в 2024 году вырос на 10% и составил "
                    "1,3 млрд долларов.",
                    40,
                ),
                dated(
                    "Цель — два миллиарда",
                    "https://kursiv.media/goal",
                    "Премьеры поставили цель нарастить товарооборот Беларуси и Казахстана "
                    "до $2 млрд.",
                    50,
                ),
            ],
            title="Лента",
        )
    )


async def test_turnover_shows_latest_history_targets_and_a_chart(
    app: App, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram
) -> None:
    await add_turnover_history(app)
    await feed(dispatcher, bot, telegram.message_update("/turnover"))
    [text] = telegram.sent()
    assert "Товарооборот Беларусь — Казахстан" in text.text
    latest, rest = text.text.split("Ранее:")
    assert "$1,3 млрд</b> — 2024 (+10%)" in latest
    assert '<a href="https://inform.kz/t2024">Лента, 10.02.2025</a>' in latest
    history, targets = rest.split("Цели:")
    assert "$1,2 млрд</b> — 2023" in history
    assert "$2 млрд" in targets
    [photo] = telegram.sent("sendPhoto")
    assert "млн долларов США" in photo.text


async def test_the_chart_is_a_png(app: App) -> None:
    from bot.charts import turnover_chart
    from bot.texts import RU

    await add_turnover_history(app)
    chart = await turnover_chart(await app.facts.turnover(("BY", "KZ")), RU)
    assert chart is not None
    assert chart.startswith(PNG_MAGIC)
    assert len(chart) > 5_000


async def test_turnover_country_in_any_form(
    app: App, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram
) -> None:
    await app.ingestor.ingest_bundled_sample()
    for query in ("/turnover Кыргызстан", "/turnover KG", "/turnover киргизии", "/turnover kg by"):
        await feed(dispatcher, bot, telegram.message_update(query))
    replies = telegram.sent()
    assert len(replies) == 4
    for reply in replies:
        assert "Беларусь — Кыргызстан" in reply.text
        assert "$166 млн</b> — янв–ноя 2024" in reply.text
        assert "$500 млн" in reply.text.split("Цели:")[1]
    assert telegram.sent("sendPhoto") == []  # one actual figure: nothing to chart


async def test_turnover_unknown_country_and_empty_pair(
    app: App, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram
) -> None:
    await app.ingestor.ingest_bundled_sample()
    await feed(dispatcher, bot, telegram.message_update("/turnover <Атлантида>"))
    await feed(dispatcher, bot, telegram.message_update("/turnover узбекистан", language_code="en"))
    unknown, empty = telegram.sent()
    assert "Не знаю страну «&lt;Атлантида&gt;»" in unknown.text
    assert "Беларусь — Казахстан, Беларусь — Кыргызстан" in unknown.text
    assert "no turnover figures for Belarus — Uzbekistan" in empty.text
    assert "Belarus — Kazakhstan" in empty.text


async def test_projects_grouped_by_status_with_filters(
    app: App, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram
) -> None:
    await app.ingestor.ingest_bundled_sample()
    await feed(dispatcher, bot, telegram.message_update("/projects"))
    [first] = telegram.sent()
    assert "Совместные проекты Беларусь — Казахстан" in first.text
    assert "<b>Реализованы</b> (1)" in first.text
    assert "проекты: 8</b> — $180 млн; 1400 рабочих мест" in first.text
    buttons = {
        b["text"]: b["callback_data"]
        for row in first.params["reply_markup"]["inline_keyboard"]
        for b in row
    }
    assert "Предложены (3)" in buttons

    shown = {"message_id": 9, "date": 0, "chat": {"id": 1001, "type": "private"}, "text": "x"}
    await feed(dispatcher, bot, telegram.callback_update(buttons["Предложены (3)"], message=shown))
    [edit] = telegram.sent("editMessageText")
    assert "<b>Предложены</b> (3)" in edit.text
    assert "Реализованы</b>" not in edit.text
    assert "ПОЖСНАБ" in edit.text and "Амкодор" in edit.text
    assert "сельскохозяйственных погрузчиков" in edit.text


async def test_projects_with_country_and_status_words(
    app: App, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram
) -> None:
    await app.ingestor.ingest_bundled_sample()
    await feed(dispatcher, bot, telegram.message_update("/projects Кыргызстан предложенные"))
    await feed(dispatcher, bot, telegram.message_update("/projects армения"))
    kyrgyz, armenia = telegram.sent()
    assert "электротехнической продукции" in kyrgyz.text
    assert "СТВ, 13.12.2024" in kyrgyz.text
    assert "Беларусь — Армения в новостях пока ничего нет" in armenia.text


async def test_a_forged_projects_button_changes_nothing(
    app: App, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram
) -> None:
    shown = {"message_id": 9, "date": 0, "chat": {"id": 1001, "type": "private"}, "text": "x"}
    await feed(dispatcher, bot, telegram.callback_update("prj1:BY-KZ:evil:0", message=shown))
    assert telegram.sent("editMessageText") == []
    [answer] = telegram.sent("answerCallbackQuery")
    assert "устарела" in answer.params["text"]
