"""Every user-facing text, Russian first, English for users whose Telegram speaks English."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Texts:
    language: str
    start: str
    help: str
    latest_title: str
    latest_empty: str
    page_of: str
    button_newer: str
    button_older: str
    read_more: str
    unknown_command: str
    plain_text: str
    page_gone: str
    error: str
    number_too_large: str
    search_usage: str
    search_nothing: str
    search_title: str
    turnover_title: str
    turnover_year_before: str
    turnover_conflict: str
    turnover_earlier: str
    turnover_statements: str
    turnover_targets: str
    turnover_forecasts: str
    turnover_empty: str
    chart_caption: str
    projects_title: str
    projects_empty: str
    statuses: dict[str, str]
    button_all: str
    available: str
    nothing_yet: str
    unknown_country: str
    approx: dict[str, str]
    scales: tuple[str, str, str]
    months: tuple[str, ...]
    approx_less: str
    approx_exact: str
    by_period: str
    for_period: str
    said_by: str
    said_on: str
    jobs_forms: dict[str, str]
    project_forms: dict[str, dict[str, str]]
    companies_word: str
    places_word: str
    status_words: dict[str, str]
    as_of: str
    status_as_of: str
    status_then: str
    projects_stale: str
    csv_button: str
    csv_caption: str
    chart: dict[str, str]
    commands: tuple[tuple[str, str], ...]


RU = Texts(
    language="ru",
    start=(
        "<b>coopnews</b> следит за экономическим сотрудничеством Беларуси и Казахстана "
        "и их партнёров: Кыргызстана, Узбекистана, России, Армении, Таджикистана.\n\n"
        "Я читаю БелТА, Казинформ, Sputnik, Курсив и другие издания, отбираю новости о "
        "торговле и совместных проектах и показываю каждую историю один раз.\n\n"
        "/latest — свежие новости\n/help — все команды"
    ),
    help=(
        "<b>Команды</b>\n"
        "/latest [фильтры] — свежие новости, с листанием назад\n"
        "/search запрос — поиск по архиву в любых формах слов: «комбайн» найдёт «комбайнами»\n"
        "Фильтры: страна (KZ, Кыргызстан), дата (с 2024, since:2024-01), издание "
        "(outlet:БелТА). В любом чате: @бот запрос.\n"
        "/turnover [страна] — товарооборот: последние данные, история, цели и график\n"
        "/projects [страна] [статус] — совместные проекты по статусам\n"
        "Страна — название в любой форме или код: Кыргызстан, KG, узбекистан. "
        "По умолчанию Беларусь — Казахстан.\n"
        "/subscribe — получать новые истории сразу; /settings — что и по каким странам; "
        "/unsubscribe — отписаться\n"
        "/channel — ежедневный дайджест в ваш канал или группу\n"
        "/start — что умеет бот\n"
        "/help — эта справка"
    ),
    latest_title="<b>Свежие новости</b>",
    latest_empty=(
        "Новостей о сотрудничестве пока нет: источники ещё не опрошены или молчат. Загляните позже."
    ),
    page_of="стр. {page} из {pages}",
    button_newer="« Новее",
    button_older="Старше »",
    read_more="читать",
    unknown_command="Не знаю команду {command}. Список команд: /help",
    plain_text="Я понимаю команды. Свежие новости: /latest, все команды: /help",
    page_gone="Эта страница устарела: откройте список заново.",
    error="Что-то пошло не так, попробуйте ещё раз чуть позже.",
    number_too_large="Слишком большое число в команде. Список команд: /help",
    search_usage=(
        "Так: /search запрос — например, /search комбайны KZ с 2024. "
        "Фильтры: страна, «с ГОД» или since:ГГГГ-ММ, outlet:ИЗДАНИЕ."
    ),
    search_nothing=(
        "По запросу «{query}» ничего не нашлось. Попробуйте другие слова или без фильтров."
    ),
    search_title="<b>Поиск</b> «{query}»: {total}",
    turnover_title="<b>Товарооборот {pair}</b>",
    turnover_year_before="те же месяцы годом раньше",
    turnover_conflict="источники расходятся",
    turnover_earlier="Ранее",
    turnover_statements="Без периода — как сказано",
    turnover_targets="Цели",
    turnover_forecasts="Прогнозы",
    turnover_empty="О товарообороте {pair} в новостях пока нет цифр.",
    chart_caption="Товарооборот {pair}",
    projects_title="<b>Совместные проекты {pair}</b>",
    projects_empty="О совместных проектах {pair} в новостях пока ничего нет.",
    statuses={
        "done": "Реализованы",
        "underway": "Реализуются",
        "planned": "Планируются",
        "proposed": "Предложены",
        "stale": "Давно без новостей",
    },
    button_all="Все",
    available="Есть данные по парам: {pairs}.",
    nothing_yet="Данных пока нет ни по одной паре стран.",
    unknown_country="Не знаю страну «{word}». Можно так: {countries}.",
    approx={"exact": "", "over": "более ", "about": "около ", "under": "почти "},
    scales=("млрд", "млн", "тыс."),
    months=("янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"),
    approx_less="менее ",
    approx_exact="ровно ",
    by_period="к {period}",
    for_period="на {period}",
    said_by="{who}, {date}",
    said_on="заявлено {date}",
    jobs_forms={
        "one": "рабочее место",
        "few": "рабочих места",
        "many": "рабочих мест",
        "other": "рабочего места",
    },
    project_forms={
        "project": {"one": "проект", "few": "проекта", "many": "проектов", "other": "проекта"},
        "venture": {
            "one": "совместное предприятие",
            "few": "совместных предприятия",
            "many": "совместных предприятий",
            "other": "совместного предприятия",
        },
        "production": {
            "one": "совместное производство",
            "few": "совместных производства",
            "many": "совместных производств",
            "other": "совместного производства",
        },
    },
    companies_word="компании",
    places_word="где",
    status_words={
        "done": "реализован",
        "underway": "реализуется",
        "planned": "планируется",
        "proposed": "предложен",
    },
    as_of="по данным на {month}",
    status_as_of="статус на {month}: {status}",
    status_then="тогда: {status}",
    projects_stale="Без подтверждения больше двух лет",
    csv_button="📄 Таблица CSV",
    csv_caption="Товарооборот {pair}: все цифры с периодами и источниками (CSV)",
    chart={
        "full_year": "полный год",
        "partial": "часть года",
        "year_before": "те же месяцы годом раньше",
        "statement": "сказано без периода (по дате)",
        "target": "цель",
        "forecast": "прогноз",
        "approx": "≈ / > / < — приблизительно, как сказано",
        "conflict": "две цифры за год — источники расходятся",
        "sources": "Источники: {outlets}",
        "newest": "Новейшие данные: {period}, сообщено {date}",
        "years": "По годам",
        "part_title": "{months}: год к году",
        "unit_bn": "млрд долл. США",
        "unit_m": "млн долл. США",
    },
    commands=(
        ("latest", "Свежие новости"),
        ("search", "Поиск по архиву"),
        ("turnover", "Товарооборот и график"),
        ("projects", "Совместные проекты"),
        ("subscribe", "Подписаться на новости"),
        ("settings", "Настройки подписки"),
        ("channel", "Дайджест в канал или группу"),
        ("help", "Все команды"),
        ("start", "Что умеет бот"),
    ),
)

EN = Texts(
    language="en",
    start=(
        "<b>coopnews</b> follows economic cooperation between Belarus and Kazakhstan and "
        "their partners: Kyrgyzstan, Uzbekistan, Russia, Armenia, Tajikistan.\n\n"
        "I read BelTA, Kazinform, Sputnik, Kursiv and other outlets, keep the news about "
        "trade and joint projects and show each story once.\n\n"
        "/latest — the newest stories\n/help — all commands"
    ),
    help=(
        "<b>Commands</b>\n"
        "/latest [filters] — the newest stories, with paging back\n"
        "/search query — search the archive in any word form\n"
        "Filters: a country (KZ, Kyrgyzstan), a date (since:2024-01, с 2024), an outlet "
        "(outlet:BelTA). In any chat: @bot query.\n"
        "/turnover [country] — trade turnover: latest figure, history, targets and a chart\n"
        "/projects [country] [status] — joint projects by status\n"
        "A country is a name or a code: Kyrgyzstan, KG, узбекистан. "
        "Belarus — Kazakhstan by default.\n"
        "/subscribe — get new stories as they come; /settings — what and for which "
        "countries; /unsubscribe — stop\n"
        "/channel — a daily digest in your channel or group\n"
        "/start — what the bot does\n"
        "/help — this help"
    ),
    latest_title="<b>Latest news</b>",
    latest_empty=(
        "No cooperation news yet: the sources have not been polled or had none. "
        "Please look again later."
    ),
    page_of="page {page} of {pages}",
    button_newer="« Newer",
    button_older="Older »",
    read_more="read",
    unknown_command="I don't know the command {command}. All commands: /help",
    plain_text="I answer commands. The newest stories: /latest, all commands: /help",
    page_gone="That page is out of date: open the list again.",
    error="Something went wrong; please try again a little later.",
    number_too_large="A number in that command is too large. All commands: /help",
    search_usage=(
        "Usage: /search query — e.g. /search combines KZ since:2024. "
        "Filters: a country, since:YYYY-MM, outlet:NAME."
    ),
    search_nothing="Nothing found for “{query}”. Try other words or fewer filters.",
    search_title="<b>Search</b> “{query}”: {total}",
    turnover_title="<b>Trade turnover {pair}</b>",
    turnover_year_before="the same months a year earlier",
    turnover_conflict="sources differ",
    turnover_earlier="Earlier",
    turnover_statements="Without a period — as stated",
    turnover_targets="Targets",
    turnover_forecasts="Forecasts",
    turnover_empty="The news has given no turnover figures for {pair} yet.",
    chart_caption="Trade turnover {pair}",
    projects_title="<b>Joint projects {pair}</b>",
    projects_empty="The news has mentioned no joint projects for {pair} yet.",
    statuses={
        "done": "Done",
        "underway": "Underway",
        "planned": "Planned",
        "proposed": "Proposed",
        "stale": "No news for long",
    },
    button_all="All",
    available="Data is there for: {pairs}.",
    nothing_yet="No data for any pair of countries yet.",
    unknown_country="I don't know the country “{word}”. Try: {countries}.",
    approx={"exact": "", "over": "over ", "about": "about ", "under": "almost "},
    scales=("bn", "m", "k"),
    months=("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    approx_less="less than ",
    approx_exact="exactly ",
    by_period="by {period}",
    for_period="for {period}",
    said_by="{who}, {date}",
    said_on="stated {date}",
    jobs_forms={"one": "job", "other": "jobs"},
    project_forms={
        "project": {"one": "project", "other": "projects"},
        "venture": {"one": "joint venture", "other": "joint ventures"},
        "production": {"one": "joint production", "other": "joint productions"},
    },
    companies_word="companies",
    places_word="where",
    status_words={
        "done": "done",
        "underway": "underway",
        "planned": "planned",
        "proposed": "proposed",
    },
    as_of="as of {month}",
    status_as_of="status as of {month}: {status}",
    status_then="then: {status}",
    projects_stale="Not confirmed for over two years",
    csv_button="📄 CSV table",
    csv_caption="Trade turnover {pair}: every figure with its period and sources (CSV)",
    chart={
        "full_year": "full year",
        "partial": "part of the year",
        "year_before": "same months a year earlier",
        "statement": "stated without a period (by date)",
        "target": "target",
        "forecast": "forecast",
        "approx": "≈ / > / < — approximate, as stated",
        "conflict": "two figures for a year — sources differ",
        "sources": "Sources: {outlets}",
        "newest": "Newest figure: {period}, reported {date}",
        "years": "By year",
        "part_title": "{months}: year on year",
        "unit_bn": "USD billion",
        "unit_m": "USD million",
    },
    commands=(
        ("latest", "The newest stories"),
        ("search", "Search the archive"),
        ("turnover", "Trade turnover and chart"),
        ("projects", "Joint projects"),
        ("subscribe", "Subscribe to news"),
        ("settings", "Subscription settings"),
        ("channel", "A digest in your channel or group"),
        ("help", "All commands"),
        ("start", "What the bot does"),
    ),
)

LOCALES = {"ru": RU, "en": EN}


def texts_for(language_code: str | None) -> Texts:
    """English for English-speaking Telegram users, Russian for everyone else."""
    if language_code and language_code.lower().startswith("en"):
        return EN
    return RU


@dataclass(frozen=True, slots=True)
class DeliveryTexts:
    """Subscriptions, channel digests and what the delivery engine tells people."""

    language: str
    subscription: str
    subscribed_now: str
    not_subscribed: str
    unsubscribed: str
    was_not_subscribed: str
    private_only: str
    topics: dict[str, str]
    topic_buttons: dict[str, str]
    all_countries: str
    button_subscribe: str
    button_unsubscribe: str
    button_done: str
    saved: str
    alert_title: str
    alerts_title: str
    turnover_label: str
    projects_label: str
    kinds: dict[str, str]
    digest_title: str
    digest_more: str
    digest_empty: str
    channel_usage: str
    channel_added: str
    channel_problems: dict[str, str]
    channel_list_title: str
    channel_list_empty: str
    channel_line: str
    channel_paused: str
    channel_unknown: str
    channel_not_admin_now: str
    channel_bad_ref: str
    channel_schedule: str
    channel_bad_time: str
    channel_bad_timezone: str
    channel_removed: str
    channel_empty_on: str
    channel_empty_off: str
    channel_preview: str
    channel_preview_nothing: str
    channel_gone: str


DELIVERY_RU = DeliveryTexts(
    language="ru",
    subscription=(
        "<b>Подписка</b>\nПрисылаю: {topics}\nСтраны: {countries}\n\n"
        "Новые истории приходят сразу, как я их прочитаю; несколько за раз — одним сообщением."
    ),
    subscribed_now="✅ Подписка включена. Старые новости не пришлю — только новые.",
    not_subscribed="Вы не подписаны. /subscribe — подписаться.",
    unsubscribed="Подписка отключена, настройки сохранены. Вернуться: /subscribe",
    was_not_subscribed="Подписки и не было. /subscribe — подписаться.",
    private_only=(
        "Подписка — в личном чате со мной. Для канала или группы есть ежедневный дайджест: /channel"
    ),
    topics={
        "all": "все истории о сотрудничестве",
        "turnover": "только новости с цифрами товарооборота",
        "projects": "только новости о совместных проектах",
    },
    topic_buttons={"all": "Все истории", "turnover": "Товарооборот", "projects": "Проекты"},
    all_countries="все",
    button_subscribe="Подписаться",
    button_unsubscribe="Отписаться",
    button_done="Готово",
    saved="Сохранено",
    alert_title="🆕 <b>Новая история</b>",
    alerts_title="🆕 <b>Новых историй: {count}</b>",
    turnover_label="💰 Товарооборот",
    projects_label="🏗 Проекты",
    kinds={"actual": "", "forecast": " (прогноз)", "target": " (цель)"},
    digest_title="<b>Дайджест coopnews · {date}</b>\nИсторий о сотрудничестве: {count}",
    digest_more="…и ещё {count} — в боте: /latest",
    digest_empty="За это время новостей о сотрудничестве не было.",
    channel_usage=(
        "<b>Ежедневный дайджест в канал или группу</b>\n"
        "1. Добавьте меня в канал администратором с правом публиковать сообщения.\n"
        "2. Здесь: /channel add @канал (или перешлите мне пост из канала).\n\n"
        "/channel list — ваши каналы\n"
        "/channel time @канал 09:00 [Asia/Almaty] — время и часовой пояс\n"
        "/channel empty @канал on|off — писать ли «новостей нет» в пустой день\n"
        "/channel preview @канал — дайджест, каким он вышел бы сейчас\n"
        "/channel remove @канал — отключить\n"
        "В группе или теме форума те же команды без @имени относятся к ней."
    ),
    channel_added=(
        "✅ {channel} подключён: дайджест каждый день в {time} ({timezone}), "
        "первый — {next}. Изменить: /channel time {ref} ЧЧ:ММ [часовой пояс]"
    ),
    channel_problems={
        "not_found": (
            "Не вижу {channel}. Проверьте имя и добавьте меня в канал или группу, потом повторите."
        ),
        "private": "{channel} — личный чат, а дайджест бывает в каналах и группах.",
        "not_admin": (
            "Подключить {channel} может только его создатель или администратор, "
            "а вы в нём не администратор."
        ),
        "bot_not_member": (
            "Меня нет в {channel}. Добавьте меня администратором с правом публикации."
        ),
        "bot_not_admin": (
            "В канале {channel} я не администратор. Назначьте меня администратором "
            "с правом публиковать сообщения."
        ),
        "bot_cannot_post": (
            "У меня нет права публиковать в {channel}. Включите его в настройках администраторов."
        ),
        "check_failed": "Telegram не ответил на проверку прав в {channel}: {error}. "
        "Попробуйте позже.",
    },
    channel_list_title="<b>Ваши каналы и группы</b>",
    channel_list_empty="Каналов пока нет. Подключить: /channel add @канал",
    channel_line="{state} {channel} — в {time} ({timezone}){empty}",
    channel_paused=" · остановлен: нет доступа, подключите заново",
    channel_unknown="{ref} не подключён (или подключён не вами). Ваши каналы: /channel list",
    channel_not_admin_now=(
        "Telegram говорит, что вы сейчас не администратор {channel}: управлять дайджестом "
        "могут только его администраторы."
    ),
    channel_bad_ref="«{ref}» — не канал: укажите @имя или номер чата (до 15 цифр).",
    channel_schedule="Дайджест в {channel}: каждый день в {time} ({timezone}), следующий — {next}.",
    channel_bad_time="Время — так: 09:00 или 18:30.",
    channel_bad_timezone=(
        "Не знаю часовой пояс «{timezone}». Примеры: Europe/Minsk, Asia/Almaty, Asia/Bishkek."
    ),
    channel_removed="{channel} отключён, дайджестов туда больше не будет.",
    channel_empty_on="В пустой день в {channel} выйдет строка «новостей нет».",
    channel_empty_off="В пустой день в {channel} ничего не выйдет.",
    channel_preview="Так выглядел бы дайджест {channel} сейчас:",
    channel_preview_nothing="Сейчас дайджесту {channel} нечего показать: новых историй нет.",
    channel_gone=(
        "⚠️ Не могу публиковать в {channel}: {reason}. Дайджест остановлен. "
        "Когда права вернутся, подключите заново: /channel add"
    ),
)

DELIVERY_EN = DeliveryTexts(
    language="en",
    subscription=(
        "<b>Subscription</b>\nSending: {topics}\nCountries: {countries}\n\n"
        "New stories arrive as soon as I have read them; several at once come as one message."
    ),
    subscribed_now="✅ Subscribed. No old news — only what comes next.",
    not_subscribed="You are not subscribed. /subscribe to start.",
    unsubscribed="Unsubscribed; your choices are kept. Come back with /subscribe",
    was_not_subscribed="There was no subscription. /subscribe to start.",
    private_only=(
        "Subscriptions live in a private chat with me. Channels and groups get a daily "
        "digest: /channel"
    ),
    topics={
        "all": "every cooperation story",
        "turnover": "only news with trade turnover figures",
        "projects": "only news about joint projects",
    },
    topic_buttons={"all": "All stories", "turnover": "Turnover", "projects": "Projects"},
    all_countries="all",
    button_subscribe="Subscribe",
    button_unsubscribe="Unsubscribe",
    button_done="Done",
    saved="Saved",
    alert_title="🆕 <b>New story</b>",
    alerts_title="🆕 <b>{count} new stories</b>",
    turnover_label="💰 Turnover",
    projects_label="🏗 Projects",
    kinds={"actual": "", "forecast": " (forecast)", "target": " (target)"},
    digest_title="<b>coopnews digest · {date}</b>\nCooperation stories: {count}",
    digest_more="…and {count} more in the bot: /latest",
    digest_empty="No cooperation news this time.",
    channel_usage=(
        "<b>A daily digest in your channel or group</b>\n"
        "1. Add me to the channel as an administrator who may post messages.\n"
        "2. Here: /channel add @channel (or forward me a post from the channel).\n\n"
        "/channel list — your channels\n"
        "/channel time @channel 09:00 [Asia/Almaty] — time and timezone\n"
        "/channel empty @channel on|off — post “no news” on an empty day or not\n"
        "/channel preview @channel — the digest as it would be posted now\n"
        "/channel remove @channel — stop\n"
        "In a group or forum topic the same commands without @name mean that chat."
    ),
    channel_added=(
        "✅ {channel} added: a digest every day at {time} ({timezone}), the first at "
        "{next}. Change it: /channel time {ref} HH:MM [timezone]"
    ),
    channel_problems={
        "not_found": (
            "I cannot see {channel}. Check the name, add me to the channel or group, "
            "then try again."
        ),
        "private": "{channel} is a private chat; digests go to channels and groups.",
        "not_admin": (
            "Only the creator or an administrator of {channel} can add it, and you are not one."
        ),
        "bot_not_member": "I am not in {channel}. Add me as an administrator who may post.",
        "bot_not_admin": (
            "I am not an administrator of {channel}. Make me one with the right to post."
        ),
        "bot_cannot_post": (
            "I may not post in {channel}. Turn that right on in the administrator settings."
        ),
        "check_failed": "Telegram did not answer the rights check in {channel}: {error}. "
        "Try again later.",
    },
    channel_list_title="<b>Your channels and groups</b>",
    channel_list_empty="No channels yet. Add one: /channel add @channel",
    channel_line="{state} {channel} — at {time} ({timezone}){empty}",
    channel_paused=" · stopped: no access, add it again",
    channel_unknown="{ref} is not added (or not by you). Your channels: /channel list",
    channel_not_admin_now=(
        "Telegram says you are not an administrator of {channel} now: only its "
        "administrators manage its digest."
    ),
    channel_bad_ref="“{ref}” is not a channel: give its @name or chat id (up to 15 digits).",
    channel_schedule="Digest in {channel}: every day at {time} ({timezone}), next at {next}.",
    channel_bad_time="Give the time like 09:00 or 18:30.",
    channel_bad_timezone=(
        "Unknown timezone “{timezone}”. For example: Europe/Minsk, Asia/Almaty, Asia/Bishkek."
    ),
    channel_removed="{channel} removed; no more digests there.",
    channel_empty_on="On an empty day {channel} gets a “no news” line.",
    channel_empty_off="On an empty day nothing is posted in {channel}.",
    channel_preview="The digest of {channel} as it would be posted now:",
    channel_preview_nothing="Nothing for the digest of {channel} now: no new stories.",
    channel_gone=(
        "⚠️ I cannot post in {channel}: {reason}. The digest is stopped. When I may post "
        "again, add it anew: /channel add"
    ),
)


def delivery_texts_for(language_code: str | None) -> DeliveryTexts:
    if language_code and language_code.lower().startswith("en"):
        return DELIVERY_EN
    return DELIVERY_RU


@dataclass(frozen=True, slots=True)
class OperatorTexts:
    not_allowed: str
    sources_title: str
    sources_empty: str
    source_line: str
    card: str
    garbled: str
    never: str
    enabled: str
    paused: str
    button_pause: str
    button_resume: str
    button_check: str
    button_remove: str
    button_confirm: str
    button_cancel: str
    button_back: str
    confirm_remove: str
    usage_add: str
    usage_id: str
    usage_interval: str
    added: str
    refused: str
    removed: str
    paused_done: str
    resumed_done: str
    interval_done: str
    fetch_done: str
    no_such_source: str
    import_report: str
    import_too_large: str
    import_size_unknown: str
    import_refused: str
    out_of_range: str
    undelivered_title: str
    undelivered_line: str
    undelivered_empty: str
    undelivered_states: dict[str, str]
    usage_retry: str
    retry_done: str
    stats: str
    outage: str
    recovered: str
    commands: tuple[tuple[str, str], ...]


OPERATOR_RU = OperatorTexts(
    not_allowed="Эта команда только для операторов бота.",
    sources_title="<b>Источники</b> ({count})",
    sources_empty="Источников нет. Добавьте: /addsource URL [название]",
    source_line="{state} #{id} {name} — статей: {articles}",
    card=(
        "<b>#{id} {name}</b>\n{url}\nСостояние: {state}\nСтатей: {articles}\n"
        "Последний успех: {success}\nОшибок подряд: {failures}\nПоследняя ошибка: {error}\n"
        "Интервал: {interval} мин, следующая проверка: {next_check}\n"
        "Кодировка: {decoding}{garbled}"
    ),
    garbled=(
        "\n⚠️ Текст {count} записей выглядит искажённым (неверная кодировка в ленте): "
        "сообщите изданию или удалите источник"
    ),
    never="никогда",
    enabled="работает",
    paused="на паузе",
    button_pause="⏸ Пауза",
    button_resume="▶️ Возобновить",
    button_check="🔄 Проверить сейчас",
    button_remove="🗑 Удалить",
    button_confirm="Да, удалить",
    button_cancel="Отмена",
    button_back="« К списку",
    confirm_remove="Удалить источник #{id} {name}? Его статьи останутся в архиве.",
    usage_add="Так: /addsource URL [название]",
    usage_id="Так: /{command} ID (номер из /sources)",
    usage_interval="Так: /interval ID МИНУТЫ (от 1 до 10080)",
    added="Добавлен источник #{id} «{title}»: в ленте {items} записей.",
    refused="Источник не добавлен: {reason}.",
    removed="Источник #{id} удалён.",
    paused_done="Источник #{id} на паузе.",
    resumed_done="Источник #{id} снова опрашивается.",
    interval_done="Источник #{id} будет проверяться каждые {minutes} мин.",
    fetch_done="Будет проверено при следующем опросе: {count}.",
    no_such_source="Источника #{id} нет.",
    import_report=(
        "Импорт OPML: добавлено {added}, уже были {duplicates}, отклонено {refused}.{details}"
    ),
    import_too_large="Файл слишком большой для OPML (больше {limit} КБ).",
    import_size_unknown=(
        "Telegram не сообщил размер файла, а я принимаю OPML не больше {limit} КБ. "
        "Пришлите файл ещё раз документом."
    ),
    import_refused="Импорт OPML отклонён: {reason}.",
    out_of_range="Число {value} вне допустимого диапазона: от {low} до {high}.",
    undelivered_title=(
        "<b>Не доставлено</b> (последние {count}). Отправить снова: /retry ID или /retry all"
    ),
    undelivered_line="#{id} → {chat} · {kind} · {state}: {error}",
    undelivered_empty="Недоставленных сообщений нет.",
    undelivered_states={
        "failed": "не доставлено",
        "uncertain": "ответа не было — могло дойти, повтор может задвоить",
    },
    usage_retry="Так: /retry ID (номер из /failed) или /retry all",
    retry_done="Снова в очереди: {count}.",
    stats=(
        "<b>Статистика</b>\nСтатей: {articles} (о сотрудничестве: {relevant})\nИсторий: "
        "{stories}\nФактов о товарообороте: {turnover}, о проектах: {projects}\n"
        "Источников: {sources}, на паузе: {paused}, с ошибками: {failing}\n"
        "Подписчиков: {subscribers}, каналов: {channels}\n"
        "Очередь отправки: ждут {pending}, отправлено {sent}, не доставлено {failed}, "
        "без ответа {uncertain} (/failed)"
    ),
    outage="⚠️ Источник #{id} {name} не отвечает ({failures} раз подряд): {error}",
    recovered="✅ Источник #{id} {name} снова работает.",
    commands=(
        ("sources", "Источники и их состояние"),
        ("addsource", "Добавить источник"),
        ("fetchnow", "Проверить источники сейчас"),
        ("export", "Выгрузить источники в OPML"),
        ("stats", "Статистика"),
        ("failed", "Недоставленные сообщения"),
    ),
)

OPERATOR_EN = OperatorTexts(
    not_allowed="This command is for the bot's operators only.",
    sources_title="<b>Sources</b> ({count})",
    sources_empty="No sources. Add one: /addsource URL [title]",
    source_line="{state} #{id} {name} — articles: {articles}",
    card=(
        "<b>#{id} {name}</b>\n{url}\nState: {state}\nArticles: {articles}\n"
        "Last success: {success}\nFailures in a row: {failures}\nLast error: {error}\n"
        "Interval: {interval} min, next check: {next_check}\n"
        "Encoding: {decoding}{garbled}"
    ),
    garbled=(
        "\n⚠️ The text of {count} entries looks garbled (a wrong encoding in the feed): "
        "tell the outlet or remove the source"
    ),
    never="never",
    enabled="active",
    paused="paused",
    button_pause="⏸ Pause",
    button_resume="▶️ Resume",
    button_check="🔄 Check now",
    button_remove="🗑 Remove",
    button_confirm="Yes, remove",
    button_cancel="Cancel",
    button_back="« Back to list",
    confirm_remove="Remove source #{id} {name}? Its articles stay in the archive.",
    usage_add="Usage: /addsource URL [title]",
    usage_id="Usage: /{command} ID (the number in /sources)",
    usage_interval="Usage: /interval ID MINUTES (1 to 10080)",
    added="Added source #{id} “{title}”: {items} items in the feed.",
    refused="Source not added: {reason}.",
    removed="Source #{id} removed.",
    paused_done="Source #{id} paused.",
    resumed_done="Source #{id} is polled again.",
    interval_done="Source #{id} will be checked every {minutes} min.",
    fetch_done="Checked at the next poll: {count}.",
    no_such_source="There is no source #{id}.",
    import_report=(
        "OPML import: {added} added, {duplicates} already there, {refused} refused.{details}"
    ),
    import_too_large="The file is too large for OPML (over {limit} KB).",
    import_size_unknown=(
        "Telegram did not say how large the file is, and I take OPML files of at most "
        "{limit} KB. Please send it again as a document."
    ),
    import_refused="OPML import refused: {reason}.",
    out_of_range="The number {value} is out of range: {low} to {high}.",
    undelivered_title="<b>Undelivered</b> (latest {count}). Send again: /retry ID or /retry all",
    undelivered_line="#{id} → {chat} · {kind} · {state}: {error}",
    undelivered_empty="No undelivered messages.",
    undelivered_states={
        "failed": "failed",
        "uncertain": "no answer — it may have arrived; sending again may double it",
    },
    usage_retry="Usage: /retry ID (the number in /failed) or /retry all",
    retry_done="Queued again: {count}.",
    stats=(
        "<b>Statistics</b>\nArticles: {articles} (about cooperation: {relevant})\nStories: "
        "{stories}\nTurnover facts: {turnover}, project facts: {projects}\n"
        "Sources: {sources}, paused: {paused}, failing: {failing}\n"
        "Subscribers: {subscribers}, channels: {channels}\n"
        "Outbox: {pending} pending, {sent} sent, {failed} failed, {uncertain} unanswered "
        "(/failed)"
    ),
    outage="⚠️ Source #{id} {name} is failing ({failures} times in a row): {error}",
    recovered="✅ Source #{id} {name} works again.",
    commands=(
        ("sources", "Sources and their state"),
        ("addsource", "Add a source"),
        ("fetchnow", "Check sources now"),
        ("export", "Export sources as OPML"),
        ("stats", "Statistics"),
        ("failed", "Undelivered messages"),
    ),
)


def operator_texts_for(language_code: str | None) -> OperatorTexts:
    if language_code and language_code.lower().startswith("en"):
        return OPERATOR_EN
    return OPERATOR_RU
