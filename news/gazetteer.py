"""What the extractor knows about the region: countries, places, companies, officials.

Country detection goes through lemmas (pymorphy3), so every inflection of a name counts;
these tables only list lemmas, abbreviations and the stems of compound adjectives
("белорусско-казахстанский"), which are not word forms of their own.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache


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
}


@dataclass(frozen=True, slots=True)
class Official:
    name: str
    country: str
    role: str


# Officials whose full names outlets often shorten to an initial ("М.Мясникович").
OFFICIALS: dict[str, Official] = {
    official.name.split()[-1].lower(): official
    for official in (
        Official("Александр Лукашенко", "BY", "Президент"),
        Official("Михаил Мясникович", "BY", "Премьер-министр"),
        Official("Роман Головченко", "BY", "Премьер-министр"),
        Official("Александр Турчин", "BY", "Премьер-министр"),
        Official("Касым-Жомарт Токаев", "KZ", "Президент"),
        Official("Нурсултан Назарбаев", "KZ", "Президент"),
        Official("Серик Ахметов", "KZ", "Премьер-Министр"),
        Official("Алихан Смаилов", "KZ", "Премьер-Министр"),
        Official("Олжас Бектенов", "KZ", "Премьер-министр"),
        Official("Ерлан Кошанов", "KZ", "председатель Мажилиса"),
        Official("Садыр Жапаров", "KG", "Президент"),
        Official("Адылбек Касымалиев", "KG", "председатель Кабинета министров"),
        Official("Акылбек Жапаров", "KG", "председатель Кабинета министров"),
        Official("Шавкат Мирзиёев", "UZ", "Президент"),
        Official("Абдулла Арипов", "UZ", "Премьер-министр"),
        Official("Владимир Путин", "RU", "Президент"),
        Official("Михаил Мишустин", "RU", "Председатель Правительства"),
        Official("Никол Пашинян", "AM", "Премьер-министр"),
        Official("Эмомали Рахмон", "TJ", "Президент"),
        Official("Ильхам Алиев", "AZ", "Президент"),
    )
}


def country_of_lemma(lemma: str) -> str | None:
    """Country code for a lemma of a name, adjective, demonym, capital or abbreviation."""
    return _BY_LEMMA.get(lemma)


_COMPANY_ENDINGS = ("", "а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах")


@lru_cache(maxsize=50_000)
def known_company(token: str) -> str | None:
    """'БелАЗы', 'МТЗ', 'Амкодора' → the company's usual name."""
    lowered = token.lower()
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
