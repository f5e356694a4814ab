"""The outbox: every alert, digest and notice is stored here before it is sent.

Writing a message and moving the cursor that produced it happen in one transaction,
and the unique key makes a second write of the same message a no-op, so a crash at
any point neither loses nor doubles what was meant to be sent.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import aiosqlite

from storage.audience import channel_from_row
from storage.database import Database
from storage.models import (
    Channel,
    MessageKind,
    MessageState,
    OutboxCounts,
    OutboxMessage,
    OutgoingMessage,
    Subscription,
    from_db_time,
    to_db_time,
)

ALERTS_CURSOR = "alerts"


def _message(row: aiosqlite.Row) -> OutboxMessage:
    return OutboxMessage(
        id=row["id"],
        key=row["key"],
        chat_id=row["chat_id"],
        thread_id=row["thread_id"],
        kind=MessageKind(row["kind"]),
        text=row["text"],
        state=MessageState(row["state"]),
        attempts=row["attempts"],
        not_before=from_db_time(row["not_before"]),
        last_error=row["last_error"],
        first_error_at=from_db_time(row["first_error_at"]),
        created_at=from_db_time(row["created_at"]),
        silent=bool(row["silent"]),
    )


async def _insert(
    conn: aiosqlite.Connection, messages: Sequence[OutgoingMessage], now: datetime
) -> int:
    stamp = to_db_time(now)
    before = conn.total_changes
    await conn.executemany(
        """
        INSERT INTO outbox
            (key, chat_id, thread_id, kind, text, not_before, created_at, silent)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (key) DO NOTHING
        """,
        [
            (
                m.key,
                m.chat_id,
                m.thread_id,
                m.kind,
                m.text,
                to_db_time(m.not_before) if m.not_before else stamp,
                stamp,
                int(m.silent),
            )
            for m in messages
        ],
    )
    return conn.total_changes - before


class OutboxRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    # --- writing -------------------------------------------------------------------------

    async def enqueue(self, messages: Sequence[OutgoingMessage], *, now: datetime) -> int:
        """Store messages to send; returns how many were new (not already stored)."""
        if not messages:
            return 0
        async with self._db.transaction() as conn:
            return await _insert(conn, messages, now)

    async def alert_cursor(self) -> int | None:
        """The newest story already turned into alerts; None before the first run."""
        async with self._db.connection.execute(
            "SELECT value FROM delivery_cursors WHERE name = ?", (ALERTS_CURSOR,)
        ) as cursor:
            row = await cursor.fetchone()
        return int(row[0]) if row else None

    async def enqueue_alerts(
        self, messages: Sequence[OutgoingMessage], *, through_story_id: int, now: datetime
    ) -> int:
        """Store alerts and mark the stories up to `through_story_id` as alerted, at once."""
        async with self._db.transaction() as conn:
            added = await _insert(conn, messages, now) if messages else 0
            await conn.execute(
                """
                INSERT INTO delivery_cursors (name, value) VALUES (?, ?)
                ON CONFLICT (name) DO UPDATE SET value = max(value, excluded.value)
                """,
                (ALERTS_CURSOR, through_story_id),
            )
        return added

    async def enqueue_digest(
        self,
        channel: Channel,
        messages: Sequence[OutgoingMessage],
        *,
        through_story_id: int,
        next_digest_at: datetime,
        now: datetime,
    ) -> int:
        """Store a channel's digest and move its schedule on, at once."""
        async with self._db.transaction() as conn:
            added = await _insert(conn, messages, now) if messages else 0
            await conn.execute(
                """
                UPDATE channels SET after_story_id = max(after_story_id, ?), next_digest_at = ?
                WHERE chat_id = ?
                """,
                (through_story_id, to_db_time(next_digest_at), channel.chat_id),
            )
        return added

    async def enqueue_subscriber_digest(
        self,
        subscription: Subscription,
        messages: Sequence[OutgoingMessage],
        *,
        through_story_id: int,
        next_digest_at: datetime,
        now: datetime,
    ) -> int:
        """Store a subscriber's digest and move their cursor and schedule on, at once."""
        async with self._db.transaction() as conn:
            added = await _insert(conn, messages, now) if messages else 0
            await conn.execute(
                """
                UPDATE subscriptions SET after_story_id = max(after_story_id, ?),
                    next_digest_at = ?
                WHERE chat_id = ?
                """,
                (through_story_id, to_db_time(next_digest_at), subscription.chat_id),
            )
        return added

    # --- sending -------------------------------------------------------------------------

    async def due(self, now: datetime, limit: int = 500) -> list[OutboxMessage]:
        """Pending messages whose time has come, oldest first."""
        async with self._db.connection.execute(
            """
            SELECT * FROM outbox WHERE state = 'pending' AND not_before <= ?
            ORDER BY id LIMIT ?
            """,
            (to_db_time(now), limit),
        ) as cursor:
            return [_message(row) async for row in cursor]

    async def next_due_at(self) -> datetime | None:
        async with self._db.connection.execute(
            "SELECT min(not_before) FROM outbox WHERE state = 'pending'"
        ) as cursor:
            row = await cursor.fetchone()
        return from_db_time(row[0]) if row else None

    async def mark_sent(self, message_id: int, *, telegram_id: int | None, now: datetime) -> None:
        async with self._db.transaction() as conn:
            await conn.execute(
                """
                UPDATE outbox SET state = 'sent', sent_at = ?, message_id = ?, last_error = NULL
                WHERE id = ?
                """,
                (to_db_time(now), telegram_id, message_id),
            )

    async def retry_later(
        self,
        message_id: int,
        *,
        not_before: datetime,
        error: str,
        attempt: bool,
        now: datetime | None = None,
    ) -> None:
        """Put a message back; `attempt` counts this try as a failure (a flood wait does not),
        and the first failure's time `now` starts the retry horizon."""
        async with self._db.transaction() as conn:
            await conn.execute(
                """
                UPDATE outbox SET not_before = ?, last_error = ?, attempts = attempts + ?,
                    first_error_at = coalesce(first_error_at, ?)
                WHERE id = ? AND state = 'pending'
                """,
                (
                    to_db_time(not_before),
                    error[:500],
                    int(attempt),
                    to_db_time(now) if attempt and now else None,
                    message_id,
                ),
            )

    async def mark_failed(self, message_id: int, error: str) -> None:
        async with self._db.transaction() as conn:
            await conn.execute(
                """
                UPDATE outbox SET state = 'failed', last_error = ?, attempts = attempts + 1
                WHERE id = ?
                """,
                (error[:500], message_id),
            )

    async def mark_uncertain(self, message_id: int, error: str) -> None:
        """The request left and no answer came: Telegram may have delivered it. It is not
        sent again on its own (that could double it); operators see it and may re-queue it."""
        async with self._db.transaction() as conn:
            await conn.execute(
                """
                UPDATE outbox SET state = 'uncertain', last_error = ?, attempts = attempts + 1
                WHERE id = ? AND state = 'pending'
                """,
                (error[:500], message_id),
            )

    async def requeue(self, message_ids: Sequence[int] | None, *, now: datetime) -> int:
        """Send failed or uncertain messages again (all of them when `message_ids` is None);
        returns how many were put back."""
        ids = list(message_ids or [])
        marks = ",".join("?" * len(ids))
        where = f"AND id IN ({marks})" if message_ids is not None else ""
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                f"""
                UPDATE outbox SET state = 'pending', attempts = 0, first_error_at = NULL,
                    not_before = ?
                WHERE state IN ('failed', 'uncertain') {where}
                """,
                (to_db_time(now), *ids),
            )
            count = cursor.rowcount
            await cursor.close()
        return count

    async def abandon_chat(self, chat_id: int, error: str) -> Channel | None:
        """The chat is gone for the bot (blocked, kicked, deleted): stop its subscription or
        channel and fail what waits for it. Returns the channel, if it was one."""
        async with self._db.transaction() as conn:
            await conn.execute("UPDATE subscriptions SET active = 0 WHERE chat_id = ?", (chat_id,))
            cursor = await conn.execute(
                "UPDATE channels SET active = 0 WHERE chat_id = ? RETURNING *", (chat_id,)
            )
            row = await cursor.fetchone()
            await cursor.close()
            await conn.execute(
                """
                UPDATE outbox SET state = 'failed', last_error = ?
                WHERE chat_id = ? AND state = 'pending'
                """,
                (error[:500], chat_id),
            )
        return channel_from_row(row) if row else None

    async def follow_migration(self, old_chat_id: int, new_chat_id: int) -> None:
        """A group became a supergroup with a new id: everything addressed to it moves."""
        async with self._db.transaction() as conn:
            await conn.execute(
                "UPDATE OR IGNORE channels SET chat_id = ?, kind = 'supergroup' WHERE chat_id = ?",
                (new_chat_id, old_chat_id),
            )
            await conn.execute(
                "UPDATE OR IGNORE subscriptions SET chat_id = ? WHERE chat_id = ?",
                (new_chat_id, old_chat_id),
            )
            await conn.execute(
                "UPDATE outbox SET chat_id = ? WHERE chat_id = ? AND state = 'pending'",
                (new_chat_id, old_chat_id),
            )

    # --- watching ------------------------------------------------------------------------

    async def counts(self) -> OutboxCounts:
        async with self._db.connection.execute(
            "SELECT state, count(*) FROM outbox GROUP BY state"
        ) as cursor:
            by_state = {row[0]: int(row[1]) async for row in cursor}
        return OutboxCounts(
            pending=by_state.get("pending", 0),
            sent=by_state.get("sent", 0),
            failed=by_state.get("failed", 0),
            uncertain=by_state.get("uncertain", 0),
        )

    async def failed(self, limit: int = 20) -> list[OutboxMessage]:
        """Messages that need an operator: failed, or uncertain; newest first."""
        async with self._db.connection.execute(
            """
            SELECT * FROM outbox WHERE state IN ('failed', 'uncertain') ORDER BY id DESC LIMIT ?
            """,
            (limit,),
        ) as cursor:
            return [_message(row) async for row in cursor]
