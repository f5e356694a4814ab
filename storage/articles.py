"""Repository of stored articles."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import aiosqlite

from storage import fact_versions
from storage.database import POSTGRESQL, Database
from storage.models import Article, NewArticle, from_db_time, outlet_key, to_db_time

# Matches the articles_newest index, so paging stays an index walk.
_NEWEST_FIRST = "ORDER BY coalesce(published_at, fetched_at) DESC, id DESC"


_COLUMNS = (
    "source_id, url, guid, outlet, outlet_key, title, summary, body, "
    "published_at, fetched_at, language, content_hash"
)


def _values(item: NewArticle) -> tuple[object, ...]:
    return (
        item.source_id,
        item.url,
        item.guid,
        item.outlet,
        outlet_key(item.outlet),
        item.title,
        item.summary,
        item.body,
        to_db_time(item.published_at) if item.published_at else None,
        to_db_time(item.fetched_at),
        item.language,
        item.content_hash,
    )


def article_from_row(row: aiosqlite.Row) -> Article:
    return Article(
        id=row["id"],
        source_id=row["source_id"],
        url=row["url"],
        guid=row["guid"],
        outlet=row["outlet"],
        title=row["title"],
        summary=row["summary"],
        body=row["body"],
        published_at=from_db_time(row["published_at"]),
        fetched_at=from_db_time(row["fetched_at"]),
        language=row["language"],
        content_hash=row["content_hash"],
    )


class ArticleRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def add_many(self, articles: Sequence[NewArticle]) -> list[int]:
        """Store the articles not stored yet, atomically; returns the ids of the new ones.

        An article is already stored when its canonical URL, or its guid within the
        same source, is: re-ingesting an entry never duplicates it.
        """
        if self._db.dialect == POSTGRESQL:
            return await self._add_many_returning(articles)
        async with self._db.transaction() as conn:
            # One statement for the batch: the new rows take the ids after the largest one
            # (the write lock is held), so they are found again by id, in order.
            async with conn.execute("SELECT coalesce(max(id), 0) FROM articles") as cursor:
                row = await cursor.fetchone()
            largest = int(row[0]) if row else 0
            await conn.executemany(
                """
                INSERT INTO articles (
                    source_id, url, guid, outlet, outlet_key, title, summary, body,
                    published_at, fetched_at, language, content_hash
                ) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING
                """,
                [_values(item) for item in articles],
            )
            async with conn.execute(
                "SELECT id FROM articles WHERE id > ? ORDER BY id", (largest,)
            ) as cursor:
                return [int(row[0]) async for row in cursor]

    async def _add_many_returning(self, articles: Sequence[NewArticle]) -> list[int]:
        """PostgreSQL: other workers insert at the same time, so each new row's id is the
        one its own statement returns."""
        added: list[int] = []
        async with self._db.transaction() as conn:
            for item in articles:
                async with conn.execute(
                    f"""
                    INSERT INTO articles ({_COLUMNS})
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT DO NOTHING RETURNING id
                    """,
                    _values(item),
                ) as cursor:
                    row = await cursor.fetchone()
                if row is not None:
                    added.append(int(row[0]))
        return added

    async def refresh_text(self, source_id: int, articles: Sequence[NewArticle]) -> list[int]:
        """Articles of this source read again (its decoding changed): where the text differs,
        store the new text and forget the old reading, so analysis reads them again."""
        refreshed: list[int] = []
        async with self._db.transaction() as conn:
            for item in articles:
                cursor = await conn.execute(
                    """
                    UPDATE articles SET title = ?, summary = ?, body = ?, outlet = ?,
                        outlet_key = ?, language = ?, content_hash = ?, extractor_version = NULL,
                        story_id = NULL, relevant = NULL
                    WHERE url = ? AND source_id = ? AND content_hash != ?
                    RETURNING id
                    """,
                    (
                        item.title,
                        item.summary,
                        item.body,
                        item.outlet,
                        outlet_key(item.outlet),
                        item.language,
                        item.content_hash,
                        item.url,
                        source_id,
                        item.content_hash,
                    ),
                )
                row = await cursor.fetchone()
                await cursor.close()
                if row is not None:
                    refreshed.append(int(row[0]))
            # Their facts stay until they are read again, citing the new outlet and title
            # and no story: the reports of their pairs change now.
            await fact_versions.bump(conn, await fact_versions.pairs_of_articles(conn, refreshed))
        return refreshed

    async def known_urls(self, urls: Iterable[str]) -> set[str]:
        wanted = list(dict.fromkeys(urls))
        known: set[str] = set()
        # Stay well under SQLite's bound-parameter limit.
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ",".join("?" * len(chunk))
            async with self._db.connection.execute(
                f"SELECT url FROM articles WHERE url IN ({marks})",
                chunk,
            ) as cursor:
                known.update([row[0] async for row in cursor])
        return known

    async def get_many(self, article_ids: Sequence[int]) -> list[Article]:
        """The articles with these ids, in the order given (missing ones left out)."""
        found: dict[int, Article] = {}
        ids = list(article_ids)
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            async with self._db.connection.execute(
                f"SELECT * FROM articles WHERE id IN ({marks})", chunk
            ) as cursor:
                found.update({row["id"]: article_from_row(row) async for row in cursor})
        return [found[article_id] for article_id in ids if article_id in found]

    async def get(self, article_id: int) -> Article | None:
        async with self._db.connection.execute(
            "SELECT * FROM articles WHERE id = ?", (article_id,)
        ) as cursor:
            row = await cursor.fetchone()
        return article_from_row(row) if row else None

    async def latest(self, *, limit: int, offset: int = 0) -> list[Article]:
        async with self._db.connection.execute(
            f"SELECT * FROM articles {_NEWEST_FIRST} LIMIT ? OFFSET ?",
            (limit, offset),
        ) as cursor:
            return [article_from_row(row) async for row in cursor]

    async def count(self) -> int:
        async with self._db.connection.execute("SELECT count(*) FROM articles") as cursor:
            row = await cursor.fetchone()
        return int(row[0]) if row else 0

    async def count_by_source(self) -> dict[int, int]:
        async with self._db.connection.execute(
            """
            SELECT source_id, count(*) FROM articles
            WHERE source_id IS NOT NULL GROUP BY source_id
            """
        ) as cursor:
            return {int(row[0]): int(row[1]) async for row in cursor}

    async def outlets(self) -> list[str]:
        """The names of the outlets articles were stored from, most articles first: what a
        reader's outlet filter can name. A scan of the archive: asked only when the filter
        names no outlet exactly."""
        async with self._db.connection.execute(
            """
            SELECT outlet FROM articles WHERE outlet != ''
            GROUP BY outlet ORDER BY count(*) DESC, outlet
            """
        ) as cursor:
            return [str(row[0]) async for row in cursor]
