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
        "/latest — свежие новости, с листанием назад\n"
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
    page_gone="Эта страница устарела, вот свежая.",
    error="Что-то пошло не так, попробуйте ещё раз чуть позже.",
    commands=(
        ("latest", "Свежие новости"),
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
        "/latest — the newest stories, with paging back\n"
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
    page_gone="That page is out of date; here is a fresh one.",
    error="Something went wrong; please try again a little later.",
    commands=(
        ("latest", "The newest stories"),
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
