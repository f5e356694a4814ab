"""Full-text search over the lemma shadow column, one hit per story: FTS5 with BM25 on
SQLite; on PostgreSQL a `simple` tsvector of the same column (GIN) with ts_rank, so both
engines match exactly the same lemmas (a language stemmer would answer differently). On
both engines the index is a table of its own beside the articles, kept in step by
triggers: FTS5's `article_search`, and PostgreSQL's (article id, vector)."""

from __future__ import annotations

import re
from datetime import datetime

from storage.database import POSTGRESQL, Database, engine_errors
from storage.models import SearchFilters, SearchHit, outlet_key, to_db_time

# BM25 is computed for the newest RECENT_MATCHES matches only (FTS5 walks its index by rowid
# and stops), and the best TOP_MATCHES of those are grouped into stories: a word found in
# half the archive costs the same as a rare one, and news readers want the recent stories.
RECENT_MATCHES = 2000
TOP_MATCHES = 500


# Matches → the best of the newest → one row per story. Only placeholders and constants
# are formatted in; {where} is built by _filters from fixed clauses.
_STORIES = f"""
    WITH recent AS (
        SELECT rowid AS id, bm25(article_search) AS score FROM article_search
        WHERE article_search MATCH ? ORDER BY rowid DESC LIMIT {RECENT_MATCHES}
    ), hits AS (
        SELECT id, score FROM recent ORDER BY score LIMIT {TOP_MATCHES}
    ), stories AS (
        SELECT a.story_id, a.id AS article_id, min(h.score) AS score,
               max(coalesce(a.published_at, a.fetched_at)) AS newest
        FROM hits h JOIN articles a ON a.id = h.id
        WHERE a.relevant = 1 AND a.story_id IS NOT NULL {{where}}
        GROUP BY a.story_id
    )
"""


# PostgreSQL: the same window, ranked by ts_rank (negated: lower is better, as BM25);
# DISTINCT ON keeps each story's best article, as SQLite's bare column beside min() does.
# The vectors are in their own narrow table (article_search, migration 13): the window is
# found there and ranked after, from the vectors its rows point to, without reading the
# articles (ranked in the same step, every match of a word found through the index would
# be ranked, each reading its tsvector, before the newest were kept). The query is inlined
# where it is used, so the planner sees its words.
_PG_STORIES = f"""
    WITH query AS NOT MATERIALIZED (SELECT {{tsquery}} AS q), matched AS (
        SELECT s.article_id AS id, s.search_vector FROM article_search s, query
        WHERE s.search_vector @@ query.q ORDER BY s.article_id DESC LIMIT {RECENT_MATCHES}
    ), recent AS (
        SELECT m.id, -ts_rank(m.search_vector, query.q) AS score FROM matched m, query
    ), hits AS (
        SELECT id, score FROM recent ORDER BY score LIMIT {TOP_MATCHES}
    ), best AS (
        SELECT DISTINCT ON (a.story_id) a.story_id, a.id AS article_id, h.score,
               max(coalesce(a.published_at, a.fetched_at))
                   OVER (PARTITION BY a.story_id) AS newest
        FROM hits h JOIN articles a ON a.id = h.id
        WHERE a.relevant = 1 AND a.story_id IS NOT NULL {{where}}
        ORDER BY a.story_id, h.score, a.id
    ), stories AS (SELECT * FROM best)
"""
_QUOTED = re.compile(r'"((?:[^"]|"")*)"')


def fts_terms(match: str) -> list[str]:
    """The quoted terms of an FTS5 expression built by news.query (nothing else is in it)."""
    return [term.replace('""', '"') for term in _QUOTED.findall(match)]


def _tsquery(match: str) -> tuple[str, list[object]]:
    """Each quoted term a phrase of the `simple` configuration, all of them ANDed."""
    terms = fts_terms(match) or [""]
    return " && ".join("phraseto_tsquery('simple', ?)" for _ in terms), list(terms)


def _filters(filters: SearchFilters) -> tuple[str, list[object]]:
    clauses: list[str] = []
    params: list[object] = []
    for code in filters.countries:
        clauses.append("(',' || a.countries || ',') LIKE ?")
        params.append(f"%,{code},%")
    if filters.since is not None:
        clauses.append("coalesce(a.published_at, a.fetched_at) >= ?")
        params.append(to_db_time(filters.since))
    if filters.outlet:
        clauses.append("a.outlet_key = ?")
        params.append(outlet_key(filters.outlet))
    return "".join(f" AND {clause}" for clause in clauses), params


class SearchRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def search(
        self, match: str, filters: SearchFilters, *, limit: int, offset: int = 0
    ) -> tuple[list[SearchHit], int]:
        """Stories whose articles match, best BM25 first, newer first on ties; and how many.

        `match` must be a safe FTS5 expression (quoted terms), built by the caller; one the
        engine refuses raises QueryError, on either engine."""
        where, params = _filters(filters)
        stories = _STORIES
        if self._db.dialect == POSTGRESQL:
            tsquery, terms = _tsquery(match)
            stories = _PG_STORIES.replace("{tsquery}", tsquery)
            params = [*terms[1:], *params]
            match = str(terms[0])
        async with (
            engine_errors("search"),
            self._db.connection.execute(
                stories.format(where=where) + " SELECT story_id, article_id, score, "
                "(SELECT count(*) FROM stories) FROM stories ORDER BY score, newest DESC "
                "LIMIT ? OFFSET ?",
                (match, *params, limit, offset),
            ) as cursor,
        ):
            rows = list(await cursor.fetchall())
        if rows:
            return [SearchHit(row[0], row[1], row[2]) for row in rows], int(rows[0][3])
        if offset == 0:
            return [], 0
        # Past the last page: how many there are, within the same bounded window.
        async with (
            engine_errors("search"),
            self._db.connection.execute(
                stories.format(where=where) + " SELECT count(*) FROM stories", (match, *params)
            ) as cursor,
        ):
            row = await cursor.fetchone()
        return [], int(row[0]) if row else 0

    async def raw_match(self, match: str, limit: int = 10) -> list[int]:
        """The bare full-text query, for the benchmark's baseline."""
        if self._db.dialect == POSTGRESQL:
            tsquery, terms = _tsquery(match)
            async with self._db.connection.execute(
                f"SELECT s.article_id FROM article_search s, (SELECT {tsquery} AS q) query "
                "WHERE s.search_vector @@ query.q "
                "ORDER BY ts_rank(s.search_vector, query.q) DESC LIMIT ?",
                (*terms, limit),
            ) as cursor:
                return [int(row[0]) async for row in cursor]
        async with self._db.connection.execute(
            "SELECT rowid FROM article_search WHERE article_search MATCH ? ORDER BY rank LIMIT ?",
            (match, limit),
        ) as cursor:
            return [int(row[0]) async for row in cursor]

    async def save_query(
        self, user_id: int, query: str, *, token: str, now: datetime
    ) -> tuple[int, str]:
        """A short id and a token for one user's query, so page buttons carry neither the
        text nor anything another user could guess; saving it again renews it."""
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                """
                INSERT INTO saved_searches (user_id, token, query, created_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (user_id, query) DO UPDATE SET created_at = excluded.created_at
                RETURNING id, token
                """,
                (user_id, token, query, to_db_time(now)),
            )
            row = await cursor.fetchone()
            await cursor.close()
        assert row is not None
        return int(row[0]), str(row[1])

    async def saved_query(
        self, query_id: int, *, token: str, user_id: int, since: datetime
    ) -> str | None:
        """The query, if this user saved it under this token after `since`."""
        async with self._db.connection.execute(
            """
            SELECT query FROM saved_searches
            WHERE id = ? AND token = ? AND user_id = ? AND created_at >= ?
            """,
            (query_id, token, user_id, to_db_time(since)),
        ) as cursor:
            row = await cursor.fetchone()
        return row[0] if row else None

    async def expire_queries(self, before: datetime) -> int:
        """Forget saved searches older than `before`; returns how many."""
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                "DELETE FROM saved_searches WHERE created_at < ?", (to_db_time(before),)
            )
            count = cursor.rowcount
            await cursor.close()
        return count
