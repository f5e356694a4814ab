"""Who receives news unasked: subscribers in private chats, and channels with a digest."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import aiosqlite

from storage.database import Database
from storage.models import (
    Channel,
    DeliveryMode,
    Subscription,
    Topics,
    from_db_time,
    to_db_time,
)


def _subscription(row: aiosqlite.Row) -> Subscription:
    return Subscription(
        chat_id=row["chat_id"],
        active=bool(row["active"]),
        topics=Topics(row["topics"]),
        countries=tuple(code for code in row["countries"].split(",") if code),
        language=row["language"],
        after_story_id=row["after_story_id"],
        created_at=from_db_time(row["created_at"]),
        mode=DeliveryMode(row["mode"]),
        digest_time=row["digest_time"],
        digest_day=row["digest_day"],
        timezone=row["timezone"],
        quiet_from=row["quiet_from"],
        quiet_to=row["quiet_to"],
        silent=bool(row["silent"]),
        next_digest_at=from_db_time(row["next_digest_at"]),
    )


def channel_from_row(row: aiosqlite.Row) -> Channel:
    return Channel(
        chat_id=row["chat_id"],
        thread_id=row["thread_id"],
        kind=row["kind"],
        title=row["title"],
        username=row["username"],
        admin_id=row["admin_id"],
        language=row["language"],
        active=bool(row["active"]),
        digest_time=row["digest_time"],
        timezone=row["timezone"],
        post_empty=bool(row["post_empty"]),
        after_story_id=row["after_story_id"],
        next_digest_at=from_db_time(row["next_digest_at"]),
        created_at=from_db_time(row["created_at"]),
    )


class SubscriptionRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def get(self, chat_id: int) -> Subscription | None:
        async with self._db.connection.execute(
            "SELECT * FROM subscriptions WHERE chat_id = ?", (chat_id,)
        ) as cursor:
            row = await cursor.fetchone()
        return _subscription(row) if row else None

    async def subscribe(self, chat_id: int, *, language: str | None, now: datetime) -> Subscription:
        """Start (or restart) alerts for a chat, keeping earlier choices.

        Alerts start after the newest story stored now: nobody gets a backlog.
        """
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                """
                INSERT INTO subscriptions
                    (chat_id, language, after_story_id, created_at, updated_at)
                VALUES (?, ?, (SELECT coalesce(max(id), 0) FROM stories), ?, ?)
                ON CONFLICT (chat_id) DO UPDATE SET
                    active = 1,
                    language = excluded.language,
                    after_story_id = CASE WHEN subscriptions.active = 1
                                          THEN subscriptions.after_story_id
                                          ELSE excluded.after_story_id END,
                    updated_at = excluded.updated_at
                RETURNING *
                """,
                (chat_id, language, to_db_time(now), to_db_time(now)),
            )
            row = await cursor.fetchone()
            await cursor.close()
        assert row is not None
        return _subscription(row)

    async def choose(
        self,
        chat_id: int,
        *,
        now: datetime,
        topics: Topics | None = None,
        countries: Sequence[str] | None = None,
    ) -> Subscription | None:
        """Change what a subscription receives; None when the chat has no subscription."""
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                """
                UPDATE subscriptions SET
                    topics = coalesce(?, topics),
                    countries = coalesce(?, countries),
                    updated_at = ?
                WHERE chat_id = ?
                RETURNING *
                """,
                (
                    topics,
                    ",".join(sorted(countries)) if countries is not None else None,
                    to_db_time(now),
                    chat_id,
                ),
            )
            row = await cursor.fetchone()
            await cursor.close()
        return _subscription(row) if row else None

    async def unsubscribe(self, chat_id: int, *, now: datetime) -> bool:
        """Stop alerts; the choices are kept for a later /subscribe."""
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                "UPDATE subscriptions SET active = 0, updated_at = ? "
                "WHERE chat_id = ? AND active = 1",
                (to_db_time(now), chat_id),
            )
            return cursor.rowcount > 0

    async def _update(
        self, chat_id: int, assignments: str, params: Sequence[object]
    ) -> Subscription | None:
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                f"UPDATE subscriptions SET {assignments} WHERE chat_id = ? RETURNING *",
                (*params, chat_id),
            )
            row = await cursor.fetchone()
            await cursor.close()
        return _subscription(row) if row else None

    async def set_mode(
        self, chat_id: int, mode: DeliveryMode, *, next_digest_at: datetime | None, now: datetime
    ) -> Subscription | None:
        """Alerts as they come, or a digest; a digest starts with what no alert has covered."""
        return await self._update(
            chat_id,
            """
            mode = ?, next_digest_at = ?, updated_at = ?,
            after_story_id = CASE WHEN ? = 'instant' OR mode != 'instant' THEN after_story_id
                ELSE greatest(after_story_id, coalesce(
                    (SELECT value FROM delivery_cursors WHERE name = 'alerts'), 0)) END
            """,
            (
                mode,
                to_db_time(next_digest_at) if next_digest_at else None,
                to_db_time(now),
                mode,
            ),
        )

    async def set_schedule(
        self,
        chat_id: int,
        *,
        digest_time: str,
        digest_day: int,
        timezone: str | None,
        next_digest_at: datetime | None,
        now: datetime,
    ) -> Subscription | None:
        return await self._update(
            chat_id,
            "digest_time = ?, digest_day = ?, timezone = ?, next_digest_at = ?, updated_at = ?",
            (
                digest_time,
                digest_day,
                timezone,
                to_db_time(next_digest_at) if next_digest_at else None,
                to_db_time(now),
            ),
        )

    async def set_quiet(
        self, chat_id: int, quiet: tuple[str, str] | None, *, now: datetime
    ) -> Subscription | None:
        """Quiet hours ("22:00", "08:00"), or none."""
        start, end = quiet if quiet else (None, None)
        return await self._update(
            chat_id, "quiet_from = ?, quiet_to = ?, updated_at = ?", (start, end, to_db_time(now))
        )

    async def set_silent(self, chat_id: int, silent: bool, *, now: datetime) -> Subscription | None:
        return await self._update(
            chat_id, "silent = ?, updated_at = ?", (int(silent), to_db_time(now))
        )

    async def due_digests(self, now: datetime, limit: int = 100) -> list[Subscription]:
        """Subscribers in a digest mode whose digest time has come."""
        async with self._db.connection.execute(
            """
            SELECT * FROM subscriptions
            WHERE active = 1 AND mode != 'instant' AND next_digest_at <= ?
            ORDER BY next_digest_at, chat_id LIMIT ?
            """,
            (to_db_time(now), limit),
        ) as cursor:
            return [_subscription(row) async for row in cursor]

    async def active(self) -> list[Subscription]:
        async with self._db.connection.execute(
            "SELECT * FROM subscriptions WHERE active = 1 ORDER BY chat_id"
        ) as cursor:
            return [_subscription(row) async for row in cursor]

    async def count_active(self) -> int:
        async with self._db.connection.execute(
            "SELECT count(*) FROM subscriptions WHERE active = 1"
        ) as cursor:
            row = await cursor.fetchone()
        return int(row[0]) if row else 0


class ChannelRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def save(self, channel: Channel, *, first_digest_since: datetime) -> Channel:
        """Add a channel, or re-add it (a new admin, title or topic) keeping its schedule.

        A new channel's first digest covers the stories first seen since
        `first_digest_since`; a re-added one goes on from its last digest.
        """
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                """
                INSERT INTO channels (
                    chat_id, thread_id, kind, title, username, admin_id, language, active,
                    digest_time, timezone, post_empty, after_story_id, next_digest_at, created_at
                )
                VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?,
                        (SELECT coalesce(max(id), 0) FROM stories WHERE first_seen_at < ?), ?, ?)
                ON CONFLICT (chat_id) DO UPDATE SET
                    thread_id = excluded.thread_id,
                    kind = excluded.kind,
                    title = excluded.title,
                    username = excluded.username,
                    admin_id = excluded.admin_id,
                    language = excluded.language,
                    active = 1
                RETURNING *
                """,
                (
                    channel.chat_id,
                    channel.thread_id,
                    channel.kind,
                    channel.title,
                    channel.username,
                    channel.admin_id,
                    channel.language,
                    channel.digest_time,
                    channel.timezone,
                    int(channel.post_empty),
                    to_db_time(first_digest_since),
                    to_db_time(channel.next_digest_at),
                    to_db_time(channel.created_at),
                ),
            )
            row = await cursor.fetchone()
            await cursor.close()
        assert row is not None
        return channel_from_row(row)

    async def get(self, chat_id: int) -> Channel | None:
        async with self._db.connection.execute(
            "SELECT * FROM channels WHERE chat_id = ?", (chat_id,)
        ) as cursor:
            row = await cursor.fetchone()
        return channel_from_row(row) if row else None

    async def find(self, reference: str | int) -> Channel | None:
        """By chat id, or by @username in any letter case."""
        text = str(reference).strip()
        if text.lstrip("-").isdigit():
            return await self.get(int(text))
        async with self._db.connection.execute(
            "SELECT * FROM channels WHERE casefold(username) = casefold(?)", (text.lstrip("@"),)
        ) as cursor:
            row = await cursor.fetchone()
        return channel_from_row(row) if row else None

    async def of_admin(self, admin_id: int) -> list[Channel]:
        async with self._db.connection.execute(
            "SELECT * FROM channels WHERE admin_id = ? ORDER BY active DESC, title, chat_id",
            (admin_id,),
        ) as cursor:
            return [channel_from_row(row) async for row in cursor]

    async def set_schedule(
        self, chat_id: int, *, digest_time: str, timezone: str, next_digest_at: datetime
    ) -> Channel | None:
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                """
                UPDATE channels SET digest_time = ?, timezone = ?, next_digest_at = ?
                WHERE chat_id = ? RETURNING *
                """,
                (digest_time, timezone, to_db_time(next_digest_at), chat_id),
            )
            row = await cursor.fetchone()
            await cursor.close()
        return channel_from_row(row) if row else None

    async def set_post_empty(self, chat_id: int, post_empty: bool) -> Channel | None:
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                "UPDATE channels SET post_empty = ? WHERE chat_id = ? RETURNING *",
                (int(post_empty), chat_id),
            )
            row = await cursor.fetchone()
            await cursor.close()
        return channel_from_row(row) if row else None

    async def set_language(self, chat_id: int, language: str) -> Channel | None:
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                "UPDATE channels SET language = ? WHERE chat_id = ? RETURNING *",
                (language, chat_id),
            )
            row = await cursor.fetchone()
            await cursor.close()
        return channel_from_row(row) if row else None

    async def remove(self, chat_id: int) -> bool:
        async with self._db.transaction() as conn:
            cursor = await conn.execute("DELETE FROM channels WHERE chat_id = ?", (chat_id,))
            return cursor.rowcount > 0

    async def due(self, now: datetime, limit: int = 100) -> list[Channel]:
        async with self._db.connection.execute(
            """
            SELECT * FROM channels WHERE active = 1 AND next_digest_at <= ?
            ORDER BY next_digest_at, chat_id LIMIT ?
            """,
            (to_db_time(now), limit),
        ) as cursor:
            return [channel_from_row(row) async for row in cursor]

    async def count_active(self) -> int:
        async with self._db.connection.execute(
            "SELECT count(*) FROM channels WHERE active = 1"
        ) as cursor:
            row = await cursor.fetchone()
        return int(row[0]) if row else 0


class PeopleRepository:
    """What each person chose for themselves: the language the bot speaks to them."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def languages(self) -> dict[int, str]:
        async with self._db.connection.execute("SELECT user_id, language FROM people") as cursor:
            return {int(row[0]): str(row[1]) async for row in cursor}

    async def set_language(self, user_id: int, language: str, *, now: datetime) -> None:
        """Remember the person's language; their subscription's alerts follow it."""
        async with self._db.transaction() as conn:
            await conn.execute(
                """
                INSERT INTO people (user_id, language, updated_at) VALUES (?, ?, ?)
                ON CONFLICT (user_id) DO UPDATE SET
                    language = excluded.language, updated_at = excluded.updated_at
                """,
                (user_id, language, to_db_time(now)),
            )
            await conn.execute(
                "UPDATE subscriptions SET language = ? WHERE chat_id = ?", (language, user_id)
            )
