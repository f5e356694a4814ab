"""A database a careful analyst would check the bot against: several outlets, periods,
conflicting statistics, undated statements, targets, and one plant told many times.

Facts are stored as the extractor's output contract gives them (built here by hand, so the
tests do not depend on one extractor version); each fact's quote is a sentence of its article.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime

from bot.app import App
from news.extract import EXTRACTOR_VERSION
from storage import Analysis, NewArticle, ProjectRecord, TurnoverRecord

PAIR = "BY-KZ"


@dataclass(frozen=True)
class T:
    """A turnover fact: its sentence (a sentence of the article) and what it states."""

    quote: str
    amount: float | None
    period: tuple[str, str] | None
    kind: str = "actual"
    approx: str | None = "exact"
    change: float | None = None
    currency: str | None = "USD"


@dataclass(frozen=True)
class P:
    quote: str
    status: str
    subject: str
    count: int | None = None
    value: float | None = None
    jobs: int | None = None
    companies: tuple[str, ...] = ()
    places: tuple[str, ...] = ()


@dataclass(frozen=True)
class A:
    url: str
    outlet: str
    published: datetime
    title: str
    text: str
    story: str
    facts: tuple[T | P, ...] = field(default=())


def day(year: int, month: int, day_: int) -> datetime:
    return datetime(year, month, day_, 9, 0, tzinfo=UTC)


S2024 = "В 2024 году товарооборот Беларуси и Казахстана вырос на 8% и составил $1,3 млрд."
S2024_KURSIV = "Товарооборот двух стран в 2024 году составил 1,3 млрд долларов, рост — 8%."
S2024_KZ = (
    "По данным Бюро национальной статистики Казахстана, в 2024 году товарооборот "
    "с Беларусью составил $1,25 млрд."
)
S9M2025 = "За девять месяцев 2025 года товарооборот вырос на 12% и достиг $1,05 млрд."
S9M2024 = "За январь–сентябрь 2024 года товарооборот Беларуси и Казахстана составил $940 млн."
S8M2025 = "За восемь месяцев 2025 года товарооборот Беларуси и Казахстана вырос на 20%."
SUNDATED = "Товарооборот между странами уже достиг 1 млрд долларов, но есть куда стремиться."
STARGET = "Олжас Бектенов поставил задачу нарастить товарооборот до $3 млрд к 2030 году."
SFORECAST = "Ожидается, что в 2025 году товарооборот превысит $1,4 млрд."
S2023 = "По итогам 2023 года товарооборот Беларуси и Казахстана составил $1,2 млрд."
PLANT = "В Костанае запущено совместное производство комбайнов «Гомсельмаш»."
PLANT_VALUE = "Стоимость проекта — $25 млн, создано 150 рабочих мест."
PLANT_ASSEMBLY = "Сборка белорусских комбайнов в Костанае идёт с опережением графика."
PLANT_RETOLD = "В Костанае начали сборку белорусских комбайнов Гомсельмаш."
PLANT_LATER = "Совместное производство комбайнов в Костанае вышло на проектную мощность."
TRACTORS = "В Кокшетау планируется производство тракторов МТЗ стоимостью около $40 млн."
VENTURES_2013 = "В настоящее время в Казахстане действуют 80 совместных предприятий."
PARK_2013 = "Стороны договорились о создании индустриального парка в Кокшетау."

ARTICLES: tuple[A, ...] = (
    A(
        "https://belta.by/2023",
        "БелТА",
        day(2024, 2, 10),
        "Итоги 2023 года",
        f"{S2023} Стороны довольны.",
        "2023",
        (T(S2023, 1.2e9, ("2023-01", "2023-12")),),
    ),
    A(
        "https://belta.by/2024",
        "БелТА",
        day(2025, 2, 10),
        "Итоги 2024 года: рост на 8%",
        f"{S2024} Об этом сообщил Белстат.",
        "2024",
        (T(S2024, 1.3e9, ("2024-01", "2024-12"), change=8),),
    ),
    A(
        "https://inform.kz/2024",
        "Kazinform",
        day(2025, 2, 11),
        "Товарооборот с Беларусью вырос на 8%",
        f"Министр торговли подвёл итоги. {S2024}",
        "2024",
        (T(S2024, 1.3e9, ("2024-01", "2024-12"), change=8),),
    ),
    A(
        "https://kursiv.media/2024",
        "Курсив",
        day(2025, 2, 12),
        "Беларусь и Казахстан: итоги торговли",
        f"{S2024_KURSIV} Больше всего выросли поставки техники.",
        "2024",
        (T(S2024_KURSIV, 1.3e9, ("2024-01", "2024-12"), change=8),),
    ),
    A(
        "https://sputnik.kz/2024",
        "Sputnik Казахстан",
        day(2025, 2, 15),
        "Казахстанская статистика о торговле с Беларусью",
        f"{S2024_KZ} Белорусская статистика даёт другую цифру.",
        "2024kz",
        (T(S2024_KZ, 1.25e9, ("2024-01", "2024-12")),),
    ),
    A(
        "https://belta.by/9m2024",
        "БелТА",
        day(2024, 10, 25),
        "Товарооборот за девять месяцев",
        S9M2024,
        "9m2024",
        (T(S9M2024, 9.4e8, ("2024-01", "2024-09")),),
    ),
    A(
        "https://tengrinews.kz/8m2025",
        "Tengrinews",
        day(2025, 9, 20),
        "Торговля растёт",
        S8M2025,
        "8m2025",
        (T(S8M2025, None, ("2025-01", "2025-08"), approx=None, change=20, currency=None),),
    ),
    A(
        "https://inform.kz/9m2025",
        "Kazinform",
        day(2025, 10, 20),
        "Товарооборот за девять месяцев 2025 года",
        f"{S9M2025} Растут поставки продовольствия.",
        "9m2025",
        (T(S9M2025, 1.05e9, ("2025-01", "2025-09"), change=12),),
    ),
    A(
        "https://centralasia.news/said",
        "CentralAsia",
        day(2025, 11, 1),
        "Лукашенко: есть куда стремиться",
        f"Президент Беларуси встретился с делегацией. {SUNDATED}",
        "said",
        (T(SUNDATED, 1e9, None),),
    ),
    A(
        "https://kursiv.media/target",
        "Курсив",
        day(2025, 5, 1),
        "Цель — три миллиарда",
        f"{STARGET} {SFORECAST}",
        "target",
        (
            T(STARGET, 3e9, ("2030-01", "2030-12"), kind="target"),
            T(SFORECAST, 1.4e9, ("2025-01", "2025-12"), kind="forecast", approx="over"),
        ),
    ),
    A(
        "https://altynorda.kz/2013",
        "Алтынорда",
        day(2013, 6, 5),
        "Переговоры в Минске",
        f"{VENTURES_2013} {PARK_2013}",
        "2013",
        (
            P(VENTURES_2013, "underway", "совместные предприятия", count=80, places=("Казахстан",)),
            P(PARK_2013, "planned", "индустриальный парк", places=("Кокшетау",)),
        ),
    ),
    A(
        "https://belta.by/plant",
        "БелТА",
        day(2025, 3, 1),
        "В Костанае запущен завод комбайнов",
        f"{PLANT} {PLANT_VALUE} {PLANT_ASSEMBLY}",
        "plant",
        (
            P(
                PLANT,
                "done",
                "совместное производство комбайнов",
                companies=("Гомсельмаш",),
                places=("Костанай",),
            ),
            P(PLANT_VALUE, "done", "проект", value=25e6, jobs=150),
            P(PLANT_ASSEMBLY, "underway", "сборка белорусских комбайнов", places=("Костанай",)),
        ),
    ),
    A(
        "https://inform.kz/plant",
        "Kazinform",
        day(2025, 3, 2),
        "Гомсельмаш собирает комбайны в Костанае",
        f"{PLANT_RETOLD} Первые машины получат фермеры области.",
        "plant",
        (
            P(
                PLANT_RETOLD,
                "done",
                "сборка белорусских комбайнов",
                companies=("Гомсельмаш",),
                places=("Костанай",),
            ),
        ),
    ),
    A(
        "https://kursiv.media/plant",
        "Курсив",
        day(2025, 9, 1),
        "Костанайский завод вышел на мощность",
        f"{PLANT_LATER} Завод выпускает по 300 машин в год.",
        "plant-later",
        (P(PLANT_LATER, "done", "совместное производство комбайнов", places=("Костанай",)),),
    ),
    A(
        "https://belta.by/tractors",
        "БелТА",
        day(2025, 4, 15),
        "Тракторы МТЗ в Кокшетау",
        f"{TRACTORS} Соглашение подписано.",
        "tractors",
        (
            P(
                TRACTORS,
                "planned",
                "производство тракторов",
                value=40e6,
                companies=("МТЗ",),
                places=("Кокшетау",),
            ),
        ),
    ),
)

NOW = datetime(2025, 12, 1, tzinfo=UTC)


async def load(app: App, articles: tuple[A, ...] = ARTICLES) -> dict[str, int]:
    """Store the articles and their facts; returns each story's id by its name."""
    stories: dict[str, int] = {}
    for article in sorted(articles, key=lambda a: a.published):
        [article_id] = await app.articles.add_many(
            [
                NewArticle(
                    url=article.url,
                    title=article.title,
                    outlet=article.outlet,
                    summary=article.text,
                    body=article.text,
                    published_at=article.published,
                    fetched_at=article.published,
                    content_hash=hashlib.sha1(article.url.encode()).hexdigest(),
                )
            ]
        )
        if article.story in stories:
            await app.analysis.extend_story(stories[article.story], article.published)
        else:
            stories[article.story] = await app.analysis.create_story(
                article.title, ("BY", "KZ"), article.published
            )
        await app.analysis.save(article_id, _analysis(article), stories[article.story])
    return stories


def _analysis(article: A) -> Analysis:
    turnover = tuple(
        TurnoverRecord(
            pair=PAIR,
            amount=f.amount,
            currency=f.currency,
            approx=f.approx,
            period_from=f.period[0] if f.period else None,
            period_to=f.period[1] if f.period else None,
            change_pct=f.change,
            kind=f.kind,
            quote=f.quote,
        )
        for f in article.facts
        if isinstance(f, T)
    )
    projects = tuple(
        ProjectRecord(
            pair=PAIR,
            status=f.status,
            count=f.count,
            value=f.value,
            currency="USD" if f.value else None,
            jobs=f.jobs,
            companies=f.companies,
            places=f.places,
            subject=f.subject,
            quote=f.quote,
        )
        for f in article.facts
        if isinstance(f, P)
    )
    return Analysis(
        relevant=True,
        countries=("BY", "KZ"),
        facts_json=json.dumps({"people": []}),
        extractor_version=EXTRACTOR_VERSION,
        signature=None,
        turnover=turnover,
        projects=projects,
    )


def texts_by_url(articles: tuple[A, ...] = ARTICLES) -> dict[str, str]:
    return {a.url: f"{a.title}\n{a.text}" for a in articles}
