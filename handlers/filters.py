"""Filters routers apply to every handler they hold."""

from aiogram import F
from aiogram.enums import ChatType
from aiogram.filters import Command, CommandStart, Filter
from aiogram.types import TelegramObject, User

PRIVATE_CHAT = F.chat.type == ChatType.PRIVATE
GROUP_CHAT = F.chat.type.in_({ChatType.GROUP, ChatType.SUPERGROUP})


class IsOperator(Filter):
    """True for the Telegram users listed in OPERATOR_IDS (`operator_ids` of the dispatcher)."""

    async def __call__(
        self,
        event: TelegramObject,
        event_from_user: User | None = None,
        operator_ids: frozenset[int] = frozenset(),
    ) -> bool:
        return event_from_user is not None and event_from_user.id in operator_ids


def command(*names: str) -> Command:
    """A command in any letter case: /LATEST is /latest."""
    return Command(*names, ignore_case=True)


def start_command() -> CommandStart:
    return CommandStart(ignore_case=True)
