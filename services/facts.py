"""Turnover reports and project lists of a pair of countries, from the fact layer."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from domain.reports import (
    PROJECT_STATUSES,
    Figure,
    ProjectEntry,
    TurnoverReport,
    group_figures,
    group_projects,
    turnover_report,
)
from news.gazetteer import BY_CODE, resolve_country
from storage import AnalysisRepository

__all__ = [
    "PROJECT_STATUSES",
    "STALE",
    "FactsService",
    "Figure",
    "ProjectEntry",
    "ProjectsPage",
    "TurnoverReport",
    "group_figures",
    "group_projects",
]

DEFAULT_PAIR = ("BY", "KZ")
STALE = "stale"  # a filter of its own: projects nobody has confirmed for two years
_STATUS_WORDS = {
    "done": "done реализованы реализованные реализовано готовые завершённые завершенные",
    "underway": "underway реализуются строятся идут текущие",
    "planned": "planned планы планируемые запланированные",
    "proposed": "proposed предложения предложенные идеи",
    STALE: "stale old давние устаревшие неподтверждённые неподтвержденные",
}
STATUS_BY_WORD = {word: status for status, words in _STATUS_WORDS.items() for word in words.split()}
FILTERS = (*PROJECT_STATUSES, STALE)


@dataclass(frozen=True, slots=True)
class ProjectsPage:
    pair: tuple[str, str]
    status: str | None  # a status, STALE, or None for everything
    items: list[ProjectEntry]
    page: int
    pages: int
    counts: dict[str, int]  # current entries by status, and STALE


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
    def __init__(self, analysis: AnalysisRepository, *, clock: Callable[[], datetime]) -> None:
        self._analysis = analysis
        self._clock = clock

    async def available_pairs(self) -> dict[str, tuple[int, int]]:
        return await self._analysis.pairs_with_facts()

    async def turnover(self, pair: tuple[str, str]) -> TurnoverReport:
        cited = await self._analysis.turnover(pair_key(pair))
        return turnover_report(pair, [(c.record, c.citation) for c in cited])

    async def projects(
        self, pair: tuple[str, str], status: str | None, page: int, page_size: int = 6
    ) -> ProjectsPage:
        cited = await self._analysis.projects(pair_key(pair))
        entries = group_projects([(c.record, c.citation) for c in cited], now=self._clock())
        counts = {s: sum(1 for e in entries if section(e) == s) for s in FILTERS}
        chosen = [e for e in entries if status is None or section(e) == status]
        # Current projects by status, newest report first; the unconfirmed ones last.
        chosen.sort(key=lambda e: (FILTERS.index(section(e)), -e.as_of.timestamp()))
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


def section(entry: ProjectEntry) -> str:
    """Where an entry is listed: under its status, or apart when not confirmed for long."""
    return STALE if entry.stale else entry.status
