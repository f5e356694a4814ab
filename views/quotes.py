"""Reading figures back out of the sentence a fact came from.

The extractor stores with every fact the sentence it read it in. Here that sentence is read
again, narrowly: where an amount is written (to quote the words around it), and which
approximation word stands before it ("около $180 млн" stays "около"). Pure text code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from news.facts import Approx

_SCALES: tuple[tuple[str, float], ...] = (
    (r"млрд\.?|миллиард\w*|billion|bn\b|mlrd", 1e9),
    (r"млн\.?|миллион\w*|million|mln\b|m\b", 1e6),
    (r"тыс\.?|тысяч\w*|thousand|k\b", 1e3),
)
_NUMBER = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_SCALE = "|".join(f"(?:{pattern})" for pattern, _ in _SCALES)
_AMOUNT = re.compile(
    rf"(?<![\w.,])(?P<number>{_NUMBER})\s*(?P<scale>{_SCALE})?"
    rf"(?:\s*(?P<number2>\d{{1,3}})\s*(?P<scale2>{_SCALE}))?",
    re.IGNORECASE,
)
_WORD_AMOUNTS: tuple[tuple[re.Pattern[str], float], ...] = (
    (re.compile(r"\bпол(?:у)?миллиард\w*", re.IGNORECASE), 5e8),
    (re.compile(r"\bполтора\s+миллиард\w*|\bполутора\s+миллиард\w*", re.IGNORECASE), 1.5e9),
    (re.compile(r"\bпол(?:у)?миллион\w*", re.IGNORECASE), 5e5),
    (re.compile(r"(?<![\d\s])\s*\b(?:миллиард\w*|billion)\b", re.IGNORECASE), 1e9),
    (re.compile(r"\bhalf\s+a\s+billion\b", re.IGNORECASE), 5e8),
)
_PERCENT = re.compile(
    r"(?<![\w.,])(?P<number>\d+(?:[.,]\d+)?)\s*(?:%|процент\w*|per\s*cent|percent)",
    re.IGNORECASE,
)
_TIMES = re.compile(
    r"(?:в\s+)?(?P<number>\d+(?:[.,]\d+)?)\s*раз\w*|(?P<word>вдвое|втрое|вчетверо|полтора\s+раз|полторы\s+раз)",
    re.IGNORECASE,
)
_TIMES_WORDS = {"вдвое": 2.0, "втрое": 3.0, "вчетверо": 4.0, "полтора": 1.5, "полторы": 1.5}
_THIRD = re.compile(r"\bна\s+треть|\bby\s+a\s+third", re.IGNORECASE)
_HALF = re.compile(r"\bвдвое\b|\bна\s+половину|\bby\s+half", re.IGNORECASE)

# Approximation words as outlets write them, by the extractor's approx values.
_APPROX_WORDS = {
    Approx.OVER: ("более", "свыше", "больше", "превыс", "перешагн", "over", "more than", "exceed"),
    Approx.ABOUT: ("около", "порядка", "примерно", "приблизительно", "about", "around", "roughly"),
    Approx.UNDER: (
        "почти",
        "менее",
        "меньше",
        "almost",
        "nearly",
        "less than",
        "under",
        "approach",
    ),
    Approx.EXACT: ("ровно", "exactly"),
}


@dataclass(frozen=True, slots=True)
class Amount:
    value: float
    start: int
    end: int


def _to_float(text: str) -> float:
    return float(re.sub(r"[ \u00a0\u202f]", "", text).replace(",", "."))


def _scale_of(word: str | None) -> float:
    if not word:
        return 1.0
    for pattern, size in _SCALES:
        if re.fullmatch(pattern, word, re.IGNORECASE):
            return size
    return 1.0


def find_amounts(text: str) -> list[Amount]:
    """Every amount written in the text, in figures ("1,3 млрд", "1 млрд 200 млн",
    "$180 million", "1 400") or words ("полмиллиарда", "миллиард")."""
    return list(_amounts(text))


@lru_cache(maxsize=20_000)
def _amounts(text: str) -> tuple[Amount, ...]:
    """find_amounts, read once per quote (every reply asks again for the same quotes)."""
    found = []
    for match in _AMOUNT.finditer(text):
        try:
            value = _to_float(match["number"]) * _scale_of(match["scale"])
        except ValueError:
            continue
        if match["number2"] and match["scale2"]:
            value += float(match["number2"]) * _scale_of(match["scale2"])
        found.append(Amount(value, match.start(), match.end()))
    for pattern, value in _WORD_AMOUNTS:
        found.extend(Amount(value, m.start(), m.end()) for m in pattern.finditer(text))
    return tuple(sorted(found, key=lambda amount: amount.start))


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= max(abs(b) * 1e-4, 1e-9)


def locate(text: str, amount: float) -> Amount | None:
    """Where the text writes this amount, if it does."""
    return next((a for a in find_amounts(text) if _close(a.value, amount)), None)


def states_amount(text: str, amount: float) -> bool:
    return locate(text, amount) is not None


def states_change(text: str, change_pct: float) -> bool:
    """Whether the text states this change: "на 8%", "в 1,5 раза" (= 50%), "вдвое", "на треть"."""
    size = abs(change_pct)
    for match in _PERCENT.finditer(text):
        if _close(_to_float(match["number"]), size):
            return True
    for match in _TIMES.finditer(text):
        word = match["word"].split()[0].lower() if match["word"] else ""
        times = _TIMES_WORDS[word] if word else _to_float(match["number"])
        if _close((times - 1) * 100, size) or _close((1 - 1 / times) * 100, size):
            return True
    if _THIRD.search(text) and abs(size - 33.3) < 0.5:
        return True
    return bool(_HALF.search(text) and size in (50.0, 100.0))


def states_number(text: str, number: int) -> bool:
    """A count or a number of jobs, written in figures with or without thousands separators."""
    return any(
        _close(_to_float(m["number"]), number) for m in _AMOUNT.finditer(text) if not m["scale"]
    )


def approx_word(text: str, amount: float | None) -> Approx | None:
    """The approximation the text puts before the amount ('около', 'свыше'), as one of the
    extractor's values, or None when it puts none or the amount is not written there."""
    if amount is None:
        return None
    where = locate(text, amount)
    if where is None:
        return None
    before = text[max(0, where.start - 30) : where.start].lower()
    words = re.findall(r"[\w-]+", before)[-3:]
    tail = " ".join(words)
    for approx, markers in _APPROX_WORDS.items():
        if any(marker in tail for marker in markers):
            return approx
    return None


_VERB_LIKE = re.compile(r"(?:ли|ла|ло|ил|ел|ал|ет|ит|ат|ят|ся|сь|ed|es)$", re.IGNORECASE)
_UNIT_AFTER = re.compile(
    r"\s*((?:долл|доллар|usd|dollar|тенге|руб|бел|сом|сум|евро|eur)[^\s,:;.!?»\"—–]*)",
    re.IGNORECASE,
)


def snippet(text: str, amount: float | None) -> str:
    """The words around the amount in the sentence, verbatim: 'уже достиг 1 млрд долларов',
    'перешагнули рубеж в 1 миллиард долларов'. Stays within one clause."""
    clean = " ".join(text.split())
    where = locate(clean, amount) if amount is not None else None
    if where is None:
        return _trim(clean, 120)
    start = where.start
    taken: list[str] = []
    while len(taken) < 3:
        previous = clean.rfind(" ", 0, max(0, start - 1))
        piece = clean[previous + 1 : start].strip()
        if not piece or piece[-1] in ',:;—–.!?»"' or piece in {"—", "–", "-"}:
            break
        # Two words lead in; a third only when it is the verb ("перешагнули рубеж в").
        if len(taken) == 2 and not _VERB_LIKE.search(piece.strip('«»"')):
            break
        taken.append(piece)
        start = previous + 1
    end = where.end
    unit = _UNIT_AFTER.match(clean[end:])
    if unit:
        end += unit.end()
    return clean[start:end].strip(' ,.;:—–-«»"')


def _trim(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0] + "…"
