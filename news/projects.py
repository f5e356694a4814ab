"""Joint projects: what is built, made or planned together, by status, with count and value.

The reader works in three steps, as an analyst would:
1. Mentions. A project is named by a head noun (проект, предприятие, производство, завод,
   кластер, plant, joint venture…) made specific by a count, a value, a name, an object
   ("производство лифтов", "по сборке тракторов"), a sector ("в нефтехимии") or a place;
   by an elided head ("ещё 40 крупных", "Four more", "в Туркестане — текстильных изделий");
   or by a verb of assembly in the partner country ("в Ташкенте уже собирают тракторы").
   Not a project: a place where one stands ("в промышленном парке"), a company's own
   plant ("Минский тракторный завод"), a bare "совместные проекты", a trading house, firms
   "с участием" or "с капиталом" of the other side, what was never there ("не было").
2. Status. Each mention takes the stage word of its own clause nearest to it without
   passing another mention: operating or launched is done, being built is underway, agreed
   or scheduled (or the future tense) is planned, offered or discussed is proposed.
3. One fact per project or status group. Mentions of the same project — one count, one
   name, one product, or a bare "the plant" after it — are one fact whose stage is the most
   advanced current one: "сейчас возводятся" after "создан" is underway, "заработала" after
   "строительство стартовало в 2016 году" is done.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from news.amounts import Money, count_value
from news.facts import PersonFact, ProjectFact, Status
from news.gazetteer import place_of_token
from news.lexicon import Cue, Needles
from news.morph import Word
from news.periods import Role
from news.reading import Reading
from news.subjects import companies_in, noun_phrase, places_in, render_subject

# Heads that need more to be a project, and facilities that are one by themselves.
_GENERIC_HEADS = frozenset(
    "проект производство выпуск сборка предприятие сп project projects venture ventures "
    "production assembly".split()
)
# A company of a legal form is a project only as a joint one: "таджикско-белорусское ЗАО".
_LEGAL_FORMS = frozenset("зао ооо оао тоо иооо пао ао llp jsc".split())
_FACILITY_HEADS = frozenset(
    "завод фабрика комбинат комплекс кластер технопарк парк центр хозяйство цех терминал "
    "линия верфь судоверфь plant plants factory factories facility facilities complex cluster "
    "park centre center hub terminal shipyard".split()
)
# Belarusian heads, which pymorphy3 does not parse: the stem and the head it stands for.
_BELARUSIAN_HEADS = {
    "прадпрыемств": "предприятие", "вытворчасц": "производство", "праект": "проект",
    "кластар": "кластер", "зборк": "сборка", "завод": "завод", "фабрык": "фабрика",
}  # fmt: skip
_HEAD_WORDS = _GENERIC_HEADS | _FACILITY_HEADS | _LEGAL_FORMS
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
# Words of a headless sentence that speak of a project's parts: its stage is the project's.
_PARTS = frozenset(
    "очередь здание корпус цех линия мощность строительство площадка инфраструктура здесь "
    "там phase building line construction capacity here there".split()
)
_PROJECT_WORDS = frozenset({"проект", "project", "projects"})
_PRICE_WORDS = frozenset({"стоимость", "цена", "cost", "value", "кошт"})
_SECTOR_TALK = frozenset(
    "области сфере сферах отрасли отраслях направлениях field area areas sectors sector".split()
)
_OWNERSHIP_AFTER = re.compile(r"^\s*(?:с\s+(?:участием|\w+\s+капиталом|капиталом)|-owned)")
_GROUP_MEMBERS = re.compile(r"^\W*(?:среди\s+них|в\s+их\s+числе|among\s+them)", re.IGNORECASE)
_JOBS = re.compile(
    r"(?P<n>\d{1,3}(?:[ \u00a0,]\d{3})+|\d+(?:[.,]\d+)?)(?:\s*(?P<thousand>тыс\.?|тысяч\w*|"
    r"thousand))?\s+(?:нов\w+\s+|дополнительн\w+\s+|постоянн\w+\s+)?"
    r"(?:рабоч\w+\s+мест|(?:new\s+)?jobs|працоўных\s+месцаў)",
    re.IGNORECASE,
)
_ASSEMBLY_VERBS = frozenset("собирать собрать производить выпускать assemble assembles".split())
_NEGATION = re.compile(r"\b(?:не\s+было|нет|не\s+(?:существует|работает)|never|not)\b", re.I)
_MULTIWORD_STAGES = (
    (re.compile(r"(?:в|на)\s+стади\w+\s+(?:реализации|строительства)|under\s+construction|"
                r"being\s+(?:built|implemented)|under\s+way", re.I), Status.UNDERWAY),
    (re.compile(r"степен\w+\s+готовност\w+|are\s+to\s+be|is\s+to\s+be|priority\s+plans", re.I),
     Status.PLANNED),
    (re.compile(r"\bв\s+перспективе\b|у\s+перспектыве", re.I), Status.PROPOSED),
    (re.compile(r"введ\w+\s+в\s+эксплуатацию|set\s+up|put\s+into\s+operation|"
                r"(?:начал\w*|пачал\w*)\s+(?:работ\w*|выпуск|производство|працу|выпуск)|"
                r"(?:started|began|start)\s+(?:operations|production|work|operating)", re.I),
     Status.DONE),
    (re.compile(r"(?:ид[её]т|вед[её]тся|ідзе)\s+(?:строительство|будаўніцтва)", re.I),
     Status.UNDERWAY),
    # "дали старт второй очереди" launches a working line; "старт дан проектам" begins work
    (re.compile(r"(?:дан\w*|дал\w*)\s+старт\w*\s+(?:\w+\s+)?(?:очеред|лини|цех|завод)", re.I),
     Status.DONE),
    (re.compile(r"(?:дан\w*|дал\w*)\s+старт|старт\w*\s+да(?:н|л)\w*", re.I), Status.UNDERWAY),
)  # fmt: skip
_CUE_STATUS = (
    (Cue.OFFERED, Status.PROPOSED),
    (Cue.AGREED, Status.PLANNED),
    (Cue.BUILDING, Status.UNDERWAY),
    (Cue.OPERATING, Status.DONE),
)
_VAGUE = frozenset("много множество несколько ряд немало many several numerous some".split())
# Elided heads ("ещё 40", "Four more") and assembly verbs: worth a look only with these.
_OTHER_MENTION_NEEDLES = Needles(
    "ещё", "еще", "more", "собира", "собра", "произв", "выпуск", "assembl", "produc", " — ",
)  # fmt: skip
_STAGE_PHRASE_NEEDLES = Needles(
    "стади", "construction", "being", "under way", "степен", "to be", "priority", "перспектив",
    "эксплуатац", "set up", "into operation", "старт", "начал", "пачал", "start", "began",
    "строительство", "будаўніцтва",
)  # fmt: skip
_JOB_NEEDLES = Needles("мест", "jobs", "месцаў")
_MAY = frozenset("может могут мог могла могли could may might можа могуць".split())
_PARTICIPATION = frozenset({"участвовать"})
_NOW = re.compile(r"\b(?:сейчас|в\s+настоящее\s+время|now|currently|зараз)\b", re.IGNORECASE)
_GENERIC_CONTENT = frozenset(
    "проект производство выпуск сборка предприятие сп совместный новый крупный двусторонний "
    "промышленный инвестиционный белорусский казахстанский российский узбекский кыргызский "
    "таджикский армянский азербайджанский сборочный другой ряд первый этот такой project "
    "projects venture ventures joint new large major production assembly plant plants "
    "the a of and cooperation bilateral industrial investment завод центр which который "
    "строительство создание организация запуск открытие развитие реализация сумесны "
    "сумеснае беларускі казахстанскі".split()
)


@dataclass(frozen=True, slots=True)
class _Stage:
    status: Status
    current: bool  # told in the present ("сейчас возводятся"), not as history


@dataclass(slots=True)
class _Mention:
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
    stages: list[_Stage] = field(default_factory=list)
    head_tags: frozenset[str] = frozenset()
    # "Стоимость проекта — $25 млн": no more than a value or jobs; it belongs to the project
    # named before it, or is a project of its own when there is none.
    valued: bool = False
    abroad: frozenset[str] = frozenset()  # an untracked country it stands in ("в Турции")
    # Named by its sectors ("проекты в IT и сельском хозяйстве"): one group with the other
    # projects of its stage, as the sectors hold them.
    sectors: bool = False


def read_projects(
    readings: list[Reading],
    pair: tuple[str, str],
    people: list[PersonFact],
    published: date | None = None,
) -> list[ProjectFact]:
    """Every joint project of the pair the article states, one fact per project or group."""
    speaker = next((p.country for p in people if p.country in pair), None)
    specific: list[_Mention] = []
    loose: list[_Mention] = []
    headless: list[tuple[list[_Stage], int | None]] = []
    for number, reading in enumerate(readings):
        if _GROUP_MEMBERS.match(reading.text):
            continue  # "Среди них — …": members of a group already counted
        last_head = specific[-1].head if specific else None
        mentions = _mentions(reading, number, pair, speaker, published, last_head)
        if not mentions and any(w.lemma in _PARTS or w.form in _PARTS for w in reading.words):
            headless.append((_sentence_stages(reading, published), _jobs(reading.text)))
        for mention in mentions:
            (specific if mention.specific else loose).append(mention)
        if not mentions and specific and reading.text:
            # "Партнёром готов выступить … компания «ПОЖСНАБ»": a company named right after a
            # project belongs to it.
            last = specific[-1]
            if last.sentence == number - 1 and not last.companies:
                last.companies.extend(companies_in(reading.words, reading.text, quoted_only=True))
    title = [m for m in specific if readings[m.sentence].is_title]
    body = [m for m in specific if not readings[m.sentence].is_title]
    projects = _group(body, loose, title)
    if len(projects) == 1:
        # One project in the article: its parts' stages and its jobs may be told apart.
        only = projects[0]
        for stages, jobs in headless:
            only.stages.extend(stages)
            only.jobs = only.jobs or jobs
        if only.count is None:
            only.jobs = only.jobs or next(filter(None, (_jobs(r.text) for r in readings)), None)
    return [_fact(project, pair) for project in projects]


# --- mentions --------------------------------------------------------------------------


def _mentions(
    reading: Reading,
    number: int,
    pair: tuple[str, str],
    speaker: str | None,
    published: date | None,
    last_head: str | None,
) -> list[_Mention]:
    words = reading.words
    found: list[_Mention] = []
    for index, word in enumerate(words):
        if (
            word.lemma not in _HEAD_WORDS
            and word.form not in _HEAD_WORDS
            and not _belarusian_head(word.form)
        ):
            continue
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
    found.sort(key=lambda m: m.start)
    _assign_stages(reading, found, published)
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
    lemma = _belarusian_head(word.form) or (
        word.lemma if word.lemma in _GENERIC_HEADS | _FACILITY_HEADS else word.form
    )
    if lemma in _LEGAL_FORMS:
        joint = any(
            w.lemma in _JOINT or _names_two_countries(w) for w in words[max(0, index - 2) : index]
        )
        return "предприятие" if joint and _name_after(text, word.end) else None
    if lemma not in _GENERIC_HEADS and lemma not in _FACILITY_HEADS:
        return None
    before = words[max(0, index - 3) : index]
    previous = words[index - 1] if index else None
    following = words[index + 1] if index + 1 < len(words) else None
    if (
        word.pos is None
        and following is not None
        and (following.form in _GENERIC_HEADS | _FACILITY_HEADS)
    ):
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
    if lemma in _FACILITY_HEADS:
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
        lemma in _GENERIC_HEADS
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
        or (words[position].pos is None and words[position].text[:1].isupper())
    ):
        chain.append(words[position])
        position -= 1
    return chain


def _belarusian_head(form: str) -> str | None:
    return next((head for stem, head in _BELARUSIAN_HEADS.items() if form.startswith(stem)), None)


def _one_country_name(word: Word) -> bool:
    """A city of one country or its adjective: 'Минский', 'гянджинского', 'Minsk'."""
    if "-" in word.form:
        return False  # "казахстанско-белорусский": joint
    hit = place_of_token(word.form)
    if hit is None:
        return False
    return hit[1] == "city" or (hit[1] == "country" and word.text[:1].isupper())


def _mention(
    reading: Reading,
    number: int,
    index: int,
    head: str,
    pair: tuple[str, str],
    speaker: str | None,
) -> _Mention | None:
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
    valued = bool(value or _jobs(segment))
    vague = any(
        w.lemma in _VAGUE or w.form in _VAGUE
        for w in clause_words[max(0, local - head_at - 2) : local]
    )
    specific = not vague and (
        bool(count or content or (placed and head in {"производство", "production"}))
        or head in _FACILITY_HEADS
    )
    subject = render_subject(phrase, reading.text, head_at, plural=bool(count and count > 1))
    return _Mention(
        sentence=number,
        head=head,
        start=phrase[0].start,
        end=_complement_end(clause_words, local, phrase[-1].end),
        count=count,
        value=value,
        jobs=_jobs(segment),
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
            if word.pos is not None or word.text[:1].isupper() or word.form in _EN_STOP:
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
        if word.lemma in _GENERIC_HEADS or _belarusian_head(word.form) in _GENERIC_HEADS:
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
    found: list[_Mention],
    pair: tuple[str, str],
    speaker: str | None,
    last_head: str | None,
) -> list[_Mention]:
    """'ещё 40 крупных … находятся в стадии реализации', 'Four more are to be commissioned':
    a number whose noun is the project head named before it."""
    words = reading.words
    result: list[_Mention] = []
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
            _Mention(
                sentence=number,
                head=head,
                start=word.start,
                end=words[min(nxt, len(words) - 1)].start,
                count=count,
                value=_value(reading, word.start),
                jobs=_jobs(_segment_text(reading, word.start)),
                companies=[],
                places=places_in(reading.words_in(reading.clause_of(word.start)), pair, speaker),
                subject=subject,
                content=frozenset(),
                specific=True,
                quote=reading.text,
            )
        )
    return result


_GAP = re.compile(r",\s*(?:в|во|in)\s+(?P<place>[А-ЯЁA-Z][\w-]+)\s*[—–]\s*(?P<rest>[^,;.]+)")


def _gapped(
    reading: Reading,
    number: int,
    found: list[_Mention],
    pair: tuple[str, str],
    speaker: str | None,
) -> list[_Mention]:
    """'в Костанае налажена сборка автомобилей, в Шымкенте — производство бытовой техники,
    в Туркестане — текстильных изделий': the last item names its product, its head elided."""
    result: list[_Mention] = []
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
            _Mention(
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
    reading: Reading, number: int, found: list[_Mention], pair: tuple[str, str]
) -> list[_Mention]:
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
                _Mention(
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
                    stages=[_Stage(status, word.tense == "pres")],
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
    return (after or money or [None])[0]


def _jobs(text: str) -> int | None:
    if not _JOB_NEEDLES.found_in(text.lower()):
        return None
    match = _JOBS.search(text)
    if match is None:
        return None
    if match.group("thousand"):  # "9 тыс. рабочих мест"
        return round(float(match.group("n").replace(",", ".")) * 1000)
    return int(re.sub(r"\D", "", match.group("n")))


# --- status ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Cue:
    start: int
    stage: _Stage
    word: Word | None  # None for a phrase ("в стадии реализации")


def _stage_cues(reading: Reading, published: date | None) -> list[_Cue]:
    """Every word or phrase of the sentence that tells a stage, in order."""
    words = reading.words
    cues: list[_Cue] = []
    spans = _spans_covering(reading, published)
    now = bool(_NOW.search(reading.text))
    for index, word in enumerate(words):
        status = _word_status(words, index)
        if status is None:
            continue
        current = word.tense == "pres" or now
        if status is Status.PLANNED and spans:
            status, current = Status.UNDERWAY, True  # "реализовать в 2018—2021 годах" in 2018
        cues.append(_Cue(word.start, _Stage(status, current), word))
    phrases = _MULTIWORD_STAGES if _STAGE_PHRASE_NEEDLES.found_in(reading.text.lower()) else ()
    for pattern, status in phrases:
        for match in pattern.finditer(reading.text):
            if re.search(r"\bto\s*$", reading.text[: match.start()]):
                continue  # "ready to set up": the stage is "ready"
            cues.append(_Cue(match.start(), _Stage(status, True), None))
    cues.sort(key=lambda cue: cue.start)
    return cues


def _spans_covering(reading: Reading, published: date | None) -> bool:
    """A span of years that includes publication ('в 2018—2021 годах' said in 2018)."""
    if published is None:
        return False
    for mention in reading.periods:
        if mention.role is Role.SPAN:
            years = [
                int(y)
                for y in re.findall(r"(?:19|20)\d{2}", reading.text[mention.start : mention.end])
            ]
            if len(years) == 2 and years[0] <= published.year <= years[1]:
                return True
    return False


def _word_status(words: list[Word], index: int) -> Status | None:
    word = words[index]
    if not word.cues and word.tense != "futr" and word.form not in _MAY:
        return None  # most words tell no stage
    following = words[index + 1] if index + 1 < len(words) else None
    governs_infinitive = following is not None and following.pos == "INFN"
    if word.pos == "INFN" or (index and words[index - 1].form == "to"):
        return None  # an infinitive takes the stage of the verb that governs it
    if Cue.EXISTING in word.cues:
        return Status.DONE  # "локализация производств": they exist
    status = next((status for cue, status in _CUE_STATUS if cue in word.cues), None)
    offer_of_readiness = word.lemma in {"готовый", "готовность"}
    if (
        status is Status.PROPOSED
        and offer_of_readiness
        and not (governs_infinitive or (following is not None and following.form == "к"))
    ):
        return None  # "степень готовности" is no offer
    if (
        status is Status.PLANNED
        and governs_infinitive
        and following is not None
        and "impf" in following.tags
        and word.lemma in {"планировать", "намереваться"}
    ):
        return Status.PROPOSED  # "планируют создавать": an intention, not a plan
    if status is Status.DONE and word.pos == "VERB" and word.tense == "futr":
        return Status.PLANNED  # "запустят"
    if status is not None:
        return status
    if word.pos == "VERB" and word.tense == "futr":
        return Status.PLANNED  # "создадут", "разместится", "будет выпускать"
    if word.form in _MAY and following is not None and following.pos in {"INFN", None}:
        return Status.PROPOSED  # "может появиться", "could supply"
    return None


def _assign_stages(reading: Reading, mentions: list[_Mention], published: date | None) -> None:
    """Each mention takes the nearest stage word of its clause that no other mention stands
    between; one without (gapping: "в Шымкенте — производство …") takes its neighbour's."""
    cues = _stage_cues(reading, published)
    for position, mention in enumerate(mentions):
        if mention.stages:
            continue  # an assembly verb is its own stage
        clause = reading.clause_of(mention.start)
        others = [m.start for m in mentions if m is not mention]
        candidates = []
        for cue in cues:
            if not clause.holds(cue.start) or mention.start <= cue.start < mention.end:
                continue
            if cue.word is not None and cue.word.pos == "PRTF" and not _agrees(cue.word, mention):
                continue  # "минитракторов, выпускаемых в Гродно": said of the product
            if cue.word is not None and cue.word.lemma in _PARTICIPATION and mention.count is None:
                continue  # "в проекте участвует завод": who takes part, not how far it is
            low, high = sorted((cue.start, mention.start))
            if any(low < other < high for other in others):
                continue
            before = cue.start <= mention.start
            distance = mention.start - cue.start if before else cue.start - mention.end + 1
            candidates.append((distance, cue.stage, _in_relative_clause(reading, cue.start)))
        main = [c for c in candidates if not c[2]]
        if main or candidates:
            mention.stages.append(min(main or candidates, key=lambda c: c[0])[1])
        elif position and clause.holds(mentions[position - 1].start):
            mention.stages.extend(mentions[position - 1].stages[-1:])


_RELATIVE = re.compile(r",\s*(?:котор\w+|which|that|who|як\w+)\b[^,;]*", re.IGNORECASE)


def _in_relative_clause(reading: Reading, position: int) -> bool:
    """'проекты, которые создадут 9 тыс. рабочих мест, находятся в стадии реализации': the
    relative clause tells what the projects will do, the main verb how far they are."""
    return any(m.start() <= position < m.end() for m in _RELATIVE.finditer(reading.text))


def _agrees(participle: Word, mention: _Mention) -> bool:
    """A participle speaks of the head it agrees with in case and number."""
    for grammemes in (("nomn", "gent", "datv", "accs", "ablt", "loct"), ("sing", "plur")):
        mine = {g for g in grammemes if g in participle.tags}
        theirs = {g for g in grammemes if g in mention.head_tags}
        if mine and theirs and not mine & theirs:
            return False
    return True


def _sentence_stages(reading: Reading, published: date | None) -> list[_Stage]:
    return [cue.stage for cue in _stage_cues(reading, published)]


# --- one fact per project --------------------------------------------------------------


def _group(
    specific: list[_Mention], loose: list[_Mention], title: list[_Mention]
) -> list[_Mention]:
    """Mentions of one project into one: the specific ones by what they name, the loose ones
    ("the plant", "стоимость проекта — $25 млн") into the project named before them, and the
    title's into the text's project of the same stage (a title retells the text)."""
    projects: list[_Mention] = []
    for mention in specific:
        same = next((p for p in projects if _same_project(p, mention)), None)
        if same is None:
            projects.append(mention)
        else:
            _absorb(same, mention)
    for mention in sorted(loose, key=lambda m: m.sentence):
        target = _nearest(projects, mention)
        same_value = next((p for p in projects if _same_value(p, mention)), None)
        if same_value is not None:
            _absorb(same_value, mention)
        elif mention.valued and (target is None or target.value is not None or target.count):
            projects.append(mention)  # a value with no project before it: "портфель на $8 млрд"
        elif target is not None and target.count is None:
            _absorb(target, mention)
    for mention in title:
        same = next((p for p in projects if _same_project(p, mention)), None) or next(
            (p for p in projects if _stage_of(p) == _stage_of(mention) and not p.count), None
        )
        if same is None:
            projects.append(mention)
        else:
            _absorb(same, mention)
    return projects


def _same_project(a: _Mention, b: _Mention) -> bool:
    if a.count is not None or b.count is not None:
        return a.count == b.count and _stage_of(a) == _stage_of(b)
    if a.abroad != b.abroad:
        return False  # tractors made in Ganja and tractors to be made in Turkey
    if (a.sectors or b.sectors) and _stage_of(a) == _stage_of(b):
        return True  # "проекты в сельском хозяйстве" hold "кластер по переработке молока"
    if a.places and b.places and not set(a.places) & set(b.places):
        return False  # the same product in two places is two projects
    if a.value is not None and b.value is not None and a.value.amount != b.value.amount:
        return False
    if a.content & b.content:
        return True
    if not a.content and not b.content:
        return a.head == b.head or a.head in _FACILITY_HEADS or b.head in _FACILITY_HEADS
    # A facility named again without what distinguishes it ("завод", "the plant", "Центр")
    # is the project of its own head, or the enterprise or project that the plant is.
    bare, other = (a, b) if not a.content else (b, a) if not b.content else (None, None)
    if bare is None or other is None or bare.head not in _FACILITY_HEADS:
        return False
    return bare.head == other.head or other.head in _GENERIC_HEADS


def _same_value(a: _Mention, b: _Mention) -> bool:
    if a.value is None or b.value is None or a.value.currency != b.value.currency:
        return False
    return abs(a.value.amount - b.value.amount) <= 0.01 * max(a.value.amount, b.value.amount)


def _nearest(projects: list[_Mention], mention: _Mention) -> _Mention | None:
    before = [p for p in projects if p.sentence <= mention.sentence]
    if before:
        return before[-1]
    return projects[0] if projects else None


def _absorb(project: _Mention, other: _Mention) -> None:
    project.stages.extend(other.stages)
    project.value = project.value or other.value
    project.jobs = project.jobs or other.jobs
    project.companies.extend(c for c in other.companies if c not in project.companies)
    project.places.extend(p for p in other.places if p not in project.places)
    if not project.content and other.content:
        project.subject, project.content = other.subject, other.content


def _stage_of(project: _Mention) -> Status:
    """The most advanced stage told as current, else the most advanced told at all."""
    stages = project.stages
    if any(s.status is Status.UNDERWAY and s.current for s in stages):
        return Status.UNDERWAY
    for status in (Status.DONE, Status.UNDERWAY, Status.PLANNED, Status.PROPOSED):
        if any(s.status is status for s in stages):
            return status
    return Status.PROPOSED


def _fact(project: _Mention, pair: tuple[str, str]) -> ProjectFact:
    value = project.value
    return ProjectFact(
        countries=tuple(sorted(pair)),
        status=_stage_of(project),
        count=project.count,
        value=value.amount if value else None,
        currency=value.currency if value else None,
        jobs=project.jobs,
        companies=tuple(project.companies),
        places=tuple(project.places),
        subject=project.subject,
        quote=project.quote,
    )
