"""How rare a figure is, the Belarusian base of comparison, and a goal after a change, built
from word classes.

"впервые за восемь лет", "for the first time since 2015", "the highest in ten years" say how
rare the figure is: neither a span it grew over (which would void its change) nor its period.
Belarusian "у параўнанні з тым жа перыядам", "да таго ж перыяду" is the base a change is
compared with, like Russian "с тем же периодом". A goal sentence after a change of trade
("вырос на 30%. Мы должны выйти на три миллиарда") is the trade's target, as after a sum.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from news.extract import extract

PUBLISHED = date(2025, 2, 18)
YEAR_2024 = {"from": "2024-01", "to": "2024-12"}


def turnover(text: str, published: date = PUBLISHED) -> list[dict[str, Any]]:
    facts = extract(text, published=published)
    return list(facts.as_dict()["turnover"])


RARE_FIGURES = (
    "В 2024 году товарооборот Беларуси и Казахстана вырос на 20% и превысил $1,2 млрд — {rarity}.",
    "In 2024 trade between Belarus and Kazakhstan grew by 20% and exceeded $1.2 billion {rarity}.",
    "У 2024 годзе тавараабарот Беларусі і Казахстана вырас на 20% і перавысіў $1,2 млрд — "
    "{rarity}.",
)
RARITIES = {
    0: ("впервые за восемь лет", "впервые с 2015 года", "максимальный показатель за десять лет"),
    1: (
        "for the first time in eight years",
        "for the first time since 2015",
        "a record in ten years",
    ),
    2: ("упершыню за восем гадоў", "ўпершыню з 2015 года"),
}


@pytest.mark.parametrize(
    ("language", "rarity"),
    [(language, rarity) for language, told in RARITIES.items() for rarity in told],
)
def test_how_rare_a_figure_is_keeps_its_change_and_period(language: int, rarity: str) -> None:
    [fact] = turnover(RARE_FIGURES[language].format(rarity=rarity))
    assert (fact["amount"], fact["change_pct"], fact["period"]) == (1_200_000_000, 20, YEAR_2024)


@pytest.mark.parametrize(
    "text",
    [
        "Товарооборот Беларуси и Казахстана за восемь лет вырос на 20% и превысил $1,2 млрд.",
        "Trade between Belarus and Kazakhstan grew by 20% over eight years to $1.2 billion.",
        "Тавараабарот Беларусі і Казахстана за восем гадоў вырас на 20% і перавысіў $1,2 млрд.",
    ],
)
def test_growth_over_years_is_still_no_change_of_a_year(text: str) -> None:
    [fact] = turnover(text)
    assert (fact["amount"], fact["change_pct"]) == (1_200_000_000, None)


@pytest.mark.parametrize(
    "base",
    [
        "у параўнанні з тым жа перыядам мінулага года",
        "у параўнанні з адпаведным перыядам 2024 года",
        "да таго ж перыяду мінулага года",
        "да аналагічнага перыяду 2024 года",
    ],
)
def test_a_belarusian_base_of_comparison_is_not_the_changes_period(base: str) -> None:
    text = f"У студзені—лютым тавараабарот Беларусі і Расіі павялічыўся на 6,4% {base}."
    [fact] = turnover(text, published=date(2025, 4, 12))
    assert (fact["change_pct"], fact["period"]) == (6.4, {"from": "2025-01", "to": "2025-02"})


def test_a_belarusian_deadline_stays_a_deadline() -> None:
    [fact] = turnover("Тавараабарот Беларусі і Расіі трэба давесці да 60 млрд да 2030 года.")
    assert (fact["kind"], fact["amount"]) == ("target", 60_000_000_000)


CHANGES = (
    "В 2024 году товарооборот между Беларусью и Казахстаном вырос на 30%.",
    "Trade between Belarus and Kazakhstan grew by 30% in 2024.",
    "У 2024 годзе тавараабарот паміж Беларуссю і Казахстанам павялічыўся на 30%.",
)
GOALS = (
    "Мы должны выйти на три миллиарда долларов.",
    "Стороны намерены нарастить его до $3 млрд.",
    "The goal is to reach $3 billion.",
    "Мы павінны выйсці на тры мільярды долараў.",
    "Наша задача — $3 млрд.",
)


@pytest.mark.parametrize("change", CHANGES)
@pytest.mark.parametrize("goal", GOALS)
def test_a_goal_after_a_change_of_trade_is_the_trades_target(change: str, goal: str) -> None:
    told = {
        (fact["kind"], fact["amount"], fact["change_pct"]) for fact in turnover(f"{change} {goal}")
    }
    assert told == {("actual", None, 30), ("target", 3_000_000_000, None)}


@pytest.mark.parametrize(
    "after",
    [
        "Инвестиции в экономику Казахстана за год составили $3 млрд.",
        "Investment into the plant will reach $3 billion.",
    ],
)
def test_other_money_after_a_change_is_no_target(after: str) -> None:
    told = [(fact["kind"], fact["change_pct"]) for fact in turnover(f"{CHANGES[0]} {after}")]
    assert told == [("actual", 30)]


@pytest.mark.parametrize(
    "text",
    [
        "За 2024 год товарооборот Беларуси и Казахстана составил $1,2 млрд, это больше, чем год "
        "назад.",
        "In 2024 trade between Belarus and Kazakhstan reached $1.2 billion, more than a year "
        "earlier.",
        "У 2024 годзе тавараабарот Беларусі і Казахстана склаў $1,2 млрд — больш, чым годам раней.",
    ],
)
def test_a_level_compared_after_a_break_is_still_the_level(text: str) -> None:
    [fact] = turnover(text)
    assert (fact["amount"], fact["period"]) == (1_200_000_000, YEAR_2024)


@pytest.mark.parametrize(
    "text",
    [
        "В 2024 году товарооборот Беларуси и Казахстана был на $56 млн больше, чем в 2023 году.",
        "In 2024 trade between Belarus and Kazakhstan was $56 million more than in 2023.",
    ],
)
def test_a_difference_told_in_one_phrase_is_no_level(text: str) -> None:
    assert [fact["amount"] for fact in turnover(text)] == []


@pytest.mark.parametrize(
    ("multiple", "change"),
    [
        ("1.8 times the figure for 2023", 80),
        ("three times that of 2023", 200),
        ("twice the figure for 2023", 100),
        ("twice as much as in 2023", 100),
    ],
)
def test_an_english_multiple_of_the_base_is_growth(multiple: str, change: float) -> None:
    text = f"Trade between Belarus and Kazakhstan totalled $1.2 billion in 2024, {multiple}."
    [fact] = turnover(text)
    assert (fact["amount"], fact["change_pct"], fact["period"]) == (
        1_200_000_000,
        change,
        YEAR_2024,
    )


def test_a_multiple_over_years_is_still_no_change() -> None:
    text = (
        "Trade between Belarus and Kazakhstan has grown four times over ten years to $1.2 billion."
    )
    [fact] = turnover(text)
    assert fact["change_pct"] is None


# A goal told as reached already is history, whatever its year: "has long been surpassed",
# «давно перевыполнена», «мэта … дасягнута».
GOALS_MET = (
    "The goal of $1 billion set by the presidents back in 2019 has long been surpassed.",
    "The $1 billion target has already been met.",
    "Цель в $1 млрд, поставленная президентами в 2019 году, давно перевыполнена.",
    "Задача выйти на $1 млрд уже выполнена.",
    "Мэта ў $1 млрд, пастаўленая прэзідэнтамі ў 2019 годзе, даўно дасягнута.",
)


@pytest.mark.parametrize("sentence", GOALS_MET)
def test_a_goal_already_reached_is_no_target(sentence: str) -> None:
    text = (
        "Belarus-Kazakhstan trade grows\n\n"
        "In January-April trade between Belarus and Kazakhstan grew by 12% to $470 million. "
        + sentence
    )
    facts = turnover(text, published=date(2025, 6, 5))
    assert [(f["amount"], f["kind"]) for f in facts] == [(470e6, "actual")]
