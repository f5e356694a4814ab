"""Periods as outlets write them, and what each one is doing in its sentence.

"в 2023 году", "за 11 месяцев прошлого года", "январь–октябрь", "first half of 2024",
"у першым паўгоддзі" name the period a figure covers. The same words can also name the
base of a comparison ("к уровню 2020 года", "than a year earlier"), a span of several
years ("за пять лет", "since 2009"), a deadline ("к 2030 году") or an open period ("с
начала года"); each mention says which, so a figure is never given a period that was only
its point of comparison.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import NamedTuple

from news.lexicon import Needles


class Role(StrEnum):
    POINT = "point"  # the period a figure covers
    BASE = "base"  # what it is compared with
    SPAN = "span"  # several years: growth over it is no year-on-year change
    DEADLINE = "deadline"  # "к 2030 году": when a target is due
    OPEN = "open"  # "с начала года", "за текущий период": no period can be given
    WHOLE_YEAR = "whole_year"  # "за весь год": the year of a period named before


@dataclass(frozen=True, slots=True)
class Period:
    start: str  # YYYY-MM
    end: str

    def as_dict(self) -> dict[str, str]:
        return {"from": self.start, "to": self.end}

    @classmethod
    def from_dict(cls, data: dict[str, str]) -> Period:
        return cls(data["from"], data["to"])

    @property
    def year(self) -> int:
        return int(self.end[:4])

    @property
    def last_month(self) -> int:
        return int(self.end[5:])


class PeriodMention(NamedTuple):
    start: int
    end: int
    role: Role
    period: Period | None


def months(year: int, first: int, last: int) -> Period:
    return Period(f"{year:04d}-{first:02d}", f"{year:04d}-{last:02d}")


_MONTH_STEMS = {
    # Russian, Belarusian, English; longest stems are tried first.
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6, "июл": 7,
    "август": 8, "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12,
    "студзен": 1, "лют": 2, "сакав": 3, "красав": 4, "травен": 5, "траўн": 5,
    "чэрвен": 6, "ліпен": 7, "ліпн": 7, "жнів": 8, "жніў": 8, "верас": 9, "кастрычн": 10,
    "лістапад": 11, "снеж": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
MONTH = (
    r"(?:январ\w*|феврал\w*|март\w*|апрел\w*|ма[йяеюі]\b|июн\w*|июл\w*|август\w*|сентябр\w*|"
    r"октябр\w*|ноябр\w*|декабр\w*|студзен[ья]\b|студзені|студзенем|траўнем|чэрвенем|ліпенем|"
    r"жніўнем|вераснем|снежнем|люты\b|лютага|лютым|сакавік\w*|"
    r"красавік\w*|травен[ья]\b|траўн[яі]|чэрвен[ья]\b|чэрвені|ліпен[ья]\b|ліпені|ліпн[яі]|"
    r"жнівен[ья]\b|жніўн[яі]|верасень|верасн[яі]|кастрычнік\w*|лістапад\w*|снежань|снежн[яі]|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b)"
)
_COUNT_WORDS = {
    "один": 1, "одного": 1, "одну": 1, "два": 2, "двух": 2, "три": 3, "трех": 3, "трёх": 3,
    "четыре": 4, "четырех": 4, "четырёх": 4, "пять": 5, "пяти": 5, "шесть": 6, "шести": 6,
    "семь": 7, "семи": 7, "восемь": 8, "восьми": 8, "девять": 9, "девяти": 9, "десять": 10,
    "десяти": 10, "одиннадцать": 11, "одиннадцати": 11, "двенадцать": 12, "двенадцати": 12,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "адзін": 1, "тры": 3, "трох": 3, "чатыры": 4, "чатырох": 4, "пяць": 5,
    "пяці": 5, "шэсць": 6, "шасці": 6, "сем": 7, "сямі": 7, "восем": 8, "васьмі": 8,
    "дзевяць": 9, "дзевяці": 9, "дзесяць": 10, "дзесяці": 10, "адзінаццаць": 11,
    "адзінаццаці": 11,
}  # fmt: skip
_ORDINALS = {
    "перв": 1, "i": 1, "1": 1, "first": 1, "перш": 1, "q1": 1, "h1": 1,
    "втор": 2, "ii": 2, "2": 2, "second": 2, "друг": 2, "q2": 2, "h2": 2,
    "трет": 3, "iii": 3, "3": 3, "third": 3, "трэц": 3, "q3": 3,
    "четв": 4, "iv": 4, "4": 4, "fourth": 4, "чацв": 4, "q4": 4,
}  # fmt: skip

_YEAR = r"(?P<year>(?:19|20)\d{2})"
_YEAR_WORD = r"(?:\s*(?:-?(?:го|м|й|ом)\b|год\w*|гадо\w*|г\.|гг\.?|year))?"
# A year written out after a partial period: "2024 года", "of 2024", "текущего года".
_YEAR_AFTER = re.compile(
    rf"^\s*(?:of\s+|of\s+the\s+)?(?:года?\s+|гадоў\s+)?{_YEAR}|"
    r"^\s*(?P<relative>(?:этого|текущего|нынешнего|сего|гэтага|бягучага|this|the current|current)"
    r"\s+(?:года|гада|year)|(?:прошлого|минувшего|предыдущего|мінулага|last|the previous|"
    r"previous)\s+(?:года|гада|year)|of\s+(?:this|last)\s+year)",
)
_THIS_YEAR = re.compile(
    r"(?:этом|этого|текущем|текущего|нынешнем|нынешнего|сего|гэтым|гэтага|бягучым|бягучага)"
    r"\s+(?:годзе|году|года|гада)|this\s+year|the\s+current\s+year|"
    # the nominative: "Этот год тоже складывается хорошо", «бягучы год»
    r"\b(?:этот|текущий|нынешний|гэты|бягучы)\s+год\b"
)
_LAST_YEAR = re.compile(
    r"(?:прошлом|прошлого|прошлый|прошлому|минувшем|минувшего|минувший|минувшему|предыдущем|"
    r"предыдущего|предыдущему|мінулым|мінулага|мінулы|папярэдняга)\s+(?:годзе|году|года|год|гада)|"
    r"last\s+year|the\s+previous\s+year|the\s+year\s+before|"
    r"a\s+year\s+(?:earlier|ago|before)|годом\s+ранее|год\s+назад|годам\s+раней|год\s+таму|"
    r"\bлетась\b"
)
_NEXT_YEAR = re.compile(
    r"(?:следующем|следующий|будущем|будущий|наступным|наступны|наступным)\s+(?:годзе|году|год)|"
    r"next\s+year|the\s+coming\s+year"
)
_MONTHS_DATIVE = "январю|февралю|марту|апрелю|маю|июню|июлю|августу|сентябрю|октябрю|ноябрю|декабрю"
_YEAR_BEFORE_LAST = re.compile(r"позапрошл\w+\s+год\w*|the\s+year\s+before\s+last")

# What stands before a period that is only a point of comparison or a span.
# What stands before a period that is only the point of comparison: a preposition of
# comparison ("к", "по сравнению с", "than", "у параўнанні з") or a comparative ("больше
# уровня"), then at most a few words naming the same kind of period ("аналогичному периоду",
# "the same period", "адпаведным перыядам").
_BASE_BEFORE = re.compile(
    r"(?:\bк|\bпо\s+сравнению\s+с[оа]?|\bв\s+сравнении\s+с|\bотносительно|\bпротив|\bчем|\bчым|"
    r"\bнад|\b[уў]\s+параўнанні\s+(?:з|са)|\bда(?=\s+(?:таго|аналагічн|адпаведн))|\b[уў]\s+адносінах\s+да|\bthan|\bcompared\s+(?:with|to)|"
    r"\bversus|\bvs\.?|\bover|\bagainst|\bon|\bfrom|\b(?:times|twice|thrice)(?=\s+th)|"
    r"\bas\s+(?:much|high|large|big)\s+as|"
    r"\b(?:больше|меньше|выше|ниже|больш|менш|more|less|higher|lower)(?=\s+(?:уровн|узроўн|показат)))"
    r"(?:\s+(?:уровн\w*|показател\w*|аналогичн\w*|соответствующ\w*|(?:тот|того|тем|тому|той)\s+же|(?:той|таго|тым|таму|тое)\s+ж[аэ]?|"
    r"период\w*|за|аналагічн\w*|адпаведн\w*|перыяд\w*|узроўн\w*|the|same|period|"
    r"corresponding|level|months|of|in|в|у|что|было|that|those|figure|volume|amount|for|"
    # a month named before the year: "по сравнению с январём 2022 года", "over January 2022"
    + MONTH
    + r"))*\s*$"
)
_FIRST_TIME = re.compile(
    r"(?:впервые|в\s+первый\s+раз|[уў]першыню|first\s+time|highest|lowest|record|рекордн\w*|"
    r"максимальн\w*|минимальн\w*|найбольш\w*|наибольш\w*)"
    r"(?:\s+(?:показател\w*|уровн\w*|узроўн\w*|level|figure))?\s*$"
)
_SINCE_BEFORE = re.compile(r"(?:\bс|\bсо|\bsince|\bз|\bначиная\s+с)\s*$")
_SPAN = re.compile(
    r"(?:за|в\s+течение|на\s+протяжении|over|in|for|within|за\s+апошнія)\s+(?:the\s+)?"
    r"(?:последние\s+|минувшие\s+|прошедшие\s+|past\s+|last\s+|апошнія\s+)?"
    r"(?:\d+|[а-яёіўa-z]+)\s+(?:лет|года|годы|years|гадоў|гады)\b|"
    r"(?:since|с|со|з)\s+(?:19|20)\d{2}(?:\s*(?:года|г\.|гада))?|"
    r"(?:19|20)\d{2}\s*[-–—]\s*(?:19|20)?\d{2}(?:\s*(?:годах|годы|гг\.?|years|гадах))?|"
    r"за\s+(?:последние|минувшие)\s+(?:два|три|несколько)\s+года|"
    r"(?:за|over|in)\s+(?:the\s+)?(?:last|past|последние)\s+(?:decade|десятилетие)|"
    r"за\s+годы\s+\w+"
)
_OPEN = re.compile(
    r"(?:с|со|з)\s+начала\s+(?:(?:этого|текущего|нынешнего|(?:19|20)\d{2})\s+)?(?:года|гада)|"
    r"з\s+пачатку\s+(?:(?:гэтага|бягучага|(?:19|20)\d{2})\s+)?года|"
    r"since\s+(?:the\s+(?:start|beginning)\s+of\s+(?:the\s+|this\s+)?year|january)|"
    r"year[\s-]to[\s-]date|"
    r"(?:за|в|по\s+итогам)\s+(?:текущ\w+|этот|нынешн\w+|отчётн\w+|отчетн\w+)\s+период\w*"
    r"(?:\s+(?:этого|текущего)\s+года)?|"
    r"за\s+последний\s+год|over\s+the\s+past\s+year|"
    r"несколько\s+лет\s+назад|a\s+few\s+years\s+ago|"
    r"(?:за|in|по\s+итогам)\s+(?:the\s+)?квартал\b|"
    r"\bв\s+год\b|a\s+year\b(?!\s+(?:earlier|ago|before))|per\s+year|annually|ежегодно|"
    r"\bу\s+год\b"
)
_WHOLE_YEAR = re.compile(
    r"(?:за|по\s+итогам|в\s+целом\s+за)\s+(?:весь\s+|целый\s+|полный\s+)?год(?!\w)|"
    r"(?:за|у\s+цэлым\s+за)\s+(?:увесь\s+|ўвесь\s+|цэлы\s+|поўны\s+)?год(?!\w)|"
    r"(?:по\s+итогам|по\s+результатам|па\s+выніках|at\s+the\s+end\s+of)\s+(?:the\s+)?"
    r"(?:года|гада|year)(?![\w\s]*(?:earlier|before))|"
    r"(?:for|over)\s+the\s+(?:whole\s+|full\s+|entire\s+)?year(?![\w\s]*(?:earlier|before))|"
    r"full[\s-]year"
)
_MONTH_RANGE = re.compile(rf"(?P<a>{MONTH})\s*(?:[-–—]|по|to|through)\s*(?P<b>{MONTH})")
_N_MONTHS = re.compile(
    r"(?P<n>\d{1,2}|[а-яёіўa-z]+)\s+(?:(?:first|last)\s+)?(?:месяц\w*|months?|месяца\w*)\b"
)
_HALF = re.compile(
    r"\b(?P<n>перв\w*|втор\w*|перш\w*|друг\w*|first|second|ii|i|1|2)[\s-]+"
    r"(?:-?м\s+|-?е\s+)?(?:полугоди\w*|паўгодд\w*|half(?:\s+of)?(?:\s+the\s+year)?)|"
    r"\b(?P<h>h[12])\b"
)
_QUARTER = re.compile(
    r"\b(?P<n>перв\w*|втор\w*|трет\w*|четв\w*|перш\w*|друг\w*|трэц\w*|чацв\w*|first|second|"
    r"third|fourth|iv|iii|ii|i|[1-4])[\s-]+(?:-?м\s+|-?й\s+)?(?:квартал\w*|quarter(?:\s+of)?)|"
    r"\b(?P<q>q[1-4])\b"
)
_SINGLE_MONTH = re.compile(rf"(?:\bв|\bза|\bin|\bfor|\b[уў])\s+(?P<m>{MONTH})(?!\s*[-–—])")
_YEAR_NUMBER = re.compile(
    rf"(?<![\d.,])(?:\b(?:в|во|за|по\s+итогам|in|for|of|at\s+the\s+end\s+of|у|на|"
    rf"end[\s-]of|итогам)\s*)?{_YEAR}{_YEAR_WORD}(?![\d%])"
)


def _month_number(word: str) -> int | None:
    for stem in sorted(_MONTH_STEMS, key=len, reverse=True):
        if word.startswith(stem):
            return _MONTH_STEMS[stem]
    return None


def _ordinal(token: str) -> int | None:
    for key in sorted(_ORDINALS, key=len, reverse=True):
        if token == key or (len(key) > 2 and token.startswith(key)):
            return _ORDINALS[key]
    return None


def _implied_year(last_month: int, published: date | None) -> int | None:
    """A period named without its year has ended by publication: the latest such year."""
    if published is None:
        return None
    return published.year if last_month < published.month else published.year - 1


def _year_after(text: str, published: date | None) -> tuple[int | None, int]:
    """The year written right after a partial period, and where it ends."""
    match = _YEAR_AFTER.match(text)
    if not match:
        return None, 0
    if match.group("year"):
        return int(match.group("year")), match.end()
    if published is None:
        return None, match.end()
    relative = match.group("relative")
    if re.search(r"прошл|минувш|предыдущ|мінул|last|previous", relative):
        return published.year - 1, match.end()
    return published.year, match.end()


# "за аналогичный период 2023 года", "over the same period", «за той жа перыяд», "in the
# same period of last year": the months of the period told before, in the year named (or
# in that period's own year).
_SAME_PERIOD = re.compile(
    r"\b(?:за|в|у|ў|over|in|for|during)\s+(?:the\s+)?"
    r"(?:тот\s+же|аналогичный|соответствующий|same|corresponding|той\s+жа|аналагічны|адпаведны)"
    r"\s+(?:период|period|перыяд)"
    r"(?:\s+(?:of\s+|in\s+)?(?:(?P<year>(?:19|20)\d\d)(?:\s+(?:года|гада))?|"
    r"(?P<last>прошлого\s+года|предыдущего\s+года|мінулага\s+года|папярэдняга\s+года|"
    r"last\s+year|the\s+previous\s+year)))?",
    re.IGNORECASE,
)
_SAME_PERIOD_NEEDLES = Needles("период", "period", "перыяд")
# The same months a year before, told after a sum: "годом ранее", "a year earlier".
_A_YEAR_EARLIER = re.compile(
    r"\s*(?:годом\s+ранее|годам\s+раней|a\s+year\s+(?:earlier|ago|before))\b", re.IGNORECASE
)


def same_months_after(text: str, position: int) -> int | None:
    """The same months as another sum's, told right after a sum at `position` ("против 1,02
    трлн тенге годом ранее", "compared with $241.5 million in the same period of 2024"): the
    year named, -1 for the year before that sum's, 0 when no year is told; None when not."""
    if _A_YEAR_EARLIER.match(text, position):
        return -1
    match = _SAME_PERIOD.match(text, len(text) - len(text[position:].lstrip()))
    if match is None:
        return None
    if match.group("year"):
        return int(match.group("year"))
    return -1 if match.group("last") else 0


def same_period_told(text: str, start: int = 0, end: int | None = None) -> int | None:
    """Whether text[start:end] tells its figure's period as the same months as the period
    told before it (not as the point it is compared with): the year named, 0 for that
    period's own year, -1 for the year before it; None when it does not."""
    if not _SAME_PERIOD_NEEDLES.found_in(text.lower()):
        return None
    for match in _SAME_PERIOD.finditer(text, start, len(text) if end is None else end):
        told = text[: match.start()].lower() + match.group().split()[0].lower()
        if _role_before(told) is Role.BASE:
            continue  # "up 6% over the same period": what it is compared with
        if match.group("year"):
            return int(match.group("year"))
        return -1 if match.group("last") else 0
    return None


def _role_before(before: str) -> Role:
    tail = before[-60:]
    base = _BASE_BEFORE.search(tail)
    if base is None:
        return Role.POINT
    if base.group().lstrip().startswith("over") and not _CHANGE_BEFORE.search(
        tail, 0, base.start()
    ):
        return Role.POINT  # "over January-September 2024 amounted to …": when, not against what
    return Role.BASE


# What makes "over" a comparison ("up 6% over 2023", "an increase over the same period"):
# a change told just before it.
_CHANGE_BEFORE = re.compile(
    r"(?:%|\bpercent|\bper\s+cent|fold|\btimes|\bincrease\w*|\bgrowth|\brise|\brose|\bgrew|"
    r"\bup|\bdown|\bhigher|\blower|\bmore|\bless|\bgain\w*|\bdecline\w*|\bdrop\w*|\bfell|"
    r"\bjump\w*|\bdecrease\w*)[^.;]{0,30}$"
)


# Cheap gates: each pattern runs only where its key word is, most sentences having none.
_MONTH_NEEDLES = Needles(
    "январ", "феврал", "март", "апрел", "мая", "мае", "май", "маю", "маі", "июн", "июл", "август",
    "сентябр", "октябр", "ноябр", "декабр", "студзен", "люты", "лютаг", "сакавік", "красавік",
    "травен", "траўн", "чэрвен", "ліпен", "ліпн", "жнівен", "жніўн", "верас", "кастрычнік",
    "лістапад", "снежа", "снежн", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
    "oct", "nov", "dec",
)  # fmt: skip
_YEAR_NEEDLES = Needles("год", "гад", "year", "лет")
_YEAR_NUMBER_GATE = re.compile(r"(?:19|20)\d\d")
_MONTHS_NEEDLES = Needles("месяц", "month")
_HALF_NEEDLES = Needles("полугод", "паўгод", "half", "h1", "h2")
_QUARTER_NEEDLES = Needles("квартал", "quarter", "q1", "q2", "q3", "q4")
_OPEN_NEEDLES = Needles(
    "начал", "пачатк", "период", "назад", "ago", "квартал", "год", "year", "annual", "ежегод",
    "since",
)  # fmt: skip


def find_periods(text: str, published: date | None) -> list[PeriodMention]:
    """Every period the text names, with its role; `text` is one sentence."""
    found: list[PeriodMention] = []
    lowered = text.lower()
    yearish = _YEAR_NEEDLES.found_in(lowered) or bool(_YEAR_NUMBER_GATE.search(lowered))
    months_named = _MONTH_NEEDLES.found_in(lowered)
    if not (
        yearish
        or months_named
        or _MONTHS_NEEDLES.found_in(lowered)
        or _HALF_NEEDLES.found_in(lowered)
        or _QUARTER_NEEDLES.found_in(lowered)
    ):
        return found
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= a or start >= b for a, b in taken)

    def add(start: int, end: int, role: Role, period: Period | None) -> None:
        if free(start, end):
            taken.append((start, end))
            found.append(PeriodMention(start, end, role, period))

    for match in _OPEN.finditer(lowered) if _OPEN_NEEDLES.found_in(lowered) else ():
        add(match.start(), match.end(), Role.OPEN, None)
    for match in _SPAN.finditer(lowered) if yearish else ():
        if re.search(r"(?:сравнени[юи]|параўнанні|compared)\s*$", lowered[: match.start()]):
            continue  # "по сравнению с 2023 годом": a base, read with the years below
        if _FIRST_TIME.search(lowered[max(0, match.start() - 30) : match.start()]):
            # "впервые за восемь лет", "for the first time since 2015": how rare the figure
            # is, not a span it grew over, nor its period
            add(match.start(), match.end(), Role.BASE, None)
            continue
        add(match.start(), match.end(), Role.SPAN, None)

    def partial(match: re.Match[str], first: int, last: int) -> None:
        year, consumed = _year_after(lowered[match.end() :], published)
        year = year or _implied_year(last, published)
        end = match.end() + consumed
        role = _role_before(lowered[: match.start()])
        add(match.start(), end, role, months(year, first, last) if year else None)

    for match in _MONTH_RANGE.finditer(lowered) if months_named else ():
        first, last = _month_number(match.group("a")), _month_number(match.group("b"))
        if first and last and first <= last:
            partial(match, first, last)
    for match in _N_MONTHS.finditer(lowered) if _MONTHS_NEEDLES.found_in(lowered) else ():
        count = match.group("n")
        number = int(count) if count.isdigit() else _COUNT_WORDS.get(count)
        if number and 1 <= number <= 12:
            partial(match, 1, number)
    for match in _HALF.finditer(lowered) if _HALF_NEEDLES.found_in(lowered) else ():
        half = _ordinal(match.group("n") or match.group("h") or "")
        if half in (1, 2):
            partial(match, 1 if half == 1 else 7, 6 if half == 1 else 12)
    for match in _QUARTER.finditer(lowered) if _QUARTER_NEEDLES.found_in(lowered) else ():
        quarter = _ordinal(match.group("n") or match.group("q") or "")
        if quarter:
            partial(match, quarter * 3 - 2, quarter * 3)
    for match in _SINGLE_MONTH.finditer(lowered) if months_named else ():
        before = lowered[: match.start("m")]
        if re.search(r"\d\s*$", before):
            continue  # "15 октября" is a date, not a period
        month = _month_number(match.group("m"))
        if month:
            partial(match, month, month)

    for pattern, offset in (
        (_YEAR_BEFORE_LAST, -2),
        (_LAST_YEAR, -1),
        (_THIS_YEAR, 0),
        (_NEXT_YEAR, 1),
    ):
        for match in pattern.finditer(lowered) if yearish else ():
            role = _role_before(lowered[: match.start()])
            if re.match(r"a\s+year|годом|годам|год\s+(?:назад|таму)", match.group()):
                role = Role.BASE  # "than a year earlier", "годом ранее", "годам раней"
            year = published.year + offset if published else None
            add(match.start(), match.end(), role, months(year, 1, 12) if year else None)

    for match in _WHOLE_YEAR.finditer(lowered) if yearish else ():
        # Its year is that of the period named before; with none, a forecast's or a goal's
        # "по итогам года" is the current one (see resolve_whole_years).
        current = months(published.year, 1, 12) if published else None
        add(match.start(), match.end(), Role.WHOLE_YEAR, current)

    for match in _YEAR_NUMBER.finditer(lowered) if yearish else ():
        year = int(match.group("year"))
        start = match.start("year")
        before = lowered[:start]
        if re.search(r"[\d]\s*$|№\s*$|[-–—]\s*$", before):
            continue
        preposition = match.group().lower()[: start - match.start()].strip()
        if re.search(rf"\bк\s+(?:{_MONTHS_DATIVE})\s*$", before):
            role = Role.BASE  # "прибавила 3% к январю 2025 года": the month it is compared with
        elif re.search(r"(?:\bк|\bby|\bдо|\bда)\s*$", before):
            # "к 2030 году" is when a goal is due; "к 2019-му" what growth is measured from.
            past = published is not None and year < published.year
            role = Role.BASE if past else Role.DEADLINE
        elif _BASE_BEFORE.search(before[-60:]):
            role = Role.BASE  # "по сравнению с 2023 годом" compares, it does not start a span
        elif _SINCE_BEFORE.search(before):
            role = Role.SPAN
        else:
            role = _role_before(before)
            year_word = re.match(rf"{_YEAR}\s*(?:-?(?:го|м|й)\b|год|г\.|year)", lowered[start:])
            if role is Role.POINT and not preposition and not year_word:
                continue  # a bare number that looks like a year ("Еврорегион 2018")
        # The mention starts at its preposition: "$870 million in 2010" is nearer to its own
        # year than "in 2005 to $870 million" is.
        add(match.start() if preposition else start, match.end(), role, months(year, 1, 12))

    found.sort(key=lambda mention: mention.start)
    return found


def resolve_whole_years(mentions: list[PeriodMention], anchor: int | None) -> list[PeriodMention]:
    """'за весь год' is the year of the period named before it (in the sentence or earlier)."""
    resolved: list[PeriodMention] = []
    for mention in mentions:
        if mention.role is Role.WHOLE_YEAR:
            if anchor is not None:
                mention = PeriodMention(
                    mention.start, mention.end, Role.POINT, months(anchor, 1, 12)
                )
            else:
                # No year named before: "товарооборот по итогам года превысит" is due this
                # year, like a deadline; a figure that happened gets no period from it.
                mention = PeriodMention(mention.start, mention.end, Role.DEADLINE, mention.period)
        elif mention.period is not None and mention.role is Role.POINT:
            anchor = mention.period.year
        resolved.append(mention)
    return resolved


def find_period(text: str, published: date | None) -> Period | None:
    """The one period a short text gives to its figure (the first point period), if any."""
    for mention in resolve_whole_years(find_periods(text, published), None):
        if mention.role is Role.POINT and mention.period is not None:
            return mention.period
    return None
