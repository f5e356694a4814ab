"""Ingestion: poll the sources that are due, store what is new, keep each source's health."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from importlib import resources
from typing import Literal

from news.feeds import FeedEntry, FeedError, ParsedFeed, parse_feed
from news.fetch import PAGE_ACCEPT, Fetcher, FetchError
from news.pages import extract_article_text
from news.urls import scrub
from services.analysis import Analyst
from storage import ArticleRepository, NewArticle, Source, SourceRepository

logger = logging.getLogger(__name__)

Clock = Callable[[], datetime]
MAX_BACKOFF = timedelta(hours=24)


@dataclass(frozen=True, slots=True)
class DefaultSource:
    url: str
    title: str
    language: str
    country: str


# Outlets that cover the cooperation, each with a feed that independent public feed readers
# list (the README says how each was confirmed). Operators add, pause and fix these.
DEFAULT_SOURCES: tuple[DefaultSource, ...] = (
    DefaultSource("https://www.belta.by/rss", "БелТА", "ru", "BY"),
    DefaultSource(
        "https://sputnik.by/export/rss2/archive/index.xml", "Sputnik Беларусь", "ru", "BY"
    ),
    DefaultSource("https://www.inform.kz/rss/rus.xml", "Казинформ", "ru", "KZ"),
    DefaultSource("https://www.inform.kz/rss/eng.xml", "Kazinform (English)", "en", "KZ"),
    DefaultSource(
        "https://ru.sputnik.kz/export/rss2/archive/index.xml", "Sputnik Казахстан", "ru", "KZ"
    ),
    DefaultSource("https://kz.kursiv.media/feed/", "Курсив", "ru", "KZ"),
    DefaultSource("https://tengrinews.kz/news.rss", "Tengrinews", "ru", "KZ"),
    DefaultSource("https://24.kg/rss/", "24.kg", "ru", "KG"),
    DefaultSource("https://kabar.kg/rss/", "Кабар", "ru", "KG"),
    DefaultSource(
        "https://ru.sputnik.kg/export/rss2/archive/index.xml", "Sputnik Кыргызстан", "ru", "KG"
    ),
    DefaultSource("https://www.gazeta.uz/ru/rss/", "Газета.uz", "ru", "UZ"),
)


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class IngestPolicy:
    poll_interval: int = 900
    max_failures: int = 10
    article_min_chars: int = 600
    concurrency: int = 4
    source_budget: float = 300.0  # seconds one source may take to fetch, read and store
    page_timeout: float = 15.0  # seconds for one teaser's article page
    page_budget: float = 60.0  # seconds for all the pages of one poll of one source
    page_concurrency: int = 4  # article pages fetched at once, all sources together


@dataclass(frozen=True, slots=True)
class SourcePollResult:
    source_id: int
    outcome: Literal["stored", "not_modified", "failed"]
    new_articles: int = 0
    error: str | None = None
    paused: bool = False
    article_ids: tuple[int, ...] = ()  # new or re-read, to be analysed


@dataclass(frozen=True, slots=True)
class PollReport:
    results: list[SourcePollResult] = field(default_factory=list)

    @property
    def new_articles(self) -> int:
        return sum(result.new_articles for result in self.results)

    @property
    def failed(self) -> list[SourcePollResult]:
        return [result for result in self.results if result.outcome == "failed"]


SourceDone = Callable[[SourcePollResult], Awaitable[object]]


class Ingestor:
    """Polls each source on its own: fetched, read, stored, analysed and alerted on without
    waiting for any other source, within its own time budget."""

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
        self._gate = asyncio.Semaphore(policy.concurrency)
        self._pages = asyncio.Semaphore(policy.page_concurrency)
        self._running: dict[int, asyncio.Task[SourcePollResult]] = {}
        self._sweep: asyncio.Task[None] | None = None
        # Called after each source's articles are analysed: alerts go out per source.
        self.on_source_done: SourceDone | None = None
        # N workers on PostgreSQL: (who, seconds) reserves each due source for one of them.
        self.lease: tuple[str, float] | None = None

    async def _due(self) -> list[Source]:
        if self.lease is None:
            return await self._sources.due(self._clock())
        owner, seconds = self.lease
        return await self._sources.reserve_due(self._clock(), owner=owner, lease_seconds=seconds)

    async def poll_due(self) -> PollReport:
        """Poll every due source and wait for all of them (the CLI, the console, tests).
        Each is still analysed and reported on as soon as it is done."""
        due = [s for s in await self._due() if s.id not in self._running]
        results = await asyncio.gather(*(self._poll_and_analyse(source) for source in due))
        await self._analyse_leftovers()
        report = PollReport(list(results))
        if due:
            logger.info(
                "Polled %d sources: %d new articles, %d failed",
                len(due),
                report.new_articles,
                len(report.failed),
            )
        return report

    async def start_due(self) -> int:
        """The ticker: start polling every due source that is not being polled already, and
        return at once; a slow or huge source never holds up the next tick or the others."""
        due = await self._due()
        started = 0
        for source in due:
            if source.id in self._running:
                continue
            task = asyncio.create_task(self._poll_and_analyse(source), name=f"poll-{source.id}")
            self._running[source.id] = task
            task.add_done_callback(self._finished)
            started += 1
        if self._sweep is None or self._sweep.done():
            self._sweep = asyncio.create_task(self._analyse_leftovers(), name="analyse-leftovers")
        return started

    def _finished(self, task: asyncio.Task[SourcePollResult]) -> None:
        self._running = {key: value for key, value in self._running.items() if value is not task}
        if not task.cancelled() and task.exception() is not None:
            logger.error("A source poll failed", exc_info=task.exception())

    @property
    def polling(self) -> set[int]:
        """The sources being polled now."""
        return set(self._running)

    async def stop(self) -> None:
        """Cancel the polls under way (their sources are polled again at the next start)."""
        tasks = [*self._running.values(), *([self._sweep] if self._sweep else [])]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    async def _poll_and_analyse(self, source: Source) -> SourcePollResult:
        async with self._gate:
            result = await self.poll_source(source)
        if result.article_ids and self._analyst is not None:
            try:
                articles = await self._articles.get_many(result.article_ids)
                await self._analyst.analyse(articles)
            except Exception:
                logger.exception(
                    "Analysis of source %d failed; its articles stay queued", source.id
                )
        if self.on_source_done is not None:
            try:
                await self.on_source_done(result)
            except Exception:
                logger.exception("After polling source %d", source.id)
        return result

    async def poll_source(self, source: Source) -> SourcePollResult:
        """Fetch, parse and store one source within its time budget; a failure is recorded
        on it and goes no further."""
        try:
            async with asyncio.timeout(self._policy.source_budget):
                return await self._poll(source)
        except TimeoutError:
            budget = self._policy.source_budget
            return await self._record_failure(source, f"took longer than {budget:g} s")

    async def _poll(self, source: Source) -> SourcePollResult:
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
            new_ids, reread_ids = await self._store(feed, source=source)
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
            source,
            title=feed.title,
            etag=response.etag,
            last_modified=response.last_modified,
            decoding=feed.decoding,
            garbled=feed.garbled,
        )
        return SourcePollResult(
            source.id,
            "stored",
            new_articles=len(new_ids),
            article_ids=(*new_ids, *reread_ids),
        )

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
        source = await self._sources.get(source_id) if source_id is not None else None
        new_ids, _ = await self._store(feed, source=source)
        if new_ids:
            await self._analyse_leftovers()
        return new_ids

    async def _analyse_leftovers(self) -> None:
        """Read what is still unread (a failed analysis, a re-read, a new extractor)."""
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

    async def _store(
        self, feed: ParsedFeed, *, source: Source | None
    ) -> tuple[list[int], list[int]]:
        """Store the new entries; when the source's decoding changed (or its text looked
        garbled), also re-read the entries already stored. Returns (new ids, re-read ids)."""
        known = await self._articles.known_urls(entry.url for entry in feed.entries)
        fresh = [entry for entry in feed.entries if entry.url not in known]
        reread: list[FeedEntry] = []
        if source is not None and known and (source.decoding != feed.decoding or source.garbled):
            reread = [entry for entry in feed.entries if entry.url in known]
        if not fresh and not reread:
            return [], []
        bodies = await self._complete_bodies([*fresh, *reread])
        now = self._clock()
        source_id = source.id if source is not None else None
        rows = [
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
            for entry, body in zip([*fresh, *reread], bodies, strict=True)
        ]
        new_ids = await self._articles.add_many(rows[: len(fresh)]) if fresh else []
        reread_ids: list[int] = []
        if reread and source_id is not None:
            reread_ids = await self._articles.refresh_text(source_id, rows[len(fresh) :])
            if reread_ids:
                logger.info(
                    "Source %d: decoding now %s (was %s); re-read %d stored articles",
                    source_id,
                    feed.decoding,
                    source.decoding if source else None,
                    len(reread_ids),
                )
        return new_ids, reread_ids

    async def _complete_bodies(self, entries: Sequence[FeedEntry]) -> list[str]:
        """The body of each entry; a teaser-only entry gets its page's main text fetched.

        Pages are fetched a few at a time (all sources together), each within its own
        timeout and all within the source's page budget: an entry whose page did not come
        in time keeps the feed's text."""
        minimum = self._policy.article_min_chars
        bodies = [entry.body for entry in entries]
        wanted = [n for n, entry in enumerate(entries) if len(entry.text) < minimum]
        if not wanted:
            return bodies

        async def page_of(entry: FeedEntry) -> str | None:
            async with self._pages:
                try:
                    async with asyncio.timeout(self._policy.page_timeout):
                        return await self._fetch_page_text(entry.url)
                except TimeoutError:
                    logger.info("Keeping the feed's summary of %s: page too slow", entry.url)
                    return None

        tasks = {n: asyncio.create_task(page_of(entries[n])) for n in wanted}
        done, late = await asyncio.wait(tasks.values(), timeout=self._policy.page_budget)
        for task in late:
            task.cancel()
        if late:
            await asyncio.gather(*late, return_exceptions=True)
            logger.info("Page budget spent: %d teasers keep the feed's summary", len(late))
        for n, task in tasks.items():
            if task in done and task.exception() is None:
                page_text = task.result()
                if page_text and len(page_text) > len(entries[n].text):
                    bodies[n] = page_text
        return bodies

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
        decoding: str | None = None,
        garbled: int | None = None,
    ) -> None:
        now = self._clock()
        await self._sources.record_success(
            source.id,
            now=now,
            next_check_at=now + timedelta(seconds=source.check_interval),
            title=title or None,
            etag=etag,
            last_modified=last_modified,
            decoding=decoding,
            garbled=garbled,
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
    for default in DEFAULT_SOURCES:
        if await sources.add(default.url, title=default.title, check_interval=interval, now=now):
            added += 1
    logger.info("Added %d default news sources", added)
    return added
