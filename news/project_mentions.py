"""Mentions of joint projects in one sentence: heads made specific, elided heads, assembly.

A project is named by a head noun (проект, предприятие, производство, завод, кластер,
plant, joint venture…) made specific by a count, a value, a name, an object ("производство
лифтов", "по сборке тракторов"), a sector ("в нефтехимии") or a place; by an elided head
("ещё 40 крупных", "Four more", "в Туркестане — текстильных изделий"); or by a verb of assembly
in the partner country ("в Ташкенте уже собирают тракторы"). Not a project: a place where one
stands ("в промышленном парке"), a company's own plant ("Минский тракторный завод"), a bare
"совместные проекты", a trading house, firms "с участием" or "с капиталом" of the other side,
what was never there ("не было").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from news.amounts import Money, count_value
from news.facts import Status
from news.gazetteer import place_of_token
from news.lexicon import (
    BELARUSIAN_HEADS,
    FACILITY_HEADS,
    GENERIC_HEADS,
    LEGAL_FORMS,
    Cue,
    Needles,
)
from news.morph import Word
from news.project_stages import Stage, assign_stages
from news.reading import Reading
from news.subjects import companies_in, noun_phrase, places_in, render_subject

_BELARUSIAN_HEAD = re.compile("|".join(BELARUSIAN_HEADS))
_HEADS = GENERIC_HEADS | FACILITY_HEADS
_JOINT = frozenset("совместный совместно joint сумесны сумеснае сумеснага сумеснай".split())
_FARM = frozenset("опытный пилотный фермерский совместный тепличный".split())
_INDUSTRIAL = re.compile(
    r"индустриальн|технологическ|промышленн|industrial|technology|кооперац|логистич|logistic|"
    r"производствен|инновацион|распределит|оптов|distribution|зерн|grain|сборочн|по\s+(?:сборке|"
    r"производству|выпуску|переработке)",
    re.IGNORECASE,
)
_NOT_A_FACILITY = re.compile(
    r"торгов|сервисн|культурн|делов|выставочн|учебн|медицинск|торгово|trading|trade|"
    r"service|business|троллейбус|автобус|паркинг|автопарк|шахмат|спортивн|детск|"
    r"агропромышлен|топливно|энергетическ|металлургическ|нефтегазов|оборонно",
    re.IGNORECASE,
)
# Nouns of which a head is only an attribute: "объём производства", "технология сборки".
_BLOCKING = frozenset(
    "объём объем уровень номенклатура рост спад доля ассортимент темп технология стоимость "
    "цена volume level growth share technology output число количество рынок".split()
)
_PUNCTUATION = re.compile(r"[,;:—–.!?()«»\"]")
_COMPLEMENT_PREPOSITIONS = frozenset("по для в во of for in у".split())
_BELARUSIAN_LETTERS = re.compile(r"[іў]")
_BELARUSIAN_VERB_ENDINGS = ("ць", "цца", "ці", "юць", "уць", "ла", "лі", "ло")
_CONJUNCTIONS = frozenset("і ды але а но и and but".split())
_EN_STOP = frozenset(
    "a an the this that these those its their our of for in with to at on by from and or "
    "million billion thousand usd dollar dollars".split()
)
_EN_PREPOSITIONS = frozenset("of for in with to at on by from into".split())
_PROJECT_WORDS = frozenset({"проект", "project", "projects"})
_PRICE_WORDS = frozenset({"стоимость", "цена", "cost", "value", "кошт"})
_SECTOR_TALK = frozenset(
    "области сфере сферах отрасли отраслях направлениях field area areas sectors sector".split()
)
_OWNERSHIP_AFTER = re.compile(r"^\s*(?:с\s+(?:участием|\w+\s+капиталом|капиталом)|-owned)")
_JOBS = re.compile(
    r"(?P<n>\d{1,3}(?:[ \u00a0,]\d{3})+|\d+(?:[.,]\d+)?)(?:\s*(?P<thousand>тыс\.?|тысяч\w*|"
    r"thousand))?\s+(?:нов\w+\s+|дополнительн\w+\s+|постоянн\w+\s+)?"
    r"(?:рабоч\w+\s+мест|(?:new\s+)?jobs|працоўных\s+месцаў)",
    re.IGNORECASE,
)
_ASSEMBLY_VERBS = frozenset("собирать собрать производить выпускать assemble assembles".split())
_NEGATION = re.compile(r"\b(?:не\s+было|нет|не\s+(?:существует|работает)|never|not)\b", re.I)
_VAGUE = frozenset("много множество несколько ряд немало many several numerous some".split())
# Elided heads ("ещё 40", "Four more") and assembly verbs: worth a look only with these.
_OTHER_MENTION_NEEDLES = Needles(
    "ещё", "еще", "more", "собира", "собра", "произв", "выпуск", "assembl", "produc", " — ",
)  # fmt: skip
_JOB_NEEDLES = Needles("мест", "jobs", "месцаў")
_GENERIC_CONTENT = frozenset(
    "проект производство выпуск сборка предприятие сп совместный новый крупный двусторонний "
    "промышленный инвестиционный белорусский казахстанский российский узбекский кыргызский "
    "таджикский армянский азербайджанский сборочный другой ряд первый этот такой project "
    "projects venture ventures joint new large major production assembly plant plants "
    "the a of and cooperation bilateral industrial investment завод центр which который "
    "строительство создание организация запуск открытие развитие реализация сумесны "
    "сумеснае беларускі казахстанскі".split()
)
_GAP = re.compile(r",\s*(?:в|во|in)\s+(?P<place>[А-ЯЁA-Z][\w-]+)\s*[—–]\s*(?P<rest>[^,;.]+)")


@dataclass(slots=True)
class Mention:
    sentence: int
    head: str  # the head's lemma, or the elided head it stands for
    start: int
    end: int
    count: int | None
    value: Money | None
    jobs: int | None
    companies: list[str]
    places: list[str]
    subject: str
    content: frozenset[str]  # what distinguishes it: products, sectors, names
    specific: bool
    quote: str
    stages: list[Stage] = field(default_factory=list)
    head_tags: frozenset[str] = frozenset()
    # "Стоимость проекта — $25 млн": no more than a value or jobs; it belongs to the project
    # named before it, or is a project of its own when there is none.
    valued: bool = False
    abroad: frozenset[str] = frozenset()  # an untracked country it stands in ("в Турции")
    # Named by its sectors ("проекты в IT и сельском хозяйстве"): one group with the other
    # projects of its stage, as the sectors hold them.
    sectors: bool = False


def find_mentions(
    reading: Reading,
    number: int,
    pair: tuple[str, str],
    speaker: str | None,
    published: date | None,
    last_head: str | None,
) -> list[Mention]:
    words = reading.words
    found: list[Mention] = []
    # A head noun is a cue (its lemma or form, or a Belarusian stem it starts with), found
    # when the word was tokenised: only the few words with cues are looked at.
    heads = [index for index in reading.cued if Cue.PROJECT_HEAD in words[index].cues]
    for index in heads:
        word = words[index]
        if found and word.start < found[-1].end:
            continue  # "проект производства тракторов": one project, not two
        head = _head(words, index, reading.text)
        if head is None:
            continue
        mention = _mention(reading, number, index, head, pair, speaker)
        if mention is not None:
            found.append(mention)
    if not found and not _OTHER_MENTION_NEEDLES.found_in(reading.text.lower()):
        return []
    found += _gapped(reading, number, found, pair, speaker)
    found += _elided(reading, number, found, pair, speaker, last_head)
    found += _assembly(reading, number, found, pair)
    if not found:
        return []
    found.sort(key=lambda m: m.start)
    assign_stages(reading, found, published)
    return [
        m
        for m in found
        if (m.stages or m.valued)
        and not _NEGATION.search(_segment_text(reading, m.start))
        and not _counterfactual(reading, m.start)
    ]


def _counterfactual(reading: Reading, position: int) -> bool:
    clause = reading.clause_of(position)
    return any(Cue.COUNTERFACTUAL in w.cues for w in reading.words_in(clause))


def _head(words: list[Word], index: int, text: str) -> str | None:
    """The head lemma when this word names a project, else None."""
    word = words[index]
    lemma = _belarusian_head(word.form) or (word.lemma if word.lemma in _HEADS else word.form)
    if lemma in LEGAL_FORMS:
        joint = any(
            w.lemma in _JOINT or _names_two_countries(w) for w in words[max(0, index - 2) : index]
        )
        return "предприятие" if joint and _name_after(text, word.end) else None
    if lemma not in GENERIC_HEADS and lemma not in FACILITY_HEADS:
        return None
    before = words[max(0, index - 3) : index]
    previous = words[index - 1] if index else None
    following = words[index + 1] if index + 1 < len(words) else None
    if word.pos is None and following is not None and (following.form in _HEADS):
        return None  # "assembly plants", "cooperation projects": the last noun is the head
    blocked = previous is not None and (previous.lemma in _BLOCKING or previous.form in _BLOCKING)
    if blocked and not (lemma in _PROJECT_WORDS and previous and previous.lemma in _PRICE_WORDS):
        return None  # "объём производства"; but "стоимость проекта" is the project's value
    if previous is not None and Cue.ROLE in previous.cues:
        return None  # "гендиректора завода «Лидагропроммаш»": a company, not a project
    window = words[max(0, index - 4) : index]
    if any(
        w.form in _SECTOR_TALK and (w.form != "области" or (i and window[i - 1].form == "в"))
        for i, w in enumerate(window)
    ):
        return None  # "сотрудничество в области агропромышленного комплекса, производства …"
    after = text[word.end : word.end + 40]
    if lemma in FACILITY_HEADS:
        if previous is not None and previous.form in {"в", "во", "на", "in", "at"}:
            return None  # "в Агдамском промышленном парке": where a project stands
        if any(w.form in {"в", "во", "на", "in", "at"} for w in before[-2:]) and word.case in {
            "loct",
            "loc2",
        }:
            return None
        if any(_one_country_name(w) for w in _modifiers(words, index)):
            return None  # "Минский тракторный завод", "гянджинского завода": a company's own
        modifiers = " ".join(w.form for w in before) + " " + after[:25]
        if _NOT_A_FACILITY.search(modifiers):
            return None
        if lemma in {"парк", "park", "центр", "centre", "center", "hub"} and not _INDUSTRIAL.search(
            modifiers
        ):
            return None
        if lemma == "хозяйство" and not {w.lemma for w in before} & _FARM:
            return None
        if lemma == "комплекс" and not any(w.pos == "ADJF" for w in before[-1:]):
            return None
    if lemma in {"предприятие"}:
        joint = any(w.lemma in _JOINT or w.form in _JOINT for w in before)
        if _OWNERSHIP_AFTER.match(after) or not (joint or re.match(r"^\s*(?:по|па)\s", after)):
            return None
    if lemma in {"линия"} and not re.match(r"^\s*по\s+(?:сборке|производству|выпуску)", after):
        return None  # "линия по сборке комбайнов", not "по линии МИД"
    if (
        lemma in GENERIC_HEADS
        and word.case in {"loct", "loc2"}
        and any(w.form in {"в", "во"} for w in before)
        and count_value(previous.text if previous else "") is None
    ):
        return None  # "— в фармацевтике, производстве лифтов": a sector, not a project
    return lemma


def _names_two_countries(word: Word) -> bool:
    """'таджикско-белорусское', 'Belarus-Kazakhstan': a compound of two countries."""
    parts = word.form.split("-")
    codes = {hit[0] for hit in map(place_of_token, parts) if hit and hit[1] == "country"}
    return len(codes) >= 2


def _modifiers(words: list[Word], index: int) -> list[Word]:
    """The adjectives right before a head ('Минский тракторный', 'Minsk Automobile')."""
    chain: list[Word] = []
    position = index - 1
    while position >= 0 and (
        words[position].pos in {"ADJF", "PRTF"}
        or (words[position].pos is None and words[position].is_capitalized)
    ):
        chain.append(words[position])
        position -= 1
    return chain


@lru_cache(maxsize=100_000)
def _belarusian_head(form: str) -> str | None:
    match = _BELARUSIAN_HEAD.match(form)
    return BELARUSIAN_HEADS[match.group()] if match else None


def _one_country_name(word: Word) -> bool:
    """A city of one country or its adjective: 'Минский', 'гянджинского', 'Minsk'."""
    if "-" in word.form:
        return False  # "казахстанско-белорусский": joint
    hit = place_of_token(word.form)
    if hit is None:
        return False
    return hit[1] == "city" or (hit[1] == "country" and word.is_capitalized)


def _mention(
    reading: Reading,
    number: int,
    index: int,
    head: str,
    pair: tuple[str, str],
    speaker: str | None,
) -> Mention | None:
    words = reading.words
    clause = reading.clause_of(words[index].start)
    clause_words = reading.words_in(clause)
    local = clause_words.index(words[index])
    phrase = noun_phrase(clause_words, local)
    head_at = phrase.index(words[index])
    count = _count_before(clause_words, local - head_at, reading.money)
    segment = _segment_text(reading, words[index].start)
    value = _value(reading, words[index].start)
    places = places_in(clause_words, pair, speaker)
    near = clause_words[max(0, local - head_at - 3) : local + 4]
    placed = bool(places_in(near, pair, speaker))
    content = _content(clause_words, local, reading.text)
    name = _name_after(reading.text, words[index].end)
    if name:
        content |= {name.lower()}
    valued = bool(value or jobs_in(segment))
    vague = any(
        w.lemma in _VAGUE or w.form in _VAGUE
        for w in clause_words[max(0, local - head_at - 2) : local]
    )
    specific = not vague and (
        bool(count or content or (placed and head in {"производство", "production"}))
        or head in FACILITY_HEADS
    )
    subject = render_subject(phrase, reading.text, head_at, plural=bool(count and count > 1))
    return Mention(
        sentence=number,
        head=head,
        start=phrase[0].start,
        end=_complement_end(clause_words, local, phrase[-1].end),
        count=count,
        value=value,
        jobs=jobs_in(segment),
        companies=companies_in(clause_words, reading.text),
        places=places,
        subject=subject,
        content=frozenset(content),
        specific=specific,
        quote=reading.text,
        head_tags=words[index].tags,
        valued=valued and not specific,
        sectors=bool(content) and _sector_complement(clause_words, local),
        abroad=frozenset(
            hit[0]
            for w in clause_words[local : local + 6]
            if (hit := place_of_token(w.form)) is not None and hit[1] == "other"
        ),
    )


def _content(words: list[Word], index: int, text: str) -> set[str]:
    """What tells this project from others: the first nouns of its complement — its product
    or sector ("производство лифтов", "по сборке тракторов", "в нефтехимии") — or, in
    English, the nouns before it ("dairy facility", "hydropower projects")."""
    found: list[str] = []
    if words[index].pos is None and words[index].form.isascii():
        for word in reversed(words[max(0, index - 3) : index]):
            if word.pos is not None or word.is_capitalized or word.form in _EN_STOP:
                break  # "build a plant": an article ends the noun phrase
            if not _is_plain(word):
                found.append(word.form)
        after = words[index + 1 : index + 4]
        if after and after[0].form.endswith("ing") and len(after) > 1:
            found.append(after[1].form)  # "a joint venture producing elevators"
        if after and after[0].form in {"of", "for"}:
            found += [w.form for w in after[1:] if not _is_plain(w)][:1]
        partner = after[1] if len(after) > 1 and after[0].form == "with" else None
        maker = place_of_token(partner.form) if partner is not None else None
        if partner is not None and ((maker and maker[1] == "company") or partner.text.isupper()):
            found.append(partner.form)  # "joint ventures with MTZ"
        return set(found[:2])
    previous = words[index]
    scanned = words[index + 1 : index + 8]
    for position, word in enumerate(scanned):
        if word.form in _CONJUNCTIONS or word.pos == "CONJ":
            following = scanned[position + 1] if position + 1 < len(scanned) else None
            if found or following is None or _is_plain(following):
                break  # "лакалізацыі вытворчасці і гатовы падзяліцца": another predicate
            continue  # "по строительству и ремонту судов": the product is yet to come
        gap = text[previous.end : word.start]
        listed = gap.strip() == "," and word.pos == "ADJF" and previous.pos == "ADJF"
        if _PUNCTUATION.search(gap) and not listed:
            break  # a comma between adjectives stays inside: "пожарной, спасательной техники"
        previous = word
        if word.pos == "PREP":
            if word.form in _COMPLEMENT_PREPOSITIONS:
                continue
            break
        if word.pos in {"VERB", "INFN", "PRTS", "PRTF", "GRND", "CONJ"}:
            break
        if word.lemma in GENERIC_HEADS or _belarusian_head(word.form) in GENERIC_HEADS:
            continue
        # Belarusian, which pymorphy3 does not parse (or guesses at): its verbs end like these
        belarusian = (word.pos is None and not word.form.isascii()) or bool(
            _BELARUSIAN_LETTERS.search(word.form)
        )
        if belarusian:
            noun = not word.form.endswith(_BELARUSIAN_VERB_ENDINGS)
        else:
            noun = word.pos == "NOUN"
        if noun and not _is_plain(word):
            found.append(word.form if belarusian else word.lemma)
        if len(found) == 2:
            break
    return set(found)


def _is_plain(word: Word) -> bool:
    """Words that do not tell one project from another."""
    stages = {Cue.OPERATING, Cue.BUILDING, Cue.AGREED, Cue.OFFERED}
    return (
        word.lemma in _GENERIC_CONTENT
        or word.form in _GENERIC_CONTENT
        or bool(word.cues & stages)
        or count_value(word.text) is not None
        or place_of_token(word.form) is not None
        or len(word.form) < 3
    )


def _sector_complement(words: list[Word], index: int) -> bool:
    """'проекты в нефтехимии', 'СП в фармацевтике' (not 'in Tajikistan', a place)."""
    following = words[index + 1 : index + 3]
    if len(following) < 2 or following[0].form not in {"в", "во"}:
        return False
    return place_of_token(following[1].form) is None


def _complement_end(words: list[Word], index: int, end: int) -> int:
    """Where 'по сборке тракторов', 'па выпуску лекаў' after a head ends: it is the head's."""
    following = words[index + 1 : index + 6]
    if not following or following[0].form not in {"по", "па", "for"}:
        return end
    for word in following[1:]:
        if word.pos not in {"NOUN", "ADJF", "PRTF", None} or word.form in _CONJUNCTIONS:
            break
        end = word.end
    return end


def _name_after(text: str, position: int) -> str | None:
    match = re.match(r"^\s*(?:[A-ZА-ЯЁ]{2,4}\s+)?[«\"“]([^«»\"“”]{2,60})[»\"”]", text[position:])
    return match.group(1) if match else None


def _count_before(words: list[Word], index: int, money: list[Money]) -> int | None:
    """'8 проектов', 'восемь совместных производств', 'Twelve plants', 'более 1400 предприятий';
    never the number of a sum ("the $25 million project")."""
    position = index - 1
    while position >= 0 and words[position].pos in {"ADJF", "PRTF"}:
        position -= 1
    if position >= 0 and words[position].pos is None and words[position].form not in {"a", "the"}:
        # English adjectives carry no part of speech here: skip capitalised or known ones
        while position > 0 and count_value(words[position].text) is None and position > index - 4:
            position -= 1
    if position < 0:
        return None
    word = words[position]
    if any(m.start <= word.start < m.end for m in money):
        return None
    return count_value(word.text)


def _elided(
    reading: Reading,
    number: int,
    found: list[Mention],
    pair: tuple[str, str],
    speaker: str | None,
    last_head: str | None,
) -> list[Mention]:
    """'ещё 40 крупных … находятся в стадии реализации', 'Four more are to be commissioned':
    a number whose noun is the project head named before it."""
    words = reading.words
    result: list[Mention] = []
    for index, word in enumerate(words):
        before = words[index - 1].form if index else ""
        following = words[index + 1] if index + 1 < len(words) else None
        if before not in {"ещё", "еще"} and (following is None or following.form != "more"):
            continue
        count = count_value(word.text)
        if count is None or count < 2:
            continue
        nxt = index + 1 + (1 if following is not None and following.form == "more" else 0)
        while nxt < len(words) and words[nxt].pos in {"ADJF", "PRTF"}:
            nxt += 1
        if nxt < len(words) and words[nxt].pos == "NOUN":
            continue  # "ещё 4 проекта": an ordinary mention
        antecedent = [m for m in found if m.start < word.start]
        head = antecedent[-1].head if antecedent else last_head
        if head is None:
            continue
        subject = antecedent[-1].subject if antecedent else head
        result.append(
            Mention(
                sentence=number,
                head=head,
                start=word.start,
                end=words[min(nxt, len(words) - 1)].start,
                count=count,
                value=_value(reading, word.start),
                jobs=jobs_in(_segment_text(reading, word.start)),
                companies=[],
                places=places_in(reading.words_in(reading.clause_of(word.start)), pair, speaker),
                subject=subject,
                content=frozenset(),
                specific=True,
                quote=reading.text,
            )
        )
    return result


def _gapped(
    reading: Reading,
    number: int,
    found: list[Mention],
    pair: tuple[str, str],
    speaker: str | None,
) -> list[Mention]:
    """'в Костанае налажена сборка автомобилей, в Шымкенте — производство бытовой техники,
    в Туркестане — текстильных изделий': the last item names its product, its head elided."""
    result: list[Mention] = []
    for match in _GAP.finditer(reading.text):
        words = [w for w in reading.words if match.start("rest") <= w.start < match.end("rest")]
        if not words or any(
            _head(reading.words, reading.words.index(w), reading.text) for w in words
        ):
            continue
        if words[0].pos not in {"ADJF", "NOUN"} or words[0].case not in {"gent", None}:
            continue
        antecedent = [m for m in found if m.start < match.start()]
        if not antecedent:
            continue
        nouns = {w.lemma for w in words if w.pos == "NOUN" and not _is_plain(w)}
        result.append(
            Mention(
                sentence=number,
                head=antecedent[-1].head,
                start=match.start("rest"),
                end=match.end("rest"),
                count=None,
                value=None,
                jobs=None,
                companies=[],
                places=places_in(reading.words_in(reading.clause_of(match.start())), pair, speaker),
                subject=f"{antecedent[-1].head} {match.group('rest').strip()}",
                content=frozenset(nouns),
                specific=bool(nouns),
                quote=reading.text,
            )
        )
    return result


def _assembly(
    reading: Reading, number: int, found: list[Mention], pair: tuple[str, str]
) -> list[Mention]:
    """'В Ташкенте уже собирают тракторы «Беларус»', 'в Гяндже уже собрано более 10 тысяч
    тракторов': assembly in one country of the pair of what the other one makes."""
    if found:
        return []
    words = reading.words
    venues = {p.code for p in reading.places if p.venue and p.code in pair}
    makers = {p.code for p in reading.places if not p.venue and p.code in pair}
    if not venues or not (makers - venues):
        return []
    venue_starts = [p.start for p in reading.places if p.venue and p.code in pair]
    for index, word in enumerate(words):
        if word.lemma in _ASSEMBLY_VERBS and word.pos in {"VERB", "PRTS", None}:
            objects = [w for w in words[index + 1 : index + 8] if w.pos == "NOUN"]
            near = [w.start for w in words[max(0, index - 3) : index]]
            if not objects or not any(start in near for start in venue_starts):
                continue  # assembled somewhere else, or nothing named
            clause = reading.words_in(reading.clause_of(word.start))
            status = Status.PLANNED if word.tense == "futr" else Status.DONE
            return [
                Mention(
                    sentence=number,
                    head="сборка",
                    start=word.start,
                    end=objects[0].end,
                    count=None,
                    value=None,
                    jobs=None,
                    companies=companies_in(clause, reading.text),
                    places=[p.city or "" for p in reading.places if p.venue and p.city] or [],
                    subject=reading.text[word.start : objects[-1].end],
                    content=frozenset(w.lemma for w in objects),
                    specific=True,
                    quote=reading.text,
                    stages=[Stage(status, word.tense == "pres")],
                )
            ]
    return []


def _segment_text(reading: Reading, position: int) -> str:
    clause = reading.clause_of(position)
    return reading.text[clause.start : clause.end]


def _value(reading: Reading, position: int) -> Money | None:
    clause = reading.clause_of(position)
    money = [m for m in reading.money if clause.holds(m.start) and m.currency is not None]
    after = [m for m in money if m.start >= position]
    candidates = after or money
    return candidates[0] if candidates else None


def jobs_in(text: str) -> int | None:
    if not _JOB_NEEDLES.found_in(text.lower()):
        return None
    match = _JOBS.search(text)
    if match is None:
        return None
    if match.group("thousand"):  # "9 тыс. рабочих мест"
        return round(float(match.group("n").replace(",", ".")) * 1000)
    return int(re.sub(r"\D", "", match.group("n")))
