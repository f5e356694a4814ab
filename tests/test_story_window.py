"""The stories' window in memory: the candidates a new article is compared with, and their
scores, exactly those of testing every grouped article of the fortnight around it."""

import random
from datetime import UTC, datetime, timedelta
from typing import cast

import numpy as np

from services.analysis import STORY_WINDOW, StoryWindow, _Grouped
from storage import AnalysisRepository
from storage.analysis import GroupedArticle
from storage.models import to_db_time

START = datetime(2024, 3, 1, tzinfo=UTC)


class _Stored:
    """The grouped articles a database holds, read a day at a time as the window does."""

    def __init__(self, articles: list[_Grouped]) -> None:
        self.articles = articles

    async def grouped_between(self, start: datetime, end: datetime) -> list[GroupedArticle]:
        rows = [g for g in self.articles if start <= g.shown_at < end]
        rows.sort(key=lambda g: (g.shown_at, g.article_id), reverse=True)
        return [
            GroupedArticle(g.article_id, g.story_id, g.signature.tobytes(), to_db_time(g.shown_at))
            for g in rows
        ]


def _article(rng: random.Random, article_id: int) -> _Grouped:
    # Whole seconds, as stored; many share a second, so the ids decide their order.
    moment = START + timedelta(seconds=rng.randrange(0, 20 * 86400, 600))
    signature = np.array([rng.randrange(4) for _ in range(64)], dtype="<u8")
    return _Grouped(article_id, article_id // 3, signature, moment)


def _expected(
    articles: list[_Grouped], moment: datetime, signature: np.ndarray, exclude: int
) -> tuple[list[int], list[float]]:
    """Every grouped article tested: newest day first, newest first within a day."""
    start, end = moment - STORY_WINDOW, moment + STORY_WINDOW
    inside = [g for g in articles if start <= g.shown_at <= end and g.article_id != exclude]
    inside.sort(key=lambda g: (g.shown_at, g.article_id), reverse=True)
    scores = [float((g.signature == signature).mean()) for g in inside]
    return [g.article_id for g in inside], scores


async def test_the_window_finds_what_testing_every_article_finds() -> None:
    rng = random.Random(7)
    stored = _Stored([_article(rng, article_id) for article_id in range(1, 400)])
    window = StoryWindow(cast(AnalysisRepository, stored))
    for step in range(300):
        known = stored.articles
        if step % 2:  # a new article saved into a story, or one read again and moved
            article_id = rng.choice([g.article_id for g in known]) if step % 7 == 1 else 400 + step
            grouped = _article(rng, article_id)
            # Saved in the database and then added to the window, as the analyst does.
            known[:] = [g for g in known if g.article_id != article_id] + [grouped]
            window.add(grouped)
        moment = START + timedelta(seconds=rng.randrange(-3 * 86400, 23 * 86400))
        exclude = rng.choice([g.article_id for g in known]) if step % 3 else 0
        signature = _article(rng, 0).signature
        found, scores = await window.around(moment, signature.tobytes(), exclude=exclude)
        ids, expected = _expected(known, moment, signature, exclude)
        assert [g.article_id for g in found] == ids
        assert scores.tolist() == expected
