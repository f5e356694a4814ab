from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware
from aiogram.types import TelegramObject, User

from views.texts import delivery_texts_for, operator_texts_for, texts_for


class TextsMiddleware(BaseMiddleware):
    """Gives every handler `texts` in the language of the user behind the update."""

    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        user: User | None = data.get("event_from_user")
        language = user.language_code if user else None
        data["texts"] = texts_for(language)
        data["operator_texts"] = operator_texts_for(language)
        data["delivery_texts"] = delivery_texts_for(language)
        return await handler(event, data)
