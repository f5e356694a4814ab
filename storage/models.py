"""Frozen rows returned by the repositories."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import overload
from urllib.parse import urlsplit, urlunsplit

from news.facts import Approx, Kind, ProjectFact, Status, TurnoverFact

_FORMAT = "%Y-%m-%dT%H:%M:%SZ"


class Topics(StrEnum):
    """What a subscriber is alerted about."""

    ALL = "all"
    TURNOVER = "turnover"  # stories with turnover figures
    PROJECTS = "projects"  # stories with projects


class MessageKind(StrEnum):
    """What an outbox message is."""

    ALERT = "alert"  # new stories, to a subscriber
    DIGEST = "digest"  # a channel's daily digest
    NOTICE = "notice"  # to an operator or a channel's manager


class MessageState(StrEnum):
    """Where an outbox message is on its way to Telegram."""

    PENDING = "pending"
    SENT = "sent"
    FAILED = "failed"  # refused, or not sent within the retry horizon: operators may re-queue
    UNCERTAIN = "uncertain"  # sent, no answer: it may have arrived, so never re-sent on its own


def to_db_time(moment: datetime) -> str:
    """UTC text that sorts in time order (SQLite has no datetime type)."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime: pass an aware one")
    return moment.astimezone(UTC).strftime(_FORMAT)


def outlet_key(outlet: str) -> str:
    """How outlets are compared: casefolded ('БелТА' is 'белта'), kept in a column."""
    return outlet.casefold()


@overload
def from_db_time(text: str) -> datetime: ...
@overload
def from_db_time(text: None) -> None: ...
def from_db_time(text: str | None) -> datetime | None:
    """A time as stored; a NOT NULL column (a str) gives a datetime."""
    if text is None:
        return None
    # fromisoformat reads the trailing Z (3.11+) and is ~20x faster than strptime.
    return datetime.fromisoformat(text)


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
    outage_notified: bool = False
    decoding: str | None = None  # "windows-1251 (detected)"; None before the first read
    garbled: int = 0  # entries of the last read that still looked garbled

    @property
    def shown_url(self) -> str:
        """The URL without the user and password of a feed behind basic auth."""
        parts = urlsplit(self.url)
        if "@" not in parts.netloc:
            return self.url
        host = parts.netloc.rpartition("@")[2]
        return urlunsplit((parts.scheme, f"***@{host}", parts.path, parts.query, ""))

    @property
    def display_name(self) -> str:
        return self.title or self.shown_url


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


# A stored fact is the extractor's fact (news.facts) as one row: its countries as the pair's
# key, its period as two columns; the enums are the extractor's own.


@dataclass(frozen=True, slots=True)
class TurnoverRecord:
    """A `TurnoverFact` as its row holds it. The row differs from the fact on purpose: it is
    filed under a pair key (what /turnover looks up by an index) and its period is two
    sortable YYYY-MM columns (what the newest-period headline orders by)."""

    pair: str  # "BY-KZ": the two ISO codes, sorted
    amount: float | None
    currency: str | None
    approx: Approx | None  # None for a change-only fact
    period_from: str | None  # YYYY-MM
    period_to: str | None
    change_pct: float | None
    kind: Kind
    quote: str

    @classmethod
    def of(cls, fact: TurnoverFact, pair: str) -> TurnoverRecord:
        return cls(
            pair=pair,
            amount=fact.amount,
            currency=fact.currency,
            approx=fact.approx,
            period_from=fact.period.start if fact.period else None,
            period_to=fact.period.end if fact.period else None,
            change_pct=fact.change_pct,
            kind=fact.kind,
            quote=fact.quote,
        )


@dataclass(frozen=True, slots=True)
class ProjectRecord:
    """A `ProjectFact` as its row holds it: filed under the pair of the article that told it
    (a project's own countries may name only one side), which /projects looks up by."""

    pair: str
    status: Status
    count: int | None
    value: float | None
    currency: str | None
    jobs: int | None
    companies: tuple[str, ...]
    places: tuple[str, ...]
    subject: str
    quote: str

    @classmethod
    def of(cls, fact: ProjectFact, pair: str) -> ProjectRecord:
        return cls(
            pair=pair,
            status=fact.status,
            count=fact.count,
            value=fact.value,
            currency=fact.currency,
            jobs=fact.jobs,
            companies=fact.companies,
            places=fact.places,
            subject=fact.subject,
            quote=fact.quote,
        )


@dataclass(frozen=True, slots=True)
class Analysis:
    """What the extractor read in one article, ready to store."""

    relevant: bool
    countries: tuple[str, ...]
    facts_json: str
    extractor_version: int
    signature: bytes | None
    search_lemmas: str | None = None  # title and text as lemmas, for the FTS5 index
    turnover: tuple[TurnoverRecord, ...] = ()
    projects: tuple[ProjectRecord, ...] = ()


@dataclass(frozen=True, slots=True)
class Citation:
    article_id: int
    story_id: int | None
    outlet: str
    url: str
    title: str
    stated_at: datetime


@dataclass(frozen=True, slots=True)
class CitedTurnover:
    record: TurnoverRecord
    citation: Citation


@dataclass(frozen=True, slots=True)
class CitedProject:
    record: ProjectRecord
    citation: Citation


@dataclass(frozen=True, slots=True)
class Story:
    id: int
    title: str
    countries: tuple[str, ...]
    first_seen_at: datetime
    last_seen_at: datetime


@dataclass(frozen=True, slots=True)
class StoryCandidate:
    """A recent analysed article another retelling may join."""

    article_id: int
    story_id: int
    signature: bytes


@dataclass(frozen=True, slots=True)
class AuditEntry:
    at: datetime
    operator_id: int
    action: str
    detail: str


@dataclass(frozen=True, slots=True)
class ArchiveStats:
    articles: int
    relevant_articles: int
    stories: int
    turnover_facts: int
    project_facts: int
    sources: int
    sources_paused: int
    sources_failing: int
    subscribers: int = 0
    channels: int = 0
    outbox_pending: int = 0
    outbox_sent: int = 0
    outbox_failed: int = 0
    outbox_uncertain: int = 0


@dataclass(frozen=True, slots=True)
class SearchFilters:
    countries: tuple[str, ...] = ()
    since: datetime | None = None
    outlet: str | None = None

    @property
    def empty(self) -> bool:
        return not self.countries and self.since is None and not self.outlet


@dataclass(frozen=True, slots=True)
class SearchHit:
    story_id: int
    article_id: int
    score: float


@dataclass(frozen=True, slots=True)
class Subscription:
    """A private chat that receives alerts. Empty `countries` means every partner."""

    chat_id: int
    active: bool
    topics: Topics
    countries: tuple[str, ...]
    language: str | None
    after_story_id: int
    created_at: datetime


@dataclass(frozen=True, slots=True)
class Channel:
    """A channel, group or forum topic that receives a daily digest."""

    chat_id: int
    thread_id: int | None
    kind: str
    title: str
    username: str | None
    admin_id: int
    language: str | None
    active: bool
    digest_time: str
    timezone: str
    post_empty: bool
    after_story_id: int
    next_digest_at: datetime
    created_at: datetime

    @property
    def display_name(self) -> str:
        if self.username:
            return f"@{self.username}"
        return self.title or str(self.chat_id)


@dataclass(frozen=True, slots=True)
class OutgoingMessage:
    """A message to be written to the outbox; `key` makes writing it twice a no-op."""

    key: str
    chat_id: int
    kind: MessageKind
    text: str
    thread_id: int | None = None


@dataclass(frozen=True, slots=True)
class OutboxMessage:
    id: int
    key: str
    chat_id: int
    thread_id: int | None
    kind: MessageKind
    text: str
    state: MessageState
    attempts: int
    not_before: datetime
    last_error: str | None
    first_error_at: datetime | None = None
    created_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class OutboxCounts:
    pending: int = 0
    sent: int = 0
    failed: int = 0
    uncertain: int = 0
