"""Generality of the extractor: phrasings built from word classes, not from any one article.

Each case crosses how outlets state a figure — amount formats, verbs of arriving and of
exceeding, period expressions, word order, case forms of the pair, three languages — and
asserts the one right fact. Negative templates (exports alone, a region's or a sector's
trade, a third country, a union of several, a counterfactual, investment) yield none.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest

from news.extract import extract

PUBLISHED = date(2025, 3, 15)


@dataclass(frozen=True)
class Amount:
    text: str
    value: float


@dataclass(frozen=True)
class Period:
    text: str
    start: str
    end: str


RU_AMOUNTS = (
    Amount("$1,2 млрд", 1.2e9),
    Amount("1,2 млрд долларов", 1.2e9),
    Amount("1 млрд 200 млн долларов", 1.2e9),
    Amount("1,2 миллиарда долларов США", 1.2e9),
    Amount("$845,3 млн", 845.3e6),
    Amount("845 миллионов долларов", 845e6),
    Amount("полмиллиарда долларов", 5e8),
)
RU_PERIODS = (
    Period("в 2023 году", "2023-01", "2023-12"),
    Period("по итогам 2023 года", "2023-01", "2023-12"),
    Period("за 2023 год", "2023-01", "2023-12"),
    Period("в прошлом году", "2024-01", "2024-12"),
    Period("за январь–сентябрь 2024 года", "2024-01", "2024-09"),
    Period("за девять месяцев 2024 года", "2024-01", "2024-09"),
    Period("за 11 месяцев прошлого года", "2024-01", "2024-11"),
    Period("в первом полугодии 2024 года", "2024-01", "2024-06"),
    Period("в I квартале 2024 года", "2024-01", "2024-03"),
    Period("в январе–феврале", "2025-01", "2025-02"),
)
RU_PAIRS = (
    "товарооборот Беларуси и Казахстана",
    "товарооборот между Беларусью и Казахстаном",
    "белорусско-казахстанский товарооборот",
    "взаимная торговля Казахстана и Беларуси",
    "объём торговли РБ и РК",
)
# (verb, how it tells the approximation)
RU_VERBS = (
    ("составил", "exact"),
    ("достиг", "exact"),
    ("превысил", "over"),
    ("составил более", "over"),
    ("составил около", "about"),
    ("составил порядка", "about"),
    ("составил почти", "under"),
    ("приблизился к", "under"),
)


def only_turnover(text: str, published: date = PUBLISHED, title: str = "") -> list[dict[str, Any]]:
    facts = extract(text, title=title, published=published).as_dict()
    return facts["turnover"]


def _ru_cases() -> list[tuple[str, Amount, Period, str]]:
    cases = []
    combos = itertools.product(RU_AMOUNTS, RU_PERIODS, RU_PAIRS, RU_VERBS)
    for index, (amount, period, pair, (verb, approx)) in enumerate(combos):
        if index % 7:  # a deterministic seventh of the product keeps the suite fast
            continue
        order = index % 3
        if order == 0:
            text = f"{period.text.capitalize()} {pair} {verb} {amount.text}."
        elif order == 1:
            text = f"{pair.capitalize()} {period.text} {verb} {amount.text}."
        else:
            text = f"По данным статистики, {pair} {period.text} {verb} {amount.text}."
        cases.append((text, amount, period, approx))
    return cases


@pytest.mark.parametrize(("text", "amount", "period", "approx"), _ru_cases())
def test_russian_phrasings_give_the_one_right_figure(
    text: str, amount: Amount, period: Period, approx: str
) -> None:
    [fact] = only_turnover(text)
    assert fact["countries"] == ["BY", "KZ"]
    assert fact["amount"] == pytest.approx(amount.value)
    assert fact["currency"] == "USD"
    assert fact["period"] == {"from": period.start, "to": period.end}
    assert fact["approx"] == approx
    assert fact["kind"] == "actual"


@pytest.mark.parametrize(
    ("text", "value", "period"),
    [
        (f"{amount.text.capitalize()} составил товарооборот Беларуси и Казахстана {p.text}.",
         amount.value, p)
        for amount, p in zip(RU_AMOUNTS, RU_PERIODS, strict=False)
    ],
)  # fmt: skip
def test_inverted_order_reads_the_same(text: str, value: float, period: Period) -> None:
    [fact] = only_turnover(text)
    assert fact["amount"] == pytest.approx(value)
    assert fact["period"] == {"from": period.start, "to": period.end}


EN_AMOUNTS = (
    Amount("$1.2 billion", 1.2e9),
    Amount("USD 1.2 billion", 1.2e9),
    Amount("US$1.2bn", 1.2e9),
    Amount("$845.3 million", 845.3e6),
    Amount("nine hundred million dollars", 9e8),
    Amount("$1,250 million", 1.25e9),
)
EN_PERIODS = (
    Period("in 2023", "2023-01", "2023-12"),
    Period("last year", "2024-01", "2024-12"),
    Period("in January-September 2024", "2024-01", "2024-09"),
    Period("in the first half of 2024", "2024-01", "2024-06"),
    Period("in the first nine months of 2024", "2024-01", "2024-09"),
    Period("in the first quarter of 2024", "2024-01", "2024-03"),
)
EN_VERBS = (
    ("amounted to", "exact"),
    ("reached", "exact"),
    ("totalled", "exact"),
    ("exceeded", "over"),
    ("was about", "about"),
    ("came to almost", "under"),
    ("topped", "over"),
)
EN_PAIRS = (
    "trade between Belarus and Kazakhstan",
    "Belarus-Kazakhstan trade",
    "bilateral trade of Kazakhstan and Belarus",
)


@pytest.mark.parametrize(
    ("text", "amount", "period", "approx"),
    [
        (
            f"{pair[:1].upper()}{pair[1:]} {verb} {amount.text} {period.text}.",
            amount,
            period,
            approx,
        )
        for index, (amount, period, (verb, approx), pair) in enumerate(
            itertools.product(EN_AMOUNTS, EN_PERIODS, EN_VERBS, EN_PAIRS)
        )
        if index % 5 == 0
    ],
)
def test_english_phrasings_give_the_one_right_figure(
    text: str, amount: Amount, period: Period, approx: str
) -> None:
    [fact] = only_turnover(text)
    assert fact["countries"] == ["BY", "KZ"]
    assert fact["amount"] == pytest.approx(amount.value)
    assert fact["period"] == {"from": period.start, "to": period.end}
    assert fact["approx"] == approx
    assert fact["kind"] == "actual"


BE_CASES = (
    ("Тавараабарот Беларусі і Казахстана ў 2023 годзе склаў 1,2 млрд долараў.",
     1.2e9, ("2023-01", "2023-12"), "exact"),
    ("У мінулым годзе тавараабарот паміж Беларуссю і Казахстанам склаў больш за $845 млн.",
     845e6, ("2024-01", "2024-12"), "over"),
    ("За студзень—верасень 2024 года тавараабарот Беларусі з Казахстанам склаў каля $1,2 млрд.",
     1.2e9, ("2024-01", "2024-09"), "about"),
    ("У першым паўгоддзі 2024 года гандаль Беларусі і Узбекістана склаў амаль $300 млн.",
     300e6, ("2024-01", "2024-06"), "under"),
)  # fmt: skip


@pytest.mark.parametrize(("text", "value", "period", "approx"), BE_CASES)
def test_belarusian_phrasings(
    text: str, value: float, period: tuple[str, str], approx: str
) -> None:
    [fact] = only_turnover(text)
    assert fact["amount"] == pytest.approx(value)
    assert fact["period"] == {"from": period[0], "to": period[1]}
    assert fact["approx"] == approx


CHANGES = (
    ("вырос на 12%", 12.0),
    ("увеличился на 12,5%", 12.5),
    ("сократился на 8%", -8.0),
    ("снизился на 8 процентов", -8.0),
    ("вырос в 1,5 раза", 50.0),
    ("увеличился в полтора раза", 50.0),
    ("вырос вдвое", 100.0),
    ("увеличился на треть", 33.3),
    ("упал вдвое", -50.0),
)


@pytest.mark.parametrize(("phrase", "pct"), CHANGES)
@pytest.mark.parametrize("with_amount", [True, False])
def test_changes_with_and_without_an_amount(phrase: str, pct: float, with_amount: bool) -> None:
    tail = " и составил $1,2 млрд" if with_amount else ""
    text = f"В 2024 году товарооборот Беларуси и Казахстана {phrase}{tail}."
    [fact] = only_turnover(text)
    assert fact["change_pct"] == pytest.approx(pct, abs=0.05)
    assert fact["period"] == {"from": "2024-01", "to": "2024-12"}
    if with_amount:
        assert fact["amount"] == pytest.approx(1.2e9)
    else:
        assert fact["amount"] is None and fact["approx"] is None


@pytest.mark.parametrize(
    "text",
    [
        "Trade between Belarus and Kazakhstan grew by 12% in 2024.",
        "In 2024 Belarus-Kazakhstan trade rose 12 percent year on year.",
        "Товарооборот Беларуси и Казахстана в 2024 году вырос на 12% к уровню 2023 года.",
        "В 2024 году товарооборот Беларуси и Казахстана вырос на 12% по сравнению с 2023 годом.",
    ],
)
def test_the_base_of_a_comparison_is_not_the_period(text: str) -> None:
    [fact] = only_turnover(text)
    assert fact["change_pct"] == 12
    assert fact["period"] == {"from": "2024-01", "to": "2024-12"}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Беларусь и Казахстан намерены довести товарооборот до $2 млрд.", "target"),
        ("Стороны договорились нарастить взаимную торговлю до $2 млрд к 2030 году.", "target"),
        ("Цель — вывести товарооборот Беларуси и Казахстана на уровень $2 млрд.", "target"),
        ("Belarus and Kazakhstan aim to raise trade to $2 billion.", "target"),
        ("The sides agreed to bring bilateral trade to $2 billion by 2030.", "target"),
        ("Ожидается, что товарооборот Беларуси и Казахстана в 2025 году превысит $2 млрд.",
         "forecast"),
        ("Товарооборот Беларуси и Казахстана в этом году может достичь $2 млрд.", "forecast"),
        ("Belarus-Kazakhstan trade is expected to reach $2 billion this year.", "forecast"),
        ("Беларусь і Казахстан плануюць давесці тавараабарот да $2 млрд.", "target"),
    ],
)  # fmt: skip
def test_targets_and_forecasts_are_not_actuals(text: str, kind: str) -> None:
    facts = only_turnover(text, title="Belarus and Kazakhstan: Беларусь и Казахстан")
    assert [(f["amount"], f["kind"]) for f in facts] == [(2e9, kind)]


def test_a_forecast_for_a_finished_year_is_a_preliminary_actual() -> None:
    text = (
        "По предварительным данным, товарооборот Беларуси и Казахстана за 2024 год составит "
        "$2 млрд."
    )
    [fact] = only_turnover(text)
    assert fact["kind"] == "actual"


def test_several_figures_of_one_sentence_get_their_own_periods() -> None:
    text = (
        "Товарооборот Беларуси и Казахстана в 2022 году составил $1 млрд, "
        "а в 2023 году — $1,2 млрд."
    )
    facts = only_turnover(text)
    assert sorted((f["amount"], f["period"]["from"]) for f in facts) == [
        (1e9, "2022-01"),
        (1.2e9, "2023-01"),
    ]
    english = (
        "Trade reached $1 billion in 2022 and $1.2 billion in 2023, Belarus and Kazakhstan said."
    )
    assert sorted(f["period"]["from"] for f in only_turnover(english)) == ["2022-01", "2023-01"]


def test_an_actual_and_a_target_in_one_sentence() -> None:
    text = "Товарооборот Беларуси и Казахстана превышает $1,3 млрд, а цель — выйти на $2 млрд."
    facts = only_turnover(text)
    assert sorted((f["amount"], f["kind"], f["approx"]) for f in facts) == [
        (1.3e9, "actual", "over"),
        (2e9, "target", "exact"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Экспорт Беларуси в Казахстан в 2023 году составил $800 млн.",
        "Импорт казахстанских товаров в Беларусь вырос на 15% и составил $300 млн.",
        "Belarus' exports to Kazakhstan reached $800 million in 2023.",
        "Товарооборот Гродненской области с Казахстаном в 2023 году составил $50 млн.",
        "Торговля сельхозпродукцией между Беларусью и Казахстаном выросла до $300 млн.",
        "Товарооборот Беларуси и Китая в 2023 году составил $8 млрд.",
        "Товарооборот Казахстана со странами ЕАЭС в 2023 году составил $28 млрд.",
        "Взаимная торговля стран Таможенного союза выросла на 20%.",
        "Если бы не пандемия, товарооборот Беларуси и Казахстана составил бы $2 млрд.",
        "Казахстанские компании вложили в экономику Беларуси $100 млн.",
        "Инвестиции Беларуси в Казахстан в 2023 году составили $120 млн.",
        "Внешнеторговый оборот Казахстана в 2023 году составил $140 млрд.",
        "На Казахстан пришлось 5% товарооборота Беларуси.",
        "Доля Казахстана в экспорте Беларуси выросла с 3% до 5%.",
        "Торговый дом Беларуси открылся в Казахстане, товарооборот компании — $5 млн.",
        "За 30 лет товарооборот Беларуси и Казахстана вырос в 8 раз.",
    ],
)
def test_what_is_not_the_turnover_of_a_pair(text: str) -> None:
    assert only_turnover(text, title="Беларусь и Казахстан: торговля и кооперация") == []


def test_a_figure_told_again_in_a_summary_is_one_fact() -> None:
    text = (
        "В 2023 году товарооборот Беларуси и Казахстана вырос на 10% и превысил $1,2 млрд. "
        "Министры обсудили кооперацию. "
        "Напомним, товарооборот двух стран в 2023 году составил более 1,2 млрд долларов."
    )
    [fact] = only_turnover(text)
    assert (fact["amount"], fact["change_pct"], fact["approx"]) == (1.2e9, 10, "over")


def test_the_pair_is_the_one_the_sentence_names() -> None:
    text = (
        "Беларусь и Казахстан обсудили кооперацию. "
        "Товарооборот Беларуси и Узбекистана в 2023 году составил $1,1 млрд. "
        "Товарооборот Беларуси и Казахстана в 2023 году составил $1,3 млрд."
    )
    facts = only_turnover(text)
    assert sorted((tuple(f["countries"]), f["amount"]) for f in facts) == [
        (("BY", "KZ"), 1.3e9),
        (("BY", "UZ"), 1.1e9),
    ]


def test_a_change_said_of_the_figure_before_belongs_to_it() -> None:
    text = (
        "Товарооборот Беларуси и Казахстана за 9 месяцев 2024 года составил $1 млрд. "
        "Это на 12% больше, чем годом ранее."
    )
    [fact] = only_turnover(text)
    assert (fact["amount"], fact["change_pct"]) == (1e9, 12)
    assert fact["period"] == {"from": "2024-01", "to": "2024-09"}
