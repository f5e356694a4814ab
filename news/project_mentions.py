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

import itertools
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from itertools import pairwise

from news.amounts import Money, count_value
from news.countries import Place, PlaceKind
from news.facts import Status
from news.gazetteer import known_company, place_of_token
from news.lexicon import (
    BELARUSIAN_HEADS,
    FACILITY_HEADS,
    GENERIC_HEADS,
    HEAD_FORMS,
    HEADCOUNT,
    JOBS_NOUN,
    LEGAL_FORMS,
    PEOPLE_NOUN,
    STAGE_CUES,
    Cue,
    Needles,
)
from news.morph import Word, analyzer
from news.periods import MONTH
from news.project_stages import Stage, assign_stages, stages_at
from news.reading import Reading
from news.sentences import Clause
from news.subjects import companies_in, noun_phrase, places_in, render_subject

_ANY_MONTH = re.compile(MONTH, re.IGNORECASE)
# A stem with a noun's ending, not an adjective's: «цэнтры», «заводамі», not «цэнтральны»
_BELARUSIAN_HEAD = re.compile(f"({'|'.join(BELARUSIAN_HEADS)})\\w{{0,3}}$")
_HEADS = GENERIC_HEADS | FACILITY_HEADS
_HEAD_WORDS = _HEADS | LEGAL_FORMS | frozenset(HEAD_FORMS)
_JOINT = frozenset("совместный совместно joint сумесны сумеснае сумеснага сумеснай".split())
_JOINT_BELARUSIAN = "сумесн"  # every form of "сумесны": pymorphy3 does not parse Belarusian
_FARM = frozenset("опытный пилотный фермерский совместный тепличный".split())
_INDUSTRIAL = re.compile(
    r"индустриальн|технологическ|промышленн|industrial|technology|кооперац|логистич|logistic|"
    r"производствен|инновацион|распределит|оптов|distribution|зерн|grain|сборочн|контейнерн|"
    r"container|сервисн|service|по\s+(?:сборке|"
    r"производству|выпуску|переработке)|"
    # the same in Belarusian, which pymorphy3 does not parse
    r"індустрыяльн|тэхналагічн|прамысл|кааперац|лагістычн|вытворч|інавацыйн|размеркавальн|"
    r"аптов|збожж|зборачн|кантэйнерн|сэрвісн|па\s+(?:зборцы|вытворчасці|выпуску|перапрацоўцы)",
    re.IGNORECASE,
)
_SERVICE = re.compile(r"сервисн|service|сэрвісн", re.IGNORECASE)
# Vehicles a plant or line makes, in the genitive right after it ("сборочная линия автобусов
# МАЗ", "завод автобусов"): its product, not a bus depot or a trolleybus park.
_PRODUCT_AFTER = re.compile(r"\s+(?:автобусов|троллейбусов|аўтобусаў|тралейбусаў)\b", re.I)
_NOT_A_FACILITY = re.compile(
    r"торгов(?!о-логист)|культурн|делов|выставочн|учебн|медицинск|trading|trade|"
    r"business|троллейбус|автобус|паркинг|автопарк|шахмат|спортивн|детск|"
    r"агропромышлен|топливно|энергетическ|металлургическ|нефтегазов|оборонно|"
    r"гандл[её]в|дзелав|выставачн|навучальн|медыцынск|тралейбус|аўтобус|спартыўн|"
    r"дзіцяч|аграпрамысл|паліўна|энергетычн|металургічн|"
    # a dealer's centre sells, as a trading house does
    r"дилерск|дылерск|dealer",
    re.IGNORECASE,
)
# Nouns of which a head is only an attribute: "объём производства", "технология сборки".
_BLOCKING = frozenset(
    "объём объем уровень номенклатура рост спад доля ассортимент темп технология стоимость "
    "цена volume level growth share technology output число количество рынок".split()
)
_PUNCTUATION = re.compile(r"[,;:—–.!?()«»\"]")
# What ends a noun phrase between a count and its head: "Sept. 10 (Kazinform) – Joint ventures"
_PHRASE_BREAK = re.compile(r"[,;:()—–!?]|\s-\s|\.(?:\s|$)")
# A name right after a head: 'завод «Амкодор»', 'СП ООО «Тракторный завод»'.
_NAME = re.compile(r"\s*(?:[A-ZА-ЯЁ]{2,4}\s+)?[«\"“]([^«»\"“”]{2,60})[»\"”]")
# "another joint venture", "ещё одно предприятие", "яшчэ адзін завод", "one more plant"
_ANOTHER = re.compile(
    r"\b(?:another|one\s+more|ещ[её]\s+одн\w+|яшчэ\s+(?:адзін|адн\w+))\b", re.IGNORECASE
)
# What opens the members of a counted group: "including", "such as", "в том числе", and a
# range of what it covers after a dash ("12 производств — от сборки тракторов до выпуска
# лекарств", "— from tractors to medicines", "— ад зборкі трактароў да …").
_INCLUDING = re.compile(
    r"\b(?:including|such\s+as|in\s+particular|в\s+том\s+числе|включая|так(?:ие|их)\s+как|"
    r"например|в\s+частности|у\s+тым\s+ліку|такі[яx]\s+як|напрыклад|у\s+прыватнасці)\b|"
    r"[—–:,]\s*(?:от|from|ад)\b(?=[^.;]*?\b(?:до|to|да)\b)",
    re.I,
)
# A month as a date names it: Russian and Belarusian in the genitive ("10 сентября", "10
# верасня"), English in full or cut ("Sept. 10"); not an adjective ("декабрьских").
_MONTH = re.compile(
    r"(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|"
    r"студзеня|лютага|сакавіка|красавіка|траўня|чэрвеня|ліпеня|жніўня|верасня|кастрычніка|"
    r"лістапада|снежня|january|february|march|april|may|june|july|august|september|october|"
    r"november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)$"
)
_COMPLEMENT_PREPOSITIONS = frozenset("по для в во of for in у".split())
_BELARUSIAN_LETTERS = re.compile(r"[іў]")
_BELARUSIAN_VERB_ENDINGS = ("ць", "цца", "ці", "юць", "уць", "ла", "лі", "ло")
# A Belarusian predicate after a head: a verb in the present or a short participle.
_BELARUSIAN_PREDICATE_ENDINGS = (
    *_BELARUSIAN_VERB_ENDINGS, "ае", "яе", "уе", "юе", "ана", "ена", "ата", "ыта",
    "аны", "яны", "ены", "аныя", "яныя", "еныя",  # «Завод разлічаны на …», «цэхі ўведзеныя»
)  # fmt: skip
# "завод будзе выпускаць", "Завод пачаў вытворчасць": the predicate begins (pymorphy3 reads
# «будзе» as a noun)
# Belarusian verbs of beginning and becoming, whose past ends like a genitive plural
_BELARUSIAN_BEGIN = frozenset("пачаў пачала пачало пачалі пачалося стаў стала сталі".split())
_BELARUSIAN_AUXILIARIES = frozenset("будзе будзем будзеце ёсць скончыў".split()) | _BELARUSIAN_BEGIN
_BELARUSIAN_PREPOSITIONS = frozenset("у ў па для з са на да ад пры аб праз каля пра".split())
_BELARUSIAN_COMPLEMENT_PREPOSITIONS = frozenset("у ў па для".split())
_CONJUNCTIONS = frozenset("і ды але а но и and but".split())
_EN_STOP = frozenset(
    "a an the this that these those its their our of for in with to at on by from and or "
    "million billion thousand usd dollar dollars".split()
)
_EN_PHRASAL = (
    frozenset(
        "up set make build launch start begin resume expand establish open launched launches "
        "launching started starts starting began begun begins resumed expanded".split()
    )
    | _EN_STOP
)
_EN_PREPOSITIONS = frozenset("of for in with to at on by from into".split())
_PROJECT_WORDS = frozenset({"проект", "project", "projects"})
_PRICE_WORDS = frozenset({"стоимость", "цена", "cost", "value", "кошт"})
# A measure after a head is told in figures, not what the project is: "проект стоимостью
# $30 млн", "праект коштам 30 млн долараў".
_MEASURES = frozenset("стоимость цена сумма объём объем".split())
_BELARUSIAN_MEASURES = ("вартас", "кошт", "кашт", "суму", "сумай")
_SECTOR_TALK = frozenset(
    "области сфере сферах отрасли отраслях направлениях field area areas sectors sector".split()
)
_OWNERSHIP_AFTER = re.compile(r"^\s*(?:с\s+(?:участием|\w+\s+капиталом|капиталом)|-owned)")
_JOBS = re.compile(
    r"(?P<n>\d{1,3}(?:[ \u00a0,]\d{3})+|\d+(?:[.,]\d+)?)(?:\s*(?P<thousand>тыс\.?|тысяч\w*|"
    r"thousand))?\s+(?:нов\w+\s+|дополнительн\w+\s+|постоянн\w+\s+)?"
    r"(?:new\s+)?" + JOBS_NOUN,
    re.IGNORECASE,
)
# People a plant employs: a verb of work before the number, or the number before it.
_STAFF_AFTER = re.compile(
    r"\b(?:работа(?:ют|ет)|будут\s+работать|будет\s+работать|труд(?:ятся|ится)|"
    r"будут\s+трудиться|занят[оы]|будет\s+занято|будут\s+заняты|трудоустро\w+|"
    r"працу(?:юць|е)|будуць\s+працаваць|будзе\s+працаваць|"
    r"employ(?:s|ed|ing)?|will\s+employ|hires?|hired|will\s+hire|provide\s+jobs\s+for|jobs\s+for|"
    # "обеспечит работой 250 человек", "забяспечыць працай 250 чалавек", "provide work for"
    r"обеспеч\w*\s+работой|забяспеч\w*\s+працай|provid\w*\s+(?:work|employment)\s+for)\s+"
    + HEADCOUNT
    + PEOPLE_NOUN,
    re.IGNORECASE,
)
_STAFF_BEFORE = re.compile(
    r"(?<![\d,.])" + HEADCOUNT + PEOPLE_NOUN + r"\s+(?:будут\s+|will\s+)?(?:работа\w+|труд\w+|"
    r"працу\w+|працаваць|work|be\s+employed|are\s+employed|were\s+employed)",
    re.IGNORECASE,
)
# People a plant is to employ: the jobs it will make, whoever else the article names.
_NEW_STAFF = re.compile(
    r"\b(?:будут\s+работать|будет\s+работать|будут\s+трудиться|будет\s+занято|будут\s+заняты|"
    r"будуць\s+працаваць|будзе\s+працаваць|(?:will|would)\s+(?:employ|hire)|обеспеч(?:ит|ат)\s+работой|"
    r"забяспеч(?:ыць|аць)\s+працай|will\s+provide\s+(?:work|employment|jobs)\s+for)\s+"
    + HEADCOUNT
    + PEOPLE_NOUN,
    re.IGNORECASE,
)
_STAFF_NEEDLES = Needles("челов", "сотрудн", "работн", "специалист", "чалав", "супрацоў",
                         "people", "workers", "employ", "staff")  # fmt: skip
_ENGLISH_PASSIVE_ASSEMBLY = frozenset({"assembled", "produced", "manufactured"})
_EN_AUXILIARIES = frozenset("is are was were be been being have has had will".split())
_ASSEMBLY_VERBS = frozenset(
    "собирать собрать производить выпускать assemble assembles assembled assembling produced "
    "manufactured".split()
)
_NEGATION = re.compile(r"\b(?:не\s+было|нет|не\s+(?:существует|работает)|never|not)\b", re.I)
_VAGUE = frozenset("много множество несколько ряд немало many several numerous some".split())
# Elided heads ("ещё 40", "Four more") and assembly verbs: worth a look only with these.
_OTHER_MENTION_NEEDLES = Needles(
    "ещё", "еще", "яшчэ", "more", "another", "further", "собира", "собра", "произв", "выпуск",
    "assembl", "produc", " — ", "выпущ", "сабра", "збіра", "выпушч", "выраб", "manufactur",
    "строит", "строен", "возвед", "возвест", "будаўні", "пабуду", "пабудав", "build", "built",
    "construct", "месторожд", "радовішч", "field", "deposit",
)  # fmt: skip
_JOB_NEEDLES = Needles("мест", "jobs", "месцаў")
_GENERIC_CONTENT = frozenset(
    "проект производство выпуск сборка предприятие сп совместный новый крупный двусторонний "
    "промышленный инвестиционный белорусский казахстанский российский узбекский кыргызский "
    "таджикский армянский азербайджанский сборочный другой ряд первый этот такой project "
    "projects venture ventures joint new large major production assembly plant plants "
    "enterprise enterprises "
    "the a of and cooperation bilateral industrial investment завод центр which который "
    "строительство создание организация запуск открытие развитие реализация сумесны "
    "сумеснае беларускі казахстанскі "
    # "ввести производство в эксплуатацию", «увесці вытворчасць у эксплуатацыю»: an idiom of
    # commissioning, not what is made
    "эксплуатация эксплуатацию эксплуатацыю эксплуатацыя operation service".split()
)
# "проекты по импортозамещению": an aim of the projects, not trade
_SUBSTITUTION = ("импортозамещ", "імпартазамяшч", "import-substitut", "import substitut")
_TARGET_TO = frozenset({"до", "to", "да", "на"})
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
    # "Another joint venture …": a project other than those named before it.
    another: bool = False
    # "The $12 million plant employs 180 people": no stage of its own, only a value or jobs
    # of the project named before it; never a project by itself.
    attached: bool = False
    # "the facility", "этот завод": a facility named again, bare and definite, is the
    # project told just before it, whatever noun told that one ("a pharmaceutical plant …
    # The $18 million facility employs 250 people").
    definite: bool = False
    # "Проекты предусматривают создание 300 рабочих мест", "The projects will create …":
    # bare generic plurals opening a sentence, the group just counted.
    definite_group: bool = False
    # "Together they are worth $780 million", «В них вложено $45 млн», «Их стоимость …»: a
    # value or jobs told of the counted group just before by a plural pronoun.
    of_the_group: bool = False


def find_mentions(
    reading: Reading,
    number: int,
    pair: tuple[str, str],
    speaker: str | None,
    published: date | None,
    last_head: str | None,
    total: Mention | None = None,
) -> list[Mention]:
    """The project mentions of a sentence; `total` is the counted group of the sentence
    before, when this one tells it part by part ("Из них 18 …", "Of them, 18 …")."""
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
    if not found and heads:
        found += _staff_at(reading, number, heads)
    priced = _priced_alone(reading, number, pair)
    if not found and total is None and not _OTHER_MENTION_NEEDLES.found_in(reading.text.lower()):
        return priced
    found += _gapped(reading, number, found, pair, speaker)
    found += _elided(reading, number, found, pair, speaker, last_head)
    found += _assembly(reading, number, found, pair)
    found += _counted_builds(reading, number, found, pair, speaker)
    found += _joint_fields(reading, number, found, pair, speaker)
    groups = _parts(reading, number, total, 0, published) if total is not None else None
    if groups:
        # the parts are counted once, whatever else read their numbers ("яшчэ 12 …")
        found = [m for m in found if not any(g.start <= m.start < g.end for g in groups)]
        found += groups
    if not found:
        return priced
    found.sort(key=lambda m: m.start)
    _one_owner_per_value(found)
    members = _members_of_a_group(reading.text, found) or _listed_members(reading, found)
    members += _components(reading.text, found, told_before=last_head is not None)
    members += _output_told_of(reading.text, found)
    found = [m for m in found if not any(m is member for member in members)]
    found = _split_by_stage(reading, number, found, published)
    assign_stages(reading, found, published)
    _share_coordinated_stages(reading, found)
    for mention in found:
        if (
            mention.specific
            and not (mention.stages or mention.content)
            and (mention.value or mention.jobs)
        ):
            mention.specific, mention.valued, mention.attached = False, True, True
    if not any(m.value for m in found):
        found += priced
    return [
        m
        for m in found
        if (m.stages or m.valued)
        and not _NEGATION.search(_segment_text(reading, m.start))
        and not _counterfactual(reading, m.start)
    ]


def _output_told_of(text: str, found: list[Mention]) -> list[Mention]:
    """'Совместное предприятие «Бел-Кыргыз Агро», которое начало выпуск тракторов, …', 'a joint
    venture, which started production of boilers, …': the output a relative clause tells of
    the mention before it is that project's, not another."""
    return [
        later
        for earlier, later in pairwise(found)
        if later.head in _OUTPUT_HEADS and _RELATIVE_OPENED.search(text, earlier.end, later.start)
    ]


_OUTPUT_HEADS = frozenset("выпуск производство сборка production assembly".split())
# A relative clause opened after a mention, still open where the next one stands.
_RELATIVE_OPENED = re.compile(
    r",\s*(?:котор\w+|якое|якая|які|якія|which|that)\b[^,;.]*$", re.IGNORECASE
)


def _one_owner_per_value(found: list[Mention]) -> None:
    """A sum is the value of the last mention told before it, not of every mention of its
    clause: "запущено 14 совместных производств, ещё 8 проектов общей стоимостью $230 млн"."""
    for index, mention in enumerate(found):
        value = mention.value
        if value is None:
            continue
        later = [m for m in found[index + 1 :] if m.value == value and m.start < value.start]
        if later and mention.start < later[-1].start:
            mention.value = None
            mention.valued = bool(mention.jobs)


_COORDINATED = re.compile(
    r"\s*(?:,\s*(?:and\s+|и\s+|і\s+|ды\s+)?|(?:and|и|і|ды|а\s+также|as\s+well\s+as)\s+)"
    r"(?:[\w-]+\s+){0,3}",
    re.IGNORECASE,
)


def _share_coordinated_stages(reading: Reading, found: list[Mention]) -> None:
    """'a glass factory and a logistics hub are planned', 'шкляны завод і лагістычны хаб
    плануецца …': heads coordinated as one subject share the stage told after the last of
    them (the stage word of the first is beyond the second, where it was not looked for)."""
    for mention, following in reversed(list(pairwise(found))):
        if mention.stages or not following.stages or mention.count or following.count:
            continue
        if not _COORDINATED.fullmatch(reading.text, mention.end, following.start):
            continue
        between = [w for w in reading.words if mention.end <= w.start < following.start]
        if any(
            w.cues & STAGE_CUES or w.pos in {"VERB", "INFN", "PRTS"} or w.form in _EN_AUXILIARIES
            for w in between
        ):
            continue  # "a plant opened and a hub is planned": each has its own verb
        mention.stages.extend(following.stages[-1:])


# A sentence that opens with the investment or cost, no project named: "The investment
# amounts to $12 million", "Инвестиции составят $12 млн", "Объём инвестиций — $12 млн",
# "Его стоимость оценивается в $12 млн", "Інвестыцыі складуць 12 млн долараў".
# A sentence that opens with a part of the project just told: "The new line, built with an
# investment of $3.5 million, …", «Новый цех стоимостью …», «Новая лінія коштам …»
_PART_OPENS = re.compile(
    r"\W*(?:the\s+)?(?:new\s+)?(?:line(?!\s+of\s+credit)|workshop|shop)\b|"
    r"\W*(?:нов\w+\s+)?(?:линия|цех|корпус|лінія|цэх)\b",
    re.IGNORECASE,
)
_PRICE_OPENS = re.compile(
    r"^\W*(?:(?:the|its)\s+)?(?:total\s+|overall\s+|planned\s+)?(?:investments?|cost|price)\b"
    r"(?!\s+(?:in|into|from|of)\s+[A-Z])|"
    r"^\W*(?:(?:его|её|ее|их)\s+)?(?:общ\w+\s+|планируем\w+\s+)?(?:объ[её]м\w*\s+)?"
    r"(?:инвестици\w*|капиталовложени\w*|вложени\w*|стоимость)(?!\s+(?:в|из)\s+[А-ЯЁ])|"
    r"^\W*(?:(?:яго|яе|іх)\s+)?(?:агульн\w+\s+)?(?:аб'?[её]м\w*\s+)?(?:інвестыцы\w*|кошт|вартасць)"
    r"(?!\s+(?:у|ў|з)\s+[А-ЯЁ])",
    re.IGNORECASE,
)


# A sentence opening with a plural pronoun of the projects: "Together they are worth …",
# "Their total cost …", «В них вложено …», «Их общая стоимость …», «Они дадут 700 рабочих
# мест», «Іх кошт …», «Яны створаць …».
_THEY_OPEN = re.compile(
    r"^\W*(?:(?:together|in\s+total|in\s+all|all\s+told),?\s+)?(?:they|their)\b|"
    r"^\W*(?:(?:вместе|в\s+сумме|всего|разам|усяго)\s+)?(?:(?:в|на|у|ў)\s+)?"
    r"(?:они|них|их|яны|іх|ix)\b",
    re.IGNORECASE,
)


def _priced_alone(reading: Reading, number: int, pair: tuple[str, str]) -> list[Mention]:
    """The value of the project told just before, in a sentence of its own that opens with
    its investment or cost, or the value and jobs of the group told just before, in one that
    opens with a plural pronoun of it; the sentence names no country ('Investment from
    Kazakhstan …' is no project's). Never a project by itself."""
    part = _PART_OPENS.match(reading.text)
    of_the_group = _THEY_OPEN.match(reading.text) is not None
    if not (part or of_the_group or _PRICE_OPENS.match(reading.text)) or any(
        p.code in pair for p in reading.places
    ):
        return []
    clause = reading.clause_of(0)
    money = [
        m
        for m in reading.money
        # "The new line, built with an investment of $3.5 million, …": the sum in the
        # participle set off after the part is the part's, the project's
        if (clause.holds(m.start) or part or of_the_group)
        and m.currency is not None
        and not _of_trade(reading, m)
    ]
    jobs = jobs_in(reading.text, staff=False) if of_the_group else None
    if not money and jobs is None:
        return []
    at = money[0] if money else reading.words[0]
    return [
        Mention(
            sentence=number,
            head="проект",
            start=at.start,
            end=at.end,
            count=None,
            value=money[0] if money else None,
            jobs=jobs,
            companies=[],
            places=[],
            subject="проект",
            content=frozenset(),
            specific=False,
            quote=reading.text,
            valued=True,
            attached=True,
            of_the_group=of_the_group,
        )
    ]


def _staff_at(reading: Reading, number: int, heads: list[int]) -> list[Mention]:
    """'На предприятии трудоустроены 230 человек', 'At the plant 120 people work': the
    people employed at a head told bare, in a place phrase, are the jobs of the project
    named just before; never a project of its own."""
    jobs = jobs_in(reading.text)
    if jobs is None:
        return []
    words = reading.words
    for index in heads:
        word = words[index]
        if not (_located(words, index) or _bare_subject(reading, index)):
            continue
        if _name_after(reading.text, word.end):
            continue  # "на заводе «МТЗ»": a named plant, not the one just told of
        head = _belarusian_head(word.form) or word.lemma
        return [
            Mention(
                sentence=number,
                head=head,
                start=word.start,
                end=word.end,
                count=None,
                value=None,
                jobs=jobs,
                companies=[],
                places=[],
                subject=head,
                content=frozenset(),
                specific=False,
                quote=reading.text,
                valued=True,
                attached=True,
            )
        ]
    return []


def _bare_subject(reading: Reading, index: int) -> bool:
    """'Предприятие обеспечит работой 250 человек', 'the centre will employ 400 people',
    'Завод будзе працаваць …', 'после запуска центр обеспечит работой …': a bare head that
    opens its clause (after a determiner or an adjective at most, and a phrase of time in
    another case) is the plant just told of, as its subject."""
    words = reading.words
    word = words[index]
    if word.case not in {"nomn", None} and _known(word.form):
        return False  # pymorphy3 guesses at a Belarusian form's case ("прадпрыемства")
    clause = reading.clause_of(word.start)
    opening = clause.start  # after a subordinate clause: "Once it opens in 2026, the centre"
    for mark in re.finditer(r"[,;:—–]", reading.text[clause.start : word.start]):
        opening = clause.start + mark.end()
    before = [w for w in words[:index] if w.start >= opening]
    if any(_one_country_name(w) for w in before):
        return False  # "Минский тракторный завод, на котором работают …": a company's own
    if before and before[0].pos == "PREP":
        # "после запуска", "с 2026 года": a preposition and the nouns it governs, in a case
        # of their own, come before the subject
        governed = 1
        while governed < len(before) and before[governed].case not in {"nomn", None}:
            governed += 1
        if governed > 1:
            before = before[governed:]
    return all(
        w.form.lower() in _DETERMINERS or w.pos in {"ADJF", "PRTF"} or _belarusian_adjective(w)
        for w in before
    )


def _located(words: list[Word], index: int) -> bool:
    """'на заводе', 'на новом заводе', 'на вытворчасці', 'at the plant': a head in a place
    phrase."""
    word = words[index]
    first = index
    while first and words[first - 1].pos in {"ADJF", "PRTF"}:
        first -= 1  # "на новом заводе"
    previous = words[first - 1].form if first else ""
    before = words[first - 2].form if first > 1 else ""
    # pymorphy3 guesses at a Belarusian form's case ("на заводзе"): it is not read
    case_told = word.case in {"loct", "loc2", None} or not _known(word.form)
    located = previous in {"на", "в", "у", "ў"} and case_told
    return located or (previous == "the" and before in {"at", "on"})


def _split_by_stage(
    reading: Reading, number: int, found: list[Mention], published: date | None
) -> list[Mention]:
    """'Of the 50 joint projects, 11 are already operating, 25 are being implemented and 14
    are scheduled to start by 2027', 'из 50 проектов 11 уже реализованы, 25 — в стадии
    реализации, 14 — планируются': a counted total told part by part, each part with a
    stage of its own, is its parts, one group each (the total is no status group)."""
    for total in found:
        if not total.count or not _counted_out_of(reading.words, total):
            continue
        groups = _parts(reading, number, total, total.end, published)
        if groups:
            # the parts are counted once, whatever else read their numbers ("а 14 …")
            kept = [m for m in found if not any(g.start <= m.start < g.end for g in groups)]
            return [m for m in kept if m is not total] + groups
    return found


def _parts(
    reading: Reading, number: int, total: Mention, after: int, published: date | None
) -> list[Mention] | None:
    """The parts of a counted total told after `after`, each with its stage; None unless
    there are two or more, each with a stage, and they add up to no more than the total."""
    words = reading.words
    if not total.count:
        return None
    parts = [
        index
        for index, word in enumerate(words)
        if word.start >= after and _part_count(reading, index, total.count)
    ]
    if len(parts) < 2:
        return None
    stages = stages_at(reading, published)
    ends = [words[i].start for i in parts[1:]] + [len(reading.text)]
    groups: list[Mention] = []
    for index, end in zip(parts, ends, strict=True):
        start = words[index].start
        told = [stage for at, stage in stages if start <= at < end]
        if not told:
            return None  # "11 — в машиностроении": parts by sector, not by stage
        span = reading.text[start:end]
        money = [m for m in reading.money if start <= m.start < end and m.currency]
        groups.append(
            Mention(
                sentence=number,
                head=total.head,
                start=start,
                end=words[index].end,
                count=count_value(words[index].text),
                value=money[0] if money else None,
                jobs=jobs_in(span),
                companies=[],
                places=total.places,
                subject=total.subject,
                content=total.content,
                specific=True,
                quote=reading.text,
                stages=told[:1],
            )
        )
    if sum(g.count or 0 for g in groups) > total.count:
        return None
    return groups


# "Из них 18 …", "Of them, 18 …", "З іх 18 …": a sentence telling the group before it apart.
_FROM_THEM = re.compile(
    r"^\W*(?:из\s+(?:них|которых)|of\s+(?:them|these|which)|з\s+(?:іх|якіх))\b", re.IGNORECASE
)


def tells_apart(reading: Reading) -> bool:
    return bool(_FROM_THEM.match(reading.text))


def counted_group(
    reading: Reading, number: int, pair: tuple[str, str], speaker: str | None
) -> Mention | None:
    """The last counted group a sentence names ("в портфеле 45 проектов"), stage or none."""
    words = reading.words
    group = None
    for index in reading.cued:
        if Cue.PROJECT_HEAD not in words[index].cues:
            continue
        head = _head(words, index, reading.text)
        mention = _mention(reading, number, index, head, pair, speaker) if head else None
        if mention is not None and mention.count and mention.count > 1:
            group = mention
    return group


def _counted_out_of(words: list[Word], total: Mention) -> bool:
    """'из 50 проектов', 'of the 50 projects', 'з 50 праектаў': a total to be told apart."""
    before = [w for w in words if w.end <= total.start][-6:]
    for position, word in enumerate(before):
        if count_value(word.text) == total.count:
            previous = [w.form for w in before[:position]]
            return previous[-1:] in (["из"], ["of"], ["з"]) or previous[-2:] == ["of", "the"]
    return False


# What follows the count of a part: a verb or an adverb of it, not a noun it counts.
_PART_FOLLOWERS = frozenset(
    "are is were was have has had will already still remain remains being".split()
)


def _part_count(reading: Reading, index: int, total: int) -> bool:
    """'11 are already operating', '25 — в стадии реализации', '14 планируются': a count
    smaller than the total, with no noun after it."""
    words = reading.words
    value = count_value(words[index].text)
    if value is None or not 0 < value < total:
        return False
    if any(m.start <= words[index].start < m.end for m in reading.money):
        return False
    if index + 1 >= len(words):
        return False
    following = words[index + 1]
    gap = reading.text[words[index].end : following.start]
    if re.search(r"[—–-]", gap):
        return True  # "25 — в стадии реализации"
    if re.search(r"[^\s]", gap):
        return False
    if following.form.isascii():
        return following.form in _PART_FOLLOWERS
    return (
        following.pos in {"VERB", "PRTS", "ADVB"}
        or bool(following.cues & STAGE_CUES)  # Belarusian "рэалізуюцца", parsed as a noun
        or following.form.endswith(("цца", "юць", "уць"))  # "знаходзяцца", read as a noun
        or (following.pos is None and not following.form[:1].isdigit())
    )


def _members_of_a_group(text: str, found: list[Mention]) -> list[Mention]:
    """'Twenty-five joint ventures were launched, including a textile factory in Osh': those
    named after a counted group are among what it counts, not projects of their own (as the
    ones of a sentence "Среди них …" are)."""
    for match in _INCLUDING.finditer(text):
        if any(m.count and m.count > 1 and m.end <= match.start() for m in found):
            return [m for m in found if m.start >= match.end()]
    for match in _SECTORS_SET_OFF.finditer(text):
        # "три проекта — по переработке овощей, производству обуви и упаковки — …": the
        # sectors set off by dashes right after the group
        if any(m.count and m.count > 1 and m.start < match.start() <= m.end + 2 for m in found):
            return [m for m in found if match.start() < m.start < match.end()]
    return []


_SECTORS_SET_OFF = re.compile(r"\s*[—–]\s*(?:по|па|in|for)\s[^—–.;]*(?:[—–]|$)", re.IGNORECASE)


# A verb of containing: "will include a customs terminal", «будзе ўключаць тэрмінал»
_INCLUDES = re.compile(
    r"\b(?:includ(?:e|es|ed)|comprises?|consists?\s+of|включа\w*|включ(?:ит|ат)|"
    r"состо(?:ит|ят|ять)\s+из|[уў]ключа\w*|[уў]ключыць|склада(?:ецца|юцца)\s+з)\b",
    re.IGNORECASE,
)


def _components(text: str, found: list[Mention], *, told_before: bool) -> list[Mention]:
    """'The facility will include a customs terminal and a wholesale market', «Комплекс
    будет включать терминал», 'It will include a terminal' after a project: what a project
    contains is its part, not a project of its own, and so is what is listed with it."""
    parts: list[Mention] = []
    if found and told_before and _IT_INCLUDES.match(text, 0, found[0].start):
        parts.append(found[0])
    for before, mention in itertools.pairwise(found):
        gap = text[before.end : mention.start]
        contains = _INCLUDES.search(gap)
        # the verb's object: what follows it in the same clause, the part and its modifiers
        if (contains and _OBJECT_AFTER.fullmatch(gap, contains.end())) or (
            parts and parts[-1] is before and _LISTED_AFTER.match(gap)
        ):
            parts.append(mention)
    return parts


# The project told before, as a pronoun, contains what follows: "It will include a …"
_IT_INCLUDES = re.compile(
    r"\W*(?:it|он|оно|она|ён|яно|яна)\s+(?:will\s+|также\s+|будет\s+|будзе\s+|таксама\s+)*"
    + _INCLUDES.pattern,
    re.IGNORECASE,
)
_OBJECT_AFTER = re.compile(r"[^.;:—–()]{0,40}")
_LISTED_AFTER = re.compile(r"[^.;:—–()]{0,40}?(?:,|\b(?:and|и|і|ды)\b)[^.;:—–()]{0,40}$", re.I)


# Between a counted group and the first of its members: a comma, dash, colon or bracket,
# then at most the member's article and modifiers ("a glass factory", "шкляны завод").
_APPOSITION_OPENS = re.compile(r"[,—–:(](?:\s*[\w-]+){0,3}\s*$")
# Between two members: a comma or a coordinator, with what the member before says of itself.
_LISTED_NEXT = re.compile(
    r"[^.;:—–()]{0,60}?(?:,|\b(?:and|и|і|ды|а\s+также|as\s+well\s+as)\b)(?:\s*[\w-]+){0,3}\s*$",
    re.IGNORECASE,
)


def _listed_members(reading: Reading, found: list[Mention]) -> list[Mention]:
    """'Two more joint projects worth $350 million, a glass factory and a logistics hub, are
    scheduled', 'ещё два проекта — стекольный завод и логистический хаб — планируется
    запустить': as many projects as a group counts, listed in apposition right after it, are
    its members; the group, with its count, is the fact."""
    for position, group in enumerate(found):
        if not group.count or group.count < 2:
            continue
        text = reading.text
        listed = found[position + 1 : position + 1 + group.count]
        if len(listed) < group.count and listed and _shares_a_head(text, listed[0], group.count):
            listed = listed[:1]  # "двух праектах — выпуску жатак і кормаўборачнай тэхнікі"
        elif len(listed) != group.count or any(m.count for m in listed):
            continue
        if any(m.count for m in listed):
            continue
        if not _APPOSITION_OPENS.search(text, group.end, listed[0].start):
            continue
        between = [w for w in reading.words if group.end <= w.start < listed[0].start]
        if any(_predicate_or_coordinator(w) for w in between):
            continue  # "Two projects operate, and a plant and a hub are planned": no apposition
        pairs = pairwise(listed)
        if all(_LISTED_NEXT.fullmatch(text, a.end, b.start) for a, b in pairs):
            for member in listed:
                group.places.extend(p for p in member.places if p not in group.places)
            return listed
    return []


_LIST_END = re.compile(r"[;:()—–]|\.(?:\s|$)|,\s*(?:котор|which|that|як)")
_LIST_SEPARATOR = re.compile(r",\s*|\s+(?:и|і|ды|and)\s+")


def _shares_a_head(text: str, member: Mention, count: int) -> bool:
    """'двух проектах — выпуске жаток и кормоуборочной техники', 'two projects, production of
    headers and forage harvesters': one head whose complement lists as many products as the
    group counts."""
    end = _LIST_END.search(text, member.start)
    segment = text[member.start : end.start() if end else len(text)]
    return len(_LIST_SEPARATOR.split(segment.strip())) == count


def _predicate_or_coordinator(word: Word) -> bool:
    if word.is_capitalized and not word.cues & STAGE_CUES:
        return False  # "у Паўночна-Казахстанскай вобласці": a name pymorphy3 guessed a verb
    return (
        bool(word.cues & STAGE_CUES)
        or word.pos in {"VERB", "PRTS", "INFN"}
        or word.form in _EN_AUXILIARIES
        or word.form in _CONJUNCTIONS
        or word.form.endswith(("цца", "юць", "уць"))
    )


def _counterfactual(reading: Reading, position: int) -> bool:
    words = reading.words_in(reading.clause_of(position))
    return any(
        Cue.COUNTERFACTUAL in word.cues
        and not (
            word.form == "would"
            and (index + 1 == len(words) or words[index + 1].form != "have")
            and _REPORTED_FUTURE.search(reading.text, 0, word.start)
        )
        for index, word in enumerate(words)
    )


# English reported speech puts the future as "would" ("Officials said the plant would employ
# 90 people"): after a verb of saying it is what is to be, not what might have been.
_REPORTED_FUTURE = re.compile(
    r"\b(?:said|says|told\s+\w+|noted|added|stated|announced|reported|confirmed|promised|"
    r"expects?|expected|hopes?|believes?)\b(?:\s+that)?[^.;]*$",
    re.IGNORECASE,
)


def _head(words: list[Word], index: int, text: str) -> str | None:
    """The head lemma when this word names a project, else None."""
    word = words[index]
    lemma = (
        _belarusian_head(word.form)
        or HEAD_FORMS.get(word.form)
        or (word.lemma if word.lemma in _HEADS else word.form)
    )
    if lemma in LEGAL_FORMS:
        if index and words[index - 1].form in {"с", "со", "with", "з"}:
            return None  # "совместного с ОАО «Гомсельмаш» предприятия": the partner
        joint = any(
            w.lemma in _JOINT or _names_two_countries(w) for w in words[max(0, index - 2) : index]
        )
        return "предприятие" if joint and _name_after(text, word.end) else None
    if lemma not in GENERIC_HEADS and lemma not in FACILITY_HEADS:
        return None
    if (
        lemma in _POWER_PLANTS
        and index
        and _a_name(words[index - 1])
        and not (index > 1 and words[index - 2].lemma in _WORKS_ON_A_PLANT)
    ):
        return None  # "Рогунская ГЭС обеспечит …": a country's own named plant, no work on it
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
        if previous is not None and previous.form in {"в", "во", "на", "у", "ў", "in", "at"}:
            return None  # "в Агдамском промышленном парке": where a project stands
        if any(w.form in {"в", "во", "на", "in", "at"} for w in before[-2:]) and word.case in {
            "loct",
            "loc2",
        }:
            return None
        if any(_one_country_name(w) for w in _modifiers(words, index)):
            return None  # "Минский тракторный завод", "гянджинского завода": a company's own
        modifiers = " ".join(w.form for w in before) + " " + after[:25]
        told_before = " ".join(w.form for w in before)
        if _NOT_A_FACILITY.search(told_before) or (
            _NOT_A_FACILITY.search(after[:25]) and not _PRODUCT_AFTER.match(after)
        ):
            return None
        if lemma in {"парк", "park", "центр", "centre", "center", "hub"} and not _INDUSTRIAL.search(
            modifiers
        ):
            return None
        if _SERVICE.search(modifiers) and not _one_centre(words, index, text):
            return None  # "более 20 сервисных центров белорусских предприятий": a network
        if lemma == "хозяйство" and not {w.lemma for w in before} & _FARM:
            return None
        # a Belarusian adjective ("малочнатаварнага") is a short form to pymorphy3
        # as is one in the masculine nominative («малочнатаварны»), which it only guesses at
        if lemma == "комплекс" and not any(
            w.pos == "ADJS"
            or _adjective(w)
            or (w.form.endswith(_BELARUSIAN_MASCULINE) and not _known(w.form))
            for w in before[-1:]
        ):
            return None
    if lemma in {"предприятие", "enterprise", "enterprises"}:
        joint = any(
            w.lemma in _JOINT or w.form in _JOINT or w.form.startswith(_JOINT_BELARUSIAN)
            for w in before
        )
        if _OWNERSHIP_AFTER.match(after) or not (joint or re.match(r"^\s*(?:по|па)\s", after)):
            return None
    if (
        lemma in {"линия"}
        and not re.match(
            r"^\s*(?:по|па)\s+(?:сборке|производству|выпуску|зборцы|выпуску|вытворчасці)", after
        )
        # a power line the sides build together is a project as a plant is: "стороны
        # договорились построить линию электропередачи", «… паміж краінамі»
        and not (
            re.match(r"^\s*(?:электропередач|электраперадач)", after) and _JOINTLY.search(text)
        )
        and not (previous is not None and previous.form.startswith(_MAKING_LINE))
    ):
        return None  # "линия по сборке комбайнов", "сборочная линия", not "по линии МИД"
    if (
        lemma in GENERIC_HEADS
        and word.case in {"loct", "loc2"}
        and any(w.form in {"в", "во"} for w in before)
        and count_value(previous.text if previous else "") is None
    ):
        return None  # "— в фармацевтике, производстве лифтов": a sector, not a project
    return lemma


# Words that tell work done by both sides: "стороны", «бакі», "между странами", "joint".
_JOINTLY = re.compile(
    r"\b(?:сторон\w*|бак[іа]|между\s+стран\w*|паміж\s+краін\w*|совместн\w*|сумесн\w*|"
    r"sides|between\s+the\s+(?:two\s+)?countries|joint\w*)\b",
    re.IGNORECASE,
)
# A line of making: "сборочная линия тракторов", "производственная линия", "an assembly
# line for tractors", "a production line for elevators".
_MAKING_LINE = ("сборочн", "производствен", "конвейерн", "зборачн", "вытворч", "канвеерн")
_LINE_OF = frozenset("assembly production".split())


def _one_centre(words: list[Word], index: int, text: str) -> bool:
    """'сервисный центр МАЗ', 'a service centre for dump trucks', «сэрвісны цэнтр для
    беларускай тэхнікі»: one service centre is a project of the pair; a counted network is
    not, nor a centre for a third country's machines ('for Turkish trucks')."""
    word = words[index]
    if "plur" in word.tags or word.form in {"centres", "centers", "цэнтры", "цэнтраў"}:
        return False
    if _INCLUDING.search(text, words[max(0, index - 4)].start, word.start):
        return False  # "предприятие по выпуску лифтов, включая сервисный центр": its part
    if _name_after(text, word.end):
        return True
    near = words[max(0, index - 3) : index] + words[index + 1 : index + 2]
    if index + 2 < len(words) and words[index + 1].form in {"for", "для", "по", "of", "па"}:
        # "a service centre for BelAZ dump trucks", "сервисный центр для техники МАЗ"
        near += words[index + 2 : index + 5]
    if any(_a_maker(w) for w in near):
        return True
    return not any(_another_countrys(w) for w in near)


def _another_countrys(word: Word) -> bool:
    """'Turkish', 'китайской': a country the bot does not follow."""
    hit = place_of_token(word.form)
    return hit is not None and hit[1] == "other"


def _a_maker(word: Word) -> bool:
    """'МАЗ', 'BelAZ', 'MAZ', 'Gomselmash': a maker named in any spelling the gazetteer has."""
    hit = place_of_token(word.form)
    return bool(known_company(word.text)) or (hit is not None and hit[1] == "company")


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


@lru_cache(maxsize=20_000)
def _known(form: str) -> bool:
    """A word of pymorphy3's dictionary, not one it guessed at ("малочнай" read as a verb)."""
    return bool(analyzer().word_is_known(form))


@lru_cache(maxsize=100_000)
def _belarusian_head(form: str) -> str | None:
    match = _BELARUSIAN_HEAD.match(form)
    return BELARUSIAN_HEADS[match.group(1)] if match else None


_POWER_PLANTS = frozenset("гэс тэс тэц аэс сэс электростанция".split())
# Work the partners do on a named plant: "модернизация Экибастузской ТЭЦ"
_WORKS_ON_A_PLANT = frozenset(
    "строительство модернизация реконструкция расширение достройка возведение".split()
)


def _a_name(word: Word) -> bool:
    """A capitalised adjective pymorphy3 does not know: a name ("Рогунская")."""
    return word.is_capitalized and word.form.endswith(_ADJECTIVE_ENDINGS) and not _known(word.form)


_ADJECTIVE_ENDINGS = ("ая", "ий", "ый", "ой", "ую", "ей", "ого", "ага")


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
    if a_third_countrys(reading, clause, words[index].start, pair):
        return None
    clause_words = reading.words_in(clause)
    local = clause_words.index(words[index])
    phrase = noun_phrase(clause_words, local)
    head_at = phrase.index(words[index])
    count = _count_before(clause_words, local - head_at, reading.money, reading.text)
    segment = _segment_text(reading, words[index].start)
    value = _value(reading, words[index].start)
    end = _complement_end(clause_words, local, phrase[-1].end, reading.text)
    theirs = _told_on(reading, clause, end)
    if theirs is not None:
        # "…; их реализация позволит создать 2,3 тыс. рабочих мест", "…; их общая стоимость
        # — $35 млн": the clause after tells on the last project of this one
        segment += " " + reading.text[theirs.start : theirs.end]
        value = value or _value_in(reading, theirs)
    places = places_in(clause_words, pair, speaker)
    near = clause_words[max(0, local - head_at - 3) : local + 4]
    placed = bool(places_in(near, pair, speaker))
    content = _content(clause_words, local, reading.text)
    name = _name_after(reading.text, words[index].end)
    if name:
        content |= {name.lower()}
    if (
        not content
        and not name
        and head in _VENTURE_HEADS
        and not _of_a_third(words, index, pair)
        # "The ventures will produce machinery": those named before, told on
        and not _definite(words, index, reading.text)
    ):
        content |= _made_by_the_venture(words, index, reading.text)
    if any(_SERVICE.match(w.form) for w in clause_words[max(0, local - 2) : local]):
        content |= {"service"}  # a service centre is not the plant named before it
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
    # "another" and its numeral stand up to three words before the phrase ("яшчэ адно
    # сумеснае прадпрыемства": the adjective need not belong to the phrase).
    before = clause_words[max(0, local - head_at - 3)].start
    another = bool(_ANOTHER.search(reading.text, before, phrase[0].start + 12))
    return Mention(
        sentence=number,
        head=head,
        start=phrase[0].start,
        end=end,
        count=count,
        value=value,
        jobs=jobs_in(segment),
        companies=companies_in(clause_words, reading.text),
        places=places,
        subject=subject,
        content=frozenset(content),
        specific=specific or another,
        another=another,
        quote=reading.text,
        head_tags=words[index].tags,
        valued=valued and not specific,
        # "на вытворчасці створана 150 месцаў": a bare head in a place phrase is the project
        # just named, never one of its own
        attached=valued and not specific and _located(clause_words, local),
        sectors=bool(content) and _sector_complement(clause_words, local),
        abroad=frozenset(
            hit[0]
            for w in clause_words[local : local + 6]
            if (hit := place_of_token(w.form)) is not None and hit[1] == "other"
        ),
        definite=(
            (head in FACILITY_HEADS or (head in _ONE_GENERIC and "plur" not in words[index].tags))
            and not (count or content)
            and _definite(clause_words, local, reading.text)
        ),
        definite_group=(
            (head in _GENERIC_PLURALS or (head in _ONE_GENERIC and "plur" in words[index].tags))
            and not (count or content)
            and (
                phrase[0] is words[0]
                or _opens_after_a_preposition(clause_words, local - head_at, words)
                or _definite(clause_words, local, reading.text)
                or _a_stage_before(clause_words, local)
            )
        ),
    )


def _opens_after_a_preposition(words: list[Word], first: int, sentence: list[Word]) -> bool:
    """'На реализованных проектах …', 'On these projects …': the phrase opens the sentence
    after a preposition alone."""
    return first == 1 and words[0] is sentence[0] and words[0].form in _OPENING_PREPOSITIONS


def _a_stage_before(words: list[Word], head: int) -> bool:
    """'реализованных проектах', 'The implemented projects', «рэалізаваных праектах»: a
    participle of a stage right before the head names the group of that stage told before."""
    word = words[head - 1] if head > 0 else None
    return (
        word is not None
        and bool(word.cues & STAGE_CUES)
        and (word.pos in {"PRTF", "ADJF"} or (word.pos is None and word.form.endswith("ed")))
    )


_OPENING_PREPOSITIONS = frozenset("на в во у ў on in at".split())


def a_third_countrys(reading: Reading, clause: Clause, head: int, pair: tuple[str, str]) -> bool:
    """Whether the project is a third country's: one named before the head as who builds it
    ("китайская компания строит завод", "a Chinese investor is building a smelter", «кітайская
    кампанія будуе завод»), and neither country of the pair named as a party in the clause
    (a place it stands in, "в Казахстане", is no party) — or only one of them, beside it,
    with the other side named nowhere in the clause ("Турция и Узбекистан договорились
    построить завод", "Kazakhstan and China are implementing 52 projects"): that is the
    third country's project with one side of the pair."""
    in_clause = [p for p in reading.places if clause.holds(p.start)]
    named = [p for p in in_clause if not p.venue]
    if not any(p.kind is PlaceKind.OTHER and p.start < head for p in named):
        return False
    parties = {p.code for p in named if p.code in pair and not p.role_bound}
    if not parties:
        return not any(p.code in pair for p in named)
    # An official of the other side ("посол Казахстана") only reports what the two do.
    elsewhere = {p.code for p in in_clause if p.code in pair and not p.role_bound}
    return len(parties) == 1 and elsewhere == parties


# Generic heads that, made definite and singular, name the project told last too ("The
# project will create 1,200 jobs", «этот проект»); "the projects" may be any group.
_ONE_GENERIC = frozenset("проект project предприятие venture enterprise".split())
_GENERIC_PLURALS = frozenset("projects ventures enterprises".split())
# A determiner that makes a head definite: "the plant", "this facility", "этот завод",
# "данное предприятие", "гэты завод".
_DEFINITE = frozenset(
    "the this этот эта это этого этому этим этом этой эту данный данная данное данного "
    "данном данной данную данным гэты гэтая гэтае гэта гэтага гэтым гэтай гэту "
    "these эти этих этим данные данных гэтыя гэтых".split()
)
_DETERMINERS = _DEFINITE | {"that", "its"}


def _definite(words: list[Word], index: int, text: str) -> bool:
    """'the plant', 'The $18 million facility', 'в этом заводе': a determiner before the head
    with no more than modifiers and a sum between them."""
    for position in range(index - 1, max(-1, index - 6), -1):
        word = words[position]
        if _PUNCTUATION.search(text, word.end, words[index].start):
            return False
        if word.form in _DEFINITE:
            return True
        if word.is_capitalized and position and not _adjective(word):
            return False  # "the Kostanay industrial park": a name, not the one told before
        modifier = (
            _adjective(word)
            or count_value(word.text) is not None
            or (word.form.isascii() and word.pos is None and word.form not in _EN_PHRASE_ENDS)
        )
        if not modifier or word.cues & STAGE_CUES:
            return False
    return False


# English words that end a noun phrase on its left: "build a plant", "in plants".
_EN_PHRASE_ENDS = _EN_STOP - {"million", "billion", "thousand", "usd", "dollar", "dollars"}


def _content(words: list[Word], index: int, text: str) -> set[str]:
    """What tells this project from others: the first nouns of its complement — its product
    or sector ("производство лифтов", "по сборке тракторов", "в нефтехимии") — or, in
    English, the nouns before it ("dairy facility", "hydropower projects")."""
    found: list[str] = []
    if words[index].pos is None and words[index].form.isascii():
        for word in reversed(words[max(0, index - 3) : index]):
            if word.pos is not None or word.is_capitalized or word.form in _EN_STOP:
                break  # "build a plant": an article ends the noun phrase
            if word.cues & STAGE_CUES or word.form in _EN_PHRASAL:
                break  # "the sides discussed joint projects", "to start production": a verb
            if not _is_plain(word):
                found.append(word.form)
        after = words[index + 1 : index + 4]
        if after and after[0].form in {"line", "lines"} and words[index].form in _LINE_OF:
            after = words[index + 2 : index + 5]  # "an assembly line for MTZ tractors"
        if after and after[0].form.endswith("ing") and len(after) > 1:
            found.append(after[1].form)  # "a joint venture producing elevators"
        if after and after[0].form in {"of", "for"}:
            found += [w.form for w in after[1:] if not _is_plain(w)][:1]
        if (
            len(after) > 1
            and after[0].form == "to"
            and after[1].form not in _EN_STOP
            and not _english_place_phrase(words, index)
        ):
            # "a joint venture to produce dairy products", "a project to set up production of
            # electric motors": what it is to make
            told = words[index + 2 : index + 7]
            found += [w.form for w in told if not _is_plain(w) and w.form not in _EN_PHRASAL][:1]
        partner = after[1] if len(after) > 1 and after[0].form == "with" else None
        maker = place_of_token(partner.form) if partner is not None else None
        if partner is not None and ((maker and maker[1] == "company") or partner.text.isupper()):
            found.append(partner.form)  # "joint ventures with MTZ"
        return set(found[:2])
    previous = words[index]
    scanned = words[index + 1 : index + 8]
    # After a Belarusian head pymorphy3's parts of speech are guesses ("малочнай" a verb):
    # the words are told by their endings and the prepositions by their forms.
    belarusian_phrase = _belarusian_head(words[index].form) is not None and bool(
        _BELARUSIAN_LETTERS.search(text)
    )
    for position, word in enumerate(scanned):
        if word.form in _CONJUNCTIONS or word.pos == "CONJ":
            following = scanned[position + 1] if position + 1 < len(scanned) else None
            if not position:
                break  # "расширение производства и торговли": the head coordinated, no product
            ahead = position + 1
            while (
                following is not None
                and following.pos == "ADJF"
                and ahead + 1 < len(scanned)
                and scanned[ahead + 1].pos in {"ADJF", "NOUN"}
            ):
                # "по выпуску коммунальной и дорожной техники": the noun the adjectives share
                ahead += 1
                following = scanned[ahead]
            if found or following is None or _is_plain(following):
                break  # "лакалізацыі вытворчасці і гатовы падзяліцца": another predicate
            continue  # "по строительству и ремонту судов": the product is yet to come
        gap = text[previous.end : word.start]
        listed = gap.strip() == "," and word.pos == "ADJF" and previous.pos == "ADJF"
        if _PUNCTUATION.search(gap) and not listed:
            break  # a comma between adjectives stays inside: "пожарной, спасательной техники"
        previous = word
        if _a_measure(word):
            break  # "проект стоимостью $30 млн", "праект коштам": a sum follows, no product
        if belarusian_phrase and not word.form.isascii():
            if _belarusian_head(word.form) in GENERIC_HEADS:
                continue  # "па вытворчасці тэкстылю": the product is yet to come
            if word.form in _BELARUSIAN_PREPOSITIONS:
                following = scanned[position + 1] if position + 1 < len(scanned) else None
                if word.form in _BELARUSIAN_COMPLEMENT_PREPOSITIONS and not (
                    following is not None and following.is_capitalized
                ):
                    continue  # "па зборцы тэхнікі", "для сельскай гаспадаркі"
                break  # "ў Ташкенцкай вобласці": where it stands, not what it makes
            if word.form.endswith(_BELARUSIAN_PREDICATE_ENDINGS) or (
                word.pos in {"VERB", "INFN", "PRTS", "GRND"} and _known(word.form)
            ):
                break  # "вытворчасць разлічана на …", "вытворчасці перавышае 50%"
        elif word.pos == "PREP":
            if word.form in _COMPLEMENT_PREPOSITIONS:
                continue
            break
        elif word.pos in {"VERB", "INFN", "PRTS", "PRTF", "GRND", "CONJ"}:
            break
        if (
            word.form.endswith(("ць", "цца", "юць", "уць")) and not _known(word.form)
        ) or word.form in _BELARUSIAN_AUXILIARIES:
            break  # "Завод забяспечыць працай …": a Belarusian verb pymorphy3 guessed a noun
        if word.lemma in GENERIC_HEADS or _belarusian_head(word.form) in GENERIC_HEADS:
            continue
        # Belarusian, which pymorphy3 does not parse (or guesses at): its verbs end like these
        belarusian = (word.pos is None and not word.form.isascii()) or bool(
            _BELARUSIAN_LETTERS.search(word.form)
        )
        if belarusian or belarusian_phrase:
            noun = not word.form.endswith(_BELARUSIAN_VERB_ENDINGS)
        else:
            noun = word.pos == "NOUN"
        if noun and not _is_plain(word):
            found.append(word.form if belarusian else word.lemma)
        if len(found) == 2:
            break
    return set(found)


# "совместное предприятие, которое собирает тракторы", "a joint venture that assembles
# tractors", "сумеснае прадпрыемства, якое збірае трактары": what a venture makes, told by a
# relative clause right after its head, is what tells it from others.
_RELATIVE_OPENS = re.compile(
    # after the head, or its place: "прадпрыемства ў Кастанаі, якое збірае трактары"
    r"(?:\s+(?:в|во|у|ў|in)\s+[А-ЯЁA-Z][\w-]*(?:\s+[\w-]+)?)?"
    r"\s*,?\s*(?:котор\w+|як\w+|that|which)\s+",
    re.IGNORECASE,
)
# "A joint venture in Jizzakh started producing boilers", "СП в Джизаке выпускает насосы",
# «Прадпрыемства ўжо збірае трактары»: the venture's own predicate tells what it makes, as a
# relative clause does.
_PREDICATE_OPENS = re.compile(
    r"(?:\s+(?:в|во|у|ў|in|at)\s+(?:the\s+)?[А-ЯЁІЎA-Z][\w-]*(?:\s+(?:region|oblast|области|"
    r"вобласці|районе|раёне))?)?"
    r"\s+(?:(?:has|have|had|will|now|already|also|уже|теперь|сейчас|также|ужо|цяпер|таксама)\s+)*"
    r"(?:(?:started|start|starts|begun|began|begin|commenced|launched|начало|начнёт|начнет|"
    r"пачало|пачне|стало|будет|будзе)\s+)?"
)
_MAKING_VERBS = frozenset(
    "собирать выпускать производить изготавливать изготовлять "
    "assembles assemble assembled produces produce produced makes make made manufactures "
    "manufacture manufactured producing making manufacturing assembling".split()
)
_VENTURE_HEADS = frozenset("предприятие сп venture ventures enterprise enterprises".split())
_MAKING_BELARUSIAN = ("збіра", "выпуска", "выпусці", "выраб", "сабра", "сабраў")


def _of_a_third(words: list[Word], index: int, pair: tuple[str, str]) -> bool:
    """'Turkish-Uzbek joint venture', 'совместное с Турцией предприятие': a venture whose
    modifiers name a country outside the pair is not the pair's."""
    for word in words[max(0, index - 4) : index]:
        for part in word.form.split("-"):
            hit = place_of_token(part)
            if hit is not None and hit[1] in {"country", "other"} and hit[0] not in pair:
                return True
    return False


def _made_by_the_venture(words: list[Word], index: int, text: str) -> set[str]:
    """The product the head's own predicate, or a relative clause right after the head,
    says the venture makes."""
    for position in range(index + 1, min(index + 7, len(words) - 1)):
        verb = words[position]
        making = (
            verb.lemma in _MAKING_VERBS
            or verb.form in _MAKING_VERBS
            or verb.form.startswith(_MAKING_BELARUSIAN)
        )
        own_predicate = making and _PREDICATE_OPENS.fullmatch(text, words[index].end, verb.start)
        if not own_predicate:
            if not _RELATIVE_OPENS.fullmatch(text, words[index].end, verb.start):
                continue
            if not making:
                return set()  # "…, которое возглавляет бывший министр": no product
        for word in words[position + 1 : position + 4]:
            if _PUNCTUATION.search(text, verb.end, word.start):
                return set()
            if word.form.isascii() and word.form in _EN_STOP:
                continue
            if place_of_token(word.form) is not None or _adjective(word):
                continue  # "белорусские тракторы", "Belarusian tractors"
            if word.pos in {"NOUN", None} and not _is_plain(word):
                return {word.lemma if word.pos == "NOUN" else word.form}
        return set()
    return set()


def _english_place_phrase(words: list[Word], index: int) -> bool:
    """'in the Sumgait Chemical Industrial Park to assemble buses': the head is where the
    project stands, and what is to be made is the project's, not the park's."""
    position = index - 1
    while position >= 0 and words[position].form not in _EN_STOP:
        position -= 1
    while position >= 0 and words[position].form in {"the", "a", "an"}:
        position -= 1
    return position >= 0 and words[position].form in {"in", "at", "on", "inside", "within"}


def _is_plain(word: Word) -> bool:
    """Words that do not tell one project from another."""
    return (
        word.lemma in _GENERIC_CONTENT
        or word.form in _GENERIC_CONTENT
        or bool(word.cues & STAGE_CUES)
        or count_value(word.text) is not None
        or place_of_token(word.form) is not None
        or len(word.form) < 3
        or _ANY_MONTH.fullmatch(word.form) is not None  # "вытворчасць у маі": when, not what
    )


def _sector_complement(words: list[Word], index: int) -> bool:
    """'проекты в нефтехимии', 'СП в фармацевтике' (not 'in Tajikistan', a place)."""
    following = words[index + 1 : index + 3]
    if len(following) < 2 or following[0].form not in {"в", "во"}:
        return False
    return place_of_token(following[1].form) is None


def _complement_end(words: list[Word], index: int, end: int, text: str) -> int:
    """Where 'по сборке тракторов', 'па выпуску лекаў' after a head ends: it is the head's,
    also after the head's name ('завод «Амкодор» по выпуску дорожной техники')."""
    name = _NAME.match(text, words[index].end)
    if name is not None:
        end = max(end, name.end())
        while index + 1 < len(words) and words[index + 1].start < name.end():
            index += 1
    following = words[index + 1 : index + 6]
    if not following or following[0].form not in {"по", "па", "for"}:
        return end
    last = following[0].end
    for word in following[1:]:
        if word.pos not in {"NOUN", "ADJF", "PRTF", None} or word.form in _CONJUNCTIONS:
            break
        if _PUNCTUATION.search(text, last, word.start):
            break  # "по выпуску лифтов, запланированное на 2026 год": the participle is not in it
        if word.form.isascii() and (
            word.cues & STAGE_CUES or word.form in _EN_AUXILIARIES | _EN_PREPOSITIONS
        ):
            break  # "a plant for MTZ tractors has opened": the verb is the clause's
        if word.cues & STAGE_CUES and not (word.pos == "NOUN" and _known(word.form)):
            break  # «завод па зборцы трактароў будуюць»: a Belarusian verb, guessed a noun
        end = last = word.end
    return end


def _name_after(text: str, position: int) -> str | None:
    match = _NAME.match(text, position)
    if match:
        return match.group(1)
    # English puts a name in apposition, unquoted ("the joint venture Kant-Agromash", "the
    # venture UzBelAvto"): a hyphenated or inner-capitalised word that is no place
    english = _ENGLISH_NAME.match(text, position)
    name = english.group(1) if english else ""
    if name and not any(place_of_token(part) for part in (name.lower(), *name.lower().split("-"))):
        return name
    return None


_ENGLISH_NAME = re.compile(r" ([A-Z][a-z]+(?:-[A-Z][a-z]+)+|[A-Z][a-z]+[A-Z][A-Za-z]+)\b")


def _count_before(words: list[Word], index: int, money: list[Money], text: str) -> int | None:
    """'8 проектов', 'восемь совместных производств', 'Twelve plants', 'более 1 400 предприятий';
    never the number of a sum ("the $25 million project"), nor one outside the head's noun
    phrase ("ASTANA, Sept. 10 (Kazinform) – Joint ventures"), nor the day of a date."""
    position = index - 1
    while position >= 0:
        if _adjective(words[position]):
            position -= 1
            continue
        start = _governed_phrase_start(words, position)
        if start == position:
            break
        position = start
    if position >= 0 and words[position].pos is None and words[position].form not in {"a", "the"}:
        # English adjectives carry no part of speech here: skip capitalised or known ones
        while position > 0 and count_value(words[position].text) is None and position > index - 4:
            position -= 1
    if position < 0:
        return None
    word = words[position]
    if any(m.start <= word.start < m.end for m in money):
        return None
    if _PHRASE_BREAK.search(text, word.end, words[index].start) or _day_of_date(
        words, position, text
    ):
        return None
    if (
        position
        and re.fullmatch(r"\d{3}", word.text)
        and re.fullmatch(r"\d{1,3}", words[position - 1].text)
        and re.fullmatch(r"[ \u00a0\u202f,]", text[words[position - 1].end : word.start])
    ):
        # "1 200 совместных предприятий", "1,200 plants": the groups of one number
        return count_value(text[words[position - 1].start : word.end])
    return count_value(word.text)


# A Belarusian adjective's masculine nominative («малочнатаварны», «вялікі»), not a verb's
# past plural («абмеркавалі»)
_BELARUSIAN_MASCULINE = ("ы", "кі", "гі", "хі")


def _adjective(word: Word) -> bool:
    return word.pos in {"ADJF", "PRTF"} or _belarusian_adjective(word)


# Prepositions of a phrase an adjective governs inside a noun phrase: "совместных с
# белорусскими партнёрами проектов", "реализуемых в регионе проектов", "сумесных з
# беларускімі партнёрамі праектаў".
_INNER_PREPOSITIONS = frozenset("с со в во на при для по из за з са у ў па пры ад".split())


def _governed_phrase_start(words: list[Word], position: int) -> int:
    """'три совместных [с белорусскими партнёрами] проекта', 'пять созданных [с участием
    белорусских компаний] предприятий': where a prepositional phrase that the adjective before
    it governs begins, less one (the adjective's position); `position` itself when the words
    there end no such phrase (a count, a verb, a noun of another phrase)."""
    at = position
    nouns = 0
    while at >= 0 and at > position - 5:
        word = words[at]
        if word.form in _INNER_PREPOSITIONS:
            break
        if word.form.isascii() or word.case == "nomn":
            return position
        if word.pos == "NOUN" or (word.pos is None and not _adjective(word)):
            nouns += 1
        elif not _adjective(word):
            break
        at -= 1
    if nouns and at >= 1 and words[at].form in _INNER_PREPOSITIONS and _adjective(words[at - 1]):
        return at - 1
    return position


def _belarusian_adjective(word: Word) -> bool:
    """'беларуска-ўзбекскіх', 'сумесных': a Belarusian adjective, which pymorphy3 may read
    as anything."""
    belarusian = (
        bool(_BELARUSIAN_LETTERS.search(word.form))
        or word.form.endswith("ыя")  # "сумесныя", "новыя": no Russian adjective ends so
        or word.form.startswith(_JOINT_BELARUSIAN)
        or not _known(word.form)  # "прамысловых": spelt as Russian could be, but no Russian
    )
    return (
        belarusian
        and word.form.endswith(
            ("ых", "іх", "ага", "ае", "ая", "ую", "ыя", "ія", "ым", "ім", "ымі", "імі")
        )
        and count_value(word.text) is None
    )


def _day_of_date(words: list[Word], position: int, text: str) -> bool:
    """'10 сентября', '10 верасня', '10 September', 'September 10', 'Sept. 10': a day of a
    date, not a count. Only English puts the month first, and capitalises it (which tells
    'May 22' from '11 may be')."""
    number = words[position]
    if position + 1 < len(words):
        month = words[position + 1]
        if _MONTH.match(month.form) and not text[number.end : month.start].strip():
            return not month.form.isascii() or month.is_capitalized
    if position:
        month = words[position - 1]
        gap = text[month.end : number.start]
        return bool(
            month.form.isascii()
            and month.is_capitalized
            and _MONTH.match(month.form)
            and re.fullmatch(r"\.?\s+", gap)
        )
    return False


# English words that may follow an elided head's number: "Four more are to be commissioned",
# "another 12 at the design stage", "a further 18 worth $2 billion".
_AFTER_AN_ELIDED_HEAD = (
    _EN_AUXILIARIES
    | _EN_STOP
    | frozenset(
        "more worth valued totalling totaling under being were was can could should would may "
        "might must".split()
    )
)


def _an_english_noun_after(text: str, number: Word, word: Word) -> bool:
    """'another 300 tractors': an English word right after the number that names what it
    counts (English words carry no part of speech here)."""
    return (
        word.pos is None
        and word.form.isascii()
        and word.form.isalpha()
        and word.form not in _AFTER_AN_ELIDED_HEAD
        and not text[number.end : word.start].strip()
    )


def _elided(
    reading: Reading,
    number: int,
    found: list[Mention],
    pair: tuple[str, str],
    speaker: str | None,
    last_head: str | None,
) -> list[Mention]:
    """'ещё 40 крупных … находятся в стадии реализации', 'Four more are to be commissioned',
    'яшчэ 12 плануецца запусціць': a number whose noun is the project head named before it;
    and a number coordinated with a counted group of the sentence, its head elided ('58
    projects are being implemented, and 48 are scheduled', 'реализуются 58 проектов, а 48
    планируется запустить', 'і 48 плануецца')."""
    words = reading.words
    result: list[Mention] = []
    counted = [m for m in found if m.count]
    for index, word in enumerate(words):
        before = words[index - 1].form if index else ""
        following = words[index + 1] if index + 1 < len(words) else None
        more = following is not None and following.form == "more"
        coordinated = (
            before in _COORDINATORS
            and any(m.end <= word.start for m in counted)
            and _part_count(reading, index, _ANY_COUNT)
        )
        if before not in _MORE_BEFORE and not more and not coordinated:
            continue
        count = count_value(word.text)
        if count is None or count < 2 or (coordinated and _YEAR.fullmatch(word.text)):
            continue  # "and 2027 is the deadline": a year
        nxt = index + 1 + (1 if more else 0)
        while nxt < len(words) and (
            words[nxt].pos in {"ADJF", "PRTF"} or _belarusian_adjective(words[nxt])
        ):
            nxt += 1
        if nxt < len(words) and _noun(words[nxt]) and not _a_measure(words[nxt]):
            continue  # "ещё 4 проекта": an ordinary mention (not "яшчэ 8 коштам $230 млн")
        if nxt < len(words) and _an_english_noun_after(reading.text, words[index], words[nxt]):
            continue  # "to supply another 300 tractors": what is counted is named
        if _head_follows(reading, index):
            continue  # "яшчэ 12 праектаў", "Two more joint projects"
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


_MORE_BEFORE = frozenset({"ещё", "еще", "яшчэ", "another", "further"})
_YEAR = re.compile(r"(?:19|20)\d{2}")
_COORDINATORS = frozenset("and а и і while whereas".split())
_ANY_COUNT = 10**6


def _a_measure(word: Word) -> bool:
    """'стоимостью', «коштам», 'worth': a sum follows, the word names no project."""
    return word.lemma in _MEASURES or word.form.startswith(_BELARUSIAN_MEASURES)


def _noun(word: Word) -> bool:
    """A noun, not a Belarusian verb pymorphy3 reads as one ("плануецца", "знаходзяцца")."""
    return (
        word.pos == "NOUN"
        and not word.cues & STAGE_CUES
        and not word.form.endswith(("цца", "юць", "уць"))
    )


def _head_follows(reading: Reading, index: int) -> bool:
    """A project head a few words after the number, in its noun phrase."""
    words = reading.words
    for word in words[index + 1 : index + 5]:
        if _PHRASE_BREAK.search(reading.text, words[index].end, word.start):
            return False
        if Cue.PROJECT_HEAD in word.cues:
            return True
    return False


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


_NUMBER_NOUNS = frozenset("тысяча миллион сотня десяток тысяч тыс млн thousand million".split())
# Belarusian people, which pymorphy3 does not know as animate: «гледачоў», «удзельнікаў»
_BELARUSIAN_PEOPLE = ("гледач", "удзельнік", "наведвальнік", "гасц", "чалавек", "людзей")


def _people(objects: list[Word]) -> bool:
    """Whether what the verb takes is people ('зрителей', «гледачоў», 'visitors'): a crowd
    gathered, not machines assembled."""
    first = next(
        (w for w in objects if w.lemma not in _NUMBER_NOUNS and w.form not in {"больш", "менш"}),
        None,
    )
    return first is not None and (
        ("anim" in first.tags and _known(first.form))  # not one pymorphy3 guessed at
        or first.form.startswith(_BELARUSIAN_PEOPLE)
        or first.form in {"visitors", "spectators", "people", "participants", "guests"}
    )


def _assembly(
    reading: Reading, number: int, found: list[Mention], pair: tuple[str, str]
) -> list[Mention]:
    """'В Ташкенте уже собирают тракторы «Беларус»', 'в Гяндже уже собрано более 10 тысяч
    тракторов': assembly in one country of the pair of what the other one makes."""
    # Beside a project named in a comma-part of its own ("В Костанае уже много лет собирают
    # тракторы «Беларус», в Кокшетау работает сборка погрузчиков"), an assembly is one more.
    if not found:
        participle = _assembled_before(reading, number, pair)
        if participle is not None:
            return [participle]
    words = reading.words
    placed = [p for p in reading.places if p.code in pair]
    at = [
        p
        for p in placed
        if p.venue or _after_in(reading, p.start) or _names_an_assembling_plant(reading, p)
    ]
    venues = {p.code for p in at}
    makers = {p.code for p in placed if p not in at}
    if not venues or not (makers - venues):
        return []
    venue_starts = [p.start for p in at]
    for index, word in enumerate(words):
        begun = _begun(words, index)
        belarusian = bool(_BELARUSIAN_ASSEMBLY.fullmatch(word.form)) or (
            begun is not None and word.form in _BELARUSIAN_ASSEMBLY_INFINITIVES
        )
        if belarusian or (
            word.lemma in _ASSEMBLY_VERBS
            and (word.pos in {"VERB", "PRTS", None} or (word.pos == "INFN" and begun is not None))
        ):
            objects = [
                w
                for w in words[index + 1 : index + 8]
                if w.pos == "NOUN"
                or (belarusian and _belarusian_object(w))
                or (word.form.isascii() and _english_object(w))
            ]
            near = [w.start for w in words[max(0, index - 3) : index]]
            if not found:  # "в Костанае с начала года собрано": the place opens the part
                part = max(
                    (m.end() for m in re.finditer(r"[,;]", reading.text[: word.start])), default=0
                )
                near += [w.start for w in words[max(0, index - 5) : index] if w.start >= part]
            if word.form in _ENGLISH_PASSIVE_ASSEMBLY and index > 1:
                # "Gomselmash combine harvesters have been assembled in Kostanay since 2019":
                # what is assembled is the subject, where comes after the verb
                objects = _english_subject(words, index)
                near = [w.start for w in words[index + 1 : index + 4]]
            where = _where_antecedent(reading, index)
            owner = next(
                (
                    m
                    for m in found
                    if where
                    and m.start < where[-1]
                    and not _PUNCTUATION.search(reading.text, m.end, where[-1])
                ),
                None,
            )
            if owner is not None:
                # "прадпрыемства «…» у Гісары, дзе збіраюць трактары": the project's own verb,
                # and the place of its antecedent is the project's
                cities = [p.city for p in at if p.city and p.start in where]
                owner.places.extend(c for c in cities if c not in owner.places)
                continue
            if where:
                near += where
                if not word.form.isascii():  # what is assembled ends with the relative clause
                    objects = [w for w in objects if _same_part(reading.text, word, w)]
            if found:
                # "уже много лет собирают": the place opens the verb's part of the sentence
                part = max(
                    (m.end() for m in re.finditer(r"[,;]", reading.text[: word.start])), default=0
                )
                near += [w.start for w in words[max(0, index - 5) : index] if w.start >= part]
                objects = [
                    w for w in objects if not _PUNCTUATION.search(reading.text, word.end, w.start)
                ]
                if not objects or any(
                    not _PUNCTUATION.search(
                        reading.text, min(m.start, word.start), max(m.start, word.start)
                    )
                    for m in found
                ):
                    continue  # the verb of a project named in its part of the sentence
            if not objects or not any(start in near for start in venue_starts):
                continue  # assembled somewhere else, or nothing named
            if _people(objects):
                continue  # "собрали более 10 тысяч зрителей": gathered, not assembled
            clause = reading.words_in(reading.clause_of(word.start))
            told = begun or word  # "начали собирать": the verb of beginning tells when
            future = told.tense == "futr" or "will" in {w.form for w in words[index - 3 : index]}
            status = Status.PLANNED if future else Status.DONE
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
                    subject=reading.text[
                        min(word.start, objects[0].start) : max(word.end, objects[-1].end)
                    ],
                    content=frozenset(w.lemma for w in objects),
                    specific=True,
                    quote=reading.text,
                    stages=[Stage(status, word.tense == "pres")],
                )
            ]
    return []


_WHERE = frozenset("где дзе where".split())
_WHICH = re.compile(r"котор\w+|which|that|як(?:і|ая|ое|ія|ога|ой)")
# "Гянджинский автомобильный завод, который собирает тракторы МТЗ", "Ganja Automobile Plant,
# which assembles MAZ trucks", "Гянджынскі завод, які збірае трактары": a plant named by its
# city, the antecedent of a relative clause of assembly.
_ASSEMBLING_RELATIVE = re.compile(
    r"[\w\s«»\"-]{0,40}?,\s*(?:котор\w+|which|that|як\w+|где|дзе|where)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:собира|собра|выпуска|производ|изготав|assembl|produc|manufactur|make|збіра|сабра|"
    r"выпуска|выраб)",
    re.IGNORECASE,
)


def _names_an_assembling_plant(reading: Reading, place: Place) -> bool:
    if place.kind is not PlaceKind.CITY:
        return False
    if _ASSEMBLING_RELATIVE.match(reading.text, place.end):
        return True
    # "на Гянджинском автозаводе уже собрано …", «на Кастанайскім заводзе»: the plant of a
    # city, where the assembly stands
    return bool(
        _PLANT_AFTER.match(reading.text, place.end)
        and _ON_BEFORE.search(reading.text, max(0, place.start - 4), place.start)
    )


_PLANT_AFTER = re.compile(r"\s+(?:\w+\s+)?(?:авто)?(?:завод|plant|factory)\w*", re.I)
_ON_BEFORE = re.compile(r"(?:^|\s)(?:на|at)\s+$", re.I)


def _same_part(text: str, verb: Word, word: Word) -> bool:
    return not _PUNCTUATION.search(text, verb.end, word.start)


def _after_in(reading: Reading, start: int) -> bool:
    """'ў Гянджы', 'у Кастанаі': a city after a preposition of place, whatever case
    pymorphy3 guessed for a Belarusian form."""
    return bool(re.search(r"(?:^|\s)[уў]\s+$", reading.text[:start]))


# Belarusian verbs of assembly, which pymorphy3 does not lead to a lemma: "збіраюць трактары",
# "сабрана 300 камбайнаў", "выпускае ліфты" (not "збіраюцца", "are going to").
_BELARUSIAN_ASSEMBLY = re.compile(
    r"збіра(?:е|юць|лі|ў|ла)|сабра(?:лі|ў|ла|на|ны|ныя)|выпуска(?:е|юць|лі)|"
    r"выпусці(?:лі|ў|ла)|выпушчан(?:а|ы|ыя)"
)


def _english_object(word: Word) -> bool:
    """'assembles MAZ trucks and MTZ tractors': an English noun of what is assembled."""
    return (
        word.form.isascii()
        and word.form.isalpha()
        and word.form not in _EN_STOP | _EN_AUXILIARIES
        and not word.cues & STAGE_CUES
        and place_of_token(word.form) is None
    )


# "начали собирать", «пачалі збіраць»: assembly begun, told by the verb of beginning
_BEGIN_VERBS = frozenset("начать стать начинать приступить".split())
_BELARUSIAN_ASSEMBLY_INFINITIVES = frozenset("збіраць сабраць выпускаць".split())


def _begun(words: list[Word], index: int) -> Word | None:
    """The verb of beginning right before an infinitive of assembly, if there is one."""
    if not index:
        return None
    before = words[index - 1]
    if before.lemma in _BEGIN_VERBS or before.form in _BELARUSIAN_BEGIN:
        return before
    return None


def _belarusian_object(word: Word) -> bool:
    """A noun of what is assembled, told by its ending (pymorphy3 guesses at Belarusian)."""
    return (
        word.form.isalpha()
        and not word.form.isascii()
        and len(word.form) > 3
        and word.form.endswith(("ы", "і", "аў", "яў", "оў"))
        and not word.form.endswith(("ыі",))
        and not _belarusian_adjective(word)
        and word.form not in {"больш", "менш"}
    )


def _where_antecedent(reading: Reading, index: int) -> list[int]:
    """'на заводе в Гяндже, где с 2007 года собирают тракторы МТЗ', 'the plant in Ganja, where
    MTZ tractors have been assembled': a relative clause of place opened a few words before
    the verb is where the place phrase of its antecedent, right before it, is."""
    words = reading.words
    for position in range(index - 1, max(-1, index - 6), -1):
        if words[position].form not in _WHERE and not _WHICH.fullmatch(words[position].form):
            continue
        if not re.search(r",\s*$", reading.text[: words[position].start]):
            return []
        return [w.start for w in words[max(0, position - 3) : position]]
    return []


# Building with its object counted: "соглашение о строительстве трёх теплоэлектроцентралей",
# "построит три ТЭЦ", "to build three schools", "construction of two hospitals", "будаўніцтва
# трох ЦЭЦ". The noun of building (or the verb) governs the count right after it.
_BUILDING = re.compile(
    r"(?:строительств|возведени|будаўніцтв|construction|building)\w*(?:\s+of)?|"
    r"(?:построи|построя|строит|строят|возвед|возвест|пабудав|пабудуе|пабудуюць|будуе|будуюць|"
    r"build|builds|built|construct|constructs|constructed)\w*",
    re.IGNORECASE,
)
# What is counted that is no facility: units, housing, people, time.
_NOT_FACILITIES = re.compile(
    r"(?:км|кілам|килом|kilomet|km|метр|метр|metre|meter|тонн|тон\b|ton|гектар|hectare|"
    r"квадрат|square|кубометр|мегават|мвт|гвт|megawatt|mw|gw|тысяч|миллион|миллиард|"
    r"тысяч|мільён|мільярд|thousand|million|billion|млн|млрд|трлн|bn|mln|квартир|кватэр|apartment|flat|дом|"
    r"дамоў|house|home|жил|этаж|storey|floor|год|лет|гад|year|месяц|месяц|month|дн|day|"
    r"процент|працэнт|percent|человек|чалавек|people|раз|times|этап|stage|phase|очеред|"
    r"част|part|вид|type|kind)",
    re.IGNORECASE,
)
_MAX_BUILT = 50


def _counted_builds(
    reading: Reading,
    number: int,
    found: list[Mention],
    pair: tuple[str, str],
    speaker: str | None,
) -> list[Mention]:
    """Facilities of a kind the pair builds, counted: what a noun or verb of building
    governs, a count (two to fifty) and its noun, names a counted project even when the noun
    is no project head ("теплоэлектроцентралей", "школ", "hospitals")."""
    words = reading.words
    result: list[Mention] = []
    for index, word in enumerate(words[:-2]):
        if not _BUILDING.fullmatch(word.form) and not _BUILDING.fullmatch(
            reading.text[word.start : words[index + 1].end]
        ):
            continue
        at = index + 1
        if words[at].form in {"of", "the"}:
            at += 1
        if at >= len(words) or _PUNCTUATION.search(reading.text, word.end, words[at].start):
            continue
        count_word = words[at]
        count = count_value(count_word.text)
        if count is None or not 2 <= count <= _MAX_BUILT or _day_of_date(words, at, reading.text):
            continue
        if any(m.start <= count_word.start < m.end for m in reading.money):
            continue
        noun_at = at + 1
        while noun_at < len(words) and (
            _adjective(words[noun_at])
            or (
                words[noun_at].form.isascii()
                and noun_at < at + 3
                and noun_at + 1 < len(words)
                and not words[noun_at].form.endswith("s")
            )
        ):
            noun_at += 1  # "трёх новых школ", "three combined heat plants"
        if noun_at >= len(words) or _PUNCTUATION.search(
            reading.text, count_word.end, words[noun_at].start
        ):
            continue
        noun = words[noun_at]
        if any(m.start <= noun.start < m.end or m.start <= count_word.start < m.end for m in found):
            continue  # "строительство трёх заводов": a project head, read already
        if _NOT_FACILITIES.match(noun.form) or _NOT_FACILITIES.match(noun.lemma):
            continue
        if noun.pos not in {"NOUN", None} or "anim" in noun.tags or len(noun.form) < 3:
            continue
        if noun.form.isascii() and (noun.form in _EN_STOP or not noun.form.endswith("s")):
            continue  # "build 3 of them", "three more": an English count names a plural
        if place_of_token(noun.form) is not None:
            continue
        phrase = words[at : noun_at + 1]
        result.append(
            Mention(
                sentence=number,
                head=noun.lemma if noun.pos == "NOUN" else noun.form,
                start=count_word.start,
                end=noun.end,
                count=count,
                value=_value(reading, count_word.start),
                jobs=jobs_in(_segment_text(reading, count_word.start)),
                companies=[],
                places=places_in(reading.words_in(reading.clause_of(word.start)), pair, speaker),
                subject=reading.text[phrase[0].start : phrase[-1].end],
                content=frozenset({noun.lemma}),
                specific=True,
                quote=reading.text,
            )
        )
    return result


# A deposit worked jointly: "совместная разработка месторождения", "совместное освоение
# газового месторождения", "joint development of an oil field", "сумесная распрацоўка
# радовішча".
_JOINT_FIELD = re.compile(
    r"\b(?:совместн\w+\s+(?:разработк|освоени|добыч|эксплуатаци)\w*\s+(?:[\w-]+\s+)?"
    r"месторожд\w*|сумесн\w+\s+(?:распрацоўк|асваенн|здабыч)\w*\s+(?:[\w-]+\s+)?радовішч\w*|"
    r"joint\s+(?:development|exploration|exploitation)\s+of\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:field|deposit)s?)\b",
    re.IGNORECASE,
)


def _joint_fields(
    reading: Reading,
    number: int,
    found: list[Mention],
    pair: tuple[str, str],
    speaker: str | None,
) -> list[Mention]:
    """A deposit the pair works jointly is a joint project, as a joint venture is."""
    result: list[Mention] = []
    for match in _JOINT_FIELD.finditer(reading.text):
        if any(m.start < match.end() and match.start() < m.end for m in found):
            continue
        words = [w for w in reading.words if match.start() <= w.start < match.end()]
        result.append(
            Mention(
                sentence=number,
                head="месторождение",
                start=match.start(),
                end=match.end(),
                count=None,
                value=_value(reading, match.start()),
                jobs=None,
                companies=[],
                places=places_in(reading.words_in(reading.clause_of(match.start())), pair, speaker),
                subject=match.group(),
                content=frozenset({words[-1].lemma if words else "месторождение"}),
                specific=True,
                quote=reading.text,
            )
        )
    return result


# A participle of assembly before what is assembled: "собранные в Гяндже тракторы МТЗ",
# "выпускаемые в Костанае белорусские комбайны", "сабраныя ў Гянджы трактары МТЗ".
_ASSEMBLED_PARTICIPLE = re.compile(
    r"(?:собранн|собираем|выпущенн|выпускаем|произвед[её]нн|производим|сабран|збіран|"
    r"выпушчан|выраблен)\w*"
)
_IN = frozenset("в во у ў in".split())


def _assembled_before(reading: Reading, number: int, pair: tuple[str, str]) -> Mention | None:
    """'Собранные в Гяндже тракторы МТЗ уже поставляются в Грузию', 'MTZ tractors assembled
    in Ganja are shipped to Georgia': what one country of the pair makes, assembled in the
    other, told by a participle with its place; the maker named in the noun phrase of what
    is assembled (not "собранные в Казахстане средства … белорусских тракторов")."""
    words = reading.words
    for index, word in enumerate(words[:-3]):
        english = word.form in _ENGLISH_PASSIVE_ASSEMBLY
        if not (english or _ASSEMBLED_PARTICIPLE.fullmatch(word.form)):
            continue
        if words[index + 1].form not in _IN:
            continue
        where = place_of_token(words[index + 2].form)
        if where is None or where[0] not in pair or where[1] not in {"city", "country"}:
            continue
        if english:
            if index and words[index - 1].form in _EN_AUXILIARIES:
                continue  # "were assembled in …": the passive, read by `_assembly`
            phrase = [w for w in words[max(0, index - 3) : index] if w.form not in _EN_STOP]
        else:
            phrase = []
            for following in words[index + 3 : index + 7]:
                if _PUNCTUATION.search(reading.text, words[index + 2].end, following.start):
                    break
                noun_like = following.pos in {"NOUN", "ADJF", None} or _adjective(following)
                if not noun_like or not _noun_or_name(following):
                    break  # "уже поставляются": the predicate
                phrase.append(following)
        makers = {
            hit[0]
            for w in phrase
            if (hit := place_of_token(w.form)) is not None and hit[0] in pair and hit[0] != where[0]
        }
        objects = [
            w
            for w in phrase
            if place_of_token(w.form) is None
            and len(w.form) > 2
            and not ("anim" in w.tags and _known(w.form))  # "собранные … делегаты": people
        ]
        if not makers or not objects:
            continue
        return Mention(
            sentence=number,
            head="сборка",
            start=word.start,
            end=phrase[-1].end if not english else word.end,
            count=None,
            value=None,
            jobs=None,
            companies=companies_in(phrase, reading.text),
            places=[where[2]] if where[2] else [],
            subject=reading.text[min(word.start, phrase[0].start) : max(word.end, phrase[-1].end)],
            content=frozenset(w.lemma for w in objects),
            specific=True,
            quote=reading.text,
            stages=[Stage(Status.DONE, True)],
        )
    return None


def _noun_or_name(word: Word) -> bool:
    """A word of a noun phrase: not a stage word nor a Belarusian verb read as a noun."""
    return not word.cues & STAGE_CUES and not word.form.endswith(("цца", "юць", "уць"))


def _english_subject(words: list[Word], index: int) -> list[Word]:
    """The nouns before 'have been assembled', 'are assembled': what is assembled."""
    auxiliaries = _EN_AUXILIARIES
    position = index - 1
    while position >= 0 and words[position].form in auxiliaries:
        position -= 1
    if position == index - 1:
        return []  # no "is", "are", "have been": not a passive
    subject: list[Word] = []
    while position >= 0 and words[position].form not in _EN_STOP | auxiliaries:
        subject.insert(0, words[position])
        position -= 1
    return subject


# A clause that opens with the possessive of what the clause before told: «их», «іх», «её»,
# «его», "their", "its"; with it as the subject ("; it is expected to create 150 jobs", «; он
# обойдётся в …»), or as the place of work («; на предприятии будет создано 430 рабочих мест»,
# «; на ім створаць …», "; there, 90 people will work").
_THEIR = re.compile(
    r"\W*(?:их|іх|её|ее|его|яго|яе|their|its|it|он|она|оно|ён|яна|яно|там|there|"
    r"на\s+(?:нём|нем|ней|ім|ёй|предприятии|заводе|фабрике|комбинате|объекте|прадпрыемстве|"
    r"заводзе|фабрыцы|камбінаце|аб'екце))\s",
    re.IGNORECASE,
)


def _told_on(reading: Reading, clause: Clause, position: int) -> Clause | None:
    """The clause after this one, when it opens by naming the project again ("их", "their",
    "it", «на предприятии»), or the clauses a colon opens after it, and the mention ending at
    `position` is the last of its clause (so that is what it points back to)."""
    following = next((c for c in reading.clauses if c.start >= clause.end), None)
    if following is None:
        return None
    text = reading.text
    if ":" in text[clause.end - 1 : following.start + 1]:
        # "…соглашение о строительстве завода: стройка начнётся в 2026 году, инвестиции
        # оцениваются в $12 млн, будет создано 150 рабочих мест": what a colon opens tells on
        # it, up to the sentence's next semicolon
        end = text.find(";", following.start)
        following = Clause(following.start, end if end != -1 else len(text))
    elif not _THEIR.match(text, following.start):
        return None
    words = reading.words
    heads_after = any(
        position < w.start < clause.end
        and Cue.PROJECT_HEAD in w.cues
        and _head(words, i, reading.text) is not None  # not "in the Aghdam Industrial Park"
        for i, w in enumerate(words)
    )
    return None if heads_after else following


def _segment_text(reading: Reading, position: int) -> str:
    clause = reading.clause_of(position)
    return reading.text[clause.start : clause.end]


def _value(reading: Reading, position: int) -> Money | None:
    clause = reading.clause_of(position)
    money = [
        m
        for m in reading.money
        if clause.holds(m.start) and m.currency is not None and not _of_trade(reading, m)
    ]
    after = [m for m in money if m.start >= position]
    candidates = after or money
    return candidates[0] if candidates else None


def _value_in(reading: Reading, span: Clause) -> Money | None:
    """The first sum of a project's in a span of clauses."""
    return next(
        (
            m
            for m in reading.money
            if span.holds(m.start) and m.currency is not None and not _of_trade(reading, m)
        ),
        None,
    )


def _of_trade(reading: Reading, money: Money) -> bool:
    """'нарастить торговлю до 34 млрд долларов', 'raise trade to $5 billion', 'довести его
    до 1 млрд': money a trade noun or a target verb governs is no project's value. What
    governs a sum stands before it, with no project head or word of other money between."""
    before = [w for w in reading.words if w.end <= money.start][-6:]
    for position in range(len(before) - 1, -1, -1):
        word = before[position]
        if _PUNCTUATION.search(reading.text, word.end, money.start):
            return False
        if word.lemma in _HEAD_WORDS or word.form in _HEAD_WORDS or Cue.OTHER_MONEY in word.cues:
            return False  # "проектов на $1,2 млрд", "инвестиции в торговлю — $5 млн"
        if word.cues & {Cue.TRADE, Cue.ONE_WAY} and not word.form.startswith(_SUBSTITUTION):
            return True
        if Cue.TARGET_VERB in word.cues and any(w.form in _TARGET_TO for w in before[position:]):
            return True
    return False


def jobs_in(text: str, *, staff: bool = True) -> int | None:
    """Jobs a project creates ("300 рабочих мест", "1,200 jobs", "will employ 300 people")
    and, with `staff`, the people it employs ("на котором работают 120 человек", "працуюць
    150 чалавек"): said of the project of the same clause, never of a firm elsewhere in the
    article."""
    lowered = text.lower()
    match = _JOBS.search(text) if _JOB_NEEDLES.found_in(lowered) else None
    if match is None and _STAFF_NEEDLES.found_in(lowered):
        match = (
            (_STAFF_AFTER.search(text) or _STAFF_BEFORE.search(text))
            if staff
            else _NEW_STAFF.search(text)
        )
    if match is None:
        return None
    if match.group("thousand"):  # "9 тыс. рабочих мест"
        return round(float(match.group("n").replace(" ", "").replace(",", ".")) * 1000)
    return int(re.sub(r"\D", "", match.group("n")))
