"""Countries, places, companies and officials as the reader's language names them.

The extractor reads Russian text and names what it finds in Russian ("Кокшетау", "Амкодор",
"Роман Головченко"). An English reader gets the usual English spelling from these tables, and
a transliteration of anything they do not list; Kazakh and Belarusian readers get the spelling
of their language's press where these tables know it, and the Russian name otherwise (a proper
name, as the news wrote it). Countries are named by the locale files (`country-KZ`).
"""

from __future__ import annotations

from collections.abc import Sequence

from domain.translit import transliterate as transliterate
from news.gazetteer import COUNTRIES
from views.i18n import Texts

_COUNTRY_CODES = {country.name_ru: country.code for country in COUNTRIES}

CITIES_EN = {
    "Кокшетау": "Kokshetau",
    "Костанай": "Kostanay",
    "Караганда": "Karaganda",
    "Алматы": "Almaty",
    "Шымкент": "Shymkent",
    "Актобе": "Aktobe",
    "Павлодар": "Pavlodar",
    "Петропавловск": "Petropavl",
    "Усть-Каменогорск": "Ust-Kamenogorsk",
    "Уральск": "Uralsk",
    "Атырау": "Atyrau",
    "Тараз": "Taraz",
    "Семей": "Semey",
    "Туркестан": "Turkestan",
    "Тайынша": "Tayynsha",
    "Гомель": "Gomel",
    "Могилёв": "Mogilev",
    "Могилев": "Mogilev",
    "Витебск": "Vitebsk",
    "Гродно": "Grodno",
    "Брест": "Brest",
    "Жодино": "Zhodino",
    "Бобруйск": "Bobruisk",
    "Ош": "Osh",
    "Самарканд": "Samarkand",
    "Андижан": "Andijan",
    "Худжанд": "Khujand",
    "Минск": "Minsk",
    "Астана": "Astana",
    "Бишкек": "Bishkek",
    "Ташкент": "Tashkent",
    "Душанбе": "Dushanbe",
    "Ереван": "Yerevan",
    "Баку": "Baku",
    "Москва": "Moscow",
}

COMPANIES_EN = {
    "БелАЗ": "BelAZ",
    "МТЗ": "MTZ",
    "МАЗ": "MAZ",
    "Гомсельмаш": "Gomselmash",
    "Амкодор": "Amkodor",
    "Беларуськалий": "Belaruskali",
    "Белшина": "Belshina",
    "КАМАЗ": "KAMAZ",
}

OFFICIALS_EN = {
    "Александр Лукашенко": "Alexander Lukashenko",
    "Михаил Мясникович": "Mikhail Myasnikovich",
    "Роман Головченко": "Roman Golovchenko",
    "Александр Турчин": "Alexander Turchin",
    "Касым-Жомарт Токаев": "Kassym-Jomart Tokayev",
    "Нурсултан Назарбаев": "Nursultan Nazarbayev",
    "Серик Ахметов": "Serik Akhmetov",
    "Алихан Смаилов": "Alikhan Smailov",
    "Олжас Бектенов": "Olzhas Bektenov",
    "Ерлан Кошанов": "Yerlan Koshanov",
    "Садыр Жапаров": "Sadyr Japarov",
    "Адылбек Касымалиев": "Adylbek Kasymaliev",
    "Акылбек Жапаров": "Akylbek Japarov",
    "Шавкат Мирзиёев": "Shavkat Mirziyoyev",
    "Абдулла Арипов": "Abdulla Aripov",
    "Владимир Путин": "Vladimir Putin",
    "Михаил Мишустин": "Mikhail Mishustin",
    "Никол Пашинян": "Nikol Pashinyan",
    "Эмомали Рахмон": "Emomali Rahmon",
    "Ильхам Алиев": "Ilham Aliyev",
}

CITIES_KK = {
    "Костанай": "Қостанай",
    "Караганда": "Қарағанды",
    "Актобе": "Ақтөбе",
    "Петропавловск": "Петропавл",
    "Усть-Каменогорск": "Өскемен",
    "Уральск": "Орал",
    "Шымкент": "Шымкент",
    "Кокшетау": "Көкшетау",
    "Тараз": "Тараз",
    "Туркестан": "Түркістан",
    "Тайынша": "Тайынша",
    "Гомель": "Гомель",
    "Могилёв": "Могилев",
    "Могилев": "Могилев",
    "Ташкент": "Ташкент",
    "Самарканд": "Самарқанд",
    "Андижан": "Әндіжан",
    "Худжанд": "Хұжанд",
    "Душанбе": "Душанбе",
    "Москва": "Мәскеу",
}

CITIES_BE = {
    "Минск": "Мінск",
    "Гомель": "Гомель",
    "Могилёв": "Магілёў",
    "Могилев": "Магілёў",
    "Витебск": "Віцебск",
    "Гродно": "Гродна",
    "Брест": "Брэст",
    "Жодино": "Жодзіна",
    "Бобруйск": "Бабруйск",
    "Кокшетау": "Кокшэтау",
    "Костанай": "Кастанай",
    "Караганда": "Караганда",
    "Шымкент": "Шымкент",
    "Актобе": "Актобэ",
    "Павлодар": "Паўладар",
    "Петропавловск": "Петрапаўлаўск",
    "Усть-Каменогорск": "Усць-Каменагорск",
    "Уральск": "Уральск",
    "Атырау": "Атырау",
    "Семей": "Семей",
    "Туркестан": "Туркестан",
    "Тайынша": "Тайынша",
    "Ош": "Ош",
    "Самарканд": "Самарканд",
    "Андижан": "Андыжан",
    "Худжанд": "Худжанд",
    "Астана": "Астана",
    "Алматы": "Алматы",
    "Бишкек": "Бішкек",
    "Ташкент": "Ташкент",
    "Душанбе": "Душанбэ",
    "Ереван": "Ерэван",
    "Баку": "Баку",
    "Москва": "Масква",
}

OFFICIALS_KK = {
    "Касым-Жомарт Токаев": "Қасым-Жомарт Тоқаев",
    "Нурсултан Назарбаев": "Нұрсұлтан Назарбаев",
    "Серик Ахметов": "Серік Ахметов",
    "Алихан Смаилов": "Әлихан Смайылов",
    "Ерлан Кошанов": "Ерлан Қошанов",
    "Шавкат Мирзиёев": "Шавкат Мирзиёев",
    "Владимир Путин": "Владимир Путин",
}

OFFICIALS_BE = {
    "Александр Лукашенко": "Аляксандр Лукашэнка",
    "Михаил Мясникович": "Міхаіл Мясніковіч",
    "Роман Головченко": "Раман Галоўчанка",
    "Александр Турчин": "Аляксандр Турчын",
    "Касым-Жомарт Токаев": "Касым-Жамарт Такаеў",
    "Нурсултан Назарбаев": "Нурсултан Назарбаеў",
    "Олжас Бектенов": "Алжас Бектэнаў",
    "Алихан Смаилов": "Аліхан Смаілаў",
    "Садыр Жапаров": "Садыр Жапараў",
    "Шавкат Мирзиёев": "Шаўкат Мірзіёеў",
    "Владимир Путин": "Уладзімір Пуцін",
    "Михаил Мишустин": "Міхаіл Мішусцін",
    "Никол Пашинян": "Нікол Пашынян",
    "Эмомали Рахмон": "Эмамалі Рахмон",
    "Ильхам Алиев": "Ільхам Аліеў",
}

COMPANIES_BE = {"Беларуськалий": "Беларуськалій", "Гомсельмаш": "Гомсельмаш"}

_CITIES = {"en": CITIES_EN, "kk": CITIES_KK, "be": CITIES_BE}
_COMPANIES = {"en": COMPANIES_EN, "be": COMPANIES_BE}
_OFFICIALS = {"en": OFFICIALS_EN, "kk": OFFICIALS_KK, "be": OFFICIALS_BE}


def country(code: str, texts: Texts) -> str:
    """'KZ' → 'Казахстан' / 'Kazakhstan' / 'Қазақстан' / 'Казахстан'."""
    key = f"country-{code}"
    return texts(key) if texts.has(key) else code


def countries(codes: Sequence[str], texts: Texts) -> list[str]:
    return [country(code, texts) for code in codes]


def all_countries(texts: Texts) -> list[str]:
    """Every country the bot knows, in the gazetteer's order."""
    return [country(c.code, texts) for c in COUNTRIES]


def pair(codes: Sequence[str], texts: Texts) -> str:
    """('BY', 'KZ') → 'Беларусь — Казахстан'."""
    return " — ".join(country(code, texts) for code in codes)


def _named(name: str, table: dict[str, str] | None, texts: Texts) -> str:
    if table is not None and name in table:
        return table[name]
    return transliterate(name) if texts.script == "Latn" else name


def place(name: str, texts: Texts) -> str:
    code = _COUNTRY_CODES.get(name)
    if code is not None:
        return country(code, texts)
    if texts.language == "ru":
        return name
    return _named(name, _CITIES.get(texts.language), texts)


def company(name: str, texts: Texts) -> str:
    if texts.language == "ru":
        return name
    return _named(name, _COMPANIES.get(texts.language), texts)


def official(name: str, texts: Texts) -> str:
    if texts.language == "ru":
        return name
    return _named(name, _OFFICIALS.get(texts.language), texts)
