"""Rebuild bot/data/sample_feed.xml from the seed articles in ../shared/seeds.

Run from the repository root: python scripts/build_sample_feed.py [SEEDS_DIR]
"""

from __future__ import annotations

import json
import sys
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from html import escape
from pathlib import Path

# Who published each seed, read off the texts themselves.
OUTLETS = {
    "000": ("БелТА", "https://www.belta.by/"),
    "001": ("Optimism.kz", "https://optimism.kz/"),
    "002": ("Алтынорда", "https://altynorda.kz/"),
    "003": ("СТВ", "https://ctv.by/"),
    "004": ("CentralAsia", "https://centralasia.news/"),
}
MINSK = timezone(timedelta(hours=3))


def split_article(text: str) -> tuple[str, list[str]]:
    lines = [line.strip() for line in text.splitlines()]
    # Site banners come first in some seeds ("АЛТЫНОРДА / Новости Казахстана"): the
    # headline is the first line that reads like a sentence.
    title_index = next(i for i, line in enumerate(lines) if len(line.split()) >= 5)
    paragraphs = [line for line in lines[title_index + 1 :] if line]
    return lines[title_index], paragraphs


def build(seeds: Path) -> str:
    expected = json.loads((seeds / "expected.json").read_text("utf-8"))["articles"]
    items = []
    for path in sorted(seeds.glob("*.txt")):
        title, paragraphs = split_article(path.read_text("utf-8"))
        outlet, outlet_url = OUTLETS[path.name[:3]]
        published = datetime.fromisoformat(expected[path.name]["published"]).replace(
            hour=12, tzinfo=MINSK
        )
        body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
        items.append(
            f"""  <item>
   <title>{escape(title)}</title>
   <link>https://example.org/coopnews/sample/{path.stem}</link>
   <guid isPermaLink="false">coopnews-sample-{path.stem}</guid>
   <pubDate>{format_datetime(published)}</pubDate>
   <source url="{outlet_url}">{escape(outlet)}</source>
   <description>{escape(paragraphs[0])}</description>
   <content:encoded><![CDATA[{body}]]></content:encoded>
  </item>"""
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">\n'
        " <channel>\n"
        "  <title>coopnews sample news</title>\n"
        "  <link>https://example.org/coopnews/sample/</link>\n"
        "  <description>Real articles bundled for offline use</description>\n"
        "  <language>ru</language>\n" + "\n".join(items) + "\n </channel>\n</rss>\n"
    )


if __name__ == "__main__":
    seeds_dir = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/seeds")
    target = Path("bot/data/sample_feed.xml")
    target.write_text(build(seeds_dir), "utf-8")
    print(f"wrote {target}")
