"""Middlewares: texts in the person's language, and an answer to every button press."""

from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware
from aiogram.dispatcher.flags import get_flag
from aiogram.types import CallbackQuery, TelegramObject, User
from aiogram.utils.callback_answer import CallbackAnswerMiddleware

from handlers.errors import NOT_MODIFIED
from services.people import PeopleService
from views.i18n import texts_for

Handler = Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]]


class TextsMiddleware(BaseMiddleware):
    """Gives every handler `texts` in the language of the person behind the update: the one
    they chose with /lang, else their Telegram's. The choices are held in memory by the
    people service: no database work here."""

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        user: User | None = data.get("event_from_user")
        people: PeopleService | None = data.get("people")
        telegram_language = user.language_code if user else None
        if people is not None:
            language = people.language_of(user.id if user else None, telegram_language)
        else:
            language = texts_for(telegram_language).language
        data["texts"] = texts_for(language)
        return await handler(event, data)


class CallbackAnswers(CallbackAnswerMiddleware):
    """aiogram's answer to every button press, given when the handler is done, with the text
    the handler put on `callback_answer`. One difference: a handler that fails (other than by
    asking for the message it already shows) leaves the press to the errors router, which
    answers it with what went wrong; Telegram takes one answer a press."""

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        if not isinstance(event, CallbackQuery):
            return await handler(event, data)
        answer = self.construct_callback_answer(properties=get_flag(data, "callback_answer"))
        data["callback_answer"] = answer
        try:
            return await handler(event, data)
        except Exception as error:
            if not NOT_MODIFIED.match(str(error)):
                answer.disable()
            raise
        finally:
            if not answer.disabled and not answer.answered:
                await self.answer(event, answer)
