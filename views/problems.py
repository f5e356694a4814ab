"""What went wrong, in the reader's language.

Fetching, parsing and Telegram report problems as English text for logs and the audit trail
("HTTP 503 Service Unavailable", "[Errno -2] Name or service not known", "Forbidden: bot was
kicked"). Operators and channel managers are told them in their own language: each known kind
of problem has a message, and what the text says of it (a status, a host, a limit) is carried
over; an unknown problem is shown as it was reported, escaped.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from views.i18n import Texts
from views.render import quote, shorten

Describe = Callable[[re.Match[str], Texts], str]


def _http(match: re.Match[str], texts: Texts) -> str:
    status = int(match["status"])
    if status == 404:
        return texts("error-http-404")
    if status == 410:
        return texts("error-http-gone")
    if status == 429:
        return texts("error-http-limit")
    if status in (401, 403):
        return texts("error-http-forbidden", status=str(status))
    if status >= 500:
        return texts("error-http-server", status=str(status))
    return texts("error-http", status=str(status))


def _kilobytes(match: re.Match[str], texts: Texts) -> str:
    return texts("error-too-large", size=str(max(int(match["bytes"]) // 1024, 1)))


def _fixed(key: str) -> Describe:
    return lambda match, texts: texts(key)


def _seconds(key: str) -> Describe:
    return lambda match, texts: texts(key, seconds=match["seconds"])


# First match wins: the specific before the general ("connection failed: ... Name or service
# not known" is a DNS problem before it is a connection problem).
_SOURCE_PROBLEMS: tuple[tuple[re.Pattern[str], Describe], ...] = (
    (
        re.compile(r"duplicate of source #(?P<id>\d+)"),
        lambda match, texts: texts("refusal-duplicate", id=match["id"]),
    ),
    (re.compile(r"duplicate of an existing source"), _fixed("refusal-duplicate-any")),
    (re.compile(r"\bHTTP (?P<status>\d{3})\b"), _http),
    (re.compile(r"no answer within (?P<seconds>[\d.]+) s"), _seconds("error-timeout")),
    (re.compile(r"took longer than (?P<seconds>[\d.]+) s"), _seconds("error-budget")),
    (
        re.compile(r"not a public address|non-public address|private address", re.I),
        _fixed("error-not-public"),
    ),
    (
        re.compile(r"the host (?P<host>\S+) does not resolve"),
        lambda match, texts: texts("error-dns-host", host=quote(shorten(match["host"], 80))),
    ),
    (
        re.compile(
            r"Name or service not known|nodename nor servname|getaddrinfo failed|"
            r"Temporary failure in name resolution|No address associated|"
            r"Cannot connect to host \S+ ssl:\S+ \[Domain name not found\]|does not resolve",
            re.I,
        ),
        _fixed("error-dns"),
    ),
    (re.compile(r"Connection refused|ConnectionRefused", re.I), _fixed("error-refused")),
    (re.compile(r"SSL|certificate|TLS", re.I), _fixed("error-tls")),
    (re.compile(r"exceeds (?P<bytes>\d+) bytes"), _kilobytes),
    (re.compile(r"more than \d+ redirects"), _fixed("error-redirects")),
    (re.compile(r"announces none|page is HTML"), _fixed("error-page-no-feed")),
    (re.compile(r"not an RSS or Atom feed"), _fixed("error-not-feed")),
    (re.compile(r"malformed XML"), _fixed("error-malformed")),
    (re.compile(r"internal error"), _fixed("error-internal")),
    (
        re.compile(r"not an http\(s\) URL|only http and https URLs"),
        _fixed("error-not-url"),
    ),
    (re.compile(r"has no host"), _fixed("error-no-host")),
    (re.compile(r"invalid port|bad port"), _fixed("error-bad-port")),
    (re.compile(r"connection failed|timed out|Timeout", re.I), _fixed("error-connection")),
)

_IMPORT_PROBLEMS: tuple[tuple[re.Pattern[str], Describe], ...] = (
    (
        re.compile(r"(?P<count>\d+) feeds, over the (?P<limit>\d+) limit"),
        lambda match, texts: texts(
            "import-too-many", count=int(match["count"]), limit=int(match["limit"])
        ),
    ),
    (
        re.compile(r"file of \d+ bytes, over the (?P<limit>\d+) limit"),
        lambda match, texts: texts("import-file-too-big", limit=int(match["limit"]) // 1024),
    ),
    (re.compile(r"not (?:a valid|an) OPML document"), _fixed("import-not-opml")),
    *_SOURCE_PROBLEMS,
)

_DELIVERY_PROBLEMS: tuple[tuple[re.Pattern[str], Describe], ...] = (
    (re.compile(r"retry after (?P<seconds>\d+)"), _seconds("error-flood")),
    (re.compile(r"^no answer"), _fixed("error-no-answer")),
    (re.compile(r"kicked|not a member", re.I), _fixed("gone-kicked")),
    (re.compile(r"blocked by the user", re.I), _fixed("gone-blocked")),
    (re.compile(r"chat not found", re.I), _fixed("gone-not-found")),
    (re.compile(r"deactivated|deleted", re.I), _fixed("gone-deleted")),
    (
        re.compile(r"not enough rights|have no rights|CHAT_WRITE_FORBIDDEN", re.I),
        _fixed("gone-rights"),
    ),
    (re.compile(r"can't parse entities|message is too long", re.I), _fixed("error-bad-message")),
    (
        re.compile(r"Bad Gateway|Service Unavailable|ServerError|NetworkError", re.I),
        _fixed("error-telegram-down"),
    ),
)


def _describe(
    problem: str | None, texts: Texts, table: tuple[tuple[re.Pattern[str], Describe], ...]
) -> str:
    if not problem:
        return texts("no-error")
    for pattern, describe in table:
        match = pattern.search(problem)
        if match:
            return describe(match, texts)
    return texts("error-other", detail=quote(shorten(problem, 200)))


def source_problem(problem: str | None, texts: Texts) -> str:
    """A fetch, parse or poll failure of a news source, as operators read it."""
    return _describe(problem, texts, _SOURCE_PROBLEMS)


def import_problem(problem: str | None, texts: Texts) -> str:
    """Why an OPML file, or one feed in it, was refused."""
    return _describe(problem, texts, _IMPORT_PROBLEMS)


def delivery_problem(problem: str | None, texts: Texts) -> str:
    """Why Telegram did not take a message, or why a chat is out of reach."""
    return _describe(problem, texts, _DELIVERY_PROBLEMS)


def gone_reason(problem: str, texts: Texts) -> str:
    """Why the bot cannot post in a chat any more: for the chat's manager."""
    for pattern, describe in _DELIVERY_PROBLEMS:
        match = pattern.search(problem)
        if match:
            return describe(match, texts)
    return texts("gone-other")
