"""What no feature router took: plain text is a search; anything else gets a pointer."""

from aiogram import F, Router
from aiogram.types import CallbackQuery, Message
from aiogram.utils.callback_answer import CallbackAnswer

from handlers.filters import PRIVATE_CHAT
from handlers.search import answer_search
from services.search import SearchService
from views.i18n import Texts
from views.render import quote, shorten


async def unknown_command(message: Message, texts: Texts) -> None:
    command = shorten((message.text or "").split(maxsplit=1)[0], 64)
    await message.answer(texts("unknown-command", command=quote(command)))


async def plain_text(message: Message, search: SearchService, texts: Texts) -> None:
    """A word or a phrase in a private chat: search the news for it."""
    await answer_search(message, message.text or "", search, texts, nothing="plain-nothing")


async def anything_else(message: Message, texts: Texts) -> None:
    await message.answer(texts("plain-text"))


async def stale_button(query: CallbackQuery, callback_answer: CallbackAnswer, texts: Texts) -> None:
    """A button from an older version of a message: answer, so the client stops waiting."""
    callback_answer.text = texts("page-gone")


def create_router() -> Router:
    router = Router(name="fallback")
    router.message.register(unknown_command, F.text.startswith("/"))
    router.message.register(plain_text, PRIVATE_CHAT, F.text, F.forward_origin.is_(None))
    router.message.register(anything_else, PRIVATE_CHAT)
    router.callback_query.register(stale_button)
    return router
