from aiogram import F, Router
from aiogram.exceptions import TelegramBadRequest
from aiogram.filters import Command
from aiogram.filters.callback_data import CallbackData
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message
from aiogram.utils.keyboard import InlineKeyboardBuilder

from bot.news_service import NewsService, StoryPage
from bot.render import render_latest
from bot.texts import Texts


class LatestPage(CallbackData, prefix="latest1"):
    page: int


def _keyboard(page: StoryPage, texts: Texts) -> InlineKeyboardMarkup | None:
    builder = InlineKeyboardBuilder()
    if page.has_newer:
        builder.button(text=texts.button_newer, callback_data=LatestPage(page=page.page - 1))
    if page.has_older:
        builder.button(text=texts.button_older, callback_data=LatestPage(page=page.page + 1))
    return builder.as_markup() if page.has_newer or page.has_older else None


async def latest(message: Message, news: NewsService, texts: Texts) -> None:
    page = await news.latest_page(0)
    await message.answer(render_latest(page, texts), reply_markup=_keyboard(page, texts))


async def turn_page(
    query: CallbackQuery, callback_data: LatestPage, shown: Message, news: NewsService, texts: Texts
) -> None:
    page = await news.latest_page(callback_data.page)
    try:
        await shown.edit_text(render_latest(page, texts), reply_markup=_keyboard(page, texts))
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
