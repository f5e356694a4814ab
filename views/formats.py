"""Numbers, money, changes, periods and dates as the reader's language writes them (Babel).

The patterns and words come from the locale files (`format-day`, `amount-bn`, `currency-KZT`,
`months-short`); the digits, separators and month names from Babel's data for the locale.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache

from babel.dates import format_date, get_month_names
from babel.numbers import format_decimal

from views.i18n import Texts

_CURRENCY_SIGNS = {"USD": "$", "EUR": "€"}
_SCALES = ((1e9, "amount-bn"), (1e6, "amount-m"), (1e3, "amount-k"))


@lru_cache(maxsize=20_000, typed=True)
def number(value: float, language: str, pattern: str = "#,##0.##") -> str:
    """1400 → '1 400' (ru) / '1,400' (en); 1.3 → '1,3' / '1.3'. (Babel is slow: each figure
    of a chart and a reply is formatted once.)"""
    return format_decimal(value, format=pattern, locale=language)


def money(amount: float | None, currency: str | None, texts: Texts) -> str:
    """'$1,3 млрд' / '$1.3bn', '500 млн тенге' / '500m KZT', '$952,8 млн'."""
    if amount is None:
        return "?"
    value, scale = amount, ""
    for size, key in _SCALES:
        if abs(amount) >= size:
            value, scale = amount / size, key
            break
    # Keep what was stated: $952.8m stays 952,8, $1.05bn stays 1,05.
    digits = number(round(value, 4), texts.language, "#,##0.####")
    figure = texts(scale, digits=digits) if scale else digits
    if currency in _CURRENCY_SIGNS:
        return f"{_CURRENCY_SIGNS[currency]}{figure}"
    if not currency:
        return figure
    key = f"currency-{currency}"
    name = texts(key) if texts.has(key) else currency
    return texts("amount-currency", figure=figure, currency=name)


def change(pct: float, texts: Texts) -> str:
    """+8 → '+8%'; -4.5 → '−4,5%' / '−4.5%'."""
    sign = "+" if pct > 0 else "−" if pct < 0 else "±"
    return f"{sign}{number(abs(pct), texts.language, '#,##0.#')}%"


def months(texts: Texts) -> tuple[str, ...]:
    """Short month names: the locale file's, where it keeps the press's own, else Babel's."""
    if texts.has("months-short"):
        return tuple(texts("months-short").split())
    names = get_month_names("abbreviated", context="stand-alone", locale=texts.language)
    return tuple(names[number].rstrip(".") for number in range(1, 13))


def period(start: str | None, end: str | None, texts: Texts) -> str:
    """'2024', 'янв–сен 2024' / 'Jan–Sep 2024', 'ноя 2023 – фев 2024'."""
    if not start or not end:
        return ""
    first_year, first_month = (int(part) for part in start.split("-"))
    last_year, last_month = (int(part) for part in end.split("-"))
    names = months(texts)
    if first_year == last_year and (first_month, last_month) == (1, 12):
        return str(last_year)
    if first_year == last_year:
        if first_month == last_month:
            return f"{names[last_month - 1]} {last_year}"
        return f"{names[first_month - 1]}–{names[last_month - 1]} {last_year}"
    if (first_month, last_month) == (1, 12):
        return f"{first_year}–{last_year}"
    return f"{names[first_month - 1]} {first_year} – {names[last_month - 1]} {last_year}"


def month_span(first: int, last: int, texts: Texts) -> str:
    """'янв–сен' / 'Jan–Sep': the months of a part of a year."""
    names = months(texts)
    return names[last - 1] if first == last else f"{names[first - 1]}–{names[last - 1]}"


def day(moment: date, texts: Texts) -> str:
    """'20.02.2025' / '20 Feb 2025'."""
    return _date(_day_of(moment), texts("format-day"), texts.language)


def month(moment: date, texts: Texts) -> str:
    """'06.2013' / 'Jun 2013': when something was last reported."""
    return _date(_day_of(moment), texts("format-month"), texts.language)


def _day_of(moment: date) -> date:
    # Babel formats a datetime's own date (no time zone applied): the same key for a day.
    return moment.date() if isinstance(moment, datetime) else moment


@lru_cache(maxsize=20_000)
def _date(moment: date, pattern: str, language: str) -> str:
    """Babel parses the pattern and the locale on every call: a reply cites a few hundred
    dates, most of them the same few days."""
    return format_date(moment, pattern, locale=language)
