"""Channels and groups with a daily digest: who may add one, when it is posted, what it says."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from aiogram import Bot
from aiogram.enums import ChatMemberStatus, ChatType
from aiogram.exceptions import TelegramAPIError, TelegramBadRequest, TelegramForbiddenError

from domain.inputs import time_of_day, timezone
from services.digests import Digest, DigestWriter
from services.digests import next_digest_at as next_digest_at
from storage import (
    AnalysisRepository,
    Channel,
    ChannelRepository,
    OutboxRepository,
)
from views.i18n import texts_for

logger = logging.getLogger(__name__)

FIRST_DIGEST_COVERS = timedelta(days=1)  # a new channel's first digest is not empty
ADMIN_STATUSES = frozenset({ChatMemberStatus.CREATOR, ChatMemberStatus.ADMINISTRATOR})
GONE_STATUSES = frozenset({ChatMemberStatus.LEFT, ChatMemberStatus.KICKED})


def parse_time(text: str) -> str | None:
    """'9:00', '09.00', '18' → '09:00', '09:00', '18:00'; None when it is no time of day."""
    return time_of_day(text)


def parse_timezone(name: str) -> str | None:
    """A timezone from a city, a country of one timezone, an offset or an IANA name."""
    return timezone(name)


@dataclass(frozen=True, slots=True)
class ChannelCheck:
    """The outcome of adding a channel: the channel, or what is missing (a text key)."""

    channel: Channel | None = None
    problem: str | None = None
    name: str = ""
    error: str = ""


@dataclass(frozen=True, slots=True)
class ChannelAccess:
    """A channel the requester may manage now, or why not: unknown, not_admin, check_failed."""

    channel: Channel | None = None
    problem: str | None = None
    error: str = ""


@dataclass(frozen=True, slots=True)
class Preview:
    """A digest as it would be posted now; when nothing is new, `sample` is a digest of
    the last days' stories, to show what one looks like."""

    parts: list[str]
    sample: bool = False


class ChannelService:
    def __init__(
        self,
        channels: ChannelRepository,
        analysis: AnalysisRepository,
        outbox: OutboxRepository,
        *,
        clock: Callable[[], datetime],
        default_time: str,
        default_timezone: str,
    ) -> None:
        self._channels = channels
        self._digests = DigestWriter(analysis)
        self._outbox = outbox
        self._clock = clock
        self._default_time = default_time
        self._default_timezone = default_timezone

    # --- adding and managing ------------------------------------------------------------

    async def add(
        self,
        bot: Bot,
        target: int | str,
        *,
        requester_id: int,
        manager_chat_id: int,
        language: str | None,
        thread_id: int | None = None,
        requester_is_the_chat: bool = False,
    ) -> ChannelCheck:
        """Check that the requester administers the chat and that the bot may post there,
        then add it; on any doubt, change nothing and say what is missing.

        `requester_is_the_chat`: the command came from the group itself, as an anonymous
        administrator writes. `manager_chat_id`: where notices about the channel go.
        """
        name = str(target)
        try:
            chat = await bot.get_chat(target)
        except (TelegramBadRequest, TelegramForbiddenError):
            return ChannelCheck(problem="not_found", name=name)
        except TelegramAPIError as error:
            return ChannelCheck(problem="check_failed", name=name, error=error.message)
        name = f"@{chat.username}" if chat.username else chat.title or str(chat.id)
        if chat.type == ChatType.PRIVATE:
            return ChannelCheck(problem="private", name=name)
        try:
            if not requester_is_the_chat:
                member = await bot.get_chat_member(chat.id, requester_id)
                if member.status not in ADMIN_STATUSES:
                    return ChannelCheck(problem="not_admin", name=name)
            me = await bot.me()
            own = await bot.get_chat_member(chat.id, me.id)
        except TelegramAPIError as error:
            return ChannelCheck(problem="check_failed", name=name, error=error.message)
        problem = _posting_problem(chat.type, own, chat.permissions)
        if problem:
            return ChannelCheck(problem=problem, name=name)
        now = self._clock()
        existing = await self._channels.get(chat.id)
        digest_time = existing.digest_time if existing else self._default_time
        timezone = existing.timezone if existing else self._default_timezone
        channel = await self._channels.save(
            Channel(
                chat_id=chat.id,
                thread_id=thread_id,
                kind=str(chat.type),
                title=chat.title or "",
                username=chat.username,
                admin_id=manager_chat_id,
                language=language,
                active=True,
                digest_time=digest_time,
                timezone=timezone,
                post_empty=existing.post_empty if existing else False,
                after_story_id=0,
                next_digest_at=next_digest_at(digest_time, timezone, now),
                created_at=now,
            ),
            first_digest_since=now - FIRST_DIGEST_COVERS,
        )
        logger.info("Channel %s (%d) added by %d", name, chat.id, requester_id)
        return ChannelCheck(channel=channel, name=name)

    async def find(
        self,
        bot: Bot,
        reference: str | int,
        *,
        requester_id: int,
        requester_is_the_chat: bool = False,
    ) -> ChannelAccess:
        """The channel named by @username or id, if this requester may manage it now.

        Telegram is asked every time (getChatMember): whoever added the channel loses
        control of its digest the moment they stop being its administrator. A group that
        writes as itself (an anonymous administrator) manages only itself."""
        channel = await self._channels.find(reference)
        if channel is None:
            return ChannelAccess(problem="unknown")
        if requester_is_the_chat:
            if channel.chat_id == requester_id:
                return ChannelAccess(channel)
            return ChannelAccess(problem="unknown")
        try:
            member = await bot.get_chat_member(channel.chat_id, requester_id)
        except TelegramAPIError as error:
            return ChannelAccess(problem="check_failed", error=error.message)
        if member.status not in ADMIN_STATUSES:
            logger.info(
                "User %d is not an administrator of %d now: refused", requester_id, channel.chat_id
            )
            return ChannelAccess(problem="not_admin")
        return ChannelAccess(channel)

    async def managed_by(self, manager_chat_id: int) -> list[Channel]:
        return await self._channels.of_admin(manager_chat_id)

    async def set_schedule(self, channel: Channel, digest_time: str, timezone: str) -> Channel:
        updated = await self._channels.set_schedule(
            channel.chat_id,
            digest_time=digest_time,
            timezone=timezone,
            next_digest_at=next_digest_at(digest_time, timezone, self._clock()),
        )
        return updated or channel

    async def set_post_empty(self, channel: Channel, post_empty: bool) -> Channel:
        return await self._channels.set_post_empty(channel.chat_id, post_empty) or channel

    async def remove(self, channel: Channel) -> bool:
        return await self._channels.remove(channel.chat_id)

    # --- digests ------------------------------------------------------------------------

    async def preview(self, channel: Channel) -> Preview:
        """The digest as it would be posted now (the 'no news' line counts only if posted);
        with nothing new, what one looks like from the last days' stories."""
        now = self._clock()
        digest = await self._digest(replace(channel, post_empty=False), now)
        if digest.parts:
            return Preview(digest.parts)
        sample = await self._digests.sample(now, channel.timezone, texts_for(channel.language))
        return Preview(sample.parts, sample=bool(sample.parts))

    async def set_language(self, channel: Channel, language: str) -> Channel:
        return await self._channels.set_language(channel.chat_id, language) or channel

    async def post_due(self) -> int:
        """Write the digest of every channel whose time has come; returns how many channels."""
        now = self._clock()
        posted = 0
        for channel in await self._channels.due(now):
            digest = await self._digest(channel, now)
            messages = digest.messages(
                f"digest:{channel.chat_id}:{digest.day.isoformat()}",
                channel.chat_id,
                thread_id=channel.thread_id,
            )
            await self._outbox.enqueue_digest(
                channel,
                messages,
                through_story_id=digest.through_story_id,
                next_digest_at=next_digest_at(channel.digest_time, channel.timezone, now),
                now=now,
            )
            posted += bool(messages)
        return posted

    async def _digest(self, channel: Channel, now: datetime) -> Digest:
        return await self._digests.digest(
            channel.after_story_id,
            now,
            channel.timezone,
            texts_for(channel.language),
            post_empty=channel.post_empty,
        )


def _posting_problem(chat_type: str, own: object, permissions: object) -> str | None:
    """What keeps the bot from posting in the chat, as a text key; None when it may post."""
    status = getattr(own, "status", None)
    if status in GONE_STATUSES:
        return "bot_not_member"
    if chat_type == ChatType.CHANNEL:
        if status != ChatMemberStatus.ADMINISTRATOR:
            return "bot_not_admin"
        return None if getattr(own, "can_post_messages", False) else "bot_cannot_post"
    if status == ChatMemberStatus.RESTRICTED and not getattr(own, "can_send_messages", True):
        return "bot_cannot_post"
    may_send = getattr(permissions, "can_send_messages", True)
    if status == ChatMemberStatus.MEMBER and may_send is False:
        return "bot_cannot_post"
    return None
