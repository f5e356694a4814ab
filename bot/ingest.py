"""Ingestion: poll the sources that are due, store what is new, keep each source's health."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from importlib import resources
from typing import Literal

from bot.analysis import Analyst
from news.feeds import FeedEntry, FeedError, ParsedFeed, parse_feed
from news.fetch import PAGE_ACCEPT, Fetcher, FetchError
from news.pages import extract_article_text
from news.urls import scrub
from storage import ArticleRepository, NewArticle, Source, SourceRepository

logger = logging.getLogger(__name__)

Clock = Callable[[], datetime]
MAX_BACKOFF = timedelta(hours=24)
# Full-page fetches for teaser-only entries, per source poll.
PAGE_FETCH_CONCURRENCY = 3

# Real outlets that cover Belarus–Kazakhstan cooperation. Operators add, pause and fix these.
DEFAULT_SOURCES: tuple[tuple[str, str], ...] = (
    ("https://www.belta.by/rss/economics", "БелТА — Экономика"),
    ("https://www.inform.kz/rss/rus.xml", "Казинформ"),
    ("https://sputnik.by/export/rss2/archive/index.xml", "Sputnik Беларусь"),
    ("https://ru.sputnik.kz/export/rss2/archive/index.xml", "Sputnik Казахстан"),
    ("https://kz.kursiv.media/feed/", "Курсив"),
    ("https://tengrinews.kz/news.rss", "Tengrinews"),
    ("https://www.government.by/ru/rss/", "Правительство Беларуси"),
    ("https://primeminister.kz/ru/rss", "Премьер-министр Казахстана"),
)


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class IngestPolicy:
    poll_interval: int = 900
    max_failures: int = 10
    article_min_chars: int = 600
    concurrency: int = 4


@dataclass(frozen=True, slots=True)
class SourcePollResult:
    source_id: int
    outcome: Literal["stored", "not_modified", "failed"]
    new_articles: int = 0
    error: str | None = None
    paused: bool = False


@dataclass(frozen=True, slots=True)
class PollReport:
    results: list[SourcePollResult] = field(default_factory=list)

    @property
    def new_articles(self) -> int:
        return sum(result.new_articles for result in self.results)

    @property
    def failed(self) -> list[SourcePollResult]:
        return [result for result in self.results if result.outcome == "failed"]


class Ingestor:
    def __init__(
        self,
        sources: SourceRepository,
        articles: ArticleRepository,
        fetcher: Fetcher,
        policy: IngestPolicy,
        clock: Clock = utc_now,
        analyst: Analyst | None = None,
    ) -> None:
        self._analyst = analyst
        self._sources = sources
        self._articles = articles
        self._fetcher = fetcher
        self._policy = policy
        self._clock = clock

    async def poll_due(self) -> PollReport:
        """One cycle of the ticker: every due source, a bounded number at a time."""
        due = await self._sources.due(self._clock())
        if not due:
            await self._analyse()  # articles a failed analysis left queued
            return PollReport()
        gate = asyncio.Semaphore(self._policy.concurrency)

        async def guarded(source: Source) -> SourcePollResult:
            async with gate:
                return await self.poll_source(source)

        results = await asyncio.gather(*(guarded(source) for source in due))
        report = PollReport(list(results))
        await self._analyse()
        logger.info(
            "Polled %d sources: %d new articles, %d failed",
            len(due),
            report.new_articles,
            len(report.failed),
        )
        return report

    async def poll_source(self, source: Source) -> SourcePollResult:
        """Fetch, parse and store one source; a failure is recorded on it and goes no further."""
        try:
            response = await self._fetcher.fetch(
                source.url, etag=source.etag, last_modified=source.last_modified
            )
            if response.not_modified:
                await self._record_success(source)
                return SourcePollResult(source.id, "not_modified")
            feed = await asyncio.to_thread(
                parse_feed,
                response.body,
                headers=response.headers,
                base_url=response.url,
                now=self._clock(),
            )
            new_ids = await self._store(feed, source_id=source.id)
        except (FetchError, FeedError) as error:
            return await self._record_failure(source, str(error))
        except Exception as error:  # a bug must not stop the other sources' polls
            logger.exception(
                "Unexpected error while polling source %d (%s)", source.id, source.shown_url
            )
            return await self._record_failure(source, f"internal error: {type(error).__name__}")
        for warning in feed.warnings:
            logger.warning("Source %d (%s): %s", source.id, source.shown_url, warning)
        await self._record_success(
            source, title=feed.title, etag=response.etag, last_modified=response.last_modified
        )
        return SourcePollResult(source.id, "stored", new_articles=len(new_ids))

    async def ingest_document(
        self,
        body: bytes,
        *,
        headers: Mapping[str, str] | None = None,
        base_url: str | None = None,
        source_id: int | None = None,
    ) -> list[int]:
        """Parse feed bytes from anywhere (the bundled sample, an upload) and store them."""
        feed = await asyncio.to_thread(
            parse_feed, body, headers=headers, base_url=base_url, now=self._clock()
        )
        new_ids = await self._store(feed, source_id=source_id)
        if new_ids:
            await self._analyse()
        return new_ids

    async def _analyse(self) -> None:
        """Read what was just stored; a failure here leaves the articles for the next pass."""
        if self._analyst is None:
            return
        try:
            await self._analyst.analyse_pending()
        except Exception:
            logger.exception("Analysis of new articles failed; they stay queued for the next poll")

    async def ingest_bundled_sample(self) -> list[int]:
        """Offline news from the seed articles, so a machine with no internet has stories."""
        sample = resources.files("bot").joinpath("data/sample_feed.xml").read_bytes()
        return await self.ingest_document(sample)

    async def _store(self, feed: ParsedFeed, *, source_id: int | None) -> list[int]:
        known = await self._articles.known_urls(entry.url for entry in feed.entries)
        fresh = [entry for entry in feed.entries if entry.url not in known]
        if not fresh:
            return []
        bodies = await self._complete_bodies(fresh)
        now = self._clock()
        return await self._articles.add_many(
            [
                NewArticle(
                    url=entry.url,
                    guid=entry.guid,
                    title=entry.title,
                    outlet=entry.outlet,
                    summary=entry.summary,
                    body=body,
                    published_at=entry.published_at,
                    fetched_at=now,
                    language=entry.language,
                    content_hash=entry.content_hash,
                    source_id=source_id,
                )
                for entry, body in zip(fresh, bodies, strict=True)
            ]
        )

    async def _complete_bodies(self, entries: Sequence[FeedEntry]) -> list[str]:
        """The body of each entry; a teaser-only entry gets its page's main text fetched."""
        minimum = self._policy.article_min_chars
        gate = asyncio.Semaphore(PAGE_FETCH_CONCURRENCY)

        async def body_of(entry: FeedEntry) -> str:
            if len(entry.text) >= minimum:
                return entry.body
            async with gate:
                page_text = await self._fetch_page_text(entry.url)
            return page_text if page_text and len(page_text) > len(entry.text) else entry.body

        return list(await asyncio.gather(*(body_of(entry) for entry in entries)))

    async def _fetch_page_text(self, url: str) -> str | None:
        try:
            page = await self._fetcher.fetch(url, accept=PAGE_ACCEPT)
        except FetchError as error:
            logger.info("Keeping the feed's summary of %s: page not fetched (%s)", url, error)
            return None
        return await asyncio.to_thread(extract_article_text, page.body, page.url)

    async def _record_success(
        self,
        source: Source,
        *,
        title: str | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
    ) -> None:
        now = self._clock()
        await self._sources.record_success(
            source.id,
            now=now,
            next_check_at=now + timedelta(seconds=source.check_interval),
            title=title or None,
            etag=etag,
            last_modified=last_modified,
        )

    async def _record_failure(self, source: Source, error: str) -> SourcePollResult:
        error = scrub(error, source.url)  # a feed behind basic auth: never its password
        now = self._clock()
        failures = source.consecutive_failures + 1
        delay = min(timedelta(seconds=source.check_interval * 2 ** (failures - 1)), MAX_BACKOFF)
        pause = failures >= self._policy.max_failures
        await self._sources.record_failure(
            source.id, now=now, error=error[:500], next_check_at=now + delay, pause=pause
        )
        logger.warning(
            "Source %d (%s) failed (%d in a row): %s%s",
            source.id,
            source.shown_url,
            failures,
            error,
            "; paused" if pause else f"; next try in {delay}",
        )
        return SourcePollResult(source.id, "failed", error=error, paused=pause)


async def add_default_sources(sources: SourceRepository, *, interval: int, now: datetime) -> int:
    """First start of a production bot: subscribe to the default outlets."""
    if await sources.count():
        return 0
    added = 0
    for url, title in DEFAULT_SOURCES:
        if await sources.add(url, title=title, check_interval=interval, now=now):
            added += 1
    logger.info("Added %d default news sources", added)
    return added
