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

from bot.render import html_to_console, render_search, render_story, shorten
from bot.search_service import SearchPage, SearchService
from bot.texts import Texts

INLINE_RESULTS = 10


class SearchQuery(CallbackData, prefix="srch1"):
    query_id: int
    page: int


def _keyboard(page: SearchPage, texts: Texts) -> InlineKeyboardMarkup | None:
    builder = InlineKeyboardBuilder()
    if page.has_newer:
        builder.button(
            text=texts.button_newer,
            callback_data=SearchQuery(query_id=page.query_id, page=page.page - 1),
        )
    if page.has_older:
        builder.button(
            text=texts.button_older,
            callback_data=SearchQuery(query_id=page.query_id, page=page.page + 1),
        )
    return builder.as_markup() if page.has_newer or page.has_older else None


async def search(
    message: Message, command: CommandObject, search: SearchService, texts: Texts
) -> None:
    if not (command.args or "").strip():
        await message.answer(texts.search_usage)
        return
    page = await search.search(command.args or "", 0)
    await message.answer(render_search(page, texts), reply_markup=_keyboard(page, texts))


async def turn_search_page(
    query: CallbackQuery,
    callback_data: SearchQuery,
    shown: Message,
    search: SearchService,
    texts: Texts,
) -> None:
    text = await search.recall(callback_data.query_id)
    if text is None:
        await query.answer(texts.page_gone)
        return
    page = await search.search(text, callback_data.page)
    try:
        await shown.edit_text(render_search(page, texts), reply_markup=_keyboard(page, texts))
    except TelegramBadRequest as error:
        if "message is not modified" not in error.message:
            raise
    await query.answer()


async def inline_search(inline: InlineQuery, search: SearchService, texts: Texts) -> None:
    """`@bot комбайн` in any chat: matching stories, ready to send."""
    page = await search.search(inline.query or "", 0, page_size=INLINE_RESULTS)
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
