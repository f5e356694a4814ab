"""The stage of a project, as the verb (or noun) of its clause tells it.

Operating or launched is done, being built or implemented is underway, agreed or scheduled
(or the future tense) is planned, offered, discussed or of interest is proposed. A mention
takes the stage word of its own clause nearest to it that no other mention stands between,
its main clause's over a relative clause's; a project told several times takes the most
advanced current stage.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from functools import lru_cache
from typing import NamedTuple, Protocol

from news.facts import Status
from news.lexicon import HEADCOUNT, JOBS_NOUN, PEOPLE_NOUN, Cue, Needles
from news.morph import Word, analyzer
from news.periods import Role
from news.reading import Reading

_MULTIWORD_STAGES = (
    (re.compile(r"(?:в|на)\s+стади\w+\s+(?:реализации|строительства|завершения)|"
                r"at\s+the\s+(?:implementation|construction|completion)\s+stage|under\s+"
                r"construction|(?:на|у|ў)\s+стадыі\s+(?:рэалізацыі|будаўніцтва|завяршэння)|"
                # the progressive passive: "is being set up", "are being established"
                r"being\s+(?:built|implemented|set\s+up|established|created|constructed|"
                r"developed|erected|organi[sz]ed)|under\s+way|"
                r"\bnearing\s+completion|\bблиз\w*\s+к\s+завершению|\bблізк\w*\s+да\s+завяршэння|"
                # building whose end is due is building now: "is to be completed next year",
                # "завершить строительство планируется", «будаўніцтва завершаць у 2026 годзе»
                # (its end told in the past is done: "completed construction", «завершили
                # строительство», «будаўніцтва завершана»)
                r"\bto\s+be\s+(?:completed|finished)\b|\bcomplet(?!ed)\w*\s+(?:of\s+)?(?:the\s+)?"
                r"construction|\bзаверш(?!ил|ен|ён)\w*\s+строительств\w*|"
                r"\bзавярш(?!ыл)\w*\s+будаўніцтв\w*|\b(?:строительств\w*|будаўніцтв\w*)\s[^.;]{0,100}?"
                r"\s(?:заверш(?!ил|ен|ён|ан)|завяршы(?!л))\w*",
                re.I), Status.UNDERWAY),
    # what is to be: "is to be commissioned", "is due / set / slated / expected to open",
    # "is to get under way"
    (re.compile(r"степен\w+\s+готовност\w+|\b(?:is|are)\s+(?:(?:due|set|slated|expected|"
                r"scheduled|planned|poised|going)\s+)?to\s+(?!the\b|a\b|an\b|be\s+(?:completed|finished)\b)\w+|"
                r"priority\s+plans", re.I), Status.PLANNED),
    (re.compile(r"\bв\s+перспективе\b|у\s+перспектыве", re.I), Status.PROPOSED),
    # still being talked over: "на стадии обсуждения / проработки", "at the discussion stage"
    (re.compile(r"(?:на|в)\s+стади\w+\s+(?:обсуждения|проработки|переговоров)|"
                r"(?:на|у|ў)\s+стадыі\s+(?:абмеркавання|прапрацоўкі|перамоў|перамоваў)|"
                r"at\s+the\s+(?:discussion|negotiation|planning|study|feasibility(?:\s+study)?)"
                r"\s+stage|"
                # "are under discussion", "находятся на рассмотрении", «на разглядзе»
                r"\bunder\s+(?:discussion|consideration|study|negotiation)|"
                r"\bна\s+рассмотрении|\bна\s+разглядзе", re.I), Status.PROPOSED),
    (re.compile(r"введ\w+\s+в\s+эксплуатацию|set\s+up|put\s+into\s+(?:operation|service)|"
                r"(?:начал\w*|пачал\w*|пачаў\w*)\s+(?:работ\w*|выпуск\w*|производств\w*|працу|"
                r"сборк\w*|зборк\w*|вытворчасц\w*)|"
                r"(?:started|began|start)\s+(?:operations|production|work|operating)|"
                # "started producing household boilers", "began manufacturing": output begun
                r"\b(?:started|began|begun|commenced)\s+(?:producing|manufacturing|making|"
                r"turning\s+out|output)\b|"
                # in operation, at full capacity, its first machine off the line: past only
                # ("выйдет на проектную мощность" is the future's)
                # "has been in operation since last autumn", "is in service"
                r"\b(?:is|are|was|were|been|remains?)\s+(?:already\s+)?in\s+(?:operation|service)\b|"
                r"\b(?:went|gone|came)\s+(?:into\s+(?:operation|service)|on\s*(?:stream|"
                r"line))|\bstarted\s+up\b|\brolled\s+(?:out|off)\b|"
                r"\breached\s+(?:its\s+)?(?:full|design|rated)\s+capacity|"
                r"\b(?:вош[её]л|вошл[аио]|вступил\w*)\s+в\s+строй|"
                r"\b(?:вышел|вышла|вышло|вышли)\s+на\s+(?:проектную|полную)\s+мощность|"
                r"\b(?:выйшаў|выйшла|выйшлі)\s+на\s+(?:праектную|поўную)\s+магутнасць|"
                r"\b(?:сош[её]л|сошла|сошли|сышоў|сышла|сышлі)\s+(?:с|со|з)\s+(?:конвейера|канвеера)|"
                r"\b(?:с|з)\s+(?:конвейера|канвеера)\s[^.;]{0,100}?(?:сош[её]л|сошла|сошли|сышоў|"
                r"сышла|сышлі)\b", re.I),
     Status.DONE),
    # building going on, the verb before or after its noun: "идёт строительство",
    # "строительство завода … идёт по графику", "будаўніцтва … ідзе", "construction of the
    # plant is on schedule"
    (re.compile(r"(?:ид[её]т|вед[её]тся|ідзе|вядзецца)\s+(?:строительство|создание|возведение|"
                r"реализация|будаўніцтва|стварэнне|рэалізацыя)|"
                r"\b(?:строительство|будаўніцтва)\s[^.;]{0,100}?\s(?:ид[её]т|вед[её]тся|ідзе|"
                r"вядзецца)\b|\bconstruction\s+of\s[^.;]{0,100}?\s(?:is|are)\s+(?:on\s+"
                r"(?:schedule|track)|progressing|proceeding|going\s+ahead)", re.I),
     Status.UNDERWAY),
    # agreed, approved, scheduled, told by words the lexicon lacks: "запланаваны запуск",
    # "дасягнута дамоўленасць", "пагадненні падпісаны", "approved a joint project",
    # "одобрили / утвердили проект", "зацвердзілі праект"
    (re.compile(r"\b(?:запланаван\w*|дамоўленасц\w*|падпісан(?:а|ы|ае|ыя|ая)?|зацвердзіл\w*|"
                r"зацверджан(?:а|ы|ае|ыя|ая)?|approved|approves|endorsed|одобрил\w*|"
                r"одобрен(?:а|о|ы)?|утвердил\w*|утвержд[её]н(?:а|о|ы)?)\b", re.I), Status.PLANNED),
    # a roadmap is a plan ("дорожная карта", "дарожная карта", "roadmap"); "дорожной техники"
    # is road machinery
    (re.compile(r"\b(?:дорожн\w+|дарожн\w+)\s+карт\w+|\broad\s*maps?\b", re.I), Status.PLANNED),
    # preparing the launch: "готовят к запуску", "рыхтуюць да запуску", "preparing to launch"
    (re.compile(r"\bготов(?:ят|ит|ятся|ится)\s+к\s+(?:запуску|открытию|вводу|пуску)|"
                r"\bрыхту\w*\s+да\s+(?:запуску|адкрыцця|уводу)|"
                r"\bpreparing\s+(?:to\s+launch|to\s+open|for\s+the\s+launch)", re.I),
     Status.PLANNED),
    # still being negotiated: "which the two companies are still negotiating", "вядуцца
    # перамовы аб стварэнні", "negotiations on a joint plant"
    (re.compile(r"\bnegotiat\w*|\bперамов\w*|\bперамоў\w*|"
                # talks held on it: "are in talks on setting up", "held talks about a plant"
                r"\b(?:in|held|hold|holds|holding|had)\s+talks\b|\btalks\s+(?:on|about|over)\b",
                re.I), Status.PROPOSED),
    # production started: "стартовала сборка комбайнов", "стартавала зборка камбайнаў",
    # "стартовал выпуск" (as "начался выпуск"): it works
    (re.compile(r"\bстарт(?:овал|авал)\w*\s+(?:\w+\s+)?(?:сборк|выпуск|производств|зборк|"
                r"вытворчасц|серийн)\w*|\b(?:assembly|production|output)\s+(?:has\s+)?"
                r"(?:started|began|begun)\b", re.I), Status.DONE),
    # building begun: "началось строительство завода", "пачалося будаўніцтва завода",
    # "строительство завода стартовало", "construction of the plant began", "broke ground"
    (re.compile(r"\b(?:началось|начались|начато|начаты|начали|стартовало|стартовали|пачалося|"
                r"пачаліся|пачалі|пачата|стартавала|стартавалі)\s+(?:\w+\s+)?(?:строительств|"
                r"возведени|будаўніцтв)\w*|"
                r"\b(?:строительство|возведение|будаўніцтва)\s[^.;]{0,100}?\s(?:началось|начато|"
                r"стартовало|пачалося|пачата|стартавала)\b|"
                r"\bconstruction\s+(?:work\s+)?(?:of\s[^.;]{0,100}?\s)?(?:began|has\s+begun|"
                r"started|has\s+started|got\s+under\s*way)|\b(?:began|begun|started|commenced)\s+"
                r"(?:the\s+)?(?:construction|building)\b|\bbroke\s+ground", re.I), Status.UNDERWAY),
    # the foundation stone laid: building has begun ("заложили первый камень", "состоялась
    # закладка камня", "заложили капсулу времени", "заклалі першы камень", "laid the
    # foundation stone"); "заложат" is the future's
    (re.compile(r"\b(?:заложил\w*|заложен\w*|закладк\w*|заклал\w*|закладзен\w*)\s+(?:\w+\s+)?"
                r"(?:камень|камня|каменя|капсул\w*)|\b(?:laid|laying\s+of)\s+(?:the\s+|a\s+)?"
                r"foundation\s+stone|\bfoundation\s+stone\s(?:[^.;]{0,100}?\s)?(?:was|has\s+been|had\s+been)"
                r"\s+laid",
                re.I), Status.UNDERWAY),
    # how far the building has gone, looked at: "обсудили ход строительства завода",
    # "абмяркоўвалі ход будаўніцтва завода", "reviewed progress in building a centre", "were
    # briefed on the construction of a complex": what is looked at is being built
    (re.compile(r"\bход\w*\s+(?:строительства|возведения|реализации|работ\s+по\s+строительству)|"
                r"\bход\w*\s+(?:будаўніцтва|рэалізацыі)|"
                r"\bprogress\s+(?:in|of|on|with)\s+(?:the\s+)?(?:building|construction|"
                r"implementation|implementing|constructing)|\bconstruction\s+progress|"
                r"\b(?:briefed|informed|updated)\s+(?:on|about)\s+(?:the\s+)?(?:progress\s+"
                r"of\s+(?:the\s+)?)?construction|\b(?:inspected|visited|toured)\s+(?:the\s+)?"
                r"construction\s+(?:site\s+)?of|"
                r"\b(?:осмотрел\w*|посетил\w*)\s+(?:строительство|стройплощадк\w*)|"
                r"\b(?:агледзел\w*|наведал\w*)\s+будаўніцтва", re.I), Status.UNDERWAY),
    # the launch as an event that took place or was attended: "состоялся ввод в эксплуатацию
    # цеха", "адбыўся ўвод у эксплуатацыю лініі", "открытие завода прошло", "the leaders
    # attended the launch of a joint venture", "приняли участие в открытии завода"
    (re.compile(r"\b(?:состоял\w*|прош(?:ёл|ел|ло|ла|ли)|адбыл\w*|адбыўся)\s+(?:[^.;,]{0,40}?\s)?"
                r"(?:ввод|запуск|открыти|пуск|торжественн\w+\s+открыти|увод|ўвод|адкрыцц|запуск)\w*|"
                r"\b(?:ввод|запуск|открытие|пуск|адкрыццё|увод|ўвод)\s[^.;]{0,100}?\s(?:состоял\w*|"
                r"прош(?:ёл|ел|ло|ла)|адбыл\w*|адбыўся)\b|"
                r"\b(?:attended|took\s+part\s+in|witnessed|participated\s+in)\s+(?:the\s+)?"
                r"(?:official\s+|ceremonial\s+)?(?:launch|opening|commissioning|inauguration)|"
                r"\b(?:launch|opening|commissioning|inauguration)\s+of\s[^.;]{0,100}?\s(?:took\s+place|"
                r"was\s+held)|"
                r"\b(?:присутствовал\w*|принял\w*\s+участие|участвовал\w*)\s+(?:в|на)\s+"
                r"(?:церемонии\s+)?(?:открыти|запуск|ввод|пуск)\w*|"
                r"\b(?:удзельнічал\w*|прысутнічал\w*|прынял\w*\s+удзел)\s+(?:у|ў|на)\s+"
                r"(?:цырымоніі\s+)?(?:адкрыцц|запуск|увод|ўвод)\w*", re.I), Status.DONE),
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
_STAGE_PHRASE_NEEDLES = Needles(
    "стади", "стады", "stage", "construction", "being", "under way", "степен", "to be",
    "priority", "перспектив", "эксплуатац", "set up", "into operation", "старт", "начал",
    "пачал", "start", "began", "begun", "commenced",
    "строительство", "будаўніцтва", "ход", "progress", "briefed", "informed", "updated",
    "inspected", "visited", "toured", "осмотрел", "посетил", "агледзел", "наведал",
    "состоял", "прош", "адбыл", "attended", "took part", "witnessed", "participated", "launch",
    "opening", "commissioning", "ground", "стартовал", "пачал", "пачат", "стартавал",
    "inauguration", "присутствовал", "участ", "удзел", "прысутнічал", "запланаван", "дамоўлен",
    "падпісан", "зацвердз", "зацвердж", "approve", "endorsed", "одобр", "утверд", "готов",
    "рыхту", "preparing", "negotiat", "перамов", "перамоў", "talks", "under", "рассмотрен",
    "разглядз",
    "завершени", "завяршэнн", "дорожн", "дарожн", "roadmap", "road map", "is to", "are to",
    "due to", "set to", "slated", "expected to", "scheduled to", "planned to", "poised",
    "going to", "nearing", "к заверш", "да завяршэн", "went into", "gone into", "came into",
    "came on", "started up", "rolled", "capacity", "в строй", "ую мощност", "ую магутнасц",
    "конвейер", "канвеер", "заложи", "заложе", "закладк", "заклал", "закладзен", "foundation",
    "пачаў", "идет", "идёт", "ведется", "ведётся", "ідзе", "вядзецца", "in operation",
    "in service",
)  # fmt: skip
_FUTURE_AUXILIARIES = frozenset("будет будут будзе будуць be will".split())
_MAY = frozenset("может могут мог могла могли could may might можа могуць".split())
# "должен заработать", "павінен запрацаваць": what has to start is planned
_DUE = frozenset("должен должна должно должны павінен павінна павінны".split())
_MODALS = _MAY | _DUE
# English mandative "that": what is proposed is told in the bare verb, no stage of its own.
_PROPOSED_THAT = re.compile(
    r"\b(?:propos|suggest|recommend|urg|insist)\w*\s+that\s+[^.;,]{0,60}$", re.IGNORECASE
)
# "ready to set up", "is to get under way", "being set up": a stage phrase after these is
# told by the verb before it
_INFINITIVE_BEFORE = re.compile(r"\b(?:to(?:\s+(?:get|be|go))?|being)\s*$", re.I)
# "действующие предприятия", «в Казахстане действуют 14 производств»: the plants operate.
_IN_OPERATION = frozenset({"действовать"})
_PARTICIPATION = frozenset({"участвовать"})
_GERUND_GOVERNORS = frozenset("in on of for about at towards toward".split())
# What an offer or an interest governs: "интерес к …", "interest in …", «зацікаўленасць у …»
_INTEREST_PREPOSITIONS = frozenset("к ко in у ў".split())
# "продолжается сборка", "працягваецца зборка", "continues to supply": what goes on is done,
# unless what goes on is told ("продолжают обсуждать", "continue to build").
_CONTINUE = frozenset("продолжать продолжаться continue continues continued".split())
_CONTINUE_BELARUSIAN = "працягва"
_CONSTRUCTION = frozenset(
    "строительство будаўніцтва будаўніцтва construction build construct building".split()
)
# An English clause of time or condition in the present tells the future, no stage: "will
# employ 200 people once it is commissioned", "when the plant opens", "after it is completed".
_FUTURE_TIME_CLAUSE = re.compile(
    r"\b(?:once|when|after|as\s+soon\s+as|until|till|before|if)\s+(?:it|they|(?:the|this|"
    r"that|each|both)\s+(?:\w+\s+){0,3}?\w+|\w+)\s+(?:(?:is|are)\s+(?:fully\s+)?\w+(?:ed|en|t)|"
    r"opens|starts|begins|launches|reaches|goes|comes|enters)\b[^,.;]*",
    re.IGNORECASE,
)
_FUTURE_TIME_CLAUSE_NEEDLES = Needles(
    "once", "when", "after", "soon as", "until", "till", "before", "if "
)
_NOW = re.compile(r"\b(?:сейчас|в\s+настоящее\s+время|now|currently|зараз)\b", re.IGNORECASE)
_YEARS = re.compile(r"(?:19|20)\d{2}")
_FUTURE_TIME = re.compile(
    r"\b(?:в\s+ближайш\w+|в\s+будущем|в\s+дальнейшем|в\s+следующем|в\s+перспективе|"
    r"впоследствии|вскоре|скоро|до\s+конца|к\s+концу|затем|потом)\b",
    re.IGNORECASE,
)
# What is to start in the years told, not go on through them: "scheduled for launch in
# 2025-2026", «запустить в 2025—2026 годах», «увесці ў 2025—2026 гадах».
_LAUNCHING = re.compile(
    r"\b(?:launch\w*|commission\w*|open\w*|start\w*|запуск\w*|запуст\w*|ввод\w*|ввест\w*|"
    r"введ\w*|откры\w*|увод\w*|увесц\w*|адкры\w*|запусц\w*)",
    re.IGNORECASE,
)
# An act of agreeing told in the sentence ("подписали дорожную карту на 2025-2026 годы",
# "signed a roadmap for 2025-2026", "дамовіліся на 2025-2026 гады"): its span of years is the
# term of what was agreed, not a time of work going on.
_AGREEING = re.compile(
    r"\b(?:подписа\w*|договорил\w*|договор[её]нност\w*|утверди\w*|утвержд\w*|"
    r"согласова\w*|signed|agreed|approved|adopted|падпіса\w*|дамовіл\w*|дамоўлен\w*|"
    r"зацвердзі\w*|зацверджан\w*)",
    re.IGNORECASE,
)
# ", которые создадут …", ", ввод которого ожидается …", ", на котором …", ", whose …",
# ", где создадут 300 рабочих мест", ", дзе створаць …", ", where …"
_RELATIVE = re.compile(
    r",\s*(?:[^\W\d]+\s+)?(?:котор\w+|which|that|who|whose|where|где|дзе|як\w+)\b[^,;]*",
    re.IGNORECASE,
)


class Stage(NamedTuple):
    status: Status
    current: bool  # told in the present ("сейчас возводятся"), not as history
    # Told only by a verb of what the project will bring ("will employ 200 people"): its
    # stage when nothing else tells one, never over a stage told of the project itself.
    by_its_jobs: bool = False


class Staged(Protocol):
    """What a stage is assigned to: a mention of a project."""

    start: int
    end: int
    count: int | None
    head_tags: frozenset[str]
    stages: list[Stage]


class _Cue(NamedTuple):
    start: int
    stage: Stage
    word: Word | None  # None for a phrase ("в стадии реализации")
    # A verb that makes jobs ("будет создано 180 рабочих мест"): what the project brings,
    # its stage only when nothing else in the sentence tells one.
    secondary: bool = False

    def told(self) -> Stage:
        """The stage this cue tells of its project: a plan told only by the jobs it will
        make ("will employ 200 people") yields to any stage told of the project itself."""
        if self.secondary and self.stage.status in {Status.PLANNED, Status.PROPOSED}:
            return self.stage._replace(by_its_jobs=True)
        return self.stage


def _stage_cues(reading: Reading, published: date | None) -> list[_Cue]:
    """Every word or phrase of the sentence that tells a stage, in order."""
    words = reading.words
    cues: list[_Cue] = []
    # What the sentence says of time, found once a word tells a stage (in few sentences).
    now: bool | None = None
    spans: bool | None = None
    future: bool | None = None
    for index, word in enumerate(words):
        if not word.cues and word.tense != "futr" and word.form not in _MODALS:
            continue  # most words tell no stage (tested here, not in a call per word)
        status = _word_status(words, index)
        if status is None:
            continue
        if now is None:
            now = bool(_NOW.search(reading.text))
        current = word.tense == "pres" or now
        if word.tense == "futr" and _also_present(word.form, word.lemma):
            if future is None:
                future = _tells_future(reading, published)
            if not future:
                # "стороны реализуют 12 проектов": a verb of both aspects, told with no future
                # time, is the present of work going on, not a plan
                status, current = Status.UNDERWAY, True
        if status is Status.PLANNED:
            if spans is None:
                spans = (
                    _spans_covering(reading, published)
                    and not _AGREEING.search(reading.text)
                    and not _LAUNCHING.search(reading.text)
                )
            if spans:  # "реализовать в 2018—2021 годах" said in 2018
                status, current = Status.UNDERWAY, True
        if word.lemma in _IN_OPERATION and status is Status.DONE and now:
            # «В настоящее время действуют … 80 совместных предприятий»: what is active now
            # is labelled as work going on in the seeds (seed 002), against the plain
            # "operating is done" of the dev set ("работают восемь производств")
            status = Status.UNDERWAY
        secondary = _makes_jobs(reading.text, word.start, word.end)
        cues.append(_Cue(word.start, Stage(status, current), word, secondary))
    phrases = _MULTIWORD_STAGES if _STAGE_PHRASE_NEEDLES.found_in(reading.text.lower()) else ()
    for pattern, status in phrases:
        for match in pattern.finditer(reading.text):
            if _INFINITIVE_BEFORE.search(reading.text, 0, match.start()):
                continue  # "ready to set up", "is to get under way": the governing verb's
            if _PROPOSED_THAT.search(reading.text, max(0, match.start() - 80), match.start()):
                continue  # "proposed that Gomselmash set up assembly": the proposal's
            cues.append(_Cue(match.start(), Stage(status, True), None))
    if cues and _FUTURE_TIME_CLAUSE_NEEDLES.found_in(reading.text.lower()):
        told_of_the_future = [m.span() for m in _FUTURE_TIME_CLAUSE.finditer(reading.text)]
        cues = [
            c for c in cues if not any(low <= c.start < high for low, high in told_of_the_future)
        ]
    # a phrase tells more than its first word alone ("стартовала сборка" over "стартовала")
    cues.sort(key=lambda cue: (cue.start, cue.word is not None))
    return cues


# Jobs as the object or subject of a verb of making: "будет создано 180 рабочих мест",
# "will create 1,500 jobs", "створаць 300 працоўных месцаў", "300 рабочих мест появится".
_JOBS_AFTER = re.compile(r"[^.,;:!?—–]{0,40}?" + JOBS_NOUN, re.IGNORECASE)
_JOBS_BEFORE = re.compile(JOBS_NOUN + r"\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


# Its staff as the verb's object or subject: "will employ 200 people", "будет работать
# 200 человек", «будзе працаваць 150 чалавек», "will hire 1,200 workers".
_STAFF_AFTER = re.compile(r"(?:\s+[^\W\d]+){0,2}?\s+" + HEADCOUNT + PEOPLE_NOUN, re.IGNORECASE)


def _makes_jobs(text: str, start: int, end: int) -> bool:
    """Whether the verb at start–end makes jobs or employs staff: what a project will bring,
    not how far it has got (its stage is told by the verb of the project itself)."""
    return bool(
        _JOBS_AFTER.match(text, end)
        or _STAFF_AFTER.match(text, end)
        or _JOBS_BEFORE.search(text, max(0, start - 60), start)
    )


def _tells_future(reading: Reading, published: date | None) -> bool:
    """'в ближайшие годы', 'в 2027 году' said in 2025: the sentence speaks of what is to come."""
    if _FUTURE_TIME.search(reading.text):
        return True
    years = [int(year) for year in _YEARS.findall(reading.text)]
    return published is not None and any(year > published.year for year in years)


@lru_cache(maxsize=20_000)
def _also_present(form: str, lemma: str) -> bool:
    """A verb of both aspects ('реализуют', 'организуют', 'инвестируют'): pymorphy3 reads
    its form as the perfective future first, and as the imperfective present too."""
    return any(
        parse.normal_form == lemma and parse.tag.tense == "pres" for parse in analyzer().parse(form)
    )


def _spans_covering(reading: Reading, published: date | None) -> bool:
    """A span of years that includes publication ('в 2018—2021 годах' said in 2018)."""
    if published is None or len(_YEARS.findall(reading.text)) < 2:
        return False  # a span that says so names two years
    for mention in reading.periods:
        if mention.role is Role.SPAN:
            years = [int(y) for y in _YEARS.findall(reading.text, mention.start, mention.end)]
            if len(years) == 2 and years[0] <= published.year <= years[1]:
                return True
    return False


def _word_status(words: list[Word], index: int) -> Status | None:
    """The stage a word tells; asked only of a word with cues, in the future tense or of
    possibility ("может")."""
    word = words[index]
    following = words[index + 1] if index + 1 < len(words) else None
    governs_infinitive = following is not None and following.pos == "INFN"
    if (
        word.pos == "INFN"
        or (index and words[index - 1].form == "to")
        or _belarusian_infinitive(word)
    ):
        if Cue.OFFERED in word.cues:
            # "agreed to consider", "договорились рассмотреть", "дамовіліся разгледзець": what
            # was agreed is to weigh it
            return Status.PROPOSED
        return None  # an infinitive takes the stage of the verb that governs it
    if word.form.endswith("ing") and index and words[index - 1].form in _GERUND_GOVERNORS:
        return None  # "interest in building a terminal": so does a gerund
    if word.form == "may" and word.is_capitalized and index:
        return None  # "began in May": the month
    if word.lemma in _CONTINUE or word.form.startswith(_CONTINUE_BELARUSIAN):
        return _continued(words, index)
    if _offered_object(words, index):
        # "интерес к модернизации ТЭЦ", "обсуждают модернизацию", "interest in expanding":
        # what is offered or talked of takes the stage of the word of offering
        return None
    if Cue.EXISTING in word.cues or (word.pos == "PRTF" and word.lemma in _IN_OPERATION):
        return Status.DONE  # "локализация производств", "действующие производства": they exist
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
    if status is Status.DONE and index and words[index - 1].form in _FUTURE_AUXILIARIES:
        return Status.PLANNED  # "будет создано", "будзе створана", "will be opened", "will operate"
    if status is Status.DONE and index and words[index - 1].form == "being":
        return Status.UNDERWAY  # "is being established", "are being opened"
    if status is not None:
        return status
    if word.pos == "VERB" and word.tense == "futr":
        return Status.PLANNED  # "создадут", "разместится", "будет выпускать"
    if word.form in _MAY and following is not None and following.pos in {"INFN", None}:
        return Status.PROPOSED  # "может появиться", "could supply"
    if (
        word.form in _DUE
        and following is not None
        # a Belarusian infinitive, which pymorphy3 guesses at
        and (following.pos in {"INFN", None} or following.form.endswith(("ць", "ці", "цца")))
    ):
        return Status.PLANNED  # "должен заработать в 2026 году", "павінен запрацаваць"
    return None


def _belarusian_infinitive(word: Word) -> bool:
    """«запрацаваць», «рэалізаваць», «адкрыць», which pymorphy3 guesses at (no Russian word
    ends in «ць»). Endings no finite form shares: «запусціць» is also «he will launch», and
    «створаць» «they will create»."""
    return word.form.endswith(("аваць", "яваць", "ыць"))


def _offered_object(words: list[Word], index: int) -> bool:
    """Whether the word is what a word of offering or interest governs: its object right
    after it ("обсуждают модернизацию", "discussed the modernisation", "consider building"),
    or after its preposition ("интерес к модернизации", "interest in expanding")."""
    if words[index].pos == "VERB":
        return False
    before = [w for w in words[max(0, index - 3) : index] if w.form not in _ARTICLES]
    return bool(before) and (
        Cue.OFFERED in before[-1].cues
        or (
            len(before) > 1
            and before[-1].form in _INTEREST_PREPOSITIONS
            and Cue.OFFERED in before[-2].cues
        )
    )


_ARTICLES = frozenset("the a an".split())


def _continued(words: list[Word], index: int) -> Status:
    """The stage of what goes on: "продолжается строительство" is underway, "продолжают
    обсуждать" proposed, "продолжает работать" and "continues to supply" done."""
    for word in words[index + 1 : index + 4]:
        if word.lemma in _CONSTRUCTION or word.form in _CONSTRUCTION:
            return Status.UNDERWAY
        told = next((status for cue, status in _CUE_STATUS if cue in word.cues), None)
        if told is not None and not (word.lemma in _CONTINUE or word.form in _CONTINUE):
            return told
    return Status.DONE


def assign_stages(reading: Reading, mentions: Sequence[Staged], published: date | None) -> None:
    """Each mention takes the nearest stage word of its clause that no other mention stands
    between; one without (gapping: "в Шымкенте — производство …", "…, а в Павлодаре —
    фабрика …") takes its neighbour's."""
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
            if (
                cue.word is not None
                and cue.word.pos == "PRTF"
                and not _agrees(cue.word, mention.head_tags)
                and not _governor_agrees(reading, cue.word, mention)
            ):
                continue  # "минитракторов, выпускаемых в Гродно": said of the product
            if cue.word is not None and cue.word.lemma in _PARTICIPATION and mention.count is None:
                continue  # "в проекте участвует завод": who takes part, not how far it is
            low, high = sorted((cue.start, mention.start))
            if any(low < other < high for other in others):
                continue
            before = cue.start <= mention.start
            distance = mention.start - cue.start if before else cue.start - mention.end + 1
            secondary = cue.secondary or _in_relative_clause(reading, cue.start)
            candidates.append((distance, cue.told(), secondary))
        main = [c for c in candidates if not c[2]]
        if not main:
            # "реализованные проекты", "the implemented projects": a participle opening the
            # mention tells its stage when no verb of the clause does
            main = [
                (0, cue.stage, False)
                for cue in cues
                if cue.start == mention.start
                and cue.word is not None
                and cue.word.pos in {"PRTF", "ADJF"}
            ]
        if main or candidates:
            mention.stages.append(min(main or candidates, key=lambda c: c[0])[1])
        elif position and (
            clause.holds(mentions[position - 1].start)
            # "…, а в Павлодаре — фабрика по выпуску лифтов": the dash stands for the verb
            # of the clause before
            or _DASH.search(reading.text, clause.start, mention.start)
        ):
            mention.stages.extend(mentions[position - 1].stages[-1:])


_DASH = re.compile(r"\s[—–]\s")


def _in_relative_clause(reading: Reading, position: int) -> bool:
    """'проекты, которые создадут 9 тыс. рабочих мест, находятся в стадии реализации': the
    relative clause tells what the projects will do, the main verb how far they are."""
    return any(m.start() <= position < m.end() for m in _RELATIVE.finditer(reading.text))


def _governor_agrees(reading: Reading, participle: Word, mention: Staged) -> bool:
    """'запуск сборки тракторов, намеченный на 2024 год': a participle agreeing with the
    noun of action that governs the head in the genitive speaks of the project too."""
    if "gent" not in mention.head_tags:
        return False
    before = [w for w in reading.words if w.end <= mention.start][-1:]
    if not before or before[0].pos != "NOUN":
        return False
    # by gender and number: the case of "строительство" (nominative or accusative) is a guess
    for grammemes in (("masc", "femn", "neut"), ("sing", "plur")):
        mine = {g for g in grammemes if g in participle.tags}
        theirs = {g for g in grammemes if g in before[0].tags}
        if not mine or not theirs or not mine & theirs:
            return False
    return True


def _agrees(participle: Word, tags: frozenset[str]) -> bool:
    """A participle speaks of the head it agrees with in case and number."""
    for grammemes in (("nomn", "gent", "datv", "accs", "ablt", "loct"), ("sing", "plur")):
        mine = {g for g in grammemes if g in participle.tags}
        theirs = {g for g in grammemes if g in tags}
        if mine and theirs and not mine & theirs:
            return False
    return True


def stages_at(reading: Reading, published: date | None) -> list[tuple[int, Stage]]:
    """Every stage the sentence tells, with where it is told."""
    return [(cue.start, cue.stage) for cue in _stage_cues(reading, published)]


def sentence_stages(reading: Reading, published: date | None) -> list[Stage]:
    return [cue.told() for cue in _stage_cues(reading, published)]


def stage_of(project: Staged) -> Status:
    """The most advanced stage told as current, else the most advanced told at all."""
    stages = [s for s in project.stages if not s.by_its_jobs] or project.stages
    if any(s.status is Status.UNDERWAY and s.current for s in stages):
        return Status.UNDERWAY
    for status in (Status.DONE, Status.UNDERWAY, Status.PLANNED, Status.PROPOSED):
        if any(s.status is status for s in stages):
            return status
    return Status.PROPOSED
