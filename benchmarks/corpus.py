"""A varied article corpus built from the seed articles and the extraction test phrasings."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from html import escape
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "tests" / "fixtures" / "seeds"
EXTRA = ROOT / "tests" / "fixtures" / "retellings"

PHRASES = [
    "Товарооборот между Беларусью и Казахстаном в {year} году составил {n} миллиарда долларов.",
    "Взаимная торговля Казахстана и Узбекистана за январь–октябрь {year} года достигла "
    "${n} млрд, увеличившись на {p}%.",
    "Белорусско-кыргызский товарооборот в первом полугодии сократился на {p}% и составил "
    "{n} млрд долларов США.",
    "По словам министра, в этом году товарооборот Беларуси и Таджикистана превысит ${m} млн.",
    "Стороны поставили цель нарастить товарооборот Беларуси и Армении до ${n} млрд.",
    "На стадии реализации находятся {k} белорусско-казахстанских проектов на сумму ${m} млн.",
    "Беларусь и Казахстан планируют открыть в Костанае совместное предприятие по выпуску "
    "тракторов стоимостью ${m} млн с созданием {k}00 рабочих мест.",
    "Trade turnover between Belarus and Kazakhstan exceeded USD {n} billion in {year}.",
]
SWAPS = [
    ("Казахстан", "Узбекистан"),
    ("Кыргызстан", "Таджикистан"),
    ("Бектенов", "Арипов"),
    ("Кокшетау", "Самарканд"),
]


@dataclass(frozen=True)
class Article:
    title: str
    text: str


def base_articles() -> list[Article]:
    articles = []
    for path in [*sorted(SEEDS.glob("*.txt")), *sorted(EXTRA.glob("*.txt"))]:
        lines = [line for line in path.read_text("utf-8").splitlines() if line.strip()]
        title = next(line for line in lines if len(line.split()) >= 5)
        articles.append(Article(title, "\n\n".join(line for line in lines if line != title)))
    return articles


def corpus(size: int, seed: int = 1) -> list[Article]:
    """`size` distinct articles: seeds with swapped names, reordered paragraphs and new figures."""
    rng = random.Random(seed)
    bases = base_articles()
    result = []
    for index in range(size):
        base = bases[index % len(bases)]
        paragraphs = base.text.split("\n\n")
        rng.shuffle(paragraphs)
        phrase = rng.choice(PHRASES).format(
            year=rng.randint(2015, 2025),
            n=f"{rng.randint(1, 9)},{rng.randint(1, 9)}",
            m=rng.randint(10, 900),
            p=rng.randint(2, 40),
            k=rng.randint(2, 30),
        )
        text = "\n\n".join([phrase, *paragraphs])
        if rng.random() < 0.5:
            old, new = rng.choice(SWAPS)
            text = text.replace(old, new)
        result.append(Article(f"{base.title} ({index})", text))
    return result


def rss_documents(articles: list[Article], per_feed: int = 100) -> list[bytes]:
    start = datetime(2024, 1, 1, tzinfo=UTC)
    documents = []
    for offset in range(0, len(articles), per_feed):
        items = []
        for number, article in enumerate(articles[offset : offset + per_feed], start=offset):
            when = format_datetime(start + timedelta(hours=number))
            body = "".join(f"<p>{escape(p)}</p>" for p in article.text.split("\n\n"))
            items.append(
                f"<item><title>{escape(article.title)}</title>"
                f"<link>https://bench.example.org/{number}</link>"
                f"<pubDate>{when}</pubDate><description>{escape(body)}</description></item>"
            )
        documents.append(
            (
                '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
                f"<title>Bench</title>{''.join(items)}</channel></rss>"
            ).encode()
        )
    return documents
