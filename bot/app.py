"""Composition root: builds the services over one database and one HTTP session."""

from __future__ import annotations

import asyncio
import gc
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from aiogram import Dispatcher

import handlers
from bot.settings import Settings
from delivery.sender import DeliveryLimits
from news.fetch import Fetcher, FetchLimits, new_http_session
from news.safety import PublicOnlyResolver, URLPolicy, public_socket
from services.analysis import Analyst, extraction_workers
from services.channels import ChannelService
from services.facts import FactsService
from services.ingest import Ingestor, IngestPolicy, utc_now
from services.news import NewsService
from services.operators import ImportLimits, OperatorService
from services.people import PeopleService
from services.search import SearchService
from services.subscriptions import Alerter, SubscriptionService
from storage import (
    AnalysisRepository,
    ArticleRepository,
    AuditRepository,
    ChannelRepository,
    Database,
    OutboxRepository,
    PeopleRepository,
    SearchRepository,
    SourceRepository,
    SubscriptionRepository,
    open_database,
)


@dataclass(frozen=True, slots=True)
class App:
    settings: Settings
    db: Database
    sources: SourceRepository
    articles: ArticleRepository
    analysis: AnalysisRepository
    analyst: Analyst
    ingestor: Ingestor
    news: NewsService
    facts: FactsService
    search: SearchService
    operators: OperatorService
    outbox: OutboxRepository
    subscriptions: SubscriptionService
    alerter: Alerter
    channels: ChannelService
    people: PeopleService
    delivery_limits: DeliveryLimits


@asynccontextmanager
async def open_app(settings: Settings) -> AsyncIterator[App]:
    """Open every resource the bot needs, and close them all on the way out."""
    resolver = None if settings.allow_private_sources else PublicOnlyResolver()
    socket_factory = None if settings.allow_private_sources else public_socket
    policy = URLPolicy(allow_private=settings.allow_private_sources)
    async with (
        open_database(settings.database) as db,
        new_http_session(resolver, socket_factory) as http,
    ):
        sources = SourceRepository(db)
        articles = ArticleRepository(db)
        analysis = AnalysisRepository(db)
        outbox = OutboxRepository(db)
        subscriptions = SubscriptionRepository(db)
        story_lock = asyncio.Lock()  # stories are chosen and alerted on one at a time
        people = PeopleService(PeopleRepository(db), clock=utc_now)
        await people.load()
        analyst = Analyst(
            analysis,
            settings.country_pairs,
            max_chars=settings.extract_max_chars,
            story_lock=story_lock,
            workers=extraction_workers(settings.extract_workers),
        )
        fetcher = Fetcher(
            http,
            FetchLimits(
                timeout=settings.http_timeout,
                max_bytes=settings.max_feed_bytes,
                max_redirects=settings.max_redirects,
            ),
            url_guard=policy.check,
        )
        ingestor = Ingestor(
            sources,
            articles,
            fetcher,
            IngestPolicy(
                poll_interval=settings.poll_interval,
                max_failures=settings.max_failures,
                article_min_chars=settings.article_min_chars,
                concurrency=settings.fetch_concurrency,
                source_budget=settings.source_time_budget,
                page_timeout=settings.page_timeout,
                page_budget=settings.page_budget,
                page_concurrency=settings.page_concurrency,
            ),
            analyst=analyst,
        )
        app = App(
            settings=settings,
            db=db,
            sources=sources,
            articles=articles,
            analysis=analysis,
            analyst=analyst,
            ingestor=ingestor,
            news=NewsService(analysis, articles),
            facts=FactsService(analysis, clock=utc_now),
            search=SearchService(
                SearchRepository(db),
                analysis,
                clock=utc_now,
                keep_queries=timedelta(days=settings.saved_query_days),
                articles=articles,
            ),
            operators=OperatorService(
                sources,
                articles,
                AuditRepository(db),
                fetcher,
                policy,
                default_interval=settings.poll_interval,
                clock=utc_now,
                import_limits=ImportLimits(
                    max_bytes=settings.opml_max_bytes, max_sources=settings.opml_max_sources
                ),
                outbox=outbox,
            ),
            outbox=outbox,
            subscriptions=SubscriptionService(
                subscriptions,
                _partner_countries(settings),
                clock=utc_now,
                default_timezone=settings.digest_timezone,
            ),
            alerter=Alerter(
                analysis,
                subscriptions,
                outbox,
                clock=utc_now,
                lock=story_lock,
                default_timezone=settings.digest_timezone,
            ),
            channels=ChannelService(
                ChannelRepository(db),
                analysis,
                outbox,
                clock=utc_now,
                default_time=settings.digest_time,
                default_timezone=settings.digest_timezone,
            ),
            people=people,
            delivery_limits=DeliveryLimits(
                global_per_second=settings.send_global_per_second,
                chat_per_second=settings.send_chat_per_second,
                group_per_minute=settings.send_group_per_minute,
                concurrency=settings.send_concurrency,
                retry_horizon=settings.send_retry_hours * 3600,
            ),
        )
        try:
            yield app
        finally:
            analyst.close()  # its worker processes, if it started any


_NOW = datetime(2025, 1, 1, tzinfo=UTC)


def settle_heap() -> None:
    """Load what the bot keeps for its whole life, then take everything alive now out of the
    garbage collector's way. A full collection walks every tracked object — some 200 000
    after start-up, ~200 ms — holding the GIL; run from a worker thread in mid-ingestion, that
    stalls the event loop. Frozen, start-up objects are never walked again.

    What is loaded on first use instead would be walked by every full collection for the
    rest of the process's life (~25 000 objects, 5–15 ms each time, ~1 in 100 updates): the
    extractor's dictionaries, the feed parser, and the default language's messages and Babel
    locale data (their syntax trees alone are ~10 000 objects). Hence: call it once, after
    the dispatcher is built (its routers, observers and middlewares are ~2 000 more)."""
    import charset_normalizer  # noqa: F401 - loaded here, not in mid-ingestion

    from news.extract import extract
    from news.feeds import parse_feed
    from views import formats
    from views.i18n import texts_for

    # The young generations only, never the whole heap: a full collection here walked
    # ~230 000 objects (under 0.1 s of CPU, 0.3-0.7 s of wall time on a loaded machine) and
    # found no garbage (measured with 100 000 articles); what it could find, cycles that
    # died after an earlier collection, stays frozen. Start-up objects are frozen first, so
    # that a full collection the loading below sets off (unpickling Babel's data does)
    # walks only what the loading made.
    gc.collect(1)
    gc.freeze()
    extract("Беларусь и Казахстан", title="")
    parse_feed(b'<rss version="2.0"><channel><title>x</title></channel></rss>', now=_NOW)
    texts = texts_for(None)
    formats.day(_NOW.date(), texts)  # Babel's data for the language: dates and numbers
    formats.number(1.5, texts.language)
    gc.collect(1)
    gc.freeze()


def _partner_countries(settings: Settings) -> list[str]:
    """The countries a subscriber can choose: every one in the tracked pairs, in order."""
    return list(dict.fromkeys(code for pair in settings.country_pairs for code in pair))


def build_dispatcher(app: App) -> Dispatcher:
    """The one dispatcher both Telegram and the console chat feed updates through."""
    dispatcher = Dispatcher(
        settings=app.settings,
        operator_ids=app.settings.operator_ids,
        news=app.news,
        facts=app.facts,
        search=app.search,
        operators=app.operators,
        sources=app.sources,
        ingestor=app.ingestor,
        subscriptions=app.subscriptions,
        channels=app.channels,
        people=app.people,
    )
    handlers.setup(dispatcher)
    return dispatcher
