"""HTML fragments to plain text, and small text helpers."""

from __future__ import annotations

import hashlib
import re

import lxml.html
from lxml import etree

_BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "blockquote",
        "section",
        "article",
        "figure",
        "figcaption",
        "table",
        "hr",
        "pre",
    }
)
_DROP_TAGS = ("script", "style", "noscript", "iframe", "object", "embed", "svg", "form")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u2009\u202f]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")


def html_to_text(fragment: str) -> str:
    """Readable plain text from an HTML fragment: blocks become paragraphs, tags vanish."""
    if not fragment or not fragment.strip():
        return ""
    if "<" not in fragment and "&" not in fragment:
        return normalize_space(fragment)
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return normalize_space(re.sub(r"<[^>]*>", " ", fragment))
    for element in root.iter(*_DROP_TAGS):
        element.drop_tree()
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _BLOCK_TAGS:
            element.tail = "\n\n" + (element.tail or "")
    return normalize_space(root.text_content())


def normalize_space(text: str) -> str:
    """Collapse runs of spaces, keep paragraph breaks (one blank line)."""
    lines = [_SPACES.sub(" ", line).strip() for line in text.replace("\r\n", "\n").split("\n")]
    joined = "\n".join(lines)
    return _BLANK_LINES.sub("\n\n", joined).strip()


def content_hash(*parts: str) -> str:
    """Stable fingerprint of an article's text, insensitive to spacing and case."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(" ".join(part.lower().split()).encode("utf-8"))
        digest.update(b"\x00")
    return digest.hexdigest()


def guess_language(text: str) -> str | None:
    """'ru' or 'en' by script; the bot's outlets publish in these two (Kazakh is rare in feeds)."""
    letters = [ch for ch in text[:2000] if ch.isalpha()]
    if not letters:
        return None
    cyrillic = sum(1 for ch in letters if "\u0400" <= ch <= "\u04ff")
    if cyrillic / len(letters) > 0.5:
        kazakh = sum(1 for ch in letters if ch in "әғқңөұүһіӘҒҚҢӨҰҮҺІ")
        return "kk" if kazakh / len(letters) > 0.02 else "ru"
    return "en"
