"""Numbers, money, changes, periods and dates as the reader's language writes them (Babel)."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from babel.numbers import format_decimal

from views.texts import Texts

_CURRENCY_SIGNS = {"USD": "$", "EUR": "€"}
_CURRENCY_NAMES = {
    "KZT": ("тенге", "KZT"),
    "RUB": ("руб.", "RUB"),
    "BYN": ("бел. руб.", "BYN"),
    "KGS": ("сомов", "KGS"),
    "UZS": ("сумов", "UZS"),
}


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
    for size, word in zip((1e9, 1e6, 1e3), texts.scales, strict=True):
        if abs(amount) >= size:
            value, scale = amount / size, word
            break
    # Keep what was stated: $952.8m stays 952,8, $1.05bn stays 1,05.
    digits = number(round(value, 4), texts.language, "#,##0.####")
    joiner = "" if texts.language == "en" else "\u00a0"
    figure = f"{digits}{joiner}{scale}" if scale else digits
    if currency in _CURRENCY_SIGNS:
        return f"{_CURRENCY_SIGNS[currency]}{figure}"
    names = _CURRENCY_NAMES.get(currency or "", (currency or "", currency or ""))
    name = names[0] if texts.language == "ru" else names[1]
    return f"{figure}\u00a0{name}" if name else figure


def change(pct: float, texts: Texts) -> str:
    """+8 → '+8%'; -4.5 → '−4,5%' / '−4.5%'."""
    sign = "+" if pct > 0 else "−" if pct < 0 else "±"
    return f"{sign}{number(abs(pct), texts.language, '#,##0.#')}%"


def period(start: str | None, end: str | None, texts: Texts) -> str:
    """'2024', 'янв–сен 2024' / 'Jan–Sep 2024', 'ноя 2023 – фев 2024'."""
    if not start or not end:
        return ""
    first_year, first_month = (int(part) for part in start.split("-"))
    last_year, last_month = (int(part) for part in end.split("-"))
    months = texts.months
    if first_year == last_year and (first_month, last_month) == (1, 12):
        return str(last_year)
    if first_year == last_year:
        if first_month == last_month:
            return f"{months[last_month - 1]} {last_year}"
        return f"{months[first_month - 1]}–{months[last_month - 1]} {last_year}"
    if (first_month, last_month) == (1, 12):
        return f"{first_year}–{last_year}"
    return f"{months[first_month - 1]} {first_year} – {months[last_month - 1]} {last_year}"


def day(moment: date, language: str) -> str:
    """'20.02.2025' / '20 Feb 2025'."""
    if language == "en":
        return f"{moment.day} {_EN_MONTHS[moment.month - 1]} {moment.year}"
    return moment.strftime("%d.%m.%Y")


def month(moment: date, language: str) -> str:
    """'06.2013' / 'Jun 2013': when something was last reported."""
    if language == "en":
        return f"{_EN_MONTHS[moment.month - 1]} {moment.year}"
    return moment.strftime("%m.%Y")


_EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def plural(count: int, forms: dict[str, str], language: str) -> str:
    """The word form for a count by the language's plural rules: {'one', 'few', 'many', 'other'}."""
    from babel import Locale

    category = Locale.parse(language).plural_form(count)
    return forms.get(category) or forms.get("many") or forms["other"]
