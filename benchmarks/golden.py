"""Golden check of the extractor: everything it reads from a fixed set of articles, dumped so
that an optimisation can be proved not to change a byte of it.

    python -m benchmarks.golden write PATH [--corpus N]   # dump (before a change)
    python -m benchmarks.golden check PATH [--corpus N]   # dump again and compare
    python -m benchmarks.golden fixture tests/fixtures/golden.json  # the test's digests

The set: every item of the development set (../shared/facts/ when present, else the copy in
tests/fixtures/facts/), of the set written apart, every seed article (../shared/seeds/ and
tests/fixtures/seeds/, retellings), each read as the command line reads it (`extract`) and as
the analyst reads it (`read_article`), and N articles of the benchmark corpus (3 000 by
default) parsed from its RSS as ingestion parses them. For each: the facts, the stored
analysis (facts JSON, pair, search lemmas, MinHash signature, fact rows), the story anchors,
and the lemmas with offsets that extraction made. The corpus is read in order with warm
caches, as the bot reads it; the labelled items are also read once with every cache emptied,
so that a cache keyed on too little shows up as a difference.

`tests/test_golden.py` checks a small part of the same dump (digests committed in
tests/fixtures/golden.json) on every test run.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import astuple
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FIXTURES = ROOT / "tests" / "fixtures"
CORPUS = 3000
FIXTURE_CORPUS = 60  # corpus articles in the committed test's part of the dump


def _labelled_files(shared: bool) -> list[Path]:
    """The labelled sets and seed folders: the project's copies, and ../shared's when they
    are there and differ from them."""
    found = [
        FIXTURES / "facts" / "dev_facts.json",
        FIXTURES / "facts" / "written_facts.json",
        FIXTURES / "seeds",
        FIXTURES / "retellings",
    ]
    if shared:
        for path, copy in (
            (SHARED / "facts" / "dev_facts.json", found[0]),
            (SHARED / "seeds", found[2]),
        ):
            if path.exists() and _contents(path) != _contents(copy):
                found.append(path)
    return found


def _contents(path: Path) -> list[bytes]:
    files = sorted(path.glob("*")) if path.is_dir() else [path]
    return [file.read_bytes() for file in files]


def labelled(*, shared: bool = True) -> Iterator[tuple[str, str, date | None]]:
    """(name, text, published) of every labelled item and seed article."""
    for source in _labelled_files(shared):
        prefix = f"{source.parent.name}/{source.name}"
        if source.is_file():
            for item in json.loads(source.read_text("utf-8"))["items"]:
                published = item.get("published")
                yield (
                    f"{prefix}:{item['id']}",
                    item["text"],
                    date.fromisoformat(published) if published else None,
                )
            continue
        expected = source / "expected.json"
        dates: dict[str, Any] = (
            json.loads(expected.read_text("utf-8"))["articles"] if expected.exists() else {}
        )
        for path in sorted(source.glob("*.txt")):
            published = dates.get(path.name, {}).get("published")
            yield (
                f"{prefix}:{path.name}",
                path.read_text("utf-8"),
                date.fromisoformat(published) if published else None,
            )


def _article(number: int, title: str, body: str, summary: str, when: datetime) -> Any:
    from storage import Article

    return Article(
        id=number,
        source_id=None,
        url=f"https://golden.example.org/{number}",
        guid=None,
        outlet="golden",
        title=title,
        summary=summary,
        body=body,
        published_at=when,
        fetched_at=when,
        language=None,
        content_hash="",
    )


def _corpus_articles(size: int) -> Iterator[tuple[str, Any, str]]:
    """The benchmark corpus as ingestion stores it: parsed from its RSS documents; with
    each article, what the parser made of its entry (and of its feed, on the first)."""
    from benchmarks.corpus import corpus, rss_documents
    from news.feeds import parse_feed

    now = datetime(2025, 1, 1, tzinfo=UTC)
    number = 0
    for document in rss_documents(corpus(size)):
        feed = parse_feed(document, now=now)
        head: dict[str, Any] = {
            "title": feed.title,
            "link": feed.link,
            "skipped": feed.skipped,
            "warnings": feed.warnings,
            "decoding": feed.decoding,
            "garbled": feed.garbled,
        }
        for entry in feed.entries:
            number += 1
            parsed = {**head, "entry": [str(value) for value in astuple(entry)]}
            head = {}
            when = entry.published_at or now
            yield (
                f"corpus:{number}",
                _article(number, entry.title, entry.body, entry.summary, when),
                json.dumps(parsed, ensure_ascii=False),
            )


def _reader() -> tuple[Callable[[Any], dict[str, Any]], Callable[[], None]]:
    """read_article with the lemmas it made caught on the way (services.analysis.read)."""
    import services.analysis as analysis
    from benchmarks.ingestion import clear_caches
    from news.extract import DEFAULT_PAIRS, read

    caught: list[Any] = []

    def catching(*args: Any, **kwargs: Any) -> Any:
        result = read(*args, **kwargs)
        caught.append(result[1])
        return result

    setattr(analysis, "read", catching)  # noqa: B010 (a module attribute replaced)

    def dump(article: Any) -> dict[str, Any]:
        caught.clear()
        reading = analysis.read_article(article, DEFAULT_PAIRS, analysis.EXTRACT_MAX_CHARS)
        (words,) = caught
        result = reading.analysis
        return {
            "relevant": result.relevant,
            "countries": result.countries,
            "facts": result.facts_json,
            "version": result.extractor_version,
            "signature": result.signature.hex() if result.signature is not None else None,
            "search": result.search_lemmas,
            "turnover": [repr(astuple(row)) for row in result.turnover],
            "projects": [repr(astuple(row)) for row in result.projects],
            "anchors": sorted(reading.anchors),
            "title_lemmas": words.title,
            "body_lemmas": words.body,
        }

    return dump, clear_caches


def dumps(corpus_size: int, *, shared: bool = True, cold: bool = True) -> Iterator[tuple[str, str]]:
    """(name, JSON) of every reading in the golden set, in a fixed order."""
    from news.extract import extract, split_headline

    dump, clear_caches = _reader()
    items = list(labelled(shared=shared))
    for emptied in (False, True) if cold else (False,):
        for name, text, published in items:
            if emptied:
                clear_caches()
            title, body = split_headline(text)
            cli = extract(body, title=title, published=published).as_dict()
            when = datetime.combine(published or date(2024, 6, 1), datetime.min.time(), UTC)
            read = dump(_article(0, title, body, "", when))
            tag = "cold" if emptied else "warm"
            yield f"{name}:{tag}", json.dumps({"cli": cli, "read": read}, ensure_ascii=False)
    for name, article, parsed in _corpus_articles(corpus_size):
        yield f"{name}:feed", parsed
        yield name, json.dumps(dump(article), ensure_ascii=False)


def digests(found: Iterable[tuple[str, str]]) -> dict[str, str]:
    """A short digest of each reading: what the committed fixture holds."""
    return {name: hashlib.sha256(line.encode()).hexdigest()[:16] for name, line in found}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.golden")
    parser.add_argument("action", choices=("write", "check", "fixture"))
    parser.add_argument("path", type=Path)
    parser.add_argument("--corpus", type=int, default=CORPUS)
    args = parser.parse_args(argv)
    if args.action == "fixture":  # the digests tests/test_golden.py compares with
        short = digests(dumps(FIXTURE_CORPUS, shared=False, cold=False))
        args.path.write_text(json.dumps(short, indent=0) + "\n", "utf-8")
        print(f"{len(short)} digests written to {args.path}")
        return 0
    found = list(dumps(args.corpus))
    if args.action == "write":
        with args.path.open("w", encoding="utf-8") as out:
            for name, line in found:
                out.write(f"{name}\t{line}\n")
        print(f"{len(found)} readings written to {args.path}")
        return 0
    expected = [
        tuple(line.rstrip("\n").split("\t", 1)) for line in args.path.open(encoding="utf-8")
    ]
    wrong = [now[0] for now, was in zip(found, expected, strict=False) if now != was]
    if len(found) != len(expected):
        print(f"{len(found)} readings, {len(expected)} expected")
    for name in wrong[:10]:
        print(f"differs: {name}")
    digest = hashlib.sha256("".join(line for _, line in found).encode()).hexdigest()
    print(f"{len(found)} readings, {len(wrong)} differ; sha256 {digest[:16]}")
    return 1 if wrong or len(found) != len(expected) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
