"""Local console chat: terminal lines become Telegram updates for the real dispatcher.

A BaseSession stands in for the Bot API, so handlers run unchanged and their replies are
printed as plain text, inline buttons as numbered choices. It plays one channel too,
@coopnews_demo, where the console user is the creator and the bot an administrator who may
post: channel digests can be added, scheduled, previewed and posted without Telegram.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
from collections.abc import AsyncGenerator, Callable
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
    GetMe,
    SendDocument,
    SendMessage,
    SendPhoto,
    TelegramMethod,
)
from aiogram.methods.base import TelegramType
from aiogram.types import (
    AcceptedGiftTypes,
    CallbackQuery,
    Chat,
    ChatFullInfo,
    ChatMemberAdministrator,
    ChatMemberLeft,
    ChatMemberOwner,
    InlineKeyboardMarkup,
    Message,
    Update,
    User,
)

from bot.app import App, build_dispatcher, open_app
from bot.settings import Settings
from delivery.sender import DeliveryLimits, Sender
from services.ingest import utc_now
from views.i18n import Texts, texts_for
from views.render import html_to_console

logger = logging.getLogger(__name__)

CONSOLE_TOKEN = "1000000:console-local"  # never leaves the process
CONSOLE_USER_ID = 1
CONSOLE_BOT_USERNAME = "coopnews_bot"
# The pretend channel: the console user created it, the bot may post in it.
DEMO_CHANNEL = "coopnews_demo"
DEMO_CHANNEL_ID = -1001000000001
DEMO_CHANNEL_TITLE = "coopnews demo"


class ConsoleSession(BaseSession):
    """Answers the Bot API methods the handlers call by printing to the terminal."""

    def __init__(self, out: TextIO, texts: Callable[[], Texts] | None = None) -> None:
        super().__init__()
        self._out = out
        # The console's own words ("type a number…") in the chat's current language.
        self._texts = texts or (lambda: texts_for(None))
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
            shown = self._show(
                bot,
                request.text or "",
                request.reply_markup,
                edited=edited,
                chat_id=request.chat_id,
            )
            return cast(TelegramType, shown)
        if isinstance(request, SendPhoto | SendDocument):
            kind = self._texts()(
                "console-photo" if isinstance(request, SendPhoto) else "console-document"
            )
            caption = getattr(request, "caption", None) or ""
            shown = self._show(bot, f"[{kind}] {caption}", request.reply_markup, edited=False)
            return cast(TelegramType, shown)
        if isinstance(request, AnswerCallbackQuery):
            if request.text:  # Telegram shows it for a moment over the chat
                self.write_line(f"  ({request.text})\n")
            return cast(TelegramType, True)
        if request.__returning__ is bool:
            return cast(TelegramType, True)
        if isinstance(request, GetMe):
            me = User(id=bot.id, is_bot=True, first_name="coopnews", username=CONSOLE_BOT_USERNAME)
            return cast(TelegramType, me)
        if isinstance(request, GetChat | GetChatMember) and _is_demo(request.chat_id):
            if isinstance(request, GetChat):
                return cast(TelegramType, _demo_channel())
            return cast(TelegramType, _demo_member(bot, request.user_id))
        if isinstance(request, GetChat | GetChatMember):
            # The console is one private chat and one pretend channel: nothing else is there.
            raise TelegramBadRequest(method, "Bad Request: chat not found")
        raise NotImplementedError(f"the console chat does not emulate {type(method).__name__}")

    def _show(
        self, bot: Bot, text: str, markup: Any, *, edited: bool, chat_id: Any = None
    ) -> Message:
        in_channel = _is_demo(chat_id)
        chat = (
            Chat(
                id=DEMO_CHANNEL_ID, type="channel", title=DEMO_CHANNEL_TITLE, username=DEMO_CHANNEL
            )
            if in_channel
            else Chat(id=CONSOLE_USER_ID, type="private")
        )
        message = Message(
            message_id=next(self._message_ids),
            date=datetime.now(UTC),
            chat=chat,
            from_user=User(id=bot.id, is_bot=True, first_name="coopnews"),
            text=text,
            reply_markup=markup if isinstance(markup, InlineKeyboardMarkup) else None,
        ).as_(bot)
        lead = f"[@{DEMO_CHANNEL}] " if in_channel else ""
        updated = f"({self._texts()('console-updated')})\n" if edited else ""
        self.write_line(updated + lead + html_to_console(text))
        self.choices = []
        if isinstance(markup, InlineKeyboardMarkup):
            lines = []
            for row in markup.inline_keyboard:  # a row of buttons is a line, as in Telegram
                shown = []
                for button in row:
                    if button.callback_data:
                        self.choices.append((button.callback_data, message))
                        shown.append(f"[{len(self.choices)}] {button.text}")
                    elif button.url:
                        shown.append(f"[{button.text}: {button.url}]")
                if shown:
                    lines.append("  " + "   ".join(shown))
            if lines:
                hint = self._texts()("console-press")
                self.write_line("\n".join(lines) + f"\n  ({hint})")
        self.write_line("")
        return message

    def write_line(self, text: str) -> None:
        self.write(text + "\n")

    def write(self, text: str) -> None:
        self._out.write(text)
        self._out.flush()


def _is_demo(chat_id: Any) -> bool:
    return str(chat_id).lower() in {f"@{DEMO_CHANNEL}", str(DEMO_CHANNEL_ID)}


def _demo_channel() -> ChatFullInfo:
    return ChatFullInfo(
        id=DEMO_CHANNEL_ID,
        type="channel",
        title=DEMO_CHANNEL_TITLE,
        username=DEMO_CHANNEL,
        accent_color_id=0,
        max_reaction_count=0,
        accepted_gift_types=AcceptedGiftTypes(
            unlimited_gifts=False,
            limited_gifts=False,
            unique_gifts=False,
            premium_subscription=False,
            gifts_from_channels=False,
        ),
    )


def _demo_member(bot: Bot, user_id: int) -> ChatMemberOwner | ChatMemberAdministrator | Any:
    if user_id == CONSOLE_USER_ID:
        return ChatMemberOwner(
            user=User(id=user_id, is_bot=False, first_name="Console"), is_anonymous=False
        )
    if user_id == bot.id:
        return ChatMemberAdministrator(
            user=User(id=bot.id, is_bot=True, first_name="coopnews"),
            can_be_edited=False,
            is_anonymous=False,
            can_manage_chat=True,
            can_delete_messages=True,
            can_manage_video_chats=False,
            can_restrict_members=False,
            can_promote_members=False,
            can_change_info=False,
            can_invite_users=False,
            can_post_stories=False,
            can_edit_stories=False,
            can_delete_stories=False,
            can_send_welcome_messages=False,
            can_post_messages=True,
        )
    return ChatMemberLeft(user=User(id=user_id, is_bot=False, first_name="Someone"))


class ConsoleChat:
    """Feeds typed lines through the dispatcher as if a Telegram user had sent them."""

    def __init__(
        self,
        dispatcher: Dispatcher,
        out: TextIO,
        *,
        language: str = "ru",
        deps: dict[str, Any] | None = None,
        app: App | None = None,
    ) -> None:
        self._dispatcher = dispatcher
        self._language = language
        self._app = app
        self.session = ConsoleSession(out, self.texts)
        self.bot = Bot(
            CONSOLE_TOKEN,
            session=self.session,
            default=DefaultBotProperties(parse_mode=ParseMode.HTML, link_preview_is_disabled=True),
        )
        self._user = User(
            id=CONSOLE_USER_ID, is_bot=False, first_name="Console", language_code=language
        )
        # The console is its owner's own bot: its user is an operator.
        operators = app.settings.operator_ids | {CONSOLE_USER_ID} if app else frozenset()
        self._deps: dict[str, Any] = {"console_channel": f"@{DEMO_CHANNEL}", **(deps or {})}
        if app is not None:
            self._deps["operator_ids"] = operators
        self._ids = itertools.count(1)
        # Loose limits: the terminal is the only chat, and nobody waits a second per line.
        loose = DeliveryLimits(global_per_second=1000, chat_per_second=1000, group_per_minute=1000)
        self._sender = (
            Sender(self.bot, app.outbox, loose, clock=utc_now) if app is not None else None
        )

    def texts(self) -> Texts:
        """The chat's language: the one chosen with /lang, else the one it was started in."""
        if self._app is None:
            return texts_for(self._language)
        return texts_for(self._app.people.language_of(CONSOLE_USER_ID, self._language))

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
        await self.deliver()

    async def deliver(self) -> None:
        """What the bot would send unasked by now: alerts, and digests whose time has come
        (the pretend channel's included), printed like replies."""
        if self._app is None or self._sender is None:
            return
        await self._app.alerter.enqueue_new()
        await self._app.channels.post_due()
        await self._app.alerter.post_digests()
        await self._sender.drain()

    async def run(self, stream: TextIO, *, prompt: bool = False) -> None:
        """Read lines until the end of input; at a terminal, a prompt in the chat's language
        on the line where the person types."""
        while True:
            if prompt:
                self.session.write(self.texts()("console-prompt") + " ")
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
        chat = ConsoleChat(dispatcher, out, language=language, app=app)
        interactive = stream.isatty()
        if interactive:
            out.write(chat.texts()("console-welcome") + "\n\n")
        await chat.run(stream, prompt=interactive)
