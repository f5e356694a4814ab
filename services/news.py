"""Read side of the news archive: pages of the latest stories."""

from __future__ import annotations

from domain.pages import COUNT_CAP, StoryPage, StoryView, Window
from news.query import ParsedQuery, parse_query
from storage import AnalysisRepository, SearchFilters

PAGE_SIZE = 5


def filters_of(parsed: ParsedQuery) -> SearchFilters:
    """The filters a reader typed ("KZ с 2024", "outlet:БелТА"); the words of a query aside."""
    return SearchFilters(countries=parsed.countries, since=parsed.since, outlet=parsed.outlet)


class NewsService:
    def __init__(self, analysis: AnalysisRepository, page_size: int = PAGE_SIZE) -> None:
        self._analysis = analysis
        self._page_size = page_size

    async def latest(self, page: int, filters: str = "") -> StoryPage:
        """Page `page` of the stories that match the filters a reader typed."""
        return await self.latest_page(page, filters_of(parse_query(filters)))

    async def latest_page(self, page: int, filters: SearchFilters | None = None) -> StoryPage:
        """Page `page` (0 = newest) of the stories; a page past the end gives the last one."""
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
