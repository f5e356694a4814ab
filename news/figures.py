"""Money, percentages and periods as Russian and English news write them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_NUMBER = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_SCALES: dict[str, float] = {
    "трлн": 1e12,
    "триллион": 1e12,
    "trillion": 1e12,
    "tn": 1e12,
    "млрд": 1e9,
    "миллиард": 1e9,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "млн": 1e6,
    "миллион": 1e6,
    "million": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "тыс": 1e3,
    "тысяча": 1e3,
    "тысяч": 1e3,
    "thousand": 1e3,
    "k": 1e3,
}
_SCALE = (
    r"(?:трлн|триллион\w*|млрд|миллиард\w*|млн|миллион\w*|тыс\w*|"
    r"trillion|billion|million|thousand|bn|mn|tn|b|m|k)(?![a-zа-яё])\.?"
)
_HALF = r"пол(?:у)?(?:миллиард|миллион)\w*"
_AMOUNT = re.compile(
    rf"(?P<amount>(?:(?:{_NUMBER})\s*{_SCALE}\s*)+|{_HALF}|(?:{_NUMBER}))", re.IGNORECASE
)
_PART = re.compile(rf"(?P<number>{_NUMBER})\s*(?P<scale>{_SCALE})?", re.IGNORECASE)
_CURRENCY_BEFORE = re.compile(r"(?:\$|us\$|usd|€|eur|₸)\s*$", re.IGNORECASE)
_CURRENCY_AFTER = re.compile(
    r"^\s*(?P<currency>\$|долл\w*\.?(?:\s+сша)?|usd|us dollars?|dollars?|евро|euro?s?|€|"
    r"(?:белорусск\w+\s+|российск\w+\s+)?рубл\w*|руб\.?|byn|rub|тенге|₸|kzt|tenge|"
    r"сом\w*|kgs|сум\w*|uzs)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Money:
    amount: float
    currency: str
    start: int
    end: int


def _currency_code(text: str) -> str | None:
    lowered = text.lower().strip()
    if lowered.startswith(("$", "us$", "usd", "долл", "dollar", "us dollar")):
        return "USD"
    if lowered.startswith(("€", "eur", "евро")):
        return "EUR"
    if lowered.startswith(("₸", "тенге", "kzt", "tenge")):
        return "KZT"
    if lowered.startswith(("белорусск", "byn")):
        return "BYN"
    if lowered.startswith(("российск", "руб", "рубл", "rub")):
        return "RUB"
    if lowered.startswith(("сом", "kgs")):
        return "KGS"
    if lowered.startswith(("сум", "uzs")):
        return "UZS"
    return None


def _to_float(number: str) -> float:
    return float(re.sub(r"[ \u00a0\u202f]", "", number).replace(",", "."))


def _scale_of(word: str | None) -> float:
    if not word:
        return 1.0
    key = word.lower().rstrip(".")
    if key in _SCALES:
        return _SCALES[key]
    for stem, value in _SCALES.items():
        if len(stem) > 3 and key.startswith(stem):
            return value
    return 1.0


def _amount_value(text: str) -> float:
    lowered = text.lower()
    if lowered.startswith("пол"):
        return 0.5 * (1e9 if "миллиард" in lowered else 1e6)
    total = 0.0
    for part in _PART.finditer(text):
        total += _to_float(part.group("number")) * _scale_of(part.group("scale"))
    return total


def find_money(text: str) -> list[Money]:
    """Every sum of money: '$1 млрд', '1 млрд 200 млн долларов', 'полумиллиарда долларов',
    '0,9 млрд долларов США', '$896m', 'USD 6.5 billion'. Bare numbers are not money."""
    found: list[Money] = []
    for match in _AMOUNT.finditer(text):
        amount_text = match.group("amount").rstrip()
        if not amount_text.strip() or not re.search(r"\d|пол", amount_text, re.IGNORECASE):
            continue
        start, end = match.start("amount"), match.start("amount") + len(amount_text)
        before = _CURRENCY_BEFORE.search(text[max(0, start - 5) : start])
        after = _CURRENCY_AFTER.match(text[end : end + 30])
        currency = None
        if before:
            currency = _currency_code(before.group())
            start -= len(before.group())
        elif after:
            currency = _currency_code(after.group("currency"))
            end += after.end()
        scale_word = re.search(_SCALE + r"\s*$", amount_text, re.IGNORECASE)
        if currency is None:
            continue
        if scale_word and scale_word.group().lower().rstrip(".") in {"b", "m", "k"} and not before:
            continue  # '5 m' is not money unless a currency sign came first
        value = _amount_value(amount_text)
        if value > 0:
            found.append(Money(round(value, 2), currency, start, end))
    return found


_PERCENT = re.compile(rf"(?P<number>{_NUMBER})\s*(?:%|процент\w*|percent|per cent)", re.I)
_TIMES = re.compile(rf"в\s+(?P<number>{_NUMBER})\s+раза?", re.I)
_UP = re.compile(
    r"(вырос|выросл|вырост|увеличи|рост|прирост|нарост|подня|grew|grow|rose|rise|increas|up\b|gain)",
    re.I,
)
_DOWN = re.compile(
    r"(снизи|сократи|сокращ|снижени|упал|уменьши|падени|fell|fall|declin|decreas|down\b|drop|shrank)",
    re.I,
)


def find_change(text: str) -> float | None:
    """Year-on-year change in percent: 'вырос на 23%' → 23, 'сократился на 9,3%' → -9.3,
    'увеличился в 1,5 раза' → 50."""
    for pattern, times in ((_PERCENT, False), (_TIMES, True)):
        for match in pattern.finditer(text):
            window = text[max(0, match.start() - 40) : match.start()]
            direction = _direction(window)
            if direction == 0:
                continue
            value = _to_float(match.group("number"))
            if times:
                value = (value - 1) * 100 if direction > 0 else (1 - 1 / value) * 100
            return round(direction * value, 1)
    return None


def _direction(window: str) -> int:
    """Whether the nearest change word before a figure says growth (1) or decline (-1)."""
    last_up = max((m.end() for m in _UP.finditer(window)), default=-1)
    last_down = max((m.end() for m in _DOWN.finditer(window)), default=-1)
    if last_up == last_down == -1:
        return 0
    return 1 if last_up > last_down else -1


# --- periods ---------------------------------------------------------------------------

_MONTHS = {
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6, "июл": 7,
    "август": 8, "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH_WORD = (
    r"(?:январ\w*|феврал\w*|март\w*|апрел\w*|ма[йяе]\w*|июн\w*|июл\w*|август\w*|сентябр\w*|"
    r"октябр\w*|ноябр\w*|декабр\w*|january|february|march|april|may|june|july|august|"
    r"september|october|november|december)"
)
_NUMBER_WORDS = {
    "два": 2, "двух": 2, "три": 3, "трех": 3, "трёх": 3, "четыре": 4, "четырех": 4,
    "пять": 5, "пяти": 5, "шесть": 6, "шести": 6, "семь": 7, "семи": 7, "восемь": 8,
    "восьми": 8, "девять": 9, "девяти": 9, "десять": 10, "десяти": 10, "одиннадцать": 11,
    "одиннадцати": 11, "nine": 9, "ten": 10, "eleven": 11, "six": 6, "three": 3, "eight": 8,
}  # fmt: skip
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_ORDINAL_HALF = {"перв": 1, "i": 1, "1": 1, "втор": 2, "ii": 2, "2": 2, "first": 1, "second": 2}
_ORDINAL_QUARTER = {
    "перв": 1, "i": 1, "1": 1, "first": 1, "q1": 1,
    "втор": 2, "ii": 2, "2": 2, "second": 2, "q2": 2,
    "трет": 3, "iii": 3, "3": 3, "third": 3, "q3": 3,
    "четв": 4, "iv": 4, "4": 4, "fourth": 4, "q4": 4,
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Period:
    start: str  # YYYY-MM
    end: str

    def as_dict(self) -> dict[str, str]:
        return {"from": self.start, "to": self.end}


def _months(year: int, first: int, last: int) -> Period:
    return Period(f"{year:04d}-{first:02d}", f"{year:04d}-{last:02d}")


def _month_number(word: str) -> int | None:
    lowered = word.lower()
    for stem in sorted(_MONTHS, key=len, reverse=True):
        if lowered.startswith(stem):
            return _MONTHS[stem]
    return None


def _implied_year(last_month: int, published: date | None) -> int | None:
    """A period named without its year ends before publication: the latest such year."""
    if published is None:
        return None
    return published.year if last_month < published.month else published.year - 1


def find_period(text: str, published: date | None) -> Period | None:
    """The period a figure covers, or None when the text gives none."""
    lowered = text.lower()
    year_match = re.search(rf"{_YEAR}\s*(?:год|г\.|гг|year)?", lowered)

    def explicit_year(after: int) -> int | None:
        match = re.match(rf"\s*(?:года?\s+)?{_YEAR}", lowered[after:])
        return int(match.group("year")) if match else None

    # "за 11 месяцев 2024 года", "за девять месяцев", "11 months of 2024"
    match = re.search(
        r"(?:за|in|for)?\s*(?:первые\s+|the first\s+)?(?P<n>\d{1,2}|[а-яёa-z]+)\s+"
        r"(?:месяц\w*|months?)(?:\s+of)?",
        lowered,
    )
    if match:
        count = match.group("n")
        months = int(count) if count.isdigit() else _NUMBER_WORDS.get(count)
        if months and 1 <= months <= 12:
            year = explicit_year(match.end()) or _implied_year(months, published)
            if year:
                return _months(year, 1, months)

    # "январь–октябрь 2024", "в январе-октябре", "January-October 2024"
    match = re.search(rf"(?P<a>{_MONTH_WORD})\s*[-–—]\s*(?P<b>{_MONTH_WORD})", lowered)
    if match:
        first, last = _month_number(match.group("a")), _month_number(match.group("b"))
        if first and last and first <= last:
            year = explicit_year(match.end()) or _implied_year(last, published)
            if year:
                return _months(year, first, last)

    # "первое полугодие 2024 года", "I полугодие", "first half of 2024", "H1 2024"
    match = re.search(
        r"(?P<n>перв\w*|втор\w*|ii|i|1|2|first|second)[\s-]+(?:полугоди\w*|half(?:\s+of)?)", lowered
    ) or re.search(r"\bh(?P<n>[12])\b", lowered)
    if match:
        key = next((k for k in _ORDINAL_HALF if match.group("n").startswith(k)), None)
        half = _ORDINAL_HALF.get(key or "")
        if half:
            last = 6 if half == 1 else 12
            year = explicit_year(match.end()) or _implied_year(last, published)
            if year:
                return _months(year, 1, 6) if half == 1 else _months(year, 7, 12)

    # "I квартал 2024 года", "в первом квартале", "Q1 2024"
    match = re.search(
        r"(?P<n>перв\w*|втор\w*|трет\w*|четв\w*|iv|iii|ii|i|[1-4])[\s-]+(?:-?м\s+)?"
        r"(?:квартал\w*|quarter(?:\s+of)?)",
        lowered,
    ) or re.search(r"\b(?P<n>q[1-4])\b", lowered)
    if match:
        token = match.group("n")
        key = next((k for k in _ORDINAL_QUARTER if token == k or token.startswith(k)), None)
        quarter = _ORDINAL_QUARTER.get(key or "")
        if quarter:
            year = explicit_year(match.end()) or _implied_year(quarter * 3, published)
            if year:
                return _months(year, quarter * 3 - 2, quarter * 3)

    # Relative years, resolved against the publication date.
    if published is not None:
        if re.search(r"позапрошл\w+\s+год", lowered):
            return _months(published.year - 2, 1, 12)
        if re.search(r"(?:прошл|минувш|предыдущ)\w+\s+год|last year|previous year", lowered):
            return _months(published.year - 1, 1, 12)
        if re.search(r"(?:этом|текущем|нынешнем|этого|текущего)\s+год\w*|this year", lowered):
            return _months(published.year, 1, 12)

    # "в 2023 году", "по итогам 2023 года", "in 2023"
    if year_match and re.search(
        rf"(?:в|за|по итогам|in|for|of)\s+{_YEAR}\s*(?:год\w*|г\.)?", lowered
    ):
        year = int(year_match.group("year"))
        return _months(year, 1, 12)
    return None
