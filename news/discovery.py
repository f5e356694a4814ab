"""Feed discovery on HTML pages, and OPML import/export. Pure: bytes in, data out."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urljoin
from xml.sax.saxutils import quoteattr

import lxml.html
from lxml import etree

_FEED_TYPES = {"application/rss+xml", "application/atom+xml", "application/feed+json"}


class OPMLError(ValueError):
    pass


@dataclass(frozen=True, slots=True)
class OPMLEntry:
    url: str
    title: str


def feed_links(html: bytes, base_url: str) -> list[str]:
    """Feeds a page announces with <link rel="alternate" type="application/rss+xml">."""
    try:
        document = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return []
    found: list[str] = []
    for link in document.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        kind = (link.get("type") or "").lower().split(";")[0].strip()
        href = link.get("href")
        if "alternate" in rel and kind in _FEED_TYPES and href:
            absolute = urljoin(base_url, href.strip())
            if absolute not in found:
                found.append(absolute)
    return found


def build_opml(entries: list[OPMLEntry], title: str = "coopnews sources") -> bytes:
    outlines = "\n".join(
        f'    <outline type="rss" text={quoteattr(e.title or e.url)} '
        f"title={quoteattr(e.title or e.url)} xmlUrl={quoteattr(e.url)}/>"
        for e in entries
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0">\n'
        f"  <head><title>{title}</title></head>\n  <body>\n{outlines}\n  </body>\n</opml>\n"
    ).encode()


def parse_opml(data: bytes) -> list[OPMLEntry]:
    """Every outline with an xmlUrl, nested folders included. No entities, no network."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        raise OPMLError(f"not a valid OPML document: {error}") from None
    if root.tag.lower() != "opml":
        raise OPMLError("not an OPML document (no <opml> root)")
    entries = []
    for outline in root.iter("outline"):
        url = (outline.get("xmlUrl") or outline.get("xmlurl") or "").strip()
        if url:
            title = (outline.get("title") or outline.get("text") or "").strip()
            entries.append(OPMLEntry(url, title))
    return entries
