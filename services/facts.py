"""Turnover reports and project lists of a pair of countries, from the fact layer."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from domain.pages import Window
from domain.pairs import pair_key
from domain.reports import (
    FILTERS,
    ProjectsPage,
    Section,
    TurnoverReport,
    group_projects,
    section,
    turnover_report,
)
from storage import AnalysisRepository

# The beginnings of the words a reader types after /projects to choose a section, in the
# bot's four languages: "завершено", "реализованные", "аяқталған", "плануюцца", "planned".
_SECTION_STEMS = {
    Section.DONE: "done complet finish реализован заверш готов построен запущен действующ "
    "асырылған аяқталған салынған рэалізаван завяршон пабудаван",
    Section.UNDERWAY: "underway ongoing progress реализу строят строит идут текущ "
    "асырылуда жүргізілуде салынуда рэалізуюц будуюц",
    Section.PLANNED: "planned plan планир запланир планы жоспар плануюц запланаван",
    Section.PROPOSED: "propos предлож идеи ұсыныл ұсыныс прапанав прапанов",
    Section.STALE: "stale old давн устар неподтвержд ескі даўн састарэл",
}


# The first word of two-word statuses ("іске асырылған", "жүзеге асырылуда"): no meaning alone.
_STATUS_FILLERS = frozenset({"іске", "жүзеге"})


def is_status_filler(word: str) -> bool:
    return word.strip().lower() in _STATUS_FILLERS


def section_of_word(word: str) -> Section | None:
    """The section of projects a word names, in any form ('завершено' → done), or None."""
    folded = word.strip().lower().replace("ё", "е")
    for section_, stems in _SECTION_STEMS.items():
        if any(folded.startswith(stem) for stem in stems.split()):
            return section_
    return None


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
        self, pair: tuple[str, str], status: Section | None, page: int, page_size: int = 6
    ) -> ProjectsPage:
        cited = await self._analysis.projects(pair_key(pair))
        entries = group_projects([(c.record, c.citation) for c in cited], now=self._clock())
        counts = {s: sum(1 for e in entries if section(e) == s) for s in FILTERS}
        chosen = [e for e in entries if status is None or section(e) == status]
        # Current projects by status, newest report first; the unconfirmed ones last.
        chosen.sort(key=lambda e: (FILTERS.index(section(e)), -e.as_of.timestamp()))
        window = Window.of(len(chosen), page, page_size)
        return ProjectsPage(
            pair=pair,
            status=status,
            items=window.slice(chosen),
            page=window.page,
            pages=window.pages,
            page_size=window.page_size,
            counts=counts,
        )
