"""Issue 15 through the dispatcher: the user's language, commands that forgive and explain,
onboarding, and what operators are told. Each test feeds real Updates to the dispatcher and
reads the replies the fake Bot API received."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import pytest
from aiogram import Bot, Dispatcher

from bot.app import App, open_app
from bot.settings import Settings
from services.people import PeopleService
from storage import ChannelRepository, PeopleRepository
from tests.conftest import OPERATOR_ID
from tests.fake_telegram import BOT_ID, FakeTelegram
from tests.feed_server import FeedServer
from tests.feeds import Item, cooperation_items, rss
from tests.test_handlers import feed
from views.i18n import texts_for

ADMIN = 1001


async def say(
    dispatcher: Dispatcher,
    bot: Bot,
    telegram: FakeTelegram,
    text: str,
    *,
    user_id: int = ADMIN,
    language: str = "ru",
) -> str:
    """Send a message as a user; the text of the bot's last reply."""
    await feed(dispatcher, bot, telegram.message_update(text, user_id=user_id,
                                                        language_code=language))  # fmt: skip
    return telegram.sent()[-1].text


def buttons(params: dict) -> dict[str, str]:
    rows = params.get("reply_markup", {}).get("inline_keyboard", [])
    return {button["text"]: button["callback_data"] for row in rows for button in row}


async def press(
    dispatcher: Dispatcher,
    bot: Bot,
    telegram: FakeTelegram,
    label: str,
    *,
    language: str = "ru",
    user_id: int = ADMIN,
) -> None:
    """Press a button of the bot's last message that has buttons."""
    last = [c for c in telegram.calls if c.method in {"sendMessage", "editMessageText"}
            and "reply_markup" in c.params][-1]  # fmt: skip
    shown = {**last.params, "message_id": 900, "date": 0, "chat": {"id": ADMIN, "type": "private"}}
    data = buttons(last.params)[label]
    update = telegram.callback_update(data, message=shown, user_id=user_id, language_code=language)
    await feed(dispatcher, bot, update)


async def sample(app: App) -> None:
    await app.ingestor.ingest_bundled_sample()


# --- the user's language -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("ru", "Свежие новости"),
        ("en", "Latest news"),
        ("kk", "Соңғы жаңалықтар"),
        ("be", "Свежыя навіны"),
        ("uk", "Свежие новости"),  # the region's other languages read Russian
        ("de", "Latest news"),
    ],
)
async def test_the_language_comes_from_telegram(
    app: App, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram, code: str, expected: str
) -> None:
    await sample(app)
    assert (await say(dispatcher, bot, telegram, "/latest", language=code)).startswith(
        f"<b>{expected}</b>"
    )


@pytest.mark.parametrize(
    ("code", "title", "period", "target", "button"),
    [
        ("kk", "<b>Тауар айналымы: Беларусь — Қырғызстан</b>", "қаң–қар 2024", "Мақсаттар:",
         "💰 Тауар айналымы"),
        ("be", "<b>Тавараабарот Беларусь — Кыргызстан</b>", "студз–ліст 2024", "Мэты:",
         "💰 Тавараабарот"),
        ("ru", "<b>Товарооборот Беларусь — Кыргызстан</b>", "янв–ноя 2024", "Цели:",
         "💰 Товарооборот"),
        ("en", "<b>Trade turnover Belarus — Kyrgyzstan</b>", "Jan–Nov 2024", "Targets:",
         "💰 Turnover"),
    ],
    ids=["kk", "be", "ru", "en"],
)  # fmt: skip
async def test_turnover_is_named_as_each_countrys_official_press_names_it(
    app: App,
    dispatcher: Dispatcher,
    bot: Bot,
    telegram: FakeTelegram,
    code: str,
    title: str,
    period: str,
    target: str,
    button: str,
) -> None:
    """The terms of each country's official press: тауар айналымы in Kazakh, тавараабарот in
    Belarusian; money and months formatted by the locale's rules."""
    await sample(app)
    reply = await say(dispatcher, bot, telegram, "/turnover KG", language=code)
    assert reply.startswith(title + "\n")
    assert target in reply
    # Money and months by the locale's rules (a no-break space before "млн").
    money = "$166m" if code == "en" else "$166\xa0млн"
    assert f"<b>{period}: {money}</b>" in reply
    await say(dispatcher, bot, telegram, "/start", language=code)
    assert button in buttons(telegram.sent()[-1].params)


@pytest.mark.backends  # people, personal digests, quiet hours: SQL of both engines
async def test_lang_overrides_telegram_and_is_stored(
    app: App, settings: Settings, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram
) -> None:
    choose = await say(dispatcher, bot, telegram, "/lang")
    assert choose == "Выберите язык. Сейчас: Русский."
    assert list(buttons(telegram.sent()[-1].params)) == [
        "✓ Русский",
        "English",
        "Қазақша",
        "Беларуская",
    ]
    await press(dispatcher, bot, telegram, "Қазақша")
    assert telegram.sent()[-1].text == (
        "Дайын: енді қазақша сөйлеймін. Командалар мәзірі де қазақша."
    )
    # The chat's menu follows the choice.
    [menu] = telegram.sent("setMyCommands")
    assert menu.params["scope"] == {"type": "chat", "chat_id": ADMIN}
    assert menu.params["commands"][0]["description"] == "Соңғы жаңалықтар"
    # Telegram still says Russian; the choice wins, and outlives the process.
    assert "Командалар" in await say(dispatcher, bot, telegram, "/help")
    assert await PeopleRepository(app.db).languages() == {ADMIN: "kk"}
    restarted = PeopleService(PeopleRepository(app.db), clock=lambda: datetime.now(UTC))
    await restarted.load()
    assert restarted.language_of(ADMIN, "ru") == "kk"
    # By name, in any language; an unknown one is refused with the choice.
    assert "English" in await say(dispatcher, bot, telegram, "/lang english")
    assert await say(dispatcher, bot, telegram, "/lang беларуская") == (
        "Гатова: цяпер я размаўляю па-беларуску. Меню каманд — таксама."
    )
    refusal = await say(dispatcher, bot, telegram, "/lang klingon")
    assert refusal.startswith("Не ведаю мову «klingon». Можна: ru — Русский, en — English")


async def test_a_subscribers_alerts_follow_their_language(
    app: App, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram
) -> None:
    await say(dispatcher, bot, telegram, "/subscribe")
    await say(dispatcher, bot, telegram, "/lang kk")
    subscription = await app.subscriptions.get(ADMIN)
    assert subscription is not None and subscription.language == "kk"


async def test_errors_are_told_in_the_users_language(
    app: App, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram
) -> None:
    await app.db.connection.execute("DROP TABLE stories")
    reply = await say(dispatcher, bot, telegram, "/latest", language="kk")
    assert reply == "Бірдеңе дұрыс болмады, сәлден соң қайталап көріңіз."


# Commands whose replies hold the bot's words only (news quoted in «» or linked is left out).
SWEEP = ("/start", "/help", "/latest Brazil", "/turnover", "/turnover KG", "/projects",
         "/projects someday", "/subscribe", "/settings", "/settings help", "/settings time later",
         "/settings quiet 22-08", "/channel", "/channel list", "/channel add @nowhere_at_all",
         "/lang", "/sources", "/stats", "/failed", "/fetchnow 99", "/retry 5", "/nonsense",
         "/unsubscribe", "/settings")  # fmt: skip
# Letters a language lacks: Russian ones in Belarusian, Belarusian ones in Kazakh, Kazakh and
# Belarusian ones in Russian; any Cyrillic in English.
FOREIGN = {
    "en": re.compile(r"[\u0400-\u04ff]"),
    "be": re.compile(r"[ищъ]", re.IGNORECASE),
    "kk": re.compile(r"[ў]", re.IGNORECASE),
    "ru": re.compile(r"[әғқңөұүһіў]", re.IGNORECASE),
}


def _the_bots_words(text: str) -> str:
    """A reply without what the news said: links (outlets, articles) and quoted words."""
    return re.sub(r"<a [^>]*>.*?</a>|«[^»]*»|“[^”]*”", "", text)


@pytest.mark.parametrize("language", ["en", "kk", "be", "ru"])
async def test_replies_keep_to_their_languages_script(
    app: App, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram, language: str
) -> None:
    """No Cyrillic in English replies (and no other language's letters in a Cyrillic one)
    except the names and words of the news, on every screen a person or an operator meets."""
    await sample(app)
    for text in SWEEP:
        before = len(telegram.sent())
        await say(dispatcher, bot, telegram, text, user_id=OPERATOR_ID, language=language)
        replies = telegram.sent()[before:]
        assert replies, text
        for reply in replies:
            words = _the_bots_words(reply.text)
            assert not FOREIGN[language].search(words), (text, FOREIGN[language].findall(words))


# --- /latest: every filter applied and shown, or refused with the reason -------------------


async def test_latest_refuses_what_is_no_filter_and_says_what_to_type(
    app: App, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram
) -> None:
    await sample(app)
    brazil = await say(dispatcher, bot, telegram, "/latest Бразилия")
    assert brazil.startswith("«Бразилия» — не страна и не фильтр. Страны: Беларусь, Казахстан")
    assert "/search Бразилия" in brazil and "outlet:БелТА" in brazil
    year = await say(dispatcher, bot, telegram, "/latest 2024")
    assert year == "«2024» — это год? Новости начиная с него: /latest с 2024"
    bad_date = await say(dispatcher, bot, telegram, "/latest с 1850")
    assert bad_date.startswith("Не понимаю дату «с 1850»")
    english = await say(dispatcher, bot, telegram, "/latest Brazil", language="en")
    assert english.startswith("“Brazil” is neither a country nor a filter.")


async def test_latest_shows_its_filters_in_the_header(
    app: App, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram
) -> None:
    await sample(app)
    kazakhstan = await say(dispatcher, bot, telegram, "/latest KZ с 2024")
    assert kazakhstan.startswith("<b>Свежие новости</b> · Казахстан · с 2024\n")
    assert "Серик Ахметов" not in kazakhstan  # 2013 is before 2024
    month = await say(dispatcher, bot, telegram, "/latest Кыргызстан since:2024-12")
    assert month.startswith("<b>Свежие новости</b> · Кыргызстан · с 12.2024\n")
    kk = await say(dispatcher, bot, telegram, "/latest Қазақстан 2024 жылдан", language="kk")
    assert kk.startswith("<b>Соңғы жаңалықтар</b> · Қазақстан · кезең басы: 2024\n")
    be = await say(dispatcher, bot, telegram, "/latest Кыргызстан з 2024", language="be")
    assert be.startswith("<b>Свежыя навіны</b> · Кыргызстан · з 2024\n")
    none = await say(dispatcher, bot, telegram, "/latest Узбекістан з 2020", language="be")
    assert none == "Па фільтрах «Узбекістан · з 2020» гісторый няма. Усе свежыя навіны: /latest"
    nothing = await say(dispatcher, bot, telegram, "/latest Армения")
    assert nothing == "По фильтрам «Армения» историй нет. Все свежие новости: /latest"


async def test_an_outlet_is_found_in_any_alphabet_or_listed(
    app: App, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram
) -> None:
    await sample(app)
    belta = await say(dispatcher, bot, telegram, "/latest outlet:Belta")
    assert belta.startswith("<b>Свежие новости</b> · издание БелТА\n")
    assert "Головченко: Беларусь и Казахстан успешно" in belta
    unknown = await say(dispatcher, bot, telegram, "/latest outlet:Reuters")
    assert unknown.startswith("Не знаю издание «Reuters». Есть: ")
    assert "БелТА" in unknown and "СТВ" in unknown
    # The pages of a filtered list keep the filter.
    await app.ingestor.ingest_document(rss(cooperation_items(7), title="БелТА"))
    first = await say(dispatcher, bot, telegram, "/latest outlet:belta")
    assert "стр. 1 из 2" in first
    await press(dispatcher, bot, telegram, "Старше »")
    edited = telegram.sent("editMessageText")[-1].text
    assert edited.startswith("<b>Свежие новости</b> · издание БелТА · стр. 2 из 2")


async def test_commands_are_case_insensitive_and_may_name_the_bot(
    app: App, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram
) -> None:
    await sample(app)
    assert (await say(dispatcher, bot, telegram, "/LATEST")).startswith("<b>Свежие новости</b>")
    assert "coopnews" in await say(dispatcher, bot, telegram, "/Start@coopnews_test_bot")
    assert "Товарооборот" in await say(dispatcher, bot, telegram, "/TurnOver")


async def test_plain_text_is_a_search(
    app: App, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram
) -> None:
    await sample(app)
    found = await say(dispatcher, bot, telegram, "комбайн")
    assert found.startswith("<b>Поиск</b> «комбайн»: 1")
    assert "<b>комбайны</b>" in found
    group = {"id": -300, "type": "supergroup", "title": "Группа"}
    before = len(telegram.sent())
    await feed(dispatcher, bot, telegram.message_update("комбайн", chat=group))
    assert len(telegram.sent()) == before  # in a group, talk is not a query


# --- /projects: status words where statuses are -----------------------------------------------


@pytest.mark.parametrize(
    ("words", "language", "heading"),
    [
        ("завершено", "ru", "<b>Реализованы</b> (1)"),
        ("реализованные", "ru", "<b>Реализованы</b> (1)"),
        ("done", "en", "<b>Done</b> (1)"),
        ("аяқталған", "kk", "<b>Іске асырылған</b> (1)"),
        ("іске асырылған", "kk", "<b>Іске асырылған</b> (1)"),
        ("рэалізаваныя", "be", "<b>Рэалізаваныя</b> (1)"),
    ],
)
async def test_projects_take_status_words_in_any_form(
    app: App,
    dispatcher: Dispatcher,
    bot: Bot,
    telegram: FakeTelegram,
    words: str,
    language: str,
    heading: str,
) -> None:
    await sample(app)
    reply = await say(dispatcher, bot, telegram, f"/projects {words}", language=language)
    assert heading in reply
    assert "<b>" + reply.split("<b>")[2].split("</b>")[0] in heading  # only that section


async def test_projects_refuse_a_word_that_is_neither_country_nor_status(
    app: App, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram
) -> None:
    await sample(app)
    reply = await say(dispatcher, bot, telegram, "/projects когда-нибудь")
    assert reply.startswith("Не знаю ни страну, ни статус «когда-нибудь». Страны: Беларусь")
    assert "Статусы: реализованы, реализуются, планируются, предложены" in reply
    planned = await say(dispatcher, bot, telegram, "/projects Армения планируются")
    assert "Беларусь — Армения в новостях пока ничего нет" in planned


# --- channels: names, links, cities, switches ---------------------------------------------------


@pytest.fixture
def channel(telegram: FakeTelegram) -> dict:
    chat = telegram.add_chat(-100777, "channel", title="Новости ЕАЭС", username="eaeu_news")
    telegram.set_member(-100777, ADMIN, "creator")
    telegram.set_member(-100777, BOT_ID, "administrator", can_post_messages=True)
    return chat


@pytest.mark.parametrize(
    "reference",
    ["https://t.me/eaeu_news", "t.me/eaeu_news/15", "@EAEU_news", "eaeu_news",
     "tg://resolve?domain=eaeu_news"],
)  # fmt: skip
async def test_a_channel_is_named_by_link_or_name(
    app: App,
    dispatcher: Dispatcher,
    bot: Bot,
    telegram: FakeTelegram,
    channel: dict,
    reference: str,
) -> None:
    reply = await say(dispatcher, bot, telegram, f"/channel add {reference}")
    assert reply.startswith("✅ @eaeu_news подключён"), reply
    assert await ChannelRepository(app.db).get(-100777) is not None


async def test_an_invite_link_is_refused_with_what_to_give(
    dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram
) -> None:
    reply = await say(dispatcher, bot, telegram, "/channel add https://t.me/+AbCdEf")
    assert reply.startswith("«https://t.me/+AbCdEf» — не канал: укажите @имя")


@pytest.mark.parametrize(
    ("place", "zone"),
    [
        ("Минск", "Europe/Minsk"),
        ("Алматы", "Asia/Almaty"),
        ("Астана", "Asia/Almaty"),
        ("Ташкент", "Asia/Tashkent"),
        ("Бишкек", "Asia/Bishkek"),
        ("мінск", "Europe/Minsk"),
        ("UTC+3", "Etc/GMT-3"),
        ("asia/tashkent", "Asia/Tashkent"),
    ],
)
async def test_channel_time_takes_cities_and_needs_no_name_for_ones_only_channel(
    app: App,
    dispatcher: Dispatcher,
    bot: Bot,
    telegram: FakeTelegram,
    channel: dict,
    place: str,
    zone: str,
) -> None:
    await say(dispatcher, bot, telegram, "/channel add @eaeu_news")
    reply = await say(dispatcher, bot, telegram, f"/channel time 18:30 {place}")
    assert f"каждый день в 18:30 ({zone})" in reply
    stored = await ChannelRepository(app.db).get(-100777)
    assert stored is not None and (stored.digest_time, stored.timezone) == ("18:30", zone)


async def test_channel_time_in_either_order_and_its_refusals(
    app: App, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram, channel: dict
) -> None:
    await say(dispatcher, bot, telegram, "/channel add @eaeu_news")
    assert "в 07:00 (Asia/Tashkent)" in await say(
        dispatcher, bot, telegram, "/channel time @eaeu_news Ташкент 7"
    )
    no_time = await say(dispatcher, bot, telegram, "/channel time @eaeu_news вечером")
    assert no_time == (
        "Время — так: 09:00 или 18:30. Например: /channel time @eaeu_news 18:30 Минск"
    )
    atlantis = await say(dispatcher, bot, telegram, "/channel time 18:30 Атлантида")
    assert atlantis.startswith("Не знаю часовой пояс «Атлантида». Можно город — Минск, Алматы")


async def test_channel_empty_maybe_is_not_off(
    app: App, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram, channel: dict
) -> None:
    await say(dispatcher, bot, telegram, "/channel add @eaeu_news")
    await say(dispatcher, bot, telegram, "/channel empty @eaeu_news да")
    maybe = await say(dispatcher, bot, telegram, "/channel empty @eaeu_news maybe")
    assert maybe.startswith("Напишите вкл или выкл: /channel empty @eaeu_news вкл")
    stored = await ChannelRepository(app.db).get(-100777)
    assert stored is not None and stored.post_empty  # unchanged
    assert "ничего не выйдет" in await say(dispatcher, bot, telegram, "/channel empty выкл")
    kk = await say(dispatcher, bot, telegram, "/channel empty @eaeu_news иә", language="kk")
    assert kk == "Бос күні @eaeu_news ішінде «жаңалық жоқ» деген жол шығады."


async def test_several_channels_and_no_name_asks_which(
    app: App, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram, channel: dict
) -> None:
    telegram.add_chat(-100888, "channel", title="Второй", username="second_news")
    telegram.set_member(-100888, ADMIN, "creator")
    telegram.set_member(-100888, BOT_ID, "administrator", can_post_messages=True)
    await say(dispatcher, bot, telegram, "/channel add @eaeu_news")
    await say(dispatcher, bot, telegram, "/channel add @second_news")
    which = await say(dispatcher, bot, telegram, "/channel time 18:30")
    assert which.startswith("Какой канал? Укажите его после команды: ")
    assert "@eaeu_news" in which and "@second_news" in which


@pytest.mark.backends  # people, personal digests, quiet hours: SQL of both engines
async def test_preview_with_nothing_new_shows_a_digest_of_the_last_days(
    app: App, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram, channel: dict
) -> None:
    await sample(app)  # old stories only: nothing new for a channel added today
    await say(dispatcher, bot, telegram, "/channel add @eaeu_news")
    await say(dispatcher, bot, telegram, "/channel preview")
    heading, digest = (call.text for call in telegram.sent()[-2:])
    assert heading == (
        "Новых историй для дайджеста @eaeu_news пока нет. "
        "Так он выглядит на историях последних дней:"
    )
    assert digest.startswith("<b>Дайджест coopnews · ")
    assert "Историй о сотрудничестве: 5" in digest


async def test_a_channel_digest_in_the_language_chosen_for_it(
    app: App, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram, channel: dict
) -> None:
    await say(dispatcher, bot, telegram, "/channel add @eaeu_news")
    reply = await say(dispatcher, bot, telegram, "/channel lang @eaeu_news kk")
    assert reply == "Дайджест в @eaeu_news теперь выходит на языке: Қазақша."
    today = format_datetime(datetime.now(UTC))
    fresh = [replace(item, pub_date=today) for item in cooperation_items(2)]
    await app.ingestor.ingest_document(rss(fresh, title="БелТА"))
    await say(dispatcher, bot, telegram, "/channel preview")
    assert telegram.sent()[-1].text.startswith("<b>coopnews дайджесті · ")


# --- onboarding --------------------------------------------------------------------------------


async def test_start_offers_the_main_actions_and_a_tour(
    app: App, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram
) -> None:
    await sample(app)
    start = await say(dispatcher, bot, telegram, "/start")
    assert "Напишите любое слово" in start
    assert list(buttons(telegram.sent()[-1].params)) == [
        "📰 Свежие новости",
        "💰 Товарооборот",
        "🏗 Проекты",
        "🔔 Подписка",
        "🌐 Язык",
        "❓ Как это работает",
    ]
    await press(dispatcher, bot, telegram, "❓ Как это работает")
    tour = telegram.sent()[-1].text
    assert tour.startswith("<b>Как это работает</b>") and "/subscribe" in tour
    await press(dispatcher, bot, telegram, "📰 Свежие новости")
    assert telegram.sent()[-1].text.startswith("<b>Свежие новости</b>")
    await press(dispatcher, bot, telegram, "💰 Товарооборот")
    assert any("Товарооборот Беларусь — Казахстан" in c.text for c in telegram.sent()[-3:])
    await say(dispatcher, bot, telegram, "/start")
    await press(dispatcher, bot, telegram, "🔔 Подписка")
    assert telegram.sent()[-1].text.startswith("✅ Подписка включена")


async def test_help_shows_operators_their_commands(
    dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram
) -> None:
    everyone = await say(dispatcher, bot, telegram, "/help")
    assert "/sources" not in everyone
    operator = await say(dispatcher, bot, telegram, "/help", user_id=OPERATOR_ID)
    assert "<b>Команды операторов</b>" in operator and "/fetchnow [ID]" in operator


# --- subscribers: instant, daily or weekly, quiet hours, silence -------------------------------


@pytest.mark.backends  # people, personal digests, quiet hours: SQL of both engines
async def test_subscriber_chooses_a_daily_digest_quiet_hours_and_silence(
    app: App, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram
) -> None:
    await say(dispatcher, bot, telegram, "/subscribe")
    await press(dispatcher, bot, telegram, "📅 Раз в день")
    shown = telegram.sent("editMessageText")[-1].text
    assert "Когда: дайджест каждый день в 09:00 (Asia/Almaty)" in shown
    timed = await say(dispatcher, bot, telegram, "/settings time 20:15 Минск")
    assert "Когда: дайджест каждый день в 20:15 (Europe/Minsk)" in timed
    quiet = await say(dispatcher, bot, telegram, "/settings quiet 22-8")
    # A digest comes at its hour: quiet hours are said to hold back instant alerts only.
    assert (
        "Тихие часы: с 22:00 до 08:00 — для мгновенных уведомлений; сводка приходит в своё время"
        in quiet
    )
    silent = await say(dispatcher, bot, telegram, "/settings sound выкл")
    assert "Уведомления: без звука" in silent
    await press(dispatcher, bot, telegram, "⚡ Сразу")
    instant = telegram.sent("editMessageText")[-1].text
    assert "Тихие часы: с 22:00 до 08:00 — что придёт в это время, пришлю в 08:00" in instant
    await press(dispatcher, bot, telegram, "📅 Раз в день")
    weekly = await say(dispatcher, bot, telegram, "/settings day пятница")
    # The day matters to a weekly digest only, and the reply says so.
    assert weekly.startswith("День сохранён. Он для недельного дайджеста: выберите «🗓 Раз в")
    assert "Когда: дайджест каждый день" in weekly
    await press(dispatcher, bot, telegram, "🗓 Раз в неделю")
    assert (
        "дайджест по пятницам в 20:15 (Europe/Minsk)" in telegram.sent("editMessageText")[-1].text
    )
    subscription = await app.subscriptions.get(ADMIN)
    assert subscription is not None
    assert (subscription.mode, subscription.digest_day, subscription.silent) == ("weekly", 4, True)
    assert subscription.next_digest_at is not None
    assert subscription.next_digest_at.astimezone(ZoneInfo("Europe/Minsk")).weekday() == 4


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("ru", "Время сохранено. Оно для дайджеста, а сейчас истории приходят сразу: "
               "выберите «📅 Раз в день» или «🗓 Раз в неделю»."),
        ("en", "Time saved. It is a digest's time, and stories now come at once: "
               "choose “📅 Daily” or “🗓 Weekly”."),
        ("kk", "Уақыт сақталды. Ол дайджестке арналған, ал қазір оқиғалар бірден келеді: "
               "«📅 Күн сайын» немесе «🗓 Аптасына бір рет» таңдаңыз."),
    ],
)  # fmt: skip
async def test_a_digest_time_set_while_alerts_come_at_once_says_what_it_waits_for(
    app: App, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram, language: str,
    expected: str,
) -> None:  # fmt: skip
    await say(dispatcher, bot, telegram, "/subscribe", language=language)
    reply = await say(dispatcher, bot, telegram, "/settings time 20:00 Минск", language=language)
    assert reply.startswith(expected + "\n\n")
    subscription = await app.subscriptions.get(ADMIN)
    assert subscription is not None
    assert (subscription.digest_time, subscription.timezone) == ("20:00", "Europe/Minsk")
    await press(dispatcher, bot, telegram, texts_for(language)("button-mode-daily"),
                language=language)  # fmt: skip
    daily = await say(dispatcher, bot, telegram, "/settings time 21:00", language=language)
    assert daily.startswith("<b>")  # a digest's time in digest mode needs no word


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        ("/settings time утром", "Время — так: 09:00 или 18:30."),
        ("/settings time 9:00 Марс", "Не знаю часовой пояс «Марс»"),
        ("/settings day когда-нибудь", "Не знаю день «когда-нибудь». Так: пн, вт"),
        ("/settings quiet ночью", "Тихие часы — так: /settings quiet 22-08"),
        ("/settings sound может", "Напишите вкл или выкл: /settings sound выкл"),
        ("/settings колёса", "<b>Настройки подписки</b>"),
    ],
)
async def test_settings_refuse_and_explain(
    dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram, command: str, expected: str
) -> None:
    await say(dispatcher, bot, telegram, "/subscribe")
    assert (await say(dispatcher, bot, telegram, command)).startswith(expected)


@pytest.mark.backends  # people, personal digests, quiet hours: SQL of both engines
async def test_digests_quiet_hours_and_silence_reach_subscribers(
    app: App, settings: Settings, bot: Bot, telegram: FakeTelegram
) -> None:
    from delivery.sender import DeliveryLimits, Sender
    from services.subscriptions import Alerter, SubscriptionService
    from storage import SubscriptionRepository

    clock = {"now": datetime(2025, 3, 1, 13, 0, tzinfo=UTC)}  # 18:00 in Almaty

    def now() -> datetime:
        return clock["now"]

    repository = SubscriptionRepository(app.db)
    service = SubscriptionService(repository, ["BY", "KZ"], clock=now,
                                  default_timezone="Asia/Almaty")  # fmt: skip
    alerter = Alerter(app.analysis, repository, app.outbox, clock=now,
                      default_timezone="Asia/Almaty")  # fmt: skip
    await service.subscribe(2001, "ru")  # instant, quiet 17–08, silent
    await service.set_quiet(2001, ("17:00", "08:00"))
    await service.set_silent(2001, True)
    await service.subscribe(2002, "en")  # a daily digest at 19:00
    await service.set_schedule(2002, digest_time="19:00")
    await service.set_mode(2002, "daily")
    items = [replace(item, pub_date=format_datetime(now() - timedelta(minutes=30 + n)))
             for n, item in enumerate(cooperation_items(3))]  # fmt: skip
    await app.ingestor.ingest_document(rss(items, title="БелТА"))
    assert await alerter.enqueue_new() == 1  # the instant one; the daily one waits
    sender = Sender(bot, app.outbox, DeliveryLimits(), clock=now)
    await sender.drain()
    assert telegram.sent() == []  # quiet hours: held until 08:00
    clock["now"] = datetime(2025, 3, 1, 14, 0, tzinfo=UTC)  # 19:00 in Almaty
    assert await alerter.post_digests() == 1
    assert await alerter.post_digests() == 0  # tomorrow's is next
    await sender.drain()
    [digest] = telegram.sent()
    assert digest.chat_id == 2002
    assert digest.text.startswith("<b>coopnews digest · 1 Mar 2025</b>\nCooperation stories: 3")
    assert "disable_notification" not in digest.params
    clock["now"] = datetime(2025, 3, 2, 3, 0, tzinfo=UTC)  # 08:00 in Almaty
    await sender.drain()
    alert = telegram.sent()[-1]
    assert alert.chat_id == 2001 and alert.text.startswith("🆕 <b>Новых историй: 3</b>")
    assert alert.params["disable_notification"] in (True, "true")


@pytest.mark.backends  # people, personal digests, quiet hours: SQL of both engines
async def test_a_weekly_digest_comes_on_its_day_in_the_subscribers_language(
    app: App, bot: Bot, telegram: FakeTelegram
) -> None:
    from delivery.sender import DeliveryLimits, Sender
    from services.subscriptions import Alerter, SubscriptionService
    from storage import SubscriptionRepository

    clock = {"now": datetime(2025, 2, 27, 12, 0, tzinfo=UTC)}  # a Thursday

    def now() -> datetime:
        return clock["now"]

    repository = SubscriptionRepository(app.db)
    service = SubscriptionService(repository, ["BY", "KZ"], clock=now,
                                  default_timezone="Asia/Almaty")  # fmt: skip
    alerter = Alerter(app.analysis, repository, app.outbox, clock=now,
                      default_timezone="Asia/Almaty")  # fmt: skip
    await service.subscribe(2003, "kk")
    await service.set_schedule(2003, digest_time="10:00", digest_day=5)  # Saturdays
    await service.set_mode(2003, "weekly")
    items = [replace(item, pub_date=format_datetime(now() - timedelta(hours=n + 1)))
             for n, item in enumerate(cooperation_items(2))]  # fmt: skip
    await app.ingestor.ingest_document(rss(items, title="БелТА"))
    assert await alerter.enqueue_new() == 0  # a weekly reader gets no alerts
    assert await alerter.post_digests() == 0  # nor anything before Saturday 10:00
    clock["now"] = datetime(2025, 3, 1, 5, 0, tzinfo=UTC)  # Saturday, 10:00 in Almaty
    assert await alerter.post_digests() == 1
    await Sender(bot, app.outbox, DeliveryLimits(), clock=now).drain()
    [digest] = telegram.sent()
    assert digest.chat_id == 2003
    assert digest.text.startswith(
        "<b>coopnews апталық дайджесті · 01.03.2025</b>\nЫнтымақтастық туралы оқиғалар: 2"
    )
    subscription = await service.get(2003)
    assert subscription is not None and subscription.next_digest_at == datetime(
        2025, 3, 8, 5, 0, tzinfo=UTC
    )


# --- operators see the truth about sources --------------------------------------------------


async def test_sources_show_never_polled_failing_and_paused_with_errors_in_their_language(
    app: App, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram
) -> None:
    now = datetime(2025, 3, 1, tzinfo=UTC)
    await app.sources.add("https://belta.by/rss", title="БелТА", check_interval=900, now=now)
    failing = await app.sources.add("https://dead.example/rss", title="Dead", check_interval=900,
                                    now=now)  # fmt: skip
    paused = await app.sources.add("https://gone.example/rss", title="Gone", check_interval=900,
                                   now=now)  # fmt: skip
    working = await app.sources.add("https://ok.example/rss", title="Ok", check_interval=900,
                                    now=now)  # fmt: skip
    assert failing and paused and working
    error = "connection failed: Cannot connect to host dead.example:443 [Name or service not known]"
    for _ in range(3):
        await app.sources.record_failure(failing.id, now=now, error=error, next_check_at=now,
                                         pause=False)  # fmt: skip
    await app.sources.record_failure(paused.id, now=now, error="HTTP 404 Not Found",
                                     next_check_at=now, pause=True)  # fmt: skip
    await app.sources.record_success(working.id, now=now, next_check_at=now)
    listing = await say(dispatcher, bot, telegram, "/sources", user_id=OPERATOR_ID)
    assert "🕓 #1 БелТА — статей: 0 · ещё не опрашивался" in listing
    assert "⚠️ #2 Dead — статей: 0 · 3 ошибки подряд" in listing
    assert "⏸ #3 Gone — статей: 0 · на паузе после ошибок (1 подряд)" in listing
    assert "✅ #4 Ok — статей: 0" in listing and "работает" not in listing
    await press(dispatcher, bot, telegram, "#2 Dead", user_id=OPERATOR_ID)
    card = telegram.sent("editMessageText")[-1].text
    assert "Последняя ошибка: адрес сайта не найден (DNS)" in card
    assert "Name or service not known" not in card
    assert "Последний успех: ещё не было" in card
    english = await say(dispatcher, bot, telegram, "/sources", user_id=OPERATOR_ID,
                        language="en")  # fmt: skip
    assert "⚠️ #2 Dead — articles: 0 · 3 failures in a row" in english
    assert not re.search(r"[а-яё]", english.replace("БелТА", ""), re.IGNORECASE)


@pytest.mark.parametrize(
    ("items", "language", "expected"),
    [
        (1, "ru", "Добавлен источник #1 «Лента»: в ленте 1 запись."),
        (5, "ru", "Добавлен источник #1 «Лента»: в ленте 5 записей."),
        (21, "ru", "Добавлен источник #1 «Лента»: в ленте 21 запись."),
        (1, "en", "Added source #1 “Лента”: 1 item in the feed."),
        (2, "be", "Дададзена крыніца #1 «Лента»: у стужцы 2 запісы."),
    ],
)
async def test_a_new_source_counts_its_items_in_the_operators_language(
    app: App,
    dispatcher: Dispatcher,
    bot: Bot,
    telegram: FakeTelegram,
    feed_server: FeedServer,
    items: int,
    language: str,
    expected: str,
) -> None:
    """The issue's 'в ленте 1 записей' and '1 items', through /addsource."""
    body = rss([Item(f"Новость {n}", f"https://belta.by/{n}") for n in range(items)],
               title="Лента")  # fmt: skip
    url = feed_server.feed("feed.xml", body)
    reply = await say(dispatcher, bot, telegram, f"/addsource {url}", user_id=OPERATOR_ID,
                      language=language)  # fmt: skip
    assert reply == expected


async def test_commands_that_name_a_missing_id_say_so(
    app: App, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram
) -> None:
    now = datetime(2025, 3, 1, tzinfo=UTC)
    source = await app.sources.add("https://belta.by/rss", check_interval=900, now=now)
    assert source is not None
    ask = {"user_id": OPERATOR_ID}
    assert await say(dispatcher, bot, telegram, "/fetchnow 99", **ask) == (
        "Источника #99 нет. Номера источников — в /sources."
    )
    assert await say(dispatcher, bot, telegram, f"/fetchnow {source.id}", **ask) == (
        "Источник #1 проверю при следующем опросе."
    )
    await say(dispatcher, bot, telegram, f"/pausesource {source.id}", **ask)
    assert await say(dispatcher, bot, telegram, f"/fetchnow {source.id}", **ask) == (
        "Источник #1 на паузе. Сначала включите его: /resumesource 1"
    )
    assert await say(dispatcher, bot, telegram, "/fetchnow", **ask) == (
        "Проверять нечего: источников нет или все на паузе (/sources)."
    )
    assert await say(dispatcher, bot, telegram, "/retry 99", **ask) == (
        "Сообщения #99 нет среди недоставленных. Список: /failed"
    )
    assert await say(dispatcher, bot, telegram, "/retry all", **ask) == (
        "Недоставленных сообщений нет — повторять нечего."
    )
    assert await say(dispatcher, bot, telegram, "/interval 99 10", **ask) == (
        "Источника #99 нет. Номера источников — в /sources."
    )


async def test_operator_alerts_come_in_the_operators_language(
    settings: Settings, bot: Bot, telegram: FakeTelegram
) -> None:
    from bot.telegram import enqueue_operator_alerts
    from delivery.sender import Sender

    now = datetime(2025, 3, 1, tzinfo=UTC)
    async with open_app(settings) as app:
        await app.people.choose_language(OPERATOR_ID, "be")
        source = await app.sources.add("https://belta.by/rss", title="БелТА", check_interval=900,
                                       now=now)  # fmt: skip
        assert source is not None
        for _ in range(app.settings.failure_alert_threshold):
            await app.sources.record_failure(source.id, now=now, error="no answer within 20 s",
                                             next_check_at=now, pause=False)  # fmt: skip
        await enqueue_operator_alerts(app)
        await Sender(bot, app.outbox, app.delivery_limits, clock=lambda: datetime.now(UTC)).drain()
    [alert] = telegram.sent()
    assert alert.text == ("⚠️ Крыніца #1 БелТА не адказвае (5 разоў запар): сайт не адказаў за 20 с")
