import gzip
from collections.abc import AsyncIterator

import pytest
from aiohttp import web

from news.fetch import (
    BlockedURLError,
    ConnectionFailedError,
    Fetcher,
    FetchLimits,
    FetchTimeoutError,
    HTTPStatusError,
    TooLargeError,
    TooManyRedirectsError,
    new_http_session,
)
from tests.feed_server import FeedServer

LIMITS = FetchLimits(timeout=1.0, max_bytes=100_000, max_redirects=2)


@pytest.fixture
async def fetcher() -> AsyncIterator[Fetcher]:
    async with new_http_session() as session:
        yield Fetcher(session, LIMITS)


async def test_conditional_request_costs_nothing(feed_server: FeedServer, fetcher: Fetcher) -> None:
    url = feed_server.feed("rss", b"<rss/>", etag='"v1"')
    first = await fetcher.fetch(url)
    assert first.status == 200 and first.body == b"<rss/>" and first.etag == '"v1"'
    second = await fetcher.fetch(url, etag=first.etag)
    assert second.not_modified and second.body == b""
    sent = feed_server.requests_to("rss")
    assert "If-None-Match" not in sent[0].headers
    assert sent[1].headers["If-None-Match"] == '"v1"'
    assert sent[0].headers["User-Agent"].startswith("coopnews/")


async def test_gzip_is_decoded(feed_server: FeedServer, fetcher: Fetcher) -> None:
    async def gzipped(request: web.Request) -> web.Response:
        return web.Response(
            body=gzip.compress(b"<rss>zipped</rss>"), headers={"Content-Encoding": "gzip"}
        )

    result = await fetcher.fetch(feed_server.route("gz", gzipped))
    assert result.body == b"<rss>zipped</rss>"


async def test_http_errors(feed_server: FeedServer, fetcher: Fetcher) -> None:
    with pytest.raises(HTTPStatusError, match="HTTP 503") as caught:
        await fetcher.fetch(feed_server.status("down", 503))
    assert caught.value.status == 503
    with pytest.raises(HTTPStatusError, match="HTTP 404"):
        await fetcher.fetch(feed_server.url("missing"))


async def test_slow_server_times_out(feed_server: FeedServer, fetcher: Fetcher) -> None:
    with pytest.raises(FetchTimeoutError, match="no answer within 1 s"):
        await fetcher.fetch(feed_server.slow("slow", 2))


async def test_size_cap_by_header_and_by_stream(feed_server: FeedServer, fetcher: Fetcher) -> None:
    with pytest.raises(TooLargeError):
        await fetcher.fetch(feed_server.feed("big", b"x" * 200_000))
    with pytest.raises(TooLargeError):
        await fetcher.fetch(feed_server.endless("endless"))


async def test_gzip_bomb_is_capped_after_decompression(
    feed_server: FeedServer, fetcher: Fetcher
) -> None:
    bomb = gzip.compress(b"\0" * 5_000_000)

    async def serve(request: web.Request) -> web.Response:
        return web.Response(body=bomb, headers={"Content-Encoding": "gzip"})

    assert len(bomb) < LIMITS.max_bytes
    with pytest.raises(TooLargeError):
        await fetcher.fetch(feed_server.route("bomb", serve))


async def test_redirects_are_followed_within_the_limit(
    feed_server: FeedServer, fetcher: Fetcher
) -> None:
    target = feed_server.feed("final", b"<rss/>")
    feed_server.redirect("hop2", target)
    start = feed_server.redirect("hop1", "/hop2", status=301)
    result = await fetcher.fetch(start)
    assert result.url == target and result.body == b"<rss/>"

    feed_server.redirect("loop", "/loop")
    with pytest.raises(TooManyRedirectsError):
        await fetcher.fetch(feed_server.url("loop"))


async def test_redirect_to_another_scheme_is_blocked(
    feed_server: FeedServer, fetcher: Fetcher
) -> None:
    with pytest.raises(BlockedURLError):
        await fetcher.fetch(feed_server.redirect("evil", "file:///etc/passwd"))


async def test_every_hop_passes_the_guard(feed_server: FeedServer) -> None:
    seen: list[str] = []

    async def guard(url: str) -> None:
        seen.append(url)
        if url.endswith("/forbidden"):
            raise BlockedURLError("private address")

    start = feed_server.redirect("go", "/forbidden")
    async with new_http_session() as session:
        with pytest.raises(BlockedURLError):
            await Fetcher(session, LIMITS, url_guard=guard).fetch(start)
    assert seen == [start, feed_server.url("forbidden")]
    assert feed_server.requests_to("forbidden") == []


async def test_refused_connection(fetcher: Fetcher) -> None:
    with pytest.raises(ConnectionFailedError):
        await fetcher.fetch("http://127.0.0.1:9/feed")
