"""One SQLite database: opened, migrated and closed in one place."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import aiosqlite

from storage.migrations import MIGRATIONS

logger = logging.getLogger(__name__)


class MigrationError(RuntimeError):
    """The database cannot be brought to the schema this code expects."""


class Database:
    """A migrated connection plus the lock that keeps each write transaction whole.

    aiosqlite runs every statement on one thread, but coroutines interleave between
    awaits; without the lock a second coroutine's statement would land inside the
    first one's open transaction.
    """

    def __init__(self, connection: aiosqlite.Connection) -> None:
        self.connection = connection
        self._write_lock = asyncio.Lock()

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        async with self._write_lock:
            await self.connection.execute("BEGIN IMMEDIATE")
            try:
                yield self.connection
            except BaseException:
                await self.connection.execute("ROLLBACK")
                raise
            await self.connection.execute("COMMIT")

    async def schema_version(self) -> int:
        async with self.connection.execute("PRAGMA user_version") as cursor:
            row = await cursor.fetchone()
        return int(row[0]) if row else 0


async def migrate(connection: aiosqlite.Connection, target: int | None = None) -> int:
    """Apply the migrations the database lacks, each atomically; safe to re-run."""
    target = len(MIGRATIONS) if target is None else target
    async with connection.execute("PRAGMA user_version") as cursor:
        row = await cursor.fetchone()
    current = int(row[0]) if row else 0
    if current > len(MIGRATIONS):
        raise MigrationError(
            f"database schema version {current} is newer than this coopnews knows "
            f"({len(MIGRATIONS)}); upgrade coopnews or use another DATABASE_PATH"
        )
    for version in range(current, target):
        logger.info("Migrating database schema to version %d", version + 1)
        # executescript commits whatever is pending first, so the whole step,
        # including the version bump, runs in its own explicit transaction.
        script = f"BEGIN;\n{MIGRATIONS[version]}\nPRAGMA user_version = {version + 1};\nCOMMIT;"
        try:
            await connection.executescript(script)
        except Exception as error:
            if connection.in_transaction:
                await connection.execute("ROLLBACK")
            raise MigrationError(f"migration {version + 1} failed: {error}") from error
    return max(current, target)


def _casefold(value: str | None) -> str | None:
    return value.casefold() if value is not None else None


@asynccontextmanager
async def open_database(
    path: Path | str, *, target_version: int | None = None
) -> AsyncIterator[Database]:
    """Open (creating if needed), configure and migrate the database; close it on exit."""
    if str(path) != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    connection = await aiosqlite.connect(path, isolation_level=None)
    try:
        connection.row_factory = aiosqlite.Row
        await connection.execute("PRAGMA journal_mode = WAL")
        await connection.execute("PRAGMA foreign_keys = ON")
        await connection.execute("PRAGMA busy_timeout = 5000")
        await connection.execute("PRAGMA synchronous = NORMAL")
        # Unicode-aware case folding (SQLite's lower() folds ASCII only): outlet filters.
        await connection.create_function("casefold", 1, _casefold, deterministic=True)
        await migrate(connection, target_version)
        yield Database(connection)
    finally:
        await connection.close()
