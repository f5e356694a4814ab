"""Local console chat: terminal lines become Telegram updates for the real dispatcher.

A BaseSession stands in for the Bot API, so handlers run unchanged and their replies are
printed as plain text, inline buttons as numbered choices.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
from collections.abc import AsyncGenerator
from datetime import UTC, datetime
from typing import Any, TextIO, cast

from aiogram import Bot, Dispatcher
from aiogram.client.default import DefaultBotProperties
from aiogram.client.session.base import BaseSession
from aiogram.enums import ParseMode
from aiogram.exceptions import TelegramBadRequest
from aiogram.methods import (
    AnswerCallbackQuery,
    EditMessageText,
    GetChat,
    GetChatMember,
    SendDocument,
    SendMessage,
    SendPhoto,
    TelegramMethod,
)
from aiogram.methods.base import TelegramType
from aiogram.types import (
    CallbackQuery,
    Chat,
    InlineKeyboardMarkup,
    Message,
    Update,
    User,
)

from bot.app import build_dispatcher, open_app
from bot.settings import Settings
from views.render import html_to_console

logger = logging.getLogger(__name__)

CONSOLE_TOKEN = "1000000:console-local"  # never leaves the process
CONSOLE_USER_ID = 1


class ConsoleSession(BaseSession):
    """Answers the Bot API methods the handlers call by printing to the terminal."""

    def __init__(self, out: TextIO) -> None:
        super().__init__()
        self._out = out
        self._message_ids = itertools.count(1)
        self.choices: list[tuple[str, Message]] = []

    async def close(self) -> None:
        return None

    async def stream_content(
        self,
        url: str,
        headers: dict[str, Any] | None = None,
        timeout: int = 30,  # noqa: ASYNC109 - aiogram's interface
        chunk_size: int = 65536,
        raise_for_status: bool = True,
    ) -> AsyncGenerator[bytes, None]:
        raise NotImplementedError("the console chat downloads no files")
        yield b""  # pragma: no cover - makes this an async generator

    async def make_request(
        self,
        bot: Bot,
        method: TelegramMethod[TelegramType],
        timeout: int | None = None,  # noqa: ASYNC109 - aiogram's interface
    ) -> TelegramType:
        # Each answer is what the method returns (its __returning__), which mypy cannot tie
        # to the isinstance checks: hence the casts.
        request: TelegramMethod[Any] = method
        if isinstance(request, SendMessage | EditMessageText):
            edited = isinstance(request, EditMessageText)
            shown = self._show(bot, request.text or "", request.reply_markup, edited=edited)
            return cast(TelegramType, shown)
        if isinstance(request, SendPhoto | SendDocument):
            kind = "photo" if isinstance(request, SendPhoto) else "document"
            caption = getattr(request, "caption", None) or ""
            shown = self._show(bot, f"[{kind}] {caption}", request.reply_markup, edited=False)
            return cast(TelegramType, shown)
        if isinstance(request, AnswerCallbackQuery):
            if request.text:
                self.write_line(f"  ({request.text})")
            return cast(TelegramType, True)
        if request.__returning__ is bool:
            return cast(TelegramType, True)
        if isinstance(request, GetChat | GetChatMember):
            # The console is one private chat: there is no channel or group to look up.
            raise TelegramBadRequest(method, "Bad Request: chat not found")
        raise NotImplementedError(f"the console chat does not emulate {type(method).__name__}")

    def _show(self, bot: Bot, text: str, markup: Any, *, edited: bool) -> Message:
        message = Message(
            message_id=next(self._message_ids),
            date=datetime.now(UTC),
            chat=Chat(id=CONSOLE_USER_ID, type="private"),
            from_user=User(id=bot.id, is_bot=True, first_name="coopnews"),
            text=text,
            reply_markup=markup if isinstance(markup, InlineKeyboardMarkup) else None,
        ).as_(bot)
        self.write_line(("(updated)\n" if edited else "") + html_to_console(text))
        self.choices = []
        if isinstance(markup, InlineKeyboardMarkup):
            lines = []
            for row in markup.inline_keyboard:
                for button in row:
                    if button.callback_data:
                        self.choices.append((button.callback_data, message))
                        lines.append(f"  [{len(self.choices)}] {button.text}")
                    elif button.url:
                        lines.append(f"  [link] {button.text}: {button.url}")
            if lines:
                self.write_line("\n".join(lines) + "\n  (type a number to press a button)")
        self.write_line("")
        return message

    def write_line(self, text: str) -> None:
        self._out.write(text + "\n")
        self._out.flush()


class ConsoleChat:
    """Feeds typed lines through the dispatcher as if a Telegram user had sent them."""

    def __init__(
        self,
        dispatcher: Dispatcher,
        out: TextIO,
        *,
        language: str = "ru",
        deps: dict[str, Any] | None = None,
    ) -> None:
        self._dispatcher = dispatcher
        self.session = ConsoleSession(out)
        self.bot = Bot(
            CONSOLE_TOKEN,
            session=self.session,
            default=DefaultBotProperties(parse_mode=ParseMode.HTML, link_preview_is_disabled=True),
        )
        self._user = User(
            id=CONSOLE_USER_ID, is_bot=False, first_name="Console", language_code=language
        )
        self._deps = deps or {}
        self._ids = itertools.count(1)

    async def handle_line(self, line: str) -> None:
        line = line.strip()
        if not line:
            return
        if line.isdigit() and 1 <= int(line) <= len(self.session.choices):
            data, message = self.session.choices[int(line) - 1]
            update = Update(
                update_id=next(self._ids),
                callback_query=CallbackQuery(
                    id=str(next(self._ids)),
                    from_user=self._user,
                    chat_instance="console",
                    data=data,
                    message=message,
                ),
            )
        else:
            update = Update(
                update_id=next(self._ids),
                message=Message(
                    message_id=next(self._ids),
                    date=datetime.now(UTC),
                    chat=Chat(id=CONSOLE_USER_ID, type="private"),
                    from_user=self._user,
                    text=line,
                ),
            )
        await self._dispatcher.feed_update(self.bot, update, **self._deps)

    async def run(self, stream: TextIO, *, prompt: str = "") -> None:
        while True:
            if prompt:
                self.session.write_line(prompt)
            line = await asyncio.to_thread(stream.readline)
            if not line:  # end of input
                return
            await self.handle_line(line)


async def run_console(
    settings: Settings, stream: TextIO, out: TextIO, *, language: str = "ru", poll: bool = False
) -> None:
    """The bot in a terminal: same database and handlers, bundled sample news on first start."""
    async with open_app(settings) as app:
        added = await app.ingestor.ingest_bundled_sample()
        if added:
            logger.info("Loaded %d sample stories", len(added))
        # A local database is small: what an older extractor read is read again before the
        # first reply (the Telegram bot does it in the background).
        await app.analyst.refresh_outdated()
        if poll:
            await app.ingestor.poll_due()
        dispatcher = build_dispatcher(app)
        chat = ConsoleChat(dispatcher, out, language=language)
        interactive = stream.isatty()
        if interactive:
            out.write("coopnews console chat. Try /start or /latest; Ctrl+D quits.\n\n")
        await chat.run(stream, prompt="you › " if interactive else "")
