"""Turning stored news into Telegram HTML; every untrusted string is escaped here."""

from __future__ import annotations

import html
from html.parser import HTMLParser

from domain.filters import FilterProblem, Filters, Problem
from domain.pages import SearchPage, StoryPage, StoryView
from views import formats, names
from views.i18n import Texts
from views.split import TELEGRAM_TEXT_LIMIT as TELEGRAM_TEXT_LIMIT
from views.split import split_message as split_message

TITLE_LIMIT = 300


def quote(text: str) -> str:
    """Escape text for Telegram HTML (element content)."""
    return html.escape(text, quote=False)


def quote_attr(text: str) -> str:
    return html.escape(text, quote=True)


def shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0] or text[: limit - 1]
    return cut + "…"


MAX_OUTLETS_SHOWN = 6


def render_story(view: StoryView, texts: Texts, number: int | None = None) -> str:
    """Title once, then every outlet that told the story, each linked to its article."""
    prefix = f"{number}. " if number is not None else ""
    title = quote(shorten(view.title, TITLE_LIMIT))
    links = [
        f'<a href="{quote_attr(article.url)}">'
        f"{quote(shorten(article.outlet, 60)) or texts('read-more')}</a>"
        for article in view.articles[:MAX_OUTLETS_SHOWN]
    ]
    if len(view.articles) > MAX_OUTLETS_SHOWN:
        links.append(f"+{len(view.articles) - MAX_OUTLETS_SHOWN}")
    when = formats.day(view.shown_at, texts)
    return f"{prefix}<b>{title}</b>\n{', '.join(links)} · {when}"


def page_of(page: int, pages: int | str, texts: Texts) -> str:
    """'стр. 2 из 5'; `pages` may be '200+' when counting stopped short."""
    return texts("page-of", page=page + 1, pages=pages)


def render_search(page: SearchPage, texts: Texts, *, nothing: str = "search-nothing") -> str:
    """A page of search results; `nothing` is the message for none."""
    if not page.items:
        return texts(nothing, query=quote(shorten(page.query, 100)))
    header = texts("search-title", query=quote(shorten(page.query, 100)), total=page.total_shown)
    if page.pages > 1:
        header += " · " + page_of(page.page, page.pages, texts)
    entries = []
    for number, result in enumerate(page.items, start=page.first_number):
        entry = render_story(result.view, texts, number)
        if result.snippet:
            entry += f"\n{result.snippet}"
        entries.append(entry)
    return "\n\n".join([header, *entries])


def render_latest(page: StoryPage, texts: Texts, filters: str = "") -> str:
    """A page of the newest stories; `filters`, escaped, says what narrows them."""
    if not page.items:
        if filters:
            return texts("latest-empty-filtered", filters=filters)
        return texts("latest-empty")
    header = texts("latest-title-filtered", filters=filters) if filters else texts("latest-title")
    if page.pages > 1:
        header += " · " + page_of(page.page, page.pages_shown, texts)
    entries = [
        render_story(view, texts, number)
        for number, view in enumerate(page.items, start=page.first_number)
    ]
    return "\n\n".join([header, *entries])


OUTLETS_LISTED = 12


def filters_label(filters: Filters, texts: Texts) -> str:
    """What narrows a list, for its header: 'Казахстан · с 2024 · издание БелТА'."""
    parts = names.countries(filters.countries, texts)
    if filters.since is not None:
        since = (
            formats.month(filters.since, texts) if filters.since_month else str(filters.since.year)
        )
        parts.append(texts("filter-since", date=since))
    if filters.outlet:
        parts.append(texts("filter-outlet", outlet=quote(shorten(filters.outlet, 60))))
    return " · ".join(parts)


def filter_problem(problem: FilterProblem, texts: Texts) -> str:
    """Why a filter cannot be applied, and what to type instead."""
    word = quote(shorten(problem.word, 40))
    if problem.problem == Problem.YEAR:
        return texts("filter-year", year=word)
    if problem.problem == Problem.DATE:
        return f"{texts('filter-bad-date', word=word)}\n{texts('filter-hint')}"
    if problem.problem == Problem.OUTLET:
        listed = problem.candidates[:OUTLETS_LISTED]
        outlets = quote(", ".join(listed) + (" …" if len(problem.candidates) > len(listed) else ""))
        if problem.ambiguous:
            return texts("filter-ambiguous-outlet", word=word, outlets=outlets)
        if not problem.candidates:
            return texts("filter-no-outlets", word=word)
        return texts("filter-unknown-outlet", word=word, outlets=outlets)
    countries = ", ".join(names.all_countries(texts))
    refusal = texts("filter-not-country", word=word, countries=countries)
    return f"{refusal}\n{texts('filter-hint')}"


class _HTMLToText(HTMLParser):
    """Telegram HTML as a terminal shows it: links keep their address, tags vanish."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._links: list[str | None] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            self._links.append(dict(attrs).get("href"))

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._links:
            href = self._links.pop()
            if href:
                self.parts.append(f" <{href}>")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def html_to_console(text: str) -> str:
    parser = _HTMLToText()
    parser.feed(text)
    parser.close()
    return "".join(parser.parts)
