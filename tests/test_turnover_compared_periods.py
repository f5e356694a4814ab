"""The periods of sums told against each other, built from constructions in each language.

A sum of comparison whose period is told as the same months a year before ("против 1,02 трлн
тенге годом ранее", "compared with $241.5 million in the same period of 2024", «супраць … за
аналагічны перыяд мінулага года») is that earlier period's turnover; one with no period told
stays what the other is compared with. A sum told "за аналогичный период 2023 года", "over the
same period" is of the months told before, in the year named. "Over" before a period is when
the sum was, unless a change stands before it ("up 6% over 2023").
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from news.extract import extract

PUBLISHED = date(2024, 11, 5)
NINE_MONTHS = {"from": "2024-01", "to": "2024-09"}
NINE_MONTHS_BEFORE = {"from": "2023-01", "to": "2023-09"}


def turnover(text: str) -> list[tuple[Any, ...]]:
    facts = extract(text, title="", published=PUBLISHED).as_dict()["turnover"]
    return [(f["countries"], f["amount"], f["period"]) for f in facts]


# --- A sum of comparison with the same months a year before ---------------------------------

MAIN_SUMS = {
    "ru": "Товарооборот Казахстана и Беларуси за январь—сентябрь 2024 года составил $1,1 млрд "
    "{against} $1,02 млрд {when}.",
    "en": "Trade between Kazakhstan and Belarus reached $1.1 billion in January-September 2024, "
    "{against} $1.02 billion {when}.",
    "be": "Тавараабарот Казахстана і Беларусі за студзень—верасень 2024 года склаў $1,1 млрд "
    "{against} $1,02 млрд {when}.",
}
AGAINST = {
    "ru": ("против", "по сравнению с"),
    "en": ("compared with", "against", "versus"),
    "be": ("супраць", "у параўнанні з"),
}
A_YEAR_BEFORE = {
    "ru": ("годом ранее", "за аналогичный период прошлого года", "за тот же период 2023 года",
           "за аналогичный период 2023 года"),
    "en": ("a year earlier", "in the same period of 2023", "in the same period last year",
           "in the corresponding period of 2023"),
    "be": ("годам раней", "за аналагічны перыяд мінулага года", "за адпаведны перыяд 2023 года"),
}  # fmt: skip
PAIR = ["BY", "KZ"]


@pytest.mark.parametrize(
    ("language", "against", "when"),
    [
        (language, against, when)
        for language in MAIN_SUMS
        for against in AGAINST[language]
        for when in A_YEAR_BEFORE[language]
    ],
)
def test_a_sum_of_comparison_a_year_before_is_that_periods_turnover(
    language: str, against: str, when: str
) -> None:
    text = MAIN_SUMS[language].format(against=against, when=when)
    assert turnover(text) == [(PAIR, 1.1e9, NINE_MONTHS), (PAIR, 1.02e9, NINE_MONTHS_BEFORE)]


@pytest.mark.parametrize(
    ("language", "against"),
    [(language, against) for language in MAIN_SUMS for against in AGAINST[language]],
)
def test_a_sum_of_comparison_with_no_period_is_no_fact(language: str, against: str) -> None:
    text = MAIN_SUMS[language].format(against=against, when="").replace(" .", ".")
    assert turnover(text) == [(PAIR, 1.1e9, NINE_MONTHS)]


def test_a_goal_compared_with_a_year_before_is_no_earlier_sum() -> None:
    text = (
        "Kazakhstan and Belarus aim to bring trade to $2 billion, compared with $1.02 billion "
        "a year earlier."
    )
    assert [fact for fact in turnover(text) if fact[2] is not None] == []


# --- "За аналогичный период 2023 года", "over the same period" --------------------------------

FIRST_SUMS = (
    "Товарооборот Казахстана и Беларуси в январе—сентябре 2024 года составил $1,1 млрд.",
    "Trade between Kazakhstan and Belarus reached $1.1 billion in January-September 2024.",
    "Тавараабарот Казахстана і Беларусі ў студзені—верасні 2024 года склаў $1,1 млрд.",
)
SAME_PERIOD_SUMS = (
    ("За аналогичный период 2023 года взаимная торговля составляла $1,02 млрд.",
     NINE_MONTHS_BEFORE),
    ("За аналогичный период прошлого года взаимная торговля составляла $1,02 млрд.",
     NINE_MONTHS_BEFORE),
    ("In the same period of 2023, trade between the two countries stood at $1.02 billion.",
     NINE_MONTHS_BEFORE),
    ("За аналагічны перыяд мінулага года тавараабарот складаў $1,02 млрд.", NINE_MONTHS_BEFORE),
)  # fmt: skip


@pytest.mark.parametrize("first", FIRST_SUMS)
@pytest.mark.parametrize(("second", "period"), SAME_PERIOD_SUMS)
def test_the_same_period_of_a_year_named_is_the_months_told_before(
    first: str, second: str, period: dict[str, str]
) -> None:
    assert turnover(f"{first} {second}") == [(PAIR, 1.1e9, NINE_MONTHS), (PAIR, 1.02e9, period)]


@pytest.mark.parametrize(
    "second",
    [
        "Nationwide, Belarus-Kazakhstan trade stood at about $1.1 billion over the same period, "
        "up 6% year on year.",
        "В целом товарооборот Беларуси и Казахстана за тот же период составил $1,1 млрд.",
        "У цэлым тавараабарот Беларусі і Казахстана за той жа перыяд склаў $1,1 млрд.",
    ],
)
def test_the_same_period_after_a_regions_trade_is_the_months_it_told(second: str) -> None:
    first = (
        "Trade between Grodno Oblast and Kazakhstan came to $46.7 million in January-September "
        "2024."
    )
    assert turnover(f"{first} {second}") == [(PAIR, 1.1e9, NINE_MONTHS)]


# --- "Over" a period -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Trade between Kazakhstan and Belarus over January-September 2024 amounted to $1.1 "
         "billion.", NINE_MONTHS),
        ("Trade between Kazakhstan and Belarus reached $1.1 billion over the first nine months "
         "of 2024.", NINE_MONTHS),
        # a change before it: what the sum is compared with
        ("Trade between Kazakhstan and Belarus reached $1.1 billion in January-September 2024, "
         "up 4% over the same period of 2023.", NINE_MONTHS),
        ("Trade between Kazakhstan and Belarus reached $1.1 billion in 2024, an increase of 4% "
         "over 2023.", {"from": "2024-01", "to": "2024-12"}),
    ],
)  # fmt: skip
def test_over_a_period_is_when_unless_a_change_stands_before(
    text: str, period: dict[str, str]
) -> None:
    assert turnover(text) == [(PAIR, 1.1e9, period)]
