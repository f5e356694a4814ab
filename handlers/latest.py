from aiogram import F, Router
from aiogram.exceptions import TelegramBadRequest
from aiogram.filters import Command, CommandObject
from aiogram.filters.callback_data import CallbackData
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message
from aiogram.utils.keyboard import InlineKeyboardBuilder

from bot.news_service import NewsService, StoryPage
from bot.render import render_latest
from bot.search_service import SearchService, filters_of
from bot.texts import Texts
from news.search import parse_query


class LatestPage(CallbackData, prefix="latest2"):
    page: int
    query_id: int = 0  # the saved filters ("KZ с 2024"), 0 for none


def _keyboard(page: StoryPage, texts: Texts, query_id: int) -> InlineKeyboardMarkup | None:
    builder = InlineKeyboardBuilder()
    if page.has_newer:
        builder.button(
            text=texts.button_newer, callback_data=LatestPage(page=page.page - 1, query_id=query_id)
        )
    if page.has_older:
        builder.button(
            text=texts.button_older, callback_data=LatestPage(page=page.page + 1, query_id=query_id)
        )
    return builder.as_markup() if page.has_newer or page.has_older else None


async def latest(
    message: Message, command: CommandObject, news: NewsService, search: SearchService, texts: Texts
) -> None:
    filters = command.args or ""
    query_id = await search.remember(filters) if filters.strip() else 0
    page = await news.latest_page(0, filters_of(parse_query(filters)))
    await message.answer(render_latest(page, texts), reply_markup=_keyboard(page, texts, query_id))


async def turn_page(
    query: CallbackQuery,
    callback_data: LatestPage,
    shown: Message,
    news: NewsService,
    search: SearchService,
    texts: Texts,
) -> None:
    filters = await search.recall(callback_data.query_id) if callback_data.query_id else ""
    page = await news.latest_page(callback_data.page, filters_of(parse_query(filters or "")))
    markup = _keyboard(page, texts, callback_data.query_id)
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
