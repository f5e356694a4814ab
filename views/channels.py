"""What a channel's manager is shown: the channel's name, schedule and the list of channels."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from storage.models import Channel
from views import formats
from views.i18n import Texts
from views.render import quote, shorten


def local_time(moment: datetime, timezone: str, texts: Texts) -> str:
    """'02.03.2025 09:00' in the timezone's clock."""
    local = moment.astimezone(ZoneInfo(timezone))
    return f"{formats.day(local, texts)} {local:%H:%M}"


def channel_name(channel: Channel) -> str:
    return quote(shorten(channel.display_name, 80))


def channel_ref(channel: Channel) -> str:
    """How the manager names the channel in a command: @name, or the chat's number."""
    return quote(f"@{channel.username}" if channel.username else str(channel.chat_id))


def channel_added(channel: Channel, texts: Texts) -> str:
    return texts(
        "channel-added",
        channel=channel_name(channel),
        time=channel.digest_time,
        timezone=channel.timezone,
        next=local_time(channel.next_digest_at, channel.timezone, texts),
        ref=channel_ref(channel),
    )


def channel_list(channels: Sequence[Channel], texts: Texts) -> str:
    if not channels:
        return texts("channel-list-empty")
    lines = [
        texts(
            "channel-line" if channel.active else "channel-line-paused",
            state="✅" if channel.active else "⛔",
            channel=channel_name(channel),
            time=channel.digest_time,
            timezone=channel.timezone,
        )
        for channel in channels
    ]
    return "\n".join([texts("channel-list-title"), *lines])


def channel_schedule(channel: Channel, texts: Texts) -> str:
    return texts(
        "channel-schedule",
        channel=channel_name(channel),
        time=channel.digest_time,
        timezone=channel.timezone,
        next=local_time(channel.next_digest_at, channel.timezone, texts),
    )


def channel_choices(channels: Sequence[Channel], texts: Texts) -> str:
    """Several channels and no name given: which ones the manager can name."""
    if not channels:
        return texts("channel-none-yet")
    return texts("channel-which", channels=", ".join(channel_ref(c) for c in channels))
