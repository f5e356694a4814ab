from aiogram import F, Router
from aiogram.types import CallbackQuery, Message
from aiogram.utils.callback_answer import CallbackAnswer

from views.render import quote, shorten
from views.texts import Texts


async def unknown_command(message: Message, texts: Texts) -> None:
    command = shorten((message.text or "").split(maxsplit=1)[0], 64)
    await message.answer(texts.unknown_command.format(command=quote(command)))


async def anything_else(message: Message, texts: Texts) -> None:
    await message.answer(texts.plain_text)


async def stale_button(query: CallbackQuery, callback_answer: CallbackAnswer, texts: Texts) -> None:
    """A button from an older version of a message: answer, so the client stops waiting."""
    callback_answer.text = texts.page_gone


def create_router() -> Router:
    router = Router(name="fallback")
    router.message.register(unknown_command, F.text.startswith("/"))
    router.message.register(anything_else)
    router.callback_query.register(stale_button)
    return router
