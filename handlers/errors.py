"""The one errors router: every update that fails ends here."""

import logging
import re

from aiogram import Router
from aiogram.exceptions import TelegramAPIError, TelegramBadRequest
from aiogram.filters import ExceptionMessageFilter, ExceptionTypeFilter
from aiogram.types import ErrorEvent

from views.i18n import Texts, texts_for

logger = logging.getLogger(__name__)

# Pressing the same button twice asks for an identical message: there is nothing to change.
NOT_MODIFIED = re.compile(r".*message is not modified", re.DOTALL)


async def not_modified(event: ErrorEvent) -> None:
    """Nothing to do: the message already shows what was asked (the press is answered)."""


async def on_error(event: ErrorEvent, texts: Texts | None = None) -> None:
    """Log the failure with its update, and tell the user instead of leaving them waiting."""
    logger.error(
        "Update %s failed: %r", event.update.update_id, event.exception, exc_info=event.exception
    )
    update = event.update
    user = update.event.from_user if hasattr(update.event, "from_user") else None
    if texts is None:  # failed before the person's language was known
        texts = texts_for(user.language_code if user else None)
    # A number too large for SQLite that slipped past the range checks: say what it was.
    reply = texts("number-too-large" if isinstance(event.exception, OverflowError) else "error")
    try:
        if update.message is not None:
            await update.message.answer(reply)
        elif update.callback_query is not None:
            await update.callback_query.answer(reply, show_alert=True)
    except TelegramAPIError:
        logger.warning("Could not tell the user about the failure of update %s", update.update_id)


def create_router() -> Router:
    router = Router(name="errors")
    router.errors.register(
        not_modified, ExceptionTypeFilter(TelegramBadRequest), ExceptionMessageFilter(NOT_MODIFIED)
    )
    router.errors.register(on_error)
    return router
