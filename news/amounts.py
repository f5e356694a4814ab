"""Sums of money and changes, in digits and in words, as Russian, Belarusian and English write them.

Money: "$1 млрд", "1 млрд 200 млн долларов", "полумиллиарда долларов", "nine hundred million
dollars", "USD 769 million", "US$3 billion", "185 млрд тенге", "превысит миллиард". A sum
with a scale word and no currency ("порядка 800 миллионов") is kept with currency None: the
reader of the sentence decides what it is. Changes: "на 23%", "+8%", "up 7.8%", "в 1,5
раза", "вдвое", "на треть", "fourfold"; which way they go is read from the clause.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from news.lexicon import Needles

_DIGITS = (
    r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?"
)
_UNITS = {
    "один": 1, "одного": 1, "одним": 1, "одном": 1, "одному": 1, "одна": 1, "одной": 1,
    "два": 2, "две": 2, "двух": 2, "двум": 2, "двумя": 2, "три": 3, "трех": 3, "трёх": 3,
    "трем": 3, "трём": 3, "четыре": 4, "четырех": 4, "четырёх": 4, "пять": 5, "пяти": 5,
    "шесть": 6, "шести": 6, "семь": 7, "семи": 7, "восемь": 8, "восьми": 8, "девять": 9,
    "девяти": 9,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "a": 1, "an": 1,
    "адзін": 1, "аднаго": 1, "тры": 3, "трох": 3, "чатыры": 4, "пяць": 5, "шэсць": 6,
    "шасці": 6, "сем": 7, "сямі": 7, "восем": 8, "васьмі": 8, "дзевяць": 9, "дзевяці": 9,
    "дзве": 2, "дзвюх": 2,
}  # fmt: skip
_TEENS_AND_TENS = {
    "десять": 10, "десяти": 10, "одиннадцать": 11, "двенадцать": 12, "тринадцать": 13,
    "четырнадцать": 14, "пятнадцать": 15, "шестнадцать": 16, "семнадцать": 17,
    "восемнадцать": 18, "девятнадцать": 19, "двадцать": 20, "двадцати": 20, "тридцать": 30,
    "тридцати": 30, "сорок": 40, "сорока": 40,
    "пятьдесят": 50, "пятидесяти": 50, "шестьдесят": 60, "семьдесят": 70, "восемьдесят": 80,
    "девяносто": 90,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "дзесяць": 10, "адзінаццаць": 11, "дванаццаць": 12, "трынаццаць": 13, "чатырнаццаць": 14,
    "пятнаццаць": 15, "шаснаццаць": 16, "сямнаццаць": 17, "васямнаццаць": 18,
    "дзевятнаццаць": 19, "дваццаць": 20, "трыццаць": 30, "сорак": 40, "пяцьдзясят": 50,
}  # fmt: skip
_HUNDREDS = {
    "сто": 100, "ста": 100, "двести": 200, "двухсот": 200, "триста": 300, "трехсот": 300,
    "трёхсот": 300, "четыреста": 400, "четырехсот": 400, "пятьсот": 500, "пятисот": 500,
    "шестьсот": 600, "шестисот": 600, "семьсот": 700, "семисот": 700, "восемьсот": 800,
    "восьмисот": 800, "девятьсот": 900, "девятисот": 900,
    "дзвесце": 200, "трыста": 300, "чатырыста": 400, "пяцьсот": 500,
}  # fmt: skip
_ONE_AND_A_HALF = r"(?:полтора|полторы|полутора|паўтара|one\s+and\s+a\s+half|1\.5)"
_NUMBER_WORDS = {**_UNITS, **_TEENS_AND_TENS, **_HUNDREDS}
_WORD_NUMBER = (
    r"(?<![\w$])(?:(?:"
    + "|".join(sorted((re.escape(w) for w in [*_NUMBER_WORDS, "hundred"]), key=len, reverse=True))
    + r")(?:\s+|-)(?:and\s+)?)+"
)
_SCALE_WORDS: tuple[tuple[str, float], ...] = (
    (r"трлн|триллион\w*|трыльён\w*|trillion|tn", 1e12),
    (r"млрд|миллиард\w*|мільярд\w*|мiльярд\w*|billion|bn|bln", 1e9),
    (r"млн|миллион\w*|мільён\w*|мiльён\w*|мільён\w*|million|mln|mn", 1e6),
    (r"тыс|тысяч\w*|тысяча|тысячи|thousand", 1e3),
)
_SCALE = r"(?:" + "|".join(p for p, _ in _SCALE_WORDS) + r")(?![a-zа-яёіў])\.?"
_SHORT_SCALE = r"(?:b|m|k)(?![a-zа-яёіў])"
_HALF_SCALE = (
    r"(?:пол|полу|паў)(?:миллиард|миллион|мільярд|мільён)\w*|half\s+a\s+(?:billion|million)"
)
# "миллиард" with no number before it is one: "превысит миллиард", "до миллиарда".
_BARE_SCALE = (
    r"(?:миллиард|миллиарда|миллиардом|миллиарде|миллион|миллиона|мільярд|мільярда|"
    r"a\s+billion|one\s+billion|a\s+million)(?![a-zа-яёіў])"
)
_AMOUNT = re.compile(
    rf"(?P<amount>(?:(?:{_DIGITS}|{_ONE_AND_A_HALF}|{_WORD_NUMBER})\s*{_SCALE}\s*)+"
    rf"|(?:{_DIGITS})\s*{_SHORT_SCALE}|{_HALF_SCALE}|{_BARE_SCALE}|{_DIGITS})",
    re.IGNORECASE,
)
# Sums in digits only: the fast pattern for sentences with no scale word written out.
_DIGIT_AMOUNT = re.compile(
    rf"(?P<amount>(?:(?:{_DIGITS})\s*{_SCALE}\s*)+|(?:{_DIGITS})\s*{_SHORT_SCALE}|{_DIGITS})",
    re.IGNORECASE,
)
_PART = re.compile(
    rf"(?P<number>{_DIGITS}|{_ONE_AND_A_HALF}|{_WORD_NUMBER})\s*(?P<scale>{_SCALE}|{_SHORT_SCALE})",
    re.IGNORECASE,
)
_CURRENCY_BEFORE = re.compile(
    r"(?:\$|us\$|usd|€|eur|₸|kzt|byn|rub|₽)\s*$|(?:долларов|dollars)\s+$", re.IGNORECASE
)
_CURRENCY_AFTER = re.compile(
    r"^\s*(?:\(\s*)?(?P<currency>\$|долл\w*\.?(?:\s+сша)?|usd|us\s+dollars?|dollars?|"
    r"долар\w*|даляр\w*|евро|euros?|€|(?:белорусск\w+\s+|российск\w+\s+|беларуск\w+\s+|"
    r"расійск\w+\s+)?(?:рубл\w*|рублёў|рублей)|руб\.?|byn|rub|₽|тенге|тэнге|₸|kzt|tenge|"
    r"сом\w*|kgs|сумов|сум\b|uzs|манат\w*|azn|драм\w*|amd|сомони|tjs|юан\w*|yuan)",
    re.IGNORECASE,
)
_CODES = (
    (("$", "us$", "usd", "долл", "dollar", "us dollar", "долар", "даляр"), "USD"),
    (("€", "eur", "евро"), "EUR"),
    (("₸", "тенге", "тэнге", "kzt", "tenge"), "KZT"),  # тэнге: Belarusian
    (("белорусск", "беларуск", "byn"), "BYN"),
    (("российск", "расійск", "руб", "рубл", "rub", "₽"), "RUB"),
    (("сом", "kgs"), "KGS"),
    (("сум", "uzs"), "UZS"),
    (("манат", "azn"), "AZN"),
    (("драм", "amd"), "AMD"),
    (("юан", "yuan"), "CNY"),
)


_GROUP_SPACES = re.compile(r"[ \u00a0\u202f]")
_COMMA_GROUPS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_ONE_AND_A_HALF_ONLY = re.compile(_ONE_AND_A_HALF, re.IGNORECASE)
_SCALE_PATTERNS = tuple((re.compile(pattern), value) for pattern, value in _SCALE_WORDS)
_HALF_SCALE_ONLY = re.compile(_HALF_SCALE)
_BARE_SCALE_ONLY = re.compile(_BARE_SCALE)
_BILLION = re.compile(r"миллиард|мільярд|billion")
_LONGER_NUMBER = re.compile(r"\d|[.,]\d|%")
_PERCENT_AFTER = re.compile(r"\s*(?:%|процент|percent|per\s+cent|працэнт)", re.IGNORECASE)
_SCALE_WORD = re.compile(_SCALE, re.IGNORECASE)
_ENDS_SHORT_SCALE = re.compile(rf"\d\s*{_SHORT_SCALE}$", re.IGNORECASE)


class Money(NamedTuple):
    amount: float
    currency: str | None  # None: a scale word but no currency ("порядка 800 миллионов")
    start: int
    end: int


def currency_code(text: str) -> str | None:
    lowered = text.lower().strip().lstrip("(").strip()
    if lowered.startswith("сомони") or lowered == "tjs":
        return "TJS"
    for prefixes, code in _CODES:
        if lowered.startswith(prefixes):
            return code
    return None


def _to_float(number: str, *, english: bool) -> float:
    compact = _GROUP_SPACES.sub("", number)
    if _COMMA_GROUPS.fullmatch(compact) and (english or compact.count(",") > 1):
        return float(compact.replace(",", ""))  # "1,500" in English is fifteen hundred
    return float(compact.replace(",", "."))


def _word_value(words: str) -> float | None:
    """'девятьсот двадцать пять' → 925, 'nine hundred' → 900."""
    total = 0.0
    for word in re.split(r"[\s-]+", words.strip().lower()):
        if not word or word == "and":
            continue
        if word == "hundred":
            total = max(total, 1) * 100
        elif word in _NUMBER_WORDS:
            total += _NUMBER_WORDS[word]
        else:
            return None
    return total or None


def count_value(token: str) -> int | None:
    """A count written in digits or as one word: '12', '1 400', 'восемь', 'семи', 'Twelve'."""
    lowered = token.lower().strip()
    if re.fullmatch(r"\d{1,3}(?:[ \u00a0\u202f,]\d{3})+|\d+", lowered):
        return int(re.sub(r"\D", "", lowered))
    if lowered in {"a", "an"}:
        return None  # "a plant" names one thing, it does not count plants
    if "-" in lowered and lowered.replace("-", "").isalpha():
        words = _word_value(lowered)  # "twenty-two"
        return int(words) if words else None
    value = _NUMBER_WORDS.get(lowered) or _COUNTS.get(lowered)
    return int(value) if value else None


# A count's other cases ("четырнадцати проектов", "з трынаццаці праектаў"): a count, never
# a part of a sum written in words.
_COUNTS = {
    "десяти": 10, "одиннадцати": 11, "двенадцати": 12, "тринадцати": 13, "четырнадцати": 14,
    "пятнадцати": 15, "шестнадцати": 16, "семнадцати": 17, "восемнадцати": 18,
    "девятнадцати": 19, "двадцати": 20, "тридцати": 30,
    "оба": 2, "обе": 2, "двое": 2, "трое": 3, "четверо": 4, "пятеро": 5,
    "чатырох": 4, "пяці": 5, "дзесяці": 10, "адзінаццаці": 11, "дванаццаці": 12,
    "трынаццаці": 13, "чатырнаццаці": 14, "пятнаццаці": 15, "шаснаццаці": 16,
    "сямнаццаці": 17, "васямнаццаці": 18, "дзевятнаццаці": 19, "дваццаці": 20, "трыццаці": 30,
    "hundred": 100, "dozen": 12,
    # the teens in the nominative, as counts of projects ("четырнадцать действующих производств")
    "тринадцать": 13, "четырнадцать": 14, "шестнадцать": 16, "семнадцать": 17,
    "восемнадцать": 18, "девятнадцать": 19,
    "адзінаццаць": 11, "дванаццаць": 12, "трынаццаць": 13, "чатырнаццаць": 14,
    "пятнаццаць": 15, "шаснаццаць": 16, "сямнаццаць": 17, "васямнаццаць": 18,
    "дзевятнаццаць": 19,
}  # fmt: skip


def _number_value(number: str, *, english: bool) -> float | None:
    stripped = number.strip()
    if _ONE_AND_A_HALF_ONLY.fullmatch(stripped):
        return 1.5
    if stripped[:1].isdecimal():
        return _to_float(stripped, english=english)
    return _word_value(stripped)


def _scale_value(word: str) -> float:
    lowered = word.lower().rstrip(".")
    if lowered in {"b", "m", "k"}:
        return {"b": 1e9, "m": 1e6, "k": 1e3}[lowered]
    for pattern, value in _SCALE_PATTERNS:
        if pattern.fullmatch(lowered):
            return value
    return 1.0


@lru_cache(maxsize=20_000)
def _amount_value(text: str, *, english: bool) -> float | None:
    lowered = text.lower().strip()
    if _HALF_SCALE_ONLY.fullmatch(lowered):
        return 0.5 * (1e9 if _BILLION.search(lowered) else 1e6)
    if _BARE_SCALE_ONLY.fullmatch(lowered):
        return 1e9 if _BILLION.search(lowered) else 1e6
    parts = list(_PART.finditer(text))
    if not parts:
        return _number_value(text, english=english)
    total = 0.0
    for part in parts:
        value = _number_value(part.group("number"), english=english)
        if value is None:
            return None
        total += value * _scale_value(part.group("scale"))
    return total


# Cheap gates (lower-case substrings) before the patterns that scan a whole sentence.
_SCALE_NEEDLES = Needles(
    "миллиард", "миллион", "мільярд", "мільён", "мiльярд", "мiльён", "трыльён", "триллион",
    "billion", "million", "trillion", "тысяч", "thousand", "полмил", "полумил", "паўміл",
)  # fmt: skip
_DIGIT = re.compile(r"\d")
_PERCENT_NEEDLES = Needles("%", "процент", "percent", "per cent", "працэнт")
_FACTOR_NEEDLES = Needles(
    " раз", "вдвое", "втрое", "вчетверо", "впятеро", "удв", "ўдв", "утро", "утра", "ўтра",
    "учетвер", "doubl", "tripl", "quadrupl", "halved", "кратн", "треть", "четверть", "половин",
    "напалов", "траці", "чвэрц", "by a third", "by one third", "by a quarter", "by one quarter",
    "пятую", "десятую", "дзясятую", "палову", "by a fifth", "by one fifth",
    "by a tenth", "by one tenth", "by half",
)  # fmt: skip
_ENGLISH_FACTOR_NEEDLES = Needles("fold", "times")


def _digit_amounts(text: str) -> Iterator[re.Match[str]]:
    """`_DIGIT_AMOUNT.finditer(text)`, tried only where a digit stands. Each of its
    alternatives begins with a digit and it looks at nothing before its start, so a match
    starts at a digit, and at any digit one does (a bare number): the next match is the one
    at the first digit after the last. The engine alone tries the whole alternation at every
    letter of the sentence (~20 µs a sentence, against ~3)."""
    position = 0
    while (digit := _DIGIT.search(text, position)) is not None:
        match = _DIGIT_AMOUNT.match(text, digit.start())
        if match is None:  # cannot happen (see above); kept total for the type checker
            position = digit.end()
            continue
        yield match
        position = match.end()


def find_money(text: str, *, english: bool = False) -> list[Money]:
    """Every sum of money; a bare number is money only with a currency sign or word."""
    found: list[Money] = []
    lowered = text.lower()
    scaled = _SCALE_NEEDLES.found_in(lowered)
    if not scaled and not _DIGIT.search(text):
        return found
    for match in _AMOUNT.finditer(text) if scaled else _digit_amounts(text):
        amount_text = match.group("amount").rstrip()
        start = match.start("amount")
        end = start + len(amount_text)
        if not amount_text.strip():
            continue
        if _LONGER_NUMBER.match(text, end, end + 2):
            continue  # the middle of a longer number
        if _PERCENT_AFTER.match(text, end):
            continue
        before = _CURRENCY_BEFORE.search(text[max(0, start - 10) : start])
        after = _CURRENCY_AFTER.match(text[end : end + 40])
        currency = None
        if before:
            currency = currency_code(before.group())
            start -= len(before.group())
        elif after:
            currency = currency_code(after.group("currency"))
            end += after.end()
        scaled = bool(_SCALE_WORD.search(amount_text)) or not amount_text.strip()[:1].isdecimal()
        short_scale = _ENDS_SHORT_SCALE.search(amount_text)
        if short_scale and not before:
            continue  # "5 m" is five metres unless a currency sign came first
        if currency is None and not scaled:
            continue
        value = _amount_value(amount_text, english=english)
        if value is not None and value > 0:
            found.append(Money(round(value, 2), currency, start, end))
    return found


class Change(NamedTuple):
    """A relative change as written: a percentage, or a factor ("в 1,5 раза" is 1.5)."""

    value: float
    is_factor: bool
    sign: int  # +1 / -1 when written with a sign ("+8%", "−3%"), else 0
    start: int
    end: int

    def percent(self, direction: int) -> float:
        if not self.is_factor:
            sign = self.sign or direction
            return round(sign * abs(self.value), 1)
        if direction < 0:
            # "сократился в 2 раза" halves: -50%; "наполовину" is already 0.5
            factor = self.value if self.value < 1 else 1 / self.value
            return round(-(1 - factor) * 100, 1)
        return round((self.value - 1) * 100, 1)


_PERCENT = re.compile(
    rf"(?P<sign>[+−–-]\s*)?(?P<number>{_DIGITS})\s*(?:%|процент\w*|percent|per\s+cent|"
    r"працэнт\w*|п\.\s*п\.)",
    re.IGNORECASE,
)
_FACTOR_WORDS = {
    "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8,
    "девять": 9, "десять": 10, "сто": 100, "полтора": 1.5, "полторы": 1.5, "паўтара": 1.5,
    "тры": 3, "чатыры": 4, "пяць": 5,
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "hundred": 100,
}  # fmt: skip
_FACTOR = re.compile(
    rf"\b(?:в|у|ў)\s+(?P<number>{_DIGITS}|[а-яёіў]+)\s+раз(?:а|ы)?\b|"
    r"\b(?P<adverb>вдвое|втрое|вчетверо|впятеро|[уў]двая|[уў]трая)\b|"
    r"\b(?P<verb>удвои\w*|удвоен\w*|утрои\w*|учетвер\w*|doubled|tripled|quadrupled|halved|"
    r"double|triple|двукратн\w*|трехкратн\w*|трёхкратн\w*)|"
    r"\bна\s+(?P<fraction>треть|четверть|половину|траціну|чвэрць|палову)\b|"
    r"\bна\s+(?P<part>пятую|десятую|дзясятую)\s+(?:часть|долю|частку)\b|"
    r"\bby\s+(?:a|one)\s+(?P<english_fraction>third|quarter|fifth|tenth)\b|"
    r"\bby\s+(?P<english_half>half)\b(?!\s+a\b)|"
    r"\b(?P<half>наполовину|напалову)\b",
    re.IGNORECASE,
)
_ENGLISH_FACTOR = re.compile(
    r"\b(?P<english>\d+(?:[.,]\d+)?|[a-z]+)[\s-]?(?:fold|times)\b", re.IGNORECASE
)
# After an English multiple, the base it multiplies: "1.8 times the figure for 2022",
# "three times that of 2021"; "twice" so used ("twice the figure", "twice as much as").
_OF_THE_BASE = re.compile(r"\s+(?:the|that|those)\b", re.IGNORECASE)
_TWICE = re.compile(
    r"\b(twice|thrice)(?=\s+(?:the|that|those|as\s+(?:much|high|large|big))\b)", re.IGNORECASE
)
_TWICE_NEEDLES = Needles("twice", "thrice")
_ADVERB_FACTORS = {
    "вдвое": 2, "втрое": 3, "вчетверо": 4, "впятеро": 5,
    "удвая": 2, "ўдвая": 2, "утрая": 3, "ўтрая": 3,  # Belarusian, "ў" after a vowel
}  # fmt: skip
_FRACTIONS = {
    "треть": 1 / 3, "траціну": 1 / 3, "third": 1 / 3,
    "четверть": 0.25, "чвэрць": 0.25, "quarter": 0.25, "половину": 0.5, "палову": 0.5,
    "half": 0.5, "пятую": 0.2, "fifth": 0.2, "десятую": 0.1, "дзясятую": 0.1, "tenth": 0.1,
}  # fmt: skip


def _factor_of(match: re.Match[str]) -> tuple[float, bool] | None:
    """(value, is_factor) of a multiplier or fraction match."""
    groups = match.groupdict()
    if groups.get("english"):
        word = match.group("english").lower()
        value = _FACTOR_WORDS.get(word)
        if value is None and re.fullmatch(r"\d+(?:[.,]\d+)?", word):
            value = _to_float(word, english=True)
        if value is None and word.startswith("two"):
            value = 2
        return (value, True) if value and value > 1 else None
    if match.group("number"):
        token = match.group("number").lower()
        value = _FACTOR_WORDS.get(token)
        if value is None and re.match(r"\d", token):
            value = _to_float(token, english=False)
        return (value, True) if value and value > 1 else None
    if match.group("adverb"):
        return _ADVERB_FACTORS[match.group("adverb").lower()], True
    if match.group("verb"):
        word = match.group("verb").lower()
        if word.startswith(("утро", "tripl", "трехкрат", "трёхкрат", "triple")):
            return 3, True
        if word.startswith(("учетвер", "quadrup")):
            return 4, True
        if word.startswith("halved"):
            return 0.5, True
        return 2, True
    fraction = (
        match.group("fraction")
        or match.group("part")
        or match.group("english_fraction")
        or match.group("english_half")
    )
    if fraction:
        return _FRACTIONS[fraction.lower()] * 100, False
    if match.group("half"):
        return 50, False
    return None


def find_changes(text: str, *, english: bool = False) -> list[Change]:
    """Every percentage and multiplier that may state a change; direction is the reader's."""
    found: list[Change] = []
    lowered = text.lower()
    percents = _PERCENT.finditer(text) if _PERCENT_NEEDLES.found_in(lowered) else ()
    for match in percents:
        sign_text = (match.group("sign") or "").strip()
        sign = 1 if sign_text == "+" else (-1 if sign_text in {"−", "–", "-"} else 0)
        if sign and match.start() > 0 and re.match(r"[\w\d]", text[match.start() - 1]):
            sign = 0  # "2021-2022" or "Belarus-10%": a hyphen, not a minus
        value = _to_float(match.group("number"), english=english)
        found.append(Change(value, False, sign, match.start(), match.end()))
    factors = list(_FACTOR.finditer(text)) if _FACTOR_NEEDLES.found_in(lowered) else []
    if _ENGLISH_FACTOR_NEEDLES.found_in(lowered):
        factors += _ENGLISH_FACTOR.finditer(text)
    for match in factors:
        factor = _factor_of(match)
        if factor is not None:
            # "1.8 times the figure for January-June 2022": the level as a multiple of the
            # base's, growth without a verb to say so
            english_factor = bool(match.groupdict().get("english"))
            grew = english_factor and bool(_OF_THE_BASE.match(text, match.end()))
            found.append(Change(factor[0], factor[1], int(grew), match.start(), match.end()))
    if _TWICE_NEEDLES.found_in(lowered):
        for match in _TWICE.finditer(text):
            value = 2 if match.group(1).lower() == "twice" else 3
            found.append(Change(value, True, 1, match.start(), match.end()))
    found.sort(key=lambda change: change.start)
    return found
