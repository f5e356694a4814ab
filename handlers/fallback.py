from aiogram import F, Router
from aiogram.types import Message

from bot.render import quote, shorten
from bot.texts import Texts


async def unknown_command(message: Message, texts: Texts) -> None:
    command = shorten((message.text or "").split(maxsplit=1)[0], 64)
    await message.answer(texts.unknown_command.format(command=quote(command)))


async def anything_else(message: Message, texts: Texts) -> None:
    await message.answer(texts.plain_text)


def create_router() -> Router:
    router = Router(name="fallback")
    router.message.register(unknown_command, F.text.startswith("/"))
    router.message.register(anything_else)
    return router
