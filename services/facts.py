"""Turnover reports and project lists of a pair of countries, from the fact layer."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Generic, TypeVar

from domain.pages import Window
from domain.pairs import pair_key
from domain.reports import (
    FILTERS,
    STALE,
    ProjectEntry,
    ProjectsPage,
    Section,
    TurnoverReport,
    group_projects,
    is_stale,
    turnover_report,
)
from news.facts import Status
from storage import AnalysisRepository, FactsVersion
from views.charts import ChartSpec, chart_spec
from views.i18n import Texts
from views.render import split_message
from views.render_facts import render_turnover

Key = TypeVar("Key")
Kept = TypeVar("Kept")
# Reports and replies kept per process: a few pairs in four languages. A pair's report or
# projects hold its newest statements (~0.5-1 MB in Python objects at 500 of them); a reply
# adds only its messages and chart.
KEPT_REPORTS = 8
KEPT_REPLIES = 16

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


class _Kept(Generic[Key, Kept]):
    """The most recently used results, at most `size` of them."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._items: OrderedDict[Key, Kept] = OrderedDict()

    def get(self, key: Key) -> Kept | None:
        found = self._items.get(key)
        if found is not None:
            self._items.move_to_end(key)
        return found

    def put(self, key: Key, value: Kept) -> None:
        self._items[key] = value
        self._items.move_to_end(key)
        while len(self._items) > self._size:
            self._items.popitem(last=False)

    def clear(self) -> None:
        self._items.clear()


@dataclass(frozen=True, slots=True)
class TurnoverReply:
    """A pair's turnover report as a reader of one language gets it: the messages (Telegram
    HTML, each within Telegram's limit) and the chart to draw, if any."""

    report: TurnoverReport
    parts: tuple[str, ...]
    chart: ChartSpec | None


@dataclass(frozen=True, slots=True)
class _Grouped:
    """A project as grouped, with what its section is worked out from on each call (the
    clock decides which ones are stale)."""

    entry: ProjectEntry
    status: Status
    as_of: datetime


class FactsService:
    """Reports are made from a pair's newest statements and kept, in this process, under
    the pair's facts version (storage.fact_versions): each call reads the version — one
    indexed row — and makes the report again only when it moved, whichever process
    changed the facts."""

    def __init__(self, analysis: AnalysisRepository, *, clock: Callable[[], datetime]) -> None:
        self._analysis = analysis
        self._clock = clock
        self._reports: _Kept[tuple[tuple[str, str], int], TurnoverReport] = _Kept(KEPT_REPORTS)
        self._replies: _Kept[tuple[tuple[str, str], int, str], TurnoverReply] = _Kept(KEPT_REPLIES)
        self._projects: _Kept[tuple[str, int], list[_Grouped]] = _Kept(KEPT_REPORTS)

    def forget_kept(self) -> None:
        """Drop every kept report (the benchmark's uncached figures)."""
        self._reports.clear()
        self._replies.clear()
        self._projects.clear()

    async def available_pairs(self) -> dict[str, tuple[int, int]]:
        return await self._analysis.pairs_with_facts()

    async def turnover(self, pair: tuple[str, str]) -> TurnoverReport:
        return await self._turnover(pair, await self._analysis.facts_version(pair_key(pair)))

    async def _turnover(self, pair: tuple[str, str], seen: FactsVersion) -> TurnoverReport:
        # The pair as typed ("KZ BY") is the report's title: kept apart from ("BY", "KZ").
        kept = self._reports.get((pair, seen.version))
        if kept is not None:
            return kept
        cited = await self._analysis.turnover(seen.pair)
        report = turnover_report(pair, [(c.record, c.citation) for c in cited])
        if self._analysis.unchanged_since(seen):
            self._reports.put((pair, seen.version), report)
        return report

    async def turnover_reply(self, pair: tuple[str, str], texts: Texts) -> TurnoverReply:
        """The report rendered for `texts`' language, split into messages, with its chart."""
        seen = await self._analysis.facts_version(pair_key(pair))
        key = (pair, seen.version, texts.language)
        kept = self._replies.get(key)
        if kept is not None:
            return kept
        report = await self._turnover(pair, seen)
        if report.empty:
            return TurnoverReply(report, (), None)
        reply = TurnoverReply(
            report,
            tuple(split_message(render_turnover(report, texts))),
            chart_spec(report, texts),
        )
        if self._analysis.unchanged_since(seen):
            self._replies.put(key, reply)
        return reply

    async def projects(
        self, pair: tuple[str, str], status: Section | None, page: int, page_size: int = 6
    ) -> ProjectsPage:
        grouped = await self._grouped_projects(pair_key(pair))
        now = self._clock()
        sections = [
            STALE if is_stale(g.status, g.as_of, now) else Section(g.status) for g in grouped
        ]
        counts = {s: sections.count(s) for s in FILTERS}
        chosen = [
            (where, g)
            for where, g in zip(sections, grouped, strict=True)
            if status is None or where == status
        ]
        # Current projects by status, newest report first; the unconfirmed ones last.
        chosen.sort(key=lambda item: (FILTERS.index(item[0]), -item[1].as_of.timestamp()))
        window = Window.of(len(chosen), page, page_size)
        return ProjectsPage(
            pair=pair,
            status=status,
            # Copies: the kept entries are shared by every call, whatever its clock.
            items=[replace(g.entry, stale=where == STALE) for where, g in window.slice(chosen)],
            page=window.page,
            pages=window.pages,
            page_size=window.page_size,
            counts=counts,
        )

    async def _grouped_projects(self, key: str) -> list[_Grouped]:
        seen = await self._analysis.facts_version(key)
        kept = self._projects.get((key, seen.version))
        if kept is not None:
            return kept
        cited = await self._analysis.projects(key)
        grouped = [
            _Grouped(entry, entry.status, entry.as_of)
            for entry in group_projects([(c.record, c.citation) for c in cited])
        ]
        if self._analysis.unchanged_since(seen):
            self._projects.put((key, seen.version), grouped)
        return grouped
