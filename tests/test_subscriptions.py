"""Subscribers: the menu through the dispatcher, and alerts for new stories only."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime

from aiogram import Bot, Dispatcher

from bot.app import App
from delivery.sender import DeliveryLimits, Sender
from services.subscriptions import Alerter
from storage import SubscriptionRepository
from tests.fake_telegram import FakeTelegram
from tests.feeds import Item, cooperation_items, rss
from tests.test_handlers import feed

NOW = datetime(2025, 3, 1, 13, 0, tzinfo=UTC)  # just after the fixture stories
TURNOVER_ITEM = Item(
    "Товарооборот Беларуси и Казахстана превысил $1 млрд",
    "https://kazinform.kz/turnover",
    description=(
        "Товарооборот между Беларусью и Казахстаном по итогам 2024 года превысил $1 млрд, "
        "сообщил посол Беларуси в Казахстане. Стороны намерены нарастить поставки техники."
    ),
    pub_date="Sat, 01 Mar 2025 12:30:00 +0000",
)


def alerter(app: App) -> Alerter:
    return Alerter(app.analysis, SubscriptionRepository(app.db), app.outbox, clock=lambda: NOW)


async def deliver(app: App, bot: Bot) -> None:
    await Sender(bot, app.outbox, DeliveryLimits(), clock=lambda: NOW).drain()


def buttons(call_params: dict) -> dict[str, str]:
    rows = call_params["reply_markup"]["inline_keyboard"]
    return {button["text"]: button["callback_data"] for row in rows for button in row}


async def press(dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram, label: str) -> dict:
    """Press a button of the bot's last menu; returns the edited message's parameters."""
    last = [c for c in telegram.calls if c.method in {"sendMessage", "editMessageText"}][-1]
    shown = {**last.params, "message_id": 900, "date": 0, "chat": {"id": 1001, "type": "private"}}
    await feed(
        dispatcher, bot, telegram.callback_update(buttons(last.params)[label], message=shown)
    )
    return telegram.sent("editMessageText")[-1].params


async def test_subscribe_menu_chooses_topics_and_countries_and_persists(
    app: App, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram
) -> None:
    await feed(dispatcher, bot, telegram.message_update("/subscribe"))
    [reply] = telegram.sent()
    assert "Подписка включена" in reply.text and "Страны: все" in reply.text
    assert "✓ Все истории" in buttons(reply.params)

    edited = await press(dispatcher, bot, telegram, "🇰🇿 Казахстан")
    assert "Страны: Казахстан" in edited["text"] and "✓ 🇰🇿 Казахстан" in buttons(edited)
    edited = await press(dispatcher, bot, telegram, "Товарооборот")
    assert "только новости с цифрами товарооборота" in edited["text"]

    subscription = await app.subscriptions.get(1001)
    assert subscription is not None
    assert (subscription.topics, subscription.countries) == ("turnover", ("KZ",))

    await feed(dispatcher, bot, telegram.message_update("/settings"))
    assert "Страны: Казахстан" in telegram.sent()[-1].text
    await feed(dispatcher, bot, telegram.message_update("/unsubscribe"))
    assert "Подписка отключена" in telegram.sent()[-1].text
    await feed(dispatcher, bot, telegram.message_update("/settings"))
    assert telegram.sent()[-1].text.startswith("Вы не подписаны")
    await feed(dispatcher, bot, telegram.message_update("/subscribe"))
    again = await app.subscriptions.get(1001)
    assert again is not None and again.active and again.countries == ("KZ",)


async def test_subscribe_in_a_group_points_to_channel_digests(
    dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram
) -> None:
    group = {"id": -300, "type": "supergroup", "title": "Группа"}
    await feed(dispatcher, bot, telegram.message_update("/subscribe", chat=group))
    assert "/channel" in telegram.sent()[-1].text


async def test_new_stories_reach_subscribers_once_batched_and_without_a_backlog(
    app: App, bot: Bot, telegram: FakeTelegram
) -> None:
    items = cooperation_items(6)
    await app.ingestor.ingest_document(rss(items[3:], title="БелТА"))  # the backlog
    await app.subscriptions.subscribe(1001, "ru")
    await app.subscriptions.subscribe(1002, "en")
    turnover_only = await app.subscriptions.subscribe(1003, "ru")
    await app.subscriptions.choose_topics(turnover_only.chat_id, "turnover")
    kyrgyz = await app.subscriptions.subscribe(1004, "ru")
    await app.subscriptions.toggle_country(kyrgyz.chat_id, "KG")

    assert await alerter(app).enqueue_new() == 0  # nobody gets the stories of before

    await app.ingestor.ingest_document(rss(items[:3], title="БелТА"))
    # Another outlet retells story "Новость 0": the same story, not a new alert.
    retelling = replace(items[0], link="https://kazinform.kz/retold-0")
    await app.ingestor.ingest_document(rss([retelling], title="Казинформ"))
    assert await alerter(app).enqueue_new() == 2
    assert await alerter(app).enqueue_new() == 0  # a second run writes nothing again
    await deliver(app, bot)

    assert telegram.delivered() == {1001: 1, 1002: 1}
    batch = next(call.text for call in telegram.sent() if call.chat_id == 1001)
    assert batch.startswith("🆕 <b>Новых историй: 3</b>")
    assert batch.count("Новость 0") == 1 and "Казинформ" in batch
    english = next(call.text for call in telegram.sent() if call.chat_id == 1002)
    assert english.startswith("🆕 <b>3 new stories</b>")

    await app.ingestor.ingest_document(rss([TURNOVER_ITEM], title="Казинформ"))
    assert await alerter(app).enqueue_new() == 3
    await deliver(app, bot)
    assert telegram.delivered() == {1001: 2, 1002: 2, 1003: 1}
    alert = next(call.text for call in telegram.sent() if call.chat_id == 1003)
    assert alert.startswith("🆕 <b>Новая история</b>")
    alert = alert.replace("\xa0", " ")
    assert "💰 Товарооборот: <b>2024: более $1 млрд</b>\n" in alert
    assert '    <a href="https://kazinform.kz/turnover">Казинформ, 01.03.2025</a>' in alert


async def test_a_resubscriber_gets_no_backlog_of_the_time_away(
    app: App, bot: Bot, telegram: FakeTelegram
) -> None:
    items = cooperation_items(4)
    await app.subscriptions.subscribe(1001, "ru")
    await app.ingestor.ingest_document(rss(items[2:], title="БелТА"))
    await app.subscriptions.unsubscribe(1001)
    await alerter(app).enqueue_new()
    await app.ingestor.ingest_document(rss(items[1:2], title="БелТА"))  # while away
    await app.subscriptions.subscribe(1001, "ru")
    await app.ingestor.ingest_document(rss(items[:1], title="БелТА"))
    await alerter(app).enqueue_new()
    await deliver(app, bot)
    [alert] = telegram.sent()
    assert "Новость 0" in alert.text and "Новость 1" not in alert.text


async def test_an_alert_with_a_5000_character_link_reaches_the_subscriber_whole(
    app: App, bot: Bot, telegram: FakeTelegram
) -> None:
    """Issue 12, defect 4: the splitter cut a long <a href> in two; Telegram refused both
    halves ("can't parse entities") and the 13-story alert was lost."""
    await SubscriptionRepository(app.db).subscribe(1001, language="ru", now=NOW)
    items = cooperation_items(13, title="Очень длинный заголовок истории " * 8)
    items[3] = replace(items[3], link="https://belta.by/news/" + "x" * 5000)
    await app.ingestor.ingest_document(rss(items, title="БелТА"))
    assert await alerter(app).enqueue_new() > 1
    await deliver(app, bot)
    parts = telegram.sent()
    assert telegram.refused_html == 0
    assert (await app.outbox.counts()).failed == 0
    assert len(parts) > 1 and all(part.chat_id == 1001 for part in parts)
    shown = "\n".join(part.text for part in parts)
    numbers = re.findall(r"(?m)^(\d+)\. <b>", shown)
    assert sorted(map(int, numbers)) == list(range(1, 14))
