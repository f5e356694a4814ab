"""Sentences and clauses: the units a fact is read from.

A figure, its period, its kind and who traded are read within a clause first ("товарооборот
превышает 28 млрд долларов, а цель — выйти на 30 млрд" is two clauses: an actual and a
target), then within the sentence.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_PARAGRAPH_BREAK = re.compile(r"\n\s*")
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
    return [text[start:end] for start, end in sentence_spans(text)]


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Where each sentence of `split_sentences` stands in `text` (start, end)."""
    spans: list[tuple[int, int]] = []
    position = 0
    for separator in [*_PARAGRAPH_BREAK.finditer(text), None]:
        end = separator.start() if separator else len(text)
        raw = text[position:end]
        paragraph = raw.strip()
        offset = position + (len(raw) - len(raw.lstrip()))
        position = separator.end() if separator else len(text)
        if not paragraph:
            continue
        start = 0
        for match in _SENTENCE_END.finditer(paragraph):
            head = paragraph[start : match.start()].rstrip()
            if _ABBREVIATIONS.search(head):
                continue
            if head:
                spans.append((offset + start, offset + start + len(head)))
            start = match.end()
        rest = paragraph[start:]
        tail = rest.strip()
        if tail:
            lead = len(rest) - len(rest.lstrip())
            spans.append((offset + start + lead, offset + start + lead + len(tail)))
    return spans


class Clause(NamedTuple):
    start: int
    end: int

    def holds(self, position: int) -> bool:
        return self.start <= position < self.end


# What a speaker says or believes, after a comma: its own clause, so the past tense of
# saying ("выразил уверенность, что … превысит") does not tell what the sum in it is. Not
# after "ожидается, что" (the forecast is the clause's own) nor "…, что на 16% больше".
_REPORTED = re.compile(
    r"(?:\b(?:уверенность|уверен[аы]?|надежду|надежда|убежд[её]н[аы]?|мнение|счита[ею]т|"
    r"полага[ею]т|(?:добави|отмети|замети|заяви|подчеркну|сообщи|сказа)л[аи]?|said|added|"
    r"noted|stressed|believes?|confident|hopes?|упэўненасць|упэўнены|спадзяецца|дадаў|"
    r"адзначыў|заявіў|падкрэсліў|паведаміў|сказаў|добавив|отметив|подчеркнув|заявив|сообщив|"
    r"дадаўшы|адзначыўшы|падкрэсліўшы)(?=,\s+(?:что|што|that)\s)"
    r"|(?=,\s+(?:adding|saying|noting|stressing)\s+that\s))"
    # the break itself: the comma and the words that open the reported clause
    r"(?P<cut>,\s+(?:(?:adding|saying|noting|stressing)\s+)?(?:что|што|that)\s+)",
    re.IGNORECASE,
)


def split_clauses(sentence: str) -> list[Clause]:
    """The clauses of one sentence as character spans that cover it."""
    clauses: list[Clause] = []
    start = 0
    breaks = [match.span() for match in _CLAUSE_BREAK.finditer(sentence)]
    if "," in sentence:
        breaks = sorted([*breaks, *(match.span("cut") for match in _REPORTED.finditer(sentence))])
    for cut, after in breaks:
        if cut < start:
            continue  # inside a break already taken
        if cut > start:
            clauses.append(Clause(start, cut))
        start = after
    clauses.append(Clause(start, len(sentence)))
    return clauses
