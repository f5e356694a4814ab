"""Read side of the news archive: pages of the latest stories, and the filters that narrow them."""

from __future__ import annotations

from domain.filters import FilterProblem, Filters, match_outlet, parse_filters
from domain.pages import COUNT_CAP, StoryPage, StoryView, Window
from storage import AnalysisRepository, ArticleRepository, SearchFilters

PAGE_SIZE = 5


def search_filters(filters: Filters) -> SearchFilters:
    return SearchFilters(countries=filters.countries, since=filters.since, outlet=filters.outlet)


class NewsService:
    def __init__(
        self,
        analysis: AnalysisRepository,
        articles: ArticleRepository | None = None,
        page_size: int = PAGE_SIZE,
    ) -> None:
        self._analysis = analysis
        self._articles = articles
        self._page_size = page_size

    async def read_filters(self, text: str) -> Filters | FilterProblem:
        """The filters a reader typed, the outlet named as stored ('Belta' → 'БелТА');
        or what is wrong with them."""
        parsed = parse_filters(text)
        if isinstance(parsed, FilterProblem) or not parsed.outlet:
            return parsed
        if await self._analysis.count_stories(search_filters(parsed), cap=1):
            return parsed  # the outlet as typed has stories: nothing to look up
        outlets = await self._articles.outlets() if self._articles else []
        named = match_outlet(parsed.outlet, outlets)
        if isinstance(named, FilterProblem):
            return named
        return Filters(parsed.countries, parsed.since, parsed.since_month, named)

    async def latest(self, page: int, filters: Filters | None = None) -> StoryPage:
        """Page `page` (0 = newest) of the stories; a page past the end gives the last one."""
        narrowed = search_filters(filters) if filters is not None else None
        return await self.latest_page(page, narrowed)

    async def latest_page(self, page: int, filters: SearchFilters | None = None) -> StoryPage:
        """Page `page` (0 = newest) of the stories; a page past the end gives the last one;
        counting stops at COUNT_CAP ('стр. 1 из 200+')."""
        total = await self._analysis.count_stories(filters, cap=COUNT_CAP)
        window = Window.of(total, page, self._page_size)
        stories = await self._analysis.stories(
            limit=window.page_size, offset=window.offset, filters=filters
        )
        articles = await self._analysis.articles_of([story.id for story in stories])
        return StoryPage(
            items=[StoryView(story, articles.get(story.id, [])) for story in stories],
            page=window.page,
            pages=window.pages,
            page_size=window.page_size,
            more=total >= COUNT_CAP,
        )
