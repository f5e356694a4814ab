"""/turnover and /projects through the dispatcher, replies over HTTP to the fake Bot API."""

import io
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest
from aiogram import Bot, Dispatcher
from aiogram.types import Update
from PIL import Image

from bot.app import App
from services.facts import FactsService
from tests.fake_telegram import FakeTelegram
from tests.feeds import Item, rss

# Replies read from either engine are the same replies.
pytestmark = pytest.mark.backends

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def plain(text: str) -> str:
    """Replies keep numbers and units together with no-break spaces; tests read spaces."""
    return text.replace("\xa0", " ")


async def feed(dispatcher: Dispatcher, bot: Bot, update: dict, **deps: object) -> None:
    await dispatcher.feed_update(bot, Update.model_validate(update, context={"bot": bot}), **deps)


# The bot's clock for project listings: what counts as "not confirmed for two years" must not
# depend on the day the tests run.
NOW = datetime(2026, 6, 1, tzinfo=UTC)


@pytest.fixture
def at_now(app: App) -> dict[str, object]:
    """Dependencies for feed_update: the facts service with the clock at NOW."""
    return {"facts": FactsService(app.analysis, clock=lambda: NOW)}


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
    latest, rest = plain(text.text).split("Ранее:")
    assert "<b>2024: $1,3 млрд</b> (+10%)" in latest
    assert '<a href="https://inform.kz/t2024">Лента, 10.02.2025</a>' in latest
    history, targets = rest.split("Цели:")
    assert "<b>2023: $1,2 млрд</b>" in history
    assert "<b>$2 млрд</b> — заявлено 20.02.2025" in targets
    [photo] = telegram.sent("sendPhoto")
    assert photo.text == "Товарооборот Беларусь — Казахстан"


async def test_the_chart_is_a_png(app: App) -> None:
    from views.charts import turnover_chart
    from views.i18n import texts_for

    await add_turnover_history(app)
    chart = await turnover_chart(await app.facts.turnover(("BY", "KZ")), texts_for("ru"))
    assert chart is not None
    assert chart.startswith(PNG_MAGIC)
    assert len(chart) > 5_000
    picture = Image.open(io.BytesIO(chart)).convert("RGB")
    assert picture.size == (990, 572)  # 9 × 5.2 in at 110 dpi, as matplotlib drew it
    colours = {colour for _, colour in picture.getcolors(maxcolors=1 << 20) or []}
    assert (0x2F, 0x6F, 0x9F) in colours  # a full year's bar


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
        assert "<b>янв–ноя 2024: $166 млн</b>" in plain(reply.text)
        assert "<b>$500 млн</b> — Роман Головченко, 13.12.2024" in plain(reply.text)
    # The partial year and the target: two figures, so each answer has its chart.
    assert len(telegram.sent("sendPhoto")) == 4


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
    app: App, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram, at_now: dict
) -> None:
    await app.ingestor.ingest_bundled_sample()
    await feed(dispatcher, bot, telegram.message_update("/projects"), **at_now)
    [first] = telegram.sent()
    assert "Совместные проекты Беларусь — Казахстан" in first.text
    assert "<b>Реализованы</b> (1)" in first.text
    text = plain(first.text)
    assert "<b>8 проектов</b> — около $180 млн; 1 400 рабочих мест · по данным на 06.2023" in text
    buttons = {
        b["text"]: b["callback_data"]
        for row in first.params["reply_markup"]["inline_keyboard"]
        for b in row
    }
    # The 2013 and 2023 projects underway or planned were not reported again for two years.
    assert "Давно без новостей (6)" in buttons
    assert "Реализуются" not in buttons and "Планируются" not in buttons
    assert "Предложены (3)" in buttons

    shown = {"message_id": 9, "date": 0, "chat": {"id": 1001, "type": "private"}, "text": "x"}
    button = buttons["Предложены (3)"]
    await feed(dispatcher, bot, telegram.callback_update(button, message=shown), **at_now)
    [edit] = telegram.sent("editMessageText")
    assert "<b>Предложены</b> (3)" in edit.text
    assert "Реализованы</b>" not in edit.text
    assert "ПОЖСНАБ" in edit.text and "Амкодор" in edit.text
    assert "сельскохозяйственных погрузчиков" in edit.text
    # «готовы открывать у вас совместные производства» names no project: not shown alone,
    # and not cited for the Amkodor loaders either.
    assert "CentralAsia" not in edit.text

    await feed(
        dispatcher,
        bot,
        telegram.callback_update(buttons["Давно без новостей (6)"], message=shown),
        **at_now,
    )
    stale = plain(telegram.sent("editMessageText")[-1].text)
    assert "<b>Давно без новостей: больше двух лет без подтверждения</b> (6)" in stale
    assert "статус на 06.2013: реализуется" in stale
    assert "Индустриально-технологический парк" in stale and "где: Кокшетау" in stale


async def test_projects_with_country_and_status_words(
    app: App, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram, at_now: dict
) -> None:
    await app.ingestor.ingest_bundled_sample()
    await feed(
        dispatcher, bot, telegram.message_update("/projects Кыргызстан предложенные"), **at_now
    )
    await feed(dispatcher, bot, telegram.message_update("/projects армения"), **at_now)
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
