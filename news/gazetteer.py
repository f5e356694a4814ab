"""What the extractor knows about the region: countries, places, companies, officials.

Country detection goes through lemmas (pymorphy3), so every inflection of a name counts;
these tables only list lemmas, abbreviations and the stems of compound adjectives
("белорусско-казахстанский"), which are not word forms of their own.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any, NamedTuple


@dataclass(frozen=True, slots=True)
class Country:
    code: str
    name_ru: str
    name_en: str
    lemmas: frozenset[str]  # nouns, adjectives, demonyms, capitals, abbreviations; ru and en
    compound_stems: frozenset[str]  # first halves of hyphenated adjectives
    capital_lemmas: frozenset[str]


def _country(
    code: str, name_ru: str, name_en: str, lemmas: str, stems: str, capitals: str
) -> Country:
    capital_set = frozenset(capitals.split())
    return Country(
        code,
        name_ru,
        name_en,
        frozenset(lemmas.split()) | capital_set,
        frozenset(stems.split()),
        capital_set,
    )


COUNTRIES: tuple[Country, ...] = (
    _country(
        "BY",
        "Беларусь",
        "Belarus",
        "беларусь белоруссия рб белорусский белорус белоруска belarus belarusian belarusians "
        "byelorussia",
        "белорусско беларусско",
        "минск minsk",
    ),
    _country(
        "KZ",
        "Казахстан",
        "Kazakhstan",
        "казахстан рк казахстанский казахстанец казахстанка казах казахский kazakhstan "
        "kazakhstani kazakh",
        "казахстанско казахско",
        "астана нур-султан astana",
    ),
    _country(
        "KG",
        "Кыргызстан",
        "Kyrgyzstan",
        "кыргызстан киргизия кыргызия кр кыргызский киргизский кыргызстанский кыргызстанец "
        "киргиз кыргыз kyrgyzstan kyrgyz kirghizia",
        "кыргызско киргизско кыргызстанско",
        "бишкек bishkek",
    ),
    _country(
        "UZ",
        "Узбекистан",
        "Uzbekistan",
        "узбекистан руз узбекский узбекистанский узбекистанец узбек uzbekistan uzbek",
        "узбекско узбекистанско",
        "ташкент tashkent",
    ),
    _country(
        "RU",
        "Россия",
        "Russia",
        "россия рф российский россиянин russia russian",
        "российско русско",
        "москва moscow",
    ),
    _country(
        "AM",
        "Армения",
        "Armenia",
        "армения армянский армянин armenia armenian",
        "армяно",
        "ереван yerevan",
    ),
    _country(
        "TJ",
        "Таджикистан",
        "Tajikistan",
        "таджикистан таджикский таджикистанский таджик tajikistan tajik",
        "таджикско таджикистанско",
        "душанбе dushanbe",
    ),
    _country(
        "AZ",
        "Азербайджан",
        "Azerbaijan",
        "азербайджан азербайджанский азербайджанец azerbaijan azerbaijani",
        "азербайджано",
        "баку baku",
    ),
)

BY_CODE = {country.code: country for country in COUNTRIES}
_BY_LEMMA = {lemma: country.code for country in COUNTRIES for lemma in country.lemmas}
_BY_STEM = {stem: country.code for country in COUNTRIES for stem in country.compound_stems}

# Cities and regions where joint projects are placed (lemmas), beyond the capitals.
PLACES: dict[str, str] = {
    lemma: name
    for name, lemma_list in {
        "Кокшетау": "кокшетау",
        "Костанай": "костанай",
        "Караганда": "караганда",
        "Алматы": "алматы алма-ата",
        "Шымкент": "шымкент",
        "Актобе": "актобе",
        "Павлодар": "павлодар",
        "Петропавловск": "петропавловск",
        "Усть-Каменогорск": "усть-каменогорск",
        "Уральск": "уральск",
        "Атырау": "атырау",
        "Тараз": "тараз",
        "Семей": "семей",
        "Туркестан": "туркестан",
        "Гомель": "гомель",
        "Могилёв": "могилёв могилев",
        "Витебск": "витебск",
        "Гродно": "гродно",
        "Брест": "брест",
        "Жодино": "жодино",
        "Бобруйск": "бобруйск",
        "Ош": "ош",
        "Самарканд": "самарканд",
        "Андижан": "андижан",
        "Худжанд": "худжанд",
        "Минск": "минск",
        "Астана": "астана",
        "Бишкек": "бишкек",
        "Ташкент": "ташкент",
        "Душанбе": "душанбе",
        "Ереван": "ереван",
    }.items()
    for lemma in lemma_list.split()
}

# Makers whose names appear without quotes or a legal form. Keys are lower-case stems.
KNOWN_COMPANIES: dict[str, str] = {
    "белаз": "БелАЗ",
    "мтз": "МТЗ",
    "маз": "МАЗ",
    "гомсельмаш": "Гомсельмаш",
    "амкодор": "Амкодор",
    "беларуськалий": "Беларуськалий",
    "белшина": "Белшина",
    "камаз": "КАМАЗ",
    "kamaz": "КАМАЗ",
    "belaz": "БелАЗ",
    "amkodor": "Амкодор",
    "амкадор": "Амкодор",  # Belarusian spellings
    "белшына": "Белшина",
}


@dataclass(frozen=True, slots=True)
class Official:
    name: str
    country: str
    role: str


# Officials whose full names outlets often shorten to an initial ("М.Мясникович"), and whose
# surname alone names their country in a report ("Лукашенко и Алиев", "Tokayev said").
_OFFICIAL_LIST: tuple[tuple[Official, str], ...] = (
    (Official("Александр Лукашенко", "BY", "Президент"), "лукашенк лукашэнк lukashenk"),
    (Official("Михаил Мясникович", "BY", "Премьер-министр"), "мясникович myasnikovich"),
    (Official("Роман Головченко", "BY", "Премьер-министр"), "головченк golovchenk галоўчанк"),
    (Official("Александр Турчин", "BY", "Премьер-министр"), "турчин turchin"),
    (Official("Сергей Румас", "BY", "Премьер-министр"), "румас rumas"),
    (Official("Наталья Кочанова", "BY", "председатель Совета Республики"), "кочанов"),
    (Official("Владимир Макей", "BY", "Министр иностранных дел"), "макей makei"),
    (Official("Николай Снопков", "BY", "вице-премьер"), "снопков snopkov"),
    (Official("Наталья Петкевич", "BY", "вице-премьер"), "петкевич"),
    (Official("Касым-Жомарт Токаев", "KZ", "Президент"), "токаев tokayev tokaev такаеў"),
    (Official("Нурсултан Назарбаев", "KZ", "Президент"), "назарбаев nazarbayev назарбаеў"),
    (Official("Серик Ахметов", "KZ", "Премьер-Министр"), "ахметов akhmetov"),
    (Official("Алихан Смаилов", "KZ", "Премьер-Министр"), "смаилов smailov"),
    (Official("Олжас Бектенов", "KZ", "Премьер-министр"), "бектенов bektenov"),
    (Official("Аскар Мамин", "KZ", "Премьер-Министр"), "mamin"),
    (Official("Карим Масимов", "KZ", "Премьер-Министр"), "масимов massimov masimov"),
    (Official("Ерлан Кошанов", "KZ", "председатель Мажилиса"), "кошанов koshanov"),
    (Official("Садыр Жапаров", "KG", "Президент"), "жапаров japarov zhaparov"),
    (Official("Адылбек Касымалиев", "KG", "председатель Кабинета министров"), "касымалиев"),
    (Official("Акылбек Жапаров", "KG", "председатель Кабинета министров"), ""),
    (Official("Шавкат Мирзиёев", "UZ", "Президент"), "мирзиёев мирзиеев mirziyoyev мірзіёеў"),
    (Official("Абдулла Арипов", "UZ", "Премьер-министр"), "арипов aripov"),
    (Official("Владимир Путин", "RU", "Президент"), "путин putin пуцін"),
    (Official("Михаил Мишустин", "RU", "Председатель Правительства"), "мишустин mishustin"),
    (Official("Алексей Оверчук", "RU", "вице-премьер"), "оверчук overchuk"),
    (Official("Никол Пашинян", "AM", "Премьер-министр"), "пашинян pashinyan"),
    (Official("Эмомали Рахмон", "TJ", "Президент"), "рахмон rahmon рахмон"),
    (Official("Ильхам Алиев", "AZ", "Президент"), "алиев aliyev"),
)
OFFICIALS: dict[str, Official] = {
    official.name.split()[-1].lower(): official for official, _ in _OFFICIAL_LIST
}
_OFFICIAL_STEMS: dict[str, Official] = {
    stem: official for official, stems in _OFFICIAL_LIST for stem in stems.split()
}


# How each tracked country is written in any case, in Russian, Belarusian and English, as the
# stems its forms start with: names, adjectives, demonyms and capitals. A token takes the
# longest stem it starts with, so "самарканд" is an Uzbek city before "самар" is anything.
# Each country's names, adjectives and demonyms, then its capital's (a capital stands for its
# country — "Минск и Астана договорились" — but beside another country's name it is one city:
# "товарооборот Минска с Казахстаном").
_COUNTRY_NAMES: dict[str, tuple[str, str]] = {
    "BY": ("беларус белорус belarus byelorus беларуск", "минск мінск minsk"),
    "KZ": ("казахстан казахск kazakh қазақ", "астан astana нур-султан nur-sultan"),
    "KG": ("кыргыз киргиз kyrgyz kirgiz kirghiz кіргіз", "бишкек bishkek бішкек"),
    "UZ": ("узбек uzbek ўзбек", "ташкент tashkent"),
    "RU": ("росси russia расі расій московск маскоўск", "москв moscow маскв"),
    "AM": ("армени армян armenia армені", "ереван ерэван yerevan"),
    "TJ": ("таджик таджык tajik", "душанбе душанбэ dushanbe"),
    "AZ": ("азербайдж azerbaij azeri", ""),  # Baku: a whole word only (below)
}
COUNTRY_STEMS: dict[str, str] = {
    stem: code
    for code, (names, capital) in _COUNTRY_NAMES.items()
    for stem in f"{names} {capital}".split()
}
# Forms too short or too common to be stems: matched as whole words only.
COUNTRY_WORDS: dict[str, str] = {
    "рб": "BY", "рк": "KZ", "кр": "KG", "руз": "UZ", "рф": "RU", "баку": "AZ", "baku": "AZ",
    "казах": "KZ", "казахи": "KZ", "казахов": "KZ",
}  # fmt: skip
# Countries that are not tracked: a pair with one of them is nobody's story here.
OTHER_COUNTRY_STEMS: dict[str, str] = {
    stem: code
    for code, stems in {
        "TR": "турци турецк turkey turkish türk турцы турэцк",
        "CN": "кита china chinese кіта пекин beijing пекін",
        "IR": "иран iran іран",
        "IN": "инди india indian індыя індыі індый",
        "PK": "пакистан pakistan пакістан",
        "AF": "афганистан afghan афганістан",
        "TM": "туркмен turkmen",
        "GE": "грузи georgia",
        "UA": "украин ukrain украін",
        "MD": "молдов moldov малдов",
        "US": "сша usa америк america зша амерык",
        "DE": "германи немецк german германі нямецк",
        "PL": "польш poland polish",
        "LT": "литв lithuan літв",
        "LV": "латви latvi латві",
        "MN": "монголи mongol манголі",
        "VN": "вьетнам vietnam",
        "EG": "египет египт egypt егіпет егіпц",
        "AE": "оаэ uae эмират emirat ааэ эмірат",
        "SA": "саудов saudi саудаўск",
        "RS": "серби serbia сербі",
        "VE": "венесуэл venezuel",
        "CU": "кубин cuba",
        "JP": "япони japan японі",
        "KR": "корея корее корею кореи korea",
        "FR": "франци france french францы",
        "IT": "итали итальян italy italian італі італьян",
        "GB": "великобритани британ britain british вялікабрытані брытан",
        "IL": "израил israel ізраіл",
        "ID": "индонези indonesia інданезі",
        "MY": "малайзи malaysia малайзі",
        "BR": "бразил brazil бразіл",
        "HU": "венгри hungar вугоршчын",
        "OM": "оман oman",
        "QA": "катар qatar",
        "ZW": "зимбабв zimbabw",
        "NG": "нигери nigeri",
    }.items()
    for stem in stems.split()
}

# Cities and regions name their country, whatever their case: "в Костанае", "гродненских".
CITY_STEMS: dict[str, tuple[str, str]] = {
    stem: (code, name)
    for code, cities in {
        "KZ": {
            "Алматы": "алматы алма-ат almaty",
            "Шымкент": "шымкент shymkent",
            "Караганда": "караганд карагандз karaganda",
            "Костанай": "костана кустана кастана kostanay",
            "Кокшетау": "кокшетау кокшэта kokshetau",
            "Павлодар": "павлодар павладар pavlodar",
            "Петропавловск": "петропавловск петрапаўлаўск petropavlovsk",
            "Актобе": "актобе актобэ актабэ aktobe",
            "Актау": "актау aktau",
            "Атырау": "атырау atyrau",
            "Тараз": "тараз taraz",
            "Усть-Каменогорск": "усть-каменогорск усць-каменагорск",
            "Уральск": "уральск uralsk",
            "Туркестан": "туркестан turkestan",
            "Кызылорда": "кызылорд kyzylorda",
            "Талдыкорган": "талдыкорган",
            "Тайынша": "тайынш",
            "Экибастуз": "экибастуз экібастуз",
            "Конаев": "конаев",
            "Темиртау": "темиртау тэміртау",
            "Жезказган": "жезказган",
        },
        "BY": {
            "Гомель": "гомел gomel homel",
            "Гродно": "гродн grodno hrodna",
            "Брест": "брест брэст brest",
            "Витебск": "витебск vitebsk віцебск",
            "Могилёв": "могилё могилев магілё mogilev",
            "Бобруйск": "бобруйск бабруйск",
            "Жодино": "жодин жодзін",
            "Барановичи": "баранович баранавіч",
            "Пинск": "пинск пінск",
            "Мозырь": "мозыр мазыр",
            "Новополоцк": "новополоцк наваполацк",
            "Солигорск": "солигорск салігорск",
            "Орша": "оршан",
            "Молодечно": "молодечн маладзечн",
        },
        "UZ": {
            "Самарканд": "самарканд samarkand",
            "Андижан": "андижан андыжан andijan",
            "Бухара": "бухар bukhara",
            "Наманган": "наманган namangan",
            "Фергана": "фергана ферганск fergana",
            "Навои": "навои навоі navoi",
            "Нукус": "нукус",
            "Джизак": "джизак",
            "Сырдарья": "сырдарь",
            "Кашкадарья": "кашкадарь",
        },
        "KG": {
            "Ош": "ошск",
            "Джалал-Абад": "джалал-абад",
            "Каракол": "каракол",
            "Токмок": "токмок",
            "Нарын": "нарын",
            "Чуйская область": "чуйск",
            "Иссык-Куль": "иссык-кул",
        },
        "TJ": {
            "Худжанд": "худжанд khujand",
            "Гиссар": "гиссар гісар hisor hissar",
            "Дангара": "дангар",
            "Бохтар": "бохтар",
            "Куляб": "куляб",
            "Согдийская область": "согд sughd",
        },
        "AZ": {
            "Гянджа": "гяндж ganja",
            "Сумгаит": "сумгаит сумгаіт",
            "Агдам": "агдам aghdam",
            "Шеки": "шеки",
            "Нахчыван": "нахчыван",
        },
        "AM": {"Гюмри": "гюмри гюмры", "Ванадзор": "ванадзор"},
        "RU": {
            "Санкт-Петербург": "санкт-петербург санкт-пецярбург петербург пецярбург petersburg",
            "Омск": "омск omsk",
            "Новосибирск": "новосибирск навасібірск",
            "Екатеринбург": "екатеринбург екацярынбург",
            "Челябинск": "челябинск чэлябінск",
            "Оренбург": "оренбург арэнбург",
            "Астрахань": "астрахан",
            "Тюмень": "тюмен цюмен",
            "Казань": "казан kazan",
            # regions that sign their own deals with Belarus and Kazakhstan
            "Нижний Новгород": "нижегород новгород ніжагарад наўгарад novgorod",
            "Подмосковье": "подмосков падмаскоў",
            "Смоленск": "смоленск смаленск smolensk",
            "Брянск": "брянск бранск bryansk",
            "Калуга": "калуж калуг kaluga",
            "Ярославль": "ярославл ярославск яраслаўл яраслаўск yaroslavl",
            "Воронеж": "воронеж варонеж voronezh",
            "Краснодар": "краснодар krasnodar",
            "Волгоград": "волгоград валгаград volgograd",
            "Саратов": "саратов саратаў saratov",
            "Свердловская область": "свердловск свярдлоўск sverdlovsk",
            "Ульяновск": "ульяновск ульянаўск ulyanovsk",
            "Иркутск": "иркутск иркуцк irkutsk",
            "Красноярск": "красноярск краснаярск krasnoyarsk",
            "Приморье": "приморь приморск прымор primorye primorsky",
            "Владивосток": "владивосток уладзівасток vladivostok",
            "Хабаровск": "хабаровск хабараўск khabarovsk",
            "Псков": "псков пскоў pskov",
            "Ленинградская область": "ленинградск ленінградск leningrad",
            "Татарстан": "татарстан tatarstan",
            "Башкортостан": "башкортостан башкири башкірыі bashkortostan",
        },
    }.items()
    for name, stems in cities.items()
    for stem in stems.split()
}

# Makers and holdings that name their country; lower-case stems of their names.
COMPANY_STEMS: dict[str, str] = {
    stem: code
    for code, stems in {
        "BY": "мтз маз белаз амкодор гомсельмаш бобруйскагромаш лидагропроммаш белкоммунмаш "
        "могилевтрансмаш белавтомаз беларуськалий беларуськалі белшина белшын амкадор нафтан "
        "пожснаб mtz maz belaz "
        "amkodor gomselmash",
        "KZ": "казатомпром казмунайгаз самрук ктж kamlit kazatomprom",
        "RU": "камаз газпром роснефть росатом kamaz gazprom rosatom",
        "UZ": "uzauto узавто",
    }.items()
    for stem in stems.split()
}
# Abbreviations too short to be stems, matched with their case endings only ("МАЗа").
_SHORT_COMPANIES = frozenset({"мтз", "маз", "ктж", "mtz", "maz"})
_STEM_COMPANIES = {s: code for s, code in COMPANY_STEMS.items() if s not in _SHORT_COMPANIES}


class _Stems(NamedTuple):
    """A table of stems with what rules most forms out at once: every stem tried is at least
    three letters long, so a form whose first three are no stem's beginning starts with none
    (most words: one set look-up instead of a dictionary look-up per length), and no stem is
    longer than `longest`."""

    table: dict[str, Any]
    beginnings: frozenset[str]
    longest: int


def _stems(table: dict[str, Any]) -> _Stems:
    tried = [stem for stem in table if len(stem) >= 3]
    return _Stems(table, frozenset(stem[:3] for stem in tried), max(map(len, tried), default=0))


_COUNTRIES = _stems(COUNTRY_STEMS)
_CAPITAL_STEMS = tuple(stem for _, capital in _COUNTRY_NAMES.values() for stem in capital.split())
_CAPITAL_WORDS = frozenset({"баку", "baku"})


def names_a_capital(form: str) -> bool:
    """Whether a lower-cased token is the name of a tracked country's capital."""
    return form.startswith(_CAPITAL_STEMS) or form in _CAPITAL_WORDS


_CITIES = _stems(CITY_STEMS)
_COMPANIES = _stems(_STEM_COMPANIES)
_OTHER_COUNTRIES = _stems(OTHER_COUNTRY_STEMS)
_OFFICIALS = _stems(_OFFICIAL_STEMS)


def _longest_stem(form: str, stems: _Stems) -> tuple[str, Any] | None:
    """The longest stem (of three letters or more) that `form` starts with, and its value."""
    if form[:3] not in stems.beginnings:
        return None
    table = stems.table
    for length in range(min(len(form), stems.longest), 2, -1):
        hit = table.get(form[:length])
        if hit is not None:
            return form[:length], hit
    return None


def _short_company(form: str) -> str | None:
    if form[:3] not in _SHORT_COMPANIES:  # each is three letters: the form starts with it
        return None
    for ending in _COMPANY_ENDINGS:
        stem = form[: len(form) - len(ending)] if ending else form
        if form.endswith(ending) and stem in _SHORT_COMPANIES:
            return COMPANY_STEMS[stem]
    return None


@lru_cache(maxsize=100_000)
def place_of_token(form: str) -> tuple[str, str, str] | None:
    """(country code, kind, city name) of a lower-cased token naming a place or a party.

    kind: "country" (name, adjective, demonym, capital), "city", "company", or "other" (an
    untracked country, with its ISO code). Hyphenated compounds are read part by part by
    the caller ("белорусско-казахстанский")."""
    if form in COUNTRY_WORDS:
        return COUNTRY_WORDS[form], "country", ""
    company = _short_company(form) or (_longest_stem(form, _COMPANIES) or ("", None))[1]
    if company is not None:
        return company, "company", ""
    country = _longest_stem(form, _COUNTRIES)
    city = _longest_stem(form, _CITIES)
    # A city stem at least as long as a country stem wins: "туркестан" is a Kazakh city.
    if city is not None and (country is None or len(city[0]) >= len(country[0])):
        return city[1][0], "city", city[1][1]
    if country is not None:
        return country[1], "country", ""
    other = _longest_stem(form, _OTHER_COUNTRIES)
    if other is not None:
        return other[1], "other", ""
    return None


@lru_cache(maxsize=50_000)
def official_of_token(form: str) -> Official | None:
    """The official a capitalised surname in any case and script names: 'Токаевым', 'Lukashenko'."""
    hit = _longest_stem(form.lower(), _OFFICIALS)
    return hit[1] if hit else None


def country_of_lemma(lemma: str) -> str | None:
    """Country code for a lemma of a name, adjective, demonym, capital or abbreviation."""
    return _BY_LEMMA.get(lemma)


_COMPANY_ENDINGS = ("", "а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах")
# Every known company's stem is three letters or more.
_KNOWN_BEGINNINGS = frozenset(stem[:3] for stem in KNOWN_COMPANIES)
assert min(map(len, KNOWN_COMPANIES)) >= 3


@lru_cache(maxsize=50_000)
def known_company(token: str) -> str | None:
    """'БелАЗы', 'МТЗ', 'Амкодора' → the company's usual name."""
    lowered = token.lower()
    if lowered[:3] not in _KNOWN_BEGINNINGS:  # a stem found below is what it starts with
        return None
    for ending in _COMPANY_ENDINGS:
        stem = lowered[: len(lowered) - len(ending)] if ending else lowered
        if lowered.endswith(ending) and stem in KNOWN_COMPANIES:
            return KNOWN_COMPANIES[stem]
    return None


def countries_of_compound(lemma: str) -> list[str]:
    """Every country named in a hyphenated adjective: 'казахстанско-белорусский' → KZ, BY."""
    if "-" not in lemma:
        return []
    parts = lemma.split("-")
    found = []
    for part in parts[:-1]:
        if part in _BY_STEM:
            found.append(_BY_STEM[part])
    tail = _BY_LEMMA.get(parts[-1])
    if found and tail:
        found.append(tail)
    return found


def resolve_country(text: str) -> str | None:
    """A country from what a user types: code, name in any form, adjective or capital."""
    from news.morph import lemma

    cleaned = text.strip().lower()
    if cleaned.upper() in BY_CODE:
        return cleaned.upper()
    return country_of_lemma(lemma(cleaned)) or country_of_lemma(cleaned)
