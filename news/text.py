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
# Page furniture feeds carry in their HTML: share buttons, "read also" boxes, error reports.
_FURNITURE = re.compile(
    r"share|social|sharing|related|read-?also|readmore|read-more|subscribe|error-?report|"
    r"advert|banner|promo|tags\b",
    re.IGNORECASE,
)
# Paragraphs that are site boilerplate, not article text (Russian and English).
_BOILERPLATE = re.compile(
    r"""^\W*(?:
        (?:если\s+вы\s+)?(?:заметили|нашли)\s+ошибку
        | выделите\s+(?:её|ее|его|текст|фрагмент)
        | (?:нажмите|press)\s+ctrl\s*\+\s*enter
        | (?:читайте|смотрите)\s+(?:также|ещё|еще|нас)
        | (?:read|see)\s+(?:also|more)\b
        | also\s+read
        | подпис(?:ывайтесь|ывайся|ывайтесь|аться)\b
        | подпишитесь
        | subscribe\s+to
        | follow\s+us
        | (?:поделиться|share)(?:\s+(?:this|статьей|статьёй|новостью|в\s+соцсетях))?\W*$
        | следите\s+за\s+(?:нашими\s+)?новостями
        | (?:все\s+)?новости\s+(?:в|на)\s+(?:нашем\s+)?(?:telegram|телеграм)
        | при\s+(?:использовании|цитировании|перепечатке)
        | ©
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_SOCIAL_ONLY = re.compile(
    r"^(?:\W*(?:vk|вконтакте|telegram|телеграм|facebook|twitter|x|ok|одноклассники|"
    r"whatsapp|viber|instagram|youtube|дзен|яндекс\.?дзен|rss|email|e-mail|pinterest|"
    r"linkedin)\W*)+$",
    re.IGNORECASE,
)
_LEAD_INS = ("читайте также", "читайте еще", "читайте ещё", "смотрите также", "read also",
             "see also", "also read", "read more")  # fmt: skip
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
    furniture = [
        element
        for element in root.iter()
        if element is not root
        and isinstance(element.tag, str)
        and _FURNITURE.search(f"{element.get('class', '')} {element.get('id', '')}")
    ]
    for element in furniture:
        if element.getparent() is not None:
            element.drop_tree()
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _BLOCK_TAGS:
            element.tail = "\n\n" + (element.tail or "")
    return normalize_space(root.text_content())


def strip_boilerplate(text: str) -> str:
    """Article text without the site's furniture: "Заметили ошибку?", "Читайте также" and the
    headline after it, share and subscribe lines, copyright notes."""
    if not text:
        return text
    kept: list[str] = []
    skip_headline = False
    for paragraph in text.split("\n"):
        line = paragraph.strip()
        if not line:
            kept.append(paragraph)
            continue
        if skip_headline:
            skip_headline = False
            if len(line) <= 160 and not line.endswith((".", "!", "?", "»")):
                continue  # the headline a "read also" introduced
        if len(line) <= 300 and (_BOILERPLATE.match(line) or _SOCIAL_ONLY.match(line)):
            lowered = line.lower().rstrip(": ")
            skip_headline = any(lowered.endswith(lead) for lead in _LEAD_INS)
            continue
        kept.append(paragraph)
    return _BLANK_LINES.sub("\n\n", "\n".join(kept)).strip()


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


# The letters of the Cyrillic block (U+0400–U+04FF less its signs and combining marks),
# and the letters that only Kazakh writes: counted by regular expression, not char by char.
# Runs of letters are matched and their lengths summed: a match object per run of a word,
# not a string per letter.
_CYRILLIC_LETTERS = re.compile(
    "[" + "".join(ch for ch in map(chr, range(0x400, 0x500)) if ch.isalpha()) + "]+"
)
_KAZAKH_LETTERS = re.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]+")


def guess_language(text: str) -> str | None:
    """'ru' or 'en' by script; the bot's outlets publish in these two (Kazakh is rare in feeds)."""
    head = text[:2000]
    letters = sum(map(str.isalpha, head))
    if not letters:
        return None
    cyrillic = sum(map(len, _CYRILLIC_LETTERS.findall(head)))
    if cyrillic / letters > 0.5:
        kazakh = sum(map(len, _KAZAKH_LETTERS.findall(head)))
        return "kk" if kazakh / letters > 0.02 else "ru"
    return "en"
