"""What a project is called, who builds it and where: its noun phrase, companies and places.

"совместного производства пожарной техники" is rendered in the nominative ("совместное
производство пожарной техники"), companies are names after a legal form ("ОАО «Амкодор»")
or known makers (МТЗ, БелАЗ), places are cities and the countries where it stands ("в
Казахстане", "регионов Казахстана", "у вас" said to the other side).
"""

from __future__ import annotations

import re

from news.gazetteer import BY_CODE, PLACES, country_of_lemma, known_company
from news.morph import Word, inflect

_QUOTED = re.compile(r"[«\"“]([^«»\"“”]{2,60})[»\"”]")
_LEGAL_FORMS = frozenset(
    "оао зао ооо ао тоо пао сп иооо чуп уп осоо компания холдинг корпорация предприятие завод "
    "фирма концерн company".split()
)
_NOT_PLACE_OWNERS = frozenset(
    "премьер-министр президент председатель министр вице-премьер глава посол спикер аким "
    "губернатор заместитель вице-президент руководитель директор премьер правительство "
    "сторона ведомство".split()
)
_VENUE_PREPOSITIONS = frozenset({"в", "во", "in"})


def noun_phrase(words: list[Word], index: int) -> list[Word]:
    """The head noun with its adjectives before and its genitive complements after."""
    start = index
    while start > 0 and words[start - 1].pos in {"ADJF", "PRTF"}:
        start -= 1
    end = index + 1
    while end < len(words):
        word = words[end]
        ambiguous_feminine = word.pos == "ADJF" and word.text.endswith(("ой", "ей"))
        if word.pos in {"NOUN", "ADJF", "PRTF"} and (word.case == "gent" or ambiguous_feminine):
            end += 1
        elif word.lemma in {"и", "для"} and end + 1 < len(words):
            end += 1
        elif word.pos is None and word.is_capitalized and end > index + 1:
            end += 1
        else:
            break
    while end > index + 1 and words[end - 1].lemma in {"и", "для"}:
        end -= 1
    return words[start:end]


def render_subject(subject: list[Word], text: str, head: int, *, plural: bool) -> str:
    """'совместного производства пожарной техники' → 'совместное производство пожарной техники'.

    The head and its adjectives go to the nominative, agreeing in number and gender; words
    pymorphy3 does not know (English, Belarusian) stay as written."""
    if not subject:
        return ""
    head_word = subject[head]
    if head_word.pos is None:
        return text[subject[0].start : subject[-1].end]
    plural = (
        plural
        or "plur" in head_word.tags
        or any("plur" in w.tags for w in subject[:head] if w.pos in {"ADJF", "PRTF"})
    )
    gender = next((g for g in ("masc", "femn", "neut") if g in head_word.tags), None)
    parts: list[str] = []
    for i, word in enumerate(subject):
        if i:  # keep the text's own separators: "пожарной, спасательной техники"
            parts.append(text[subject[i - 1].end : word.start])
        if i < head and word.pos in {"ADJF", "PRTF"}:
            agreement = ("plur",) if plural else ((gender,) if gender else ())
            parts.append(inflect(word.text, "nomn", *agreement))
        elif i == head:
            parts.append(inflect(word.text, "nomn", "plur" if plural else "sing"))
        else:
            parts.append(word.text)
    rendered = "".join(parts)
    first = subject[0].text
    return rendered if first.isupper() or "-" in first else rendered[:1].lower() + rendered[1:]


def companies_in(words: list[Word], text: str, *, quoted_only: bool = False) -> list[str]:
    """Names after a legal form ('ОАО «Амкодор»') and known makers ('МТЗ', 'БелАЗы')."""
    found: list[str] = []
    if not words:
        return found
    span_start, span_end = words[0].start, words[-1].end
    for match in _QUOTED.finditer(text):
        if not span_start <= match.start() <= span_end:
            continue
        before = [w for w in words if w.end <= match.start()][-2:]
        name = match.group(1).strip()
        if any(w.lemma in _LEGAL_FORMS or w.form in _LEGAL_FORMS for w in before):
            found.append(name)
    for word in [] if quoted_only else words:
        company = known_company(word.text)
        if company and company not in found:
            found.append(company)
    return found


def places_in(words: list[Word], pair: tuple[str, str], speaker: str | None) -> list[str]:
    """Where the project stands: cities, and countries as venues or owners of a region."""
    places: list[str] = []
    for index, word in enumerate(words):
        code = country_of_lemma(word.lemma)
        if word.lemma in PLACES and word.pos != "ADJF" and word.is_capitalized and code is None:
            places.append(PLACES[word.lemma])  # a city other than a capital
            continue
        if code is not None and (word.text.isupper() or "Abbr" in word.tags):
            continue  # "Ведомства РК и РБ": the parties, not where things are built
        if code is None or word.pos != "NOUN" or word.lemma in PLACES:
            if code is not None and word.lemma in PLACES and is_venue(words, index):
                places.append(PLACES[word.lemma])
            continue
        if is_venue(words, index):
            places.append(BY_CODE[code].name_ru)
        elif (
            word.case == "gent"
            and index
            and words[index - 1].pos == "NOUN"
            and words[index - 1].lemma not in _NOT_PLACE_OWNERS
        ):
            # "регионов Казахстана", "Карты индустриализации Казахстана"
            places.append(BY_CODE[code].name_ru)
    phrase = " ".join(w.form for w in words)
    if speaker and ("у вас" in phrase or "вашей стране" in phrase):
        other = pair[1] if pair[0] == speaker else pair[0]
        places.append(BY_CODE[other].name_ru)
    if speaker and ("нашей стране" in phrase or "у нас" in phrase):
        places.append(BY_CODE[speaker].name_ru)
    return list(dict.fromkeys(places))


def is_venue(words: list[Word], index: int) -> bool:
    """'в Казахстане': where something stands, not who takes part."""
    word = words[index]
    if index == 0 or words[index - 1].form not in _VENUE_PREPOSITIONS:
        return False
    return (word.pos == "NOUN" and word.case in {"loct", "loc2", "datv"}) or word.pos is None
