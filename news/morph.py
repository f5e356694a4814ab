"""Russian morphology through pymorphy3, cached: news vocabulary repeats, parsing is slow."""

from __future__ import annotations

import re
import sys
from functools import cache, lru_cache
from typing import NamedTuple

import pymorphy3

from news.lexicon import Cue, word_cues
from news.periods import MONTH

WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
_MONTH = re.compile(MONTH)


class Spelling(NamedTuple):
    """What a token's text decides, found once per distinct spelling."""

    text: str
    lemma: str
    pos: str | None
    case: str | None
    tense: str | None
    tags: frozenset[str]
    cues: frozenset[Cue]
    form: str  # lower-cased text
    is_capitalized: bool


class Word:
    """A token with its lemma, grammar and cues, at its place in the sentence.

    Some 400 are made per article: a plain slotted class, built several times faster than a
    frozen dataclass, compared and hashed by value like one. Never changed once made."""

    __slots__ = ("case", "cues", "end", "form", "is_capitalized", "lemma", "pos", "start", "tags",
                 "tense", "text")  # fmt: skip

    def __init__(self, spelling: Spelling, start: int, end: int) -> None:
        # One unpacking of the cached spelling: a call with eleven arguments per word cost
        # a third more. Readers test `is_capitalized` on every word: an attribute, not a call.
        (self.text, self.lemma, self.pos, self.case, self.tense, self.tags, self.cues, self.form,
         self.is_capitalized) = spelling  # fmt: skip
        self.start = start
        self.end = end

    def _fields(self) -> tuple[object, ...]:
        return (self.text, self.lemma, self.pos, self.case, self.tense, self.tags, self.start,
                self.end, self.cues, self.form)  # fmt: skip

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not Word:
            return NotImplemented
        return self is other or self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return f"Word({self.text!r}, {self.lemma!r}, {self.pos!r}, {self.start}-{self.end})"


@cache
def analyzer() -> pymorphy3.MorphAnalyzer:
    """pymorphy3's analyser, built on first use, once per process (~15 MB of dictionaries)."""
    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=200_000)
def _analyse(token: str) -> tuple[str, str | None, str | None, str | None, frozenset[str]]:
    if not _CYRILLIC.search(token):
        return token, None, None, None, frozenset()
    parse = analyzer().parse(token)[0]
    tag = parse.tag
    if tag.POS == "VERB" and _MONTH.fullmatch(token):
        # pymorphy3 reads Belarusian months as Russian verbs («студзенем» a future, «снежнем»
        # a present): a month is a noun, and no reader may take it for a tense
        return token, "NOUN", None, None, frozenset({"NOUN"})
    return (parse.normal_form, *_grammar(tag))


# Part of speech, case, tense and grammemes by a tag's text: the dictionary has a few thousand
# tags, and a tag's properties are Python code (~8 µs a new word paid for them).
_GRAMMAR: dict[str, tuple[str | None, str | None, str | None, frozenset[str]]] = {}


def _grammar(
    tag: pymorphy3.tagset.OpencorporaTag,
) -> tuple[str | None, str | None, str | None, frozenset[str]]:
    text = str(tag)
    known = _GRAMMAR.get(text)
    if known is None:
        grammemes = frozenset(text.replace(" ", ",").split(","))
        known = _GRAMMAR[text] = (_plain(tag.POS), _plain(tag.case), _plain(tag.tense), grammemes)
    return known


def _plain(grammeme: str | None) -> str | None:
    """pymorphy3 gives a str subclass whose == and hash run in Python (to reject unknown
    grammemes): every `word.pos == "NOUN"` of the readers paid a Python call for it."""
    return None if grammeme is None else sys.intern(str(grammeme))


def words(text: str) -> list[Word]:
    """Tokens with lemma and grammar; Latin and digits pass through lower-cased."""
    result: list[Word] = []
    append = result.append
    find = text.find
    end = 0
    # findall and str.find rather than a match object per word: a token's first character is
    # a word character, so its first occurrence after the previous token is where the
    # (leftmost) match stands.
    for token in WORD.findall(text):
        start = find(token, end)
        end = start + len(token)
        append(Word(_token(token), start, end))
    return result


@lru_cache(maxsize=200_000)
def _token(token: str) -> Spelling:
    """Everything a token's text decides, looked up once per distinct spelling."""
    lowered = token.lower()
    lemma, pos, case, tense, tags = _analyse(lowered)
    cues = word_cues(lowered, lemma)
    return Spelling(token, lemma, pos, case, tense, tags, cues, lowered, token[:1].isupper())


def lemma(token: str) -> str:
    return _analyse(token.lower())[0]


def lemmas(text: str) -> list[str]:
    return [_analyse(match.group().lower())[0] for match in WORD.finditer(text)]


@lru_cache(maxsize=50_000)
def inflect(token: str, *grammemes: str) -> str:
    """The word in the given form (e.g. 'nomn'), keeping its capitalisation; as-is if unknown."""
    parse = analyzer().parse(token.lower())[0]
    form = parse.inflect(set(grammemes))
    if form is None:
        return token
    word: str = form.word
    if token.isupper() and len(token) > 1:
        return word.upper()
    # "Премьер-Министром" → "Премьер-Министр": each hyphenated part keeps its capital.
    old_parts, new_parts = token.split("-"), word.split("-")
    if len(old_parts) != len(new_parts):
        old_parts, new_parts = [token], [word]
    return "-".join(
        new[:1].upper() + new[1:] if old[:1].isupper() else new
        for old, new in zip(old_parts, new_parts, strict=True)
    )


@lru_cache(maxsize=50_000)
def given_name(token: str) -> str | None:
    """The nominative of a first name in any case ('Романом' → 'Роман'), or None."""
    for parse in analyzer().parse(token.lower()):
        if "Name" in parse.tag:
            name: str = parse.normal_form
            return name.capitalize()
    return None
