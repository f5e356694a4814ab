"""`python -m benchmarks [NAME ...]`: the benchmarks (all by default), JSON first, then the
ratios in words."""

import json
import sys
from collections.abc import Callable
from typing import Any

from benchmarks import delivery, extraction, isolation, search

BENCHMARKS: dict[str, Callable[[], dict[str, Any]]] = {
    "extraction_and_memory": extraction.main,
    "search": search.main,
    "delivery": delivery.main,
    "isolation": isolation.main,
}


def summary(name: str, result: dict[str, Any]) -> list[str]:
    if name == "extraction_and_memory":
        speed, memory = result["extraction"], result["memory"]
        return [
            f"extraction end to end: {speed['end_to_end_articles_per_s']} articles/s "
            f"(target {speed['target_articles_per_s']}); plain tokenisation: "
            f"{speed['baseline_tokenise_articles_per_s']} articles/s; "
            f"ratio {speed['ratio_to_baseline']}",
            f"memory with {memory['stored_articles']} articles: {memory['bot_peak_rss_mb']} MB "
            f"peak (target {memory['target_mb']}); bare Python "
            f"{memory['baseline_bare_python_rss_mb']} MB; ratio {memory['ratio_to_baseline']}",
        ]
    if name == "search":
        return [
            f"search with {result['articles']} articles: p50 {result['search_p50_ms']} ms, "
            f"p99 {result['search_p99_ms']} ms (target 50); raw FTS5 p99 "
            f"{result['raw_fts5_p99_ms']} ms; ratio {result['search_p99_to_raw_p99']} (target 3); "
            f"/turnover p99 {result['turnover_p99_ms']} ms; {result['database_mb']} MB; "
            f"{result['insert_articles_per_s']} inserts/s"
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
