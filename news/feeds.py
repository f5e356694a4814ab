"""Feed bytes to normalised entries. Pure: no network, no clock, safe to run in a thread."""

from __future__ import annotations

import calendar
import logging
import time
import xml.sax
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from news.encoding import as_utf8_xml, decode, looks_garbled
from news.text import (
    content_hash,
    guess_language,
    html_to_text,
    normalize_space,
    strip_boilerplate,
)
from news.urls import UnsupportedURLError, canonicalize_url

logger = logging.getLogger(__name__)

MAX_TITLE_CHARS = 500
# A feed date more than this far ahead is a feed bug; such entries are dated "now".
_FUTURE_SLACK = timedelta(days=1)


class FeedError(Exception):
    """The document could not be read as a feed; the message says why, for people."""


class NotAFeedError(FeedError):
    pass


class MalformedFeedError(FeedError):
    pass


@dataclass(frozen=True, slots=True)
class FeedEntry:
    url: str
    guid: str | None
    title: str
    summary: str
    body: str
    outlet: str
    published_at: datetime | None
    language: str | None
    content_hash: str

    @property
    def text(self) -> str:
        """The fullest text the feed gave: the body when there is one, else the summary."""
        return self.body or self.summary


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    title: str
    link: str | None
    entries: list[FeedEntry]
    skipped: int = 0
    warnings: list[str] = field(default_factory=list)
    decoding: str = "utf-8 (declared)"  # the charset used and how it was chosen
    garbled: int = 0  # entries whose text still looks like mojibake


def parse_feed(
    body: bytes,
    *,
    headers: Mapping[str, str] | None = None,
    base_url: str | None = None,
    now: datetime,
) -> ParsedFeed:
    """Parse RSS/Atom bytes. The charset is the declared one (HTTP header, XML declaration)
    when it decodes cleanly, else detected from the bytes: windows-1251 and koi8-r feeds
    that declare nothing are common here, and must not be read as windows-1252."""
    response_headers = {key.lower(): value for key, value in (headers or {}).items()}
    if base_url and "content-location" not in response_headers:
        response_headers["content-location"] = base_url
    decoded = decode(body, response_headers.get("content-type"))
    import feedparser  # imported at the first feed read, not at start-up

    # feedparser gets UTF-8 that says so: it never guesses again.
    response_headers["content-type"] = "application/xml; charset=utf-8"
    # No sanitising or URI rewriting here: every field is reduced to plain text by
    # html_to_text (which drops scripts) and escaped again when it is shown.
    result = feedparser.parse(
        as_utf8_xml(decoded),
        response_headers=response_headers,
        sanitize_html=False,
        resolve_relative_uris=False,
    )
    problem = result.get("bozo_exception")
    if not result.get("version"):
        if _looks_like_html(body):
            raise NotAFeedError("the page is HTML, not an RSS or Atom feed")
        if problem is not None and not result.entries:
            raise MalformedFeedError(f"malformed XML: {_describe(problem)}")
        raise NotAFeedError("the document is not an RSS or Atom feed")

    feed_meta = result.get("feed", {})
    feed_title = normalize_space(html_to_text(feed_meta.get("title", "")))[:MAX_TITLE_CHARS]
    feed_language = (feed_meta.get("language") or "").split("-")[0].lower() or None
    entries: list[FeedEntry] = []
    skipped = 0
    for raw in result.entries:
        entry = _normalise_entry(raw, feed_title, feed_language, base_url, now)
        if entry is None:
            skipped += 1
        else:
            entries.append(entry)
    if isinstance(problem, xml.sax.SAXException) and not entries:
        # A broken document that still yields entries is read leniently, like a browser would;
        # one that yields nothing usable is a failure of the source.
        raise MalformedFeedError(f"malformed XML: {_describe(problem)}")
    warnings = [] if problem is None else [f"feed is not well-formed: {_describe(problem)}"]
    garbled = sum(1 for entry in entries if looks_garbled(f"{entry.title} {entry.text[:2000]}"))
    if garbled:
        warnings.append(f"{garbled} of {len(entries)} entries look garbled ({decoded.label})")
    return ParsedFeed(
        title=feed_title,
        link=feed_meta.get("link"),
        entries=entries,
        skipped=skipped,
        warnings=warnings,
        decoding=decoded.label,
        garbled=garbled,
    )


def _normalise_entry(
    raw: Any,
    feed_title: str,
    feed_language: str | None,
    base_url: str | None,
    now: datetime,
) -> FeedEntry | None:
    guid = raw.get("id") or None
    link = raw.get("link") or (guid if guid and guid.startswith(("http://", "https://")) else "")
    try:
        url = canonicalize_url(link, base_url)
    except UnsupportedURLError:
        return None
    title = html_to_text(raw.get("title", ""))[:MAX_TITLE_CHARS]
    summary = strip_boilerplate(html_to_text(raw.get("summary", "")))
    body = max(
        (strip_boilerplate(html_to_text(part.get("value", ""))) for part in raw.get("content", [])),
        key=len,
        default="",
    )
    if len(body) <= len(summary):
        body = "" if body == summary or not body else body
    if not title:
        title = (summary or body)[:120]
    if not title:
        return None
    source = raw.get("source") or {}
    outlet = normalize_space(source.get("title", "")) or feed_title
    published = _entry_time(raw, now)
    text = body or summary
    language = feed_language or guess_language(f"{title} {text}")
    return FeedEntry(
        url=url,
        guid=guid[:1000] if guid else None,
        title=title,
        summary=summary,
        body=body,
        outlet=outlet,
        published_at=published,
        language=language,
        content_hash=content_hash(title, text),
    )


def _entry_time(raw: Any, now: datetime) -> datetime | None:
    parsed: time.struct_time | None = raw.get("published_parsed") or raw.get("updated_parsed")
    if parsed is None:
        return None
    # feedparser normalises to UTC struct_time; timegm reads it as such.
    moment = datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC)
    return now if moment > now + _FUTURE_SLACK else moment


def _looks_like_html(body: bytes) -> bool:
    head = body[:2048].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<html" in head


def _describe(problem: BaseException) -> str:
    return " ".join(str(problem).split())[:200] or type(problem).__name__
