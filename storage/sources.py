"""Repository of news sources."""

from __future__ import annotations

from datetime import datetime, timedelta

import aiosqlite

from storage.database import POLL_CHANNEL, POSTGRESQL, Database, notify_on_commit
from storage.models import Source, from_db_time, to_db_time


def _source(row: aiosqlite.Row) -> Source:
    return Source(
        id=row["id"],
        url=row["url"],
        title=row["title"],
        enabled=bool(row["enabled"]),
        etag=row["etag"],
        last_modified=row["last_modified"],
        check_interval=row["check_interval"],
        next_check_at=from_db_time(row["next_check_at"]),
        consecutive_failures=row["consecutive_failures"],
        last_error=row["last_error"],
        last_error_at=from_db_time(row["last_error_at"]),
        last_success_at=from_db_time(row["last_success_at"]),
        created_at=from_db_time(row["created_at"]),
        outage_notified=bool(row["outage_notified"]),
        decoding=row["decoding"],
        garbled=row["garbled"],
    )


class SourceRepository:
    def __init__(self, db: Database) -> None:
        self._db = db
        # PostgreSQL: a poll that ends (well or not) ends its worker's reservation, so the
        # source is due again at next_check_at even when that comes before the lease's end.
        self._lease_ended = (
            ", leased_until = NULL, leased_by = NULL" if db.dialect == POSTGRESQL else ""
        )

    async def add(
        self,
        url: str,
        *,
        title: str = "",
        check_interval: int,
        now: datetime,
        enabled: bool = True,
    ) -> Source | None:
        """Add a source, due at once; None when a source with this URL exists already."""
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                """
                INSERT INTO sources (url, title, enabled, check_interval, next_check_at, created_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (url) DO NOTHING
                RETURNING *
                """,
                (url, title, int(enabled), check_interval, to_db_time(now), to_db_time(now)),
            )
            row = await cursor.fetchone()
            await cursor.close()
        return _source(row) if row else None

    async def get(self, source_id: int) -> Source | None:
        async with self._db.connection.execute(
            "SELECT * FROM sources WHERE id = ?", (source_id,)
        ) as cursor:
            row = await cursor.fetchone()
        return _source(row) if row else None

    async def get_by_url(self, url: str) -> Source | None:
        async with self._db.connection.execute(
            "SELECT * FROM sources WHERE url = ?", (url,)
        ) as cursor:
            row = await cursor.fetchone()
        return _source(row) if row else None

    async def list_all(self) -> list[Source]:
        async with self._db.connection.execute("SELECT * FROM sources ORDER BY id") as cursor:
            return [_source(row) async for row in cursor]

    async def count(self) -> int:
        async with self._db.connection.execute("SELECT count(*) FROM sources") as cursor:
            row = await cursor.fetchone()
        return int(row[0]) if row else 0

    async def due(self, now: datetime, limit: int = 100) -> list[Source]:
        async with self._db.connection.execute(
            """
            SELECT * FROM sources
            WHERE enabled = 1 AND next_check_at <= ?
            ORDER BY next_check_at, id
            LIMIT ?
            """,
            (to_db_time(now), limit),
        ) as cursor:
            return [_source(row) async for row in cursor]

    async def reserve_due(
        self, now: datetime, *, owner: str, lease_seconds: float, limit: int = 100
    ) -> list[Source]:
        """PostgreSQL, N workers: the due sources no other worker holds, each reserved for
        this one until its lease ends (FOR UPDATE SKIP LOCKED: never two at once). A worker
        that dies mid-poll leaves its sources to the others when the lease expires; one that
        finishes moves next_check_at on, which ends the reservation's point."""
        stamp = to_db_time(now)
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                """
                UPDATE sources SET leased_by = ?, leased_until = ?
                WHERE id IN (
                    SELECT id FROM sources
                    WHERE enabled = 1 AND next_check_at <= ?
                      AND (leased_until IS NULL OR leased_until < ?)
                    ORDER BY next_check_at, id
                    LIMIT ?
                    FOR UPDATE SKIP LOCKED
                )
                RETURNING *
                """,
                (owner, to_db_time(now + timedelta(seconds=lease_seconds)), stamp, stamp, limit),
            )
            rows = await cursor.fetchall()
        return sorted((_source(row) for row in rows), key=lambda s: (s.next_check_at, s.id))

    async def record_success(
        self,
        source_id: int,
        *,
        now: datetime,
        next_check_at: datetime,
        title: str | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
        decoding: str | None = None,
        garbled: int | None = None,
    ) -> None:
        """A fetch worked (or answered 304): clear the failure streak, keep validators;
        a read feed also records how it was decoded and how many entries looked garbled."""
        async with self._db.transaction() as conn:
            await conn.execute(
                f"""
                UPDATE sources SET
                    title = CASE WHEN title = '' AND CAST(? AS TEXT) IS NOT NULL
                        THEN CAST(? AS TEXT) ELSE title END,
                    etag = coalesce(?, etag),
                    last_modified = coalesce(?, last_modified),
                    consecutive_failures = 0,
                    last_success_at = ?,
                    next_check_at = ?,
                    decoding = coalesce(?, decoding),
                    garbled = coalesce(?, garbled){self._lease_ended}
                WHERE id = ?
                """,
                (
                    title,
                    title,
                    etag,
                    last_modified,
                    to_db_time(now),
                    to_db_time(next_check_at),
                    decoding,
                    garbled,
                    source_id,
                ),
            )

    async def record_failure(
        self,
        source_id: int,
        *,
        now: datetime,
        error: str,
        next_check_at: datetime,
        pause: bool,
    ) -> None:
        async with self._db.transaction() as conn:
            await conn.execute(
                f"""
                UPDATE sources SET
                    consecutive_failures = consecutive_failures + 1,
                    last_error = ?,
                    last_error_at = ?,
                    next_check_at = ?,
                    enabled = CASE WHEN ? = 1 THEN 0 ELSE enabled END{self._lease_ended}
                WHERE id = ?
                """,
                (error, to_db_time(now), to_db_time(next_check_at), int(pause), source_id),
            )

    async def remove(self, source_id: int) -> bool:
        """Delete the source; its articles stay (their source_id becomes NULL)."""
        async with self._db.transaction() as conn:
            cursor = await conn.execute("DELETE FROM sources WHERE id = ?", (source_id,))
            removed = cursor.rowcount > 0
            await cursor.close()
        return removed

    async def set_interval(self, source_id: int, seconds: int, *, now: datetime) -> bool:
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                "UPDATE sources SET check_interval = ?, next_check_at = ? WHERE id = ?",
                (seconds, to_db_time(now), source_id),
            )
            changed = cursor.rowcount > 0
            await cursor.close()
        return changed

    async def make_due(self, source_id: int | None, *, now: datetime) -> int:
        """Check one source (or every enabled one) at the next tick."""
        async with self._db.transaction() as conn:
            await notify_on_commit(self._db, conn, POLL_CHANNEL)
            cursor = await conn.execute(
                "UPDATE sources SET next_check_at = ? "
                "WHERE enabled = 1 AND (CAST(? AS BIGINT) IS NULL OR id = ?)",
                (to_db_time(now), source_id, source_id),
            )
            count = cursor.rowcount
            await cursor.close()
        return count

    async def outage_changes(self, threshold: int) -> tuple[list[Source], list[Source]]:
        """Sources whose outage operators have not heard of, and those recovered since."""
        async with self._db.connection.execute(
            """
            SELECT * FROM sources
            WHERE (consecutive_failures >= ? AND outage_notified = 0)
               OR (consecutive_failures = 0 AND outage_notified = 1)
            ORDER BY id
            """,
            (threshold,),
        ) as cursor:
            rows = [_source(row) async for row in cursor]
        failing = [source for source in rows if source.consecutive_failures >= threshold]
        recovered = [source for source in rows if source.consecutive_failures == 0]
        return failing, recovered

    async def set_outage_notified(self, source_id: int, notified: bool) -> None:
        async with self._db.transaction() as conn:
            await conn.execute(
                "UPDATE sources SET outage_notified = ? WHERE id = ?", (int(notified), source_id)
            )

    async def set_enabled(self, source_id: int, enabled: bool, *, now: datetime) -> bool:
        """Pause or resume; resuming makes the source due at once and forgives old failures."""
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                """
                UPDATE sources SET
                    enabled = ?,
                    consecutive_failures = CASE WHEN ? = 1 THEN 0 ELSE consecutive_failures END,
                    next_check_at = CASE WHEN ? = 1 THEN ? ELSE next_check_at END
                WHERE id = ?
                """,
                (int(enabled), int(enabled), int(enabled), to_db_time(now), source_id),
            )
            changed = cursor.rowcount > 0
            await cursor.close()
        return changed
