"""Reads rendered fact blocks back and checks every citation against its article's text.

A fact block is a line with the fact (in <b>) followed by indented citation lines; a citation
line may start with what only its sources state ("+8%: …"). The rule the renderers keep:
everything on the fact line is stated by every article cited under it, and everything at the
start of a citation line by the articles on that line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from views.quotes import states_amount, states_change, states_number

_LINK = re.compile(r'<a href="([^"]+)">')
_TAG = re.compile(r"<[^>]+>")
_MONEY = re.compile(
    r"(?P<sign>\$|€)?(?P<number>\d{1,3}(?:[ ,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
    r"\s?(?P<scale>млрд|млн|тыс\.|bn|m\b|k\b)?"
    r"(?P<currency>\s(?:тенге|руб\.|бел\. руб\.|сомов|сумов|KZT|RUB|BYN|KGS|UZS))?"
)
_CHANGE = re.compile(r"(?P<sign>[+−±-])(?P<number>\d+(?:[.,]\d+)?)%")
_JOBS = re.compile(r"(?P<number>\d{1,3}(?:[ ,]\d{3})+|\d+) (?:рабоч\w+ мест\w*|jobs?)\b")
_COUNT = re.compile(
    r"<b>(?P<number>\d{1,3}(?:[ ,]\d{3})+|\d+) (?:проект|совместн|project|joint)"
    r"|\((?P<paren>\d{1,3}(?:[ ,]\d{3})+|\d+)\)</b>"
)
_SCALES = {"млрд": 1e9, "bn": 1e9, "млн": 1e6, "m": 1e6, "тыс.": 1e3, "k": 1e3}
_DATE = re.compile(r"\b\d{2}\.\d{2}\.\d{4}\b|\b\d{1,2} [A-Z][a-z]{2} \d{4}\b|\b\d{2}\.\d{4}\b")


@dataclass(frozen=True)
class Claim:
    what: str  # money | change | jobs | count
    value: float
    shown: str


def _number(text: str, language_decimal: str) -> float:
    cleaned = text.replace(" ", "")
    return float(cleaned.replace(",", "." if language_decimal == "," else ""))


def claims(fragment: str, language: str) -> list[Claim]:
    """The figures a rendered fragment states: money (with a sign or a scale), changes,
    jobs and project counts. Dates and periods are not figures."""
    html = fragment.replace("\xa0", " ")
    found = [
        Claim("count", float((m["number"] or m["paren"]).replace(" ", "").replace(",", "")), m[0])
        for m in _COUNT.finditer(html)
    ]
    text = _DATE.sub(" ", _TAG.sub("", html))
    # A Russian reply writes decimals with a comma and groups with a space; English the reverse.
    decimal = "," if language == "ru" else "."
    for match in _JOBS.finditer(text):
        found.append(
            Claim("jobs", float(match["number"].replace(" ", "").replace(",", "")), match[0])
        )
    text = _JOBS.sub(" ", text)
    for match in _CHANGE.finditer(text):
        value = float(match["number"].replace(",", "."))
        found.append(Claim("change", -value if match["sign"] in "−-" else value, match[0]))
    text = _CHANGE.sub(" ", text)
    for match in _MONEY.finditer(text.split("«")[0]):  # not inside a quotation
        if not (match["sign"] or match["scale"] or match["currency"]):
            continue
        value = _number(match["number"], decimal) * _SCALES.get(match["scale"] or "", 1)
        found.append(Claim("money", value, match[0]))
    return found


def stated(claim: Claim, article: str) -> bool:
    if claim.what == "money":
        return states_amount(article, claim.value)
    if claim.what == "change":
        return states_change(article, claim.value)
    return states_number(article, int(claim.value))


@dataclass(frozen=True)
class Cited:
    url: str
    claims: tuple[Claim, ...]
    line: str


def citations(rendered: str, language: str) -> list[Cited]:
    """Every citation in a rendered reply with the figures it stands under."""
    cited: list[Cited] = []
    fact_line = ""
    for line in rendered.split("\n"):
        if line.startswith("    ") and "<a href" in line:
            prefix = line[: line.index("<a href")]
            figures = tuple(claims(fact_line, language) + claims(prefix, language))
            cited += [Cited(url, figures, line) for url in _LINK.findall(line)]
        elif not line.startswith("    "):
            fact_line = line
    return cited


def violations(rendered: str, articles: dict[str, str], language: str = "ru") -> list[str]:
    """Each citation whose article does not state a figure it is cited for."""
    wrong = []
    for cited in citations(rendered, language):
        article = articles[cited.url]
        wrong += [
            f"{cited.url} does not state {claim.shown!r} ({cited.line.strip()[:80]})"
            for claim in cited.claims
            if not stated(claim, article)
        ]
    return wrong
