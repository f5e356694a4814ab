"""Extraction on the seed articles (against expected.json) and on every phrasing we support."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from news.extract import extract, split_sentences
from news.morph import lemmas

SEEDS = Path(__file__).parent / "fixtures" / "seeds"
EXPECTED = json.loads((SEEDS / "expected.json").read_text("utf-8"))["articles"]
EXACT_TURNOVER = ("countries", "amount", "currency", "approx", "period", "change_pct", "kind")
EXACT_PROJECT = ("countries", "status", "count", "value", "currency", "jobs", "companies", "places")
_STOP = {"и", "в", "с", "на", "для", "по"}


def loosely_same(expected: str, actual: str) -> bool:
    """Subjects and roles are written by people: share at least half the content lemmas."""
    wanted = {lemma for lemma in lemmas(expected.lower()) if lemma not in _STOP}
    got = {lemma for lemma in lemmas(actual.lower()) if lemma not in _STOP}
    return len(wanted & got) * 2 >= min(len(wanted), len(got))


def pick(fact: dict[str, Any], keys: tuple[str, ...]) -> tuple[Any, ...]:
    return tuple(json.dumps(fact[key], sort_keys=True) for key in keys)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_seed_matches_what_a_careful_reader_takes(name: str) -> None:
    expected = EXPECTED[name]
    facts = extract(
        (SEEDS / name).read_text("utf-8"), published=date.fromisoformat(expected["published"])
    ).as_dict()
    assert facts["relevant"] == expected["relevant"]
    assert facts["countries"] == expected["countries"]

    assert sorted(pick(f, EXACT_TURNOVER) for f in facts["turnover"]) == sorted(
        pick(f, EXACT_TURNOVER) for f in expected["turnover"]
    )
    for fact in facts["turnover"]:
        assert fact["quote"] in (SEEDS / name).read_text("utf-8")

    assert len(facts["projects"]) == len(expected["projects"])
    for wanted in expected["projects"]:
        matches = [
            p for p in facts["projects"] if pick(p, EXACT_PROJECT) == pick(wanted, EXACT_PROJECT)
        ]
        assert matches, f"no project like {wanted}; got {facts['projects']}"
        assert any(loosely_same(wanted["subject"], p["subject"]) for p in matches), (
            wanted["subject"],
            [p["subject"] for p in matches],
        )

    people = {person["name"]: person for person in facts["people"]}
    assert set(people) == {person["name"] for person in expected["people"]}
    for wanted in expected["people"]:
        got = people[wanted["name"]]
        assert got["country"] == wanted["country"]
        assert loosely_same(wanted["role"], got["role"] or "")


def turnover_of(text: str, published: str = "2024-12-01") -> list[dict[str, Any]]:
    facts = extract(text, published=date.fromisoformat(published)).as_dict()
    return [{k: v for k, v in fact.items() if k != "quote"} for fact in facts["turnover"]]


def period(start: str, end: str) -> dict[str, str]:
    return {"from": start, "to": end}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Товарооборот между Беларусью и Казахстаном в 2023 году составил 1 миллиард долларов.",
            "2024-03-01",
            {"amount": 1_000_000_000, "approx": "exact", "period": period("2023-01", "2023-12")},
        ),
        (
            "Взаимная торговля Казахстана и Узбекистана за январь–октябрь 2024 года достигла "
            "$3,6 млрд, увеличившись на 12%.",
            "2024-11-20",
            {
                "countries": ["KZ", "UZ"],
                "amount": 3_600_000_000,
                "change_pct": 12.0,
                "period": period("2024-01", "2024-10"),
            },
        ),
        (
            "Белорусско-кыргызский товарооборот в первом полугодии сократился на 9,3% и составил "
            "0,9 млрд долларов США.",
            "2024-08-01",
            {
                "countries": ["BY", "KG"],
                "amount": 900_000_000,
                "change_pct": -9.3,
                "period": period("2024-01", "2024-06"),
            },
        ),
        (
            "В I квартале товарооборот Беларуси и Армении вырос в 1,5 раза, до 166 миллионов "
            "долларов.",
            "2024-05-10",
            {
                "countries": ["AM", "BY"],
                "amount": 166_000_000,
                "change_pct": 50.0,
                "period": period("2024-01", "2024-03"),
            },
        ),
        (
            "Товарооборот между Россией и Казахстаном в прошлом году составил около $28 млрд.",
            "2025-02-01",
            {"countries": ["KZ", "RU"], "approx": "about", "period": period("2024-01", "2024-12")},
        ),
        (
            "По словам министра, в этом году товарооборот Беларуси и Таджикистана превысит "
            "$150 млн.",
            "2024-09-01",
            {
                "countries": ["BY", "TJ"],
                "approx": "over",
                "kind": "forecast",
                "period": period("2024-01", "2024-12"),
            },
        ),
        (
            "Стороны поставили цель нарастить товарооборот Беларуси и Узбекистана до $2 млрд.",
            "2024-09-01",
            {"countries": ["BY", "UZ"], "amount": 2_000_000_000, "kind": "target", "period": None},
        ),
        (
            "Товарооборот Беларуси и Казахстана — 1 млрд 200 млн долларов.",
            "2024-09-01",
            {"amount": 1_200_000_000, "approx": "exact", "kind": "actual"},
        ),
        (
            "Товарооборот Белоруссии с Киргизией почти достиг 400 млн долларов.",
            "2024-09-01",
            {"countries": ["BY", "KG"], "approx": "under", "amount": 400_000_000},
        ),
        (
            "Товарооборот РБ и РК за 11 месяцев составил порядка $1 млрд.",
            "2024-12-20",
            {"countries": ["BY", "KZ"], "approx": "about", "period": period("2024-01", "2024-11")},
        ),
        (
            "Минск и Астана наторговали в январе-сентябре на 1,1 млрд долларов.",
            "2024-10-15",
            {
                "countries": ["BY", "KZ"],
                "amount": 1_100_000_000,
                "period": period("2024-01", "2024-09"),
            },
        ),
        (
            "Trade turnover between Belarus and Kazakhstan exceeded USD 6.5 billion in 2023.",
            "2024-02-01",
            {"amount": 6_500_000_000, "approx": "over", "period": period("2023-01", "2023-12")},
        ),
        (
            "Bilateral trade between Kazakhstan and Kyrgyzstan reached $896m in the first half "
            "of 2024, up 8%.",
            "2024-08-01",
            {
                "countries": ["KG", "KZ"],
                "amount": 896_000_000,
                "change_pct": 8.0,
                "period": period("2024-01", "2024-06"),
            },
        ),
        (
            "Ожидается, что товарооборот Казахстана и Беларуси по итогам года составит "
            "1,5 млрд долларов.",
            "2024-10-01",
            {"amount": 1_500_000_000, "kind": "forecast"},
        ),
    ],
)
def test_turnover_phrasings(text: str, published: str, expected: dict[str, Any]) -> None:
    [fact] = turnover_of(text, published)
    assert {key: fact[key] for key in expected} == expected
    assert fact["currency"] == "USD"


def test_summary_repeat_is_one_fact() -> None:
    text = (
        "Товарооборот Беларуси и Казахстана в прошлом году вырос на 23% и превысил $1 млрд.\n\n"
        "Заключение\n\nИтак, двусторонний товарооборот в прошлом году вырос на 23%, достигнув "
        "отметки $1 млрд."
    )
    [fact] = turnover_of(text, "2023-06-21")
    assert fact["approx"] == "over"
    assert fact["period"] == period("2022-01", "2022-12")


def test_a_figure_without_trade_words_is_not_turnover() -> None:
    assert turnover_of("Казахстан и Беларусь реализовали 8 проектов на сумму $180 млн.") == []


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("Переговоры Беларуси и Казахстана о торговле и кооперации.", ["BY", "KZ"]),
        ("Белоруссия и Киргизия обсудили торговлю и промышленную кооперацию.", ["BY", "KG"]),
        ("Белорусско-казахстанское сотрудничество: торговля и инвестиции.", ["BY", "KZ"]),
        ("Казахстанско-белорусский бизнес-форум обсудил экспорт и проекты.", ["BY", "KZ"]),
        ("РБ и РК подписали соглашение о торговле и инвестициях.", ["BY", "KZ"]),
        ("Ташкент и Минск договорились о поставках техники и торговле.", ["BY", "UZ"]),
        (
            "На полях саммита в Астане премьеры Беларуси и Кыргызстана обсудили торговлю и "
            "совместные проекты.",
            ["BY", "KG"],
        ),
        ("Belarus and Kazakhstan discussed trade and industrial cooperation.", ["BY", "KZ"]),
    ],
)
def test_countries_in_any_form(text: str, countries: list[str]) -> None:
    facts = extract(text)
    assert facts.relevant
    assert list(facts.countries) == countries


@pytest.mark.parametrize(
    "text",
    [
        "В Минске прошёл концерт казахстанских музыкантов.",
        "Беларусь нарастила экспорт молочной продукции в Китай.",
        "Погода в Астане: снег и ветер.",
    ],
)
def test_not_about_cooperation(text: str) -> None:
    assert not extract(text).relevant


def projects_of(text: str) -> list[dict[str, Any]]:
    return extract(text, published=date(2024, 6, 1)).as_dict()["projects"]


def test_project_with_value_jobs_company_and_place() -> None:
    [project] = projects_of(
        "Беларусь и Казахстан планируют открыть в Костанае совместное предприятие по выпуску "
        "тракторов стоимостью $30 млн с созданием 300 рабочих мест, партнёром выступит ОАО «МТЗ»."
    )
    assert project["status"] == "planned"
    assert project["value"] == 30_000_000 and project["currency"] == "USD"
    assert project["jobs"] == 300
    assert project["places"] == ["Костанай"]
    assert "МТЗ" in project["companies"]
    assert "предприятие" in project["subject"]


@pytest.mark.parametrize(
    ("text", "status", "count"),
    [
        ("В Казахстане с участием Беларуси построен завод сельхозтехники.", "done", None),
        (
            "На стадии реализации находятся 12 белорусско-казахстанских проектов "
            "на сумму $450 млн.",
            "underway",
            12,
        ),
        (
            "Белорусская сторона предложила Узбекистану создать совместный кластер.",
            "proposed",
            None,
        ),
        (
            "В Бишкеке введён в эксплуатацию совместный белорусско-кыргызский завод лифтов.",
            "done",
            None,
        ),
    ],
)
def test_project_statuses(text: str, status: str, count: int | None) -> None:
    [project] = projects_of(text)
    assert (project["status"], project["count"]) == (status, count)


def test_talk_of_projects_is_not_a_project() -> None:
    text = (
        "Беларусь и Кыргызстан могли бы реализовать конкретные двусторонние проекты. "
        "Стороны обсудили перспективы сотрудничества в области производства техники."
    )
    assert projects_of(text) == []


def test_sentences_keep_initials_and_abbreviations() -> None:
    text = "Это сказал С.Ахметов в г. Кокшетау. Объём вырос до 1,2 млрд. долларов. Конец!"
    assert split_sentences(text) == [
        "Это сказал С.Ахметов в г. Кокшетау.",
        "Объём вырос до 1,2 млрд. долларов.",
        "Конец!",
    ]


def test_people_in_the_nominative_are_not_mangled() -> None:
    text = (Path(__file__).parent / "fixtures" / "retellings" / "kazinform_000.txt").read_text()
    people = extract(text).as_dict()["people"]
    assert sorted(p["name"] for p in people) == ["Олжас Бектенов", "Роман Головченко"]
