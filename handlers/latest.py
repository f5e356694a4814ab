from __future__ import annotations

from aiogram import F, Router
from aiogram.exceptions import TelegramBadRequest
from aiogram.filters import Command, CommandObject
from aiogram.filters.callback_data import CallbackData
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message
from aiogram.utils.keyboard import InlineKeyboardBuilder
from pydantic import Field

from domain.numbers import MAX_PAGE
from news.query import parse_query
from services.news import NewsService, StoryPage
from services.search import SavedQuery, SearchService, filters_of
from views.render import render_latest
from views.texts import Texts


class LatestPage(CallbackData, prefix="latest3"):
    page: int = Field(ge=0, le=MAX_PAGE)
    query_id: int = Field(default=0, ge=0, le=2**62)  # saved filters ("KZ с 2024"); 0: none
    token: str = Field(default="", max_length=16)  # binds the filters to their author

    @property
    def saved(self) -> SavedQuery | None:
        return SavedQuery(self.query_id, self.token) if self.query_id else None


def _keyboard(
    page: StoryPage, texts: Texts, saved: SavedQuery | None
) -> InlineKeyboardMarkup | None:
    builder = InlineKeyboardBuilder()
    named = {"query_id": saved.id, "token": saved.token} if saved else {}
    if page.has_newer:
        builder.button(
            text=texts.button_newer, callback_data=LatestPage(page=page.page - 1, **named)
        )
    if page.has_older:
        builder.button(
            text=texts.button_older, callback_data=LatestPage(page=page.page + 1, **named)
        )
    return builder.as_markup() if page.has_newer or page.has_older else None


async def latest(
    message: Message, command: CommandObject, news: NewsService, search: SearchService, texts: Texts
) -> None:
    filters = command.args or ""
    user_id = message.from_user.id if message.from_user else message.chat.id
    saved = await search.remember(filters, user_id) if filters.strip() else None
    page = await news.latest_page(0, filters_of(parse_query(filters)))
    await message.answer(render_latest(page, texts), reply_markup=_keyboard(page, texts, saved))


async def turn_page(
    query: CallbackQuery,
    callback_data: LatestPage,
    shown: Message,
    news: NewsService,
    search: SearchService,
    texts: Texts,
) -> None:
    saved = callback_data.saved
    filters = await search.recall(saved, query.from_user.id) if saved else ""
    if filters is None:  # expired, or someone else's filters
        await query.answer(texts.page_gone)
        return
    page = await news.latest_page(callback_data.page, filters_of(parse_query(filters)))
    markup = _keyboard(page, texts, saved)
    try:
        await shown.edit_text(render_latest(page, texts), reply_markup=markup)
    except TelegramBadRequest as error:
        # Pressing the same button twice asks for an identical message: nothing to change.
        if "message is not modified" not in error.message:
            raise
    await query.answer()


def create_router() -> Router:
    router = Router(name="latest")
    router.message.register(latest, Command("latest"))
    router.callback_query.register(turn_page, LatestPage.filter(), F.message.as_("shown"))
    return router
