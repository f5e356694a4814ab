"""One database, SQLite or PostgreSQL: opened, migrated and closed in one place.

Repositories speak one dialect-neutral SQL with `?` placeholders through one connection
surface (aiosqlite's: `execute` awaited or used with `async with`, cursors with `fetchone`,
`fetchall`, `rowcount`, async iteration; `executemany`; `total_changes`). On SQLite that is
aiosqlite itself; on PostgreSQL `PgConnection` gives the same surface over an asyncpg pool,
numbering the placeholders ($1, $2…). The few statements that differ between the engines
branch on `Database.dialect` inside the repositories.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import AsyncIterator, Generator, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol, cast
from zlib import crc32

import aiosqlite

from storage.migrations import MIGRATIONS, POSTGRES_BASE, POSTGRES_MIGRATIONS

logger = logging.getLogger(__name__)

SQLITE = "sqlite"
POSTGRESQL = "postgresql"
# PostgreSQL NOTIFY channels: the wake-ups between processes (sent at commit).
OUTBOX_CHANNEL = "coopnews_outbox"  # new messages to send
POLL_CHANNEL = "coopnews_poll"  # sources made due now (/fetchnow)


async def notify_on_commit(db: Database, conn: aiosqlite.Connection, channel: str) -> None:
    """Inside a write transaction: on PostgreSQL, wake the listeners when it commits."""
    if db.dialect == POSTGRESQL:
        await conn.execute("SELECT pg_notify(?, '')", (channel,))


class MigrationError(RuntimeError):
    """The database cannot be brought to the schema this code expects."""


class QueryError(RuntimeError):
    """The engine refused a statement for what it was given (a malformed full-text
    expression, a value it cannot hold): the same exception on SQLite and PostgreSQL, so
    that nothing above storage/ knows which engine answered."""


@lru_cache(maxsize=1)
def _engine_refusals() -> tuple[type[BaseException], ...]:
    """The exceptions by which an engine refuses a statement's input (not a lost
    connection or a full disk: those stay what they are)."""
    refusals: list[type[BaseException]] = [aiosqlite.OperationalError]
    try:
        import asyncpg  # type: ignore[import-untyped]
    except ImportError:  # pragma: no cover - asyncpg is a dependency; SQLite needs none
        return tuple(refusals)
    refusals += [
        asyncpg.exceptions.DataError,  # e.g. a character the text type cannot hold
        asyncpg.exceptions.SyntaxOrAccessError,
    ]
    return tuple(refusals)


@asynccontextmanager
async def engine_errors(what: str) -> AsyncIterator[None]:
    """Inside the block, an engine's refusal becomes a QueryError naming `what`."""
    try:
        yield
    except _engine_refusals() as error:
        raise QueryError(f"{what}: {error}") from error


class Database(Protocol):
    """What repositories use: a dialect, reads on `connection`, writes in `transaction()`,
    and advisory locks (always granted on SQLite, where one process holds the database).

    Both connections are typed as aiosqlite's, the surface PgConnection imitates."""

    @property
    def dialect(self) -> str: ...

    @property
    def connection(self) -> aiosqlite.Connection: ...

    def transaction(self) -> AbstractAsyncContextManager[aiosqlite.Connection]: ...

    async def schema_version(self) -> int: ...

    def advisory_lock(self, name: str) -> AbstractAsyncContextManager[bool]: ...

    async def claim(self, name: str, keys: Sequence[int]) -> set[int]: ...

    async def release(self, name: str, keys: Sequence[int]) -> None: ...

    def write_mark(self) -> int | None: ...


def lock_key(name: str) -> int:
    """A stable 32-bit key for pg_advisory_lock from a readable name."""
    return crc32(name.encode())


def _int4(value: int) -> int:
    """`value` folded into PostgreSQL's signed 32-bit integer (two ids 2**32 apart share a
    claim: one worker then waits for the other, nothing worse)."""
    value %= 2**32
    return value - 2**32 if value >= 2**31 else value


class SqliteDatabase:
    """A migrated connection plus the lock that keeps each write transaction whole.

    aiosqlite runs every statement on one thread, but coroutines interleave between
    awaits; without the lock a second coroutine's statement would land inside the
    first one's open transaction.
    """

    dialect = SQLITE

    def __init__(self, connection: aiosqlite.Connection) -> None:
        self._connection = connection
        self._write_lock = asyncio.Lock()
        self._transactions = 0  # begun on this connection, for write_mark

    @property
    def connection(self) -> aiosqlite.Connection:
        return self._connection

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        async with self._write_lock:
            self._transactions += 1
            await self._connection.execute("BEGIN IMMEDIATE")
            try:
                yield self._connection
            except BaseException:
                await self._connection.execute("ROLLBACK")
                raise
            await self._connection.execute("COMMIT")

    @asynccontextmanager
    async def advisory_lock(self, name: str) -> AsyncIterator[bool]:
        """One process holds a SQLite database: every lock is taken at once."""
        yield True

    async def claim(self, name: str, keys: Sequence[int]) -> set[int]:
        """One process holds a SQLite database: every claim is granted."""
        return set(keys)

    async def release(self, name: str, keys: Sequence[int]) -> None:
        return None

    def write_mark(self) -> int | None:
        """For a result kept beyond the reads that made it: reads share the one connection
        with this process's write transactions and so see their writes before they commit
        (or roll back). None while a transaction is open; otherwise how many have begun —
        the same mark before and after the reads means they saw only committed data."""
        return None if self._write_lock.locked() else self._transactions

    async def schema_version(self) -> int:
        async with self._connection.execute("PRAGMA user_version") as cursor:
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


def _greatest(a: Any, b: Any) -> Any:
    return None if a is None or b is None else max(a, b)


def _least(a: Any, b: Any) -> Any:
    return None if a is None or b is None else min(a, b)


def is_postgres_url(target: Path | str) -> bool:
    return str(target).startswith(("postgresql://", "postgres://"))


@asynccontextmanager
async def open_database(
    target: Path | str, *, target_version: int | None = None
) -> AsyncIterator[Database]:
    """Open (creating if needed), configure and migrate the database; close it on exit.

    `target` is a SQLite path, or a `postgresql://` URL."""
    if is_postgres_url(target):
        async with open_postgres(str(target)) as pg:
            yield cast(Database, pg)
        return
    async with open_sqlite(target, target_version=target_version) as lite:
        yield lite


@asynccontextmanager
async def open_sqlite(
    path: Path | str, *, target_version: int | None = None
) -> AsyncIterator[SqliteDatabase]:
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
        # PostgreSQL's two-argument greatest/least (SQLite spells them max/min).
        await connection.create_function("greatest", 2, _greatest, deterministic=True)
        await connection.create_function("least", 2, _least, deterministic=True)
        await migrate(connection, target_version)
        yield SqliteDatabase(connection)
    finally:
        await connection.close()


# --- PostgreSQL ------------------------------------------------------------------------

_PLACEHOLDER = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|--[^\n]*|\?")
_RETURNS_ROWS = re.compile(r"^\s*(SELECT|WITH|VALUES|SHOW|EXPLAIN)\b|\bRETURNING\b", re.I)


@lru_cache(maxsize=1024)
def to_numbered(sql: str) -> tuple[str, bool]:
    """`?` placeholders (outside quotes and comments) numbered $1, $2…; and whether the
    statement returns rows."""
    count = 0

    def number(match: re.Match[str]) -> str:
        nonlocal count
        if match.group(0) != "?":
            return match.group(0)
        count += 1
        return f"${count}"

    return _PLACEHOLDER.sub(number, sql), bool(_RETURNS_ROWS.search(sql))


class PgCursor:
    """Rows already fetched, read the way aiosqlite's cursor is read."""

    def __init__(self, rows: list[Any], rowcount: int) -> None:
        self._rows = rows
        self._next = 0
        self.rowcount = rowcount

    async def fetchone(self) -> Any:
        if self._next >= len(self._rows):
            return None
        row = self._rows[self._next]
        self._next += 1
        return row

    async def fetchall(self) -> list[Any]:
        rows = self._rows[self._next :]
        self._next = len(self._rows)
        return rows

    def __aiter__(self) -> PgCursor:
        return self

    async def __anext__(self) -> Any:
        row = await self.fetchone()
        if row is None:
            raise StopAsyncIteration
        return row

    async def close(self) -> None:
        self._next = len(self._rows)


class _Execution:
    """Awaitable, or used with `async with`, like aiosqlite's `execute`."""

    def __init__(self, run: Any) -> None:
        self._run = run

    def __await__(self) -> Generator[Any, None, PgCursor]:
        return self._run().__await__()  # type: ignore[no-any-return]

    async def __aenter__(self) -> PgCursor:
        return await self._run()  # type: ignore[no-any-return]

    async def __aexit__(self, *exc: object) -> None:
        return None


class PgConnection:
    """aiosqlite's connection surface over asyncpg: one pooled connection per statement
    for reads, or the transaction's own connection."""

    def __init__(self, pool: Any = None, connection: Any = None) -> None:
        self._pool = pool
        self._connection = connection
        self.total_changes = 0

    def execute(self, sql: str, parameters: Sequence[Any] = ()) -> _Execution:
        async def run() -> PgCursor:
            if self._connection is not None:
                return await self._run(self._connection, sql, parameters)
            async with self._pool.acquire() as connection:
                return await self._run(connection, sql, parameters)

        return _Execution(run)

    async def _run(self, connection: Any, sql: str, parameters: Sequence[Any]) -> PgCursor:
        numbered, returns_rows = to_numbered(sql)
        if returns_rows:
            rows = await connection.fetch(numbered, *parameters)
            count = len(rows) if not re.match(r"\s*(SELECT|WITH)\b", sql, re.I) else -1
            self.total_changes += max(count, 0)
            return PgCursor(list(rows), count)
        status = await connection.execute(numbered, *parameters)
        tail = status.rsplit(" ", 1)[-1]
        count = int(tail) if tail.isdigit() else -1
        self.total_changes += max(count, 0)
        return PgCursor([], count)

    async def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        """Every row in one round trip (asyncpg pipelines them) and atomically. Unlike
        aiosqlite it does not count the rows changed: a caller that needs the count writes
        one statement over arrays instead (see storage.outbox)."""
        if not rows:
            return
        numbered, _ = to_numbered(sql)
        if self._connection is not None:
            await self._connection.executemany(numbered, rows)
            return
        async with self._pool.acquire() as connection:
            await connection.executemany(numbered, rows)


def _alive(pooled: Any) -> bool:
    """Whether a connection taken from the pool still reaches the server. Once the pool
    has seen it die it detaches it from the proxy we hold, which then refuses every call."""
    from asyncpg.exceptions import InterfaceError  # type: ignore[import-untyped]

    try:
        return not pooled.is_closed()
    except InterfaceError:
        return False


class PostgresDatabase:
    """A pool of asyncpg connections; each transaction on one of them."""

    dialect = POSTGRESQL

    def __init__(self, pool: Any) -> None:
        self.pool = pool
        self._reader = PgConnection(pool=pool)
        # The connection that holds this process's claims (session advisory locks): they
        # end with it, so a process that dies leaves nothing claimed.
        self._claims: Any = None
        self._claims_lock = asyncio.Lock()

    @property
    def connection(self) -> PgConnection:
        return self._reader

    def write_mark(self) -> int | None:
        """Reads run on pooled connections outside every transaction: they see only
        committed data, whatever this process is writing."""
        return 0

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[PgConnection]:
        async with self.pool.acquire() as connection, connection.transaction():
            yield PgConnection(connection=connection)

    @asynccontextmanager
    async def advisory_lock(self, name: str) -> AsyncIterator[bool]:
        """Held by one process at a time across every replica; yields False when another
        process holds it (the caller skips its turn), released on exit."""
        async with self.pool.acquire() as connection:
            taken = await connection.fetchval("SELECT pg_try_advisory_lock($1)", lock_key(name))
            try:
                yield bool(taken)
            finally:
                if taken:
                    await connection.execute("SELECT pg_advisory_unlock($1)", lock_key(name))

    async def claim(self, name: str, keys: Sequence[int]) -> set[int]:
        """Of `keys`, those this process now holds under `name` (held by no other process),
        until `release` or until the process ends. Claiming again what this process holds
        is the caller's to avoid (the locks would stack)."""
        if not keys:
            return set()
        by_lock = {_int4(key): key for key in keys}
        async with self._claims_lock:
            if self._claims is not None and not _alive(self._claims):
                # Lost (a server restart): its claims went with it; take a new one.
                await self.pool.release(self._claims)
                self._claims = None
            if self._claims is None:
                self._claims = await self.pool.acquire()
            rows = await self._claims.fetch(
                "SELECT k FROM unnest($2::int[]) AS k WHERE pg_try_advisory_lock($1, k)",
                _int4(lock_key(name)),
                list(by_lock),
            )
        return {by_lock[row[0]] for row in rows}

    async def release(self, name: str, keys: Sequence[int]) -> None:
        if not keys or self._claims is None or not _alive(self._claims):
            return  # never claimed, or gone with the connection that held them
        async with self._claims_lock:
            await self._claims.execute(
                "SELECT pg_advisory_unlock($1, k) FROM unnest($2::int[]) AS k",
                _int4(lock_key(name)),
                sorted({_int4(key) for key in keys}),
            )

    async def close(self) -> None:
        """Give back the claims' connection (and with it every claim)."""
        async with self._claims_lock:
            if self._claims is not None:
                await self.pool.release(self._claims)
                self._claims = None

    async def schema_version(self) -> int:
        async with self.pool.acquire() as connection:
            return int(await connection.fetchval("SELECT max(version) FROM schema_version"))


async def migrate_postgres(pool: Any) -> int:
    """Bring a PostgreSQL database to the newest schema, under an advisory lock so that
    replicas starting together migrate once."""
    newest = len(MIGRATIONS)
    async with pool.acquire() as connection:
        await connection.execute("SELECT pg_advisory_lock($1)", lock_key("coopnews:migrate"))
        try:
            await connection.execute(
                "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"
            )
            current = await connection.fetchval("SELECT max(version) FROM schema_version") or 0
            if current > newest:
                raise MigrationError(
                    f"database schema version {current} is newer than this coopnews knows "
                    f"({newest}); upgrade coopnews or use another DATABASE_URL"
                )
            for version in range(max(current, POSTGRES_BASE - 1) + 1, newest + 1):
                logger.info("Migrating PostgreSQL schema to version %d", version)
                try:
                    async with connection.transaction():
                        await connection.execute(POSTGRES_MIGRATIONS[version])
                        await connection.execute(
                            "INSERT INTO schema_version (version) VALUES ($1)", version
                        )
                except Exception as error:
                    raise MigrationError(f"migration {version} failed: {error}") from error
            return newest
        finally:
            await connection.execute("SELECT pg_advisory_unlock($1)", lock_key("coopnews:migrate"))


@asynccontextmanager
async def open_postgres(url: str, *, pool_size: int = 10) -> AsyncIterator[PostgresDatabase]:
    import asyncpg  # only the PostgreSQL roles need it

    # asyncpg prepares every statement it runs, and after five runs PostgreSQL may keep one
    # generic plan for it, blind to the values; a search's best plan depends on its words (a
    # word in nine articles of ten is best found walking the newest articles, a rare one
    # through the index), so each run is planned for its own values.
    pool = await asyncpg.create_pool(
        url,
        min_size=1,
        max_size=pool_size,
        server_settings={"plan_cache_mode": "force_custom_plan"},
    )
    try:
        await migrate_postgres(pool)
        db = PostgresDatabase(pool)
        try:
            yield db
        finally:
            await db.close()
    finally:
        await pool.close()
