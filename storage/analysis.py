"""Repository of what the extractor found: relevance, facts, and the stories articles form."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import aiosqlite

from news.facts import Approx, Kind, Status
from storage import fact_versions
from storage.articles import article_from_row
from storage.database import POSTGRESQL, Database, lock_key
from storage.fact_versions import FactsVersion
from storage.models import (
    Analysis,
    Article,
    Citation,
    CitedProject,
    CitedTurnover,
    ProjectRecord,
    SearchFilters,
    Story,
    StoryCandidate,
    TurnoverRecord,
    from_db_time,
    outlet_key,
    to_db_time,
)

_SHOWN_AT = "coalesce(a.published_at, a.fetched_at)"
STORY_LOCK = "coopnews:stories"  # PostgreSQL: one process groups stories at a time
ARTICLE_CLAIMS = "coopnews:reading"  # PostgreSQL: an article is read by one worker at a time
# PostgreSQL: a counter bumped by every batch that groups stories, so a worker learns that
# another one grouped since its last batch (and that the stories it keeps in memory are old).
GROUPING_GENERATION = "stories:grouping"
# SQLite: articles' readings per UPDATE statement (eight values each, well under the
# bound-parameter limit).
_ARTICLES_PER_UPDATE = 500


async def _write_many(
    conn: aiosqlite.Connection,
    readings: Sequence[tuple[int, Analysis, int | None]],
    dialect: str,
) -> None:
    """Replace the analyses and facts of these articles: one statement of each kind."""
    if not readings:
        return
    await _update_articles(
        conn,
        [
            (
                int(analysis.relevant),
                ",".join(analysis.countries),
                analysis.facts_json,
                analysis.extractor_version,
                analysis.signature,
                story_id,
                analysis.search_lemmas,
                article_id,
            )
            for article_id, analysis, story_id in readings
        ],
        dialect,
    )
    ids = [(article_id,) for article_id, _, _ in readings]
    # The pairs whose facts change: those the old readings stated and the new ones state.
    pairs = await fact_versions.pairs_of_articles(conn, [article_id for (article_id,) in ids])
    pairs |= {fact.pair for _, analysis, _ in readings for fact in analysis.turnover}
    pairs |= {fact.pair for _, analysis, _ in readings for fact in analysis.projects}
    await conn.executemany("DELETE FROM turnover_facts WHERE article_id = ?", ids)
    await conn.executemany("DELETE FROM project_facts WHERE article_id = ?", ids)
    await conn.executemany(
        """
        INSERT INTO turnover_facts (article_id, pair, amount, currency, approx,
            period_from, period_to, change_pct, kind, quote, stated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
            (SELECT coalesce(published_at, fetched_at) FROM articles WHERE id = ?))
        """,
        [
            (
                article_id,
                fact.pair,
                fact.amount,
                fact.currency,
                fact.approx,
                fact.period_from,
                fact.period_to,
                fact.change_pct,
                fact.kind,
                fact.quote,
                article_id,
            )
            for article_id, analysis, _ in readings
            for fact in analysis.turnover
        ],
    )
    await conn.executemany(
        """
        INSERT INTO project_facts (article_id, pair, status, count, value, currency,
            jobs, companies, places, subject, quote, stated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
            (SELECT coalesce(published_at, fetched_at) FROM articles WHERE id = ?))
        """,
        [
            (
                article_id,
                fact.pair,
                fact.status,
                fact.count,
                fact.value,
                fact.currency,
                fact.jobs,
                json.dumps(fact.companies, ensure_ascii=False),
                json.dumps(fact.places, ensure_ascii=False),
                fact.subject,
                fact.quote,
                article_id,
            )
            for article_id, analysis, _ in readings
            for fact in analysis.projects
        ],
    )
    await fact_versions.bump(conn, pairs)


async def _update_articles(
    conn: aiosqlite.Connection, rows: list[tuple[object, ...]], dialect: str
) -> None:
    """Each article's reading: (relevant, countries, facts, extractor version, signature,
    story, search lemmas, article id).

    On SQLite one UPDATE for many articles, not one per article: every statement that fires
    the search index's trigger opens a savepoint, and FTS5 (3.40) writes the terms it holds
    to disk at each savepoint, so that each article's lemmas became an index segment of
    their own, merged again later (a third of the cost of saving a reading). PostgreSQL
    indexes in a generated column and pipelines executemany."""
    if dialect == POSTGRESQL:
        await conn.executemany(
            """
            UPDATE articles SET relevant = ?, countries = ?, facts_json = ?,
                extractor_version = ?, signature = ?, story_id = ?, search_lemmas = ?
            WHERE id = ?
            """,
            rows,
        )
        return
    # An article given twice takes its last reading, as one update after another would.
    rows = list({row[-1]: row for row in rows}.values())
    for start in range(0, len(rows), _ARTICLES_PER_UPDATE):
        chunk = rows[start : start + _ARTICLES_PER_UPDATE]
        values = ", ".join(["(?, ?, ?, ?, ?, ?, ?, ?)"] * len(chunk))
        await conn.execute(
            f"""
            UPDATE articles SET relevant = v.column1, countries = v.column2,
                facts_json = v.column3, extractor_version = v.column4, signature = v.column5,
                story_id = v.column6, search_lemmas = v.column7
            FROM (VALUES {values}) AS v WHERE articles.id = v.column8
            """,
            [value for row in chunk for value in row],
        )


def _story(row: aiosqlite.Row) -> Story:
    return Story(
        id=row["id"],
        title=row["title"],
        countries=tuple(filter(None, row["countries"].split(","))),
        first_seen_at=from_db_time(row["first_seen_at"]),
        last_seen_at=from_db_time(row["last_seen_at"]),
    )


# The newest statements of a pair are read hundreds at a time for each report made anew:
# named columns unpacked by position and enums looked up in a dict, not a row lookup by
# name and an enum call per field (~10 → ~4 µs a row).
_CITATION_COLUMNS = "f.article_id, a.story_id, a.outlet, a.url, a.title, f.stated_at"
_TURNOVER_COLUMNS = (
    "f.pair, f.amount, f.currency, f.approx, f.period_from, f.period_to, f.change_pct, f.kind, "
    "f.quote"
)
_PROJECT_COLUMNS = (
    "f.pair, f.status, f.count, f.value, f.currency, f.jobs, f.companies, f.places, f.subject, "
    "f.quote"
)
_APPROX: dict[str | None, Approx | None] = {None: None, "": None, **{a.value: a for a in Approx}}
_KIND = {k.value: k for k in Kind}
_STATUS = {s.value: s for s in Status}


def _citation(article_id: int, story_id: int | None, outlet: str, url: str, title: str,
              stated_at: str) -> Citation:  # fmt: skip
    return Citation(article_id, story_id, outlet, url, title, from_db_time(stated_at))


def _cited_turnover(row: Sequence[Any]) -> CitedTurnover:
    pair, amount, currency, approx, period_from, period_to, change_pct, kind, quote = row[:9]
    record = TurnoverRecord(pair, amount, currency, _APPROX[approx], period_from, period_to,
                            change_pct, _KIND[kind], quote)  # fmt: skip
    return CitedTurnover(record, _citation(*row[9:]))


def _cited_project(row: Sequence[Any]) -> CitedProject:
    pair, status, count, value, currency, jobs, companies, places, subject, quote = row[:10]
    record = ProjectRecord(pair, _STATUS[status], count, value, currency, jobs,
                           tuple(json.loads(companies)), tuple(json.loads(places)), subject,
                           quote)  # fmt: skip
    return CitedProject(record, _citation(*row[10:]))


class AnalysisRepository:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._generation = 0  # the grouping generation of this process's last batch

    async def claim(self, article_ids: Sequence[int]) -> set[int]:
        """Of these articles, those this process may read now: read by no other process at
        this moment (on PostgreSQL, a claim held until `release_claims` or the process's
        end), and still unread (another may have read and released them a moment ago).
        SQLite has one process, whose Analyst keeps its own readings apart."""
        if self._db.dialect != POSTGRESQL or not article_ids:
            return set(article_ids)
        claimed = await self._db.claim(ARTICLE_CLAIMS, article_ids)
        if not claimed:
            return set()
        marks = ", ".join("?" * len(claimed))
        async with self._db.connection.execute(
            f"SELECT id FROM articles WHERE extractor_version IS NULL AND id IN ({marks})",
            tuple(claimed),
        ) as cursor:
            unread = {int(row[0]) async for row in cursor}
        await self._db.release(ARTICLE_CLAIMS, sorted(claimed - unread))
        return unread

    async def release_claims(self, article_ids: Sequence[int]) -> None:
        """Read and saved (or given up): another process may claim them again."""
        await self._db.release(ARTICLE_CLAIMS, article_ids)

    async def pending(self, limit: int = 500) -> list[Article]:
        """Articles never read, oldest first (stories form in order)."""
        async with self._db.connection.execute(
            f"""
            SELECT * FROM articles a
            WHERE a.extractor_version IS NULL
            ORDER BY {_SHOWN_AT}, a.id
            LIMIT ?
            """,
            (limit,),
        ) as cursor:
            return [article_from_row(row) async for row in cursor]

    async def outdated(self, version: int, limit: int = 100) -> list[tuple[Article, int | None]]:
        """Articles an older extractor read, oldest first, with the story each belongs to.

        Each older version is a range of the reading index in reading order: a few small
        index walks, merged, never a sort of the whole archive."""
        found: list[tuple[tuple[str, int], Article, int | None]] = []
        older = -1
        while True:
            async with self._db.connection.execute(
                "SELECT min(extractor_version) FROM articles "
                "WHERE extractor_version > ? AND extractor_version < ?",
                (older, version),
            ) as cursor:
                row = await cursor.fetchone()
            if row is None or row[0] is None:
                break
            older = int(row[0])
            async with self._db.connection.execute(
                f"""
                SELECT *, {_SHOWN_AT} AS shown FROM articles a
                WHERE a.extractor_version = ?
                ORDER BY {_SHOWN_AT}, a.id
                LIMIT ?
                """,
                (older, limit),
            ) as cursor:
                async for row in cursor:
                    key = (row["shown"], row["id"])
                    found.append((key, article_from_row(row), row["story_id"]))
        found.sort(key=lambda item: item[0])
        return [(article, story_id) for _, article, story_id in found[:limit]]

    async def drop_empty_stories(self) -> int:
        """Stories no article belongs to any more (after a re-reading), removed."""
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                "DELETE FROM stories WHERE id NOT IN "
                "(SELECT story_id FROM articles WHERE story_id IS NOT NULL)"
            )
            count = cursor.rowcount
            await cursor.close()
        return count

    async def save(self, article_id: int, analysis: Analysis, story_id: int | None) -> None:
        """Replace the article's analysis and facts in one transaction."""
        async with self._db.transaction() as conn:
            await _write_many(conn, [(article_id, analysis, story_id)], self._db.dialect)

    async def save_many(self, readings: Sequence[tuple[int, Analysis, int | None]]) -> None:
        """Store many analyses in one transaction (bulk loads and imports)."""
        async with self._db.transaction() as conn:
            await _write_many(conn, readings, self._db.dialect)

    @asynccontextmanager
    async def writing(self) -> AsyncIterator[StoryWriter]:
        """One transaction for a batch of readings: stories created, joined and articles
        saved as the caller decides, written in a few statements when the block ends."""
        async with self._db.transaction() as conn:
            stale = False
            if self._db.dialect == POSTGRESQL:
                # Workers on other machines group stories too: one batch at a time.
                await conn.execute("SELECT pg_advisory_xact_lock(?)", (lock_key(STORY_LOCK),))
                async with conn.execute(
                    "INSERT INTO delivery_cursors (name, value) VALUES (?, 1) "
                    "ON CONFLICT (name) DO UPDATE SET value = delivery_cursors.value + 1 "
                    "RETURNING value",
                    (GROUPING_GENERATION,),
                ) as cursor:
                    row = await cursor.fetchone()
                generation = int(row[0]) if row else 0
                stale = generation != self._generation + 1
            async with conn.execute("SELECT coalesce(max(id), 0) FROM stories") as cursor:
                row = await cursor.fetchone()
            writer = StoryWriter(int(row[0]) if row else 0, stale=stale)
            yield writer
            await writer.flush(conn, self._db.dialect)
            if self._db.dialect == POSTGRESQL:
                # Should the commit fail, the next batch sees a gap and reads stories again.
                self._generation = generation
            if self._db.dialect == POSTGRESQL and writer.created:
                # The ids were given explicitly: the identity goes on after them.
                await conn.execute(
                    "SELECT setval(pg_get_serial_sequence('stories', 'id'), "
                    "(SELECT max(id) FROM stories))"
                )

    async def forget_all(self) -> int:
        """Before a full re-extraction: every article unread, no stories, no facts."""
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                "UPDATE articles SET extractor_version = NULL, story_id = NULL"
            )
            count = cursor.rowcount
            await cursor.close()
            await conn.execute("DELETE FROM turnover_facts")
            await conn.execute("DELETE FROM project_facts")
            await conn.execute("DELETE FROM stories")
            await fact_versions.bump_all(conn)
        return count

    async def story_candidates(
        self, start: datetime, end: datetime, *, exclude: int
    ) -> list[StoryCandidate]:
        async with self._db.connection.execute(
            f"""
            SELECT a.id, a.story_id, a.signature FROM articles a
            WHERE a.story_id IS NOT NULL AND a.signature IS NOT NULL AND a.id != ?
              AND {_SHOWN_AT} BETWEEN ? AND ?
            """,
            (exclude, to_db_time(start), to_db_time(end)),
        ) as cursor:
            return [StoryCandidate(row[0], row[1], row[2]) async for row in cursor]

    async def grouped_between(self, start: datetime, end: datetime) -> list[GroupedArticle]:
        """Articles in stories with a signature, shown from `start` (inclusive) to `end`
        (exclusive): an index range, for the stories' window in memory."""
        async with self._db.connection.execute(
            f"""
            SELECT a.id, a.story_id, a.signature, {_SHOWN_AT} FROM articles a
            WHERE {_SHOWN_AT} >= ? AND {_SHOWN_AT} < ?
              AND a.story_id IS NOT NULL AND a.signature IS NOT NULL
            ORDER BY {_SHOWN_AT} DESC, a.id DESC
            """,
            (to_db_time(start), to_db_time(end)),
        ) as cursor:
            return [GroupedArticle(row[0], row[1], row[2], row[3]) async for row in cursor]

    async def facts_json(self, article_id: int) -> str | None:
        async with self._db.connection.execute(
            "SELECT facts_json FROM articles WHERE id = ?", (article_id,)
        ) as cursor:
            row = await cursor.fetchone()
        return row[0] if row else None

    async def create_story(self, title: str, countries: Sequence[str], seen_at: datetime) -> int:
        [story_id] = await self.create_stories([(title, countries, seen_at)])
        return story_id

    async def create_stories(
        self, stories: Sequence[tuple[str, Sequence[str], datetime]]
    ) -> list[int]:
        """Many stories in one transaction (bulk loads); their ids in the same order."""
        ids = []
        async with self._db.transaction() as conn:
            if self._db.dialect == POSTGRESQL:
                await conn.execute("SELECT pg_advisory_xact_lock(?)", (lock_key(STORY_LOCK),))
            for title, countries, seen_at in stories:
                cursor = await conn.execute(
                    """
                    INSERT INTO stories (title, countries, first_seen_at, last_seen_at)
                    VALUES (?, ?, ?, ?) RETURNING id
                    """,
                    (title, ",".join(countries), to_db_time(seen_at), to_db_time(seen_at)),
                )
                row = await cursor.fetchone()
                await cursor.close()
                assert row is not None
                ids.append(int(row[0]))
        return ids

    async def extend_story(self, story_id: int, seen_at: datetime) -> None:
        moment = to_db_time(seen_at)
        async with self._db.transaction() as conn:
            await conn.execute(
                """
                UPDATE stories SET first_seen_at = least(first_seen_at, ?),
                    last_seen_at = greatest(last_seen_at, ?)
                WHERE id = ?
                """,
                (moment, moment, story_id),
            )

    async def stories(
        self, *, limit: int, offset: int = 0, filters: SearchFilters | None = None
    ) -> list[Story]:
        """Newest stories first, narrowed by country, date and outlet (an index walk)."""
        source, params = _story_source(filters)
        async with self._db.connection.execute(
            f"SELECT s.* {source} LIMIT ? OFFSET ?", (*params, limit, offset)
        ) as cursor:
            return [_story(row) async for row in cursor]

    async def stories_by_id(self, story_ids: Sequence[int]) -> list[Story]:
        if not story_ids:
            return []
        marks = ",".join("?" * len(story_ids))
        async with self._db.connection.execute(
            f"SELECT * FROM stories WHERE id IN ({marks})", list(story_ids)
        ) as cursor:
            return [_story(row) async for row in cursor]

    async def count_stories(
        self, filters: SearchFilters | None = None, *, cap: int | None = None
    ) -> int:
        """How many stories match; with `cap`, counting stops there (a bounded scan)."""
        source, params = _story_source(filters)
        limit = "" if cap is None else f" LIMIT {int(cap)}"
        async with self._db.connection.execute(
            f"SELECT count(*) FROM (SELECT 1 {source}{limit}) AS matched", params
        ) as cursor:
            row = await cursor.fetchone()
        return int(row[0]) if row else 0

    async def articles_of(self, story_ids: Sequence[int]) -> dict[int, list[Article]]:
        if not story_ids:
            return {}
        marks = ",".join("?" * len(story_ids))
        grouped: dict[int, list[Article]] = {story_id: [] for story_id in story_ids}
        async with self._db.connection.execute(
            f"""
            SELECT * FROM articles a WHERE a.story_id IN ({marks})
            ORDER BY {_SHOWN_AT}, a.id
            """,
            list(story_ids),
        ) as cursor:
            async for row in cursor:
                grouped[row["story_id"]].append(article_from_row(row))
        return grouped

    async def facts_version(self, pair: str) -> FactsVersion:
        """The pair's facts version, read before its facts when a report made of them is to
        be kept (see storage.fact_versions)."""
        return await fact_versions.read_version(self._db, pair)

    def unchanged_since(self, seen: FactsVersion) -> bool:
        """Whether what was read since `seen` may be kept under its version."""
        return fact_versions.unchanged_since(self._db, seen)

    async def turnover(self, pair: str, limit: int = 500) -> list[CitedTurnover]:
        """The pair's most recent turnover statements (an index range, however big the archive)."""
        return await self._turnover_where("f.pair = ?", [pair], limit)

    async def projects(self, pair: str, limit: int = 300) -> list[CitedProject]:
        """The pair's most recent project statements (an index range, however big the archive)."""
        return await self._projects_where("f.pair = ?", [pair], limit)

    async def story_facts(
        self, story_ids: Sequence[int], limit: int = 500
    ) -> tuple[list[CitedTurnover], list[CitedProject]]:
        """Every turnover and project statement made in these stories' articles."""
        if not story_ids:
            return [], []
        where = f"a.story_id IN ({','.join('?' * len(story_ids))})"
        return (
            await self._turnover_where(where, list(story_ids), limit),
            await self._projects_where(where, list(story_ids), limit),
        )

    async def stories_after(self, story_id: int, *, limit: int) -> list[Story]:
        """Stories created after `story_id`, oldest first: what alerts and digests cover."""
        async with self._db.connection.execute(
            "SELECT * FROM stories WHERE id > ? ORDER BY id LIMIT ?", (story_id, limit)
        ) as cursor:
            return [_story(row) async for row in cursor]

    async def newest_story_id(self) -> int:
        async with self._db.connection.execute("SELECT coalesce(max(id), 0) FROM stories") as cur:
            row = await cur.fetchone()
        return int(row[0]) if row else 0

    async def _cited(
        self, table: str, columns: str, where: str, params: list[object], limit: int
    ) -> list[aiosqlite.Row]:
        """The newest statements in a facts table, each with the article that made it."""
        async with self._db.connection.execute(
            f"""
            SELECT {columns}, {_CITATION_COLUMNS}
            FROM {table} f JOIN articles a ON a.id = f.article_id
            WHERE {where}
            ORDER BY f.stated_at DESC, f.id DESC
            LIMIT ?
            """,
            (*params, limit),
        ) as cursor:
            return list(await cursor.fetchall())

    async def _turnover_where(
        self, where: str, params: list[object], limit: int
    ) -> list[CitedTurnover]:
        rows = await self._cited("turnover_facts", _TURNOVER_COLUMNS, where, params, limit)
        return [_cited_turnover(row) for row in rows]

    async def _projects_where(
        self, where: str, params: list[object], limit: int
    ) -> list[CitedProject]:
        rows = await self._cited("project_facts", _PROJECT_COLUMNS, where, params, limit)
        return [_cited_project(row) for row in rows]

    async def pairs_with_facts(self) -> dict[str, tuple[int, int]]:
        """Every pair with facts: (turnover facts, project facts)."""
        counts: dict[str, tuple[int, int]] = {}
        async with self._db.connection.execute(
            """
            SELECT pair, sum(CASE WHEN kind = 'turnover' THEN 1 ELSE 0 END),
                sum(CASE WHEN kind = 'project' THEN 1 ELSE 0 END) FROM (
                SELECT pair, 'turnover' AS kind FROM turnover_facts
                UNION ALL
                SELECT pair, 'project' FROM project_facts
            ) AS facts GROUP BY pair ORDER BY count(*) DESC
            """
        ) as cursor:
            async for row in cursor:
                counts[row[0]] = (int(row[1]), int(row[2]))
        return counts


def _story_source(filters: SearchFilters | None) -> tuple[str, list[object]]:
    """FROM, WHERE and ORDER BY of the stories that match, newest first.

    With filters, the walk is down the story_tags index of one tag (the pair, a country or
    the outlet) in the stories' order; the other filters are checked on each story met."""
    order = "ORDER BY s.last_seen_at DESC, s.id DESC"
    if filters is None or filters.empty:
        return f"FROM stories s {order}", []
    clauses: list[str] = []
    params: list[object] = []
    countries = list(dict.fromkeys(filters.countries))
    outlet = "o:" + outlet_key(filters.outlet) if filters.outlet else None
    if len(countries) == 2:
        tag: str | None = "p:" + ",".join(sorted(countries))
        unsure = []  # the pair's tag is these two countries' story (a story's never change)
    elif countries:
        tag = "c:" + countries[0]
        unsure = countries[1:]
    else:
        tag, outlet, unsure = outlet, None, []
    # Only what the tag does not already say: a redundant LIKE also misled PostgreSQL's
    # planner (estimated 2 % of a country's stories instead of all) into joining every one.
    for code in unsure:
        clauses.append("(',' || s.countries || ',') LIKE ?")
        params.append(f"%,{code},%")
    if outlet is not None:
        clauses.append(
            "EXISTS (SELECT 1 FROM story_tags o "
            "WHERE o.tag = ? AND o.last_seen_at = s.last_seen_at AND o.story_id = s.id)"
        )
        params.append(outlet)
    if tag is None:  # a date alone: a range of the stories' own index
        if filters.since is not None:
            clauses.append("s.last_seen_at >= ?")
            params.append(to_db_time(filters.since))
        return f"FROM stories s WHERE {' AND '.join(clauses) or '1 = 1'} {order}", params
    since = ""
    if filters.since is not None:
        since = " AND t.last_seen_at >= ?"
    where = "".join(f" AND {clause}" for clause in clauses)
    return (
        "FROM story_tags t JOIN stories s ON s.id = t.story_id "
        f"WHERE t.tag = ?{since}{where} ORDER BY t.last_seen_at DESC, t.story_id DESC",
        [tag, *([to_db_time(filters.since)] if filters.since is not None else []), *params],
    )


@dataclass(frozen=True, slots=True)
class GroupedArticle:
    """An article already in a story, as another retelling is compared with it."""

    article_id: int
    story_id: int
    signature: bytes
    shown_at: str  # database time


class StoryWriter:
    """What one batch of readings does to stories and articles, written at its end.

    New stories take the ids after the largest one (the write lock is held), so a later
    article of the batch can join a story an earlier one started."""

    def __init__(self, largest_story_id: int, *, stale: bool = False) -> None:
        # Another process grouped stories since this one's last batch (PostgreSQL): what
        # this one keeps in memory of the stories is to be read again.
        self.stale = stale
        self._next = largest_story_id + 1
        # Each story's first and last report in this batch: a story is written once however
        # many of the batch's articles join it (each update of its last report also moves
        # its tags), and a new one is inserted with them.
        self._new: dict[int, tuple[str, str, str, str]] = {}  # title, countries, first, last
        self._seen: dict[int, tuple[str, str]] = {}  # stories stored before: first, last
        self._saved: list[tuple[int, Analysis, int | None]] = []

    @property
    def created(self) -> bool:
        return bool(self._new)

    def create_story(self, title: str, countries: Sequence[str], seen_at: datetime) -> int:
        story_id = self._next
        self._next += 1
        moment = to_db_time(seen_at)
        self._new[story_id] = (title, ",".join(countries), moment, moment)
        return story_id

    def extend_story(self, story_id: int, seen_at: datetime) -> None:
        # Database times are fixed-width UTC text: compared as strings, they compare in time.
        moment = to_db_time(seen_at)
        if story_id in self._new:
            title, countries, first, last = self._new[story_id]
            self._new[story_id] = (title, countries, min(first, moment), max(last, moment))
            return
        first, last = self._seen.get(story_id, (moment, moment))
        self._seen[story_id] = (min(first, moment), max(last, moment))

    def save(self, article_id: int, analysis: Analysis, story_id: int | None) -> None:
        self._saved.append((article_id, analysis, story_id))

    async def flush(self, conn: aiosqlite.Connection, dialect: str) -> None:
        await conn.executemany(
            "INSERT INTO stories (id, title, countries, first_seen_at, last_seen_at) "
            "VALUES (?, ?, ?, ?, ?)",
            [(story_id, *story) for story_id, story in self._new.items()],
        )
        await conn.executemany(
            """
            UPDATE stories SET first_seen_at = least(first_seen_at, ?),
                last_seen_at = greatest(last_seen_at, ?)
            WHERE id = ?
            """,
            [(first, last, story_id) for story_id, (first, last) in sorted(self._seen.items())],
        )
        await _write_many(conn, self._saved, dialect)
