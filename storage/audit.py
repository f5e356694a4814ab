"""Audit log of operator actions, and archive-wide counts for /stats."""

from __future__ import annotations

from datetime import datetime

from storage.database import Database
from storage.models import ArchiveStats, AuditEntry, from_db_time, to_db_time


class AuditRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def record(self, operator_id: int, action: str, detail: str, *, at: datetime) -> None:
        async with self._db.transaction() as conn:
            await conn.execute(
                "INSERT INTO audit_log (at, operator_id, action, detail) VALUES (?, ?, ?, ?)",
                (to_db_time(at), operator_id, action, detail[:1000]),
            )

    async def recent(self, limit: int = 50) -> list[AuditEntry]:
        async with self._db.connection.execute(
            "SELECT * FROM audit_log ORDER BY at DESC, id DESC LIMIT ?", (limit,)
        ) as cursor:
            return [
                AuditEntry(
                    at=from_db_time(row["at"]),
                    operator_id=row["operator_id"],
                    action=row["action"],
                    detail=row["detail"],
                )
                async for row in cursor
            ]

    async def stats(self) -> ArchiveStats:
        async with self._db.connection.execute(
            """
            SELECT
                (SELECT count(*) FROM articles),
                (SELECT count(*) FROM articles WHERE relevant = 1),
                (SELECT count(*) FROM stories),
                (SELECT count(*) FROM turnover_facts),
                (SELECT count(*) FROM project_facts),
                (SELECT count(*) FROM sources),
                (SELECT count(*) FROM sources WHERE enabled = 0),
                (SELECT count(*) FROM sources WHERE consecutive_failures > 0 OR garbled > 0),
                (SELECT count(*) FROM subscriptions WHERE active = 1),
                (SELECT count(*) FROM channels WHERE active = 1),
                (SELECT count(*) FROM outbox WHERE state = 'pending'),
                (SELECT count(*) FROM outbox WHERE state = 'sent'),
                (SELECT count(*) FROM outbox WHERE state = 'failed'),
                (SELECT count(*) FROM outbox WHERE state = 'uncertain')
            """
        ) as cursor:
            row = await cursor.fetchone()
        assert row is not None
        return ArchiveStats(*(int(value) for value in row))
