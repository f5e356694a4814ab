"""A loopback HTTP server that serves fixture feeds and misbehaves on request."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from aiohttp import web

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@dataclass
class FeedServer:
    base_url: str = ""
    requests: list[web.Request] = field(default_factory=list)
    _routes: dict[str, Handler] = field(default_factory=dict)
    _runner: web.AppRunner | None = None

    async def start(self) -> str:
        app = web.Application()
        app.router.add_route("GET", "/{path:.*}", self._dispatch)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.base_url = f"http://127.0.0.1:{port}"
        return self.base_url

    async def close(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    def url(self, path: str) -> str:
        return f"{self.base_url}/{path.lstrip('/')}"

    def requests_to(self, path: str) -> list[web.Request]:
        return [request for request in self.requests if request.path == "/" + path.lstrip("/")]

    def route(self, path: str, handler: Handler) -> str:
        self._routes["/" + path.lstrip("/")] = handler
        return self.url(path)

    def feed(
        self,
        path: str,
        body: bytes,
        *,
        content_type: str = "application/rss+xml; charset=utf-8",
        etag: str | None = None,
    ) -> str:
        """Serve `body`, answering 304 to a request that presents the current ETag."""

        async def serve(request: web.Request) -> web.StreamResponse:
            if etag and request.headers.get("If-None-Match") == etag:
                return web.Response(status=304, headers={"ETag": etag})
            headers = {"ETag": etag} if etag else {}
            return web.Response(body=body, headers={"Content-Type": content_type, **headers})

        return self.route(path, serve)

    def status(self, path: str, status: int) -> str:
        async def serve(request: web.Request) -> web.StreamResponse:
            return web.Response(status=status, text="no")

        return self.route(path, serve)

    def slow(self, path: str, seconds: float, body: bytes = b"") -> str:
        async def serve(request: web.Request) -> web.StreamResponse:
            await asyncio.sleep(seconds)
            return web.Response(body=body, content_type="application/rss+xml")

        return self.route(path, serve)

    def redirect(self, path: str, target: str, status: int = 302) -> str:
        async def serve(request: web.Request) -> web.StreamResponse:
            return web.Response(status=status, headers={"Location": target})

        return self.route(path, serve)

    def endless(self, path: str, chunk: bytes = b"<rss>" + b"x" * 65536) -> str:
        """A body with no Content-Length that never ends; a reader must cut it off."""

        async def serve(request: web.Request) -> web.StreamResponse:
            response = web.StreamResponse(headers={"Content-Type": "application/rss+xml"})
            response.enable_chunked_encoding()
            await response.prepare(request)
            try:
                for _ in range(10_000):
                    await response.write(chunk)
            except (ConnectionResetError, asyncio.CancelledError):
                pass
            return response

        return self.route(path, serve)

    async def _dispatch(self, request: web.Request) -> web.StreamResponse:
        self.requests.append(request)
        handler = self._routes.get(request.path)
        if handler is None:
            return web.Response(status=404, text="not found")
        return await handler(request)
