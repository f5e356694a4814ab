"""Canonical article URLs: one story, one key, whatever tracking the feed added."""

from __future__ import annotations

import contextlib
from urllib.parse import parse_qsl, unquote, urlencode, urljoin, urlsplit, urlunsplit

# Parameters that only say where a click came from, never which page it is.
_TRACKING_PREFIXES = ("utm_", "_openstat", "pk_")
_TRACKING_NAMES = frozenset(
    {"fbclid", "gclid", "yclid", "dclid", "msclkid", "igshid", "ysclid", "mc_cid", "mc_eid"}
)
_DEFAULT_PORTS = {"http": 80, "https": 443}


class UnsupportedURLError(ValueError):
    """Not an absolute http(s) URL."""


def _is_tracking(name: str) -> bool:
    lowered = name.lower()
    return lowered in _TRACKING_NAMES or lowered.startswith(_TRACKING_PREFIXES)


def canonicalize_url(url: str, base: str | None = None, *, keep_credentials: bool = False) -> str:
    """Absolute http(s) URL with no fragment, no tracking parameters, lower-case host.

    User and password are dropped unless `keep_credentials` (a feed behind basic auth);
    article links never keep them."""
    raw = url.strip()
    if base:
        raw = urljoin(base, raw)
    parts = urlsplit(raw)
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname:
        raise UnsupportedURLError(f"not an http(s) URL: {url[:200]!r}")
    host = parts.hostname.lower().rstrip(".")
    # Exotic hosts the idna codec refuses stay as they came: they still compare equal.
    with contextlib.suppress(UnicodeError):
        host = host.encode("idna").decode("ascii")
    if ":" in host:
        host = f"[{host}]"
    try:
        port = parts.port
    except ValueError as error:
        raise UnsupportedURLError(f"bad port in {url[:200]!r}") from error
    netloc = host if port in (None, _DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    if keep_credentials and parts.username is not None:
        userinfo = parts.netloc.rpartition("@")[0]
        netloc = f"{userinfo}@{netloc}"
    query = urlencode(
        [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(k)]
    )
    path = parts.path or "/"
    return urlunsplit((scheme, netloc, path, query, ""))


def credentials(url: str) -> list[str]:
    """The user and password a URL carries (as written and decoded), to scrub from text."""
    parts = urlsplit(url)
    found = [parts.username or "", parts.password or "", parts.netloc.rpartition("@")[0]]
    found += [unquote(value) for value in found]
    return sorted({value for value in found if value}, key=len, reverse=True)


def redact_url(url: str) -> str:
    """The URL as logs and messages show it: any user and password replaced by ***."""
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit((parts.scheme, f"***@{host}", parts.path, parts.query, parts.fragment))


def scrub(text: str, url: str) -> str:
    """`text` (an error, a log line) with the credentials of `url` taken out."""
    for secret in credentials(url):
        text = text.replace(secret, "***")
    return text
