"""The one paginator: which page of how many, and the lists shown page by page."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

from storage.models import Article, Story

Item = TypeVar("Item")


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

    @property
    def offset(self) -> int:
        return self.page * self.page_size


@dataclass(frozen=True, slots=True)
class Window(Paged):
    """Where a page falls in a list of `total` items; a page past the end is the last one."""

    page: int
    pages: int
    page_size: int

    @classmethod
    def of(cls, total: int, page: int, page_size: int) -> Window:
        pages = max(1, -(-total // page_size))
        return cls(min(max(page, 0), pages - 1), pages, page_size)

    def slice(self, items: Sequence[Item]) -> list[Item]:
        return list(items[self.offset : self.offset + self.page_size])


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


@dataclass(frozen=True, slots=True)
class SavedQuery:
    """What a page button names: a query of one user, by id and an unguessable token."""

    id: int
    token: str


# Listings by filters alone count at most this many stories (then shown as "1000+").
COUNT_CAP = 1000


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
    page_size: int

    @property
    def total_shown(self) -> str:
        return f"{self.total}+" if self.total >= COUNT_CAP else str(self.total)
