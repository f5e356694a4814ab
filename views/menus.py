"""The command menus Telegram shows beside the message field, in each language."""

from __future__ import annotations

from aiogram.types import BotCommand

from views.i18n import Texts

COMMANDS = (
    "latest",
    "search",
    "turnover",
    "projects",
    "subscribe",
    "settings",
    "channel",
    "lang",
    "help",
    "start",
)
OPERATOR_COMMANDS = ("sources", "addsource", "fetchnow", "export", "stats", "failed")


def command_menu(texts: Texts, *, operator: bool = False) -> list[BotCommand]:
    names = COMMANDS + (OPERATOR_COMMANDS if operator else ())
    return [BotCommand(command=name, description=texts(f"cmd-{name}")) for name in names]
