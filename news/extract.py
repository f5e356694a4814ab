"""Facts a careful reader takes from a cooperation article: countries, turnover, projects, people.

Pure and deterministic: text in, frozen dataclasses out. Russian first (through pymorphy3
lemmas, so every inflection counts), English for the figures.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from itertools import combinations, pairwise
from typing import Any

from news.figures import Money, Period, find_change, find_money, find_period
from news.gazetteer import (
    BY_CODE,
    OFFICIALS,
    PLACES,
    Official,
    countries_of_compound,
    country_of_lemma,
    known_company,
)
from news.morph import Word, given_name, inflect, words

SCHEMA = "coopnews-facts/1"
EXTRACTOR_VERSION = 1

# Belarus–Kazakhstan first; every tracked country with both of them.
DEFAULT_PAIRS: tuple[tuple[str, str], ...] = (
    ("BY", "KZ"),
    *((("BY", code)) for code in ("KG", "UZ", "RU", "AM", "TJ", "AZ")),
    *((("KZ", code)) for code in ("KG", "UZ", "RU", "AM", "TJ", "AZ")),
)

_ECONOMY = frozenset(
    "товарооборот торговля торговый экономический экономика сотрудничество кооперация "
    "промышленный промышленность проект производство инвестиция инвестиционный экспорт импорт "
    "поставка поставлять предприятие завод бизнес рынок товар техника агропромышленный "
    "логистика транзит trade economic economy cooperation investment export import project "
    "industry industrial business plant factory supply".split()
)
_TURNOVER_WORDS = frozenset({"товарооборот", "товарообмен", "наторговать", "turnover"})
_TURNOVER_PAIRS = frozenset(
    {
        ("взаимный", "торговля"),
        ("объём", "торговля"),
        ("объем", "торговля"),
        ("торговый", "оборот"),
        ("внешнеторговый", "оборот"),
        ("bilateral", "trade"),
        ("mutual", "trade"),
        ("trade", "between"),
        ("trade", "volume"),
    }
)
_OVER = frozenset(
    "превысить превышать превышение более свыше больше перешагнуть перевалить выше "
    "exceed exceeded exceeds over more above surpassed topped".split()
)
_ABOUT = frozenset(
    "около порядка примерно приблизительно about around approximately roughly some".split()
)
_UNDER = frozenset("почти менее меньше нет almost nearly less under below".split())
_TARGET_VERBS = frozenset(
    "довести нарастить увеличить поднять вывести выйти удвоить утроить reach bring boost".split()
)
_TARGET_NOUNS = frozenset("цель задача ориентир target goal aim".split())
_FORECAST_WORDS = frozenset(
    "прогноз прогнозироваться прогнозировать ожидаться ожидать ожидаемый "
    "forecast expected expect projected will".split()
)

_PROJECT_HEADS = frozenset(
    "проект производство выпуск сборка предприятие парк завод фабрика комбинат кластер цех "
    "хозяйство технопарк project plant factory venture".split()
)
_NEEDS_JOINT = frozenset({"предприятие"})
_FARM_ADJECTIVES = frozenset("опытный пилотный фермерский совместный тепличный".split())
_NOT_A_PROJECT_BEFORE = frozenset("объём объем номенклатура уровень рост спад".split())
_PROPOSED = frozenset(
    "предложить предлагать предложение готовый готовность прорабатывать проработать "
    "рассмотреть рассматривать перспектива мочь propose proposed ready consider".split()
)
_PLANNED = frozenset(
    "планировать планироваться план намереваться намеренный договориться подписать подписание "
    "соглашение меморандум намечать намечаться предусматривать plan planned agree agreed".split()
)
_UNDERWAY = frozenset(
    "действовать реализовываться строиться вестись участвовать функционировать "
    "underway operating".split()
)
_DONE = frozenset(
    "реализовать запустить открыть построить ввести создать завершить completed "
    "launched opened built".split()
)
_ROLE_WORDS = frozenset(
    "премьер-министр президент председатель министр вице-премьер глава посол спикер аким "
    "губернатор заместитель вице-президент руководитель директор премьер".split()
)
_NOT_PLACE_OWNERS = _ROLE_WORDS | {"правительство", "сторона", "ведомство"}
_LEGAL_FORMS = frozenset(
    "оао зао ооо ао тоо пао сп иооо чуп уп компания холдинг корпорация предприятие завод "
    "фирма концерн".split()
)
_NUMBER_WORDS = {
    "два": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8,
    "девять": 9, "десять": 10, "оба": 2, "двое": 2, "трое": 3,
}  # fmt: skip
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"»”)]*\s+(?=[«\"“(—–\-]?\s*[A-ZА-ЯЁ0-9])")
_ABBREVIATIONS = re.compile(r"(?:\b[А-ЯЁA-Z]|\bг|\bгг|\bул|\bим|\bт|\bд|\bмлн|\bмлрд|\bтыс)\.$")
_CLAUSE_BREAK = re.compile(r",\s+(?:а также|а|но|тогда как)\s+|;\s+")
_QUOTED = re.compile(r"[«\"“]([^«»\"“”]{2,60})[»\"”]")
_JOBS = re.compile(
    r"(?P<n>\d{1,3}(?:[ \u00a0]\d{3})+|\d+)\s+(?:нов\w+\s+|дополнительн\w+\s+)?(?:рабоч\w+\s+мест|"
    r"(?:new\s+)?jobs)",
    re.IGNORECASE,
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


@dataclass(frozen=True, slots=True)
class TurnoverFact:
    countries: tuple[str, ...]
    amount: float | None
    currency: str | None
    approx: str
    period: Period | None
    change_pct: float | None
    kind: str
    quote: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "countries": list(self.countries),
            "amount": _number(self.amount),
            "currency": self.currency,
            "approx": self.approx,
            "period": self.period.as_dict() if self.period else None,
            "change_pct": self.change_pct,
            "kind": self.kind,
            "quote": self.quote,
        }


@dataclass(frozen=True, slots=True)
class ProjectFact:
    countries: tuple[str, ...]
    status: str
    count: int | None
    value: float | None
    currency: str | None
    jobs: int | None
    companies: tuple[str, ...]
    places: tuple[str, ...]
    subject: str
    quote: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "countries": list(self.countries),
            "status": self.status,
            "count": self.count,
            "value": _number(self.value),
            "currency": self.currency,
            "jobs": self.jobs,
            "companies": list(self.companies),
            "places": list(self.places),
            "subject": self.subject,
            "quote": self.quote,
        }


@dataclass(frozen=True, slots=True)
class PersonFact:
    name: str
    role: str | None
    country: str | None

    def as_dict(self) -> dict[str, Any]:
        return {"name": self.name, "role": self.role, "country": self.country}


@dataclass(frozen=True, slots=True)
class ArticleFacts:
    relevant: bool
    countries: tuple[str, ...]
    turnover: tuple[TurnoverFact, ...] = ()
    projects: tuple[ProjectFact, ...] = ()
    people: tuple[PersonFact, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {
            "relevant": self.relevant,
            "countries": list(self.countries),
            "turnover": [fact.as_dict() for fact in self.turnover],
            "projects": [fact.as_dict() for fact in self.projects],
            "people": [person.as_dict() for person in self.people],
        }


def _number(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


@dataclass(slots=True)
class _Sentence:
    text: str
    words: list[Word]
    weight: float
    mentions: list[tuple[str, bool]] = field(default_factory=list)  # (country, is_venue)

    @property
    def participants(self) -> list[str]:
        return list(dict.fromkeys(code for code, venue in self.mentions if not venue))


def split_sentences(text: str) -> list[str]:
    """Sentences, keeping 'г.', initials ('С.Ахметов') and 'млрд.' inside theirs."""
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


def extract(
    text: str,
    *,
    title: str = "",
    published: date | None = None,
    pairs: tuple[tuple[str, str], ...] = DEFAULT_PAIRS,
) -> ArticleFacts:
    """Everything the article states about cooperation between tracked countries."""
    sentences = [_analyse(title, weight=2.0)] if title.strip() else []
    sentences += [_analyse(sentence, weight=1.0) for sentence in split_sentences(text)]
    if not sentences:
        return ArticleFacts(relevant=False, countries=())
    pair = _main_pair(sentences, pairs)
    if pair is None:
        return ArticleFacts(relevant=False, countries=())
    economy = {w.lemma for s in sentences for w in s.words if w.lemma in _ECONOMY}
    people = _people(sentences)
    turnover = _turnover(sentences, pair, pairs, published)
    projects = _projects(sentences, pair, people)
    # Two economy words, or a figure or a project between the pair: about cooperation.
    relevant = len(economy) >= 2 or bool(turnover) or bool(projects)
    return ArticleFacts(
        relevant=relevant,
        countries=tuple(sorted(pair)),
        turnover=tuple(turnover),
        projects=tuple(projects),
        people=tuple(people),
    )


# --- countries -------------------------------------------------------------------------


def _analyse(text: str, *, weight: float) -> _Sentence:
    sentence = _Sentence(text.strip(), words(text), weight)
    for index, word in enumerate(sentence.words):
        codes = countries_of_compound(word.lemma)
        if not codes:
            code = country_of_lemma(word.lemma)
            codes = [code] if code else []
        for code in codes:
            sentence.mentions.append((code, _is_venue(sentence.words, index)))
    return sentence


def _is_venue(sentence: list[Word], index: int) -> bool:
    """'проходит в Казахстане': where something happens, not who cooperates."""
    word = sentence[index]
    if index == 0 or sentence[index - 1].text.lower() not in {"в", "во", "in"}:
        return False
    return (word.pos == "NOUN" and word.case in {"loct", "loc2"}) or word.pos is None


def _main_pair(
    sentences: list[_Sentence], pairs: tuple[tuple[str, str], ...]
) -> tuple[str, str] | None:
    tracked = {frozenset(pair): pair for pair in pairs}
    together: Counter[frozenset[str]] = Counter()
    alone: Counter[str] = Counter()
    for sentence in sentences:
        present = sentence.participants
        for code in present:
            alone[code] += sentence.weight
        for first, second in combinations(sorted(present), 2):
            together[frozenset((first, second))] += sentence.weight
        for code, venue in sentence.mentions:
            if venue:
                alone[code] += 0.25 * sentence.weight
    ranked = sorted(
        (key for key in together if key in tracked),
        key=lambda key: (together[key], sum(alone[code] for code in key)),
        reverse=True,
    )
    if ranked:
        return tracked[ranked[0]]
    top = [code for code, _ in alone.most_common(2)]
    if len(top) == 2 and frozenset(top) in tracked:
        return tracked[frozenset(top)]
    return None


def _sentence_countries(
    sentence: _Sentence, pair: tuple[str, str], pairs: tuple[tuple[str, str], ...]
) -> tuple[str, ...]:
    present = sentence.participants
    if len(present) >= 2:
        candidates = [p for p in pairs if p[0] in present and p[1] in present]
        if pair in candidates or not candidates:
            return tuple(sorted(pair)) if pair in candidates else tuple(sorted(present[:2]))
        return tuple(sorted(candidates[0]))
    return tuple(sorted(pair))


# --- turnover --------------------------------------------------------------------------


def _mentions_turnover(sentence: _Sentence) -> bool:
    lemmas = [w.lemma for w in sentence.words]
    if _TURNOVER_WORDS.intersection(lemmas):
        return True
    return any(pair in _TURNOVER_PAIRS for pair in pairwise(lemmas))


def _turnover(
    sentences: list[_Sentence],
    pair: tuple[str, str],
    pairs: tuple[tuple[str, str], ...],
    published: date | None,
) -> list[TurnoverFact]:
    facts: list[TurnoverFact] = []
    for sentence in sentences:
        if not _mentions_turnover(sentence):
            continue
        money = [m for m in find_money(sentence.text) if not _is_project_value(sentence, m)]
        if not money:
            continue
        period = find_period(sentence.text, published)
        change = find_change(sentence.text)
        countries = _sentence_countries(sentence, pair, pairs)
        for amount in money:
            before = _words_before(sentence, amount.start, 5)
            facts.append(
                TurnoverFact(
                    countries=countries,
                    amount=amount.amount,
                    currency=amount.currency,
                    approx=_approximation(before),
                    period=period,
                    change_pct=change,
                    kind=_kind(sentence, amount),
                    quote=sentence.text,
                )
            )
    return _merge_turnover(facts)


def _is_project_value(sentence: _Sentence, money: Money) -> bool:
    before = " ".join(w.lemma for w in _words_before(sentence, money.start, 3))
    return "сумма" in before or "стоимость" in before or "worth" in before


def _words_before(sentence: _Sentence, position: int, count: int) -> list[Word]:
    preceding = [w for w in sentence.words if w.end <= position]
    return preceding[-count:]


def _approximation(before: list[Word]) -> str:
    # Adverbs such as "порядка" lemmatise to other nouns ("порядок"): check the form too.
    for word in reversed(before):
        forms = {word.lemma, word.text.lower()}
        if forms & _OVER:
            return "over"
        if forms & _ABOUT:
            return "about"
        if forms & _UNDER:
            return "under"
    return "exact"


def _kind(sentence: _Sentence, money: Money) -> str:
    before = [w for w in sentence.words if w.end <= money.start]
    lemmas = {w.lemma for w in sentence.words}
    for word in reversed(before[-8:]):
        if word.pos == "INFN" and word.lemma in _TARGET_VERBS:
            return "target"
    if lemmas & _TARGET_NOUNS:
        return "target"
    if lemmas & _FORECAST_WORDS:
        return "forecast"
    verbs = [w for w in before[-8:] if w.pos == "VERB"]
    if verbs and verbs[-1].tense == "futr":
        return "forecast"
    return "actual"


def _merge_turnover(facts: list[TurnoverFact]) -> list[TurnoverFact]:
    """A figure repeated (a summary, a caption, the title) is one fact: keep the first,
    completed with what the repeats add."""
    merged: dict[tuple[Any, ...], TurnoverFact] = {}
    for fact in facts:
        key = (fact.countries, fact.amount, fact.currency, fact.kind)
        known = merged.get(key)
        if known is None:
            merged[key] = fact
        elif known.period is None or fact.period == known.period:
            merged[key] = replace(
                known,
                period=known.period or fact.period,
                change_pct=known.change_pct if known.change_pct is not None else fact.change_pct,
            )
        else:
            merged[(*key, fact.period)] = fact
    return list(merged.values())


# --- projects --------------------------------------------------------------------------


@dataclass(slots=True)
class _Project:
    status: str
    head: str
    count: int | None
    value: Money | None
    jobs: int | None
    companies: list[str]
    places: list[str]
    subject: str
    quote: str
    key: tuple[Any, ...]


def _projects(
    sentences: list[_Sentence], pair: tuple[str, str], people: list[PersonFact]
) -> list[ProjectFact]:
    found: list[_Project] = []
    speaker_country = next((p.country for p in people if p.country in pair), None)
    previous: _Project | None = None
    for sentence in sentences:
        status: str | None = None
        made_here: list[_Project] = []
        for clause in _clauses(sentence):
            status = _status(clause) or status
            project = _project_in(clause, status, sentence.text, pair, speaker_country)
            if project is not None:
                made_here.append(project)
        if made_here:
            found.extend(made_here)
            previous = made_here[-1]
        elif previous is not None:
            # "Партнёром готов выступить ... компания «ПОЖСНАБ»": a company named in the
            # sentence after a project belongs to that project.
            companies = _companies(sentence.words, sentence.text, quoted_only=True)
            if companies and not previous.companies:
                previous.companies.extend(companies)
            previous = None
    return _merge_projects(found, pair)


def _clauses(sentence: _Sentence) -> list[list[Word]]:
    clauses: list[list[Word]] = []
    start = 0
    for match in _CLAUSE_BREAK.finditer(sentence.text):
        clauses.append([w for w in sentence.words if start <= w.start < match.start()])
        start = match.end()
    clauses.append([w for w in sentence.words if w.start >= start])
    return [clause for clause in clauses if clause]


def _status(clause: list[Word]) -> str | None:
    lemmas = [w.lemma for w in clause]
    text = " ".join(lemmas)
    if "стадия реализация" in text or "в стадия" in text:
        return "underway"
    # "В перспективе – создание ..." proposes; "перспективы сотрудничества" is talk.
    if "в перспектива" in text or any(
        lemma in _PROPOSED and lemma != "перспектива" for lemma in lemmas
    ):
        return "proposed"
    if any(lemma in _PLANNED for lemma in lemmas):
        return "planned"
    if any(w.lemma in _UNDERWAY and w.pos in {"VERB", "INFN", "NOUN", None} for w in clause):
        return "underway"
    if any(
        w.lemma in _DONE and (w.pos in {"PRTS", "PRTF"} or w.tense == "past" or w.pos is None)
        for w in clause
    ):
        return "done"
    if any(w.pos == "VERB" and w.tense == "futr" for w in clause):
        return "planned"
    return None


def _project_in(
    clause: list[Word],
    status: str | None,
    sentence_text: str,
    pair: tuple[str, str],
    speaker_country: str | None,
) -> _Project | None:
    if status is None:
        return None
    for index, word in enumerate(clause):
        if word.lemma not in _PROJECT_HEADS:
            continue
        before = clause[max(0, index - 3) : index]
        before_lemmas = {w.lemma for w in before}
        if word.lemma in _NEEDS_JOINT and "совместный" not in before_lemmas:
            continue
        if word.lemma == "хозяйство" and not before_lemmas & _FARM_ADJECTIVES:
            continue
        if index and clause[index - 1].lemma in _NOT_A_PROJECT_BEFORE:
            continue
        count = _count_before(clause, index)
        clause_text = sentence_text[clause[0].start : clause[-1].end]
        offset = clause[0].start
        money = [m for m in find_money(clause_text)]
        value = money[0] if money else None
        jobs_match = _JOBS.search(clause_text)
        jobs = int(re.sub(r"\D", "", jobs_match.group("n"))) if jobs_match else None
        subject_words = _subject(clause, index)
        modifiers = sum(1 for w in subject_words if w.pos in {"ADJF", "PRTF"})
        specific = len(subject_words) > 1 + modifiers
        if word.lemma in {"проект", "project"} and count is None and value is None and not specific:
            continue  # "совместные проекты" with nothing more is talk, not a project
        if (
            word.lemma in {"производство", "выпуск", "сборка"}
            and not specific
            and not (before_lemmas & {"совместный"})
        ):
            continue
        subject = _render_subject(subject_words, sentence_text, plural=bool(count and count > 1))
        places = _places(clause, pair, speaker_country)
        key_lemmas = frozenset(
            w.lemma for w in subject_words if w.pos != "ADJF" and w.lemma != word.lemma
        )
        return _Project(
            status=status,
            head=word.lemma,
            count=count,
            value=Money(value.amount, value.currency, value.start + offset, value.end + offset)
            if value
            else None,
            jobs=jobs,
            companies=_companies(clause, sentence_text),
            places=places,
            subject=subject,
            quote=sentence_text,
            key=(status, word.lemma, key_lemmas, count),
        )
    return None


def _count_before(clause: list[Word], index: int) -> int | None:
    position = index - 1
    while position >= 0 and clause[position].pos in {"ADJF", "PRTF"}:
        position -= 1
    if position < 0:
        return None
    token = clause[position].text
    if token.isdigit():
        return int(token)
    return _NUMBER_WORDS.get(clause[position].lemma)


def _subject(clause: list[Word], index: int) -> list[Word]:
    """The head noun with its adjectives before and its genitive complements after."""
    start = index
    while start > 0 and clause[start - 1].pos in {"ADJF", "PRTF"}:
        start -= 1
    end = index + 1
    while end < len(clause):
        word = clause[end]
        ambiguous_feminine = word.pos == "ADJF" and word.text.endswith(("ой", "ей"))
        if word.pos in {"NOUN", "ADJF", "PRTF"} and (word.case == "gent" or ambiguous_feminine):
            end += 1
        elif word.lemma in {"и", "для"} and end + 1 < len(clause):
            end += 1
        elif word.pos is None and word.is_capitalized and end > index + 1:
            end += 1
        else:
            break
    while end > index + 1 and clause[end - 1].lemma in {"и", "для"}:
        end -= 1
    return clause[start:end]


def _render_subject(subject: list[Word], text: str, *, plural: bool) -> str:
    """'совместного производства пожарной техники' → 'совместное производство пожарной техники'.

    The head and its adjectives go to the nominative, agreeing in number and gender."""
    if not subject:
        return ""
    head_index = next(
        (i for i, w in enumerate(subject) if w.lemma in _PROJECT_HEADS), len(subject) - 1
    )
    head = subject[head_index]
    plural = (
        plural
        or "plur" in head.tags
        or any("plur" in w.tags for w in subject[:head_index] if w.pos in {"ADJF", "PRTF"})
    )
    gender = next((g for g in ("masc", "femn", "neut") if g in head.tags), None)
    parts: list[str] = []
    for i, word in enumerate(subject):
        if i:  # keep the text's own separators: "пожарной, спасательной техники"
            parts.append(text[subject[i - 1].end : word.start])
        if i < head_index and word.pos in {"ADJF", "PRTF"}:
            agreement = ("plur",) if plural else ((gender,) if gender else ())
            parts.append(inflect(word.text, "nomn", *agreement))
        elif i == head_index:
            parts.append(inflect(word.text, "nomn", "plur" if plural else "sing"))
        else:
            parts.append(word.text)
    rendered = "".join(parts)
    first = subject[0].text
    return rendered if first.isupper() or "-" in first else rendered[:1].lower() + rendered[1:]


def _companies(clause: list[Word], text: str, *, quoted_only: bool = False) -> list[str]:
    found: list[str] = []
    span_start, span_end = clause[0].start, clause[-1].end
    for match in _QUOTED.finditer(text):
        if not span_start <= match.start() <= span_end:
            continue
        before = [w for w in clause if w.end <= match.start()][-2:]
        name = match.group(1).strip()
        if any(w.lemma in _LEGAL_FORMS or w.text.lower() in _LEGAL_FORMS for w in before):
            found.append(name)
    for word in [] if quoted_only else clause:
        company = known_company(word.text)
        if company and company not in found:
            found.append(company)
    return found


def _places(clause: list[Word], pair: tuple[str, str], speaker_country: str | None) -> list[str]:
    places: list[str] = []
    lowered = [w.text.lower() for w in clause]
    for index, word in enumerate(clause):
        if word.lemma in PLACES and word.pos != "ADJF" and word.is_capitalized:
            code = country_of_lemma(word.lemma)
            if code is None:  # cities other than capitals
                places.append(PLACES[word.lemma])
                continue
        code = country_of_lemma(word.lemma)
        if code is not None and (word.text.isupper() or "Abbr" in word.tags):
            continue  # "Ведомства РК и РБ": the parties, not where things are built
        if code is None or word.pos != "NOUN" or word.lemma in PLACES:
            if code is not None and word.lemma in PLACES and _is_venue(clause, index):
                places.append(PLACES[word.lemma])
            continue
        if _is_venue(clause, index):
            places.append(BY_CODE[code].name_ru)
        elif (
            word.case == "gent"
            and index
            and clause[index - 1].pos == "NOUN"
            and clause[index - 1].lemma not in _NOT_PLACE_OWNERS
        ):
            # "регионов Казахстана", "Карты индустриализации Казахстана"
            places.append(BY_CODE[code].name_ru)
    phrase = " ".join(lowered)
    if speaker_country and ("у вас" in phrase or "вашей стране" in phrase):
        other = pair[1] if pair[0] == speaker_country else pair[0]
        places.append(BY_CODE[other].name_ru)
    if speaker_country and ("нашей стране" in phrase or "у нас" in phrase):
        places.append(BY_CODE[speaker_country].name_ru)
    return list(dict.fromkeys(places))


def _merge_projects(found: list[_Project], pair: tuple[str, str]) -> list[ProjectFact]:
    merged: dict[tuple[Any, ...], _Project] = {}
    for project in found:
        known = merged.get(project.key)
        if known is None:
            merged[project.key] = project
            continue
        known.companies.extend(c for c in project.companies if c not in known.companies)
        known.places.extend(p for p in project.places if p not in known.places)
        known.value = known.value or project.value
        known.jobs = known.jobs or project.jobs
    return [
        ProjectFact(
            countries=tuple(sorted(pair)),
            status=project.status,
            count=project.count,
            value=project.value.amount if project.value else None,
            currency=project.value.currency if project.value else None,
            jobs=project.jobs,
            companies=tuple(project.companies),
            places=tuple(project.places),
            subject=project.subject,
            quote=project.quote,
        )
        for project in merged.values()
    ]


# --- people ----------------------------------------------------------------------------


def _people(sentences: list[_Sentence]) -> list[PersonFact]:
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


def _names(sentence: _Sentence) -> list[tuple[str, int, int]]:
    """(full name in the nominative, start, end) of each person named in the sentence."""
    names: list[tuple[str, int, int]] = []
    tokens = sentence.words
    for index in range(len(tokens) - 1):
        first, second = tokens[index], tokens[index + 1]
        if not (first.is_capitalized and second.is_capitalized) or first.text.isupper():
            continue
        if sentence.text[first.end : second.start].strip():
            continue  # "Беларусь, Казахстан": not one name
        if country_of_lemma(first.lemma) or country_of_lemma(second.lemma):
            continue
        if first.lemma in PLACES or second.lemma in PLACES or second.text.isupper():
            continue
        first_name = given_name(first.text)
        is_name = first_name is not None
        is_surname = "Surn" in second.tags or _official(second) is not None
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
    for word in tokens:
        official = _official(word)
        if official and not any(start <= word.start < end for _, start, end in names):
            names.append((official.name, word.start, word.end))
    return names


def _official(word: Word) -> Official | None:
    """A known official named by surname in any case ('Кошановым' → Ерлан Кошанов)."""
    if not word.text[:1].isupper():
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


def _role(sentence: _Sentence, start: int, end: int) -> tuple[str | None, str | None]:
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
