"""/search, its pages, and inline mode (`@bot query` in any chat)."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import CommandObject
from aiogram.types import (
    CallbackQuery,
    InlineQuery,
    InlineQueryResultArticle,
    InlineQueryResultUnion,
    InputTextMessageContent,
    Message,
    User,
)
from aiogram.utils.callback_answer import CallbackAnswer

from handlers.filters import command
from services.search import SearchService
from views.i18n import Texts
from views.keyboards import SearchQuery, search_keyboard
from views.render import html_to_console, render_search, render_story, shorten

INLINE_RESULTS = 10


async def answer_search(
    message: Message,
    query: str,
    search: SearchService,
    texts: Texts,
    *,
    nothing: str = "search-nothing",
) -> None:
    user_id = message.from_user.id if message.from_user else message.chat.id
    page = await search.search(query, 0, user_id)
    await message.answer(
        render_search(page, texts, nothing=nothing), reply_markup=search_keyboard(page, texts)
    )


async def search(
    message: Message, command: CommandObject, search: SearchService, texts: Texts
) -> None:
    if not (command.args or "").strip():
        await message.answer(texts("search-usage"))
        return
    await answer_search(message, command.args or "", search, texts)


async def turn_search_page(
    query: CallbackQuery,
    callback_data: SearchQuery,
    shown: Message,
    event_from_user: User,
    search: SearchService,
    texts: Texts,
    callback_answer: CallbackAnswer,
) -> None:
    text = await search.recall(callback_data.saved, event_from_user.id)
    if text is None:  # expired, or someone else's (a forged or forwarded button)
        callback_answer.text = texts("page-gone")
        return
    page = await search.search(text, callback_data.page, event_from_user.id)
    await shown.edit_text(render_search(page, texts), reply_markup=search_keyboard(page, texts))


async def inline_search(inline: InlineQuery, search: SearchService, texts: Texts) -> None:
    """`@bot комбайн` in any chat: matching stories, ready to send."""
    page = await search.search(inline.query or "", 0, inline.from_user.id, page_size=INLINE_RESULTS)
    results: list[InlineQueryResultUnion] = [
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
    router.message.register(search, command("search"))
    router.callback_query.register(turn_search_page, SearchQuery.filter(), F.message.as_("shown"))
    router.inline_query.register(inline_search)
    return router
