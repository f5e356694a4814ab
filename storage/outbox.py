"""The outbox: every alert, digest and notice is stored here before it is sent.

Writing a message and moving the cursor that produced it happen in one transaction,
and the unique key makes a second write of the same message a no-op, so a crash at
any point neither loses nor doubles what was meant to be sent.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Literal

import aiosqlite

from storage.audience import channel_from_row
from storage.database import OUTBOX_CHANNEL, Database, PgConnection
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


_INSERT_COLUMNS = "key, chat_id, thread_id, kind, text, not_before, created_at, silent"


async def _insert(
    conn: aiosqlite.Connection, messages: Sequence[OutgoingMessage], now: datetime
) -> int:
    """Store the messages not stored yet (by key); how many were new."""
    await notify_on_commit_of(conn)
    stamp = to_db_time(now)
    rows = [
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
    ]
    if isinstance(conn, PgConnection):
        # One statement over arrays: one round trip for a broadcast to every subscriber,
        # and PostgreSQL says how many rows were new.
        columns = [list(column) for column in zip(*rows, strict=True)]
        cursor = await conn.execute(
            f"""
            INSERT INTO outbox ({_INSERT_COLUMNS})
            SELECT * FROM unnest(?::text[], ?::bigint[], ?::bigint[], ?::text[], ?::text[],
                                 ?::text[], ?::text[], ?::int[])
            ON CONFLICT (key) DO NOTHING
            """,
            columns,
        )
        return max(cursor.rowcount, 0)
    before = conn.total_changes
    await conn.executemany(
        f"""
        INSERT INTO outbox ({_INSERT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (key) DO NOTHING
        """,
        rows,
    )
    return conn.total_changes - before


async def notify_on_commit_of(conn: aiosqlite.Connection) -> None:
    """PostgreSQL: the senders listening hear of new rows when the transaction commits."""
    if isinstance(conn, PgConnection):
        await conn.execute("SELECT pg_notify(?, '')", (OUTBOX_CHANNEL,))


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
                ON CONFLICT (name) DO UPDATE
                SET value = greatest(delivery_cursors.value, excluded.value)
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
        return await self._enqueue_digest(
            "channels", channel.chat_id, messages, through_story_id, next_digest_at, now
        )

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
        return await self._enqueue_digest(
            "subscriptions", subscription.chat_id, messages, through_story_id, next_digest_at, now
        )

    async def _enqueue_digest(
        self,
        table: Literal["channels", "subscriptions"],
        chat_id: int,
        messages: Sequence[OutgoingMessage],
        through_story_id: int,
        next_digest_at: datetime,
        now: datetime,
    ) -> int:
        async with self._db.transaction() as conn:
            added = await _insert(conn, messages, now) if messages else 0
            await conn.execute(
                f"""
                UPDATE {table} SET after_story_id = greatest(after_story_id, ?), next_digest_at = ?
                WHERE chat_id = ?
                """,
                (through_story_id, to_db_time(next_digest_at), chat_id),
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
                """
                UPDATE channels SET chat_id = ?, kind = 'supergroup' WHERE chat_id = ?
                AND NOT EXISTS (SELECT 1 FROM channels WHERE chat_id = ?)
                """,
                (new_chat_id, old_chat_id, new_chat_id),
            )
            await conn.execute(
                """
                UPDATE subscriptions SET chat_id = ? WHERE chat_id = ?
                AND NOT EXISTS (SELECT 1 FROM subscriptions WHERE chat_id = ?)
                """,
                (new_chat_id, old_chat_id, new_chat_id),
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


class LeasedOutbox(OutboxRepository):
    """The outbox as one of N senders sees it (PostgreSQL): `due` reserves a batch of rows
    with a lease (FOR UPDATE SKIP LOCKED: two senders never take the same row), and only
    the oldest pending message of each chat, so one chat's messages go out in order. A
    sender that dies leaves its rows to the others once the lease expires."""

    def __init__(self, db: Database, *, owner: str, lease_seconds: float, batch: int) -> None:
        super().__init__(db)
        self._owner = owner
        self._lease = timedelta(seconds=lease_seconds)
        self._batch = batch

    async def due(self, now: datetime, limit: int = 500) -> list[OutboxMessage]:
        stamp = to_db_time(now)
        async with self._db.transaction() as conn:
            # A sender died while sending these: they may have arrived, so, like a send
            # whose answer never came, they wait as 'uncertain' for an operator.
            await conn.execute(
                """
                UPDATE outbox SET state = 'uncertain', attempts = attempts + 1,
                    last_error = 'the sender stopped while sending it (lease of ' || leased_by
                        || ' expired)'
                WHERE state = 'pending' AND sending_since IS NOT NULL AND leased_until < ?
                """,
                (stamp,),
            )
            cursor = await conn.execute(
                """
                UPDATE outbox SET leased_by = ?, leased_until = ?
                WHERE id IN (
                    SELECT o.id FROM outbox o
                    WHERE o.state = 'pending' AND o.not_before <= ?
                      AND (o.leased_until IS NULL OR o.leased_until < ? OR o.leased_by = ?)
                      AND NOT EXISTS (
                          SELECT 1 FROM outbox e
                          WHERE e.chat_id = o.chat_id AND e.state = 'pending' AND e.id < o.id
                      )
                    ORDER BY o.id LIMIT ?
                    FOR UPDATE SKIP LOCKED
                )
                RETURNING *
                """,
                (
                    self._owner,
                    to_db_time(now + self._lease),
                    stamp,
                    stamp,
                    self._owner,
                    min(limit, self._batch),
                ),
            )
            rows = await cursor.fetchall()
        return sorted((_message(row) for row in rows), key=lambda message: message.id)

    async def renew(self, message_id: int, now: datetime) -> bool:
        """Just before a send: the row is still this sender's, for another lease, and is
        being sent (so it is never sent again on its own if this sender dies now)."""
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                """
                UPDATE outbox SET leased_until = ?, sending_since = ?
                WHERE id = ? AND leased_by = ? AND state = 'pending' AND leased_until >= ?
                RETURNING id
                """,
                (
                    to_db_time(now + self._lease),
                    to_db_time(now),
                    message_id,
                    self._owner,
                    to_db_time(now),
                ),
            )
            row = await cursor.fetchone()
        return row is not None

    async def retry_later(
        self,
        message_id: int,
        *,
        not_before: datetime,
        error: str,
        attempt: bool,
        now: datetime | None = None,
    ) -> None:
        await super().retry_later(
            message_id, not_before=not_before, error=error, attempt=attempt, now=now
        )
        async with self._db.transaction() as conn:  # free for whichever sender is first
            await conn.execute(
                "UPDATE outbox SET leased_by = NULL, leased_until = NULL, sending_since = NULL "
                "WHERE id = ? AND leased_by = ?",
                (message_id, self._owner),
            )

    async def follow_migration(self, old_chat_id: int, new_chat_id: int) -> None:
        await super().follow_migration(old_chat_id, new_chat_id)
        async with self._db.transaction() as conn:  # the refused send goes again, anywhere
            await conn.execute(
                "UPDATE outbox SET leased_by = NULL, leased_until = NULL, sending_since = NULL "
                "WHERE chat_id = ? AND state = 'pending' AND leased_by = ?",
                (new_chat_id, self._owner),
            )

    async def next_due_at(self) -> datetime | None:
        async with self._db.connection.execute(
            """
            SELECT min(greatest(not_before, coalesce(leased_until, not_before)))
            FROM outbox WHERE state = 'pending'
            """
        ) as cursor:
            row = await cursor.fetchone()
        return from_db_time(row[0]) if row else None
