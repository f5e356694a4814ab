"""The turnover chart: a time series by year, drawn with Pillow.

Full years are solid bars; a part of a year is a hatched bar labelled with its months, beside
the same months a year earlier when that is known; figures stated without a period are hollow
markers at the year they were said; an approximation is marked on its label (> ≈ <) as
stated; targets are dashed lines with their year. A footnote names the sources and the date of
the newest figure.
"""

from __future__ import annotations

import asyncio
import io
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from domain.reports import Figure, PeriodRow, TurnoverReport, who_said
from news.facts import Approx, Kind
from views import formats, names
from views.i18n import Texts
from views.render_facts import plan_when

if TYPE_CHECKING:  # Pillow is imported on the first chart, not with the handlers
    from PIL import ImageFont

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


# The picture, in matplotlib's terms (the chart was first drawn with matplotlib, whose
# import and font machinery cost ~60 MB resident for one chart; Pillow draws the same picture
# for ~3 MB). Sizes are in points at 110 dpi on a 9 × 5.2 in canvas, drawn at twice the size
# and reduced, which smooths the slanted hatching, the markers and the text.
_DPI = 110
_SCALE = 2
_WIDTH, _HEIGHT = 9 * _DPI, round(5.2 * _DPI)
_LEFT, _RIGHT, _TOP, _BOTTOM = 0.09, 0.97, 0.88, 0.2  # the axes' box, in figure fractions
_FONT = Path(__file__).with_name("fonts") / "DejaVuSans.ttf"  # matplotlib's own default face
_TICK = 3.5  # tick length and its label's distance, in points
_STEPS = (1.0, 2.0, 2.5, 5.0, 10.0)  # "nice" tick steps, as matplotlib's AutoLocator
_MAX_TICKS = 9
_HATCH = 12  # "///": pixels between the lines along a row, as matplotlib's Agg hatching


def _px(points: float) -> float:
    """Points to pixels of the drawing (at twice the final size)."""
    return points * _DPI / 72 * _SCALE


@lru_cache(maxsize=8)
def _font(points: float) -> ImageFont.FreeTypeFont:
    from PIL import ImageFont

    return ImageFont.truetype(str(_FONT), size=round(_px(points)))


def _ticks(top: float) -> list[float]:
    """0 … top in the first step of 1, 2, 2.5, 5 × 10ⁿ giving at most nine intervals."""
    raw = top / _MAX_TICKS
    power = 10 ** math.floor(math.log10(raw))
    step = next(s * power for s in _STEPS if s * power >= raw * (1 - 1e-9))
    return [step * n for n in range(int(top / step * (1 + 1e-9)) + 1)]


class _Canvas:
    """Data coordinates (years, value) over the axes' box, and the few strokes the chart
    uses. Pixel sizes are the drawing's, twice the PNG's."""

    def __init__(self, xlim: tuple[float, float], ylim: tuple[float, float]) -> None:
        from PIL import Image, ImageDraw

        self.image = Image.new("RGB", (_WIDTH * _SCALE, _HEIGHT * _SCALE), "white")
        self.pen = ImageDraw.Draw(self.image)
        self.x0, self.x1 = _LEFT * _WIDTH * _SCALE, _RIGHT * _WIDTH * _SCALE
        self.top, self.bottom = (1 - _TOP) * _HEIGHT * _SCALE, (1 - _BOTTOM) * _HEIGHT * _SCALE
        self.xlim, self.ylim = xlim, ylim

    def x(self, value: float) -> float:
        low, high = self.xlim
        return self.x0 + (value - low) / (high - low) * (self.x1 - self.x0)

    def y(self, value: float) -> float:
        low, high = self.ylim
        return self.bottom - (value - low) / (high - low) * (self.bottom - self.top)

    def text(
        self,
        xy: tuple[float, float],
        text: str,
        points: float,
        color: str = "black",
        anchor: str = "ls",
    ) -> None:
        """One line per line of `text`, spaced 1.2 em as matplotlib does; a bottom ("d") or
        baseline ("s") anchor stacks the lines upwards from `xy`, a top one downwards."""
        font = _font(points)
        lines = text.split("\n")
        step = 1.2 * _px(points)
        x, y = xy
        if anchor[1] in "ds":
            y -= step * (len(lines) - 1)
        for number, line in enumerate(lines):
            self.pen.text((x, y + step * number), line, font=font, fill=color, anchor=anchor)

    def width(self, text: str, points: float) -> float:
        return max(_font(points).getlength(line) for line in text.split("\n"))

    def hline(
        self, y: float, color: str, points: float, dashes: tuple[float, float] | None = None
    ) -> None:
        """Across the axes; `dashes` as (on, off) in line widths."""
        width = max(1, round(_px(points)))
        if dashes is None:
            self.pen.line([(self.x0, y), (self.x1, y)], fill=color, width=width)
            return
        on, off = dashes[0] * _px(points), dashes[1] * _px(points)
        x = self.x0
        while x < self.x1:
            self.pen.line([(x, y), (min(x + on, self.x1), y)], fill=color, width=width)
            x += on + off

    def bar(self, x: float, width: float, value: float, fill: str, edge: str, hatch: bool) -> None:
        left, right = self.x(x - width / 2), self.x(x + width / 2)
        top, bottom = self.y(value), self.y(0)
        self.pen.rectangle([left, top, right, bottom], fill=fill)
        if hatch:
            self.hatch(left, top, right, bottom, edge)
        line = max(1, round(_px(0.8)))
        self.pen.rectangle([left, top, right, bottom], outline=edge, width=line)

    def hatch(self, left: float, top: float, right: float, bottom: float, color: str) -> None:
        """ "///" in `color`: lines rising to the right, tiled from the canvas' corner so
        that neighbouring bars' hatching lines up."""
        spacing = _HATCH * _SCALE
        width = max(1, round(_px(1.0)))
        first = math.floor((left + top) / spacing)
        for n in range(first, math.ceil((right + bottom) / spacing) + 1):
            c = n * spacing  # the line x + y = c
            low, high = max(left, c - bottom), min(right, c - top)
            if low < high:
                self.pen.line([(low, c - low), (high, c - high)], fill=color, width=width)

    def marker(self, x: float, y: float, shape: str, size: float, edge: str, points: float) -> None:
        """An open marker `size` points across: "o", "^" or "v"."""
        r = _px(size) / 2
        line = max(1, round(_px(points)))
        if shape == "o":
            self.pen.ellipse([x - r, y - r, x + r, y + r], fill="white", outline=edge, width=line)
            return
        tip = -r if shape == "^" else r
        corners = [(x, y + tip), (x - r, y - tip), (x + r, y - tip)]
        self.pen.polygon(corners, fill="white", outline=edge, width=line)

    def arrow(self, x: float, start: float, end: float, color: str, points: float) -> None:
        """A vertical "->" from `start` to `end` (pixels), 2 pt short of both, as annotate."""
        shrink = _px(2) if end < start else -_px(2)
        start, end = start - shrink, end + shrink
        line = max(1, round(_px(points)))
        self.pen.line([(x, start), (x, end)], fill=color, width=line)
        length, half = _px(4), _px(2)  # head 0.4 × 0.2 of a 10 pt mutation scale
        back = end + (length if end < start else -length)
        self.pen.line([(x - half, back), (x, end), (x + half, back)], fill=color, width=line)

    def png(self) -> bytes:
        buffer = io.BytesIO()
        self.image.reduce(_SCALE).save(buffer, format="PNG")
        return buffer.getvalue()


@lru_cache(maxsize=64)
def draw(spec: ChartSpec) -> bytes:
    """The PNG. CPU-bound: call it from a worker thread. Cached: the same figures give the
    same picture, and they change only when news does."""
    years = sorted({b.year for b in spec.bars} | {m.year for m in spec.markers})
    first, last = years[0], years[-1]
    slots = list(range(first, last + 1))
    while len(slots) < 3:  # one or two years would make a bar as wide as the chart
        slots = [slots[0] - 1, *slots] if len(slots) % 2 else [*slots, slots[-1] + 1]

    top = max([b.value for b in spec.bars] + [m.value for m in spec.markers] + [0])
    top = max([top] + [line.value for line in spec.lines])
    canvas = _Canvas((slots[0] - 0.6, slots[-1] + 0.6), (0, top * 1.22 or 1))
    pen = canvas.pen
    ticks = [t for t in _ticks(canvas.ylim[1]) if t <= canvas.ylim[1]]

    grid = max(1, round(_px(0.6)))
    for tick in ticks:  # the grid lies below the bars
        pen.line([(canvas.x0, canvas.y(tick)), (canvas.x1, canvas.y(tick))], "#dddddd", grid)

    most = max((sum(1 for b in spec.bars if b.year == year) for year in slots), default=1)
    width = 0.6 / max(most, 2)
    labels: list[tuple[float, float, str]] = []
    arrows: list[tuple[float, float, float]] = []
    for year in slots:
        in_year = [b for b in spec.bars if b.year == year]
        # Full years first, then the parts of the year, left to right.
        in_year.sort(key=lambda b: (b.partial, b.months))
        for index, bar in enumerate(in_year):
            x = year - width * len(in_year) / 2 + width * (index + 0.5)
            edge = "#4a7aa0" if bar.partial else _FULL
            canvas.bar(
                x, width * 0.92, bar.value, _PART if bar.partial else _FULL, edge, bar.partial
            )
            label = f"{bar.label}\n{bar.months}" if bar.partial else bar.label
            labels.append((canvas.x(x), canvas.y(bar.value) - _px(2), label))
            if bar.approx in (Approx.OVER, Approx.UNDER):
                # "более" / "почти": the bar's top is a bound, not the value.
                bound = bar.value * (1.07 if bar.approx == Approx.OVER else 0.93)
                arrows.append((canvas.x(x), canvas.y(bar.value), canvas.y(bound)))

    for line in spec.lines:
        color = _TARGET if line.kind == Kind.TARGET else _FORECAST
        dashes = (3.7, 1.6) if line.kind == Kind.TARGET else (1.0, 1.65)
        canvas.hline(canvas.y(line.value), color, 1.4, dashes)

    spine = max(1, round(_px(0.8)))
    pen.line([(canvas.x0, canvas.top), (canvas.x0, canvas.bottom)], "black", spine)
    pen.line([(canvas.x0, canvas.bottom), (canvas.x1, canvas.bottom)], "black", spine)
    widest = 0.0
    for tick in ticks:
        y = canvas.y(tick)
        pen.line([(canvas.x0 - _px(_TICK), y), (canvas.x0, y)], "black", spine)
        text = formats.number(round(tick, 2), spec.language)
        canvas.text((canvas.x0 - _px(2 * _TICK), y), text, 10, anchor="rm")
        widest = max(widest, canvas.width(text, 10))
    for year in slots:
        x = canvas.x(year)
        pen.line([(x, canvas.bottom), (x, canvas.bottom + _px(_TICK))], "black", spine)
        canvas.text((x, canvas.bottom + _px(2 * _TICK)), str(year), 9, anchor="mt")
    _vertical(canvas, spec.unit, canvas.x0 - _px(2 * _TICK + 4) - widest)
    canvas.text((canvas.x0, canvas.top - _px(6)), spec.title, 12)

    for x, y, label in labels:
        canvas.text((x, y), label, 8.5, anchor="md")
    for x, start, end in arrows:
        canvas.arrow(x, start, end, "#1d4560", 1.2)
    for marker in spec.markers:
        shapes: dict[Approx | None, str] = {Approx.OVER: "^", Approx.UNDER: "v"}
        x, y = canvas.x(marker.year + 0.3), canvas.y(marker.value)
        canvas.marker(x, y, shapes.get(marker.approx, "o"), math.sqrt(70), _STATEMENT, 1.6)
        canvas.text((x, y - _px(9)), marker.label, 7.5, _STATEMENT, anchor="ms")
    for line in spec.lines:
        color = _TARGET if line.kind == Kind.TARGET else _FORECAST
        at = (canvas.x0 + 0.01 * (canvas.x1 - canvas.x0), canvas.y(line.value) - _px(4))
        canvas.text(at, line.label, 8, color)

    _legend(canvas, spec.legend)
    _footnote(canvas, spec.footnote)
    return canvas.png()


def _vertical(canvas: _Canvas, text: str, right: float) -> None:
    """The axis' unit, read upwards, its right edge at `right`, centred on the axes."""
    from PIL import Image, ImageDraw

    font = _font(10)
    left, upper, end, lower = font.getbbox(text, anchor="ls")
    strip = Image.new("RGB", (math.ceil(end - left), math.ceil(lower - upper)), "white")
    ImageDraw.Draw(strip).text((-left, -upper), text, font=font, fill="black", anchor="ls")
    turned = strip.rotate(90, expand=True)
    middle = (canvas.top + canvas.bottom) / 2
    canvas.image.paste(turned, (round(right - turned.width), round(middle - turned.height / 2)))


def _legend(canvas: _Canvas, entries: tuple[tuple[str, str], ...]) -> None:
    """Two columns, filled down first, below the axes (matplotlib's upper-left legend at
    (0, −0.08) of the axes, 8 pt, no frame)."""
    if not entries:
        return
    size = 8
    rows = math.ceil(len(entries) / 2)
    columns = [entries[:rows], entries[rows:]]
    pitch = _px(1.5 * size)  # a line of text and half a line's spacing
    handle_width, handle_height = _px(2.0 * size), _px(0.7 * size)
    pad = _px(0.9 * size)  # the space around the legend and inside it
    left = canvas.x0 + pad
    top = canvas.bottom + 0.08 * (canvas.bottom - canvas.top) + pad
    for column in columns:
        for row, (what, label) in enumerate(column):
            middle = top + pitch * row + _px(size) / 2
            box = [
                left,
                middle - handle_height / 2,
                left + handle_width,
                middle + handle_height / 2,
            ]
            if what == "full":
                canvas.pen.rectangle(box, fill=_FULL)
            elif what == "partial":
                canvas.pen.rectangle(box, fill=_PART)
                canvas.hatch(box[0], box[1], box[2], box[3], "#4a7aa0")
                canvas.pen.rectangle(box, outline="#4a7aa0", width=max(1, round(_px(0.8))))
            elif what == "statement":
                canvas.marker(left + handle_width / 2, middle, "o", 6, _STATEMENT, 1.0)
            text_x = left + handle_width + _px(0.8 * size)
            canvas.text((text_x, middle), label, size, anchor="lm")
        widest = max((canvas.width(label, size) for _, label in column), default=0)
        left += handle_width + _px(0.8 * size) + widest + _px(2.0 * size)


def _footnote(canvas: _Canvas, text: str) -> None:
    """Sources and the newest figure, wrapped to the canvas' width, its last line's
    baseline 1.5 % above the bottom edge."""
    size = 7.5
    left = 0.01 * canvas.image.width
    room = canvas.image.width - left
    lines: list[str] = []
    for word in text.split(" "):
        if lines and canvas.width(f"{lines[-1]} {word}", size) <= room:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    baseline = canvas.image.height * (1 - 0.015)
    canvas.text((left, baseline), "\n".join(lines), size, "#555555")


async def turnover_chart(report: TurnoverReport, texts: Texts) -> bytes | None:
    """The chart of a pair with two or more figures; None otherwise."""
    return await chart_png(chart_spec(report, texts))


async def chart_png(spec: ChartSpec | None) -> bytes | None:
    """The PNG of a chart worked out before (None: nothing to draw)."""
    if spec is None:
        return None
    return await asyncio.to_thread(draw, spec)
