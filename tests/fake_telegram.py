"""A fake Telegram Bot API server on 127.0.0.1, for tests that talk HTTP like production."""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from collections import Counter, deque
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

from aiohttp import web

BOT_ID = 424242
BOT_TOKEN = f"{BOT_ID}:TEST-token-secret-value"


@dataclass
class Call:
    method: str
    params: dict[str, Any]

    @property
    def chat_id(self) -> int | None:
        value = self.params.get("chat_id")
        return int(value) if value is not None else None

    @property
    def text(self) -> str:
        return str(self.params.get("text") or self.params.get("caption") or "")


@dataclass(frozen=True)
class Limits:
    """Telegram's broadcast limits, enforced like Telegram does: a 429 with retry_after."""

    global_per_second: int = 30
    chat_per_second: int = 1
    group_per_minute: int = 20
    retry_after: int = 1


GIFTS = {
    "unlimited_gifts": False,
    "limited_gifts": False,
    "unique_gifts": False,
    "premium_subscription": False,
    "gifts_from_channels": False,
}
SENDING_METHODS = frozenset({"sendMessage", "sendPhoto", "sendDocument"})


@dataclass
class FakeTelegram:
    token: str = BOT_TOKEN
    calls: list[Call] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)
    base_url: str = ""
    limits: Limits | None = None
    blocked: set[int] = field(default_factory=set)  # 403: blocked by the user, kicked
    missing: set[int] = field(default_factory=set)  # 400: chat not found
    migrated: dict[int, int] = field(default_factory=dict)  # group id -> supergroup id
    failing: Counter[int] = field(default_factory=Counter)  # chat -> 5xx answers still to give
    chats: dict[str, dict[str, Any]] = field(default_factory=dict)  # getChat, by id or @name
    # With limits on: when each accepted send arrived (monotonic seconds) and to which chat.
    arrivals: list[tuple[float, int]] = field(default_factory=list)
    refusals: list[tuple[float, int, int]] = field(default_factory=list)  # 429s for a limit
    members: dict[tuple[int, int], dict[str, Any]] = field(default_factory=dict)
    too_many_requests: int = 0
    outage: int = 0  # 502 answers still to give to any send (Telegram down)
    flood_next: int = 0  # 429 answers still to give to any send, whatever the rate
    answer_delay: dict[int, float] = field(default_factory=dict)  # chat -> late answers
    refused_html: int = 0  # 400 "can't parse entities" / "message is too long"
    _recent_sends: deque[tuple[float, int]] = field(default_factory=deque)
    _updates: list[dict[str, Any]] = field(default_factory=list)
    _changed: asyncio.Condition = field(default_factory=asyncio.Condition)
    _runner: web.AppRunner | None = None
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _message_ids: itertools.count[int] = field(default_factory=lambda: itertools.count(100))

    async def start(self) -> str:
        app = web.Application()
        app.router.add_route("POST", "/bot{token}/{method}", self._dispatch)
        app.router.add_route("GET", "/bot{token}/{method}", self._dispatch)
        app.router.add_route("GET", "/file/bot{token}/{path:.*}", self._download)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.base_url = f"http://127.0.0.1:{port}"
        return self.base_url

    async def close(self) -> None:
        async with self._changed:
            self._changed.notify_all()
        if self._runner is not None:
            await self._runner.cleanup()

    # --- what tests do -------------------------------------------------------------------

    def user(self, user_id: int = 1001, language_code: str = "ru") -> dict[str, Any]:
        return {
            "id": user_id,
            "is_bot": False,
            "first_name": f"User{user_id}",
            "language_code": language_code,
        }

    def message_update(
        self,
        text: str,
        *,
        user_id: int = 1001,
        language_code: str = "ru",
        chat: dict[str, Any] | None = None,
        **extra: Any,
    ) -> dict[str, Any]:
        message: dict[str, Any] = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": chat or {"id": user_id, "type": "private"},
            "from": self.user(user_id, language_code),
            "text": text,
            **extra,
        }
        if text.startswith("/"):
            command = text.split()[0]
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        return {"update_id": next(self._ids), "message": message}

    def callback_update(
        self, data: str, *, message: dict[str, Any], user_id: int = 1001, language_code: str = "ru"
    ) -> dict[str, Any]:
        return {
            "update_id": next(self._ids),
            "callback_query": {
                "id": str(next(self._ids)),
                "from": self.user(user_id, language_code),
                "chat_instance": "test",
                "data": data,
                "message": message,
            },
        }

    def document_update(
        self, file_name: str, data: bytes, *, user_id: int = 1001, size_known: bool = True
    ) -> dict[str, Any]:
        file_id = f"file{next(self._ids)}"
        self.files[file_id] = data
        update = self.message_update("", user_id=user_id)
        message = update["message"]
        del message["text"]
        message["document"] = {
            "file_id": file_id,
            "file_unique_id": file_id,
            "file_name": file_name,
            "file_size": len(data),
        }
        if not size_known:  # Telegram may leave the size out
            del message["document"]["file_size"]
        return update

    def inline_update(self, query: str, *, user_id: int = 1001) -> dict[str, Any]:
        return {
            "update_id": next(self._ids),
            "inline_query": {
                "id": str(next(self._ids)),
                "from": self.user(user_id),
                "query": query,
                "offset": "",
            },
        }

    async def push(self, update: dict[str, Any]) -> None:
        """Queue an update for the bot's next getUpdates."""
        async with self._changed:
            self._updates.append(update)
            self._changed.notify_all()

    def sent(self, method: str = "sendMessage") -> list[Call]:
        return [call for call in self.calls if call.method == method]

    def delivered(self) -> Counter[int]:
        """How many messages each chat has received."""
        return Counter(call.chat_id for call in self.calls if call.method in SENDING_METHODS)

    def add_chat(
        self, chat_id: int, kind: str, *, title: str = "", username: str | None = None
    ) -> dict[str, Any]:
        chat: dict[str, Any] = {"id": chat_id, "type": kind, "title": title or f"Chat {chat_id}"}
        if kind == "private":
            chat = {"id": chat_id, "type": kind, "first_name": title or f"User{chat_id}"}
        if username:
            chat["username"] = username
            self.chats[f"@{username}".lower()] = chat
        self.chats[str(chat_id)] = chat
        return chat

    def set_member(self, chat_id: int, user_id: int, status: str, **rights: Any) -> None:
        self.members[(chat_id, user_id)] = {"status": status, **rights}

    async def wait_for(self, method: str, count: int = 1, timeout: float = 15.0) -> list[Call]:
        """Wait until the bot has called `method` at least `count` times."""
        async with asyncio.timeout(timeout):
            async with self._changed:
                await self._changed.wait_for(lambda: len(self.sent(method)) >= count)
        return self.sent(method)

    # --- the API --------------------------------------------------------------------------

    async def _dispatch(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return _error(401, "Unauthorized")
        method = request.match_info["method"]
        params = await _params(request)
        call = Call(method, params)
        handler = getattr(self, f"_api_{method}", None)
        if handler is None:
            return _error(404, "Not Found: method not found")
        if method in SENDING_METHODS and call.chat_id is not None:
            refusal = self._refuse_delivery(call.chat_id)
            if refusal is not None:
                return refusal
        if method in {"sendMessage", "editMessageText"} and params.get("parse_mode") == "HTML":
            problem = html_problem(str(params.get("text") or ""))
            if problem is not None:
                self.refused_html += 1
                return _error(400, f"Bad Request: {problem}")
        result = await handler(call)
        if isinstance(result, web.Response):
            return result
        if method != "getUpdates":
            async with self._changed:
                self.calls.append(call)
                self._changed.notify_all()
        delay = self.answer_delay.get(call.chat_id or 0, 0.0) if method in SENDING_METHODS else 0
        if delay:  # delivered, but the answer comes after the client has given up
            await asyncio.sleep(delay)
        return web.json_response({"ok": True, "result": result})

    async def _api_getMe(self, call: Call) -> Any:
        return {
            "id": BOT_ID,
            "is_bot": True,
            "first_name": "coopnews",
            "username": "coopnews_test_bot",
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": True,
        }

    async def _api_getUpdates(self, call: Call) -> Any:
        offset = int(call.params.get("offset") or 0)
        timeout = min(float(call.params.get("timeout") or 0), 2.0)

        def pending() -> list[dict[str, Any]]:
            return [update for update in self._updates if update["update_id"] >= offset]

        async with self._changed:
            # Confirmed updates are forgotten, like Telegram does.
            self._updates = pending()
            if not self._updates and timeout:
                try:
                    async with asyncio.timeout(timeout):
                        await self._changed.wait_for(lambda: bool(pending()))
                except TimeoutError:
                    pass
            return pending()

    async def _api_sendMessage(self, call: Call) -> Any:
        return self._message(call, text=call.params.get("text"))

    async def _api_sendPhoto(self, call: Call) -> Any:
        return self._message(call, caption=call.params.get("caption"), photo=[_photo_size()])

    async def _api_sendDocument(self, call: Call) -> Any:
        return self._message(
            call,
            caption=call.params.get("caption"),
            document={"file_id": "doc", "file_unique_id": "doc"},
        )

    async def _api_getFile(self, call: Call) -> Any:
        file_id = str(call.params["file_id"])
        if file_id not in self.files:
            return _error(400, "Bad Request: invalid file_id")
        return {"file_id": file_id, "file_unique_id": file_id, "file_path": f"documents/{file_id}"}

    async def _download(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return _error(401, "Unauthorized")
        file_id = request.match_info["path"].rsplit("/", 1)[-1]
        if file_id not in self.files:
            return web.Response(status=404)
        return web.Response(body=self.files[file_id])

    async def _api_editMessageText(self, call: Call) -> Any:
        return self._message(
            call, text=call.params.get("text"), message_id=int(call.params["message_id"])
        )

    async def _api_getChat(self, call: Call) -> Any:
        chat = self.chats.get(str(call.params["chat_id"]).lower())
        if chat is None:
            return _error(400, "Bad Request: chat not found")
        return {**chat, "accent_color_id": 0, "max_reaction_count": 9, "accepted_gift_types": GIFTS}

    async def _api_getChatMember(self, call: Call) -> Any:
        chat_id, user_id = int(call.params["chat_id"]), int(call.params["user_id"])
        if str(chat_id) not in self.chats:
            return _error(400, "Bad Request: chat not found")
        member = self.members.get((chat_id, user_id), {"status": "left"})
        user = {"id": user_id, "is_bot": user_id == BOT_ID, "first_name": f"User{user_id}"}
        defaults: dict[str, Any] = {}
        if member["status"] == "administrator":
            defaults = {
                "can_be_edited": False,
                "is_anonymous": False,
                "can_manage_chat": True,
                "can_delete_messages": True,
                "can_manage_video_chats": True,
                "can_restrict_members": True,
                "can_promote_members": False,
                "can_change_info": True,
                "can_invite_users": True,
                "can_post_stories": False,
                "can_edit_stories": False,
                "can_delete_stories": False,
                "can_send_welcome_messages": False,
            }
        elif member["status"] == "creator":
            defaults = {"is_anonymous": False}
        elif member["status"] == "restricted":
            defaults = {
                "is_member": True,
                "can_send_messages": False,
                "can_send_audios": False,
                "can_send_documents": False,
                "can_send_photos": False,
                "can_send_videos": False,
                "can_send_video_notes": False,
                "can_send_voice_notes": False,
                "can_send_polls": False,
                "can_send_other_messages": False,
                "can_add_web_page_previews": False,
                "can_react_to_messages": False,
                "can_edit_tag": False,
                "can_change_info": False,
                "can_invite_users": False,
                "can_pin_messages": False,
                "can_manage_topics": False,
                "until_date": 0,
            }
        return {**defaults, **member, "user": user}

    def _refuse_delivery(self, chat_id: int) -> web.Response | None:
        """Telegram's answers to a send that cannot or may not go through now."""
        if self.outage > 0:
            self.outage -= 1
            return _error(502, "Bad Gateway")
        if self.flood_next > 0:
            self.flood_next -= 1
            self.too_many_requests += 1
            return _error(429, "Too Many Requests: retry after 1", parameters={"retry_after": 1})
        if chat_id in self.blocked:
            return _error(403, "Forbidden: bot was blocked by the user")
        if chat_id in self.missing:
            return _error(400, "Bad Request: chat not found")
        if chat_id in self.migrated:
            return _error(
                400,
                "Bad Request: group chat was upgraded to a supergroup chat",
                parameters={"migrate_to_chat_id": self.migrated[chat_id]},
            )
        if self.failing[chat_id] > 0:
            self.failing[chat_id] -= 1
            return _error(502, "Bad Gateway")
        if self.limits is None:
            return None
        now = time.monotonic()
        recent = self._recent_sends
        while recent and recent[0][0] <= now - 60:
            recent.popleft()
        last_second = [chat for moment, chat in recent if moment > now - 1]
        over = (
            len(last_second) >= self.limits.global_per_second
            or last_second.count(chat_id) >= self.limits.chat_per_second
            or (
                chat_id < 0
                and sum(1 for _, chat in recent if chat == chat_id) >= self.limits.group_per_minute
            )
        )
        if over:
            self.too_many_requests += 1
            self.refusals.append((now, chat_id, len(last_second)))
            retry = self.limits.retry_after
            return _error(
                429,
                f"Too Many Requests: retry after {retry}",
                parameters={"retry_after": retry},
            )
        recent.append((now, chat_id))
        self.arrivals.append((now, chat_id))
        return None

    async def _ok(self, call: Call) -> Any:
        return True

    _api_answerCallbackQuery = _ok
    _api_answerInlineQuery = _ok
    _api_setMyCommands = _ok
    _api_deleteMyCommands = _ok
    _api_deleteWebhook = _ok
    _api_setWebhook = _ok
    _api_close = _ok

    def _message(self, call: Call, *, message_id: int | None = None, **content: Any) -> Any:
        message = {
            "message_id": message_id or next(self._message_ids),
            "date": int(time.time()),
            "chat": {"id": call.chat_id, "type": "private"},
            "from": {"id": BOT_ID, "is_bot": True, "first_name": "coopnews"},
            **{key: value for key, value in content.items() if value is not None},
        }
        if "reply_markup" in call.params:
            message["reply_markup"] = call.params["reply_markup"]
        return message


async def _params(request: web.Request) -> dict[str, Any]:
    """aiogram posts form fields, JSON-encoding the structured ones."""
    if request.content_type == "application/json":
        return dict(await request.json())
    form = await request.post()
    params: dict[str, Any] = {}
    for key, value in form.items():
        if isinstance(value, str) and value[:1] in "[{":
            try:
                params[key] = json.loads(value)
                continue
            except ValueError:
                pass
        params[key] = value
    params.update({key: value for key, value in request.query.items() if key not in params})
    return params


_TELEGRAM_TAGS = frozenset(
    {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre", "span",
     "tg-spoiler", "blockquote", "tg-emoji"}
)  # fmt: skip


class _EntityChecker(HTMLParser):
    """Telegram's HTML parse mode, as strict as Telegram is: known tags, balanced, no bare <."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.stack: list[str] = []
        self.problem: str | None = None
        self.length = 0

    def fail(self, problem: str) -> None:
        self.problem = self.problem or f"can't parse entities: {problem}"

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _TELEGRAM_TAGS:
            self.fail(f'Unsupported start tag "{tag}"')
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.fail(f'Unmatched end tag "{tag}"')
        else:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        if "<" in data:
            self.fail("Unsupported start tag")
        self.length += len(data)

    def handle_entityref(self, name: str) -> None:
        if name not in {"lt", "gt", "amp", "quot"}:
            self.fail(f'Unsupported entity "{name}"')
        self.length += 1

    def handle_charref(self, name: str) -> None:
        self.length += 1


def html_problem(text: str) -> str | None:
    """What Telegram would answer to this HTML message, or None when it would take it."""
    checker = _EntityChecker()
    checker.feed(text)
    checker.close()
    if checker.stack:
        checker.fail(f"Can't find end tag corresponding to start tag {checker.stack[-1]}")
    if checker.problem is None and checker.length > 4096:
        return "message is too long"
    return checker.problem


def _photo_size() -> dict[str, Any]:
    return {"file_id": "photo", "file_unique_id": "photo", "width": 1, "height": 1}


def _error(status: int, description: str, **extra: Any) -> web.Response:
    body = {"ok": False, "error_code": status, "description": description, **extra}
    return web.json_response(body, status=status)
