"""The turnover chart: a time series by year, drawn headless with matplotlib's object API.

Full years are solid bars; a part of a year is a hatched bar labelled with its months, beside
the same months a year earlier when that is known; figures stated without a period are hollow
markers at the year they were said; an approximation is marked on its label (> ≈ <) as
stated; targets are dashed lines with their year. A footnote names the sources and the date of
the newest figure.
"""

from __future__ import annotations

import asyncio
import io
from dataclasses import dataclass
from functools import lru_cache

from domain.reports import Figure, PeriodRow, TurnoverReport, who_said
from news.facts import Approx, Kind
from views import formats, names
from views.i18n import Texts
from views.render_facts import plan_when

_SIGNS = {Approx.OVER: ">", Approx.ABOUT: "≈", Approx.UNDER: "<", Approx.EXACT: "", None: ""}
_FULL = "#2f6f9f"
_PART = "#8fb8d8"
_STATEMENT = "#c0504d"
_TARGET = "#3a7d44"
_FORECAST = "#b07d2b"


@dataclass(frozen=True, slots=True)
class Bar:
    year: int
    value: float
    label: str
    partial: bool
    months: str  # "янв–сен" for a partial year, "" for a full one
    approx: Approx | None = None


@dataclass(frozen=True, slots=True)
class Marker:
    year: int
    value: float
    label: str
    approx: Approx | None


@dataclass(frozen=True, slots=True)
class Line:
    value: float
    label: str
    kind: Kind  # target or forecast


@dataclass(frozen=True, slots=True)
class ChartSpec:
    language: str
    title: str
    unit: str
    bars: tuple[Bar, ...]
    markers: tuple[Marker, ...]
    lines: tuple[Line, ...]
    legend: tuple[tuple[str, str], ...]  # (what, label)
    footnote: str


def _usd(figures: tuple[Figure, ...] | list[Figure]) -> list[Figure]:
    return [f for f in figures if f.amount and f.currency == "USD"]


def _value_label(figure: Figure, scale: float, texts: Texts) -> str:
    digits = formats.number(round((figure.amount or 0) / scale, 2), texts.language)
    sign = _SIGNS.get(figure.approx, "")
    label = f"{sign} {digits}".strip()
    if figure.change_pct is not None:
        label += f"\n({formats.change(figure.change_pct, texts)})"
    return label


def chart_spec(report: TurnoverReport, texts: Texts) -> ChartSpec | None:
    """What to draw, or None when fewer than two figures can be drawn."""
    rows: list[PeriodRow] = [
        r for r in report.rows if r.period_from[:4] == r.period_to[:4] and _usd(r.figures)
    ]
    statements = _usd(report.statements)
    plans = _usd([*report.targets, *report.forecasts])
    drawn = sum(len(_usd(r.figures)) for r in rows) + len(statements)
    if drawn + len(plans) < 2 or drawn == 0:
        return None
    amounts = [f.amount or 0 for r in rows for f in _usd(r.figures)]
    amounts += [f.amount or 0 for f in [*statements, *plans]]
    big = max(amounts) >= 1e9
    scale = 1e9 if big else 1e6
    unit = texts("chart-unit-bn" if big else "chart-unit-m")
    language = texts.language

    bars = []
    for row in rows:
        months = "" if row.full_year else _months(row, texts)
        for figure in _usd(row.figures):
            bars.append(
                Bar(
                    int(row.period_to[:4]),
                    (figure.amount or 0) / scale,
                    _value_label(figure, scale, texts),
                    not row.full_year,
                    months,
                    figure.approx,
                )
            )
    markers = [
        Marker(
            f.first_said.year,
            (f.amount or 0) / scale,
            f"{_value_label(f, scale, texts)} ({formats.day(f.first_said, texts)})".replace(
                "\n", " "
            ),
            f.approx,
        )
        for f in statements
    ]
    lines = [_plan_line(f, scale, texts) for f in plans]

    legend = []
    if any(not b.partial for b in bars):
        legend.append(("full", texts("chart-full-year")))
    if any(b.partial for b in bars):
        legend.append(("partial", texts("chart-partial")))
    if markers:
        legend.append(("statement", texts("chart-statement")))
    if any(f.approx in (Approx.OVER, Approx.ABOUT, Approx.UNDER) for f in _all(rows, statements)):
        legend.append(("note", texts("chart-approx")))
    if any(r.conflicting for r in rows):
        legend.append(("note", texts("chart-conflict")))

    cited = [f for r in rows for f in _usd(r.figures)] + statements + plans
    outlets = list(dict.fromkeys(c.outlet for f in cited for c in f.citations if c.outlet))
    named = ", ".join(outlets[:6]) + (" …" if len(outlets) > 6 else "")
    footnote = texts("chart-sources", outlets=named)
    newest = _newest(report)
    if newest is not None:
        period = formats.period(newest.period_from, newest.period_to, texts)
        footnote += ". " + texts(
            "chart-newest", period=period, date=formats.day(newest.last_said, texts)
        )
    return ChartSpec(
        language=language,
        title=texts("chart-caption", pair=names.pair(report.pair, texts)),
        unit=unit,
        bars=tuple(bars),
        markers=tuple(markers),
        lines=tuple(lines),
        legend=tuple(legend),
        footnote=footnote,
    )


def _all(rows: list[PeriodRow], statements: list[Figure]) -> list[Figure]:
    return [f for r in rows for f in _usd(r.figures)] + statements


def _months(row: PeriodRow, texts: Texts) -> str:
    return formats.month_span(int(row.period_from[5:]), int(row.period_to[5:]), texts)


def _newest(report: TurnoverReport) -> Figure | None:
    for row in (report.partial, report.headline, *report.history):
        if row is not None and _usd(row.figures):
            return _usd(row.figures)[0]
    return None


def _plan_line(figure: Figure, scale: float, texts: Texts) -> Line:
    name = texts(f"chart-{figure.kind}")
    amount = formats.money(figure.amount, figure.currency, texts)
    sign = _SIGNS.get(figure.approx, "")
    if figure.period_to:
        when = plan_when(figure, texts)
    else:
        when = texts("said-on", date=formats.month(figure.first_said, texts))
    who = who_said(figure.sources[0].quote)
    by = f", {names.official(who, texts)}" if who else ""
    return Line(
        (figure.amount or 0) / scale,
        f"{name}: {sign}{amount} {when}{by}".replace("  ", " "),
        figure.kind,
    )


@lru_cache(maxsize=64)
def draw(spec: ChartSpec) -> bytes:
    """The PNG. CPU-bound: call it from a worker thread. Cached: the same figures give the
    same picture, and they change only when news does."""
    # Imported on first chart: ~45 MB that stays out of a bot nobody asks for charts.
    from matplotlib.artist import Artist
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure as PlotFigure
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch
    from matplotlib.ticker import FuncFormatter

    years = sorted({b.year for b in spec.bars} | {m.year for m in spec.markers})
    first, last = years[0], years[-1]
    slots = list(range(first, last + 1))
    while len(slots) < 3:  # one or two years would make a bar as wide as the chart
        slots = [slots[0] - 1, *slots] if len(slots) % 2 else [*slots, slots[-1] + 1]

    figure = PlotFigure(figsize=(9, 5.2), dpi=110)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    figure.subplots_adjust(left=0.09, right=0.97, top=0.88, bottom=0.2)

    most = max((sum(1 for b in spec.bars if b.year == year) for year in slots), default=1)
    width = 0.6 / max(most, 2)
    for year in slots:
        in_year = [b for b in spec.bars if b.year == year]
        if not in_year:
            continue
        # Full years first, then the parts of the year, left to right.
        in_year.sort(key=lambda b: (b.partial, b.months))
        for index, bar in enumerate(in_year):
            x = year - width * len(in_year) / 2 + width * (index + 0.5)
            drawn = axes.bar(
                x,
                bar.value,
                width=width * 0.92,
                color=_PART if bar.partial else _FULL,
                hatch="///" if bar.partial else None,
                edgecolor="#4a7aa0" if bar.partial else _FULL,
                linewidth=0.8,
            )
            label = f"{bar.label}\n{bar.months}" if bar.partial else bar.label
            axes.bar_label(drawn, labels=[label], padding=2, fontsize=8.5)
            if bar.approx in (Approx.OVER, Approx.UNDER):
                # "более" / "почти": the bar's top is a bound, not the value.
                axes.annotate(
                    "",
                    xy=(x, bar.value * (1.07 if bar.approx == Approx.OVER else 0.93)),
                    xytext=(x, bar.value),
                    arrowprops={"arrowstyle": "->", "color": "#1d4560", "linewidth": 1.2},
                )

    for marker in spec.markers:
        shapes: dict[Approx | None, str] = {Approx.OVER: "^", Approx.UNDER: "v"}
        shape = shapes.get(marker.approx, "o")
        axes.scatter(
            [marker.year + 0.3],
            [marker.value],
            marker=shape,
            s=70,
            facecolors="white",
            edgecolors=_STATEMENT,
            linewidths=1.6,
            zorder=3,
        )
        axes.annotate(
            marker.label,
            (marker.year + 0.3, marker.value),
            textcoords="offset points",
            xytext=(0, 9),
            ha="center",
            fontsize=7.5,
            color=_STATEMENT,
        )

    for line in spec.lines:
        color = _TARGET if line.kind == Kind.TARGET else _FORECAST
        style = "--" if line.kind == Kind.TARGET else ":"
        axes.axhline(line.value, color=color, linestyle=style, linewidth=1.4)
        axes.annotate(
            line.label,
            (0.01, line.value),
            xycoords=("axes fraction", "data"),
            textcoords="offset points",
            xytext=(0, 4),
            fontsize=8,
            color=color,
        )

    top = max([b.value for b in spec.bars] + [m.value for m in spec.markers] + [0])
    top = max([top] + [line.value for line in spec.lines])
    axes.set_ylim(0, top * 1.22 or 1)
    axes.set_xlim(slots[0] - 0.6, slots[-1] + 0.6)
    axes.yaxis.set_major_formatter(
        FuncFormatter(lambda value, _: formats.number(round(value, 2), spec.language))
    )
    axes.set_xticks(slots, [str(year) for year in slots], fontsize=9)
    axes.set_ylabel(spec.unit)
    axes.set_title(spec.title, fontsize=12, loc="left")
    axes.spines[["top", "right"]].set_visible(False)
    axes.grid(axis="y", color="#dddddd", linewidth=0.6)
    axes.set_axisbelow(True)

    handles: list[Artist] = []
    for what, label in spec.legend:
        if what == "full":
            handles.append(Patch(facecolor=_FULL, label=label))
        elif what == "partial":
            handles.append(Patch(facecolor=_PART, hatch="///", edgecolor="#4a7aa0", label=label))
        elif what == "statement":
            handles.append(
                Line2D(
                    [],
                    [],
                    marker="o",
                    linestyle="",
                    markerfacecolor="white",
                    markeredgecolor=_STATEMENT,
                    label=label,
                )
            )
        else:
            handles.append(Line2D([], [], linestyle="", label=label))
    if handles:
        axes.legend(
            handles=handles,
            loc="upper left",
            bbox_to_anchor=(0, -0.08),
            ncols=2,
            fontsize=8,
            frameon=False,
        )
    figure.text(0.01, 0.015, spec.footnote, fontsize=7.5, color="#555555", wrap=True)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


async def turnover_chart(report: TurnoverReport, texts: Texts) -> bytes | None:
    """The chart of a pair with two or more figures; None otherwise."""
    return await chart_png(chart_spec(report, texts))


async def chart_png(spec: ChartSpec | None) -> bytes | None:
    """The PNG of a chart worked out before (None: nothing to draw)."""
    if spec is None:
        return None
    return await asyncio.to_thread(draw, spec)
