"""The extractor's whole output on a fixed sample cannot change by accident: every labelled
item and seed (as the command line and as the analyst read them) and the first articles of
the benchmark corpus (parsed from RSS, then read), each as a digest of everything read from
it — facts, stored analysis, MinHash signature, search lemmas, story anchors, the lemmas
with their offsets. An optimisation must leave every digest as it is; a deliberate change
of what is read writes them again (`python -m benchmarks.golden fixture
tests/fixtures/golden.json`) and says why in its commit. `python -m benchmarks.golden`
checks the full dump (3 000 corpus articles, cold caches too) the same way."""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.golden import FIXTURE_CORPUS, digests, dumps

FIXTURE = Path(__file__).parent / "fixtures" / "golden.json"


def test_every_reading_of_the_sample_is_unchanged() -> None:
    expected = json.loads(FIXTURE.read_text("utf-8"))
    found = digests(dumps(FIXTURE_CORPUS, shared=False, cold=False))
    assert list(found) == list(expected)
    changed = [name for name, digest in found.items() if expected[name] != digest]
    assert not changed, f"{len(changed)} readings changed, first: {changed[:5]}"
