"""Builders of fixture feeds, in any encoding."""

from __future__ import annotations

import random
from dataclasses import dataclass
from html import escape


@dataclass(frozen=True)
class Item:
    title: str
    link: str
    description: str = ""
    pub_date: str = "Thu, 14 Nov 2024 10:00:00 +0300"
    guid: str | None = None
    content: str | None = None


def rss(items: list[Item], *, title: str = "Test feed", encoding: str = "utf-8") -> bytes:
    parts = [
        f'<?xml version="1.0" encoding="{encoding}"?>',
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
        f"<channel><title>{escape(title)}</title><link>https://example.org/</link>",
    ]
    for item in items:
        parts.append("<item>")
        parts.append(f"<title>{escape(item.title)}</title><link>{escape(item.link)}</link>")
        if item.description:
            parts.append(f"<description>{escape(item.description)}</description>")
        if item.content:
            parts.append(f"<content:encoded><![CDATA[{item.content}]]></content:encoded>")
        if item.guid:
            parts.append(f'<guid isPermaLink="false">{escape(item.guid)}</guid>')
        parts.append(f"<pubDate>{item.pub_date}</pubDate></item>")
    parts.append("</channel></rss>")
    return "\n".join(parts).encode(encoding)


def atom(entries: list[Item], *, title: str = "Atom feed") -> bytes:
    body = "".join(
        f'<entry><title>{escape(e.title)}</title><link href="{escape(e.link)}"/>'
        f"<id>{escape(e.guid or e.link)}</id><updated>2024-11-14T07:00:00Z</updated>"
        f"<summary>{escape(e.description)}</summary></entry>"
        for e in entries
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        f'<feed xmlns="http://www.w3.org/2005/Atom"><title>{escape(title)}</title>'
        f"<id>urn:test</id><updated>2024-11-14T07:00:00Z</updated>{body}</feed>"
    ).encode()


_GOODS = (
    "комбайнов", "тракторов", "лифтов", "автобусов", "удобрений", "молока", "шин",
    "погрузчиков", "самосвалов", "станков", "мебели", "лекарств", "электродвигателей",
    "троллейбусов", "холодильников", "цемента", "зерна", "сахара", "текстиля", "стекла",
)  # fmt: skip
_REGIONS = (
    "Костанайской", "Карагандинской", "Павлодарской", "Акмолинской", "Туркестанской",
    "Гомельской", "Минской", "Брестской", "Витебской", "Гродненской", "Могилёвской",
    "Жамбылской", "Атырауской", "Мангистауской", "Абайской", "Улытауской",
)  # fmt: skip


_TAIL_WORDS = (
    "логистика таможня вагоны контейнеры элеватор терминал склад порт биржа тендер лизинг "
    "кредит банк страховка сертификат стандарт лаборатория университет студенты стажировка "
    "выставка ярмарка форум делегация губернатор аким район село ферма теплица сад "
    "виноград хлопок пшеница ячмень кукуруза подсолнечник лён картофель свёкла яблоки"
).split()


def cooperation_items(count: int, *, title: str = "Новость", hours_apart: int = 1) -> list[Item]:
    """Distinct, relevant Belarus–Kazakhstan stories, newest first, one per hour."""
    from datetime import UTC, datetime, timedelta
    from email.utils import format_datetime

    newest = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
    items = []
    for n in range(count):
        goods = _GOODS[n % len(_GOODS)]
        region = _REGIONS[(n * 7) % len(_REGIONS)]
        others = [_GOODS[(n + k) % len(_GOODS)] for k in (3, 7, 11)]
        # A tail of its own, so template items never read as retellings of each other.
        tail = " ".join(random.Random(n).sample(_TAIL_WORDS, 12))
        body = (
            "Беларусь и Казахстан обсудили торговлю и кооперацию. "
            f"{region} область закупит {n + 12} "
            f"партий {goods}; ещё {others[0]} и {others[1]} поставят после {n + 3} торгов. "
            f"Склады {others[2]} у {region.lower()} границы откроют {n + 1} числа. {tail}."
        )
        items.append(
            Item(
                f"{title} {n}",
                f"https://belta.by/news/{n}",
                description=body,
                pub_date=format_datetime(newest - timedelta(hours=n * hours_apart)),
            )
        )
    return items
