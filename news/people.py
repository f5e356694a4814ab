"""People named in an article, with their role and country, in the nominative.

"Премьер-министр Беларуси Роман Головченко", "Адылбек Касымалиев, председатель Кабинета
министров Кыргызстана", "С.Ахметов": a given name and a surname (or a known official's
surname alone, or an initial), with the title before or after the name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from news.facts import PersonFact
from news.gazetteer import OFFICIALS, PLACES, Official, country_of_lemma
from news.morph import Word, given_name, inflect
from news.reading import Reading

_ROLE_WORDS = frozenset(
    "премьер-министр президент председатель министр вице-премьер глава посол спикер аким "
    "губернатор заместитель вице-президент руководитель директор премьер".split()
)
_SURNAME = re.compile(
    r"(ов|ев|ёв|ин|ын|енко|ко|ич|ский|цкий|ян|дзе|швили|ова|ева|ина|ая|ук|юк|ли|ев)$"
)
_SURNAME_CASE_ENDINGS = {
    "gent": (("ова", "ов"), ("ева", "ев"), ("ина", "ин"), ("ича", "ич"), ("ского", "ский")),
    "datv": (("ову", "ов"), ("еву", "ев"), ("ину", "ин"), ("ичу", "ич"), ("скому", "ский")),
    "accs": (("ова", "ов"), ("ева", "ев"), ("ина", "ин"), ("ича", "ич"), ("ского", "ский")),
    "ablt": (("овым", "ов"), ("евым", "ев"), ("иным", "ин"), ("ичем", "ич"), ("ским", "ский")),
    "loct": (("ове", "ов"), ("еве", "ев"), ("ине", "ин"), ("иче", "ич"), ("ском", "ский")),
}
_INITIAL_SURNAME = re.compile(r"\b([А-ЯЁ])\.\s?([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)")


def read_people(sentences: list[Reading]) -> list[PersonFact]:
    """Everyone named, once each, completed with the role and country any mention gives."""
    found: dict[str, PersonFact] = {}
    for sentence in sentences:
        for name, start, end in _names(sentence):
            role, country = _role(sentence, start, end)
            official = OFFICIALS.get(name.split()[-1].lower())
            if official and (name == official.name or len(name.split()[0]) <= 2):
                name = official.name
            elif len(name.split()[0]) <= 2:  # an initial: look for the full name
                surname = name.split()[-1]
                full = next((n for n in found if n.split()[-1] == surname), None)
                name = full or name
            if official and official.name == name:
                country = country or official.country
                role = role or official.role
            known = found.get(name)
            if known is None:
                found[name] = PersonFact(name, role, country)
            elif known.role is None or known.country is None:
                found[name] = PersonFact(name, known.role or role, known.country or country)
    return list(found.values())


def _names(sentence: Reading) -> list[tuple[str, int, int]]:
    """(full name in the nominative, start, end) of each person named in the sentence."""
    names: list[tuple[str, int, int]] = []
    tokens = sentence.words
    capitals = [index for index, word in enumerate(tokens) if word.is_capitalized]
    for index in capitals:
        if index + 1 >= len(tokens):
            break
        first, second = tokens[index], tokens[index + 1]
        if not second.is_capitalized or first.text.isupper():
            continue
        if sentence.text[first.end : second.start].strip():
            continue  # "Беларусь, Казахстан": not one name
        if country_of_lemma(first.lemma) or country_of_lemma(second.lemma):
            continue
        if first.lemma in PLACES or second.lemma in PLACES or second.text.isupper():
            continue
        first_name = given_name(first.text)
        is_name = first_name is not None
        # `second` is capitalised: `_official` without its test (and its call).
        is_surname = (
            "Surn" in second.tags or _official_by_form(second.text, second.lemma) is not None
        )
        looks_like_surname = bool(_SURNAME.search(_surname_nominative(second, first)))
        if not (is_name and (is_surname or looks_like_surname)) and not (
            is_surname and first.pos == "NOUN" and "Geox" not in first.tags
        ):
            continue
        given = first_name or first.text
        names.append((f"{given} {_surname_nominative(second, first)}", first.start, second.end))
    for match in _INITIAL_SURNAME.finditer(sentence.text):
        surname_word = next((w for w in tokens if w.start == match.start(2)), None)
        surname = _surname_nominative(surname_word, None) if surname_word else match.group(2)
        names.append((f"{match.group(1)}. {surname}", match.start(), match.end()))
    for word in (tokens[index] for index in capitals):
        official = _official_by_form(word.text, word.lemma)  # `_official` of a capital
        if official and not any(start <= word.start < end for _, start, end in names):
            names.append((official.name, word.start, word.end))
    return names


def _official(word: Word) -> Official | None:
    """A known official named by surname in any case ('Кошановым' → Ерлан Кошанов)."""
    if not word.is_capitalized:
        return None
    return _official_by_form(word.text, word.lemma)


@lru_cache(maxsize=20_000)
def _official_by_form(text: str, lemma: str) -> Official | None:
    candidates = {lemma, text.lower()}
    for endings in _SURNAME_CASE_ENDINGS.values():
        for ending, nominative in endings:
            if text.endswith(ending):
                candidates.add((text[: -len(ending)] + nominative).lower())
    return next((OFFICIALS[c] for c in candidates if c in OFFICIALS), None)


def _surname_nominative(surname: Word, given: Word | None) -> str:
    text = surname.text
    if "Surn" in surname.tags and surname.case == "nomn":
        return text
    case = given.case if given is not None and given_name(given.text) else surname.case
    if case == "nomn":
        return text
    for ending, nominative in _SURNAME_CASE_ENDINGS.get(case or "", ()):
        if text.endswith(ending):
            return text[: -len(ending)] + nominative
    if "Surn" in surname.tags:
        return surname.lemma.capitalize()
    return text


def _role(sentence: Reading, start: int, end: int) -> tuple[str | None, str | None]:
    """The title before a name ('Премьер-министр Беларуси Роман Головченко') or after it
    ('Адылбек Касымалиев, председатель Кабинета министров Кыргызстана')."""
    before = [w for w in sentence.words if w.end <= start][-6:]
    after_text = sentence.text[end:]
    after: list[Word] = []
    if after_text.lstrip().startswith(","):
        offset = end + after_text.index(",") + 1
        after = [w for w in sentence.words if w.start >= offset][:6]
        cut = re.search(r"[,:;.(]|—", sentence.text[offset:])
        if cut:
            after = [w for w in after if w.start < offset + cut.start()]
    for span in (before, after):
        role_at = next((i for i, w in enumerate(span) if w.lemma in _ROLE_WORDS), None)
        if role_at is None:
            continue
        phrase = span[role_at:]
        country = None
        role_words: list[str] = []
        for i, word in enumerate(phrase):
            code = country_of_lemma(word.lemma)
            if code is not None:
                country = country or code
                continue
            if "Name" in word.tags or "Surn" in word.tags:
                break
            role_words.append(inflect(word.text, "nomn") if i == 0 else word.text)
        if role_words:
            return " ".join(role_words), country
    return None, None
