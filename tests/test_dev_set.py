"""The labelled sets scored by the workplace's scorer, in process: the development set (a copy
of shared/facts), a second set of 50 items written apart for this project (another author,
other events and wording, the same conventions: it showed where the extractor had fitted the
first set, and guards the general rules that mended that), and the seeds. The floors the
extractor was accepted at cannot regress silently. The sets written blind later follow."""

from __future__ import annotations

import importlib.util
import json
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from news.extract import extract, split_headline

FACTS = Path(__file__).parent / "fixtures" / "facts"
SEEDS = Path(__file__).parent / "fixtures" / "seeds" / "expected.json"
FLOORS = {
    "turnover_f1": 0.95,
    "period": 0.90,
    "projects_precision": 0.90,
    "projects_recall": 0.90,
    "relevance": 0.97,
}


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("facts_score", FACTS / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _load(path: Path) -> dict[str, dict[str, Any]]:
    """Items by id with their texts, as the scorer's own `load` reads them (files closed)."""
    data = json.loads(path.read_text("utf-8"))
    if "items" in data:
        return {item["id"]: item for item in data["items"]}
    return {
        name: dict(want, id=name, text=(path.parent / name).read_text("utf-8"))
        for name, want in data["articles"].items()
    }


def _extract_all(items: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """What `coopnews extract --jsonl` prints for each item, without a subprocess."""
    got = {}
    for key, item in items.items():
        title, body = split_headline(item["text"])
        published = date.fromisoformat(item["published"])
        got[key] = extract(body, title=title, published=published).as_dict()
    return got


# Eight more sets, each written blind by another author (W3 to W10): each was first scored
# as written, then the misreads it showed were mended by general rules. Their floors are where
# they were accepted, a little below.
LATER_FLOORS = {
    "written_facts_3.json": {**FLOORS, "turnover_f1": 0.93, "period": 0.92},
    "written_facts_4.json": {**FLOORS, "projects_precision": 0.95, "projects_recall": 0.90},
    "written_facts_5.json": {**FLOORS, "projects_precision": 0.90, "projects_recall": 0.85},
    "written_facts_6.json": {**FLOORS, "turnover_precision": 0.95, "turnover_recall": 0.93},
    "written_facts_7.json": {**FLOORS, "turnover_precision": 0.95, "turnover_recall": 0.93},
    # Set 8 measured the rounds from sets 6 and 7 blind (projects 0.67 / 0.64); then how
    # stages and figures are read (1.00 / 0.82) and which projects are found (1.00 / 1.00).
    "written_facts_8.json": {
        **FLOORS,
        "turnover_precision": 0.95,
        "turnover_recall": 0.92,
        "projects_precision": 0.95,
        "projects_recall": 0.95,
    },
    # Sets 9 and 10 measured the stage and recall rounds blind (projects 0.89 / 0.83 and
    # 0.71 / 0.74 as written); the common floors hold them now.
    "written_facts_9.json": FLOORS,
    "written_facts_10.json": FLOORS,
    # Set 11 scored as written 0.90 / 0.93, period 0.92, projects 0.76 / 0.68, relevance 0.95;
    # its turnover was then mended, its projects only in part.
    "written_facts_11.json": {
        **FLOORS,
        "turnover_precision": 0.95,
        "turnover_recall": 0.93,
        "projects_precision": 0.75,
        "projects_recall": 0.65,
    },
    # Set 12 scored as written 0.96 / 1.00, period 1.00, projects 0.85 / 0.65, relevance 1.00.
    "written_facts_12.json": {**FLOORS, "projects_precision": 0.80, "projects_recall": 0.60},
    # Sets 13 and 14, written with projects told over sentences in mind, scored as written:
    # 1.00 / 1.00, period 1.00, projects 0.60 / 0.60, relevance 0.97; and 0.94 / 1.00, 1.00,
    # 0.78 / 0.78, 0.97.
    "written_facts_13.json": {
        **FLOORS,
        "projects_precision": 0.74,
        "projects_recall": 0.72,
        "relevance": 0.95,
    },
    "written_facts_14.json": {**FLOORS, "projects_precision": 0.80, "projects_recall": 0.80},
    # Sets 15 (turnover stated in many ways, with distractors), 16 (projects, Kazakhstan and
    # Belarus) and 17 (a commission's report, English first), scored as written: 0.91 / 0.89,
    # period 0.82, projects 0.91 / 0.91; 1.00 / 0.75, 0.75, 0.91 / 0.87 (0.75 from its
    # author's misspelt trade noun, «таварааварот», mended in the copy kept here: then 1.00 /
    # 1.00, 1.00); 0.96 / 0.96, 0.95, 0.93 / 0.87 — relevance 1.00 in all three.
    # After this session's rules: 1.00 / 1.00 everywhere but projects 0.97 / 0.93 (set 16)
    # and 1.00 / 0.97 (set 17).
    "written_facts_15.json": {**FLOORS, "projects_precision": 0.95, "projects_recall": 0.95},
    "written_facts_16.json": {**FLOORS, "projects_precision": 0.92, "projects_recall": 0.88},
    "written_facts_17.json": {**FLOORS, "projects_precision": 0.95, "projects_recall": 0.92},
    # Sets 18 (the dev set's mix: periods, changes, quotes, distractors) and 19 (projects of
    # Uzbekistan, Kazakhstan and Belarus, a quarter Belarusian), scored as written: turnover
    # 0.90 / 0.94, period 0.91, projects 0.96 / 0.79, relevance 0.97; turnover 0.95 / 1.00,
    # projects 0.72 / 0.67. After the rules they brought: turnover 1.00 everywhere, relevance
    # 1.00, projects 1.00 / 0.91 (set 18) and 0.89 / 0.84 (set 19).
    "written_facts_18.json": {**FLOORS, "projects_precision": 0.95, "projects_recall": 0.88},
    "written_facts_19.json": {**FLOORS, "projects_precision": 0.85, "projects_recall": 0.80},
    # Set 20 (the six batches of sets 20 and 21, 48 items, kept unexamined at the end of a
    # session): as written turnover 0.92 / 0.90, period 0.84, projects 0.67 / 0.69; now
    # 0.95 / 0.97, 0.87, 0.70 / 0.73. The next round's material.
    "written_facts_20.json": {
        **FLOORS,
        "turnover_f1": 0.92,
        "period": 0.80,
        "projects_precision": 0.62,
        "projects_recall": 0.65,
    },
}


@pytest.mark.parametrize(
    ("labelled", "floors"),
    [
        (FACTS / "dev_facts.json", FLOORS),
        (FACTS / "written_facts.json", FLOORS),
        (SEEDS, FLOORS),
        *((FACTS / name, floors) for name, floors in LATER_FLOORS.items()),
    ],
    ids=[
        "dev",
        "written",
        "seeds",
        *(name.removesuffix(".json").replace("_facts", "") for name in LATER_FLOORS),
    ],
)
def test_the_labelled_sets_hold_their_floors(labelled: Path, floors: dict[str, float]) -> None:
    score = _scorer()
    items = _load(labelled)
    figures = score.figures(score.score(items, _extract_all(items)))
    for name, floor in floors.items():
        assert figures[name] >= floor, (name, figures)
    if labelled == SEEDS:
        assert all(figures[name] == 1.0 for name in FLOORS), figures
