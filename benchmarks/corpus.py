"""An honest benchmark corpus: distinct events told in the labelled sets' language, retold by
other outlets, in a vocabulary wide enough that lemma caches do not decide the result.

Each event is one labelled item (the development set, the set written apart, the seeds)
with its own figures and years, its pair often moved to another partner, padded to the
length of a news article with paragraphs of other items, and with some of its plain nouns
and adjectives replaced by other dictionary words in the same grammatical form (so an
article brings word forms no earlier article had, as news does). About two events in five
are retold by one to three other outlets within a day or so: the same facts, other padding,
other wording, another title.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from functools import cache
from html import escape
from math import exp
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
LABELLED = (FIXTURES / "facts" / "dev_facts.json", FIXTURES / "facts" / "written_facts.json")
TEXTS = (FIXTURES / "seeds", FIXTURES / "retellings")
WORDS = Path(__file__).with_name("corpus_words.json")
OUTLETS = ("БелТА", "Казинформ", "Kazinform", "Курсив", "Sputnik Беларусь", "Tengrinews",
           "24.kg", "Кабар", "Газета.uz", "Sputnik Казахстан", "СТВ")  # fmt: skip
START = datetime(2024, 1, 1, tzinfo=UTC)
# How many outlets tell one event: most events once, two in five more than once.
TELLINGS = ((1, 0.6), (2, 0.2), (3, 0.12), (4, 0.08))
# Shares of plain nouns and adjectives replaced by other dictionary words: each event's own
# wording (two events told from one item read as two stories), then each outlet's.
EVENT_WORDING = 0.7
OUTLET_WORDING = 0.15
MEDIAN_CHARS = 2200  # a news article's length; items are padded towards a length around it
# Partners an event may be moved to: (stem, adjective stem, English), all declined alike.
PARTNERS = (
    ("Казахстан", "казахстанск", "Kazakhstan"),
    ("Узбекистан", "узбекистанск", "Uzbekistan"),
    ("Кыргызстан", "кыргызстанск", "Kyrgyzstan"),
    ("Таджикистан", "таджикистанск", "Tajikistan"),
)
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_NUMBER = re.compile(r"\d+")


@dataclass(frozen=True, slots=True)
class Article:
    title: str
    text: str
    published: datetime
    outlet: str
    event: int  # the articles of one event are retellings of each other


@dataclass(frozen=True, slots=True)
class _Item:
    title: str
    paragraphs: tuple[str, ...]


@cache
def items() -> tuple[_Item, ...]:
    """Every labelled item and seed article, as a title and paragraphs."""
    found: list[_Item] = []
    for path in LABELLED:
        for item in json.loads(path.read_text("utf-8"))["items"]:
            found.append(_split(item["text"]))
    for folder in TEXTS:
        for path in sorted(folder.glob("*.txt")):
            found.append(_split(path.read_text("utf-8")))
    return tuple(found)


def _split(text: str) -> _Item:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    head, *rest = lines
    if not rest:  # one paragraph: its first sentence is the title
        head, _, tail = head.partition(". ")
        rest = [tail or head]
    return _Item(head, tuple(rest))


@cache
def _vocabulary() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Dictionary word forms by grammatical form (part of speech, case, number, gender):
    some 300 forms under each three-letter beginning of a word in the items."""
    return _vocabulary_without(_frozen_words()["cue_forms"])


def _vocabulary_without(cue_forms: frozenset[str]) -> dict[tuple[str, ...], tuple[str, ...]]:
    forms: dict[tuple[str, ...], list[str]] = {}
    for word, tag, lemma in _dictionary_words():
        key = _key(tag)
        if key is None or len(word) < 4 or f"{word} {lemma}" in cue_forms or not word.isalpha():
            continue
        if {"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr", "Trad"} & set(tag.grammemes):  # type: ignore[attr-defined]
            continue
        forms.setdefault(key, []).append(word)
    return {key: tuple(words) for key, words in forms.items()}


def _dictionary_words() -> Iterator[tuple[str, object, str]]:
    """(form, tag, lemma) of the first 300 dictionary words under each three-letter
    beginning of a word in the items."""
    from news.morph import analyzer

    dictionary = analyzer().dictionary
    beginnings = sorted(
        {
            word.lower()[:3]
            for item in items()
            for paragraph in (item.title, *item.paragraphs)
            for word in _WORD.findall(paragraph)
            if re.fullmatch(r"[а-яё]{4,}", word.lower())
        }
    )
    for beginning in beginnings:
        for taken, (word, tag, lemma, _, _) in enumerate(dictionary.iter_known_words(beginning)):
            if taken >= 300:
                break
            yield word, tag, lemma


def _key(tag: object) -> tuple[str, ...] | None:
    pos = getattr(tag, "POS", None)
    if pos not in {"NOUN", "ADJF"}:
        return None
    return (pos, str(tag.case), str(tag.number), str(tag.gender))  # type: ignore[attr-defined]


@cache
def _frozen_words() -> dict[str, frozenset[str]]:
    """The word forms the corpus never touches, frozen in WORDS (`python -m benchmarks.corpus
    freeze` writes them). Asked of the extractor's lexicon each time, they made every lexicon
    edit change the corpus itself, and the golden check could not tell a reading changed by
    the edit from an article changed by it."""
    lists = json.loads(WORDS.read_text("utf-8"))
    return {name: frozenset(words) for name, words in lists.items()}


def freeze_words() -> None:
    """Write WORDS from the extractor's lexicon as it is now: the dictionary forms with a cue
    ("form lemma": never a replacement), and the forms, among the items' words in every
    partner's wording and the replacements, that carry a cue or a lemma the extractor reads
    as a signal (never replaced). Run it only to change the corpus on purpose."""
    from news.lexicon import cues_of
    from news.morph import analyzer

    cue_forms = frozenset(
        f"{word} {lemma}"
        for word, tag, lemma in _dictionary_words()
        if _key(tag) is not None and len(word) >= 4 and word.isalpha() and cues_of(word, lemma)
    )
    texts = [part for item in items() for part in (item.title, *item.paragraphs)]
    (stem, adjective, english), *others = PARTNERS
    texts += [
        text.replace(stem, other[0]).replace(adjective, other[1]).replace(english, other[2])
        for other in others
        for text in texts
    ]
    words = {word for text in texts for word in _WORD.findall(text)}
    words |= {word for forms in _vocabulary_without(cue_forms).values() for word in forms}
    protected, kept = _protected(), []
    for word in sorted(words):
        if not word.islower() or not word.isalpha():
            continue
        parse = analyzer().parse(word)[0]
        if _key(parse.tag) is None:
            continue
        if parse.normal_form in protected or cues_of(word, parse.normal_form):
            kept.append(word)
    lists = {"cue_forms": sorted(cue_forms), "kept_forms": kept}
    WORDS.write_text(json.dumps(lists, ensure_ascii=False, indent=0) + "\n", "utf-8")
    _frozen_words.cache_clear()
    _vocabulary.cache_clear()


@cache
def _protected() -> frozenset[str]:
    """Lemmas the extractor reads as signals (project heads, places): never replaced."""
    from news.gazetteer import PLACES
    from news.project_mentions import FACILITY_HEADS, GENERIC_HEADS

    months = ("январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь "
              "декабрь месяц год квартал полугодие").split()  # fmt: skip
    return frozenset(GENERIC_HEADS | FACILITY_HEADS | set(PLACES) | set(months))


def _reword(text: str, rng: random.Random, share: float) -> str:
    """Some plain nouns and adjectives replaced by dictionary words of the same form."""
    from news.morph import analyzer

    vocabulary, kept = _vocabulary(), _frozen_words()["kept_forms"]

    def replace(match: re.Match[str]) -> str:
        word = match.group()
        if rng.random() >= share or not word.islower() or not word.isalpha():
            return word
        if word in kept:
            return word
        key = _key(analyzer().parse(word)[0].tag)
        if key is None:
            return word
        choices = vocabulary.get(key)
        return rng.choice(choices) if choices else word

    return _WORD.sub(replace, text)


class _Event:
    """What every telling of one event shares: its item, figures, years and partner."""

    def __init__(self, number: int, seed: int) -> None:
        self.rng = random.Random(seed * 1_000_003 + number)
        rng = self.rng
        every = items()
        self.item = every[rng.randrange(len(every))]
        self.partner = rng.choice(PARTNERS) if rng.random() < 0.5 else PARTNERS[0]
        self.year_shift = rng.randint(-6, 1)
        self.seed = f"{seed}:{number}"
        self.others = [every[rng.randrange(len(every))] for _ in range(8)]
        self.length = min(6000, max(400, MEDIAN_CHARS * exp(rng.gauss(0, 0.45))))

    def _localise(self, text: str, digits: random.Random) -> str:
        stem, adjective, english = self.partner
        if stem != PARTNERS[0][0]:
            text = text.replace(PARTNERS[0][0], stem).replace(PARTNERS[0][1], adjective)
            text = text.replace(PARTNERS[0][2], english)

        def number(match: re.Match[str]) -> str:
            value = match.group()
            if len(value) == 4 and value[:2] in {"19", "20"}:
                return str(min(2025, int(value) + self.year_shift))
            if len(value) <= 2 and int(value) <= 31:  # a day of the month, a count
                return str(digits.randint(1, 28))
            return str(digits.randint(1, 9)) + "".join(str(digits.randint(0, 9)) for _ in value[1:])

        return _NUMBER.sub(number, text)

    def _worded(self, text: str, part: str) -> str:
        """A part of the event in the event's own words: the same in every telling."""
        return _reword(text, random.Random(f"{self.seed}:{part}"), EVENT_WORDING)

    def telling(self, index: int) -> tuple[str, str]:
        """(title, text) of the index-th outlet's telling: the first tells it in full, the
        others in slightly other words, with other padding."""
        rng = random.Random(f"{self.seed}:{index}")
        padding = list(enumerate(self.others))
        if index:
            rng.shuffle(padding)
        paragraphs = [self._worded(p, f"item:{n}") for n, p in enumerate(self.item.paragraphs)]
        for number, other in padding:
            if sum(map(len, paragraphs)) >= self.length:
                break
            for n, paragraph in enumerate(other.paragraphs[: rng.randint(1, 3)]):
                paragraphs.append(self._worded(paragraph, f"padding:{number}:{n}"))
        body = "\n\n".join(paragraphs)
        # The same figures in every telling: digits drawn again from the event's own seed.
        title = self._localise(
            self._worded(self.item.title, "title"), random.Random(f"{self.seed}:title")
        )
        body = self._localise(body, random.Random(f"{self.seed}:body"))
        if index:
            title = _reword(title, rng, OUTLET_WORDING)
            body = _reword(body, rng, OUTLET_WORDING)
        return title, body


def corpus(
    size: int, *, seed: int = 1, per_day: float = 300.0, start: datetime = START
) -> list[Article]:
    """`size` articles, oldest first, about `per_day` a day from `start`: distinct events and
    retellings."""
    return list(_articles(size, seed, per_day, start))


def _articles(size: int, seed: int, per_day: float, start: datetime) -> Iterator[Article]:
    rng = random.Random(seed)
    found: list[Article] = []
    moment = start
    number = 0
    mean_tellings = sum(count * share for count, share in TELLINGS)
    while len(found) < size:
        event = _Event(number, seed)
        tellings = rng.choices([c for c, _ in TELLINGS], [s for _, s in TELLINGS])[0]
        outlets = rng.sample(OUTLETS, tellings)
        for index in range(tellings):
            title, text = event.telling(index)
            late = timedelta(seconds=round(rng.uniform(1800, 30 * 3600))) if index else timedelta()
            when = moment + late
            found.append(Article(title, text, when, outlets[index], number))
        moment += timedelta(seconds=round(86400 * rng.expovariate(per_day / mean_tellings)))
        number += 1
    found = found[:size]
    found.sort(key=lambda article: article.published)
    yield from found


def rss_documents(
    articles: list[Article], per_feed: int = 100, *, site: str = "https://bench.example.org/"
) -> list[bytes]:
    """The articles as RSS feeds of `per_feed` items, bodies as HTML paragraphs, linked to
    `site` and their number (two sets of articles on one site would share URLs)."""
    documents = []
    for offset in range(0, len(articles), per_feed):
        entries = []
        for number, article in enumerate(articles[offset : offset + per_feed], start=offset):
            body = "".join(f"<p>{escape(p)}</p>" for p in article.text.split("\n\n"))
            entries.append(
                f"<item><title>{escape(article.title)}</title>"
                f"<link>{site}{number}</link>"
                f'<source url="{site}">{escape(article.outlet)}</source>'
                f"<pubDate>{format_datetime(article.published)}</pubDate>"
                f"<description>{escape(body)}</description></item>"
            )
        documents.append(
            (
                '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
                f"<title>Bench</title>{''.join(entries)}</channel></rss>"
            ).encode()
        )
    return documents


if __name__ == "__main__":  # python -m benchmarks.corpus freeze
    import sys

    if sys.argv[1:] != ["freeze"]:
        sys.exit("usage: python -m benchmarks.corpus freeze")
    freeze_words()
