"""/latest [filters] and its pages."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command, CommandObject
from aiogram.types import CallbackQuery, Message, User
from aiogram.utils.callback_answer import CallbackAnswer

from services.news import NewsService
from services.search import SearchService
from views.keyboards import LatestPage, latest_keyboard
from views.render import render_latest
from views.texts import Texts


async def latest(
    message: Message, command: CommandObject, news: NewsService, search: SearchService, texts: Texts
) -> None:
    filters = command.args or ""
    user_id = message.from_user.id if message.from_user else message.chat.id
    saved = await search.remember(filters, user_id) if filters.strip() else None
    page = await news.latest(0, filters)
    await message.answer(
        render_latest(page, texts), reply_markup=latest_keyboard(page, texts, saved)
    )


async def turn_page(
    query: CallbackQuery,
    callback_data: LatestPage,
    shown: Message,
    event_from_user: User,
    news: NewsService,
    search: SearchService,
    texts: Texts,
    callback_answer: CallbackAnswer,
) -> None:
    saved = callback_data.saved
    filters = await search.recall(saved, event_from_user.id) if saved else ""
    if filters is None:  # expired, or someone else's filters
        callback_answer.text = texts.page_gone
        return
    page = await news.latest(callback_data.page, filters)
    await shown.edit_text(
        render_latest(page, texts), reply_markup=latest_keyboard(page, texts, saved)
    )


def create_router() -> Router:
    router = Router(name="latest")
    router.message.register(latest, Command("latest"))
    router.callback_query.register(turn_page, LatestPage.filter(), F.message.as_("shown"))
    return router
