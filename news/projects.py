"""Joint projects: what is built, made or planned together, by status, with count and value.

A project is a head noun (проект, завод, производство, предприятие, кластер, plant, joint
venture…) in a clause whose verb gives its status: operating or launched is done, being
built is underway, agreed or scheduled is planned, offered or discussed is proposed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from news.amounts import Money, find_money
from news.facts import PersonFact, ProjectFact
from news.gazetteer import BY_CODE, PLACES, country_of_lemma, known_company
from news.morph import Word, inflect
from news.reading import Reading

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
_CLAUSE_BREAK = re.compile(r",\s+(?:а также|а|но|тогда как)\s+|;\s+")
_QUOTED = re.compile(r"[«\"“]([^«»\"“”]{2,60})[»\"”]")
_JOBS = re.compile(
    r"(?P<n>\d{1,3}(?:[ \u00a0]\d{3})+|\d+)\s+(?:нов\w+\s+|дополнительн\w+\s+)?(?:рабоч\w+\s+мест|"
    r"(?:new\s+)?jobs)",
    re.IGNORECASE,
)


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


def read_projects(
    sentences: list[Reading], pair: tuple[str, str], people: list[PersonFact]
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


def _clauses(sentence: Reading) -> list[list[Word]]:
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


def _is_venue(sentence: list[Word], index: int) -> bool:
    """'проходит в Казахстане': where something happens, not who cooperates."""
    word = sentence[index]
    if index == 0 or sentence[index - 1].text.lower() not in {"в", "во", "in"}:
        return False
    return (word.pos == "NOUN" and word.case in {"loct", "loc2"}) or word.pos is None
