"""Full-text search and filtered listings of stories, and the saved queries their buttons name."""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable
from datetime import datetime, timedelta

from domain.filters import match_outlet
from domain.pages import COUNT_CAP, SavedQuery, SearchPage, SearchResult, StoryView, Window
from news.query import ParsedQuery, parse_query, snippet
from storage import (
    AnalysisRepository,
    ArticleRepository,
    QueryError,
    SearchFilters,
    SearchRepository,
)

logger = logging.getLogger(__name__)
PAGE_SIZE = 5
SAVED_QUERY_DAYS = 30


def filters_of(parsed: ParsedQuery) -> SearchFilters:
    """The filters a reader typed ("KZ с 2024", "outlet:БелТА"); the words of a query aside."""
    return SearchFilters(countries=parsed.countries, since=parsed.since, outlet=parsed.outlet)


class SearchService:
    def __init__(
        self,
        search: SearchRepository,
        analysis: AnalysisRepository,
        *,
        clock: Callable[[], datetime],
        keep_queries: timedelta = timedelta(days=SAVED_QUERY_DAYS),
        articles: ArticleRepository | None = None,
    ) -> None:
        self._search = search
        self._analysis = analysis
        self._articles = articles
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

    async def _outlet_as_stored(self, filters: SearchFilters) -> SearchFilters:
        """'outlet:Belta' is BelTA: the outlet's name as stored, when it names one."""
        if not filters.outlet or self._articles is None:
            return filters
        if await self._analysis.count_stories(filters, cap=1):
            return filters
        named = match_outlet(filters.outlet, await self._articles.outlets())
        if not isinstance(named, str):
            return filters
        return SearchFilters(countries=filters.countries, since=filters.since, outlet=named)

    async def search(
        self, query: str, page: int, user_id: int, page_size: int = PAGE_SIZE
    ) -> SearchPage:
        parsed = parse_query(query)
        saved = await self.remember(query, user_id)
        filters = await self._outlet_as_stored(filters_of(parsed))
        if not parsed.terms:
            # Only filters ("Кыргызстан с 2024"): the matching stories, newest first.
            total = await self._analysis.count_stories(filters, cap=COUNT_CAP)
            window = Window.of(total, page, page_size)
            stories = await self._analysis.stories(
                limit=page_size, offset=window.offset, filters=filters
            )
            articles = await self._analysis.articles_of([s.id for s in stories])
            items = [SearchResult(StoryView(s, articles.get(s.id, [])), "") for s in stories]
            return SearchPage(query, saved, items, window.page, window.pages, total, page_size)
        try:
            hits, total = await self._search.search(
                parsed.fts_match, filters, limit=page_size, offset=max(page, 0) * page_size
            )
        except QueryError:
            # The match expression is built from quoted lemmas only; this is a bug, not input.
            logger.exception("Search failed for %r", parsed.fts_match)
            hits, total = [], 0
        window = Window.of(total, page, page_size)
        if page > window.page and total:  # past the end: the last page
            return await self.search(query, window.page, user_id, page_size)
        by_id = {s.id: s for s in await self._analysis.stories_by_id([h.story_id for h in hits])}
        articles = await self._analysis.articles_of(list(by_id))
        items = []
        for hit in hits:
            story_articles = articles.get(hit.story_id, [])
            if hit.story_id not in by_id or not story_articles:
                continue
            best = next((a for a in story_articles if a.id == hit.article_id), story_articles[0])
            text = f"{best.title}\n{best.body or best.summary}"
            items.append(
                SearchResult(
                    StoryView(by_id[hit.story_id], story_articles), snippet(text, parsed.terms)
                )
            )
        return SearchPage(query, saved, items, max(page, 0), window.pages, total, page_size)
