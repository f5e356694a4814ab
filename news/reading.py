"""One sentence read once: its words, clauses, places, periods, sums and changes.

Every fact reader (turnover, projects, people, countries) works from these readings, so the
text is tokenised and scanned for mentions one time per sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from news.amounts import Change, Money, find_changes, find_money
from news.countries import Place, places_in
from news.morph import Word, words
from news.periods import PeriodMention, find_periods
from news.sentences import Clause, split_clauses

_LATIN = re.compile(r"[a-z]", re.IGNORECASE)
_CYRILLIC = re.compile(r"[а-яёіў]", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Reading:
    text: str
    words: list[Word]
    weight: float  # the title counts double when choosing the pair
    is_title: bool
    english: bool
    clauses: list[Clause]
    places: list[Place]
    periods: list[PeriodMention]
    money: list[Money]
    changes: list[Change]

    def clause_of(self, position: int) -> Clause:
        return next((clause for clause in self.clauses if clause.holds(position)), self.clauses[-1])

    def words_in(self, clause: Clause) -> list[Word]:
        return [word for word in self.words if clause.holds(word.start)]


def is_english(text: str) -> bool:
    return len(_LATIN.findall(text)) > len(_CYRILLIC.findall(text))


def read_sentence(
    text: str,
    *,
    published: date | None,
    tracked: frozenset[str],
    is_title: bool = False,
) -> Reading:
    english = is_english(text)
    tokens = words(text)
    return Reading(
        text=text,
        words=tokens,
        weight=2.0 if is_title else 1.0,
        is_title=is_title,
        english=english,
        clauses=split_clauses(text),
        places=places_in(text, tokens, tracked),
        periods=find_periods(text, published),
        money=find_money(text, english=english),
        changes=find_changes(text, english=english),
    )
