"""A fake Telegram Bot API server on 127.0.0.1, for tests that talk HTTP like production."""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from dataclasses import dataclass, field
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


@dataclass
class FakeTelegram:
    token: str = BOT_TOKEN
    calls: list[Call] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)
    base_url: str = ""
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
        self, text: str, *, user_id: int = 1001, language_code: str = "ru"
    ) -> dict[str, Any]:
        message: dict[str, Any] = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": {"id": user_id, "type": "private"},
            "from": self.user(user_id, language_code),
            "text": text,
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
        self, file_name: str, data: bytes, *, user_id: int = 1001
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
        result = await handler(call)
        if isinstance(result, web.Response):
            return result
        if method != "getUpdates":
            async with self._changed:
                self.calls.append(call)
                self._changed.notify_all()
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


def _photo_size() -> dict[str, Any]:
    return {"file_id": "photo", "file_unique_id": "photo", "width": 1, "height": 1}


def _error(status: int, description: str, **extra: Any) -> web.Response:
    body = {"ok": False, "error_code": status, "description": description, **extra}
    return web.json_response(body, status=status)
