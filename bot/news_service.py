"""Read side of the news archive, shaped for what the handlers show."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from storage import AnalysisRepository, Article, SearchFilters, Story

PAGE_SIZE = 5
# Stories are counted up to this many (then "200+" pages): a bounded index walk however big
# the archive or rare the filter.
COUNT_CAP = 1000


@dataclass(frozen=True, slots=True)
class StoryView:
    """One story and every outlet that told it, first teller first."""

    story: Story
    articles: list[Article]

    @property
    def title(self) -> str:
        return self.articles[0].title if self.articles else self.story.title

    @property
    def shown_at(self) -> datetime:
        return self.story.first_seen_at


class Paged:
    """Navigation of page `page` (0 = newest) of `pages`, `page_size` items each."""

    __slots__ = ()
    page: int
    pages: int
    page_size: int

    @property
    def has_newer(self) -> bool:
        return self.page > 0

    @property
    def has_older(self) -> bool:
        return self.page + 1 < self.pages

    @property
    def first_number(self) -> int:
        return self.page * self.page_size + 1


@dataclass(frozen=True, slots=True)
class StoryPage(Paged):
    items: list[StoryView]
    page: int
    pages: int
    page_size: int
    more: bool = False  # counting stopped at COUNT_CAP: there may be more pages

    @property
    def pages_shown(self) -> str:
        return f"{self.pages}+" if self.more else str(self.pages)


class NewsService:
    def __init__(self, analysis: AnalysisRepository, page_size: int = PAGE_SIZE) -> None:
        self._analysis = analysis
        self._page_size = page_size

    async def latest_page(self, page: int, filters: SearchFilters | None = None) -> StoryPage:
        """Page `page` (0 = newest) of the stories; a page past the end gives the last one."""
        total = await self._analysis.count_stories(filters, cap=COUNT_CAP)
        pages = max(1, -(-total // self._page_size))
        page = min(max(page, 0), pages - 1)
        stories = await self._analysis.stories(
            limit=self._page_size, offset=page * self._page_size, filters=filters
        )
        articles = await self._analysis.articles_of([story.id for story in stories])
        return StoryPage(
            items=[StoryView(story, articles.get(story.id, [])) for story in stories],
            page=page,
            pages=pages,
            page_size=self._page_size,
            more=total >= COUNT_CAP,
        )
