"""/latest [filters] and its pages: every filter applied and shown, or refused with the reason."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import CommandObject
from aiogram.types import CallbackQuery, Message, User
from aiogram.utils.callback_answer import CallbackAnswer

from domain.filters import FilterProblem
from handlers.filters import command
from services.news import NewsService
from services.search import SearchService
from views.i18n import Texts
from views.keyboards import LatestPage, latest_keyboard
from views.render import filter_problem, filters_label, render_latest


async def answer_latest(
    message: Message,
    text: str,
    user_id: int,
    news: NewsService,
    search: SearchService,
    texts: Texts,
) -> None:
    """The newest stories under the filters in `text`, or why a filter cannot be applied."""
    filters = await news.read_filters(text)
    if isinstance(filters, FilterProblem):
        await message.answer(filter_problem(filters, texts))
        return
    saved = await search.remember(text, user_id) if not filters.empty else None
    page = await news.latest(0, filters)
    await message.answer(
        render_latest(page, texts, filters_label(filters, texts)),
        reply_markup=latest_keyboard(page, texts, saved),
    )


async def latest(
    message: Message, command: CommandObject, news: NewsService, search: SearchService, texts: Texts
) -> None:
    user_id = message.from_user.id if message.from_user else message.chat.id
    await answer_latest(message, command.args or "", user_id, news, search, texts)


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
    text = await search.recall(saved, event_from_user.id) if saved else ""
    if text is None:  # expired, or someone else's filters
        callback_answer.text = texts("page-gone")
        return
    filters = await news.read_filters(text)
    if isinstance(filters, FilterProblem):  # filters that no longer apply (an outlet gone)
        callback_answer.text = texts("page-gone")
        return
    page = await news.latest(callback_data.page, filters)
    await shown.edit_text(
        render_latest(page, texts, filters_label(filters, texts)),
        reply_markup=latest_keyboard(page, texts, saved),
    )


def create_router() -> Router:
    router = Router(name="latest")
    router.message.register(latest, command("latest"))
    router.callback_query.register(turn_page, LatestPage.filter(), F.message.as_("shown"))
    return router
