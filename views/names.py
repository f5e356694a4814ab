"""Names of places, companies and officials as an English reader knows them.

The extractor reads Russian text and names what it finds in Russian ("Кокшетау", "Амкодор",
"Роман Головченко"). An English reader gets the usual English spelling from these tables, and
a transliteration of anything they do not list.
"""

from __future__ import annotations

from news.gazetteer import COUNTRIES

_COUNTRIES_EN = {country.name_ru: country.name_en for country in COUNTRIES}

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

_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "ә": "a", "ғ": "g", "қ": "q", "ң": "n", "ө": "o", "ұ": "u", "ү": "u",
    "һ": "h", "і": "i", "ў": "w",
}  # fmt: skip


def transliterate(text: str) -> str:
    """Cyrillic in Latin letters, keeping capitals: 'ПОЖСНАБ' → 'POZHSNAB'."""
    out = []
    for word in text.split(" "):
        latin = "".join(_LATIN.get(ch.lower(), ch) for ch in word)
        if word.isupper() and len(word) > 1:
            latin = latin.upper()
        elif word[:1].isupper():
            latin = latin[:1].upper() + latin[1:]
        out.append(latin)
    return " ".join(out)


def place(name: str, language: str) -> str:
    if language != "en":
        return name
    return _COUNTRIES_EN.get(name) or CITIES_EN.get(name) or transliterate(name)


def company(name: str, language: str) -> str:
    if language != "en":
        return name
    return COMPANIES_EN.get(name) or transliterate(name)


def official(name: str, language: str) -> str:
    if language != "en":
        return name
    return OFFICIALS_EN.get(name) or transliterate(name)
