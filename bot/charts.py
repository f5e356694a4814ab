"""PNG charts, drawn headless with matplotlib's object API (no pyplot global state)."""

from __future__ import annotations

import asyncio
import io
from functools import lru_cache

from bot.facts_service import TurnoverReport, pair_name
from bot.render import format_period
from bot.texts import Texts


@lru_cache(maxsize=64)
def bar_chart(title: str, labels: tuple[str, ...], values: tuple[float, ...], unit: str) -> bytes:
    """A bar per value, labelled above the bar. CPU-bound: call it from a worker thread.

    Cached: the same figures give the same PNG, and they change only when news does."""
    # Imported on first chart: ~45 MB that stays out of a bot nobody asks for charts.
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(8, 4.5), dpi=100)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    bars = axes.bar(range(len(values)), values, color="#2f6f9f")
    axes.set_xticks(range(len(values)), labels, rotation=20, ha="right", fontsize=9)
    axes.set_title(title, fontsize=12)
    axes.set_ylabel(unit)
    axes.bar_label(bars, labels=[f"{value:,.0f}".replace(",", " ") for value in values])
    axes.spines[["top", "right"]].set_visible(False)
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


async def turnover_chart(report: TurnoverReport, texts: Texts) -> bytes | None:
    """The actual figures over time, when there are at least two to compare."""
    points = report.chart_points
    if len(points) < 2:
        return None
    labels = [format_period(p.period_from, p.period_to, texts) for p in points]
    values = [(p.amount or 0) / 1e6 for p in points]
    title = texts.chart_caption.format(pair=pair_name(report.pair, texts.language))
    unit = "USD, mln" if texts.language == "en" else "млн долл."
    return await asyncio.to_thread(bar_chart, title, tuple(labels), tuple(values), unit)
