"""Turnover told by a verb of trading with its measure, beside a sector's or the capitals'
trade, and a goal hoped for in the past; built from word classes in Russian, English and
Belarusian, with the phrasings beside them that must stay as they are.

- A verb of trading governs its sum through a word of measure ("наторговали на сумму свыше
  330 млн", "traded goods worth $4.4 billion", «нагандлявалі на суму»): the measure is the
  trade's, not other money.
- A noun of trade governing what is traded in the instrumental ("торговля продуктами
  питания", «гандаль прадуктамі харчавання», "торговля зерном") is one sector's trade; a
  change told of it is not the pair's.
- Two capitals stand for their countries, unless the sentence speaks of capitals or cities:
  «Столицы наращивают торговлю: товарооборот Минска с Москвой …» is the cities' trade.
- A goal hoped for in the past ("Ещё в 2019 году мы рассчитывали выйти на 250 млн, но …",
  "had hoped to bring trade to …, but") is history, not a target.
"""

from __future__ import annotations

import itertools
from datetime import date
from typing import Any

import pytest

from news.extract import extract

PUBLISHED = date(2025, 6, 10)
TITLES = {
    "ru": "Беларусь и Узбекистан наращивают взаимную торговлю",
    "en": "Belarus and Uzbekistan expand trade",
    "be": "Беларусь і Узбекістан нарошчваюць гандаль",
}


def turnover(text: str, language: str) -> list[dict[str, Any]]:
    facts = extract(text, title=TITLES[language], published=PUBLISHED)
    return list(facts.as_dict()["turnover"])


def sums(text: str, language: str) -> list[tuple[float | None, str, float | None]]:
    return sorted(
        ((f["amount"], f["kind"], f["change_pct"]) for f in turnover(text, language)), key=str
    )


# --- A verb of trading and its measure -----------------------------------------------------
TRADING_VERBS = {
    "ru": (
        "За январь—апрель Беларусь и Узбекистан наторговали на сумму {approx}330 млн долларов.",
        "«За январь—апрель мы наторговали на сумму {approx}330 млн долларов», — сказал посол "
        "Беларуси в Узбекистане.",
    ),
    "en": (
        "In January-April Belarus and Uzbekistan traded goods worth {approx}$330 million.",
        "In January-April the two countries traded goods worth {approx}$330 million, Belarus's "
        "ambassador to Uzbekistan said.",
    ),
    "be": (
        "За студзень—красавік Беларусь і Узбекістан нагандлявалі на суму {approx}330 млн долараў.",
        "«За студзень—красавік мы нагандлявалі на суму {approx}330 млн долараў», — сказаў пасол "
        "Беларусі ва Узбекістане.",
    ),
}
APPROXIMATIONS = {
    "ru": (("", "exact"), ("свыше ", "over"), ("около ", "about")),
    "en": (("", "exact"), ("over ", "over"), ("about ", "about")),
    "be": (("", "exact"), ("больш за ", "over"), ("каля ", "about")),
}


@pytest.mark.parametrize(
    ("text", "language", "approx"),
    [
        (template.format(approx=word), language, approx)
        for language, templates in TRADING_VERBS.items()
        for template, (word, approx) in itertools.product(templates, APPROXIMATIONS[language])
    ],
)
def test_a_verb_of_trading_measures_its_sum(text: str, language: str, approx: str) -> None:
    [fact] = turnover(text, language)
    assert (fact["amount"], fact["kind"], fact["approx"]) == (330_000_000, "actual", approx)
    assert fact["period"] == {"from": "2025-01", "to": "2025-04"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # contracts measured: other money, whatever trade the sentence names
        ("На форуме Беларусь и Узбекистан подписали торговые контракты на сумму 330 млн "
         "долларов.", "ru"),
        ("Belarus and Uzbekistan signed trade contracts worth $330 million.", "en"),
        # the measure of investment
        ("Инвестиции Беларуси в Узбекистан достигли суммы в 330 млн долларов.", "ru"),
    ],
)  # fmt: skip
def test_a_measure_of_other_money_stays_no_turnover(text: str, language: str) -> None:
    assert turnover(text, language) == []


# --- A sector's trade: the noun of trade with what is traded in the instrumental ----------
SECTOR_CHANGES = {
    "ru": "Особенно быстро растёт торговля {goods}: по этой группе товаров показатель вырос "
    "почти на четверть.",
    "be": "Асабліва хутка расце гандаль {goods}: па гэтай групе тавараў паказчык вырас амаль "
    "на чвэрць.",
}
TRADED_GOODS = {
    "ru": ("продуктами питания", "зерном", "лекарствами", "сельскохозяйственной техникой"),
    "be": ("прадуктамі харчавання", "лекамі", "сельскагаспадарчымі машынамі"),
}
SUM_BEFORE = {
    "ru": "В январе—апреле 2025 года товарооборот Беларуси и Узбекистана превысил 330 млн "
    "долларов.",
    "be": "У студзені—красавіку 2025 года тавараабарот Беларусі і Узбекістана перавысіў 330 млн "
    "долараў.",
}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (f"{SUM_BEFORE[language]} {template.format(goods=goods)}", language)
        for language, template in SECTOR_CHANGES.items()
        for goods in TRADED_GOODS[language]
    ],
)
def test_a_change_of_a_sectors_trade_is_not_the_pairs(text: str, language: str) -> None:
    assert sums(text, language) == [(330_000_000, "actual", None)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("В январе—апреле 2025 года торговля товарами между Беларусью и Узбекистаном выросла "
         "на 25%.", "ru"),
        ("У студзені—красавіку 2025 года гандаль таварамі паміж Беларуссю і Узбекістанам вырас "
         "на 25%.", "be"),
    ],
)  # fmt: skip
def test_trade_in_goods_as_a_whole_is_the_pairs(text: str, language: str) -> None:
    assert sums(text, language) == [(None, "actual", 25.0)]


# --- Capitals: for their countries, unless the sentence speaks of capitals ----------------
TOTAL = {
    "ru": "По итогам 2024 года товарооборот Беларуси и России составил 35,5 млрд долларов.",
    "be": "Па выніках 2024 года тавараабарот Беларусі і Расіі склаў 35,5 млрд долараў.",
    "en": "In 2024 trade between Belarus and Russia came to $35.5 billion.",
}
CAPITALS_TRADE = {
    "ru": (
        "Столицы двух стран также наращивают торговлю: товарооборот Минска с Москвой в 2024 "
        "году достиг 3,2 млрд долларов.",
        "Товарооборот белорусской и российской столиц — Минска и Москвы — в 2024 году достиг "
        "3,2 млрд долларов.",
    ),
    "be": (
        "Сталіцы дзвюх краін таксама нарошчваюць гандаль: тавараабарот Мінска з Масквой у 2024 "
        "годзе дасягнуў 3,2 млрд долараў.",
    ),
    "en": (
        "The two capitals are also trading more: trade between Minsk and Moscow reached $3.2 "
        "billion in 2024.",
    ),
}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (f"{TOTAL[language]} {sentence}", language)
        for language, sentences in CAPITALS_TRADE.items()
        for sentence in sentences
    ],
)
def test_the_capitals_trade_told_as_theirs_is_no_countries_turnover(
    text: str, language: str
) -> None:
    facts = extract(text, published=PUBLISHED).as_dict()["turnover"]
    assert [(f["countries"], f["amount"]) for f in facts] == [(["BY", "RU"], 35_500_000_000)]


def test_two_capitals_in_a_sentence_of_no_capitals_stand_for_their_countries() -> None:
    facts = extract(
        "Товарооборот между Минском и Москвой в 2024 году достиг 35,5 млрд долларов.",
        published=PUBLISHED,
    ).as_dict()["turnover"]
    assert [(f["countries"], f["amount"]) for f in facts] == [(["BY", "RU"], 35_500_000_000)]


# --- A goal hoped for in the past -----------------------------------------------------------
PAST_HOPES = {
    "ru": (
        "«Ещё в 2019 году мы рассчитывали выйти на 250 миллионов долларов, но пандемия всё "
        "перечеркнула», — отметил посол.",
        "В 2019 году стороны планировали довести товарооборот до 250 млн долларов.",
        "Стороны надеялись нарастить товарооборот до 250 млн долларов, однако помешала пандемия.",
    ),
    "en": (
        "In 2019 the sides had hoped to bring trade to $250 million, but the pandemic intervened.",
        "The two countries planned to raise trade to $250 million, but the pandemic got in the "
        "way.",
    ),
    "be": (
        "«Яшчэ ў 2019 годзе мы разлічвалі выйсці на 250 мільёнаў долараў, але пандэмія ўсё "
        "перакрэсліла», — адзначыў пасол.",
    ),
}
PRESENT_GOALS = {
    "ru": (
        "Стороны рассчитывают выйти на 250 миллионов долларов товарооборота.",
        "В 2019 году стороны поставили задачу довести товарооборот до 250 млн долларов к 2027 "
        "году.",
    ),
    "en": ("The sides aim to bring trade to $250 million.",),
    "be": ("Бакі разлічваюць выйсці на 250 мільёнаў долараў тавараабароту.",),
}


@pytest.mark.parametrize(
    ("text", "language"),
    [(text, language) for language, texts in PAST_HOPES.items() for text in texts],
)
def test_a_goal_hoped_for_in_the_past_is_no_target(text: str, language: str) -> None:
    assert [f for f in turnover(text, language) if f["kind"] == "target"] == []


@pytest.mark.parametrize(
    ("text", "language"),
    [(text, language) for language, texts in PRESENT_GOALS.items() for text in texts],
)
def test_a_goal_held_now_is_a_target(text: str, language: str) -> None:
    assert [(f["amount"], f["kind"]) for f in turnover(text, language)] == [(250_000_000, "target")]


# --- "Trade" inside an English name ----------------------------------------------------------
@pytest.mark.parametrize(
    "name",
    [
        "the Baku International Sea Trade Port",
        "the Kazakh Trade House",
        "the Aktau Free Trade Zone",
    ],
)
def test_trade_inside_an_english_name_names_no_topic(name: str) -> None:
    text = (
        f"Kazakhstan Temir Zholy is building a container terminal with {name} in Alat. "
        "The $55 million terminal will handle up to 100,000 TEU a year. Trade between "
        "Azerbaijan and Kazakhstan totalled $455.3 million in 2024."
    )
    facts = extract(text, title="Kazakhstan, Azerbaijan build a terminal", published=PUBLISHED)
    found = [(f["amount"], f["kind"]) for f in facts.as_dict()["turnover"]]
    assert found == [(455_300_000, "actual")]


def test_a_title_in_title_case_still_names_trade() -> None:
    facts = extract(
        "The figure was reported by the statistics office.",
        title="Azerbaijan-Kazakhstan Trade Reached $455 Million In 2024",
        published=PUBLISHED,
    )
    assert [f["amount"] for f in facts.as_dict()["turnover"]] == [455_000_000]


# --- The two countries of a title on an untracked partner ------------------------------------
UNTRACKED_TITLES = (
    ("Товарооборот Узбекистана и Турции в 2024 году составил $3,4 млрд",
     "Турция заняла четвёртое место среди партнёров Узбекистана после Китая, России и "
     "Казахстана. Президенты двух стран поручили довести взаимную торговлю до 5 млрд "
     "долларов."),
    ("Kazakhstan and Turkey aim to raise trade to $15 billion",
     "Turkey ranks among Kazakhstan's top partners alongside Russia and Uzbekistan. The two "
     "countries intend to bring bilateral trade to $15 billion."),
)  # fmt: skip


@pytest.mark.parametrize(("title", "body"), UNTRACKED_TITLES)
def test_the_two_countries_of_a_title_on_an_untracked_partner_are_not_the_pair(
    title: str, body: str
) -> None:
    assert extract(body, title=title, published=PUBLISHED).as_dict()["turnover"] == []


def test_the_two_countries_under_a_tracked_pairs_title_are_the_pair() -> None:
    facts = extract(
        "Turkey ranks among Kazakhstan's top partners. The two countries intend to bring "
        "bilateral trade to $15 billion.",
        title="Kazakhstan and Uzbekistan aim to raise trade",
        published=PUBLISHED,
    ).as_dict()["turnover"]
    assert [(f["countries"], f["kind"]) for f in facts] == [(["KZ", "UZ"], "target")]


# --- A change in brackets after one of several listed sums is that sum's ------------------
LISTED_WITH_A_BRACKET = {
    "ru": "По итогам 2023 года товарооборот Казахстана с Россией составил $26,3 млрд (на 2,6% "
    "меньше, чем в 2022 году), с Узбекистаном — $4,4 млрд, с Кыргызстаном — $1,6 млрд.",
    "en": "In 2023 Kazakhstan's trade with Russia came to $26.3 billion (down 2.6% from 2022), "
    "with Uzbekistan $4.4 billion and with Kyrgyzstan $1.6 billion.",
    "be": "Па выніках 2023 года тавараабарот Казахстана з Расіяй склаў $26,3 млрд (на 2,6% "
    "менш, чым у 2022 годзе), з Узбекістанам — $4,4 млрд, з Кыргызстанам — $1,6 млрд.",
}


@pytest.mark.parametrize(("language", "text"), LISTED_WITH_A_BRACKET.items())
def test_a_bracketed_change_after_a_listed_sum_is_that_sums(language: str, text: str) -> None:
    facts = extract(text, title="Казахстан и его партнёры", published=PUBLISHED).as_dict()
    found = sorted((f["countries"], f["amount"], f["change_pct"]) for f in facts["turnover"])
    assert found == [
        (["KG", "KZ"], 1_600_000_000, None),
        (["KZ", "RU"], 26_300_000_000, -2.6),
        (["KZ", "UZ"], 4_400_000_000, None),
    ]
