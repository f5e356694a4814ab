"""Pairs of countries as readers name them, as keys ("BY-KZ") and as titles."""

from __future__ import annotations

from collections.abc import Sequence

from news.gazetteer import BY_CODE, COUNTRIES, resolve_country

DEFAULT_PAIR = ("BY", "KZ")


class UnknownCountryError(ValueError):
    def __init__(self, word: str) -> None:
        super().__init__(word)
        self.word = word


def pair_key(pair: Sequence[str]) -> str:
    return "-".join(sorted(pair))


def pair_of_key(key: str) -> tuple[str, str] | None:
    """'BY-KZ' → ('BY', 'KZ'); None for anything that is not two known countries."""
    pair = tuple(key.split("-"))
    codes = {country.code for country in COUNTRIES}
    if len(pair) != 2 or not set(pair) <= codes:
        return None
    return (pair[0], pair[1])


def parse_pair(words: Sequence[str]) -> tuple[str, str]:
    """'' → Belarus–Kazakhstan; 'Кыргызстан' / 'KG' → Belarus–Kyrgyzstan; 'KZ UZ' → that pair.

    Raises UnknownCountryError naming the first word that is no country."""
    codes: list[str] = []
    for word in words:
        code = resolve_country(word)
        if code is None:
            raise UnknownCountryError(word)
        if code not in codes:
            codes.append(code)
    if not codes:
        return DEFAULT_PAIR
    if len(codes) == 1:
        codes.append("KZ" if codes[0] == "BY" else "BY")
    # Shown in the gazetteer's order, Belarus first, whatever order the user typed.
    first, second = sorted(codes[:2], key=lambda code: list(BY_CODE).index(code))
    return (first, second)


def country_name(code: str, language: str) -> str:
    country = BY_CODE.get(code)
    if country is None:
        return code
    return country.name_en if language == "en" else country.name_ru


def country_names(language: str) -> list[str]:
    """Every country the bot knows, in the gazetteer's order."""
    return [country_name(country.code, language) for country in COUNTRIES]


def pair_name(pair: Sequence[str], language: str) -> str:
    names = [BY_CODE[code].name_en if language == "en" else BY_CODE[code].name_ru for code in pair]
    return " — ".join(names)
