"""Search queries as people type them, made safe for FTS5, and highlighted snippets.

User text never reaches FTS5 syntax: every term is a lemma of a word, quoted, so quotes,
'*', NEAR, AND, punctuation and emoji are just text that is dropped or matched literally.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import UTC, datetime

from news.gazetteer import resolve_country
from news.morph import WORD, lemma, lemmas
from news.sentences import split_sentences

MAX_QUERY_CHARS = 300
MAX_TERMS = 12
SNIPPET_CHARS = 220
_STOPWORDS = frozenset(
    "и в во на с со по о об от до за из к у для что как а но же the of in and to for on a".split()
)
_SINCE = re.compile(
    r"(?:since:|с:|после:|from:)\s*(\d{4})(?:-(\d{1,2}))?"
    r"|(?:^|\s)(?:с|после|since|from)\s+(\d{4})(?:-(\d{1,2}))?(?:\s+г(?:ода?|\.)?)?",
    re.IGNORECASE,
)
_OUTLET = re.compile(r"(?:outlet|источник|сми):\s*(\"[^\"]+\"|«[^»]+»|\S+)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ParsedQuery:
    terms: tuple[str, ...]
    countries: tuple[str, ...] = ()
    since: datetime | None = None
    outlet: str | None = None

    @property
    def fts_match(self) -> str:
        """Terms ANDed, each a quoted string: nothing in them is FTS5 syntax."""
        return " ".join('"' + term.replace('"', '""') + '"' for term in self.terms)


def parse_query(text: str) -> ParsedQuery:
    """'комбайн KZ с 2024 outlet:БелТА' → terms (lemmas) and filters."""
    rest = text[:MAX_QUERY_CHARS]
    since = None
    if match := _SINCE.search(rest):
        year = int(match.group(1) or match.group(3))
        month = int(match.group(2) or match.group(4) or 1)
        if 1990 <= year <= 2100 and 1 <= month <= 12:
            since = datetime(year, month, 1, tzinfo=UTC)
        rest = rest[: match.start()] + " " + rest[match.end() :]
    outlet = None
    if match := _OUTLET.search(rest):
        outlet = match.group(1).strip('"«»')
        rest = rest[: match.start()] + " " + rest[match.end() :]
    terms: list[str] = []
    countries: list[str] = []
    for word in WORD.findall(rest):
        code = resolve_country(word) if not word.isdigit() else None
        if code is not None:
            countries.append(code)
            continue
        term = lemma(word)
        if term in _STOPWORDS or (len(term) < 2 and not term.isdigit()) or term in terms:
            continue
        terms.append(term)
    return ParsedQuery(
        terms=tuple(terms[:MAX_TERMS]),
        countries=tuple(dict.fromkeys(countries)),
        since=since,
        outlet=outlet,
    )


def index_text(title: str, text: str) -> str:
    """What the FTS5 index stores for an article: its words as lemmas."""
    return index_of(lemmas(f"{title}\n{text}"))


def index_of(words: list[str]) -> str:
    """The index text of an article's lemmas, in order (as extraction tokenised them)."""
    return " ".join(words)


def snippet(text: str, terms: tuple[str, ...]) -> str:
    """HTML: the first sentence with a query word, the matching words in bold, all escaped."""
    wanted = set(terms)
    for sentence in split_sentences(text):
        spans = [m.span() for m in WORD.finditer(sentence) if lemma(m.group()) in wanted]
        if not spans:
            continue
        start = max(0, spans[0][0] - SNIPPET_CHARS // 3)
        end = min(len(sentence), start + SNIPPET_CHARS)
        parts, cursor = [], start
        for first, last in spans:
            if first < start or last > end:
                continue
            parts.append(html.escape(sentence[cursor:first], quote=False))
            parts.append(f"<b>{html.escape(sentence[first:last], quote=False)}</b>")
            cursor = last
        parts.append(html.escape(sentence[cursor:end], quote=False))
        prefix = "…" if start > 0 else ""
        suffix = "…" if end < len(sentence) else ""
        return prefix + "".join(parts).strip() + suffix
    return ""
