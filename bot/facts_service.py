"""Turnover figures and joint projects, grouped so one fact told by many outlets is one line."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from news.gazetteer import BY_CODE, resolve_country
from news.morph import lemmas
from storage import AnalysisRepository, Citation, ProjectRecord, TurnoverRecord

DEFAULT_PAIR = ("BY", "KZ")
PROJECT_STATUSES = ("done", "underway", "planned", "proposed")
_STATUS_WORDS = {
    "done": "done реализованы реализованные реализовано готовые завершённые завершенные",
    "underway": "underway реализуются строятся идут текущие",
    "planned": "planned планы планируемые запланированные",
    "proposed": "proposed предложения предложенные идеи",
}
STATUS_BY_WORD = {word: status for status, words in _STATUS_WORDS.items() for word in words.split()}
_SUBJECT_STOPWORDS = frozenset("и в на с для по совместный новый".split())


@dataclass(frozen=True, slots=True)
class Figure:
    """One turnover figure with every citation of it, newest citation first."""

    kind: str
    amount: float | None
    currency: str | None
    approx: str
    period_from: str | None
    period_to: str | None
    change_pct: float | None
    citations: tuple[Citation, ...]

    @property
    def when(self) -> str:
        """What the figure is about in time: its period's end, else when it was said."""
        return self.period_to or self.citations[-1].stated_at.strftime("%Y-%m")


@dataclass(frozen=True, slots=True)
class TurnoverReport:
    pair: tuple[str, str]
    latest: Figure | None
    earlier: list[Figure]
    targets: list[Figure]
    forecasts: list[Figure]

    @property
    def chart_points(self) -> list[Figure]:
        """Actual USD figures with a period, oldest first, one per period."""
        figures = [f for f in [self.latest, *self.earlier] if f is not None]
        by_period = {
            (f.period_from, f.period_to): f
            for f in sorted(figures, key=lambda f: f.citations[0].stated_at)
            if f.period_to and f.currency == "USD" and f.amount
        }
        return sorted(by_period.values(), key=lambda f: (f.period_to, f.period_from))

    @property
    def empty(self) -> bool:
        return self.latest is None and not self.targets and not self.forecasts


@dataclass(slots=True)
class ProjectGroup:
    record: ProjectRecord
    citations: list[Citation] = field(default_factory=list)
    subject_lemmas: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class ProjectsPage:
    pair: tuple[str, str]
    status: str | None
    items: list[ProjectGroup]
    page: int
    pages: int
    counts: dict[str, int]


def pair_key(pair: Sequence[str]) -> str:
    return "-".join(sorted(pair))


class UnknownCountryError(ValueError):
    def __init__(self, word: str) -> None:
        super().__init__(word)
        self.word = word


def parse_pair(words: Sequence[str]) -> tuple[str, str]:
    """'' → Belarus–Kazakhstan; 'Кыргызстан' / 'KG' → Belarus–Kyrgyzstan; 'KZ UZ' → that pair.

    Raises UnknownCountryError naming the first word that is no country."""
    codes: list[str] = []
    for word in words:
        code = resolve_country(word)
        if code is None:
            raise UnknownCountryError(word)
        if code not in codes:
            codes.append(code)
    if not codes:
        return DEFAULT_PAIR
    if len(codes) == 1:
        codes.append("KZ" if codes[0] == "BY" else "BY")
    # Shown in the gazetteer's order, Belarus first, whatever order the user typed.
    first, second = sorted(codes[:2], key=lambda code: list(BY_CODE).index(code))
    return (first, second)


def pair_name(pair: Sequence[str], language: str) -> str:
    names = [BY_CODE[code].name_en if language == "en" else BY_CODE[code].name_ru for code in pair]
    return " — ".join(names)


class FactsService:
    def __init__(self, analysis: AnalysisRepository) -> None:
        self._analysis = analysis

    async def available_pairs(self) -> dict[str, tuple[int, int]]:
        return await self._analysis.pairs_with_facts()

    async def turnover(self, pair: tuple[str, str]) -> TurnoverReport:
        cited = await self._analysis.turnover(pair_key(pair))
        figures = group_figures([(c.record, c.citation) for c in cited])
        actual = sorted(
            (f for f in figures if f.kind == "actual"),
            key=lambda f: (f.when, f.citations[0].stated_at),
            reverse=True,
        )
        by_said = sorted(figures, key=lambda f: f.citations[0].stated_at, reverse=True)
        return TurnoverReport(
            pair=pair,
            latest=actual[0] if actual else None,
            earlier=actual[1:],
            targets=[f for f in by_said if f.kind == "target"],
            forecasts=[f for f in by_said if f.kind == "forecast"],
        )

    async def projects(
        self, pair: tuple[str, str], status: str | None, page: int, page_size: int = 6
    ) -> ProjectsPage:
        cited = await self._analysis.projects(pair_key(pair))
        groups = group_projects([(c.record, c.citation) for c in cited])
        counts = {s: sum(1 for g in groups if g.record.status == s) for s in PROJECT_STATUSES}
        chosen = [g for g in groups if status is None or g.record.status == status]
        chosen.sort(key=lambda g: (PROJECT_STATUSES.index(g.record.status), -_newest(g)))
        pages = max(1, -(-len(chosen) // page_size))
        page = min(max(page, 0), pages - 1)
        return ProjectsPage(
            pair=pair,
            status=status,
            items=chosen[page * page_size : (page + 1) * page_size],
            page=page,
            pages=pages,
            counts=counts,
        )


def _newest(group: ProjectGroup) -> float:
    return max(c.stated_at for c in group.citations).timestamp()


def group_figures(cited: list[tuple[TurnoverRecord, Citation]]) -> list[Figure]:
    """Same kind, amount and period: one figure, however many outlets stated it."""
    grouped: dict[tuple[object, ...], list[tuple[TurnoverRecord, Citation]]] = {}
    for record, citation in cited:
        key = (record.kind, record.amount, record.currency, record.period_from, record.period_to)
        grouped.setdefault(key, []).append((record, citation))
    figures = []
    for members in grouped.values():
        members.sort(key=lambda item: item[1].stated_at, reverse=True)
        first = members[-1][0]  # the first outlet's wording of the figure
        change = next((r.change_pct for r, _ in members if r.change_pct is not None), None)
        figures.append(
            Figure(
                kind=first.kind,
                amount=first.amount,
                currency=first.currency,
                approx=first.approx,
                period_from=first.period_from,
                period_to=first.period_to,
                change_pct=change,
                citations=_distinct_citations(c for _, c in members),
            )
        )
    return figures


def _distinct_citations(citations: Iterable[Citation]) -> tuple[Citation, ...]:
    seen: dict[str, Citation] = {}
    for citation in citations:
        seen.setdefault(citation.url, citation)
    return tuple(seen.values())


def group_projects(cited: list[tuple[ProjectRecord, Citation]]) -> list[ProjectGroup]:
    """A project retold by several outlets: same status and figures, and a like subject."""
    groups: list[ProjectGroup] = []
    for record, citation in sorted(cited, key=lambda item: item[1].stated_at):
        subject = frozenset(lemmas(record.subject.lower())) - _SUBJECT_STOPWORDS
        for group in groups:
            same_figures = (group.record.status, group.record.count, group.record.value) == (
                record.status,
                record.count,
                record.value,
            )
            overlap = len(subject & group.subject_lemmas) / max(
                1, min(len(subject), len(group.subject_lemmas))
            )
            if same_figures and overlap >= 0.5:
                if all(c.url != citation.url for c in group.citations):
                    group.citations.append(citation)
                break
        else:
            groups.append(ProjectGroup(record, [citation], subject))
    return groups
