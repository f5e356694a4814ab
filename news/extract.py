"""Facts a careful reader takes from a cooperation article: countries, turnover, projects, people.

Pure and deterministic: text in, frozen dataclasses out. Each sentence is read once
(`news.reading`), then every reader links the mentions it needs by clause and sentence
structure: `news.countries` chooses the pair and tells news from noise, `news.turnover`
reads the trade figures, `news.projects` the joint projects, `news.people` who spoke.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from news.countries import PairChoice, PlaceKind, choose_pair
from news.facts import (
    Approx,
    ArticleFacts,
    Kind,
    PersonFact,
    ProjectFact,
    Status,
    TurnoverFact,
)
from news.lexicon import Cue
from news.morph import Word, lemmas
from news.people import read_people
from news.periods import Period
from news.projects import read_projects
from news.reading import Reading, read_sentence
from news.sentences import sentence_spans, split_sentences
from news.turnover import TradeContext, read_turnover

__all__ = [
    "DEFAULT_PAIRS",
    "EXTRACTOR_VERSION",
    "SCHEMA",
    "Approx",
    "ArticleFacts",
    "Kind",
    "Lemmas",
    "Period",
    "PersonFact",
    "ProjectFact",
    "Status",
    "TurnoverFact",
    "extract",
    "read",
    "split_headline",
    "split_sentences",
]

SCHEMA = "coopnews-facts/1"
# Raised whenever what is read from the same text changes: the bot re-reads stored articles.
EXTRACTOR_VERSION = 6

# Belarus–Kazakhstan first; every tracked country with both of them.
DEFAULT_PAIRS: tuple[tuple[str, str], ...] = (
    ("BY", "KZ"),
    *((("BY", code)) for code in ("KG", "UZ", "RU", "AM", "TJ", "AZ")),
    *((("KZ", code)) for code in ("KG", "UZ", "RU", "AM", "TJ", "AZ")),
)
# Two different words of trade, industry or investment make an article about the economy.
_ECONOMY_WORDS = 2


@dataclass(frozen=True, slots=True)
class Lemmas:
    """Every word of an article as its lemma, in order, from the one tokenisation that
    extraction made: what search indexes and what stories compare."""

    title: tuple[str, ...]
    # Each sentence of the text: where it starts, its words (offsets within it), their lemmas.
    sentences: tuple[tuple[int, list[Word], list[str]], ...]

    @property
    def body(self) -> tuple[tuple[int, int, str], ...]:
        """(start, end) of each word of the text, and its lemma."""
        return tuple(
            (offset + word.start, offset + word.end, lemma)
            for offset, words, found in self.sentences
            for word, lemma in zip(words, found, strict=True)
        )

    def all(self) -> list[str]:
        found = list(self.title)
        for _, _, sentence in self.sentences:
            found += sentence
        return found

    def within(self, text: str, limit: int) -> list[str]:
        """The lemmas of the title and of `text[:limit]` (a word cut there read as cut)."""
        found = list(self.title)
        # Words are in order and never overlap: those ending by `limit` are a prefix.
        for offset, words, sentence in self.sentences:
            if not words or offset + words[-1].end <= limit:
                found += sentence  # the whole sentence (most of them)
                continue
            for word, lemma in zip(words, sentence, strict=True):
                if offset + word.end > limit:
                    if offset + word.start < limit:
                        found += lemmas(text[offset + word.start : limit])
                    return found
                found.append(lemma)
        return found


def extract(
    text: str,
    *,
    title: str = "",
    published: date | None = None,
    pairs: tuple[tuple[str, str], ...] = DEFAULT_PAIRS,
) -> ArticleFacts:
    """Everything the article states about cooperation between tracked countries."""
    return read(text, title=title, published=published, pairs=pairs)[0]


def read(
    text: str,
    *,
    title: str = "",
    published: date | None = None,
    pairs: tuple[tuple[str, str], ...] = DEFAULT_PAIRS,
) -> tuple[ArticleFacts, Lemmas]:
    """The article's facts, and its words as lemmas (tokenised once for both)."""
    tracked = frozenset(code for pair in pairs for code in pair)
    head = (
        [read_sentence(title.strip(), published=published, tracked=tracked, is_title=True)]
        if title.strip()
        else []
    )
    spans = sentence_spans(text)
    body = [
        read_sentence(text[start:end], published=published, tracked=tracked) for start, end in spans
    ]
    words = Lemmas(
        title=tuple(word.lemma for reading in head for word in reading.words),
        sentences=tuple(
            [
                (offset, reading.words, [word.lemma for word in reading.words])
                for (offset, _), reading in zip(spans, body, strict=True)
            ]
        ),
    )
    return _facts([*head, *body], published, pairs), words


def _facts(
    readings: list[Reading], published: date | None, pairs: tuple[tuple[str, str], ...]
) -> ArticleFacts:
    if not readings:
        return ArticleFacts(relevant=False, countries=())
    choice = choose_pair([(r.places, r.weight) for r in readings], pairs)
    if choice.pair is None:
        return ArticleFacts(relevant=False, countries=())
    pair = choice.pair
    people = read_people(readings)
    context = TradeContext(
        pair, pairs, _home(readings, pair), published, not _titled_for_another(readings)
    )
    turnover = read_turnover(readings, context)
    projects = read_projects(readings, pair, people, published)
    # About the pair's economy, or at least stating a figure or a project of a tracked pair
    # ("talks with Turkey and Kazakhstan … trade with Kazakhstan came to $900m").
    relevant = (_is_about_the_pair(choice) and _is_about_economy(readings)) or bool(
        turnover or projects
    )
    if not relevant:
        return ArticleFacts(relevant=False, countries=tuple(sorted(pair)), people=tuple(people))
    return ArticleFacts(
        relevant=True,
        countries=tuple(sorted(pair)),
        turnover=tuple(turnover),
        projects=tuple(projects),
        people=tuple(people),
    )


def split_headline(text: str) -> tuple[str, str]:
    """(headline, body) of a plain-text article whose first line is its headline: a short
    line followed by a blank one. Otherwise no headline."""
    head, separator, body = text.lstrip().partition("\n")
    if separator and body.startswith(("\n", "\r\n")) and 0 < len(head) <= 300:
        return head.strip(), body.strip()
    return "", text


def _is_about_the_pair(choice: PairChoice) -> bool:
    """Not an article whose partner is an untracked country or a union of several."""
    return choice.together >= choice.rival or choice.rival == 0


def _titled_for_another(readings: list[Reading]) -> bool:
    """A title whose two parties are a country and an untracked partner ("Товарооборот
    Узбекистана и Турции …"): the article's "two countries" are those."""
    title = next((r for r in readings if r.is_title), None)
    if title is None:
        return False
    parties = {
        p.code: p.kind
        for p in title.places
        if not (p.venue or p.role_bound) and p.kind is not PlaceKind.PERSON
    }
    return len(parties) == 2 and PlaceKind.OTHER in parties.values()


def _is_about_economy(readings: list[Reading]) -> bool:
    cued = [r.words[index] for r in readings for index in r.cued]
    economy = {w.lemma for w in cued if Cue.ECONOMY in w.cues}
    other = {w.lemma for w in cued if Cue.NOT_ECONOMY in w.cues}
    return len(economy) >= _ECONOMY_WORDS and len(economy) > len(other)


def _home(readings: list[Reading], pair: tuple[str, str]) -> str:
    """The party named most: in "trade with X", the side that speaks."""
    counts = Counter(p.code for r in readings for p in r.places if p.code in pair and not p.venue)
    return counts.most_common(1)[0][0] if counts else pair[0]
