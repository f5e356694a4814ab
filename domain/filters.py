"""The filters of /latest as people type them: each one applied, or refused with a reason.

'KZ с 2024 outlet:БелТА' narrows the newest stories to Kazakhstan, since January 2024, told by
BelTA. A word that is no filter ('Бразилия', 'комбайн') or a bare year ('2024') is not
silently dropped: it comes back as a problem, so the reader hears what to type instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from domain.pairs import resolve_country_word
from domain.translit import fold

MAX_FILTER_CHARS = 300
_OUTLET = re.compile(
    r"(?:outlet|источник|сми|издание|басылым|выданне|крыніца):\s*"
    r"(\"[^\"]+\"|«[^»]+»|\S+)",
    re.IGNORECASE,
)
_SINCE = re.compile(
    r"(?:since|from|с|после|з|пасля):\s*(\d{1,4})(?:-(\d{1,2}))?"
    r"|(?:^|\s)(?:since|from|с|после|з|пасля)\s+(\d{1,4})(?:-(\d{1,2}))?(?:\s+г(?:ода?|\.)?)?"
    r"|(?:^|\s)(\d{4})(?:-(\d{1,2}))?\s+(?:жылдан|ж\.)(?:\s+бастап)?",
    re.IGNORECASE,
)
_YEAR = re.compile(r"^\d{4}$")
_WORD = re.compile(r"[^\s,;]+")


class Problem(StrEnum):
    WORD = "word"  # neither a country nor a filter
    YEAR = "year"  # a bare year: "since" it? say so
    DATE = "date"  # a date out of range: "с 1850", "since:2024-13"
    OUTLET = "outlet"  # an outlet nobody stored, or one that fits several


@dataclass(frozen=True, slots=True)
class FilterProblem:
    problem: Problem
    word: str
    candidates: tuple[str, ...] = ()  # for OUTLET: those that fit, or all there are
    ambiguous: bool = False  # for OUTLET: several fit


@dataclass(frozen=True, slots=True)
class Filters:
    countries: tuple[str, ...] = ()
    since: datetime | None = None
    since_month: bool = False  # "с 2024-03": shown with its month
    outlet: str | None = None

    @property
    def empty(self) -> bool:
        return not self.countries and self.since is None and not self.outlet


def parse_filters(text: str) -> Filters | FilterProblem:
    """'KZ с 2024 outlet:БелТА' → Filters; the first word that is none → FilterProblem."""
    rest = text[:MAX_FILTER_CHARS]
    since = None
    since_month = False
    if match := _SINCE.search(rest):
        year_text = match.group(1) or match.group(3) or match.group(5)
        month_text = match.group(2) or match.group(4) or match.group(6)
        year, month = int(year_text), int(month_text or 1)
        if not (1990 <= year <= 2100 and 1 <= month <= 12):
            return FilterProblem(Problem.DATE, match.group(0).strip())
        since = datetime(year, month, 1, tzinfo=UTC)
        since_month = month_text is not None
        rest = rest[: match.start()] + " " + rest[match.end() :]
    outlet = None
    if match := _OUTLET.search(rest):
        outlet = match.group(1).strip('"«»').strip()
        rest = rest[: match.start()] + " " + rest[match.end() :]
    countries: list[str] = []
    for word in _WORD.findall(rest):
        if _YEAR.match(word):
            return FilterProblem(Problem.YEAR, word)
        code = resolve_country_word(word)
        if code is None:
            return FilterProblem(Problem.WORD, word)
        if code not in countries:
            countries.append(code)
    return Filters(tuple(countries), since, since_month, outlet)


def match_outlet(typed: str, outlets: list[str]) -> str | FilterProblem:
    """The stored outlet a reader means: the same name in any case or alphabet
    ('Belta' → 'БелТА', 'казинформ' → 'Kazinform'), or the one name it begins; else a
    problem listing what fits, or every outlet there is."""
    key = fold(typed)
    exact = [name for name in outlets if name.casefold() == typed.casefold()]
    if exact:
        return exact[0]
    same = [name for name in outlets if fold(name) == key]
    if len(same) == 1:
        return same[0]
    starting = same or [name for name in outlets if key and fold(name).startswith(key)]
    if len(starting) == 1:
        return starting[0]
    if starting:
        return FilterProblem(Problem.OUTLET, typed, tuple(starting), ambiguous=True)
    return FilterProblem(Problem.OUTLET, typed, tuple(outlets))
