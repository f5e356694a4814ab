"""Turning stored news into Telegram HTML; every untrusted string is escaped here."""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date
from html.parser import HTMLParser

from bot.briefs import StoryBrief
from bot.facts_service import Figure, ProjectGroup, ProjectsPage, TurnoverReport, pair_name
from bot.news_service import StoryPage, StoryView
from bot.search_service import SearchPage
from bot.split import TELEGRAM_TEXT_LIMIT as TELEGRAM_TEXT_LIMIT
from bot.split import split_message as split_message
from bot.texts import DeliveryTexts, Texts
from storage import Citation

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
        header += " · " + texts.page_of.format(page=page.page + 1, pages=page.pages)
    entries = [
        render_story(view, texts, number)
        for number, view in enumerate(page.items, start=page.first_number)
    ]
    return "\n\n".join([header, *entries])


_CURRENCY_SIGNS = {"USD": "$", "EUR": "€"}
_CURRENCY_NAMES = {
    "KZT": ("тенге", "KZT"),
    "RUB": ("руб.", "RUB"),
    "BYN": ("бел. руб.", "BYN"),
    "KGS": ("сомов", "KGS"),
    "UZS": ("сумов", "UZS"),
}
MAX_CITATIONS_SHOWN = 3


def format_money(amount: float | None, currency: str | None, texts: Texts) -> str:
    """'$1,2 млрд' / '$1.2bn', '500 млн тенге'."""
    if amount is None:
        return "?"
    number, scale = amount, ""
    for size, word in zip((1e9, 1e6, 1e3), texts.scales, strict=True):
        if amount >= size:
            number, scale = amount / size, word
            break
    digits = f"{number:.2f}".rstrip("0").rstrip(".")
    if texts.language == "ru":
        digits = digits.replace(".", ",")
    joiner = "" if texts.language == "en" else " "
    figure = f"{digits}{joiner}{scale}".strip()
    if currency in _CURRENCY_SIGNS:
        return f"{_CURRENCY_SIGNS[currency]}{figure}"
    name = _CURRENCY_NAMES.get(currency or "", (currency or "", currency or ""))
    return f"{figure} {name[0] if texts.language == 'ru' else name[1]}".strip()


def format_period(start: str | None, end: str | None, texts: Texts) -> str:
    if not start or not end:
        return ""
    first_year, first_month = (int(part) for part in start.split("-"))
    last_year, last_month = (int(part) for part in end.split("-"))
    if first_year == last_year and (first_month, last_month) == (1, 12):
        return str(last_year)
    if first_year == last_year:
        if first_month == last_month:
            return f"{texts.months[last_month - 1]} {last_year}"
        return f"{texts.months[first_month - 1]}–{texts.months[last_month - 1]} {last_year}"
    return (
        f"{texts.months[first_month - 1]} {first_year} – {texts.months[last_month - 1]} {last_year}"
    )


def render_citations(citations: Sequence[Citation], texts: Texts) -> str:
    """Each source as 'outlet, date', linked to its article."""
    shown = [
        f'<a href="{quote_attr(c.url)}">{quote(shorten(c.outlet, 40)) or texts.read_more}, '
        f"{format_date(c.stated_at, texts.language)}</a>"
        for c in citations[:MAX_CITATIONS_SHOWN]
    ]
    if len(citations) > MAX_CITATIONS_SHOWN:
        shown.append(f"+{len(citations) - MAX_CITATIONS_SHOWN}")
    return ", ".join(shown)


def render_figure(figure: Figure, texts: Texts) -> str:
    return f"{render_figure_line(figure, texts)}\n    {render_citations(figure.citations, texts)}"


def render_figure_line(figure: Figure, texts: Texts) -> str:
    """The figure itself: amount, period and change, without its sources."""
    line = (
        f"<b>{texts.approx[figure.approx]}{format_money(figure.amount, figure.currency, texts)}</b>"
    )
    period = format_period(figure.period_from, figure.period_to, texts)
    if period:
        line += f" — {period}"
    if figure.change_pct is not None:
        line += f" ({figure.change_pct:+g}%)".replace(".", "," if texts.language == "ru" else ".")
    return line


def render_turnover(report: TurnoverReport, texts: Texts) -> str:
    pair = pair_name(report.pair, texts.language)
    blocks = [texts.turnover_title.format(pair=quote(pair))]
    if report.latest is not None:
        blocks.append(f"{texts.turnover_latest}: {render_figure(report.latest, texts)}")
    for heading, figures in (
        (texts.turnover_earlier, report.earlier[:6]),
        (texts.turnover_targets, report.targets[:4]),
        (texts.turnover_forecasts, report.forecasts[:4]),
    ):
        if figures:
            lines = "\n".join(f"• {render_figure(figure, texts)}" for figure in figures)
            blocks.append(f"{heading}:\n{lines}")
    return "\n\n".join(blocks)


def render_project(group: ProjectGroup, texts: Texts) -> str:
    return f"• {render_project_line(group, texts)}\n    {render_citations(group.citations, texts)}"


def render_project_line(group: ProjectGroup, texts: Texts) -> str:
    """The project itself: subject, count, value, jobs, companies and places."""
    record = group.record
    details = []
    if record.value:
        details.append(format_money(record.value, record.currency, texts))
    if record.jobs:
        details.append(f"{record.jobs} {texts.jobs_word}")
    if record.companies:
        details.append(f"{texts.companies_word}: {quote(', '.join(record.companies))}")
    if record.places:
        details.append(f"{texts.places_word}: {quote(', '.join(record.places))}")
    subject = quote(shorten(record.subject, 160))
    if record.count:
        subject += f": {record.count}"
    return f"<b>{subject}</b>" + (f" — {'; '.join(details)}" if details else "")


def render_projects(page: ProjectsPage, texts: Texts) -> str:
    pair = pair_name(page.pair, texts.language)
    header = texts.projects_title.format(pair=quote(pair))
    if page.pages > 1:
        header += " · " + texts.page_of.format(page=page.page + 1, pages=page.pages)
    blocks = [header]
    current = None
    for group in page.items:
        if group.record.status != current:
            current = group.record.status
            blocks.append(f"<b>{texts.statuses[current]}</b> ({page.counts[current]})")
        blocks.append(render_project(group, texts))
    return "\n\n".join(blocks)


def render_available(pairs: dict[str, tuple[int, int]], texts: Texts) -> str:
    if not pairs:
        return texts.nothing_yet
    names = [pair_name(key.split("-"), texts.language) for key in pairs]
    return texts.available.format(pairs=quote(", ".join(names)))


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


FACTS_PER_BRIEF = 3


def render_brief(
    brief: StoryBrief, texts: Texts, delivery: DeliveryTexts, number: int | None = None
) -> str:
    """A story with its outlets, then the figures and projects it states."""
    lines = [render_story(brief.view, texts, number)]
    label = delivery.turnover_label
    lines += [
        f"{label}: {render_figure_line(figure, texts)}{delivery.kinds[figure.kind]}"
        for figure in brief.figures[:FACTS_PER_BRIEF]
    ]
    lines += [
        f"{delivery.projects_label}: {render_project_line(group, texts)}"
        for group in brief.projects[:FACTS_PER_BRIEF]
    ]
    return "\n".join(lines)


def render_alert(briefs: Sequence[StoryBrief], texts: Texts, delivery: DeliveryTexts) -> str:
    """One new story as an alert; several that came together as one numbered message."""
    if len(briefs) == 1:
        return f"{delivery.alert_title}\n\n{render_brief(briefs[0], texts, delivery)}"
    entries = [
        render_brief(brief, texts, delivery, number) for number, brief in enumerate(briefs, 1)
    ]
    return "\n\n".join([delivery.alerts_title.format(count=len(briefs)), *entries])


def render_digest(
    briefs: Sequence[StoryBrief], total: int, day: date, texts: Texts, delivery: DeliveryTexts
) -> str:
    header = delivery.digest_title.format(date=format_date(day, texts.language), count=total)
    entries = [
        render_brief(brief, texts, delivery, number) for number, brief in enumerate(briefs, 1)
    ]
    blocks = [header, *entries]
    if total > len(briefs):
        blocks.append(delivery.digest_more.format(count=total - len(briefs)))
    return "\n\n".join(blocks)
