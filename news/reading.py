"""One sentence read once: its words, clauses, places, periods, sums and changes.

Every fact reader (turnover, projects, people, countries) works from these readings, so the
text is tokenised and scanned for mentions one time per sentence.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cached_property

from news.amounts import Change, Money, find_changes, find_money
from news.countries import Place, places_in
from news.morph import Word, words
from news.periods import PeriodMention, find_periods
from news.sentences import Clause, split_clauses

_LATIN = re.compile(r"[a-z]", re.IGNORECASE)
# Words that open a relative clause after a comma: "товарооборот, который в 2024 году
# составил …,", "trade, which reached …,", «тавараабарот, які склаў …,».
_RELATIVES = frozenset(
    "который которая которое которые которого которой котором которым которую которых "
    "which які якая якое якія якога якой якім якую якіх".split()
)
_CLAUSE_END = re.compile(r"[,;:]|\s[—–]\s")
_CYRILLIC = re.compile(r"[а-яёіў]", re.IGNORECASE)


class Reading:
    """A sentence with what every reader needs; sums, changes, periods and clauses are found
    on first use, since most sentences of an article state no figure and no reader asks."""

    def __init__(
        self,
        text: str,
        words: list[Word],
        places: list[Place],
        *,
        published: date | None,
        is_title: bool = False,
    ) -> None:
        self.text = text
        self.words = words
        self.places = places
        self.is_title = is_title
        self.weight = 2.0 if is_title else 1.0  # the title counts double for the pair
        self.published = published
        # Where the words with cues stand: the readers look at these, not at every word.
        self.cued = [index for index, word in enumerate(words) if word.cues]

    @cached_property
    def english(self) -> bool:
        return is_english(self.text)

    @cached_property
    def clauses(self) -> list[Clause]:
        return split_clauses(self.text)

    @cached_property
    def periods(self) -> list[PeriodMention]:
        return find_periods(self.text, self.published)

    @cached_property
    def money(self) -> list[Money]:
        return find_money(self.text, english=self.english)

    @cached_property
    def changes(self) -> list[Change]:
        return find_changes(self.text, english=self.english)

    @cached_property
    def embedded(self) -> list[Clause]:
        """Relative and participial clauses set off by commas inside a clause ("довести
        товарооборот, который в 2024 году составил $4,4 млрд, до $10 млрд"; "trade, which
        reached $4.4 billion in 2024, to $10 billion"): each from its first word to the
        comma that closes it, or to the end of its clause."""
        found: list[Clause] = []
        text = self.text
        for word in self.words:
            if not (word.form in _RELATIVES or word.pos == "PRTF"):
                continue
            if text[max(0, word.start - 2) : word.start].strip() != ",":
                continue
            if found and found[-1].holds(word.start):
                continue
            clause = self.clause_of(word.start)
            closing = _CLAUSE_END.search(text, word.end, clause.end)
            found.append(Clause(word.start, closing.start() if closing else clause.end))
        return found

    # Asked tens of times a sentence by the readers: `Clause.holds` written out, no call.
    def clause_of(self, position: int) -> Clause:
        for clause in self.clauses:
            if clause.start <= position < clause.end:
                return clause
        return self.clauses[-1]

    def words_in(self, clause: Clause) -> list[Word]:
        start, end = clause
        return [word for word in self.words if start <= word.start < end]


def is_english(text: str) -> bool:
    if not _LATIN.search(text):
        return False
    return len(_LATIN.findall(text)) > len(_CYRILLIC.findall(text))


def read_sentence(
    text: str,
    *,
    published: date | None,
    tracked: frozenset[str],
    is_title: bool = False,
) -> Reading:
    tokens = words(text)
    places = places_in(text, tokens, tracked)
    return Reading(text, tokens, places, published=published, is_title=is_title)
