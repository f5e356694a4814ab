"""Turning stored news into Telegram HTML; every untrusted string is escaped here."""

from __future__ import annotations

import html
from datetime import date
from html.parser import HTMLParser

from domain.pages import SearchPage, StoryPage, StoryView
from views.split import TELEGRAM_TEXT_LIMIT as TELEGRAM_TEXT_LIMIT
from views.split import split_message as split_message
from views.texts import Texts

TITLE_LIMIT = 300
_EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


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


def format_date(moment: date, language: str) -> str:
    if language == "en":
        return f"{moment.day} {_EN_MONTHS[moment.month - 1]} {moment.year}"
    return moment.strftime("%d.%m.%Y")


MAX_OUTLETS_SHOWN = 6


def render_story(view: StoryView, texts: Texts, number: int | None = None) -> str:
    """Title once, then every outlet that told the story, each linked to its article."""
    prefix = f"{number}. " if number is not None else ""
    title = quote(shorten(view.title, TITLE_LIMIT))
    links = [
        f'<a href="{quote_attr(article.url)}">'
        f"{quote(shorten(article.outlet, 60)) or texts.read_more}</a>"
        for article in view.articles[:MAX_OUTLETS_SHOWN]
    ]
    if len(view.articles) > MAX_OUTLETS_SHOWN:
        links.append(f"+{len(view.articles) - MAX_OUTLETS_SHOWN}")
    when = format_date(view.shown_at, texts.language)
    return f"{prefix}<b>{title}</b>\n{', '.join(links)} · {when}"


def render_search(page: SearchPage, texts: Texts) -> str:
    if not page.items:
        return texts.search_nothing.format(query=quote(shorten(page.query, 100)))
    header = texts.search_title.format(
        query=quote(shorten(page.query, 100)), total=page.total_shown
    )
    if page.pages > 1:
        header += " · " + texts.page_of.format(page=page.page + 1, pages=page.pages)
    entries = []
    for number, result in enumerate(page.items, start=page.first_number):
        entry = render_story(result.view, texts, number)
        if result.snippet:
            entry += f"\n{result.snippet}"
        entries.append(entry)
    return "\n\n".join([header, *entries])


def render_latest(page: StoryPage, texts: Texts) -> str:
    if not page.items:
        return texts.latest_empty
    header = texts.latest_title
    if page.pages > 1:
        header += " · " + texts.page_of.format(page=page.page + 1, pages=page.pages_shown)
    entries = [
        render_story(view, texts, number)
        for number, view in enumerate(page.items, start=page.first_number)
    ]
    return "\n\n".join([header, *entries])


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
