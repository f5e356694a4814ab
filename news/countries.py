"""Who an article is about: country mentions, the pair that cooperates, and whether it is news.

A country is named by its name, an adjective or demonym, its capital, a city, a company
(МТЗ, Амкодор) or its leader (Лукашенко, Tokayev), in Russian, Belarusian or English. The
pair is the two tracked countries named together most, the title counting double; a place
where a meeting is held ("проходит в Казахстане") does not make that country a party; and an
article whose trade partner is an untracked country or a union of several ("со странами
ШОС", "торговля с Турцией") is not about a tracked pair at all.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from itertools import combinations
from typing import NamedTuple

from news.gazetteer import official_of_token, place_of_token
from news.lexicon import AGGREGATE_PATTERN, Cue, Needles
from news.morph import Word

AGGREGATE = "AGG"
_ROLE = Cue.ROLE
_VENUE_PREPOSITIONS = frozenset({"в", "во", "in", "у", "ў", "at"})
_HYPHENATED_NAMES = ("нур-", "nur-", "алма-", "усть-", "санкт-", "джалал-", "иссык-")
_AGGREGATE = re.compile(AGGREGATE_PATTERN, re.IGNORECASE)
_AGGREGATE_NEEDLES = Needles(
    "еаэс", "eaeu", "eeu", "снг", "cis", "шос", "sco", "брикс", "brics", "асеан", "asean",
    "одкб", "союз", "union", "ази", "asia", "стран", "соседя", "член", "member", "саюз", "краін",
    "countries",
)  # fmt: skip
_AGGREGATE_WORDS = re.compile(r"\b(?:ес|eu)\b")  # as needles they would be in most sentences


class PlaceKind(StrEnum):
    COUNTRY = "country"  # a name, an adjective, a demonym or a capital
    CITY = "city"
    COMPANY = "company"
    PERSON = "person"
    OTHER = "other"  # an untracked country
    AGGREGATE = "aggregate"  # several countries as one: ЕАЭС, СНГ, Central Asia


class Place(NamedTuple):
    code: str
    kind: PlaceKind
    start: int
    end: int
    venue: bool = False  # "в Казахстане": where, not who
    role_bound: bool = False  # "посол Казахстана": whose official, not a trade party
    city: str = ""

    @property
    def tracked(self) -> bool:
        return self.kind not in (PlaceKind.OTHER, PlaceKind.AGGREGATE)


def places_in(text: str, words: list[Word], tracked: frozenset[str]) -> list[Place]:
    """Every mention of a country in one sentence, in order."""
    found: list[Place] = []
    named = list(map(_places_of_form, [word.form for word in words]))
    for index in [i for i, hits in enumerate(named) if hits or words[i].is_capitalized]:
        word, hits = words[index], named[index]
        if hits:
            single = len(hits) == 1 and "-" not in word.form
            role_bound = _role_bound(words, index)
        for code, place_kind, city in hits:
            if place_kind is _OTHER and index and words[index - 1].form.startswith(_CURRENCIES):
                continue  # "долларов США", «долараў ЗША»: a currency, not a party
            if place_kind is not _OTHER and code not in tracked:
                place_kind = _OTHER
            venue = single and _is_venue(words, index, place_kind)
            found.append(Place(code, place_kind, word.start, word.end, venue, role_bound, city))
        if not hits:
            official = official_of_token(word.text)
            if official is not None and official.country in tracked:
                found.append(Place(official.country, PlaceKind.PERSON, word.start, word.end))
    lowered = text.lower()
    if _AGGREGATE_NEEDLES.found_in(lowered) or _AGGREGATE_WORDS.search(lowered):
        for match in _AGGREGATE.finditer(text):
            found.append(Place(AGGREGATE, PlaceKind.AGGREGATE, match.start(), match.end()))
        found.sort(key=lambda place: place.start)
    return found


@lru_cache(maxsize=100_000)
def _places_of_form(form: str) -> tuple[tuple[str, PlaceKind, str], ...]:
    """What one word names; a hyphenated compound part by part ("белорусско-казахстанский")."""
    parts = [form]
    if "-" in form and not form.startswith(_HYPHENATED_NAMES):
        parts = form.split("-")
    return tuple(
        (code, PlaceKind(kind), city)
        for code, kind, city in filter(None, map(place_of_token, parts))
    )


_CURRENCIES = ("долл", "долар", "dollar")
_QUARTERS = frozenset("east west north south central eastern western northern southern".split())


def _is_venue(words: list[Word], index: int, kind: PlaceKind) -> bool:
    """'проходит в Казахстане', 'in Tashkent': a noun of place after 'in', in the locative."""
    if kind not in (PlaceKind.COUNTRY, PlaceKind.CITY) or index == 0:
        return False
    if index >= 2 and words[index - 1].form in _QUARTERS:
        index -= 1  # "in East Kazakhstan region": a part of the country, still a place
    if words[index - 1].form not in _VENUE_PREPOSITIONS:
        return False
    word = words[index]
    if word.pos is None:  # English or Belarusian: no case to read, "in X" is a place
        return True
    # "в" never takes the dative: a dative reading ("в Гяндже") is pymorphy3 guessing wrong.
    return word.pos == "NOUN" and word.case in {"loct", "loc2", "datv"}


def _role_bound(words: list[Word], index: int) -> bool:
    """'посол Казахстана', 'Belarus' Foreign Minister': the country of an official."""
    return (
        (index >= 2 and _ROLE in words[index - 2].cues)
        or (index >= 1 and _ROLE in words[index - 1].cues)
        or (index + 1 < len(words) and _ROLE in words[index + 1].cues)
    )


_OTHER = PlaceKind.OTHER
_AGGREGATE_KIND = PlaceKind.AGGREGATE


@dataclass(frozen=True, slots=True)
class PairChoice:
    pair: tuple[str, str] | None
    together: float  # how strongly the pair is named together
    rival: float  # how strongly a party is named with an untracked country or a union


def choose_pair(
    sentences: list[tuple[list[Place], float]], pairs: tuple[tuple[str, str], ...]
) -> PairChoice:
    """The tracked pair an article is about, from its sentences' places and weights."""
    allowed = {frozenset(pair): pair for pair in pairs}
    # Weighted counts: sentences weigh by their place (the title double), shared enumerations less.
    together: dict[frozenset[str], float] = defaultdict(float)
    alone: dict[str, float] = defaultdict(float)
    rivals: dict[str, float] = defaultdict(float)
    for places, weight in sentences:
        if not places:
            continue  # most sentences name no country
        # Codes in order of first mention, each once (dicts as ordered sets).
        parties: dict[str, None] = {}
        others: dict[str, None] = {}
        venues: list[str] = []
        for place in places:
            if place.kind is _OTHER or place.kind is _AGGREGATE_KIND:  # not `tracked`
                others[place.code] = None
            elif place.venue:
                venues.append(place.code)
            else:
                parties[place.code] = None
        # An enumeration of many countries says little about any two of them.
        share = weight / max(1, len(parties) + len(others) - 1)
        for first, second in combinations(sorted(parties), 2):
            together[frozenset((first, second))] += share
        for other in others:
            rivals[other] += share if parties else weight
        for code in parties:
            alone[code] += weight
        for code in venues:
            alone[code] += 0.25 * weight
    rival = max(rivals.values(), default=0.0)
    ranked = sorted(
        (key for key in together if key in allowed),
        key=lambda key: (together[key], sum(alone[code] for code in key)),
        reverse=True,
    )
    if ranked:
        best = ranked[0]
        return PairChoice(allowed[best], together[best], rival)
    top = sorted(alone, key=lambda code: alone[code], reverse=True)[:2]
    if len(top) == 2 and frozenset(top) in allowed:
        return PairChoice(allowed[frozenset(top)], 0.0, rival)
    return PairChoice(None, 0.0, rival)
