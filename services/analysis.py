"""Reading stored articles: extraction off the event loop, facts stored, retellings grouped."""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from news.extract import DEFAULT_PAIRS, EXTRACTOR_VERSION, ArticleFacts, extract
from news.query import index_text
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
# Extraction time grows faster than text length: a huge entry is read up to this many
# characters (the facts of a news article are in its first pages), and indexed for search
# up to SEARCH_MAX_CHARS. Each cap is applied here, before news.extract sees the text.
EXTRACT_MAX_CHARS = 20_000
SEARCH_MAX_CHARS = 60_000
# One worker-thread call reads articles for about this long, so that other sources' articles
# get their turn between calls (the CPU lock is fair) and no call holds a core for long.
CHUNK_SECONDS = 0.25
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


def capped(text: str, limit: int) -> str:
    """At most `limit` characters of `text`, cut after a paragraph or a sentence if one ends
    in the last fifth."""
    if len(text) <= limit:
        return text
    head = text[:limit]
    cut = max(head.rfind("\n", limit * 4 // 5), head.rfind(". ", limit * 4 // 5))
    return head[: cut + 1] if cut > 0 else head


def read_article(
    article: Article, pairs: tuple[tuple[str, str], ...], max_chars: int = EXTRACT_MAX_CHARS
) -> _Reading:
    """Pure and CPU-bound: runs in a worker thread. Time is bounded by the caps."""
    full = article.body or article.summary
    text = capped(full, max_chars)
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
        search_lemmas=(
            index_text(article.title, capped(full, SEARCH_MAX_CHARS)) if facts.relevant else None
        ),
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


def read_for_a_while(
    articles: Sequence[Article], pairs: tuple[tuple[str, str], ...], max_chars: int
) -> list[_Reading]:
    """Read articles from the front of `articles` for about CHUNK_SECONDS (at least one)."""
    started = time.perf_counter()
    readings = []
    for article in articles:
        readings.append(read_article(article, pairs, max_chars))
        yield_the_gil()
        if time.perf_counter() - started >= CHUNK_SECONDS:
            break
    return readings


def yield_the_gil() -> None:
    """Let the event loop's thread take the GIL between two articles. Without this the worker
    often takes it straight back (the GIL is not fair among three threads: loop, worker and
    SQLite), and the loop waited up to ~130 ms; with it, ~10 ms (`make bench`)."""
    time.sleep(0)


def read_all(
    articles: Sequence[Article], pairs: tuple[tuple[str, str], ...], max_chars: int
) -> list[_Reading]:
    """Read every one of `articles`, handing the GIL to the loop between two."""
    readings = []
    for article in articles:
        readings.append(read_article(article, pairs, max_chars))
        yield_the_gil()
    return readings


class Analyst:
    def __init__(
        self,
        analysis: AnalysisRepository,
        pairs: tuple[tuple[str, str], ...] = DEFAULT_PAIRS,
        *,
        max_chars: int = EXTRACT_MAX_CHARS,
        story_lock: asyncio.Lock | None = None,
    ) -> None:
        self._analysis = analysis
        self._pairs = pairs
        self._max_chars = max_chars
        # Extraction runs one chunk at a time in a worker thread; the lock is FIFO, so a
        # small source waits for one chunk of a huge one, never for all of it.
        self._cpu = asyncio.Lock()
        # Held while a story is chosen and the article saved into it, and by the Alerter:
        # an alert never sees a story before its article.
        self.story_lock = story_lock or asyncio.Lock()
        self._busy: set[int] = set()  # articles some pass is reading now

    async def analyse_pending(self) -> int:
        """Read every article never read (and that no other pass is reading); returns how
        many."""
        done = 0
        while True:
            pending = await self._analysis.pending(limit=BATCH)
            articles = [article for article in pending if article.id not in self._busy]
            if not articles:
                return done
            done += await self.analyse(articles)

    async def analyse(self, articles: Sequence[Article]) -> int:
        """Read these articles (one source's new ones), a chunk at a time; returns how many."""
        queue = [article for article in articles if article.id not in self._busy]
        mine = {article.id for article in queue}
        self._busy |= mine
        done = 0
        try:
            while queue:
                async with self._cpu:
                    readings = await asyncio.to_thread(
                        read_for_a_while, queue, self._pairs, self._max_chars
                    )
                del queue[: len(readings)]
                for reading in readings:
                    async with self.story_lock:
                        relevant = reading.facts.relevant
                        story_id = await self._story_for(reading) if relevant else None
                        await self._analysis.save(reading.article.id, reading.analysis, story_id)
                done += len(readings)
        finally:
            self._busy -= mine
        return done

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
            articles = [article for article, _ in batch]
            async with self._cpu:  # new articles' chunks take turns with these batches
                readings = await asyncio.to_thread(read_all, articles, self._pairs, self._max_chars)
            for reading, (_, story_id) in zip(readings, batch, strict=True):
                async with self.story_lock:
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
