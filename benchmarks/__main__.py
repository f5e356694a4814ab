"""`python -m benchmarks`: every benchmark, JSON first, then the ratios in words."""

import json

from benchmarks import extraction, search

if __name__ == "__main__":
    results = {"extraction_and_memory": extraction.main(), "search": search.main()}
    print(json.dumps(results, indent=2, ensure_ascii=False))
    speed = results["extraction_and_memory"]["extraction"]
    memory = results["extraction_and_memory"]["memory"]
    print(
        f"\nextraction end to end: {speed['end_to_end_articles_per_s']} articles/s "
        f"(target {speed['target_articles_per_s']}); plain tokenisation: "
        f"{speed['baseline_tokenise_articles_per_s']} articles/s; "
        f"ratio {speed['ratio_to_baseline']}"
    )
    print(
        f"memory with {memory['stored_articles']} articles: {memory['bot_peak_rss_mb']} MB peak "
        f"(target {memory['target_mb']}); bare Python {memory['baseline_bare_python_rss_mb']} MB; "
        f"ratio {memory['ratio_to_baseline']}"
    )
    found = results["search"]
    print(
        f"search with {found['articles']} articles: p50 {found['search_p50_ms']} ms, "
        f"p99 {found['search_p99_ms']} ms (target 50); raw FTS5 p99 {found['raw_fts5_p99_ms']} ms; "
        f"ratio {found['search_p99_to_raw_p99']} (target 3); /turnover p99 "
        f"{found['turnover_p99_ms']} ms; {found['database_mb']} MB; "
        f"{found['insert_articles_per_s']} inserts/s"
    )
