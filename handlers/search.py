from __future__ import annotations

from aiogram import F, Router
from aiogram.exceptions import TelegramBadRequest
from aiogram.filters import Command, CommandObject
from aiogram.filters.callback_data import CallbackData
from aiogram.types import (
    CallbackQuery,
    InlineKeyboardMarkup,
    InlineQuery,
    InlineQueryResultArticle,
    InputTextMessageContent,
    Message,
)
from aiogram.utils.keyboard import InlineKeyboardBuilder
from pydantic import Field

from domain.numbers import MAX_PAGE
from services.search import SavedQuery, SearchPage, SearchService
from views.render import html_to_console, render_search, render_story, shorten
from views.texts import Texts

INLINE_RESULTS = 10


class SearchQuery(CallbackData, prefix="srch2"):
    """A page of a saved search: its id, the token only its author's buttons carry, the page.
    (srch1 buttons named the id alone; they are stale now.)"""

    query_id: int = Field(ge=1, le=2**62)
    token: str = Field(min_length=8, max_length=16)
    page: int = Field(ge=0, le=MAX_PAGE)

    @classmethod
    def of(cls, saved: SavedQuery, page: int) -> SearchQuery:
        return cls(query_id=saved.id, token=saved.token, page=page)

    @property
    def saved(self) -> SavedQuery:
        return SavedQuery(self.query_id, self.token)


def _keyboard(page: SearchPage, texts: Texts) -> InlineKeyboardMarkup | None:
    builder = InlineKeyboardBuilder()
    if page.has_newer:
        builder.button(
            text=texts.button_newer,
            callback_data=SearchQuery.of(page.saved, page.page - 1),
        )
    if page.has_older:
        builder.button(
            text=texts.button_older,
            callback_data=SearchQuery.of(page.saved, page.page + 1),
        )
    return builder.as_markup() if page.has_newer or page.has_older else None


async def search(
    message: Message, command: CommandObject, search: SearchService, texts: Texts
) -> None:
    if not (command.args or "").strip():
        await message.answer(texts.search_usage)
        return
    user_id = message.from_user.id if message.from_user else message.chat.id
    page = await search.search(command.args or "", 0, user_id)
    await message.answer(render_search(page, texts), reply_markup=_keyboard(page, texts))


async def turn_search_page(
    query: CallbackQuery,
    callback_data: SearchQuery,
    shown: Message,
    search: SearchService,
    texts: Texts,
) -> None:
    text = await search.recall(callback_data.saved, query.from_user.id)
    if text is None:  # expired, or someone else's (a forged or forwarded button)
        await query.answer(texts.page_gone)
        return
    page = await search.search(text, callback_data.page, query.from_user.id)
    try:
        await shown.edit_text(render_search(page, texts), reply_markup=_keyboard(page, texts))
    except TelegramBadRequest as error:
        if "message is not modified" not in error.message:
            raise
    await query.answer()


async def inline_search(inline: InlineQuery, search: SearchService, texts: Texts) -> None:
    """`@bot комбайн` in any chat: matching stories, ready to send."""
    page = await search.search(inline.query or "", 0, inline.from_user.id, page_size=INLINE_RESULTS)
    results = [
        InlineQueryResultArticle(
            id=str(result.view.story.id),
            title=shorten(result.view.title, 120),
            description=shorten(
                html_to_console(result.snippet) or result.view.articles[0].outlet, 200
            )
            if result.view.articles
            else None,
            input_message_content=InputTextMessageContent(
                message_text=render_story(result.view, texts)
                + (f"\n{result.snippet}" if result.snippet else ""),
                parse_mode="HTML",
            ),
        )
        for result in page.items
    ]
    await inline.answer(results, cache_time=60, is_personal=False)


def create_router() -> Router:
    router = Router(name="search")
    router.message.register(search, Command("search"))
    router.callback_query.register(turn_search_page, SearchQuery.filter(), F.message.as_("shown"))
    router.inline_query.register(inline_search)
    return router
