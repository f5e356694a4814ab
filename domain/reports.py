"""The fact layer: what the outlets stated, grouped so a reader can trust every line.

Pure functions over stored statements (a fact record plus the article that made it):

- A turnover figure is one kind, amount, approximation and period; however many outlets
  stated it, it is one `Figure` carrying each outlet's own citation and sentence. Different
  figures for the same period (Belarusian and Kazakh statistics differ) stay apart, side by
  side in one `PeriodRow`. The report leads with the newest period, not the newest article;
  statements without a period are kept apart as what was said on a date.
- A project retold by several articles (the same company, place or product) is one
  `ProjectEntry` holding every article's statement; what only some articles state is kept
  with those articles, so no citation is ever attached to a figure its article does not give.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from functools import lru_cache
from typing import TypeVar

from domain.pages import Paged, StoryView
from news.facts import Approx, Kind, Status
from news.gazetteer import OFFICIALS, countries_of_compound, country_of_lemma
from news.morph import lemmas
from storage.models import Citation, ProjectRecord, Story, TurnoverRecord

PROJECT_STATUSES = tuple(Status)  # the most advanced first
# An underway, planned or proposed project nobody has reported for this long is not current.
STALE_AFTER = timedelta(days=730)
_OPEN_STATUSES = frozenset({Status.UNDERWAY, Status.PLANNED, Status.PROPOSED})
Value = TypeVar("Value")
_STATUS_ORDER: dict[Status, int] = {status: index for index, status in enumerate(PROJECT_STATUSES)}


class Section(StrEnum):
    """Where a project is listed: under its status (a Status's value), or apart as stale."""

    DONE = Status.DONE.value
    UNDERWAY = Status.UNDERWAY.value
    PLANNED = Status.PLANNED.value
    PROPOSED = Status.PROPOSED.value
    STALE = "stale"  # underway, planned or proposed, and nobody has confirmed it for two years


STALE = Section.STALE
FILTERS = tuple(Section)


# --- turnover ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Source:
    """One article's statement of a fact: the citation and the sentence it came from."""

    citation: Citation
    quote: str
    change_pct: float | None = None


@dataclass(frozen=True, slots=True)
class Figure:
    """One turnover figure with every outlet that stated it, first statement first."""

    kind: Kind
    amount: float | None
    currency: str | None
    approx: Approx | None
    period_from: str | None
    period_to: str | None
    sources: tuple[Source, ...]

    @property
    def citations(self) -> tuple[Citation, ...]:
        return tuple(source.citation for source in self.sources)

    @property
    def changes(self) -> list[tuple[float, tuple[Source, ...]]]:
        """Each change stated with this figure, with the sources that state it."""
        by_change: dict[float, list[Source]] = {}
        for source in self.sources:
            if source.change_pct is not None:
                by_change.setdefault(source.change_pct, []).append(source)
        return [(change, tuple(sources)) for change, sources in by_change.items()]

    @property
    def change_pct(self) -> float | None:
        """The change, when every source states this same one."""
        changes = self.changes
        if len(changes) == 1 and len(changes[0][1]) == len(self.sources):
            return changes[0][0]
        return None

    @property
    def first_said(self) -> datetime:
        return min(source.citation.stated_at for source in self.sources)

    @property
    def last_said(self) -> datetime:
        return max(source.citation.stated_at for source in self.sources)

    @property
    def dated(self) -> bool:
        return self.period_from is not None and self.period_to is not None

    @property
    def change_only(self) -> bool:
        return self.amount is None


@dataclass(frozen=True, slots=True)
class PeriodRow:
    """Every actual figure for one period: usually one, several when sources disagree."""

    period_from: str
    period_to: str
    figures: tuple[Figure, ...]

    @property
    def amounts(self) -> tuple[Figure, ...]:
        return tuple(f for f in self.figures if not f.change_only)

    @property
    def conflicting(self) -> bool:
        return len({(f.amount, f.currency) for f in self.amounts}) > 1

    @property
    def full_year(self) -> bool:
        return is_full_year(self.period_from, self.period_to)


@dataclass(frozen=True, slots=True)
class TurnoverReport:
    pair: tuple[str, str]
    headline: PeriodRow | None  # the newest full year
    partial: PeriodRow | None  # a part of a later year
    year_before: PeriodRow | None  # the same months a year before `partial`
    history: list[PeriodRow]  # every other period, newest first
    statements: list[Figure]  # actual figures stated without a period, newest first
    targets: list[Figure]
    forecasts: list[Figure]

    @property
    def rows(self) -> list[PeriodRow]:
        """Every period with actual figures, newest first."""
        rows = [self.headline, self.partial, self.year_before, *self.history]
        return sorted((r for r in rows if r), key=_period_order, reverse=True)

    @property
    def figures(self) -> list[Figure]:
        """Every figure in the report: periods, statements, targets, forecasts."""
        dated = [figure for row in self.rows for figure in row.figures]
        return [*dated, *self.statements, *self.targets, *self.forecasts]

    @property
    def empty(self) -> bool:
        return not self.figures

    @property
    def amounts_count(self) -> int:
        """How many figures with an amount there are: a chart needs two."""
        return sum(1 for figure in self.figures if figure.amount)


def is_full_year(start: str | None, end: str | None) -> bool:
    return bool(start and end and start[:4] == end[:4] and start[5:] == "01" and end[5:] == "12")


def _months(period: str) -> int:
    year, month = period.split("-")
    return int(year) * 12 + int(month) - 1


def _span(start: str, end: str) -> int:
    return _months(end) - _months(start) + 1


def year_earlier(period: str) -> str:
    year, month = period.split("-")
    return f"{int(year) - 1:04d}-{month}"


def _period_order(row: PeriodRow) -> tuple[str, int]:
    """Newer end first; for the same end, the longer period (a full year before a quarter)."""
    return row.period_to, _span(row.period_from, row.period_to)


def group_figures(statements: Iterable[tuple[TurnoverRecord, Citation]]) -> list[Figure]:
    """One figure per kind, amount, approximation and period, however many outlets stated it.

    A figure without a period is a statement of its day: the same words in one story (one
    event retold) are one figure, the same words a year later another."""
    grouped: dict[tuple[object, ...], list[Source]] = {}
    records: dict[tuple[object, ...], TurnoverRecord] = {}
    for record, citation in sorted(statements, key=lambda item: item[1].stated_at):
        key: tuple[object, ...] = (
            record.kind,
            record.amount,
            record.currency if record.amount is not None else None,
            record.approx if record.amount is not None else None,
            record.period_from,
            record.period_to,
        )
        if record.amount is None:
            key += (record.change_pct,)
        if record.period_to is None:
            key += (citation.story_id or -citation.article_id,)
        sources = grouped.setdefault(key, [])
        records.setdefault(key, record)
        if all(s.citation.article_id != citation.article_id for s in sources):
            sources.append(Source(citation, record.quote, record.change_pct))
    return [
        Figure(
            kind=record.kind,
            amount=record.amount,
            currency=record.currency if record.amount is not None else None,
            approx=record.approx if record.amount is not None else None,
            period_from=record.period_from,
            period_to=record.period_to,
            sources=tuple(grouped[key]),
        )
        for key, record in records.items()
    ]


def _rows(figures: Iterable[Figure]) -> list[PeriodRow]:
    by_period: dict[tuple[str, str], list[Figure]] = {}
    for figure in figures:
        by_period.setdefault((figure.period_from or "", figure.period_to or ""), []).append(figure)
    rows = []
    for (start, end), members in by_period.items():
        # The most cited figure first; change-only statements after the amounts.
        members.sort(key=lambda f: (f.change_only, -len(f.sources), f.first_said))
        rows.append(PeriodRow(start, end, tuple(members)))
    return sorted(rows, key=_period_order, reverse=True)


def turnover_report(
    pair: tuple[str, str], statements: Iterable[tuple[TurnoverRecord, Citation]]
) -> TurnoverReport:
    figures = group_figures(statements)
    actual = [f for f in figures if f.kind == Kind.ACTUAL]
    rows = _rows(f for f in actual if f.dated)
    full_years = [r for r in rows if r.full_year]
    headline = full_years[0] if full_years else None
    after = headline.period_to if headline else ""
    partials = [
        r
        for r in rows
        if not r.full_year and r.period_from[:4] == r.period_to[:4] and r.period_to > after
    ]
    partial = partials[0] if partials else None
    year_before = None
    if partial is not None:
        wanted = (year_earlier(partial.period_from), year_earlier(partial.period_to))
        year_before = next((r for r in rows if (r.period_from, r.period_to) == wanted), None)
    shown = {id(r) for r in (headline, partial, year_before) if r is not None}
    by_said = sorted(figures, key=lambda f: f.last_said, reverse=True)
    return TurnoverReport(
        pair=pair,
        headline=headline,
        partial=partial,
        year_before=year_before,
        history=[r for r in rows if id(r) not in shown],
        statements=[f for f in by_said if f.kind == Kind.ACTUAL and not f.dated],
        targets=[f for f in by_said if f.kind == Kind.TARGET],
        forecasts=[f for f in by_said if f.kind == Kind.FORECAST],
    )


@lru_cache(maxsize=20_000)
def who_said(quote: str) -> str | None:
    """The official the sentence names (in any case form), when it names exactly one.
    (Every reply and chart asks again for the same quotes: each is read once.)"""
    found = []
    for word in quote.replace("«", " ").replace("»", " ").split():
        token = word.strip(".,:;!?—–()\"'").lower()
        for surname, official in OFFICIALS.items():
            close = token.startswith(surname) and len(token) - len(surname) <= 3
            if close and official.name not in found:
                found.append(official.name)
    return found[0] if len(found) == 1 else None


# --- projects ------------------------------------------------------------------------------

# Words that say "a project" without saying which: a subject of only these is no subject.
_GENERIC = frozenset(
    "проект проектный производство предприятие совместный новый организация создание выпуск "
    "сборка запуск строительство открытие ряд ещё еще другой также направление сотрудничество "
    "кооперация производственный промышленный sp сп project projects joint venture ventures "
    "production plant new".split()
)
_STOPWORDS = frozenset("и в во на с со по для из к о об от до за а the of in and for to a".split())


@dataclass(frozen=True, slots=True)
class ProjectStatement:
    """What one article states about one project (one or several of its sentences)."""

    citation: Citation
    records: tuple[ProjectRecord, ...]

    @property
    def status(self) -> Status:
        # Several sentences of one article: the most advanced status they state.
        return min((r.status for r in self.records), key=_STATUS_ORDER.__getitem__)

    @property
    def count(self) -> int | None:
        return next((r.count for r in self.records if r.count), None)

    @property
    def jobs(self) -> int | None:
        return next((r.jobs for r in self.records if r.jobs), None)

    @property
    def value(self) -> tuple[float, str | None] | None:
        record = next((r for r in self.records if r.value), None)
        return (record.value, record.currency) if record and record.value else None

    @property
    def value_quote(self) -> str:
        """The sentence that states the value: it says 'около' or 'свыше' if anything does."""
        return next((r.quote for r in self.records if r.value), "")

    @property
    def companies(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c for r in self.records for c in r.companies))

    @property
    def places(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(p for r in self.records for p in r.places))


@dataclass(slots=True)
class ProjectEntry:
    """One project, or one status group ("8 проектов"), with every article that stated it."""

    subject: str
    generic: bool
    statements: list[ProjectStatement] = field(default_factory=list)
    products: frozenset[str] = frozenset()
    stale: bool = False
    companies: set[str] = field(default_factory=set)  # of every statement, for matching
    cities: set[str] = field(default_factory=set)

    @property
    def newest(self) -> ProjectStatement:
        return max(self.statements, key=lambda s: s.citation.stated_at)

    @property
    def status(self) -> Status:
        """The status as of the newest report."""
        return self.newest.status

    @property
    def as_of(self) -> datetime:
        return self.newest.citation.stated_at

    @property
    def citations(self) -> list[Citation]:
        return [s.citation for s in self.statements]

    @property
    def count(self) -> int | None:
        return next((s.count for s in self.statements if s.count), None)


@lru_cache(maxsize=20_000)
def product_lemmas(subject: str) -> frozenset[str]:
    """What a project makes or is, without generic and country words."""
    found = set()
    for word in lemmas(subject.lower()):
        if word in _GENERIC or word in _STOPWORDS or len(word) < 3 or word.isdigit():
            continue
        if country_of_lemma(word) or countries_of_compound(word):
            continue
        found.add(word)
    return frozenset(found)


def _cities(places: Iterable[str]) -> set[str]:
    return {p for p in places if not _is_country(p)}


@lru_cache(maxsize=2_000)
def _is_country(place: str) -> bool:
    return country_of_lemma(place.lower()) is not None


def _conflict(a: Sequence[object], b: Sequence[object]) -> bool:
    return bool(a) and bool(b) and not set(a) & set(b)


@dataclass(frozen=True, slots=True)
class _Facets:
    """What a statement is matched by, computed once (its properties walk its records)."""

    status: str
    count: int | None
    value: tuple[float, str | None] | None
    jobs: int | None
    companies: tuple[str, ...]
    company_set: frozenset[str]
    cities: frozenset[str]


def _facets(statement: ProjectStatement) -> _Facets:
    companies = statement.companies
    return _Facets(
        statement.status,
        statement.count,
        statement.value,
        statement.jobs,
        companies,
        frozenset(companies),
        frozenset(_cities(statement.places)),
    )


def _same_project(
    entry: ProjectEntry,
    statement: ProjectStatement,
    products: frozenset[str],
    mine: _Facets | None = None,
    theirs: tuple[_Facets, int | None] | None = None,
) -> bool:
    """`mine`: the statement's facets; `theirs`: the entry's newest statement's facets and
    its count (both worked out here when not given)."""
    mine = mine or _facets(statement)
    newest, entry_count = theirs or (_facets(entry.newest), entry.count)
    if entry.generic:
        # A status group: the same status and the same figures.
        return (newest.status, newest.count, newest.value, newest.jobs) == (
            mine.status,
            mine.count,
            mine.value,
            mine.jobs,
        )
    companies, cities = entry.companies, entry.cities
    if _conflict(list(companies), mine.companies):
        return False
    if _conflict(list(cities), list(mine.cities)):
        return False
    if entry_count and mine.count and entry_count != mine.count:
        return False
    shared = entry.products & products
    anchor = bool(companies & mine.company_set or cities & mine.cities)
    if shared and len(shared) / max(1, min(len(entry.products), len(products))) >= 0.5:
        return (
            anchor
            or len(shared) / len(entry.products | products) >= 0.5
            or _same_story(entry, statement)
        )
    # Worded apart, but the same maker in the same city: one plant.
    return bool(companies & mine.company_set and cities & mine.cities and shared)


def _same_story(entry: ProjectEntry, statement: ProjectStatement) -> bool:
    story = statement.citation.story_id
    return story is not None and any(s.citation.story_id == story for s in entry.statements)


def group_projects(
    statements: Iterable[tuple[ProjectRecord, Citation]], now: datetime | None = None
) -> list[ProjectEntry]:
    """Projects as entries: one per project however many articles and outlets told it.

    An entry with no subject of its own ("проект — $25 млн") joins the project its sentence,
    article or story is about when that is unambiguous, and is otherwise never shown."""
    by_article: dict[tuple[int, str], list[ProjectRecord]] = {}
    citations: dict[int, Citation] = {}
    subjectless: list[tuple[ProjectRecord, Citation]] = []
    for record, citation in sorted(statements, key=lambda item: item[1].stated_at):
        citations[citation.article_id] = citation
        products = product_lemmas(record.subject)
        if not products and not record.count and not record.companies:
            subjectless.append((record, citation))
            continue
        # One article's sentences about the same thing are read together.
        key = (citation.article_id, " ".join(sorted(products)) or f"#{record.status}{record.count}")
        by_article.setdefault(key, []).append(record)

    entries: list[ProjectEntry] = []
    # Each entry's newest statement's facets and count, kept as statements join it; and
    # where the entries that make something are: a named project shares a product with
    # any statement it takes, so only those and the status groups are compared.
    theirs: list[tuple[_Facets, int | None]] = []
    makers: dict[str, set[int]] = {}
    groups: set[int] = set()
    for (article_id, _), records in by_article.items():
        statement = ProjectStatement(citations[article_id], tuple(records))
        subject = max((r.subject for r in records), key=len)
        products = frozenset().union(*(product_lemmas(r.subject) for r in records))
        mine = _facets(statement)
        candidates = sorted(groups.union(*(makers.get(p, ()) for p in products)))
        position = next(
            (
                i
                for i in candidates
                if _same_project(entries[i], statement, products, mine, theirs[i])
            ),
            None,
        )
        if position is None:
            entry = ProjectEntry(subject, not products, [], products)
            _add(entry, statement)
            entries.append(entry)
            theirs.append((_facets(entry.newest), entry.count))
            if entry.generic:
                groups.add(len(entries) - 1)
            for product in products:
                makers.setdefault(product, set()).add(len(entries) - 1)
            continue
        home = entries[position]
        _add(home, statement)
        theirs[position] = (_facets(home.newest), home.count)
        for product in products - home.products:
            makers.setdefault(product, set()).add(position)
        home.products |= products
        if len(subject) > len(home.subject) and not home.generic:
            home.subject = subject

    for record, citation in subjectless:
        found = _home_for_subjectless(entries, record, citation)
        if found is not None:
            _add(found, ProjectStatement(citation, (record,)))

    if now is not None:
        for entry in entries:
            entry.stale = is_stale(entry.status, entry.as_of, now)
    return entries


def is_stale(status: Status, as_of: datetime, now: datetime) -> bool:
    """An underway, planned or proposed project nobody has reported for two years."""
    return status in _OPEN_STATUSES and now - as_of > STALE_AFTER


def _add(entry: ProjectEntry, statement: ProjectStatement) -> None:
    """Join an article's statement to an entry; the same article's sentences read as one."""
    entry.companies.update(statement.companies)
    entry.cities.update(_cities(statement.places))
    for index, existing in enumerate(entry.statements):
        if existing.citation.article_id == statement.citation.article_id:
            entry.statements[index] = ProjectStatement(
                existing.citation, existing.records + statement.records
            )
            return
    entry.statements.append(statement)


def _home_for_subjectless(
    entries: list[ProjectEntry], record: ProjectRecord, citation: Citation
) -> ProjectEntry | None:
    named = [e for e in entries if not e.generic]
    scopes: tuple[Callable[[ProjectEntry], bool], ...] = (
        # The same sentence names the project.
        lambda e: any(
            s.citation.article_id == citation.article_id and r.quote == record.quote
            for s in e.statements
            for r in s.records
        ),
        # The article is about one project.
        lambda e: any(s.citation.article_id == citation.article_id for s in e.statements),
        # The story (one event, retold) is about one project.
        lambda e: (
            citation.story_id is not None
            and any(s.citation.story_id == citation.story_id for s in e.statements)
        ),
    )
    for scope in scopes:
        candidates = [e for e in named if scope(e)]
        if len(candidates) == 1:
            return candidates[0]
        if candidates:
            return None  # several projects: which one is unknowable
    return None


@dataclass(frozen=True, slots=True)
class Details:
    """What an entry states beyond its subject: the part every statement agrees on, or one
    statement's own (rendered with that statement's citation only)."""

    count: int | None = None
    value: tuple[float, str | None] | None = None  # amount, currency
    jobs: int | None = None
    companies: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    status: Status | None = None  # only when it differs from the entry's status
    value_quote: str = field(default="", compare=False)  # a sentence stating the value

    @property
    def empty(self) -> bool:
        return not (
            self.count or self.value or self.jobs or self.companies or self.places or self.status
        )


def _places(places: Iterable[str]) -> tuple[str, ...]:
    """Every place once; a country is left out when a city is named ("Костанай", not also
    "Казахстан")."""
    unique = list(dict.fromkeys(places))
    cities = [p for p in unique if not _is_country(p)]
    return tuple(cities or unique)


def _agreed(values: Sequence[Value | None]) -> Value | None:
    first = values[0]
    return first if first and all(v == first for v in values) else None


def split_details(entry: ProjectEntry) -> tuple[Details, list[tuple[Details, list[Citation]]]]:
    """The details every statement gives (shown once), and per statement the rest (shown with
    that statement's citation), so each citation stands under only what its article says."""
    statements = entry.statements
    # Companies and places say which project it is (entries are merged on them): all of them.
    common = Details(
        count=_agreed([s.count for s in statements]),
        value=_agreed([s.value for s in statements]),
        jobs=_agreed([s.jobs for s in statements]),
        companies=tuple(dict.fromkeys(c for s in statements for c in s.companies)),
        places=_places(p for s in statements for p in s.places),
        value_quote=statements[0].value_quote,
    )
    status = entry.status
    own: dict[Details, list[Citation]] = {}
    for statement in statements:
        details = Details(
            count=None if common.count else statement.count,
            value=None if common.value else statement.value,
            jobs=None if common.jobs else statement.jobs,
            status=statement.status if statement.status != status else None,
            value_quote=statement.value_quote,
        )
        own.setdefault(details, []).append(statement.citation)
    # Keys compare without the sentence; the first statement's sentence stands for them.
    return common, list(own.items())


def section(entry: ProjectEntry) -> Section:
    """Where an entry is listed: under its status, or apart when not confirmed for long."""
    return Section.STALE if entry.stale else Section(entry.status)


@dataclass(frozen=True, slots=True)
class ProjectsPage(Paged):
    pair: tuple[str, str]
    status: Section | None  # a section, or None for everything
    items: list[ProjectEntry]
    page: int
    pages: int
    page_size: int
    counts: dict[Section, int]  # current entries by status, and stale ones


# --- alerts and digests --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StoryBrief:
    """A story with the facts it states: what alerts and digests are made of."""

    view: StoryView
    figures: list[Figure]
    projects: list[ProjectEntry]

    @property
    def story(self) -> Story:
        return self.view.story

    @property
    def has_facts(self) -> bool:
        return bool(self.figures or self.projects)

    def weight(self) -> tuple[int, int]:
        """Main stories first: new figures and projects, then the most retold."""
        return int(bool(self.figures)) + int(bool(self.projects)), len(self.view.articles)
