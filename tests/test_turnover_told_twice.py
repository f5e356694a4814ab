"""One figure told twice, and what a sum's telling says of its kind, built from word classes.

A title rounds what the text states exactly ("превысил $1,1 млрд" over "$1 187,4 млн") or
gives the change the text leaves out ("trade up 17% in 2024" over "$412.3 million last
year"): one fact, not two. A headline's bare infinitive is its future ("trade to exceed
$55bn"); a verb that only aims ("eye $1bn trade", «нацелились на») makes a goal; "как
ожидается" keeps a forecast a forecast after its year is over; a goal whose deadline had
passed when it was told is history; «поставили задачу» sets a goal and supplies nothing.
"""

from __future__ import annotations

import itertools
from datetime import date
from typing import Any

import pytest

from news.extract import extract

PUBLISHED = date(2025, 2, 18)
YEAR_2024 = {"from": "2024-01", "to": "2024-12"}


def turnover(text: str, published: date = PUBLISHED) -> list[dict[str, Any]]:
    title, _, body = text.partition("\n\n")
    facts = extract(body or title, title=title if body else "", published=published)
    return list(facts.as_dict()["turnover"])


# --- A rounded figure in the title, the exact one in the text --------------------------

ROUNDED_TITLES = (
    "Товарооборот Беларуси и Казахстана в 2024 году превысил $1,1 млрд",
    "Товарооборот Беларуси и Казахстана в 2024 году приблизился к $1,2 млрд",
    "Товарооборот Беларуси и Казахстана в 2024 году составил около $1,2 млрд",
    "Belarus-Kazakhstan trade tops $1.1bn in 2024",
    "Belarus-Kazakhstan trade nears $1.2bn in 2024",
    "Тавараабарот Беларусі і Казахстана ў 2024 годзе перавысіў $1,1 млрд",
    "Тавараабарот Беларусі і Казахстана ў 2024 годзе склаў амаль $1,2 млрд",
)
EXACT_BODIES = (
    "Минск, 18 февраля (БЕЛТА). По итогам 2024 года взаимная торговля Беларуси и Казахстана "
    "составила $1 187,4 млн, сообщили в посольстве.",
    "MINSK, 18 February (BelTA). Trade between Belarus and Kazakhstan amounted to $1,187.4 "
    "million in 2024, the embassy said.",
    "Мінск, 18 лютага (БЕЛТА). Па выніках 2024 года тавараабарот Беларусі і Казахстана склаў "
    "$1 187,4 млн, паведамілі ў пасольстве.",
)


@pytest.mark.parametrize(("title", "body"), list(itertools.product(ROUNDED_TITLES, EXACT_BODIES)))
def test_a_rounded_title_is_the_exact_figure_of_the_text(title: str, body: str) -> None:
    [fact] = turnover(f"{title}\n\n{body}")
    assert (fact["amount"], fact["approx"], fact["period"]) == (1_187_400_000, "exact", YEAR_2024)


@pytest.mark.parametrize(
    "title",
    [
        "Товарооборот Беларуси и Казахстана в 2024 году превысил $1,2 млрд",  # not what 1 187 is
        "Товарооборот Беларуси и Казахстана в 2024 году составил около $2 млрд",
        "Товарооборот Беларуси и Казахстана в 2023 году превысил $1,1 млрд",  # another year
        "Belarus-Kazakhstan trade nears $1.5bn in 2024",
        "Тавараабарот Беларусі і Казахстана ў 2024 годзе склаў амаль $2 млрд",
    ],
)
def test_a_rough_figure_the_exact_one_does_not_round_to_is_another(title: str) -> None:
    facts = turnover(f"{title}\n\n{EXACT_BODIES[0]}")
    assert len(facts) == 2
    assert 1_187_400_000 in {fact["amount"] for fact in facts}


# --- A change in the title, the sum in the text -----------------------------------------

CHANGE_TITLES = (
    "Товарооборот Азербайджана и Беларуси в 2024 году вырос на 17%",
    "Azerbaijan-Belarus trade up 17% in 2024",
    "Тавараабарот Азербайджана і Беларусі ў 2024 годзе павялічыўся на 17%",
)
SUM_BODIES = (
    "Баку, 7 февраля, АЗЕРТАДЖ. Товарооборот между Азербайджаном и Беларусью в прошлом году "
    "составил $412,3 млн, сообщили в Государственном таможенном комитете.",
    "Baku, February 7, AZERTAC. Trade turnover between Azerbaijan and Belarus amounted to "
    "$412.3 million last year, according to the State Customs Committee.",
    "Баку, 7 лютага (БЕЛТА). Тавараабарот Азербайджана і Беларусі ў мінулым годзе склаў "
    "$412,3 млн.",
)


@pytest.mark.parametrize(("title", "body"), list(itertools.product(CHANGE_TITLES, SUM_BODIES)))
def test_a_change_in_the_title_is_the_change_of_the_sum_of_the_same_period(
    title: str, body: str
) -> None:
    [fact] = turnover(f"{title}\n\n{body}")
    assert (fact["amount"], fact["change_pct"], fact["period"]) == (412_300_000, 17, YEAR_2024)


@pytest.mark.parametrize(
    "title",
    [
        "Товарооборот Азербайджана и Беларуси в январе — июне 2024 года вырос на 17%",
        "Azerbaijan-Belarus trade up 17% in first half of 2024",
    ],
)
def test_a_change_of_another_period_stays_its_own(title: str) -> None:
    facts = turnover(f"{title}\n\n{SUM_BODIES[0]}")
    by_amount = {fact["amount"]: fact for fact in facts}
    assert by_amount[412_300_000]["change_pct"] is None
    assert by_amount[None]["change_pct"] == 17
    assert by_amount[None]["period"] == {"from": "2024-01", "to": "2024-06"}


# --- What a verb of a title or a goal sentence says -------------------------------------

AIMING_TITLES = (
    "Belarus, Uzbekistan eye $1bn trade",
    "Belarus and Uzbekistan eyeing $1 billion in trade",
    "Беларусь и Узбекистан нацелились на $1 млрд товарооборота",
    "Узбекистан и Беларусь нацелены на товарооборот в $1 млрд",
    "Беларусь і Узбекістан нацэліліся на $1 млрд тавараабароту",
)


@pytest.mark.parametrize("title", AIMING_TITLES)
def test_a_verb_that_only_aims_makes_a_goal(title: str) -> None:
    [fact] = turnover(title)
    assert (fact["amount"], fact["kind"]) == (1e9, "target")


@pytest.mark.parametrize("title", AIMING_TITLES)
def test_an_aiming_title_and_the_goal_in_the_text_are_one_target(title: str) -> None:
    body = (
        "Trade between Belarus and Uzbekistan totaled $687.5 million in January-September "
        "2024. The two countries aim to reach $1 billion in mutual trade."
    )
    facts = turnover(f"{title}\n\n{body}", published=date(2024, 11, 21))
    assert sorted((fact["kind"], fact["amount"]) for fact in facts) == [
        ("actual", 687_500_000),
        ("target", 1e9),
    ]


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Russia-Belarus trade to exceed $55bn this year", "forecast"),
        ("Kazakhstan-Belarus trade to top $1.5 billion in 2024", "forecast"),
        ("Belarus-Kazakhstan turnover to reach $1.5 billion this year", "forecast"),
        ("Kazakhstan-Russia trade to grow to $30 billion in 2024", "forecast"),
        # the countries, not the trade, before "to": what they will do is their goal
        ("Belarus, Kazakhstan to bring trade to $1.5 billion", "target"),
        ("Belarus and Kazakhstan plan to raise trade to $1.5 billion", "target"),
    ],
)
def test_a_headlines_infinitive_after_the_trade_is_its_future(title: str, kind: str) -> None:
    [fact] = turnover(title, published=date(2024, 10, 15))
    assert fact["kind"] == kind


@pytest.mark.parametrize(
    "sentence",
    [
        "Товарооборот России и Беларуси по итогам 2025 года, как ожидается, превысит 52 млрд "
        "долларов.",
        "Ожидается, что товарооборот России и Беларуси в 2025 году превысит 52 млрд долларов.",
        "Trade between Russia and Belarus is expected to exceed $52 billion in 2025.",
        "Чакаецца, што тавараабарот Беларусі і Расіі ў 2025 годзе перавысіць 52 млрд долараў.",
    ],
)
def test_an_expectation_is_a_forecast_even_after_its_year(sentence: str) -> None:
    [fact] = turnover(sentence, published=date(2026, 1, 21))
    assert (fact["kind"], fact["period"]) == ("forecast", {"from": "2025-01", "to": "2025-12"})


def test_a_future_tense_for_a_year_over_is_a_preliminary_figure() -> None:
    text = (
        "Товарооборот России и Беларуси за десять месяцев 2023 года превысил 40 млрд "
        "долларов, а за весь год, по предварительным данным, выйдет около 54 млрд."
    )
    kinds = {fact["amount"]: fact["kind"] for fact in turnover(text, published=date(2024, 1, 29))}
    assert kinds == {40e9: "actual", 54e9: "actual"}


FIRST_SUM = "Товарооборот Беларуси и Казахстана за январь — август 2023 года составил $816 млн."
PAST_GOALS = (
    "Ещё в 2017 году стороны ставили цель выйти на 2 млрд долларов к 2020 году.",
    "Back in 2015 the sides aimed to bring trade to $2 billion by 2020.",
    "Раней бакі ставілі мэту давесці тавараабарот да 2 млрд долараў да 2020 года.",
    "Стороны планировали довести товарооборот до $2 млрд к 2021 году, но помешала пандемия.",
)


@pytest.mark.parametrize("goal", PAST_GOALS)
def test_a_goal_whose_deadline_had_passed_is_history(goal: str) -> None:
    [fact] = turnover(f"{FIRST_SUM} {goal}", published=date(2023, 10, 3))
    assert fact["amount"] == 816e6


@pytest.mark.parametrize("goal", PAST_GOALS)
def test_a_goal_whose_deadline_is_ahead_is_a_target(goal: str) -> None:
    ahead = goal.replace("2020", "2030").replace("2021", "2030")
    facts = turnover(f"{FIRST_SUM} {ahead}", published=date(2023, 10, 3))
    assert [(fact["amount"], fact["kind"]) for fact in facts if fact["amount"] == 2e9] == [
        (2e9, "target")
    ]


@pytest.mark.parametrize(
    "goal",
    [
        "Стороны поставили задачу выйти на 3 млрд долларов.",
        "Стороны поставили задачу в ближайшие годы выйти на 3 млрд долларов.",
        "Президенты поставили цель довести товарооборот до 3 млрд долларов.",
        "Поставлена задача выйти на 3 млрд долларов.",
    ],
)
def test_a_goal_set_is_nothing_supplied(goal: str) -> None:
    first = "Товарооборот между Кыргызстаном и Казахстаном в 2023 году достиг 1,78 млрд долларов."
    facts = turnover(f"{first} {goal}", published=date(2024, 4, 11))
    assert sorted((fact["kind"], fact["amount"]) for fact in facts) == [
        ("actual", 1.78e9),
        ("target", 3e9),
    ]


def test_goods_supplied_are_still_supplies() -> None:
    first = "Товарооборот между Кыргызстаном и Казахстаном в 2023 году достиг 1,78 млрд долларов."
    second = "Казахстан поставил в Кыргызстан товаров на 1,1 млрд долларов."
    assert [fact["amount"] for fact in turnover(f"{first} {second}")] == [1.78e9]


# --- Belarusian pronouns of the sum before ---------------------------------------------


@pytest.mark.parametrize(
    ("second", "pct"),
    [
        ("Гэта на 8% больш, чым годам раней.", 8.0),
        ("Гэта на 8% больш, чым у 2022 годзе.", 8.0),
        ("Гэта на 8,1% больш за папярэдні год.", 8.1),
        ("Яно павялічылася на 8%.", 8.0),
    ],
)
def test_a_belarusian_pronoun_gives_the_change_to_the_sum_before(second: str, pct: float) -> None:
    first = "Па выніках 2023 года тавараабарот Беларусі і Расіі перавысіў 55 млрд долараў."
    [fact] = turnover(f"{first} {second}", published=date(2024, 2, 16))
    assert (fact["amount"], fact["change_pct"]) == (55e9, pct)
    assert fact["period"] == {"from": "2023-01", "to": "2023-12"}


# --- A clause joined by a conjunction shares the pronoun's subject ----------------------

LEAD = "Кыргызстан и Беларусь планируют довести товарооборот до 500 миллионов долларов."


@pytest.mark.parametrize(
    ("sentence", "pct"),
    [
        (
            "В прошлом году он составил около 220 миллионов долларов, а в первом полугодии "
            "текущего года вырос вдвое.",
            100,
        ),
        (
            "В прошлом году он составил 220 млн долларов, но в первом полугодии текущего года "
            "сократился на 12%.",
            -12,
        ),
        ("Летась ён склаў 220 млн долараў, а ў першым паўгоддзі павялічыўся ўдвая.", 100),
        ("Летась ён склаў 220 млн долараў, а ў першым паўгоддзі павялічыўся на 15%.", 15),
    ],
)
def test_a_joined_clause_with_no_subject_of_its_own_tells_the_same_trade(
    sentence: str, pct: float
) -> None:
    facts = turnover(f"{LEAD} {sentence}", published=date(2023, 7, 13))
    by_amount = {fact["amount"]: fact for fact in facts}
    assert by_amount[220e6]["period"] == {"from": "2022-01", "to": "2022-12"}
    assert by_amount[220e6]["change_pct"] is None
    assert (by_amount[None]["change_pct"], by_amount[None]["period"]) == (
        pct,
        {"from": "2023-01", "to": "2023-06"},
    )


@pytest.mark.parametrize(
    "sentence",
    [
        # its own subject
        "В прошлом году он составил 220 млн долларов, а инфляция в первом полугодии выросла на 9%.",
        # an aim, not a change told
        "Правительствам поручено довести его до 500 млн, а дальше увеличивать в три раза.",
    ],
)
def test_a_joined_clause_of_something_else_tells_no_change(sentence: str) -> None:
    facts = turnover(f"{LEAD} {sentence}", published=date(2023, 7, 13))
    assert all(fact["change_pct"] is None for fact in facts)


@pytest.mark.parametrize(
    "title",
    [
        "Kyrgyzstan-Kazakhstan trade set to top $2 billion this year — minister",
        "Belarus-Kazakhstan trade on track to hit $2 billion in 2025",
        "Belarus-Kazakhstan turnover poised to exceed $2 billion this year",
        "Russia-Belarus trade may reach $2 bln this year",
        "Russia-Belarus trade could exceed $2 billion this year",
    ],
)
def test_what_a_headline_expects_of_the_trade_is_a_forecast(title: str) -> None:
    [fact] = turnover(title, published=date(2025, 6, 25))
    assert (fact["amount"], fact["kind"]) == (2e9, "forecast")


def test_may_the_month_is_no_modal() -> None:
    [fact] = turnover(
        "In May trade between Belarus and Kazakhstan reached $1.2 billion.",
        published=date(2025, 6, 25),
    )
    assert (fact["kind"], fact["period"]) == ("actual", {"from": "2025-05", "to": "2025-05"})


@pytest.mark.parametrize(
    ("change", "pct"),
    [
        ("торговля прибавила 3% к январю 2025 года", 3.0),
        ("торговля выросла на 3% к январю 2025 года", 3.0),
        ("товарооборот сократился на 3% к январю 2025 года", -3.0),
    ],
)
def test_a_month_it_is_compared_with_is_no_period_of_the_change(change: str, pct: float) -> None:
    text = (
        "Объём взаимной торговли России и Белоруссии в прошлом году составил почти 4,5 "
        f"триллиона рублей. По его словам, в январе текущего года {change}."
    )
    facts = turnover(text, published=date(2026, 3, 4))
    [moved] = [fact for fact in facts if fact["amount"] is None]
    assert (moved["change_pct"], moved["period"]) == (pct, {"from": "2026-01", "to": "2026-01"})


@pytest.mark.parametrize(
    ("change", "sum_"),
    [
        (
            "Взаимная торговля Казахстана и Азербайджана по итогам прошлого года увеличилась на "
            "24%, сообщили в министерстве.",
            "В денежном выражении она составила $682 млн.",
        ),
        (
            "Trade between Kazakhstan and Azerbaijan grew by 24% last year, the ministry said.",
            "In money terms it reached $682 million.",
        ),
        (
            "Тавараабарот Казахстана і Азербайджана летась павялічыўся на 24%.",
            "У грашовым выражэнні ён склаў $682 млн.",
        ),
    ],
)
def test_a_pronouns_sum_after_a_change_is_the_sum_of_that_period(change: str, sum_: str) -> None:
    [fact] = turnover(f"{change} {sum_}", published=date(2026, 1, 28))
    assert (fact["amount"], fact["change_pct"], fact["period"]) == (
        682e6,
        24,
        {"from": "2025-01", "to": "2025-12"},
    )


def test_a_sum_of_no_period_after_a_sum_of_one_keeps_none() -> None:
    text = (
        "Товарооборот Казахстана и Азербайджана за девять месяцев вырос до $500 млн. "
        "Нынешний товарооборот — порядка 700 млн долларов, сказал министр."
    )
    facts = turnover(text, published=date(2025, 10, 28))
    assert {fact["amount"]: fact["period"] for fact in facts}[700e6] is None


@pytest.mark.parametrize(
    "second",
    [
        "В прошлом году он составил 220 млн долларов, а инфляция в Кыргызстане выросла на 9%.",
        "Инфляция в Кыргызстане за год выросла на 9%.",
        "Население республики выросло на 2%.",
    ],
)
def test_a_clause_with_a_subject_of_its_own_is_not_the_trade_named_before(second: str) -> None:
    first = "Товарооборот Беларуси и Кыргызстана растёт."
    facts = turnover(f"{first} {second}", published=date(2024, 1, 1))
    assert all(fact["change_pct"] is None for fact in facts)


@pytest.mark.parametrize(
    "second", ["Объём составил $1,2 млрд.", "Его объём составил $1,2 млрд.", "Цифра — $1,2 млрд."]
)
def test_a_noun_of_quantity_stands_for_the_trade_named_before(second: str) -> None:
    first = "Товарооборот Беларуси и Казахстана в 2023 году достиг рекорда."
    [fact] = turnover(f"{first} {second}", published=date(2024, 1, 1))
    assert fact["amount"] == 1.2e9


@pytest.mark.parametrize(
    ("sentence", "pct"),
    [
        ("Trade between Kazakhstan and Belarus rose by a third in 2024, to $1.2 billion.", 33.3),
        ("Trade between Kazakhstan and Belarus grew by one quarter in 2024, to $1.2 billion.", 25),
        ("Trade between Kazakhstan and Belarus fell by a quarter in 2024, to $1.2 billion.", -25),
    ],
)
def test_an_english_fraction_is_a_change(sentence: str, pct: float) -> None:
    [fact] = turnover(sentence)
    assert (fact["amount"], fact["change_pct"]) == (1.2e9, pct)


# A fraction as the size of a change, in each language: a fifth, a tenth, a half.
FRACTIONS = {
    "en": ("Trade between Kazakhstan and Belarus {way} {fraction} in 2024, to $1.2 billion.",
           {"rose": 1, "fell": -1},
           {"by a fifth": 20, "by one fifth": 20, "by a tenth": 10, "by half": 50}),
    "ru": ("Товарооборот Казахстана и Беларуси в 2024 году {way} {fraction} и составил $1,2 млрд.",
           {"вырос": 1, "сократился": -1},
           {"на пятую часть": 20, "на десятую часть": 10, "на пятую долю": 20, "на половину": 50}),
    "be": ("Тавараабарот Казахстана і Беларусі ў 2024 годзе {way} {fraction} і склаў $1,2 млрд.",
           {"вырас": 1, "скараціўся": -1},
           {"на пятую частку": 20, "на дзясятую частку": 10, "на палову": 50}),
}  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "pct"),
    [
        (pattern.format(way=way, fraction=fraction), sign * size)
        for pattern, ways, fractions in FRACTIONS.values()
        for way, sign in ways.items()
        for fraction, size in fractions.items()
    ],
)
def test_fifths_tenths_and_halves_are_changes(sentence: str, pct: float) -> None:
    [fact] = turnover(sentence)
    assert (fact["amount"], fact["change_pct"]) == (1.2e9, pct)


def test_half_a_billion_is_no_fraction() -> None:
    text = "Trade between Kazakhstan and Belarus grew by half a billion dollars in 2024."
    assert [fact["change_pct"] for fact in turnover(text)] in ([], [None])


def test_a_fraction_in_the_title_is_the_exact_change_of_the_text() -> None:
    text = (
        "Armenia-Belarus trade grew by a third in 2024\n\nTrade turnover between Armenia and "
        "Belarus grew by 33.5% last year to nearly $300 million, the committee said."
    )
    [fact] = turnover(text)
    assert (fact["amount"], fact["change_pct"]) == (300e6, 33.5)


@pytest.mark.parametrize(
    "sentence",
    [
        "За студзень—ліпень 2024 года абарот Беларусі і Казахстана склаў $792,4 млн.",
        "Абарот паміж Беларуссю і Казахстанам за студзень—ліпень 2024 года склаў $792,4 млн.",
    ],
)
def test_belarusian_abarot_is_the_turnover(sentence: str) -> None:
    [fact] = turnover(sentence)
    assert (fact["amount"], fact["period"]) == (792.4e6, {"from": "2024-01", "to": "2024-07"})


# A title's bare future of a year over reads as a preliminary actual; the text that says what
# it is ("как ожидается", "is expected to") makes the one figure a forecast.
@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Товарооборот России и Белоруссии в 2024 году превысит $52 млрд",
            "Товарооборот России и Белоруссии по итогам 2024 года, как ожидается, превысит 52 "
            "млрд долларов, сообщили в министерстве.",
        ),
        (
            "Russia-Belarus trade in 2024 will exceed $52 billion",
            "Trade between Russia and Belarus in 2024 is expected to exceed $52 billion, the "
            "ministry said.",
        ),
        (
            "Тавараабарот Беларусі і Расіі ў 2024 годзе перавысіць $52 млрд",
            "Тавараабарот Беларусі і Расіі па выніках 2024 года, як чакаецца, перавысіць 52 млрд "
            "долараў.",
        ),
    ],
)
def test_the_text_says_what_the_titles_figure_is(title: str, body: str) -> None:
    facts = turnover(f"{title}\n\n{body}", published=date(2025, 1, 21))
    assert [(f["amount"], f["kind"]) for f in facts] == [(52_000_000_000, "forecast")]
