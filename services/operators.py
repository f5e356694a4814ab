"""What operators do to the news sources, each action checked, applied and audited."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from domain.sources import SourceStatus
from news.discovery import OPMLEntry, OPMLError, build_opml, feed_links, parse_opml
from news.feeds import FeedError, NotAFeedError, ParsedFeed, parse_feed
from news.fetch import Fetcher, FetchError
from news.safety import URLPolicy
from news.urls import UnsupportedURLError, canonicalize_url, redact_url, scrub
from storage import (
    ArchiveStats,
    ArticleRepository,
    AuditRepository,
    OutboxMessage,
    OutboxRepository,
    Source,
    SourceRepository,
)

logger = logging.getLogger(__name__)

MIN_INTERVAL_MINUTES = 1
MAX_INTERVAL_MINUTES = 7 * 24 * 60


@dataclass(frozen=True, slots=True)
class AddOutcome:
    source: Source | None = None
    items: int = 0
    refusal: str | None = None


@dataclass(slots=True)
class ImportReport:
    added: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)
    # Why the whole file was refused (too large, too many feeds, not OPML); None if read.
    refusal: str | None = None


@dataclass(frozen=True, slots=True)
class ImportLimits:
    max_bytes: int = 512 * 1024
    max_sources: int = 200


@dataclass(frozen=True, slots=True)
class FetchNow:
    """What /fetchnow did: how many sources the next poll checks; or that the one named
    does not exist, or is paused."""

    count: int = 0
    missing: bool = False
    paused: bool = False


@dataclass(frozen=True, slots=True)
class OutageNotices:
    failing: list[Source]
    recovered: list[Source]


class OperatorService:
    def __init__(
        self,
        sources: SourceRepository,
        articles: ArticleRepository,
        audit: AuditRepository,
        fetcher: Fetcher,
        policy: URLPolicy,
        *,
        default_interval: int,
        clock: Callable[[], datetime],
        import_limits: ImportLimits | None = None,
        outbox: OutboxRepository | None = None,
    ) -> None:
        self._outbox = outbox
        self.import_limits = import_limits or ImportLimits()
        self._sources = sources
        self._articles = articles
        self._audit = audit
        self._fetcher = fetcher
        self._policy = policy
        self._default_interval = default_interval
        self._clock = clock

    async def statuses(self) -> list[SourceStatus]:
        counts = await self._articles.count_by_source()
        return [SourceStatus(s, counts.get(s.id, 0)) for s in await self._sources.list_all()]

    async def status(self, source_id: int) -> SourceStatus | None:
        source = await self._sources.get(source_id)
        if source is None:
            return None
        counts = await self._articles.count_by_source()
        return SourceStatus(source, counts.get(source.id, 0))

    async def add(self, url: str, title: str, operator_id: int) -> AddOutcome:
        """Fetch and parse before saving; a site page is searched for the feed it announces."""
        try:
            canonical = canonicalize_url(url, keep_credentials=True)
        except UnsupportedURLError:
            return AddOutcome(refusal="not an http(s) URL")
        if (existing := await self._sources.get_by_url(canonical)) is not None:
            return AddOutcome(refusal=f"duplicate of source #{existing.id}")
        try:
            feed_url, feed = await self._read_feed(canonical)
        except (FetchError, FeedError) as error:
            return AddOutcome(refusal=scrub(str(error), canonical))
        if feed_url != canonical and (existing := await self._sources.get_by_url(feed_url)):
            return AddOutcome(refusal=f"duplicate of source #{existing.id}")
        source = await self._sources.add(
            feed_url,
            title=title.strip() or feed.title,
            check_interval=self._default_interval,
            now=self._clock(),
        )
        if source is None:
            return AddOutcome(refusal="duplicate of an existing source")
        await self._record(operator_id, "add", f"#{source.id} {redact_url(feed_url)}")
        return AddOutcome(source=source, items=len(feed.entries))

    async def _read_feed(self, url: str) -> tuple[str, ParsedFeed]:
        response = await self._fetcher.fetch(url)
        try:
            return response.url, await self._parse(response.body, response.headers, response.url)
        except NotAFeedError:
            links = feed_links(response.body, response.url)
            if not links:
                raise NotAFeedError(
                    'the page is not a feed and announces none (<link rel="alternate">)'
                ) from None
            found = await self._fetcher.fetch(links[0])
            return found.url, await self._parse(found.body, found.headers, found.url)

    async def _parse(self, body: bytes, headers: Mapping[str, str], url: str) -> ParsedFeed:
        return await asyncio.to_thread(
            parse_feed,
            body,
            headers=headers,
            base_url=url,
            now=self._clock(),
        )

    async def remove(self, source_id: int, operator_id: int) -> bool:
        source = await self._sources.get(source_id)
        if source is None or not await self._sources.remove(source_id):
            return False
        await self._record(operator_id, "remove", f"#{source_id} {source.shown_url}")
        return True

    async def set_enabled(self, source_id: int, enabled: bool, operator_id: int) -> bool:
        if not await self._sources.set_enabled(source_id, enabled, now=self._clock()):
            return False
        await self._record(operator_id, "resume" if enabled else "pause", f"#{source_id}")
        return True

    async def set_interval(self, source_id: int, minutes: int, operator_id: int) -> bool:
        if not MIN_INTERVAL_MINUTES <= minutes <= MAX_INTERVAL_MINUTES:
            raise ValueError(f"minutes must be {MIN_INTERVAL_MINUTES}..{MAX_INTERVAL_MINUTES}")
        if not await self._sources.set_interval(source_id, minutes * 60, now=self._clock()):
            return False
        await self._record(operator_id, "interval", f"#{source_id} {minutes} min")
        return True

    async def fetch_now(self, source_id: int | None, operator_id: int) -> FetchNow:
        """Check one source (or every enabled one) at the next poll."""
        if source_id is not None:
            source = await self._sources.get(source_id)
            if source is None:
                return FetchNow(missing=True)
            if not source.enabled:
                return FetchNow(paused=True)
        count = await self._sources.make_due(source_id, now=self._clock())
        if count:
            await self._record(operator_id, "fetchnow", f"#{source_id}" if source_id else "all")
        return FetchNow(count)

    async def export_opml(self) -> bytes:
        sources = await self._sources.list_all()
        # Credentials of feeds behind basic auth stay in the database, not in the file.
        return build_opml([OPMLEntry(s.shown_url, s.title) for s in sources])

    async def refuse_import(self, operator_id: int, reason: str) -> ImportReport:
        """An import refused as a whole: audited like every other operator action."""
        await self._record(operator_id, "import_refused", reason)
        return ImportReport(refusal=reason)

    async def import_opml(self, data: bytes, operator_id: int) -> ImportReport:
        """Add every feed of an OPML file that is a public http(s) URL not yet a source.

        A file over the size or feed-count limit is refused whole, and the refusal audited."""
        limits = self.import_limits
        if len(data) > limits.max_bytes:
            return await self.refuse_import(
                operator_id, f"file of {len(data)} bytes, over the {limits.max_bytes} limit"
            )
        try:
            entries = parse_opml(data)
        except OPMLError as error:
            return await self.refuse_import(operator_id, str(error)[:300])
        if len(entries) > limits.max_sources:
            return await self.refuse_import(
                operator_id, f"{len(entries)} feeds, over the {limits.max_sources} limit"
            )
        report = ImportReport()
        for entry in entries:
            try:
                url = canonicalize_url(entry.url, keep_credentials=True)
                await self._policy.check(url)
            except (UnsupportedURLError, FetchError) as error:
                reason = (
                    "not an http(s) URL" if isinstance(error, UnsupportedURLError) else str(error)
                )
                report.refused.append((redact_url(entry.url), scrub(reason, entry.url)))
                continue
            added = await self._sources.add(
                url, title=entry.title, check_interval=self._default_interval, now=self._clock()
            )
            (report.added if added else report.duplicates).append(redact_url(url))
        await self._record(
            operator_id,
            "import",
            f"{len(report.added)} added, {len(report.duplicates)} duplicates, "
            f"{len(report.refused)} refused",
        )
        return report

    async def undelivered(self, limit: int = 20) -> list[OutboxMessage]:
        """Messages that wait for an operator: failed after the retry horizon, or uncertain
        (sent, no answer: re-sending may double them)."""
        return await self._outbox.failed(limit) if self._outbox else []

    async def requeue(self, message_id: int | None, operator_id: int) -> int:
        """Send one undelivered message (or all of them, None) again; audited."""
        if self._outbox is None:
            return 0
        ids = None if message_id is None else [message_id]
        count = await self._outbox.requeue(ids, now=self._clock())
        if count:
            await self._record(operator_id, "requeue", f"#{message_id}" if message_id else "all")
        return count

    async def stats(self) -> ArchiveStats:
        return await self._audit.stats()

    async def outage_notices(self, threshold: int) -> OutageNotices:
        """Sources that started failing or recovered since operators were last told; each
        outage is reported once, and its end once."""
        failing, recovered = await self._sources.outage_changes(threshold)
        for source in failing:
            await self._sources.set_outage_notified(source.id, True)
        for source in recovered:
            await self._sources.set_outage_notified(source.id, False)
        return OutageNotices(failing, recovered)

    async def _record(self, operator_id: int, action: str, detail: str) -> None:
        logger.info("Operator %d: %s %s", operator_id, action, detail)
        await self._audit.record(operator_id, action, detail, at=self._clock())


def next_check_in(source: Source, now: datetime) -> timedelta:
    return max(source.next_check_at - now, timedelta(0))
