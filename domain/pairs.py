"""Pairs of countries as readers name them, and as keys ("BY-KZ")."""

from __future__ import annotations

from collections.abc import Sequence

from news.gazetteer import BY_CODE, COUNTRIES, resolve_country

DEFAULT_PAIR = ("BY", "KZ")
# Kazakh and Belarusian names, by the stems their case forms share ("Қазақстанмен",
# "Расіі"); Russian and English ones, and codes, the extractor's gazetteer resolves.
_LOCAL_STEMS: dict[str, tuple[str, ...]] = {
    "KZ": ("қазақстан",),
    "KG": ("қырғызстан",),
    "UZ": ("өзбекстан", "узбекістан"),
    "RU": ("ресей", "расі"),
    "AM": ("арменія",),
    "TJ": ("тәжікстан", "таджыкістан"),
    "AZ": ("әзірбайжан",),
    "BY": ("беларус",),
}


class UnknownCountryError(ValueError):
    def __init__(self, word: str) -> None:
        super().__init__(word)
        self.word = word


def resolve_country_word(word: str) -> str | None:
    """A country code for a word a reader typed in any of the bot's languages, or None."""
    code = resolve_country(word)
    if code is not None:
        return code
    lowered = word.strip().lower()
    for code, stems in _LOCAL_STEMS.items():
        if any(lowered.startswith(stem) for stem in stems):
            return code
    return None


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
        code = resolve_country_word(word)
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
