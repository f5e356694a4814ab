"""Numbers typed by people or carried in buttons: parsed and range-checked before use.

SQLite integers stop at 2**63 - 1; Python's do not. Every number from outside is checked
against the range that makes sense for it, so a huge one gets a clear answer, never an
OverflowError deep in a query.
"""

from __future__ import annotations

from dataclasses import dataclass

MAX_SOURCE_ID = 999_999_999
# Telegram chat ids fit in 52 bits; channels and supergroups are -100xxxxxxxxxx.
MAX_CHAT_ID = 10**15
MAX_PAGE = 10_000


@dataclass(frozen=True, slots=True)
class OutOfRangeError(ValueError):
    """A number that is one, but outside [low, high]."""

    text: str
    low: int
    high: int

    def __str__(self) -> str:
        return f"{self.text[:30]} is not within {self.low}..{self.high}"


def parse_int(text: str, *, low: int, high: int) -> int | None:
    """The integer `text` spells, if within [low, high]; None when it is not a number at all;
    OutOfRangeError when it is a number outside the range."""
    word = text.strip()
    digits = word[1:] if word[:1] in "+-" else word
    if not digits.isascii() or not digits.isdigit():
        return None
    # Never build an int from thousands of digits: it is out of range whatever it says.
    if len(digits) > len(str(max(abs(low), abs(high)))) + 1:
        raise OutOfRangeError(word, low, high)
    value = int(word)
    if not low <= value <= high:
        raise OutOfRangeError(word, low, high)
    return value
