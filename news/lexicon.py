"""The words outlets use, by what they signal: one table per cue, in Russian, Belarusian, English.

A cue is matched on a token's lower-cased form or its Russian lemma (whole words), or on a
stem the form starts with. Stems carry Belarusian and English, which pymorphy3 does not
parse, and Russian words whose inflections a lemma list would miss. Nothing here names an
article: each entry is a word class of the language (a verb of growth, a noun of trade, an
adverb of approximation), and a test builds phrasings from these classes.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache


class Cue(StrEnum):
    TRADE = "trade"  # the bilateral total: товарооборот, торговля, trade, тавараабарот
    ONE_WAY = "one_way"  # exports, imports, supplies: one direction, never the turnover
    OTHER_MONEY = "other_money"  # money that is not trade: investment, budgets, contracts
    ANAPHOR = "anaphor"  # "он", "it", "показатель": what an earlier clause named
    UP = "up"
    DOWN = "down"
    OVER = "over"
    ABOUT = "about"
    UNDER = "under"
    TARGET_NOUN = "target_noun"
    TARGET_VERB = "target_verb"
    INTENT = "intent"
    FORECAST = "forecast"
    COMPLETE = "complete"
    COUNTERFACTUAL = "counterfactual"
    REGION = "region"
    SECTOR = "sector"
    ROLE = "role"
    BILATERAL = "bilateral"
    ECONOMY = "economy"
    NOT_ECONOMY = "not_economy"
    COMPARATIVE = "comparative"
    # Project stages, as the verb (or noun) of a project's clause tells them.
    OPERATING = "operating"  # done: запущен, работает, opened, operates
    BUILDING = "building"  # underway: строится, в стадии реализации, under construction
    AGREED = "agreed"  # planned: договорились, планируется, signed, scheduled
    OFFERED = "offered"  # proposed: предложил, готовы, обсуждают, interest, could
    EXISTING = "existing"  # "локализация", "модернизация" of a project presuppose it works
    # Nouns that may head a project (проект, завод, plant, ЗАО) and a project's parts
    # (очередь, цех, строительство): as cues, found once per spelling, not per sentence.
    PROJECT_HEAD = "project_head"
    PROJECT_PART = "project_part"


@dataclass(frozen=True, slots=True)
class _Vocabulary:
    words: frozenset[str]
    stems: tuple[str, ...]

    def matches(self, form: str, lemma: str) -> bool:
        if form in self.words or lemma in self.words:
            return True
        return form.startswith(self.stems)


def _vocabulary(words: str = "", stems: str = "") -> _Vocabulary:
    # Belarusian spells a word's first "у" as "ў" after a vowel («ўведзены», «ўзводзіцца»):
    # a stem is looked for in both spellings.
    spelt = stems.split()
    return _Vocabulary(
        frozenset(words.split()),
        tuple(spelt + ["ў" + stem[1:] for stem in spelt if stem.startswith("у")]),
    )


VOCABULARY: dict[Cue, _Vocabulary] = {
    Cue.TRADE: _vocabulary(
        "товарооборот товарообмен торговля наторговать оборот trade trades traded turnover "
        "тавараабарот гандаль абарот абароту абаротам абароце",
        # «таварааварот»: a misspelling of «тавараабарот» seen in two writers' Belarusian
        "товарооборот товарообор тавараабарот таварааварот гандл гандал наторгова наторгав "
        "нагандлява",
    ),
    Cue.ONE_WAY: _vocabulary(
        "экспорт импорт ввоз вывоз поставка поставить поставлять отгрузка закупка "
        "экспортировать импортировать экспортный импортный реэкспорт "
        "export exports exported import imports imported shipments shipped supplies",
        "экспорт импорт экспарт імпарт пастаўк export import shipment",
    ),
    Cue.OTHER_MONEY: _vocabulary(
        "инвестиция инвестиционный вложение вложить капитал бюджет налог сальдо профицит "
        "дефицит потенциал контракт соглашение портфель кредит заказ стоимость цена "
        "выручка доход сумма проект программа фонд грант "
        "investment investments invested capital budget tax surplus deficit balance "
        "potential contract contracts deal deals portfolio loan loans credit price cost "
        "worth value revenue fund projects project plant plants factory factories facility "
        "завод фабрика комбинат коштам коштаў вартасць вартасцю вартасці",
        "інвестыц інвестиц бюджэт кантракт кошт праект крэдыт пазык",
    ),
    Cue.ANAPHOR: _vocabulary(
        "он она оно они его её их это показатель цифра it its this that figure figures "
        "ён яна яно яны яго яе гэта гэты лічба",
    ),
    Cue.UP: _vocabulary(
        "рост прирост больше выше плюс up more higher больш вышэй",
        "вырос выросл вырост растет растёт рост увелич прибав подня нараст нарост повыс "
        "улучш удвои утрои учетвер прибав "
        "grew grow rose rise risen rising increas gain jump climb surg boost doubl tripl "
        "improv "
        "вырас павялiч павяліч павелiч павеліч рост падня",
    ),
    Cue.DOWN: _vocabulary(
        "меньше ниже минус down less lower менш ніжэй",
        "сократ сокращ сниз сниж упал упад паден уменьш спад просел просед "
        "fell fall declin decreas drop shrank shrink contract slump "
        "скарац зніз знiз зменш паменш упа",
    ),
    Cue.OVER: _vocabulary(
        "более свыше больше выше сверх over above exceeding exceeded exceeds exceed tops "
        "topped top surpassed surpassing звыш больш",
        "превыси превыша превышен перешагн перевали перевалив перавысі перавыша",
    ),
    Cue.ABOUT: _vocabulary(
        "около порядка примерно приблизительно ориентировочно под about around approximately "
        "roughly some circa каля прыкладна парадку",
    ),
    Cue.UNDER: _vocabulary(
        "почти менее меньше almost nearly under below less approached "
        "approaching nears neared near амаль менш",
        "приближа приблизи приблизил approach",
    ),
    # A goal named, or aimed at with a verb that says nothing but the aim ("нацелились на
    # $500 млн", "eye $1bn trade"): whatever the form, the sum is a goal.
    Cue.TARGET_NOUN: _vocabulary(
        "цель задача ориентир планка заветный желанный целевой плановый target targets goal "
        "goals aim мэта задача eye eyes eyeing",
        "нацели нацелен нацэлі",
    ),
    Cue.TARGET_VERB: _vocabulary(
        "довести нарастить увеличить вывести выйти поднять удвоить утроить достичь "
        "наторговать "
        "raise bring boost increase double triple reach lift expand grow "
        "давесці нарасціць павялічыць выйсці",
    ),
    Cue.INTENT: _vocabulary(
        "намереваться намерен намерена намерены планировать планироваться план планы "
        "рассчитывать настроить настроен настроены настрой поручить поручено договориться "
        "стремиться хотеть желательно ставить поставить задаться "
        "aim aims aiming plan plans planned planning intend intends seek seeks agreed "
        "set want wants hope should must "
        "плануюць плануе мяркуюць імкнуцца",
    ),
    Cue.FORECAST: _vocabulary(
        "ожидаться ожидать ожидаемый прогноз прогнозировать прогнозироваться "
        "expected expect expects forecast forecasts projected likely will could "
        "чакаецца прагноз",
        "чакае чакаюць прагназу",  # «чакаем каля $1,3 млрд», «чакаецца», «прагназуецца»
    ),
    Cue.COMPLETE: _vocabulary(
        "выполнить перевыполнить решить achieved achieve met fulfilled fulfil выканаць",
    ),
    Cue.COUNTERFACTUAL: _vocabulary("бы would"),
    Cue.REGION: _vocabulary(
        "область регион район облисполком губернатор аким хоким oblast region province "
        "вобласць рэгіён",
        "област регион облисп губерн вобласц рэгіён "
        # the republics of Russia, each one region of a tracked country
        "татарстан tatarstan башкортостан башкортастан bashkortostan башкири bashkiria "
        "чуваши chuvashia удмурти udmurtia мордови mordovia якути yakutia дагестан dagestan",
    ),
    Cue.SECTOR: _vocabulary(
        "сфера отрасль сегмент sector segment сфера галіна",
        "агропромышл сельскохоз сельхоз продовольств agricultur agro",
    ),
    Cue.ROLE: _vocabulary(
        "посол министр премьер-министр премьер вице-премьер президент председатель глава "
        "спикер аким губернатор заместитель руководитель директор гендиректор мэр консул "
        "генконсул посольство министерство правительство ведомство "
        "ambassador minister ministry president premier chairman head governor mayor embassy "
        "пасол міністр прэзідэнт прэм'ер-міністр старшыня",
    ),
    Cue.BILATERAL: _vocabulary(
        "взаимный двусторонний bilateral mutual between между ўзаемны двухбаковы паміж",
    ),
    Cue.ECONOMY: _vocabulary(
        "бизнес рынок товар техника логистика транзит соглашение контракт сборка трактор "
        "комбайн автобус межправкомиссия межправсовет промкооперация машиностроение "
        "trade economic economy cooperation investment investments export exports import "
        "imports project projects industry industrial business plant factory supply "
        "supplies manufacturing machinery tractors assembly venture ventures contracts trading "
        "freight cargo грузоперевозки",
        "товарооборот торгов экономи сотрудничеств кооперац промышлен проект производств "
        "инвест экспорт импорт поставк поставля предприят завод агропром импортозамещ "
        "эканомі эканам тавараабарот таварааварот гандл гандал супрацоўніцтв прамысл прадпрыемств "
        "пагадненн экспарт імпарт пастаўк тавар інвестыц вытворчасц сельгасмашын тэхнік "
        "фармацэўт машынабудаван кааперац",
    ),
    Cue.NOT_ECONOMY: _vocabulary(
        "матч футбол сборная чемпионат турнир гол пенальти погода синоптик осадки "
        "мороз снег концерт фестиваль спектакль match football weather concert festival",
    ),
    Cue.COMPARATIVE: _vocabulary(
        "больше меньше выше ниже дешевле дороже more less cheaper higher lower "
        "больш менш вышэй ніжэй",
    ),
}


VOCABULARY.update(
    {
        Cue.OPERATING: _vocabulary(
            "работать функционировать действовать запустить открыть построить ввести создать "
            "завершить завершиться "
            "реализовать наладить заработать выпустить собрать сдать осуществить собирать "
            "выпускать производить отгрузить освоить открыться запуститься "
            "opened launched built commissioned established operates operating operational "
            "assembles assembled produces produced manufactures manufactured running operate "
            "operated completed opens "
            # "продолжается сборка", "continues to supply": what goes on works (see
            # news.project_stages for "продолжается строительство")
            "продолжать продолжаться continue continues continued "
            # finished building, opened with ceremony; carried out ("have implemented 11
            # projects", as «реализовали»; "are being implemented" is a phrase of its own)
            "достроить inaugurated implemented",
            "працуе працуюць дзейнічае дзейнічаюць адкрыт адкрыл запушчан пабудаван створан "
            "выпусці выпускае збірае збіраюць уведзен рэалізаван працягва "
            # Belarusian past tense: "рэалізавалі", "запусцілі", "пабудаваў", "стварылі"
            "рэалізавал рэалізаваў запусціл запусціў пабудавал пабудаваў стварыл стварыў адкрыў "
            "запрацава ажыццявіл ажыццёўлен завершан завяршыл завершыл",
        ),
        Cue.BUILDING: _vocabulary(
            "строиться возводиться реализовываться реализоваться вестись служить "
            "участвовать финансироваться выделять финансировать стартовать "
            "строить возводить создавать реализовывать осуществлять налаживать достраивать "
            "underway ongoing implementing building constructing",
            "будуецца будуюцца рэалізуецца рэалізуюцца будуюць будуе ствараюць стварае "
            "рэалізуюць рэалізуе ажыццяўля узводз наладжва вядзецца вядуцца фінансуецца "
            "фінансуюцца",
        ),
        Cue.AGREED: _vocabulary(
            "договориться договорённость договоренность соглашение подписать подписание "
            "меморандум планировать планироваться план намереваться намерение намеренный "
            "намерить намечать намечаться наметить предусматривать запланировать рассчитывать "
            "поручить условиться собираться ожидаться согласовать согласованный согласование "
            "agreed agreement signed sign plan plans planned planning intend intends "
            "scheduled will",
            "дамовіл пагадненн плануюць плануецца плануе намечан чакаецца запрацуе запрацуюць "
            "узгадні узгоднен "
            "пачнецца пачнуцца "
            # Belarusian perfective futures, none of them also an infinitive: "адкрыецца",
            # "запусцяць", "пабудуюць", "створаць"
            "адкрые адкрыюць адкрыецца адкрыюцца запусцяць пабудуюць пабудуе створаць "
            "створыцца створацца наладзяць",
        ),
        Cue.OFFERED: _vocabulary(
            "предложить предлагать предложение предложенный готовый готов готова готовы "
            "готовность интерес заинтересовать заинтересованный заинтересованность рассмотреть "
            "рассматривать рассматриваться прорабатывать проработать проработка переговоры "
            "обсуждать обсудить обсуждаться присматриваться подготовить подготовленный "
            "возможность возможный "
            "propose proposed proposes proposal suggest suggests suggested offer offered ready "
            "interest interested consider "
            "considering discuss discussed discussing invite invited explore exploring could "
            "may might would potential possible discusses",
            "прапанава прапанов гатов зацікаўлен разгляда разгледз абмярко абмеркав магчымас",
        ),
        Cue.EXISTING: _vocabulary(
            "локализация модернизация расширение загрузка localisation localization "
            "modernisation modernization expansion",
            "лакалізац мадэрнізац",
        ),
    }
)


# Heads that need more to be a project, and facilities that are one by themselves.
GENERIC_HEADS = frozenset(
    "проект производство выпуск сборка предприятие сп project projects venture ventures "
    "production assembly enterprise enterprises".split()
)
# A company of a legal form is a project only as a joint one: "таджикско-белорусское ЗАО".
LEGAL_FORMS = frozenset("зао ооо оао тоо иооо пао ао llp jsc".split())
FACILITY_HEADS = frozenset(
    "завод фабрика комбинат комплекс кластер технопарк парк центр хозяйство цех терминал "
    "линия верфь судоверфь хаб мельница гэс тэс тэц аэс сэс электростанция ферма депо "
    "plant plants factory factories facility facilities farm farms depot depots "
    "complex mill mills "
    "cluster park centre center hub terminal shipyard "
    # compounds of a facility noun: "птицефабрика", "мясокомбинат", "агрокомплекс"
    "птицефабрика мясокомбинат молокозавод маслозавод сахарозавод автозавод агрокомплекс "
    "агрокластер агропарк агрохаб техноцентр логоцентр "
    # power plants named in full: "теплоэлектроцентраль" (ТЭЦ), "гидроэлектростанция" (ГЭС)
    "теплоэлектроцентраль теплоэлектростанция гидроэлектростанция".split()
)
# Forms pymorphy3 does not lead back to their head ("хаба" is read as a lemma of its own).
HEAD_FORMS = {
    form: "хаб" for form in "хаб хаба хабу хабом хабе хабы хабов хабам хабами хабах".split()
}
# Belarusian heads, which pymorphy3 does not parse: the stem and the head it stands for.
BELARUSIAN_HEADS = {
    "прадпрыемств": "предприятие", "вытворчасц": "производство", "праект": "проект",
    "кластар": "кластер", "зборк": "сборка", "зборц": "сборка", "завод": "завод",
    "фабрык": "фабрика", "ліні": "линия", "цэх": "цех", "цэнтр": "центр",
    "тэрмінал": "терминал", "камбінат": "комбинат", "тэхнапарк": "технопарк", "млын": "мельница",
    "электрастанц": "электростанция", "дэпо": "депо", "птушкафабрык": "птицефабрика",
    "мясакамбінат": "мясокомбинат", "малаказавод": "молокозавод", "аўтазавод": "автозавод",
    "агракомплекс": "агрокомплекс", "аграпарк": "агропарк",
    "цеплаэлектрацэнтрал": "теплоэлектроцентраль", "гідраэлектрастанц": "гидроэлектростанция",
}  # fmt: skip
# The noun of jobs, as a pattern: "рабочих мест", "рабочие места", "jobs", "працоўных месцаў".
JOBS_NOUN = r"(?:рабоч\w+\s+мес[тц]\w*|\bjobs\b|працоўн\w+\s+месц\w*)"
# A count of people ("около 200", "up to 1,200", "1,5 тыс.") and the people counted: a
# plant's staff.
HEADCOUNT = (
    r"(?:(?:около|более|свыше|порядка|почти|до|каля|больш|звыш|да|some|about|around|over|"
    r"more\s+than|nearly|almost|up\s+to)\s+)?(?P<n>\d{1,3}(?:[ \u00a0,]\d{3})+|\d+(?:[.,]\d+)?)"
    r"(?:\s*(?P<thousand>"
    r"тыс\.?|тысяч\w*|тысяч|thousand))?\s+"
)
PEOPLE_NOUN = r"(?:человек|сотрудник\w*|работник\w*|специалист\w*|чалавек|супрацоўнік\w*|"
PEOPLE_NOUN += r"работнік\w*|people|workers|employees|staff)\b"
# Words of a sentence naming no project that speak of a project's parts.
PROJECT_PARTS = frozenset(
    "очередь здание корпус цех линия мощность строительство площадка инфраструктура здесь "
    "там phase building line construction capacity here there".split()
)
# Apart from VOCABULARY and `cues_of`: benchmarks.corpus leaves words with cues of theirs
# as they are when it rewords its articles, and its text must stay the same.
_PROJECT_NOUNS = {
    Cue.PROJECT_HEAD: _Vocabulary(
        GENERIC_HEADS | FACILITY_HEADS | LEGAL_FORMS | frozenset(HEAD_FORMS),
        tuple(BELARUSIAN_HEADS),
    ),
    Cue.PROJECT_PART: _Vocabulary(PROJECT_PARTS, ()),
}


class Needles:
    """Substrings whose absence lets a reader skip a pattern that would scan a sentence."""

    def __init__(self, *needles: str) -> None:
        self._needles = needles

    def found_in(self, lowered: str) -> bool:
        # One C substring search per needle: an alternation of them as one pattern tries
        # every needle at each letter that starts one, ~10x slower where needles begin with
        # common letters ("ази", "стран": ~20 µs a sentence).
        for needle in self._needles:  # noqa: SIM110 — no generator: this runs per sentence
            if needle in lowered:
                return True
        return False


def _cues_by_entry() -> tuple[dict[str, set[Cue]], dict[str, set[Cue]], tuple[int, ...]]:
    """Every vocabulary's words and stems in one table each: the cues of a word or a stem,
    and the lengths stems come in (longest first)."""
    words: dict[str, set[Cue]] = {}
    stems: dict[str, set[Cue]] = {}
    for cue, vocabulary in VOCABULARY.items():
        for word in vocabulary.words:
            words.setdefault(word, set()).add(cue)
        for stem in vocabulary.stems:
            stems.setdefault(stem, set()).add(cue)
    return words, stems, tuple(sorted({len(stem) for stem in stems}, reverse=True))


_CUE_WORDS, _CUE_STEMS, _STEM_LENGTHS = _cues_by_entry()
_NO_CUES: set[Cue] = set()


@lru_cache(maxsize=200_000)
def cues_of(form: str, lemma: str) -> frozenset[Cue]:
    """Every cue a token carries, by its lower-cased form and lemma: what
    `_Vocabulary.matches` says of each vocabulary, found by a few look-ups in the joint
    tables (a new word costs ~1 µs instead of one test per vocabulary)."""
    found = _CUE_WORDS.get(form, _NO_CUES) | _CUE_WORDS.get(lemma, _NO_CUES)
    for length in _STEM_LENGTHS:
        if length <= len(form):
            found |= _CUE_STEMS.get(form[:length], _NO_CUES)
    if not found:
        return frozenset()
    # In the vocabularies' order, as the set was always built.
    return frozenset(cue for cue in VOCABULARY if cue in found)


STAGE_CUES = frozenset({Cue.OPERATING, Cue.BUILDING, Cue.AGREED, Cue.OFFERED})
_REFLEXIVE = ("ся", "сь")
# Reflexives that mean something their base does not: "делегации собрались" (met),
# "выделяется" (stands out), "рассчитываются" (settle up).
_OWN_REFLEXIVES = frozenset("собраться выделяться рассчитываться".split())


def word_cues(form: str, lemma: str) -> frozenset[Cue]:
    """Every cue of a token (once per spelling, see news.morph): those of `cues_of`, the
    stage its verb's base tells when it is reflexive, and whether it names a project or its
    part."""
    cues = cues_of(form, lemma)
    if lemma.endswith(_REFLEXIVE) and not cues & STAGE_CUES and lemma not in _OWN_REFLEXIVES:
        # "открылся", "запустилось" (done), "создаётся", "налаживается" (underway),
        # "предлагается" (proposed): the reflexive tells the stage of its base verb, its
        # aspect and tense telling the rest (news.project_stages)
        cues |= cues_of(lemma[:-2], lemma[:-2]) & STAGE_CUES
    nouns = [cue for cue, vocabulary in _PROJECT_NOUNS.items() if vocabulary.matches(form, lemma)]
    return cues | frozenset(nouns) if nouns else cues


# Words that never head a trade clause even though they start like one: "торговый дом"
# (a shop), "trade partner", "trade mission", "набирать обороты" (gain momentum).
NOT_TRADE_AFTER = frozenset(
    "дом дома домов центр центра центров представительство миссия партнёр партнер партнёра "
    "партнера партнёры партнеры партнёров партнеров партнёром партнером сеть марка "
    "house houses centre center centres partner partners mission missions representative "
    "office fair agreement agreements policy barriers routes route relations ties union "
    "and organization war компании компаний предприятия магазина магазинов сети холдинга "
    "завода фирмы company company's firm store stores contract contracts deal deals pact pacts "
    "контракты контрактов контракта сделки сделок кантракты кантрактаў".split()
)
NOT_TRADE_FORMS = frozenset("обороты оборотов оборотами trading".split())

# Several countries as one party: trade of a union or a region of the world is no pair's.
AGGREGATE_PATTERN = (
    r"\b(?:еаэс|eaeu|eeu|снг|снд|cis|шос|sco|брикс|brics|ес\b|eu\b|асеан|asean|одкб|"
    r"европейск\w*\s+союз\w*|евросоюз\w*|european\s+union|еўрапейск\w*\s+саюз\w*|"
    r"еўрасаюз\w*|еўразійск\w*\s+(?:эканамічн\w*\s+)?саюз\w*|мытн\w*\s+саюз\w*|"
    r"цэнтральн\w*\s+азі\w*|"
    r"таможенн\w*\s+союз\w*|customs\s+union|евразийск\w*\s+(?:экономическ\w*\s+)?союз\w*|"
    r"eurasian\s+economic\s+union|центральн\w*\s+ази\w*|central\s+asia\w*|средн\w+\s+ази\w*|"
    r"сярэдн\w+\s+азі\w*|стран\w*\s+(?:региона|содружества|союза|организации)|"
    r"соседям\w*\s+по\s+региону|государств\w*[\s-]+член\w*|member\s+states|"
    r"партн[её]р\w*\s+по\s+(?:союзу|объединению)|партн[её]р\w*\s+па\s+саюзе|union\s+partners|"
    r"\bс\s+трет\w+\s+стран\w*|\bз\s+трэц\w+\s+краін\w*|with\s+third\s+countries)"
)
