from aiogram import Router
from aiogram.filters import Command, CommandStart
from aiogram.types import Message

from views.texts import Texts


async def start(message: Message, texts: Texts) -> None:
    await message.answer(texts.start)


async def help_(message: Message, texts: Texts) -> None:
    await message.answer(texts.help)


def create_router() -> Router:
    router = Router(name="common")
    router.message.register(start, CommandStart())
    router.message.register(help_, Command("help"))
    return router
