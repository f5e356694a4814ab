"""Channel digests: who may add a channel, the schedule (an injected clock), the digest."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest
from aiogram import Bot, Dispatcher

from bot.app import App
from delivery.sender import DeliveryLimits, Sender
from services.channels import ChannelService, next_digest_at, parse_time
from storage import ChannelRepository
from tests.fake_telegram import BOT_ID, FakeTelegram
from tests.feeds import cooperation_items, rss
from tests.test_handlers import feed

ADMIN = 1001


@pytest.fixture
def channel(telegram: FakeTelegram) -> dict:
    chat = telegram.add_chat(-100777, "channel", title="Новости ЕАЭС", username="eaeu_news")
    telegram.set_member(-100777, ADMIN, "creator")
    telegram.set_member(-100777, BOT_ID, "administrator", can_post_messages=True)
    return chat


class Clock:
    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment


def test_next_digest_is_the_next_time_the_local_clock_shows_it() -> None:
    almaty_morning = datetime(2025, 3, 1, 3, 0, tzinfo=UTC)  # 08:00 in Almaty (UTC+5)
    assert next_digest_at("09:00", "Asia/Almaty", almaty_morning) == datetime(
        2025, 3, 1, 4, 0, tzinfo=UTC
    )
    assert next_digest_at("09:00", "Asia/Almaty", almaty_morning + timedelta(hours=1)) == (
        datetime(2025, 3, 2, 4, 0, tzinfo=UTC)
    )
    # Berlin moves its clocks on 30 March 2025: 09:00 is then 07:00 UTC, not 08:00.
    assert next_digest_at("09:00", "Europe/Berlin", datetime(2025, 3, 29, 9, tzinfo=UTC)) == (
        datetime(2025, 3, 30, 7, 0, tzinfo=UTC)
    )
    assert [parse_time(t) for t in ("9:00", "18.30", "24:00", "утром")] == [
        "09:00",
        "18:30",
        None,
        None,
    ]


async def test_an_admin_adds_a_channel_and_manages_its_schedule(
    app: App, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram, channel: dict
) -> None:
    await feed(dispatcher, bot, telegram.message_update("/channel add @eaeu_news"))
    assert telegram.sent()[-1].text.startswith(
        "✅ @eaeu_news подключён: дайджест каждый день в 09:00"
    )
    await feed(
        dispatcher, bot, telegram.message_update("/channel time @EAEU_news 18:30 Europe/Minsk")
    )
    assert "каждый день в 18:30 (Europe/Minsk)" in telegram.sent()[-1].text
    await feed(dispatcher, bot, telegram.message_update("/channel time @eaeu_news 7:00 Mars/Base"))
    assert "Не знаю часовой пояс «Mars/Base»" in telegram.sent()[-1].text
    await feed(dispatcher, bot, telegram.message_update("/channel list"))
    assert "✅ @eaeu_news — в 18:30 (Europe/Minsk)" in telegram.sent()[-1].text
    await feed(dispatcher, bot, telegram.message_update("/channel empty @eaeu_news on"))
    assert "В пустой день в @eaeu_news выйдет строка «новостей нет»" in telegram.sent()[-1].text
    await feed(dispatcher, bot, telegram.message_update("/channel preview @eaeu_news"))
    assert "дайджесту @eaeu_news нечего показать" in telegram.sent()[-1].text
    today = format_datetime(datetime.now(UTC))  # the bot's own clock: older news is no news
    fresh = [replace(item, pub_date=today) for item in cooperation_items(2)]
    await app.ingestor.ingest_document(rss(fresh, title="БелТА"))
    await feed(dispatcher, bot, telegram.message_update("/channel preview @eaeu_news"))
    heading, preview = telegram.sent()[-2:]
    assert heading.chat_id == ADMIN and "дайджест @eaeu_news сейчас" in heading.text
    assert "Новость 1" in preview.text

    stranger = telegram.message_update("/channel remove @eaeu_news", user_id=1002)
    await feed(dispatcher, bot, stranger)
    assert "вы сейчас не администратор @eaeu_news" in telegram.sent()[-1].text
    await feed(dispatcher, bot, telegram.message_update("/channel remove @eaeu_news"))
    assert "@eaeu_news отключён" in telegram.sent()[-1].text
    assert await ChannelRepository(app.db).get(-100777) is None


@pytest.mark.parametrize(
    ("setup", "expected"),
    [
        ("member", "а вы в нём не администратор"),
        ("bot_member", "я не администратор"),
        ("bot_cannot_post", "нет права публиковать"),
        ("bot_left", "Меня нет в @eaeu_news"),
        ("unknown", "Не вижу @nowhere"),
    ],
)
async def test_verification_refuses_and_changes_nothing(
    app: App,
    dispatcher: Dispatcher,
    bot: Bot,
    telegram: FakeTelegram,
    channel: dict,
    setup: str,
    expected: str,
) -> None:
    user, target = ADMIN, "@eaeu_news"
    if setup == "member":
        user = 1002
        telegram.set_member(-100777, user, "member")
    elif setup == "bot_member":
        telegram.set_member(-100777, BOT_ID, "member")
    elif setup == "bot_cannot_post":
        telegram.set_member(-100777, BOT_ID, "administrator", can_post_messages=False)
    elif setup == "bot_left":
        telegram.set_member(-100777, BOT_ID, "left")
    else:
        target = "@nowhere"
    await feed(dispatcher, bot, telegram.message_update(f"/channel add {target}", user_id=user))
    assert expected in telegram.sent()[-1].text
    assert await ChannelRepository(app.db).get(-100777) is None


async def test_anonymous_admin_adds_a_forum_topic_and_a_forwarded_post_adds_a_channel(
    app: App, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram, channel: dict
) -> None:
    forum = telegram.add_chat(-100900, "supergroup", title="Кооперация <форум>")
    telegram.set_member(-100900, BOT_ID, "member")
    command = telegram.message_update(
        "/channel add",
        chat={**forum, "is_forum": True},
        sender_chat=forum,
        message_thread_id=42,
        is_topic_message=True,
    )
    await feed(dispatcher, bot, command)
    assert "Кооперация &lt;форум&gt; подключён" in telegram.sent()[-1].text
    topic = await ChannelRepository(app.db).get(-100900)
    assert topic is not None and topic.thread_id == 42 and topic.admin_id == -100900

    forwarded = telegram.message_update(
        "пост", forward_origin={"type": "channel", "chat": channel, "message_id": 5, "date": 0}
    )
    await feed(dispatcher, bot, forwarded)
    assert "@eaeu_news подключён" in telegram.sent()[-1].text


async def test_digest_goes_out_once_at_its_local_time(
    app: App, bot: Bot, telegram: FakeTelegram, channel: dict
) -> None:
    clock = Clock(datetime(2025, 3, 1, 6, 0, tzinfo=UTC))  # 11:00 in Almaty
    service = ChannelService(
        ChannelRepository(app.db),
        app.analysis,
        app.outbox,
        clock=clock,
        default_time="09:00",
        default_timezone="Asia/Almaty",
    )
    check = await service.add(bot, "@eaeu_news", requester_id=ADMIN, manager_chat_id=ADMIN,
                              language="ru")  # fmt: skip
    assert check.channel is not None
    assert check.channel.next_digest_at == datetime(2025, 3, 2, 4, 0, tzinfo=UTC)
    await app.ingestor.ingest_document(rss(cooperation_items(20), title="БелТА"))

    clock.moment = datetime(2025, 3, 2, 3, 59, tzinfo=UTC)
    assert await service.post_due() == 0
    [preview] = (await service.preview(check.channel)).parts
    assert "Новость 0<" in preview and "Новость 19<" not in preview  # newest first

    clock.moment = datetime(2025, 3, 2, 4, 0, tzinfo=UTC)
    assert await service.post_due() == 1
    assert await service.post_due() == 0  # the next one is due tomorrow
    await Sender(bot, app.outbox, DeliveryLimits(), clock=clock).drain()
    [digest] = telegram.sent()
    assert digest.chat_id == -100777
    assert digest.text.startswith(
        "<b>Дайджест coopnews · 02.03.2025</b>\nИсторий о сотрудничестве: 20"
    )
    assert digest.text.count("Новость 7<") == 1 and "…и ещё 5" in digest.text

    clock.moment = datetime(2025, 3, 3, 4, 0, tzinfo=UTC)
    assert await service.post_due() == 0  # an empty day posts nothing by default
    await service.set_post_empty(check.channel, True)
    clock.moment = datetime(2025, 3, 4, 4, 0, tzinfo=UTC)
    assert await service.post_due() == 1
    await Sender(bot, app.outbox, DeliveryLimits(), clock=clock).drain()
    assert telegram.sent()[-1].text == "За это время новостей о сотрудничестве не было."


async def test_a_long_digest_is_split_and_reaches_a_forum_topic(
    app: App, bot: Bot, telegram: FakeTelegram
) -> None:
    forum = telegram.add_chat(-100901, "supergroup", title="Форум")
    telegram.set_member(-100901, ADMIN, "administrator")
    telegram.set_member(-100901, BOT_ID, "administrator")
    clock = Clock(datetime(2025, 3, 1, 6, 0, tzinfo=UTC))
    service = ChannelService(
        ChannelRepository(app.db), app.analysis, app.outbox, clock=clock,
        default_time="09:00", default_timezone="Asia/Almaty",
    )  # fmt: skip
    await service.add(bot, forum["id"], requester_id=ADMIN, manager_chat_id=ADMIN,
                      language="ru", thread_id=42)  # fmt: skip
    long_titles = cooperation_items(15, title="Очень длинный заголовок " * 12)
    await app.ingestor.ingest_document(rss(long_titles, title="БелТА"))
    clock.moment = datetime(2025, 3, 2, 4, 0, tzinfo=UTC)
    assert await service.post_due() == 1
    await Sender(bot, app.outbox, DeliveryLimits(), clock=clock).drain()
    parts = telegram.sent()
    assert len(parts) > 1 and all(len(part.text) <= 4096 for part in parts)
    assert {part.params.get("message_thread_id") for part in parts} == {"42"}


async def test_a_demoted_admin_no_longer_controls_the_channel(
    app: App, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram, channel: dict
) -> None:
    """Issue 12, defect 5: only the stored admin id was checked."""
    await feed(dispatcher, bot, telegram.message_update("/channel add @eaeu_news"))
    assert "подключён" in telegram.sent()[-1].text
    telegram.set_member(-100777, ADMIN, "member")  # demoted in Telegram
    for command in ("/channel time @eaeu_news 18:30", "/channel empty @eaeu_news on",
                    "/channel remove @eaeu_news", "/channel preview @eaeu_news"):  # fmt: skip
        await feed(dispatcher, bot, telegram.message_update(command))
        assert "вы сейчас не администратор @eaeu_news" in telegram.sent()[-1].text
    stored = await ChannelRepository(app.db).get(-100777)
    assert stored is not None and stored.digest_time == "09:00" and not stored.post_empty
    asked = [c for c in telegram.sent("getChatMember") if int(c.params["user_id"]) == ADMIN]
    assert len(asked) == 1 + 4  # on adding, then on every action
    telegram.set_member(-100777, ADMIN, "administrator")  # promoted again
    await feed(dispatcher, bot, telegram.message_update("/channel time @eaeu_news 18:30"))
    assert "каждый день в 18:30" in telegram.sent()[-1].text


async def test_a_huge_chat_number_gets_a_clear_answer(
    app: App, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram
) -> None:
    """Issue 12, defect 9."""
    await feed(dispatcher, bot, telegram.message_update("/channel remove 99999999999999999999999"))
    reply = telegram.sent()[-1].text
    assert "не канал: укажите @имя или номер чата" in reply
