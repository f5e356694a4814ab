"""`python -m benchmarks [NAME ...]`: the benchmarks (all by default), JSON first, then each
figure in words beside its baseline measured in the same run."""

import json
import sys
from collections.abc import Callable
from typing import Any

from benchmarks import commands, delivery, ingestion, isolation, scale

BENCHMARKS: dict[str, Callable[[], dict[str, Any]]] = {
    "ingestion": ingestion.main,
    "commands": commands.latencies,
    "stall": commands.stall,
    "memory": commands.memory,
    "cold_start": commands.cold_start,
    "delivery": delivery.main,
    "isolation": isolation.main,
    "scale": scale.main,
}


def _ingestion(result: dict[str, Any]) -> list[str]:
    lines = [
        f"ingestion end to end, {result['articles']} articles of ~{result['mean_chars']} "
        f"characters ({result['events']} events, {result['retellings_share']:.0%} retellings); "
        f"plain tokenisation: {result['baseline_tokenise_articles_per_s']} articles/s; "
        f"target {result['target_articles_per_s']} articles/s on one core:"
    ]
    for name in ("one_core_warm", "one_core_cold", "two_cores_warm", "two_cores_cold"):
        run = result[name]
        hits = run["lemma_cache_hit_rate"]
        lines.append(
            f"  {name.replace('_', ' ')}: {run['articles_per_s']} articles/s "
            f"({run['stories']} stories; ratio {run['ratio_to_baseline']} to the baseline, "
            f"{run['ratio_to_target']} to the target"
            + (f"; lemma cache hits {hits:.1%})" if hits is not None else ")")
        )
    return lines


def _commands(result: dict[str, Any]) -> list[str]:
    lines = []
    for size in (key for key in result if key.isdigit()):
        figures = result[size]
        start = figures["start"]
        lines.append(
            f"commands through the dispatcher with {int(size):,} articles (p50 / p99 ms; "
            f"target p99 < {result['target_p99_ms']}; baseline /start "
            f"{start['p50_ms']} / {start['p99_ms']}):"
        )
        for name, figure in figures.items():
            if isinstance(figure, dict) and name != "start":
                made = ""
                if name == "start_uncached":
                    made = " (second pass: the baseline of the commands made anew)"
                elif name.endswith("_uncached"):
                    made = " (made anew, nothing kept; beside the second pass's /start)"
                lines.append(
                    f"  {result['queries'][name]}{made}: {figure['p50_ms']} / {figure['p99_ms']} "
                    f"(p99 {figure['p99_to_start']}x /start's)"
                )
    return lines


def summary(name: str, result: dict[str, Any]) -> list[str]:
    if name == "scale":
        return [
            f"broadcast of {result['messages']} messages on PostgreSQL and Redis, limit "
            f"{result['limit_per_s']} msg/s (target ratio {result['target_ratio']}): "
            + "; ".join(
                f"{run['senders']} sender(s) {run['rate_per_s']} msg/s, ratio "
                f"{run['ratio_to_limit']}, lost {run['lost']}, duplicates {run['duplicates']}, "
                f"429s {run['http_429']}"
                for run in (result["three_senders"], result["one_sender"])
            ),
            f"commands at {result['commands']['articles']:,} articles, p50 / p99 ms "
            "(PostgreSQL | SQLite, same run): "
            + "; ".join(
                f"{name} {pg['p50_ms']} / {pg['p99_ms']} | {lite['p50_ms']} / {lite['p99_ms']}"
                for name, pg in result["commands"]["postgresql"].items()
                if isinstance(pg, dict)
                for lite in [result["commands"]["sqlite"][name]]
            ),
        ]
    if name == "ingestion":
        return _ingestion(result)
    if name == "commands":
        return _commands(result)
    if name == "stall":
        return [
            f"{result['updates']} updates over {result['articles']:,} articles: worst event-loop "
            f"stall {result['worst_loop_stall_ms']} ms (idle baseline "
            f"{result['baseline_idle_loop_stall_ms']} ms), longest garbage collection "
            f"{result['worst_gc_pause_ms']} ms (target {result['target_gc_pause_ms']}; "
            f"{result['worst_gc_pause_cpu_ms']} ms of it the collector's own CPU time; load "
            f"average {result['load_average']}); "
            f"collections by generation {result['collections_by_generation']}"
        ]
    if name == "memory":
        return [
            f"memory with {result['articles']:,} articles: {result['bot_peak_rss_mb']} MB peak "
            f"(target {result['target_mb']}); the bot over an empty database "
            f"{result['baseline_empty_database_mb']} MB (ratio {result['ratio_to_empty']}); "
            f"bare Python {result['baseline_bare_python_mb']} MB"
        ]
    if name == "cold_start":
        return [
            f"cold start to the first answer with {result['articles']:,} articles: "
            f"{result['first_answer_s']} s; bare Python {result['baseline_bare_python_s']} s "
            f"(ratio {result['ratio_to_bare']})"
        ]
    if name == "isolation":
        lag, delay = result["event_loop_lag"], result["huge_feed_delays_alert"]
        return [
            f"event loop while ingesting a {lag['entries']}-entry feed ({lag['feed_mb']} MB, "
            f"{lag['seconds']} s): worst lag {lag['worst_lag_ms']} ms (target "
            f"{lag['target_ms']}); idle baseline {lag['baseline_idle_worst_lag_ms']} ms; ratio "
            f"{lag['ratio_to_baseline']} to the baseline, {lag['ratio_to_target']} to the target",
            f"a small feed's alert beside a {delay['huge_entries']}-entry feed being read: "
            f"{delay['small_beside_huge_s']} s; alone (baseline): {delay['small_alone_s']} s; "
            f"delay {delay['delay_s']} s (target {delay['target_delay_s']}); ratio "
            f"{delay['ratio_to_baseline']}",
        ]
    return [
        f"delivery of {result['messages']} messages to as many chats: {result['rate_per_s']} "
        f"msg/s, ratio {result['ratio_to_limit']} of the {result['limit_per_s']} msg/s limit "
        f"(target {result['target_ratio']}); lost {result['lost']}, duplicates "
        f"{result['duplicates']}, 429s {result['http_429_received']}; raw unthrottled sends "
        f"{result['baseline_raw_send_per_s']} msg/s"
    ]


if __name__ == "__main__":
    unknown = [name for name in sys.argv[1:] if name not in BENCHMARKS]
    if unknown:
        sys.exit(f"unknown benchmark {unknown[0]}; choose from {', '.join(BENCHMARKS)}")
    results = {name: BENCHMARKS[name]() for name in sys.argv[1:] or BENCHMARKS}
    print(json.dumps(results, indent=2, ensure_ascii=False))
    print()
    for name, result in results.items():
        print("\n".join(summary(name, result)))
