"""Operators may add only public http(s) feeds: checked on the URL, at every redirect and at
connect time."""

from __future__ import annotations

import socket

import aiohttp
import pytest
from aiohttp.abc import AbstractResolver, ResolveResult

from bot.app import open_app
from bot.settings import Settings
from news.fetch import BlockedURLError, Fetcher, FetchLimits
from news.safety import PublicOnlyResolver, URLPolicy, is_public_address
from tests.feed_server import FeedServer
from tests.feeds import Item, rss

PUBLIC_IP = "93.184.216.34"
NAMES = {
    "public.test": [PUBLIC_IP],
    "internal.test": ["127.0.0.1"],
    "mixed.test": [PUBLIC_IP, "10.1.2.3"],
    "metadata.test": ["169.254.169.254"],
}


async def fake_resolve(host: str, port: int) -> list[str]:
    if host not in NAMES:
        raise socket.gaierror(f"unknown host {host}")
    return NAMES[host]


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/feed",
        "http://[::1]/feed",
        "http://10.0.0.1/feed",
        "http://192.168.1.1/feed",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::ffff:127.0.0.1]/feed",
        "http://0.0.0.0/feed",
        "http://224.0.0.1/feed",
        "http://internal.test/feed",
        "http://mixed.test/feed",
        "http://metadata.test/feed",
        "http://nowhere.test/feed",
        "ftp://public.test/feed",
        "file:///etc/passwd",
    ],
)
async def test_non_public_urls_are_blocked(url: str) -> None:
    with pytest.raises(BlockedURLError):
        await URLPolicy(allow_private=False, resolve=fake_resolve).check(url)


async def test_public_url_passes_and_private_ones_pass_when_allowed() -> None:
    await URLPolicy(allow_private=False, resolve=fake_resolve).check("https://public.test/rss")
    await URLPolicy(allow_private=True, resolve=fake_resolve).check("http://127.0.0.1:8080/rss")


async def test_a_name_that_resolves_to_loopback_is_blocked_by_the_system_resolver() -> None:
    with pytest.raises(BlockedURLError, match="not a public address"):
        await URLPolicy(allow_private=False).check("http://localhost/feed")
    with pytest.raises(OSError, match="non-public"):
        await PublicOnlyResolver().resolve("localhost", 80)


def test_address_classes() -> None:
    assert is_public_address(PUBLIC_IP)
    assert is_public_address("2a00:1450:4001:80b::200e")
    for address in ("127.0.0.1", "::1", "10.0.0.1", "172.16.0.1", "169.254.169.254", "fe80::1",
                    "100.64.0.1", "::ffff:10.0.0.1", "ff02::1"):  # fmt: skip
        assert not is_public_address(address), address


class StaticResolver(AbstractResolver):
    """Connects the test's 'public' name to the loopback feed server."""

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        return [
            ResolveResult(
                hostname=host, host="127.0.0.1", port=port, family=socket.AF_INET, proto=0, flags=0
            )
        ]

    async def close(self) -> None:
        return None


async def test_a_public_url_that_redirects_to_a_private_one_is_stopped(
    feed_server: FeedServer,
) -> None:
    port = int(feed_server.base_url.rsplit(":", 1)[1])
    feed_server.feed("secret", b"<rss>internal</rss>")
    feed_server.redirect("hop", f"http://127.0.0.1:{port}/secret")
    policy = URLPolicy(allow_private=False, resolve=fake_resolve)
    connector = aiohttp.TCPConnector(resolver=StaticResolver())
    async with aiohttp.ClientSession(connector=connector) as session:
        fetcher = Fetcher(session, FetchLimits(timeout=2), url_guard=policy.check)
        with pytest.raises(BlockedURLError, match=r"127\.0\.0\.1"):
            await fetcher.fetch(f"http://public.test:{port}/hop")
    assert [request.path for request in feed_server.requests] == ["/hop"]


async def test_the_bot_refuses_a_loopback_feed_unless_allowed(
    settings: Settings, feed_server: FeedServer
) -> None:
    url = feed_server.feed("feed.xml", rss([Item("x", "https://belta.by/1")]))
    strict = settings.model_copy(update={"allow_private_sources": False})
    async with open_app(strict) as app:
        outcome = await app.operators.add(url, "", operator_id=1)
    assert outcome.source is None
    assert "not a public address" in (outcome.refusal or "")
    assert feed_server.requests == []


@pytest.mark.parametrize(
    "address",
    [
        "::127.0.0.1",  # IPv4-compatible
        "64:ff9b::7f00:1",  # NAT64 of 127.0.0.1
        "64:ff9b::a9fe:a9fe",  # NAT64 of 169.254.169.254 (cloud metadata)
        "64:ff9b:1::a00:1",  # local-use NAT64
        "2002:7f00:1::",  # 6to4 of 127.0.0.1
        "2002:a00:1::1",  # 6to4 of 10.0.0.1
        "2001:0:4136:e378:8000:63bf:80ff:fffe",  # Teredo, client 127.0.0.1
        "::ffff:169.254.169.254",
    ],
)
def test_ipv6_forms_that_embed_a_private_ipv4_are_not_public(address: str) -> None:
    """Issue 12, defect 11: compatible, NAT64 and 6to4 forms passed the check."""
    assert not is_public_address(address)


async def test_ipv6_literal_urls_embedding_loopback_are_blocked() -> None:
    for url in ("http://[::127.0.0.1]/feed", "http://[64:ff9b::7f00:1]/feed",
                "http://[2002:7f00:1::]/feed"):  # fmt: skip
        with pytest.raises(BlockedURLError):
            await URLPolicy(allow_private=False, resolve=fake_resolve).check(url)


def test_public_forms_stay_public() -> None:
    assert is_public_address("64:ff9b::5db8:d822")  # NAT64 of a public address
    assert is_public_address("2002:5db8:d822::1")  # 6to4 of a public address


async def test_an_ip_literal_is_checked_at_connect_time_too(feed_server: FeedServer) -> None:
    """aiohttp never asks the resolver about an IP literal: the socket factory refuses it."""
    from news.fetch import ConnectionFailedError, new_http_session
    from news.safety import public_socket

    url = feed_server.feed("inside", b"<rss>internal</rss>")
    async with new_http_session(socket_factory=public_socket) as session:
        fetcher = Fetcher(session, FetchLimits(timeout=2))  # no URL guard at all
        with pytest.raises(ConnectionFailedError, match=r"Cannot connect to host 127\.0\.0\.1"):
            await fetcher.fetch(url)
    assert feed_server.requests == []


async def test_a_feed_behind_basic_auth_is_added_and_its_password_never_shown(
    settings: Settings, feed_server: FeedServer, caplog: pytest.LogCaptureFixture
) -> None:
    """Issue 12, defect 11: credentials were stripped, so such feeds could not be added."""
    import base64

    from aiohttp import web

    expected = "Basic " + base64.b64encode(b"reader:s3cr%t-pw").decode()

    async def guarded(request: web.Request) -> web.StreamResponse:
        if request.headers.get("Authorization") != expected:
            return web.Response(status=401, headers={"WWW-Authenticate": "Basic"})
        return web.Response(body=rss([Item("Закрытая лента", "https://belta.by/p1")]),
                            content_type="application/rss+xml")  # fmt: skip

    feed_server.route("private.xml", guarded)
    host = feed_server.base_url.removeprefix("http://")
    async with open_app(settings) as app:
        refused = await app.operators.add(f"http://reader:wrong@{host}/private.xml", "", 1)
        assert refused.source is None and "401" in (refused.refusal or "")
        outcome = await app.operators.add(f"http://reader:s3cr%25t-pw@{host}/private.xml", "", 1)
        assert outcome.source is not None and outcome.items == 1
        assert outcome.source.display_name == "Test feed"
        assert outcome.source.shown_url == f"http://***@{host}/private.xml"
        report = await app.ingestor.poll_due()
        assert report.new_articles == 1
        feed_server.status("private.xml", 503)
        await app.sources.make_due(None, now=_now())
        await app.ingestor.poll_due()
        [source] = await app.sources.list_all()
        exported = (await app.operators.export_opml()).decode()
        audit = " ".join(entry.detail for entry in await app.operators._audit.recent())
    shown = " ".join([source.last_error or "", exported, audit, caplog.text, source.display_name])
    assert "HTTP 503" in shown
    assert "s3cr" not in shown and "reader" not in shown


def _now():
    from datetime import UTC, datetime

    return datetime.now(UTC)
