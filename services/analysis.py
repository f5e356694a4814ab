"""Reading stored articles: extraction off the event loop, facts stored, retellings grouped."""

from __future__ import annotations

import asyncio
import bisect
import logging
import math
import multiprocessing
import os
import re
import time
from collections import OrderedDict, deque
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from news.extract import DEFAULT_PAIRS, EXTRACTOR_VERSION, ArticleFacts, Lemmas, read
from news.morph import lemmas
from news.query import index_of, index_text
from news.stories import COMPARED_CHARS, anchors, signature_of
from storage import (
    Analysis,
    AnalysisRepository,
    Article,
    ProjectRecord,
    TurnoverRecord,
)
from storage.analysis import StoryWriter

if TYPE_CHECKING:  # numpy is imported when stories are first grouped, not at start-up
    import numpy as np

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
# Readings are saved this many to a transaction: a few statements for all of them, and the
# write lock held briefly enough that a reply waiting for it is not held up.
SAVE_BATCH = 64
# Days of grouped articles kept in memory for the comparison, and how long a day read from
# the database is trusted (another process, such as 'coopnews reextract', may change it).
WINDOW_DAYS = 60
WINDOW_TRUST = timedelta(minutes=10)
_JOINED = re.compile(r"[^\W_]|-")  # characters a word may continue with across a cut
# With more than one core, extraction runs in worker processes, this many articles to a
# task; a smaller batch is read in a thread (no copying, no start-up). A pool left idle
# this long is shut down and gives its memory back.
PROCESS_CHUNK = 16
POOL_AT = 3 * PROCESS_CHUNK
POOL_IDLE = 120.0


@dataclass(frozen=True, slots=True)
class _Reading:
    article: Article
    facts: ArticleFacts
    analysis: Analysis
    anchors: frozenset[str]


def pair_key(countries: Sequence[str]) -> str:
    return "-".join(sorted(countries))


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
    """Pure and CPU-bound: runs in a worker thread or process. Time is bounded by the caps.
    The text is tokenised once: its lemmas serve the facts, the signature and the search."""
    full = article.body or article.summary
    text = capped(full, max_chars)
    published = article.shown_at.date()
    facts, words = read(text, title=article.title, published=published, pairs=pairs)
    pair = pair_key(facts.countries) if facts.countries else ""
    analysis = Analysis(
        relevant=facts.relevant,
        countries=facts.countries,
        facts_json=facts.to_json(),
        extractor_version=EXTRACTOR_VERSION,
        signature=signature_of(words.within(text, COMPARED_CHARS)) if facts.relevant else None,
        search_lemmas=_search_lemmas(article.title, full, text, words) if facts.relevant else None,
        turnover=tuple(
            TurnoverRecord.of(fact, pair_key(fact.countries)) for fact in facts.turnover
        ),
        projects=tuple(ProjectRecord.of(fact, pair) for fact in facts.projects),
    )
    return _Reading(article, facts, analysis, anchors(facts))


def _search_lemmas(title: str, full: str, text: str, words: Lemmas) -> str:
    """The index text of the title and up to SEARCH_MAX_CHARS of the article: the lemmas
    extraction found, and those of the part it did not read (rarely any)."""
    searched = capped(full, SEARCH_MAX_CHARS)
    if len(searched) == len(text):
        return index_of(words.all())
    if len(searched) < len(text) or (
        text and _JOINED.match(text[-1]) and _JOINED.match(searched[len(text)])
    ):
        return index_text(title, searched)  # a word cut in two: tokenised again, whole
    return index_of([*words.all(), *lemmas(searched[len(text) :])])


Reader = Callable[[Article, tuple[tuple[str, str], ...], int], _Reading]


def read_for_a_while(
    articles: Sequence[Article],
    pairs: tuple[tuple[str, str], ...],
    max_chars: int,
    reader: Reader | None = None,
) -> list[_Reading]:
    """Read articles from the front of `articles` for about CHUNK_SECONDS (at least one)."""
    started = time.perf_counter()
    readings = []
    for article in articles:
        readings.append((reader or read_article)(article, pairs, max_chars))
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


def read_chunk(
    articles: Sequence[Article],
    pairs: tuple[tuple[str, str], ...],
    max_chars: int,
    reader: Reader | None = None,
) -> list[_Reading]:
    """Read every article of a chunk: the task of a worker process."""
    return [(reader or read_article)(article, pairs, max_chars) for article in articles]


def extraction_workers(setting: int = 0) -> int:
    """Worker processes for extraction: `setting`, or with 0 one per core when there is more
    than one core to use (1: extraction in a thread of the bot's own process)."""
    if setting:
        return setting
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(1, cores or 1)


def _warm_up() -> None:
    """A new worker loads the dictionaries before its first task."""
    read("Беларусь и Казахстан", title="")


@dataclass(slots=True)
class _Grouped:
    """An article in a story, as a new retelling is compared with it."""

    article_id: int
    story_id: int
    signature: np.ndarray
    shown_at: datetime
    anchors: frozenset[str] | None = None  # read from its facts when first needed


def _order(grouped: _Grouped) -> tuple[float, int]:
    """Newest first. A timestamp orders datetimes as they compare: it is exact to the
    microsecond for centuries yet, so two moments never share one."""
    return (-grouped.shown_at.timestamp(), -grouped.article_id)


@dataclass(slots=True)
class _Day:
    articles: list[_Grouped]  # newest first
    loaded_at: datetime
    matrix: np.ndarray | None = None  # their signatures, one row each, made when first needed
    ids: dict[int, _Grouped] = field(default_factory=dict)

    def signatures(self) -> np.ndarray:
        """The articles' signatures, a row each in the same order."""
        import numpy as np

        if self.matrix is None:
            self.matrix = np.stack([g.signature for g in self.articles])
        return self.matrix

    def span(self, start: datetime, end: datetime) -> tuple[int, int]:
        """The slice of `articles` shown from `start` to `end`, both included: the whole day
        inside the window, else found by bisection in the order they are kept in (never a
        test of every article)."""
        articles = self.articles
        if not articles:
            return 0, 0
        first, last = 0, len(articles)
        if articles[0].shown_at > end:
            first = bisect.bisect_left(articles, (-end.timestamp(), -math.inf), key=_order)
        if articles[-1].shown_at < start:
            last = bisect.bisect_right(articles, (-start.timestamp(), math.inf), key=_order)
        return first, last

    def index(self, grouped: _Grouped) -> int:
        return bisect.bisect_left(self.articles, _order(grouped), key=_order)


class StoryWindow:
    """The articles already in stories, by day, kept in memory: a new article is compared
    with the week around it without reading a week of signatures from the database.

    A day is read once (an index range) and then kept in step with what the analyst saves;
    it is read again after WINDOW_TRUST, and the whole window is forgotten whenever a save
    fails or every story is dropped."""

    def __init__(self, analysis: AnalysisRepository) -> None:
        self._analysis = analysis
        self._days: OrderedDict[date, _Day] = OrderedDict()

    def clear(self) -> None:
        self._days.clear()

    def forget(self, article_ids: set[int]) -> None:
        """These articles are being read again: their old story no longer holds."""
        for day in self._days.values():
            if article_ids & day.ids.keys():
                day.articles = [g for g in day.articles if g.article_id not in article_ids]
                day.ids = {g.article_id: g for g in day.articles}
                day.matrix = None

    def add(self, grouped: _Grouped) -> None:
        """An article saved into a story (replacing what was known of it)."""
        import numpy as np

        self.forget({grouped.article_id})
        day = self._days.get(grouped.shown_at.date())
        if day is None:
            return  # read from the database when first needed
        at = bisect.bisect_right(day.articles, _order(grouped), key=_order)
        day.articles.insert(at, grouped)
        day.ids[grouped.article_id] = grouped
        if day.matrix is not None:
            # One row copied in: the day's signatures are not stacked again for every article.
            day.matrix = np.insert(day.matrix, at, grouped.signature, axis=0)

    async def around(
        self, moment: datetime, signature: bytes, *, exclude: int
    ) -> tuple[list[_Grouped], np.ndarray]:
        """The grouped articles shown within STORY_WINDOW of `moment` (newest first), and
        each one's estimated similarity with `signature`."""
        import numpy as np

        start, end = moment - STORY_WINDOW, moment + STORY_WINDOW
        mine = np.frombuffer(signature, dtype="<u8")
        found: list[_Grouped] = []
        scores: list[np.ndarray] = []
        now = datetime.now(UTC)
        day = end.date()
        while day >= start.date():
            held = self._trusted(day, now)
            if held is None:
                held = await self._load(day, now)
            day -= timedelta(days=1)
            first, last = held.span(start, end)
            if first == last:
                continue
            rows = held.signatures()[first:last]  # a view: nothing copied
            chosen = held.articles[first:last]
            skipped = held.ids.get(exclude)
            if skipped is not None and first <= (at := held.index(skipped)) < last:
                rows = np.delete(rows, at - first, axis=0)
                del chosen[at - first]
            found += chosen
            scores.append((rows == mine).mean(axis=1))
        return found, (np.concatenate(scores) if scores else np.zeros(0))

    def _trusted(self, day: date, now: datetime) -> _Day | None:
        """The day as held, if read recently enough (no coroutine: the usual case)."""
        held = self._days.get(day)
        if held is None or now - held.loaded_at >= WINDOW_TRUST:
            return None
        self._days.move_to_end(day)
        return held

    async def _load(self, day: date, now: datetime) -> _Day:
        """The day read from the database."""
        import numpy as np

        start = datetime(day.year, day.month, day.day, tzinfo=UTC)
        rows = await self._analysis.grouped_between(start, start + timedelta(days=1))
        articles = [
            _Grouped(
                row.article_id,
                row.story_id,
                np.frombuffer(row.signature, dtype="<u8"),
                datetime.fromisoformat(row.shown_at),
            )
            for row in rows
        ]
        # Read in this order already (the database's times are fixed-width UTC text); sorted
        # all the same, since every bisection of the day relies on it.
        articles.sort(key=_order)
        held = _Day(articles, now, ids={g.article_id: g for g in articles})
        self._days[day] = held
        self._days.move_to_end(day)
        while len(self._days) > WINDOW_DAYS:
            self._days.popitem(last=False)
        return held


class Analyst:
    def __init__(
        self,
        analysis: AnalysisRepository,
        pairs: tuple[tuple[str, str], ...] = DEFAULT_PAIRS,
        *,
        max_chars: int = EXTRACT_MAX_CHARS,
        story_lock: asyncio.Lock | None = None,
        workers: int = 1,
        reader: Reader | None = None,
    ) -> None:
        self._analysis = analysis
        self._pairs = pairs
        self._max_chars = max_chars
        self.reader = reader  # another reading function (benchmarks): picklable by its name
        self._workers = workers
        self._pool: ProcessPoolExecutor | None = None
        self._slots = asyncio.Semaphore(workers)  # tasks in the pool, all sources together
        self._idle: asyncio.TimerHandle | None = None
        # Extraction runs one chunk at a time in a worker thread; the lock is FIFO, so a
        # small source waits for one chunk of a huge one, never for all of it.
        self._cpu = asyncio.Lock()
        # Held while a story is chosen and the article saved into it, and by the Alerter:
        # an alert never sees a story before its article.
        self.story_lock = story_lock or asyncio.Lock()
        self._busy: set[int] = set()  # articles some pass is reading now
        self._window = StoryWindow(analysis)
        self.read_count = 0  # articles this process read and saved (the workers' logs)

    async def analyse_pending(self) -> int:
        """Read every article never read (and that no other pass, nor another worker on
        PostgreSQL, is reading); returns how many."""
        done = 0
        while True:
            pending = await self._analysis.pending(limit=BATCH)
            articles = [article for article in pending if article.id not in self._busy]
            if not articles:
                return done
            read = await self.analyse(articles)
            if not read:  # all of them being read elsewhere: theirs to finish
                return done
            done += read

    async def analyse(self, articles: Sequence[Article]) -> int:
        """Read these articles (one source's new ones), a chunk at a time; returns how many.

        Each is claimed first: on PostgreSQL another worker may be reading it (its sweep of
        leftovers meets the articles a poll has just stored), and an article read twice,
        by two workers each with its own stories in memory, could start two stories."""
        queue = [article for article in articles if article.id not in self._busy]
        mine = {article.id for article in queue}
        self._busy |= mine  # before the claim: no other pass of this process claims them too
        try:
            claimed = await self._analysis.claim(sorted(mine))
        finally:
            self._busy -= mine
        queue = [article for article in queue if article.id in claimed]
        mine = {article.id for article in queue}
        self._busy |= mine
        self._window.forget(mine)
        done = 0
        try:
            if self._workers > 1 and len(queue) >= POOL_AT:
                return await self._analyse_in_processes(queue)
            while queue:
                async with self._cpu:
                    readings = await asyncio.to_thread(
                        read_for_a_while, queue, self._pairs, self._max_chars, self.reader
                    )
                del queue[: len(readings)]
                await self._save([(reading, None) for reading in readings])
                done += len(readings)
                self.read_count += len(readings)
        finally:
            self._busy -= mine
            try:
                await self._analysis.release_claims(sorted(mine))
            except Exception:  # the claims end with the connection that holds them
                logger.exception("Releasing the claims on %d articles failed", len(mine))
        return done

    async def _analyse_in_processes(self, queue: list[Article]) -> int:
        """Chunks read by the worker processes, a few in flight, saved in order as they come."""
        loop = asyncio.get_running_loop()
        pool = self._process_pool()

        async def read_in_pool(chunk: list[Article]) -> list[_Reading]:
            async with self._slots:
                return await loop.run_in_executor(
                    pool, read_chunk, chunk, self._pairs, self._max_chars, self.reader
                )

        tasks: deque[asyncio.Task[list[_Reading]]] = deque()
        done = 0
        try:
            while queue or tasks:
                while queue and len(tasks) <= self._workers:
                    chunk = queue[:PROCESS_CHUNK]
                    del queue[:PROCESS_CHUNK]
                    tasks.append(asyncio.create_task(read_in_pool(chunk)))
                readings = await tasks.popleft()
                await self._save([(reading, None) for reading in readings])
                done += len(readings)
                self.read_count += len(readings)
        except BaseException:
            self._close_pool()  # a broken pool is started again when next needed
            raise
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            if self._pool is not None:
                self._idle_timer()
        return done

    def _process_pool(self) -> ProcessPoolExecutor:
        if self._idle is not None:
            self._idle.cancel()
            self._idle = None
        if self._pool is None:
            methods = multiprocessing.get_all_start_methods()
            # Never fork a process that runs threads (aiosqlite's, the event loop's helpers).
            context = multiprocessing.get_context(
                "forkserver" if "forkserver" in methods else "spawn"
            )
            self._pool = ProcessPoolExecutor(
                self._workers, mp_context=context, initializer=_warm_up
            )
        return self._pool

    def _idle_timer(self) -> None:
        if self._idle is not None:
            self._idle.cancel()
        self._idle = asyncio.get_running_loop().call_later(POOL_IDLE, self._close_pool)

    def _close_pool(self) -> None:
        if self._idle is not None:
            self._idle.cancel()
            self._idle = None
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

    def close(self) -> None:
        """Stop the worker processes, if any (the app's shutdown)."""
        if self._idle is not None:
            self._idle.cancel()
            self._idle = None
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

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
            await self._save(
                [
                    (reading, story_id)
                    for reading, (_, story_id) in zip(readings, batch, strict=True)
                ],
                refresh=True,
            )
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
        self._window.clear()
        count = await self.analyse_pending()
        logger.info("Re-read %d articles", count)
        return count

    async def _save(
        self, readings: list[tuple[_Reading, int | None]], *, refresh: bool = False
    ) -> None:
        """Choose each reading's story and save it, SAVE_BATCH to a transaction, in order: a
        reading sees the stories of those before it."""
        import numpy as np

        for offset in range(0, len(readings), SAVE_BATCH):
            async with self.story_lock:
                try:
                    async with self._analysis.writing() as writer:
                        if writer.stale:  # another worker grouped stories meanwhile
                            self._window.clear()
                        for reading, story_id in readings[offset : offset + SAVE_BATCH]:
                            story_id = await self._story_of(reading, story_id, writer, refresh)
                            writer.save(reading.article.id, reading.analysis, story_id)
                            signature = reading.analysis.signature
                            if story_id is not None and signature is not None:
                                self._window.add(
                                    _Grouped(
                                        reading.article.id,
                                        story_id,
                                        np.frombuffer(signature, dtype="<u8"),
                                        reading.article.shown_at,
                                        reading.anchors,
                                    )
                                )
                except BaseException:
                    self._window.clear()  # it may hold what was rolled back
                    raise

    async def _story_of(
        self, reading: _Reading, story_id: int | None, writer: StoryWriter, refresh: bool
    ) -> int | None:
        if not reading.facts.relevant:
            return None
        if not refresh or story_id is None:
            return await self._story_for(reading, writer)
        return await self._story_for(reading, writer, create=False) or story_id

    async def _story_for(
        self, reading: _Reading, writer: StoryWriter, *, create: bool = True
    ) -> int | None:
        article = reading.article
        moment = article.shown_at
        signature_bytes = reading.analysis.signature
        if signature_bytes is not None:
            candidates, scores = await self._window.around(
                moment, signature_bytes, exclude=article.id
            )
            lowest = min(floor for floor, _ in LOOSE_REWRITE)
            for index in scores.argsort()[::-1]:
                score = float(scores[index])
                if score < lowest:
                    break
                candidate = candidates[int(index)]
                shared = reading.anchors & await self._anchors_of(candidate)
                if score >= SAME_STORY or any(
                    score >= floor and len(shared) >= needed for floor, needed in LOOSE_REWRITE
                ):
                    writer.extend_story(candidate.story_id, moment)
                    return candidate.story_id
        if not create:
            return None
        return writer.create_story(article.title, reading.facts.countries, moment)

    async def _anchors_of(self, candidate: _Grouped) -> frozenset[str]:
        if candidate.anchors is None:
            stored = await self._analysis.facts_json(candidate.article_id)
            candidate.anchors = anchors(ArticleFacts.from_json(stored)) if stored else frozenset()
        return candidate.anchors
