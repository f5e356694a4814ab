"""HTTP fetching with the limits a public feed reader needs: time, size, redirects."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

import aiohttp
from aiohttp.abc import AbstractResolver
from multidict import CIMultiDict

from news.urls import redact_url

USER_AGENT = "coopnews/0.1 (Telegram news bot; +https://github.com/coopnews/coopnews)"
FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
)
PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_CHUNK = 64 * 1024


class FetchError(Exception):
    """A fetch that did not give a usable response; the message is for people."""


class FetchTimeoutError(FetchError):
    pass


class HTTPStatusError(FetchError):
    def __init__(self, status: int, reason: str) -> None:
        super().__init__(f"HTTP {status} {reason}".strip())
        self.status = status


class TooLargeError(FetchError):
    pass


class TooManyRedirectsError(FetchError):
    pass


class ConnectionFailedError(FetchError):
    pass


class BlockedURLError(FetchError):
    """The URL (or a redirect target) is not allowed, e.g. a private address."""


# Called with every URL before it is requested, redirects included; raises BlockedURLError.
URLGuard = Callable[[str], Awaitable[None]]
SocketFactory = Callable[[tuple[Any, ...]], socket.socket]


@dataclass(frozen=True, slots=True)
class FetchLimits:
    timeout: float = 20.0
    max_bytes: int = 5 * 1024 * 1024
    max_redirects: int = 5


@dataclass(frozen=True, slots=True)
class FetchResult:
    url: str
    status: int
    body: bytes
    headers: Mapping[str, str]  # case-insensitive, as HTTP headers are

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def etag(self) -> str | None:
        return self.headers.get("ETag")

    @property
    def last_modified(self) -> str | None:
        return self.headers.get("Last-Modified")


class Fetcher:
    """Fetches one URL at a time over a shared aiohttp session (owned by the caller)."""

    def __init__(
        self,
        session: aiohttp.ClientSession,
        limits: FetchLimits,
        url_guard: URLGuard | None = None,
    ) -> None:
        self._session = session
        self.limits = limits
        self._url_guard = url_guard

    async def fetch(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        accept: str = FEED_ACCEPT,
    ) -> FetchResult:
        headers = {"Accept": accept, "User-Agent": USER_AGENT}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        try:
            async with asyncio.timeout(self.limits.timeout):
                return await self._follow(url, headers)
        except TimeoutError:
            raise FetchTimeoutError(f"no answer within {self.limits.timeout:g} s") from None
        except aiohttp.ClientError as error:
            raise ConnectionFailedError(_describe_client_error(error)) from None

    async def _follow(self, url: str, headers: dict[str, str]) -> FetchResult:
        current = url
        for _hop in range(self.limits.max_redirects + 1):
            if urlsplit(current).scheme not in {"http", "https"}:
                raise BlockedURLError(
                    f"only http and https URLs are fetched, not {redact_url(current)[:100]}"
                )
            if self._url_guard is not None:
                await self._url_guard(current)
            async with self._session.get(current, headers=headers, allow_redirects=False) as resp:
                if resp.status in _REDIRECTS and "Location" in resp.headers:
                    current = urljoin(current, resp.headers["Location"])
                    continue
                if resp.status == 304:
                    return FetchResult(current, 304, b"", CIMultiDict(resp.headers))
                if resp.status >= 400:
                    raise HTTPStatusError(resp.status, resp.reason or "")
                body = await self._read_capped(resp)
                return FetchResult(current, resp.status, body, CIMultiDict(resp.headers))
        raise TooManyRedirectsError(f"more than {self.limits.max_redirects} redirects")

    async def _read_capped(self, resp: aiohttp.ClientResponse) -> bytes:
        cap = self.limits.max_bytes
        if resp.content_length is not None and resp.content_length > cap:
            raise TooLargeError(f"response of {resp.content_length} bytes exceeds {cap} bytes")
        chunks: list[bytes] = []
        size = 0
        # The cap counts decompressed bytes, so a small gzip bomb is refused too.
        async for chunk in resp.content.iter_chunked(_CHUNK):
            size += len(chunk)
            if size > cap:
                raise TooLargeError(f"response exceeds {cap} bytes")
            chunks.append(chunk)
        return b"".join(chunks)


def _describe_client_error(error: aiohttp.ClientError) -> str:
    text = " ".join(str(error).split()) or type(error).__name__
    return f"connection failed: {text[:200]}"


def new_http_session(
    resolver: AbstractResolver | None = None, socket_factory: SocketFactory | None = None
) -> aiohttp.ClientSession:
    """The one HTTP session a process uses for feeds and pages; its owner closes it.

    `socket_factory` sees every address just before it is connected to (IP literals
    included, which never reach the resolver)."""
    return aiohttp.ClientSession(
        headers={"User-Agent": USER_AGENT},
        connector=aiohttp.TCPConnector(
            limit=32, ttl_dns_cache=300, resolver=resolver, socket_factory=socket_factory
        ),
        timeout=aiohttp.ClientTimeout(total=None, sock_connect=15),
    )
