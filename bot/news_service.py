"""Read side of the news archive, shaped for what the handlers show."""

from __future__ import annotations

from dataclasses import dataclass

from storage import Article, ArticleRepository

PAGE_SIZE = 5


@dataclass(frozen=True, slots=True)
class ArticlePage:
    items: list[Article]
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


class NewsService:
    def __init__(self, articles: ArticleRepository, page_size: int = PAGE_SIZE) -> None:
        self._articles = articles
        self._page_size = page_size

    async def latest_page(self, page: int) -> ArticlePage:
        """Page `page` (0 = newest) of the archive; a page past the end gives the last one."""
        total = await self._articles.count()
        pages = max(1, -(-total // self._page_size))
        page = min(max(page, 0), pages - 1)
        items = await self._articles.latest(limit=self._page_size, offset=page * self._page_size)
        return ArticlePage(items=items, page=page, pages=pages, page_size=self._page_size)
