"""What ties two retellings together beyond their wording, and the facts as stored."""

from pathlib import Path

import pytest

from news.extract import read
from news.facts import ArticleFacts, Kind, ProjectFact, Status, TurnoverFact
from news.stories import anchors

SEEDS = sorted((Path(__file__).parent / "fixtures" / "seeds").glob("*.txt"))


def _turnover(amount: float | None, change: float | None) -> TurnoverFact:
    return TurnoverFact(("BY", "KZ"), amount, "USD" if amount else None, None, None, change,
                        Kind.ACTUAL, "…")  # fmt: skip


def _project(count: int | None, value: float | None) -> ProjectFact:
    return ProjectFact(("BY", "KZ"), Status.DONE, count, value, None, None, (), (), "завод", "…")


def test_figures_that_name_an_event_are_anchors() -> None:
    facts = ArticleFacts(True, ("BY", "KZ"), (_turnover(1.5e9, None),), (_project(12, None),))
    assert anchors(facts) == {"turnover:1500000000.0:actual", "project:done:12:None"}


@pytest.mark.parametrize(
    "facts",
    [
        ArticleFacts(True, ("BY", "KZ"), turnover=(_turnover(None, 14.0),)),
        ArticleFacts(True, ("BY", "KZ"), projects=(_project(None, None),)),
    ],
    ids=["change without an amount", "project without count or value"],
)
def test_what_half_the_news_says_is_no_anchor(facts: ArticleFacts) -> None:
    assert anchors(facts) == frozenset()


@pytest.mark.parametrize("path", SEEDS, ids=[path.stem for path in SEEDS])
def test_stored_facts_read_back_as_they_were(path: Path) -> None:
    title, _, body = path.read_text("utf-8").partition("\n")
    facts, _ = read(body, title=title)
    assert facts.turnover or facts.projects  # the seeds state figures
    assert ArticleFacts.from_json(facts.to_json()) == facts
