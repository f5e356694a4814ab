"""A pair's cited turnover series as CSV, for analysts who want the numbers."""

from __future__ import annotations

import csv
import io

from domain.pairs import pair_key
from domain.reports import Figure, TurnoverReport

COLUMNS = (
    "period",
    "period_from",
    "period_to",
    "amount",
    "currency",
    "approx",
    "kind",
    "change_pct",
    "outlets",
    "links",
    "first_stated",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(text: str) -> str:
    """Outlet names come from feeds: never let a spreadsheet read one as a formula."""
    return f"'{text}" if text.startswith(_FORMULA_START) else text


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def _period(figure: Figure) -> str:
    if not figure.dated:
        return ""
    assert figure.period_from is not None
    assert figure.period_to is not None
    if figure.period_from[:4] == figure.period_to[:4] and (
        figure.period_from[5:],
        figure.period_to[5:],
    ) == ("01", "12"):
        return figure.period_to[:4]
    return f"{figure.period_from}/{figure.period_to}"


def _rows(figure: Figure) -> list[list[str]]:
    """One row per figure; when only some sources state its change, one row per such group,
    so every outlet in a row states everything in that row."""
    if figure.change_pct is not None or not figure.changes:
        groups = [(figure.change_pct, list(figure.sources))]
    else:
        stating = {s.citation.article_id for _, group in figure.changes for s in group}
        groups = [(change, list(group)) for change, group in figure.changes]
        rest = [s for s in figure.sources if s.citation.article_id not in stating]
        if rest and figure.amount is not None:
            groups.append((None, rest))
    rows = []
    for change, sources in groups:
        citations = [s.citation for s in sources]
        rows.append(
            [
                _period(figure),
                figure.period_from or "",
                figure.period_to or "",
                _number(figure.amount),
                figure.currency or "",
                figure.approx or "",
                figure.kind,
                _number(change),
                _cell("; ".join(dict.fromkeys(c.outlet for c in citations))),
                " ".join(c.url for c in citations),
                min(c.stated_at for c in citations).date().isoformat(),
            ]
        )
    return rows


def turnover_csv(report: TurnoverReport) -> bytes:
    """Newest period first, then figures without a period, targets and forecasts."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for figure in report.figures:
        writer.writerows(_rows(figure))
    # With a byte-order mark, spreadsheet programs read the Cyrillic outlet names right.
    return buffer.getvalue().encode("utf-8-sig")


def csv_filename(report: TurnoverReport) -> str:
    return f"turnover_{pair_key(report.pair)}.csv"
