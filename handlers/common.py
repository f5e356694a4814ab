"""/start with buttons for the main actions and a one-screen tour, /help, /lang."""

from __future__ import annotations

import contextlib

from aiogram import Bot, F, Router
from aiogram.exceptions import TelegramAPIError
from aiogram.filters import CommandObject
from aiogram.types import BotCommandScopeChat, CallbackQuery, Message, User

from domain.inputs import language
from handlers import facts as facts_handlers
from handlers import latest as latest_handlers
from handlers import subscriptions as subscription_handlers
from handlers.filters import command, start_command
from services.facts import FactsService
from services.news import NewsService
from services.people import PeopleService
from services.search import SearchService
from services.subscriptions import SubscriptionService
from views.i18n import LANGUAGES, Texts, texts_for
from views.keyboards import (
    LanguageChoice,
    StartAction,
    StartStep,
    language_keyboard,
    start_keyboard,
)
from views.menus import command_menu
from views.render import quote, shorten


async def start(message: Message, texts: Texts) -> None:
    await message.answer(texts("start"), reply_markup=start_keyboard(texts))


async def help_(
    message: Message,
    texts: Texts,
    event_from_user: User | None = None,
    operator_ids: frozenset[int] = frozenset(),
) -> None:
    text = texts("help")
    if event_from_user is not None and event_from_user.id in operator_ids:
        text += "\n\n" + texts("help-operators")
    await message.answer(text)


async def start_button(
    query: CallbackQuery,
    callback_data: StartAction,
    shown: Message,
    event_from_user: User,
    texts: Texts,
    news: NewsService,
    search: SearchService,
    facts: FactsService,
    subscriptions: SubscriptionService,
) -> None:
    """A button under /start does what its command does, in a new message."""
    step = callback_data.action
    if step == StartStep.LATEST:
        await latest_handlers.answer_latest(shown, "", event_from_user.id, news, search, texts)
    elif step == StartStep.TURNOVER:
        await facts_handlers.answer_turnover(shown, [], facts, texts)
    elif step == StartStep.PROJECTS:
        await facts_handlers.answer_projects(shown, [], facts, texts)
    elif step == StartStep.SUBSCRIBE:
        await subscription_handlers.answer_subscribe(shown, subscriptions, texts)
    elif step == StartStep.LANGUAGE:
        await shown.answer(
            texts("lang-choose", current=texts("language-name")),
            reply_markup=language_keyboard(texts.language),
        )
    else:
        await shown.answer(texts("start-tour"))


def _language_list() -> str:
    return ", ".join(f"{code} — {texts_for(code)('language-name')}" for code in LANGUAGES)


async def lang(
    message: Message,
    command: CommandObject,
    bot: Bot,
    event_from_user: User,
    people: PeopleService,
    texts: Texts,
    operator_ids: frozenset[int] = frozenset(),
) -> None:
    """/lang shows the choice; /lang kk (or қазақша, English…) makes it."""
    word = (command.args or "").strip()
    if not word:
        await message.answer(
            texts("lang-choose", current=texts("language-name")),
            reply_markup=language_keyboard(texts.language),
        )
        return
    chosen = language(word)
    if chosen is None:
        await message.answer(
            texts("lang-unknown", word=quote(shorten(word, 30)), languages=_language_list())
        )
        return
    await _choose(message, bot, event_from_user, chosen, people, operator_ids)


async def language_button(
    query: CallbackQuery,
    callback_data: LanguageChoice,
    shown: Message,
    bot: Bot,
    event_from_user: User,
    people: PeopleService,
    operator_ids: frozenset[int] = frozenset(),
) -> None:
    if callback_data.language not in LANGUAGES:
        return
    await _choose(shown, bot, event_from_user, callback_data.language, people, operator_ids)


async def _choose(
    message: Message,
    bot: Bot,
    user: User,
    chosen: str,
    people: PeopleService,
    operator_ids: frozenset[int],
) -> None:
    await people.choose_language(user.id, chosen)
    texts = texts_for(chosen)
    if message.chat.type == "private":
        # The command menu of this chat follows the choice.
        # The menu is a convenience: the language is chosen whether or not it follows.
        with contextlib.suppress(TelegramAPIError):
            await bot.set_my_commands(
                command_menu(texts, operator=user.id in operator_ids),
                scope=BotCommandScopeChat(chat_id=message.chat.id),
            )
    await message.answer(texts("lang-set"))


def create_router() -> Router:
    router = Router(name="common")
    router.message.register(start, start_command())
    router.message.register(help_, command("help"))
    router.message.register(lang, command("lang", "language", "язык", "тіл", "мова"))
    router.callback_query.register(start_button, StartAction.filter(), F.message.as_("shown"))
    router.callback_query.register(language_button, LanguageChoice.filter(), F.message.as_("shown"))
    return router
