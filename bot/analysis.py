"""Reading stored articles: extraction off the event loop, facts stored, retellings grouped."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from news.extract import DEFAULT_PAIRS, EXTRACTOR_VERSION, ArticleFacts, extract
from news.search import index_text
from news.stories import signature, similarities
from storage import (
    Analysis,
    AnalysisRepository,
    Article,
    ProjectRecord,
    TurnoverRecord,
)

logger = logging.getLogger(__name__)

# Retellings appear within days of each other; a week bounds the comparison.
STORY_WINDOW = timedelta(days=7)
SAME_STORY = 0.45  # estimated Jaccard of lemma shingles: a copy or close rewrite
# A loose rewrite shares less wording; it must then name the same people and figures.
# (Two anchors at 0.12; three — e.g. both premiers and the turnover figure — at 0.05.)
LOOSE_REWRITE = ((0.12, 2), (0.05, 3))
BATCH = 200
# After an upgrade, stored articles are read again in small batches, so that replies and
# polls go on between them.
REFRESH_BATCH = 50


@dataclass(frozen=True, slots=True)
class _Reading:
    article: Article
    facts: ArticleFacts
    analysis: Analysis
    anchors: frozenset[str]


def pair_key(countries: Sequence[str]) -> str:
    return "-".join(sorted(countries))


def _anchors(data: dict[str, Any]) -> frozenset[str]:
    """What two retellings of one event share even when worded apart: people and figures."""
    found = {f"person:{person['name']}" for person in data.get("people", [])}
    found |= {f"turnover:{_float(f['amount'])}:{f['kind']}" for f in data.get("turnover", [])}
    found |= {
        f"project:{f['status']}:{f['count']}:{_float(f['value'])}" for f in data.get("projects", [])
    }
    return frozenset(found)


def _float(value: float | int | None) -> float | None:
    return None if value is None else float(value)


def read_article(article: Article, pairs: tuple[tuple[str, str], ...]) -> _Reading:
    """Pure and CPU-bound: runs in a worker thread."""
    text = article.body or article.summary
    published = article.shown_at.date()
    facts = extract(text, title=article.title, published=published, pairs=pairs)
    facts_dict = facts.as_dict()
    pair = pair_key(facts.countries) if facts.countries else ""
    analysis = Analysis(
        relevant=facts.relevant,
        countries=facts.countries,
        facts_json=json.dumps(facts_dict, ensure_ascii=False),
        extractor_version=EXTRACTOR_VERSION,
        signature=signature(article.title, text) if facts.relevant else None,
        search_lemmas=index_text(article.title, text) if facts.relevant else None,
        turnover=tuple(
            TurnoverRecord(
                pair=pair_key(fact.countries),
                amount=fact.amount,
                currency=fact.currency,
                approx=fact.approx,
                period_from=fact.period.start if fact.period else None,
                period_to=fact.period.end if fact.period else None,
                change_pct=fact.change_pct,
                kind=fact.kind,
                quote=fact.quote,
            )
            for fact in facts.turnover
        ),
        projects=tuple(
            ProjectRecord(
                pair=pair,
                status=fact.status,
                count=fact.count,
                value=fact.value,
                currency=fact.currency,
                jobs=fact.jobs,
                companies=fact.companies,
                places=fact.places,
                subject=fact.subject,
                quote=fact.quote,
            )
            for fact in facts.projects
        ),
    )
    return _Reading(article, facts, analysis, _anchors(facts_dict))


class Analyst:
    def __init__(
        self,
        analysis: AnalysisRepository,
        pairs: tuple[tuple[str, str], ...] = DEFAULT_PAIRS,
    ) -> None:
        self._analysis = analysis
        self._pairs = pairs

    async def analyse_pending(self) -> int:
        """Read every article never read; returns how many."""
        done = 0
        while True:
            articles = await self._analysis.pending(limit=BATCH)
            if not articles:
                return done
            readings = await asyncio.to_thread(
                lambda batch=articles: [read_article(a, self._pairs) for a in batch]
            )
            for reading in readings:
                story_id = await self._story_for(reading) if reading.facts.relevant else None
                await self._analysis.save(reading.article.id, reading.analysis, story_id)
            done += len(readings)

    async def refresh_outdated(self) -> int:
        """After an extractor upgrade, read again what an older version read, in the background.

        An article keeps its story unless it now joins another existing one: a story's id
        never changes under a subscriber's alert cursor, so an upgrade alerts nobody twice.
        Only an article that becomes relevant may start a story of its own."""
        done = 0
        while True:
            batch = await self._analysis.outdated(EXTRACTOR_VERSION, limit=REFRESH_BATCH)
            if not batch:
                break
            readings = await asyncio.to_thread(
                lambda items=batch: [read_article(article, self._pairs) for article, _ in items]
            )
            for reading, (_, story_id) in zip(readings, batch, strict=True):
                if not reading.facts.relevant:
                    story_id = None
                elif story_id is None:
                    story_id = await self._story_for(reading)
                else:
                    story_id = await self._story_for(reading, create=False) or story_id
                await self._analysis.save(reading.article.id, reading.analysis, story_id)
            done += len(readings)
        if done:
            dropped = await self._analysis.drop_empty_stories()
            logger.info(
                "Re-read %d articles with extractor %d (%d stories merged away)",
                done,
                EXTRACTOR_VERSION,
                dropped,
            )
        return done

    async def reanalyse_all(self) -> int:
        """After an extractor change: forget every reading and story, read everything again."""
        await self._analysis.forget_all()
        count = await self.analyse_pending()
        logger.info("Re-read %d articles", count)
        return count

    async def _story_for(self, reading: _Reading, *, create: bool = True) -> int | None:
        article = reading.article
        moment = article.shown_at
        candidates = await self._analysis.story_candidates(
            moment - STORY_WINDOW, moment + STORY_WINDOW, exclude=article.id
        )
        signature_bytes = reading.analysis.signature
        if candidates and signature_bytes is not None:
            scores = similarities(signature_bytes, [c.signature for c in candidates])
            lowest = min(floor for floor, _ in LOOSE_REWRITE)
            for index in scores.argsort()[::-1]:
                score = float(scores[index])
                if score < lowest:
                    break
                candidate = candidates[int(index)]
                shared = reading.anchors & await self._anchors_of(candidate.article_id)
                if score >= SAME_STORY or any(
                    score >= floor and len(shared) >= needed for floor, needed in LOOSE_REWRITE
                ):
                    await self._analysis.extend_story(candidate.story_id, moment)
                    return candidate.story_id
        if not create:
            return None
        return await self._analysis.create_story(article.title, reading.facts.countries, moment)

    async def _anchors_of(self, article_id: int) -> frozenset[str]:
        facts_json = await self._analysis.facts_json(article_id)
        return _anchors(json.loads(facts_json)) if facts_json else frozenset()
