"""Each part of the extractor on short sentences: mentions, periods, clauses, countries, merging."""

from __future__ import annotations

from datetime import date

import pytest

from news.amounts import count_value, find_changes, find_money
from news.countries import PlaceKind, choose_pair, places_in
from news.extract import DEFAULT_PAIRS
from news.facts import Approx, Kind, TurnoverFact
from news.morph import words
from news.periods import Period, Role, find_periods, resolve_whole_years
from news.sentences import split_clauses
from news.turnover import merge_turnover

TRACKED = frozenset(code for pair in DEFAULT_PAIRS for code in pair)


@pytest.mark.parametrize(
    ("text", "english", "amount", "currency"),
    [
        ("составил $1,2 млрд.", False, 1.2e9, "USD"),
        ("1 млрд 200 млн долларов", False, 1.2e9, "USD"),
        ("полумиллиарда долларов", False, 5e8, "USD"),
        ("одного миллиарда долларов", False, 1e9, "USD"),
        ("185 млрд тенге", False, 1.85e11, "KZT"),
        ("пяти миллиардов российских рублей", False, 5e9, "RUB"),
        ("2,5 млн белорусских рублей", False, 2.5e6, "BYN"),
        ("USD 769 million", True, 7.69e8, "USD"),
        ("US$3 billion", True, 3e9, "USD"),
        ("$1,250 million", True, 1.25e9, "USD"),
        ("nine hundred million dollars", True, 9e8, "USD"),
        ("one and a half billion dollars", True, 1.5e9, "USD"),
        ("1,2 млрд долараў", False, 1.2e9, "USD"),
        ("превысит миллиард", False, 1e9, None),
        ("порядка 800 миллионов", False, 8e8, None),
    ],
)
def test_money_in_digits_and_words(
    text: str, english: bool, amount: float, currency: str | None
) -> None:
    [money] = find_money(text, english=english)
    assert money.amount == pytest.approx(amount)
    assert money.currency == currency


@pytest.mark.parametrize(
    "text", ["1400 рабочих мест", "на 23%", "в 2023 году", "роста миллиардов", "5 m to the left"]
)
def test_what_is_not_money(text: str) -> None:
    assert find_money(text) == []


@pytest.mark.parametrize(
    ("text", "direction", "percent"),
    [
        ("вырос на 23%", 1, 23),
        ("(+3,3%)", 0, 3.3),
        ("в 1,5 раза", 1, 50),
        ("в полтора раза", 1, 50),
        ("вдвое", 1, 100),
        ("вдвое", -1, -50),
        ("на треть", 1, 33.3),
        ("fourfold", 1, 300),
        ("almost four times", 1, 300),
        ("у 2 разы", 1, 100),
    ],
)
def test_changes_and_their_direction(text: str, direction: int, percent: float) -> None:
    [change] = find_changes(text)
    assert change.percent(direction) == pytest.approx(percent, abs=0.05)


@pytest.mark.parametrize(
    ("token", "count"), [("12", 12), ("1 400", 1400), ("восемь", 8), ("семи", 7), ("Twelve", 12)]
)
def test_counts_in_digits_and_words(token: str, count: int) -> None:
    assert count_value(token) == count


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("в 2023 году", [(Role.POINT, "2023-01", "2023-12")]),
        ("за 11 месяцев 2024 года", [(Role.POINT, "2024-01", "2024-11")]),
        ("в первом полугодии", [(Role.POINT, "2024-01", "2024-06")]),
        ("в I квартале", [(Role.POINT, "2025-01", "2025-03")]),
        ("за январь–октябрь", [(Role.POINT, "2024-01", "2024-10")]),
        ("в прошлом году", [(Role.POINT, "2024-01", "2024-12")]),
        ("к уровню 2023 года", [(Role.BASE, "2023-01", "2023-12")]),
        ("к аналогичному периоду прошлого года", [(Role.BASE, "2024-01", "2024-12")]),
        ("than a year earlier", [(Role.BASE, "2024-01", "2024-12")]),
        ("к 2030 году", [(Role.DEADLINE, "2030-01", "2030-12")]),
        ("к 2019-му", [(Role.BASE, "2019-01", "2019-12")]),
        ("за последние пять лет", [(Role.SPAN, None, None)]),
        ("since 2009", [(Role.SPAN, None, None)]),
        ("в 2018—2021 годах", [(Role.SPAN, None, None)]),
        ("с начала года", [(Role.OPEN, None, None)]),
        ("15 октября", []),
        ("у першым паўгоддзі 2024 года", [(Role.POINT, "2024-01", "2024-06")]),
    ],
)
def test_periods_with_their_roles(
    text: str, expected: list[tuple[Role, str | None, str | None]]
) -> None:
    found = find_periods(text, date(2025, 4, 15))
    assert [
        (m.role, m.period.start if m.period else None, m.period.end if m.period else None)
        for m in found
    ] == expected


def test_the_whole_year_is_the_year_named_before() -> None:
    text = "по итогам десяти месяцев — 40 млрд, а за весь год — 54 млрд"
    mentions = resolve_whole_years(find_periods(text, date(2024, 1, 29)), None)
    assert [m.period for m in mentions] == [
        Period("2023-01", "2023-10"),
        Period("2023-01", "2023-12"),
    ]


def test_clauses_split_at_contrast_and_attribution_not_inside_a_phrase() -> None:
    text = "Товарооборот превышает $28 млрд, а цель — выйти на $30 млрд, а также расширить поставки"
    parts = [text[c.start : c.end] for c in split_clauses(text)]
    assert parts == [
        "Товарооборот превышает $28 млрд",
        "цель — выйти на $30 млрд, а также расширить поставки",
    ]


def test_places_venues_roles_companies_and_unions() -> None:
    text = (
        "Посол Казахстана встретился в Минске с руководством МТЗ; белорусско-узбекский форум "
        "и ЕАЭС обсудили торговлю с Турцией"
    )
    found = {
        (text[p.start : p.end], p.code, p.kind, p.venue, p.role_bound)
        for p in places_in(text, words(text), TRACKED)
    }
    assert ("Казахстана", "KZ", PlaceKind.COUNTRY, False, True) in found
    assert ("Минске", "BY", PlaceKind.COUNTRY, True, False) in found
    assert ("МТЗ", "BY", PlaceKind.COMPANY, False, False) in found
    assert {code for _, code, *_ in found} >= {"BY", "UZ", "TR", "AGG"}


def test_the_pair_named_together_most_wins_and_a_union_competes() -> None:
    def sentence(text: str, weight: float = 1.0) -> tuple[list, float]:  # type: ignore[type-arg]
        return places_in(text, words(text), TRACKED), weight

    choice = choose_pair(
        [
            sentence("Беларусь и Казахстан обсудили торговлю", 2.0),
            sentence("Россия, Беларусь, Казахстан и Армения входят в ЕАЭС"),
        ],
        DEFAULT_PAIRS,
    )
    assert choice.pair == ("BY", "KZ")
    assert choice.together > choice.rival
    union = choose_pair([sentence("Торговля Таджикистана со странами ШОС", 2.0)], DEFAULT_PAIRS)
    assert union.pair is None


def _fact(amount: float, approx: Approx, quote: str, period: Period | None = None) -> TurnoverFact:
    return TurnoverFact(("BY", "KZ"), amount, "USD", approx, period, None, Kind.ACTUAL, quote)


def test_the_same_figure_told_roughly_and_exactly_is_one_fact() -> None:
    year = Period("2013-01", "2013-12")
    merged = merge_turnover(
        [
            _fact(950e6, Approx.ABOUT, "порядка 950 миллионов", year),
            _fact(952.8e6, Approx.EXACT, "$952,8 млн", year),
            _fact(1.2e9, Approx.EXACT, "$1,2 млрд", year),
        ]
    )
    assert [(f.amount, f.approx, f.quote) for f in merged] == [
        (952.8e6, Approx.EXACT, "$952,8 млн"),
        (1.2e9, Approx.EXACT, "$1,2 млрд"),
    ]


@pytest.mark.parametrize("form", ["студзенем", "снежнем", "студзені", "верасня"])
def test_a_belarusian_month_is_never_read_as_a_verb(form: str) -> None:
    # pymorphy3, a Russian dictionary, reads «студзенем» as a future and «снежнем» as a
    # present: a reader of tenses would take the month for what is to come
    [word] = words(form)
    assert word.pos != "VERB" and word.tense is None
