"""Each pair's facts version: what lets a process keep a pair's report between calls.

A pair's version moves in the same transaction as any change to what its reports are made
of: its turnover and project facts, and the articles they cite (outlet, title, story). A
reader that reads the version before the facts, and finds it unchanged later, knows that
nothing it was built from has changed — in this process or in any other sharing the
database (several `web` replicas and `worker`s on PostgreSQL).

Writers bump the versions of the pairs they touch in sorted order, so two transactions on
PostgreSQL lock the same rows in the same order and never deadlock on them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import aiosqlite

from storage.database import Database

_CHUNK = 500  # ids per statement, well under SQLite's bound-parameter limit


@dataclass(frozen=True, slots=True)
class FactsVersion:
    """A pair's facts version as read, and this process's write mark when it was read."""

    pair: str
    version: int
    mark: int | None  # Database.write_mark(): None when uncommitted writes may be visible


async def read_version(db: Database, pair: str) -> FactsVersion:
    """The pair's version (0 for a pair that never had facts): one primary-key read."""
    mark = db.write_mark()
    async with db.connection.execute(
        "SELECT version FROM fact_versions WHERE pair = ?", (pair,)
    ) as cursor:
        row = await cursor.fetchone()
    return FactsVersion(pair, int(row[0]) if row else 0, mark)


def unchanged_since(db: Database, seen: FactsVersion) -> bool:
    """Whether reads made after `seen` saw only what was committed at `seen` or later, so
    that their result may be kept under `seen.version`: on SQLite, no write transaction of
    this process was open or began meanwhile; on PostgreSQL, always (reads see only
    committed data, and a later commit that changes the pair moves its version)."""
    return seen.mark is not None and db.write_mark() == seen.mark


async def pairs_of_articles(conn: aiosqlite.Connection, article_ids: Sequence[int]) -> set[str]:
    """The pairs these articles state facts about (before their facts are replaced, or
    when what they cite changes)."""
    pairs: set[str] = set()
    for start in range(0, len(article_ids), _CHUNK):
        chunk = list(article_ids[start : start + _CHUNK])
        marks = ",".join("?" * len(chunk))
        async with conn.execute(
            f"SELECT pair FROM turnover_facts WHERE article_id IN ({marks}) "
            f"UNION SELECT pair FROM project_facts WHERE article_id IN ({marks})",
            (*chunk, *chunk),
        ) as cursor:
            pairs |= {str(row[0]) for row in await cursor.fetchall()}
    return pairs


async def bump(conn: aiosqlite.Connection, pairs: Iterable[str]) -> None:
    """Inside the writing transaction: move these pairs' versions (sorted: see above)."""
    await conn.executemany(
        "INSERT INTO fact_versions (pair, version) VALUES (?, 1) "
        "ON CONFLICT (pair) DO UPDATE SET version = fact_versions.version + 1",
        [(pair,) for pair in sorted(set(pairs))],
    )


async def bump_all(conn: aiosqlite.Connection) -> None:
    """Every pair's facts changed (all of them forgotten before a re-extraction)."""
    async with conn.execute("SELECT pair FROM fact_versions") as cursor:
        pairs = [str(row[0]) for row in await cursor.fetchall()]
    await bump(conn, pairs)
