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
