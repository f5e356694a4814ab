"""Sentences and clauses: the units a fact is read from.

A figure, its period, its kind and who traded are read within a clause first ("товарооборот
превышает 28 млрд долларов, а цель — выйти на 30 млрд" is two clauses: an actual and a
target), then within the sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"»”)]*\s+(?=[«\"“(—–\-]?\s*[A-ZА-ЯЁІЎ0-9])")
_ABBREVIATIONS = re.compile(
    r"(?:\b[А-ЯЁA-ZІЎ]|\bг|\bгг|\bул|\bим|\bт|\bд|\bсм|\bок|\bст|\bп|\bн|\bMr|\bDr|\bSt|"
    r"\bNo|\bU\.S|\bJan|\bFeb|\bAug|\bSept?|\bOct|\bNov|\bDec)\.$"
)
# Where one clause ends and the next begins: a semicolon or colon, a contrast ("а", "но",
# "while", "but"), or an attribution after a quote ("», — сказал он").
_CLAUSE_BREAK = re.compile(
    r";\s+|:\s+(?!\d)|,\s+(?:а(?!\s+(?:также|теперь))|но|однако|тогда как|причём|причем|зато|"
    r"while|whereas|but|however|але|и|and|і)\s+|\s+(?:but|however)\s+|[,»\"”]\s*[—–]\s+(?=[а-яёa-z])"
)


def split_sentences(text: str) -> list[str]:
    """Sentences, keeping 'г.' and initials ('С.Ахметов') inside theirs. 'млрд.' before a
    lower-case word ('1,2 млрд. долларов') never ends one; before a capital it does."""
    result: list[str] = []
    for paragraph in re.split(r"\n\s*", text):
        paragraph = paragraph.strip()
        if not paragraph:
            continue
        start = 0
        for match in _SENTENCE_END.finditer(paragraph):
            head = paragraph[start : match.start()].rstrip()
            if _ABBREVIATIONS.search(head):
                continue
            result.append(head)
            start = match.end()
        result.append(paragraph[start:].strip())
    return [sentence for sentence in result if sentence]


@dataclass(frozen=True, slots=True)
class Clause:
    start: int
    end: int

    def holds(self, position: int) -> bool:
        return self.start <= position < self.end


def split_clauses(sentence: str) -> list[Clause]:
    """The clauses of one sentence as character spans that cover it."""
    clauses: list[Clause] = []
    start = 0
    for match in _CLAUSE_BREAK.finditer(sentence):
        if match.start() > start:
            clauses.append(Clause(start, match.start()))
        start = match.end()
    clauses.append(Clause(start, len(sentence)))
    return clauses
