"""Search and filtered listings of stories, shaped for the handlers."""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

import aiosqlite

from news.query import ParsedQuery, parse_query, snippet
from services.news import Paged, StoryView
from storage import AnalysisRepository, SearchFilters, SearchRepository

logger = logging.getLogger(__name__)
PAGE_SIZE = 5
# Listings by filters alone count at most this many stories (then shown as "1000+").
COUNT_CAP = 1000
SAVED_QUERY_DAYS = 30


@dataclass(frozen=True, slots=True)
class SavedQuery:
    """What a page button names: a query of one user, by id and an unguessable token."""

    id: int
    token: str


@dataclass(frozen=True, slots=True)
class SearchResult:
    view: StoryView
    snippet: str  # HTML, escaped, with the query words in bold


@dataclass(frozen=True, slots=True)
class SearchPage(Paged):
    query: str
    saved: SavedQuery
    items: list[SearchResult]
    page: int
    pages: int
    total: int
    page_size: int = PAGE_SIZE

    @property
    def total_shown(self) -> str:
        return f"{self.total}+" if self.total >= COUNT_CAP else str(self.total)


def filters_of(parsed: ParsedQuery) -> SearchFilters:
    return SearchFilters(countries=parsed.countries, since=parsed.since, outlet=parsed.outlet)


class SearchService:
    def __init__(
        self,
        search: SearchRepository,
        analysis: AnalysisRepository,
        *,
        clock: Callable[[], datetime],
        keep_queries: timedelta = timedelta(days=SAVED_QUERY_DAYS),
    ) -> None:
        self._search = search
        self._analysis = analysis
        self._clock = clock
        self._keep = keep_queries

    async def remember(self, query: str, user_id: int) -> SavedQuery:
        query_id, token = await self._search.save_query(
            user_id, query.strip()[:300], token=secrets.token_urlsafe(6), now=self._clock()
        )
        return SavedQuery(query_id, token)

    async def recall(self, saved: SavedQuery, user_id: int) -> str | None:
        """The query behind a button, if `user_id` made it and it has not expired."""
        return await self._search.saved_query(
            saved.id, token=saved.token, user_id=user_id, since=self._clock() - self._keep
        )

    async def expire(self) -> int:
        """Forget the searches older than the buttons that name them may live."""
        return await self._search.expire_queries(self._clock() - self._keep)

    async def search(
        self, query: str, page: int, user_id: int, page_size: int = PAGE_SIZE
    ) -> SearchPage:
        parsed = parse_query(query)
        saved = await self.remember(query, user_id)
        filters = filters_of(parsed)
        if not parsed.terms:
            # Only filters ("Кыргызстан с 2024"): the matching stories, newest first.
            total = await self._analysis.count_stories(filters, cap=COUNT_CAP)
            pages = max(1, -(-total // page_size))
            page = min(max(page, 0), pages - 1)
            stories = await self._analysis.stories(
                limit=page_size, offset=page * page_size, filters=filters
            )
            articles = await self._analysis.articles_of([s.id for s in stories])
            items = [SearchResult(StoryView(s, articles.get(s.id, [])), "") for s in stories]
            return SearchPage(query, saved, items, page, pages, total, page_size)
        try:
            hits, total = await self._search.search(
                parsed.fts_match, filters, limit=page_size, offset=max(page, 0) * page_size
            )
        except aiosqlite.OperationalError:
            # The match expression is built from quoted lemmas only; this is a bug, not input.
            logger.exception("Search failed for %r", parsed.fts_match)
            hits, total = [], 0
        pages = max(1, -(-total // page_size))
        if page >= pages and total:
            return await self.search(query, pages - 1, user_id, page_size)
        stories = {s.id: s for s in await self._analysis.stories_by_id([h.story_id for h in hits])}
        articles = await self._analysis.articles_of(list(stories))
        items = []
        for hit in hits:
            story_articles = articles.get(hit.story_id, [])
            if hit.story_id not in stories or not story_articles:
                continue
            best = next((a for a in story_articles if a.id == hit.article_id), story_articles[0])
            text = f"{best.title}\n{best.body or best.summary}"
            items.append(
                SearchResult(
                    StoryView(stories[hit.story_id], story_articles), snippet(text, parsed.terms)
                )
            )
        return SearchPage(query, saved, items, max(page, 0), pages, total, page_size)
