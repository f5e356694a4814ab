"""Facts as Telegram HTML, the same way in /turnover, /projects, alerts and digests.

Every fact is a block: a line with the fact, then indented lines of citations. What is on the
fact line is stated by every article cited under it; what only some articles state is put at
the start of their own citation line ("+8%: БелТА, 10.02.2025"). So each citation stands
under exactly what its article says.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from domain.reports import (
    STALE,
    Details,
    Figure,
    PeriodRow,
    ProjectEntry,
    ProjectsPage,
    StoryBrief,
    TurnoverReport,
    section,
    split_details,
    who_said,
)
from news.facts import Approx, Kind
from storage.models import Citation
from views import formats, names
from views.i18n import Texts
from views.quotes import approx_word, snippet
from views.render import page_of, quote, quote_attr, render_story, shorten

# The language the outlets write in: their own words are quoted for readers of another.
NEWS_LANGUAGE = "ru"
MAX_CITATIONS_SHOWN = 4
INDENT = "    "
HISTORY_SHOWN = 8
STATEMENTS_SHOWN = 4
PLANS_SHOWN = 4


def render_citations(citations: Sequence[Citation], texts: Texts) -> str:
    """Each source as 'outlet, date', linked to its article."""
    shown = [
        f'<a href="{quote_attr(c.url)}">{quote(shorten(c.outlet, 40)) or texts("read-more")}, '
        f"{formats.day(c.stated_at, texts)}</a>"
        for c in citations[:MAX_CITATIONS_SHOWN]
    ]
    if len(citations) > MAX_CITATIONS_SHOWN:
        shown.append(f"+{len(citations) - MAX_CITATIONS_SHOWN}")
    return "; ".join(shown)


def _citation_line(citations: Sequence[Citation], texts: Texts, prefix: str = "") -> str:
    lead = f"{prefix}: " if prefix else ""
    return f"{INDENT}{lead}{render_citations(citations, texts)}"


# --- turnover ------------------------------------------------------------------------------


def _approx(figure: Figure) -> str:
    """The approximation as the sources put it, a variant of the `approx` message: over,
    about, under (более / около / почти), less or exact (менее / ровно), or none."""
    if figure.approx is None or figure.amount is None:
        return "none"
    words = {approx_word(s.quote, figure.amount) for s in figure.sources}
    if figure.approx == Approx.UNDER and words == {Approx.UNDER}:
        said = {_under_word(s.quote, figure.amount) for s in figure.sources}
        if said == {"less"}:
            return "less"
    if figure.approx == Approx.EXACT:
        return "exact" if all(_says_exactly(s.quote) for s in figure.sources) else "none"
    return str(figure.approx)


def _under_word(sentence: str, amount: float) -> str:
    lowered = sentence.lower()
    return "less" if any(w in lowered for w in ("менее", "меньше", "less than", "below")) else ""


def _says_exactly(sentence: str) -> bool:
    lowered = sentence.lower()
    return "ровно" in lowered or "exactly" in lowered


def figure_value(figure: Figure, texts: Texts) -> str:
    """'более $1 млрд', '+20%' for a change-only figure."""
    if figure.amount is None:
        return formats.change(figure.change_pct or 0, texts) if figure.changes else "?"
    money = formats.money(figure.amount, figure.currency, texts)
    return texts("approx", approx=_approx(figure), value=money)


def _change_suffix(figure: Figure, texts: Texts) -> str:
    if figure.amount is not None and figure.change_pct is not None:
        return f" ({formats.change(figure.change_pct, texts)})"
    return ""


def _source_lines(figure: Figure, texts: Texts) -> list[str]:
    """Citation lines; a change only some sources state goes with those sources."""
    if figure.amount is None or figure.change_pct is not None or not figure.changes:
        return [_citation_line(figure.citations, texts)]
    lines = []
    stating: set[int] = set()
    for change, sources in figure.changes:
        stating |= {s.citation.article_id for s in sources}
        lines.append(
            _citation_line([s.citation for s in sources], texts, formats.change(change, texts))
        )
    rest = [s.citation for s in figure.sources if s.citation.article_id not in stating]
    if rest:
        lines.append(_citation_line(rest, texts))
    return lines


def render_figure(figure: Figure, texts: Texts, *, with_period: bool = True, lead: str = "") -> str:
    """A figure block: '<b>2024: $1,3 млрд</b> (+8%)' and its citations."""
    period = formats.period(figure.period_from, figure.period_to, texts)
    value = figure_value(figure, texts)
    head = f"{period}: {value}" if with_period and period else value
    line = f"{lead}<b>{quote(head)}</b>{_change_suffix(figure, texts)}"
    return "\n".join([line, *_source_lines(figure, texts)])


def render_row(row: PeriodRow, texts: Texts, *, note: str = "", bullet: str = "") -> str:
    """One period: its figure, or every figure side by side when the sources differ."""
    suffix = f" — {note}" if note else ""
    if len(row.figures) == 1:
        block = render_figure(row.figures[0], texts, lead=bullet)
        first, _, rest = block.partition("\n")
        return f"{first}{suffix}\n{rest}" if rest else first + suffix
    period = formats.period(row.period_from, row.period_to, texts)
    conflict = f" — {texts('turnover-conflict')}" if row.conflicting else ""
    lines = [f"{bullet}<b>{quote(period)}</b>{suffix}{conflict}:"]
    lines += [render_figure(f, texts, with_period=False, lead="  • ") for f in row.figures]
    return "\n".join(lines)


def render_statement(figure: Figure, texts: Texts, lead: str = "• ") -> str:
    """A figure said without a period: what was said, on which day, in the outlet's words."""
    first = figure.sources[0]
    when = formats.day(figure.first_said, texts)
    words = snippet(first.quote, figure.amount)
    line = (
        f"{lead}{when}: <b>{quote(figure_value(figure, texts))}</b>{_change_suffix(figure, texts)}"
        f" — «{quote(shorten(words, 120))}»"
    )
    return "\n".join([line, *_source_lines(figure, texts)])


def plan_when(figure: Figure, texts: Texts) -> str:
    """'к 2030' for a target, 'на 2025' for a forecast; '' without a period."""
    period = formats.period(figure.period_from, figure.period_to, texts)
    if not period:
        return ""
    return texts("by-period" if figure.kind == Kind.TARGET else "for-period", period=period)


def render_plan(figure: Figure, texts: Texts, lead: str = "• ") -> str:
    """A target or forecast with who set it and when."""
    when = plan_when(figure, texts)
    when = f" {when}" if when else ""
    first = figure.sources[0]
    said = formats.day(first.citation.stated_at, texts)
    who = who_said(first.quote)
    by = (
        texts("said-by", who=names.official(who, texts), date=said)
        if who
        else texts("said-on", date=said)
    )
    line = f"{lead}<b>{quote(figure_value(figure, texts))}</b>{when} — {quote(by)}"
    return "\n".join([line, *_source_lines(figure, texts)])


def render_turnover(report: TurnoverReport, texts: Texts) -> str:
    blocks = [texts("turnover-title", pair=quote(names.pair(report.pair, texts)))]
    if report.headline is not None:
        blocks.append(render_row(report.headline, texts))
    if report.partial is not None:
        partial = [render_row(report.partial, texts)]
        if report.year_before is not None:
            note = texts("turnover-year-before")
            partial.append(render_row(report.year_before, texts, note=note))
        blocks.append("\n".join(partial))
    if report.history:
        rows = [render_row(r, texts, bullet="• ") for r in report.history[:HISTORY_SHOWN]]
        blocks.append(f"{texts('turnover-earlier')}:\n" + "\n".join(rows))
    if report.statements:
        said = [render_statement(f, texts) for f in report.statements[:STATEMENTS_SHOWN]]
        blocks.append(f"{texts('turnover-statements')}:\n" + "\n".join(said))
    for heading, plans in (
        (texts("turnover-targets"), report.targets),
        (texts("turnover-forecasts"), report.forecasts),
    ):
        if plans:
            blocks.append(
                f"{heading}:\n" + "\n".join(render_plan(f, texts) for f in plans[:PLANS_SHOWN])
            )
    return "\n\n".join(blocks)


# --- projects ------------------------------------------------------------------------------


def _project_kind(entry: ProjectEntry) -> str:
    lowered = entry.subject.lower()
    if "предприят" in lowered or "venture" in lowered:
        return "venture"
    if "производств" in lowered or "production" in lowered:
        return "production"
    return "project"


def project_subject(entry: ProjectEntry, texts: Texts, common: Details) -> str:
    """'8 проектов' for a status group; the article's own words for a named project."""
    if entry.generic:
        kind = _project_kind(entry)
        count = common.count or 0
        if count:
            return texts("project-count", kind=kind, count=count)
        return texts("project-one", kind=kind)
    subject = shorten(entry.subject, 160)
    if texts.language != NEWS_LANGUAGE:
        subject = f"«{subject}»"  # the outlet's own words
    if common.count:
        subject += f" ({formats.number(common.count, texts.language)})"
    return subject


def render_details(details: Details, texts: Texts, *, generic: bool = False) -> list[str]:
    parts = []
    if details.count and not generic:
        parts.append(formats.number(details.count, texts.language))
    if details.value:
        amount, currency = details.value
        approx = approx_word(details.value_quote, amount) if details.value_quote else None
        said = str(approx) if approx not in (None, Approx.EXACT) else "none"
        money = formats.money(amount, currency, texts)
        parts.append(texts("approx", approx=said, value=money))
    if details.jobs:
        parts.append(texts("jobs", count=details.jobs))
    if details.companies:
        companies = ", ".join(names.company(c, texts) for c in details.companies)
        parts.append(texts("companies", names=companies))
    if details.places:
        places = ", ".join(names.place(p, texts) for p in details.places)
        parts.append(texts("places", names=places))
    if details.status:
        parts.append(texts("status-then", status=texts(f"status-{details.status}")))
    return parts


def render_project(entry: ProjectEntry, texts: Texts, lead: str = "• ") -> str:
    common, own = split_details(entry)
    subject = project_subject(entry, texts, common)
    details = render_details(
        Details(
            value=common.value,
            jobs=common.jobs,
            companies=common.companies,
            places=common.places,
            value_quote=common.value_quote,
        ),
        texts,
    )
    month = formats.month(entry.as_of, texts)
    if entry.stale:
        when = texts("status-as-of", month=month, status=texts(f"status-{entry.status}"))
    else:
        when = texts("as-of", month=month)
    line = f"{lead}<b>{quote(subject)}</b>"
    if details:
        line += f" — {quote('; '.join(details))}"
    line += f" · {quote(when)}"
    lines = [line]
    for extra, citations in own:
        prefix = "; ".join(render_details(extra, texts, generic=entry.generic))
        lines.append(_citation_line(citations, texts, quote(prefix)))
    return "\n".join(lines)


def render_projects(page: ProjectsPage, texts: Texts) -> str:
    header = texts("projects-title", pair=quote(names.pair(page.pair, texts)))
    if page.pages > 1:
        header += " · " + page_of(page.page, page.pages, texts)
    blocks = [header]
    current = None
    for entry in page.items:
        where = section(entry)
        if where != current:
            current = where
            heading = texts("projects-stale") if where == STALE else texts(f"section-{where}")
            blocks.append(f"<b>{heading}</b> ({page.counts[where]})")
        blocks.append(render_project(entry, texts))
    return "\n\n".join(blocks)


def render_unknown_country(
    word: str, pairs: dict[str, tuple[int, int]], texts: Texts, *, statuses: bool = False
) -> str:
    """A word that names no country (nor a status, where statuses are): what it was, what
    can be typed instead, and the pairs with facts."""
    countries = ", ".join(names.all_countries(texts))
    shown = quote(shorten(word, 40))
    if statuses:
        text = texts(
            "unknown-country-or-status",
            word=shown,
            countries=countries,
            statuses=texts("status-words"),
        )
    else:
        text = texts("unknown-country", word=shown, countries=countries)
    return f"{text}\n{render_available(pairs, texts)}"


def render_empty(
    key: str, pair: tuple[str, str], pairs: dict[str, tuple[int, int]], texts: Texts
) -> str:
    """Nothing about this pair yet: say so, and which pairs have facts."""
    empty = texts(key, pair=names.pair(pair, texts))
    return f"{empty}\n{render_available(pairs, texts)}"


def render_available(pairs: dict[str, tuple[int, int]], texts: Texts) -> str:
    if not pairs:
        return texts("nothing-yet")
    shown = [names.pair(key.split("-"), texts) for key in pairs]
    return texts("available", pairs=quote(", ".join(shown)))


# --- alerts and digests --------------------------------------------------------------------

FACTS_PER_BRIEF = 3


def _brief_figure(figure: Figure, texts: Texts) -> str:
    lead = f"{texts('turnover-label')}: "
    if figure.kind != Kind.ACTUAL:
        return render_plan(figure, texts, lead=f"{lead}{texts(f'kind-{figure.kind}')}: ")
    if not figure.dated:
        return render_statement(figure, texts, lead=lead)
    return render_figure(figure, texts, lead=lead)


def render_brief(brief: StoryBrief, texts: Texts, number: int | None = None) -> str:
    """A story with its outlets, then the figures and projects it states, each cited."""
    blocks = [render_story(brief.view, texts, number)]
    blocks += [_brief_figure(f, texts) for f in brief.figures[:FACTS_PER_BRIEF]]
    blocks += [render_project(e, texts, lead="🏗 ") for e in brief.projects[:FACTS_PER_BRIEF]]
    return "\n".join(blocks)


def render_alert(briefs: Sequence[StoryBrief], texts: Texts) -> str:
    """One new story as an alert; several that came together as one numbered message."""
    if len(briefs) == 1:
        return f"{texts('alert-title')}\n\n{render_brief(briefs[0], texts)}"
    entries = [render_brief(brief, texts, number) for number, brief in enumerate(briefs, 1)]
    return "\n\n".join([texts("alerts-title", count=len(briefs)), *entries])


def render_digest(
    briefs: Sequence[StoryBrief], total: int, day: date, texts: Texts, *, period: str = "day"
) -> str:
    """The digest of a channel or of a subscriber: main stories first, each with its facts.
    `period` ("day" or "week") is what the title calls it."""
    header = texts("digest-title", period=period, date=formats.day(day, texts), count=total)
    entries = [render_brief(brief, texts, number) for number, brief in enumerate(briefs, 1)]
    blocks = [header, *entries]
    if total > len(briefs):
        blocks.append(texts("digest-more", count=total - len(briefs)))
    return "\n\n".join(blocks)
