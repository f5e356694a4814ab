"""Frozen rows returned by the repositories."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

_FORMAT = "%Y-%m-%dT%H:%M:%SZ"


def to_db_time(moment: datetime) -> str:
    """UTC text that sorts in time order (SQLite has no datetime type)."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime: pass an aware one")
    return moment.astimezone(UTC).strftime(_FORMAT)


def from_db_time(text: str | None) -> datetime | None:
    if text is None:
        return None
    return datetime.strptime(text, _FORMAT).replace(tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class Source:
    id: int
    url: str
    title: str
    enabled: bool
    etag: str | None
    last_modified: str | None
    check_interval: int
    next_check_at: datetime
    consecutive_failures: int
    last_error: str | None
    last_error_at: datetime | None
    last_success_at: datetime | None
    created_at: datetime

    @property
    def display_name(self) -> str:
        return self.title or self.url


@dataclass(frozen=True, slots=True)
class NewArticle:
    url: str
    title: str
    outlet: str
    summary: str
    body: str
    published_at: datetime | None
    fetched_at: datetime
    content_hash: str
    guid: str | None = None
    language: str | None = None
    source_id: int | None = None


@dataclass(frozen=True, slots=True)
class Article:
    id: int
    source_id: int | None
    url: str
    guid: str | None
    outlet: str
    title: str
    summary: str
    body: str
    published_at: datetime | None
    fetched_at: datetime
    language: str | None
    content_hash: str

    @property
    def shown_at(self) -> datetime:
        """The date readers see: publication when the feed gave one, else when we fetched it."""
        return self.published_at or self.fetched_at
