"""Which URLs the bot may fetch: public http(s) hosts only, checked again at every redirect
and at connect time (so a name that later resolves to a private address is refused too)."""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urlsplit

from aiohttp.abc import AbstractResolver, ResolveResult
from aiohttp.resolver import ThreadedResolver

from news.fetch import BlockedURLError

Resolve = Callable[[str, int], Awaitable[list[str]]]


_NAT64 = ipaddress.ip_network("64:ff9b::/96")  # RFC 6052: the last 32 bits are the IPv4
_LOCAL_NAT64 = ipaddress.ip_network("64:ff9b:1::/48")  # RFC 8215: never public


def embedded_ipv4(ip: ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    """The IPv4 addresses an IPv6 address carries: mapped (::ffff:a.b.c.d), compatible
    (::a.b.c.d), NAT64 (64:ff9b::a.b.c.d), 6to4 (2002:AABB:CCDD::) and Teredo (server and
    client). A packet to one of these can end up at that IPv4 address."""
    found: list[ipaddress.IPv4Address] = []
    if ip.ipv4_mapped is not None:
        found.append(ip.ipv4_mapped)
    packed = ip.packed
    if packed[:12] == bytes(12) and int(ip) > 1:  # compatible; :: and ::1 are their own
        found.append(ipaddress.IPv4Address(packed[12:]))
    if ip in _NAT64:
        found.append(ipaddress.IPv4Address(packed[12:]))
    if ip.sixtofour is not None:
        found.append(ip.sixtofour)
    if ip.teredo is not None:
        found.extend(ip.teredo)
    return found


def is_public_address(address: str) -> bool:
    """False for loopback, private, link-local (169.254.x: cloud metadata), multicast,
    reserved, unspecified and shared addresses; an IPv6 address that embeds an IPv4 one
    (mapped, compatible, NAT64, 6to4, Teredo) is judged by that IPv4 address too."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address):
        if ip in _LOCAL_NAT64:
            return False
        inner = embedded_ipv4(ip)
        if inner:
            return all(v4.is_global and not v4.is_multicast for v4 in inner)
    return ip.is_global and not ip.is_multicast


def public_socket(addr_info: tuple[Any, ...]) -> socket.socket:
    """aiohttp's socket factory: the last check, on the very address being connected to.

    aiohttp skips the resolver for IP literals, so a URL naming an address needs this to be
    checked at connect time as well as before the request."""
    family, kind, proto, _, address = addr_info
    if not is_public_address(str(address[0])):
        raise OSError(f"connection to a non-public address {address[0]} refused")
    return socket.socket(family=family, type=kind, proto=proto)


async def system_resolve(host: str, port: int) -> list[str]:
    loop = asyncio.get_running_loop()
    infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [str(info[4][0]) for info in infos]


class URLPolicy:
    """The guard the fetcher calls before each request (redirects included)."""

    def __init__(self, *, allow_private: bool, resolve: Resolve = system_resolve) -> None:
        self.allow_private = allow_private
        self._resolve = resolve

    async def check(self, url: str) -> None:
        parts = urlsplit(url)
        if parts.scheme not in {"http", "https"}:
            raise BlockedURLError(f"only http and https URLs are allowed, not {parts.scheme!r}")
        host = parts.hostname
        if not host:
            raise BlockedURLError("the URL has no host")
        if self.allow_private:
            return
        try:
            port = parts.port or (443 if parts.scheme == "https" else 80)
        except ValueError:
            raise BlockedURLError("the URL has an invalid port") from None
        try:
            addresses = [str(ipaddress.ip_address(host))]
        except ValueError:
            try:
                addresses = await self._resolve(host, port)
            except OSError as error:
                raise BlockedURLError(f"the host {host} does not resolve ({error})") from None
        private = [address for address in addresses if not is_public_address(address)]
        if private or not addresses:
            raise BlockedURLError(
                f"the host {host} is not a public address ({', '.join(private) or 'none'})"
            )


class PublicOnlyResolver(AbstractResolver):
    """aiohttp resolver that refuses non-public answers at connect time (DNS rebinding)."""

    def __init__(self) -> None:
        self._inner = ThreadedResolver()

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        results = await self._inner.resolve(host, port, family)
        for result in results:
            if not is_public_address(result["host"]):
                raise OSError(f"{host} resolves to a non-public address {result['host']}")
        return results

    async def close(self) -> None:
        await self._inner.close()
