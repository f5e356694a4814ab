"""Command benchmarks over archives of 10 000 and 100 000 articles, every update fed through
the real dispatcher (the console chat's session stands in for Telegram):

- `commands`: p50/p99 of /latest (plain and with each filter), /search (a common word, a rare
  one, several words), /turnover and /projects (as kept under the pair's facts version, and
  made anew as after new facts: `*_uncached`), beside /start measured in the same run;
- `stall`: the event loop's worst stall and the garbage collector's longest pause over
  10 000 updates, the heap settled as the bot settles it after start-up;
- `memory`: the bot's peak resident memory answering every command over 100 000 articles,
  beside bare Python and the bot over an empty database;
- `cold_start`: from the process's start to its first answer (/start) over 100 000 articles,
  beside starting Python alone.
"""

from __future__ import annotations

import asyncio
import gc
import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from benchmarks.archive import archive, settings_for
from benchmarks.corpus import corpus
from benchmarks.isolation import LagMonitor
from bot.app import build_dispatcher, open_app, settle_heap
from bot.console import ConsoleChat

# Smaller figures for a quick run: COOPNEWS_BENCH_SIZES=2000,5000 COOPNEWS_BENCH_UPDATES=500
SIZES = tuple(int(n) for n in os.environ.get("COOPNEWS_BENCH_SIZES", "10000,100000").split(","))
SAMPLES = int(os.environ.get("COOPNEWS_BENCH_SAMPLES", "200"))
UPDATES = int(os.environ.get("COOPNEWS_BENCH_UPDATES", "10000"))
TARGET_P99_MS = 50
TARGET_STALL_MS = 20
TARGET_MB = 250


def percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def commands() -> dict[str, str]:
    """What is measured: name → the line a user types."""
    from news.morph import lemmas
    from news.query import parse_query

    counts: Counter[str] = Counter()
    for article in corpus(3000, seed=7):
        counts.update({w for w in lemmas(article.text.lower()) if w.isalpha() and len(w) > 5})
    # A word /search looks up: a country's name ("беларусь", the most common) is a filter,
    # which lists stories by country without the full-text index.
    common = next(word for word, _ in counts.most_common() if parse_query(word).terms)
    rare = min(word for word, count in counts.items() if count == 1)
    return {
        "start": "/start",
        "latest": "/latest",
        "latest_country": "/latest KZ",
        "latest_rare_country": "/latest TJ",
        "latest_date": "/latest с 2024",
        "latest_outlet": "/latest outlet:БелТА",
        "search_common": f"/search {common}",
        "search_rare": f"/search {rare}",
        "search_words": "/search совместное предприятие по сборке тракторов",
        "turnover": "/turnover",
        "turnover_pair": "/turnover KG",
        "projects": "/projects",
        "projects_pair": "/projects UZ",
        # The same with nothing kept: as the first call after new facts of the pair (with
        # /start again, the baseline of this second pass).
        "start_uncached": "/start",
        "turnover_uncached": "/turnover",
        "turnover_pair_uncached": "/turnover KG",
        "projects_uncached": "/projects",
        "projects_pair_uncached": "/projects UZ",
    }


UNCACHED = "_uncached"


async def _latencies(path: Path | str, lines: dict[str, str]) -> dict[str, list[float]]:
    samples: dict[str, list[float]] = {name: [] for name in lines}
    async with open_app(settings_for(path)) as app:
        chat = ConsoleChat(build_dispatcher(app), io.StringIO())
        await asyncio.to_thread(settle_heap)  # after the dispatcher, as the bot does
        for line in lines.values():  # warm the caches and the dictionaries
            await chat.handle_line(line)
        # Kept reports first, then the same commands with nothing kept (forgetting them in
        # between would leave the kept ones nothing to keep).
        kept = {name: line for name, line in lines.items() if not name.endswith(UNCACHED)}
        anew = {name: line for name, line in lines.items() if name.endswith(UNCACHED)}
        for measured in (kept, anew):
            for _ in range(SAMPLES):
                for name, line in measured.items():
                    if measured is anew:
                        app.facts.forget_kept()
                    started = time.perf_counter()
                    await chat.handle_line(line)
                    samples[name].append((time.perf_counter() - started) * 1000)
        await chat.bot.session.close()
    return samples


def latencies() -> dict[str, Any]:
    lines = commands()
    result: dict[str, Any] = {"queries": lines, "target_p99_ms": TARGET_P99_MS}
    for size in SIZES:
        path, fill_seconds = archive(size)
        samples = asyncio.run(_latencies(path, lines))
        start_p99 = percentile(samples["start"], 0.99)
        # Each pass's commands beside its own /start (the machine's load moves between them).
        start_anew_p99 = percentile(samples["start_uncached"], 0.99)
        result[str(size)] = {
            "fill_seconds": round(fill_seconds, 1),
            "database_mb": round(path.stat().st_size / 2**20, 1),
            **{
                name: {
                    "p50_ms": round(statistics.median(times), 2),
                    "p99_ms": round(percentile(times, 0.99), 2),
                    "p99_to_start": round(
                        percentile(times, 0.99)
                        / (start_anew_p99 if name.endswith(UNCACHED) else start_p99),
                        1,
                    ),
                }
                for name, times in samples.items()
            },
        }
    return result


class GCPauses:
    """The garbage collector's pauses, timed by its own callbacks: in wall time (what the
    event loop waits) and in the thread's CPU time (the collector's own work; on a loaded
    machine the wall time also counts the moments the process was not running)."""

    def __init__(self) -> None:
        self.worst = 0.0
        self.worst_cpu = 0.0
        self.count: Counter[int] = Counter()
        self._started = 0.0
        self._started_cpu = 0.0

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._started = time.perf_counter()
            self._started_cpu = time.thread_time()
        else:
            self.worst = max(self.worst, time.perf_counter() - self._started)
            self.worst_cpu = max(self.worst_cpu, time.thread_time() - self._started_cpu)
            self.count[info["generation"]] += 1

    def __enter__(self) -> GCPauses:
        gc.callbacks.append(self)
        return self

    def __exit__(self, *exc: object) -> None:
        gc.callbacks.remove(self)


async def _stall(path: Path, lines: list[str]) -> dict[str, Any]:
    async with open_app(settings_for(path)) as app:
        chat = ConsoleChat(build_dispatcher(app), io.StringIO())
        await asyncio.to_thread(settle_heap)  # after the dispatcher, as the bot does
        with LagMonitor() as idle:
            await asyncio.sleep(2.0)
        started = time.perf_counter()
        with GCPauses() as pauses, LagMonitor() as busy:
            for number in range(UPDATES):
                await chat.handle_line(lines[number % len(lines)])
        elapsed = time.perf_counter() - started
        await chat.bot.session.close()
    return {
        "updates": UPDATES,
        "articles": SIZES[-1],
        "seconds": round(elapsed, 1),
        "worst_loop_stall_ms": round(busy.worst * 1000, 1),
        "worst_gc_pause_ms": round(pauses.worst * 1000, 1),
        "worst_gc_pause_cpu_ms": round(pauses.worst_cpu * 1000, 1),
        "load_average": round(os.getloadavg()[0], 2),
        "collections_by_generation": dict(sorted(pauses.count.items())),
        "target_gc_pause_ms": TARGET_STALL_MS,
        "baseline_idle_loop_stall_ms": round(idle.worst * 1000, 1),
    }


def stall() -> dict[str, Any]:
    path, _ = archive(SIZES[-1])
    return asyncio.run(_stall(path, list(commands().values())))


def _child(database: Path, lines: list[str]) -> dict[str, Any]:
    output = subprocess.run(
        [sys.executable, "-m", "benchmarks.child", str(database), json.dumps(lines)],
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    ).stdout
    return dict(json.loads(output.strip().splitlines()[-1]))


def _bare_python_mb() -> float:
    code = (
        "import pathlib; print([l.split()[1] for l in pathlib.Path('/proc/self/status')"
        ".read_text().splitlines() if l.startswith('VmHWM:')][0])"
    )
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    return round(int(output.stdout.strip()) / 1024, 1)


def memory() -> dict[str, Any]:
    path, _ = archive(SIZES[-1])
    lines = [*commands().values(), "/latest", "1", "/projects", "2"]
    with tempfile.TemporaryDirectory() as folder:
        empty = _child(Path(folder) / "empty.db", lines)["peak_rss_mb"]
    full = _child(path, lines)["peak_rss_mb"]
    bare = _bare_python_mb()
    return {
        "articles": SIZES[-1],
        "bot_peak_rss_mb": full,
        "target_mb": TARGET_MB,
        "baseline_empty_database_mb": empty,
        "baseline_bare_python_mb": bare,
        "ratio_to_empty": round(full / empty, 2),
    }


def cold_start() -> dict[str, Any]:
    path, _ = archive(SIZES[-1])
    runs, bare = [], []
    for _ in range(3):
        started = time.time()
        answered = _child(path, ["/start"])["answered"]
        runs.append(answered - started)
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        bare.append(time.perf_counter() - started)
    return {
        "articles": SIZES[-1],
        "first_answer_s": round(statistics.median(runs), 2),
        "baseline_bare_python_s": round(statistics.median(bare), 3),
        "ratio_to_bare": round(statistics.median(runs) / statistics.median(bare), 1),
    }
