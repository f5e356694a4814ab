"""Cyrillic in Latin letters: for English readers' names, and to match what people type
("outlet:Belta") against names written in Cyrillic ("БелТА")."""

from __future__ import annotations

_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "ә": "a", "ғ": "g", "қ": "q", "ң": "n", "ө": "o", "ұ": "u", "ү": "u",
    "һ": "h", "і": "i", "ў": "w",
}  # fmt: skip
# Spellings that differ between transliterations of one name: folded to one letter.
_LOOSE = str.maketrans({"q": "k", "w": "u", "y": "i", "j": "i", "x": "ks"})


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


def fold(text: str) -> str:
    """A name reduced for matching: Latin letters and digits only, lower case, loose
    spellings made one ('БелТА', 'Belta', 'BELTA' → 'belta'; 'Казинформ' → 'kazinform')."""
    latin = transliterate(text.casefold()).casefold().translate(_LOOSE)
    return "".join(ch for ch in latin if ch.isalnum())
