"""What a channel's manager is shown: the channel's name, schedule and the list of channels."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from storage.models import Channel
from views.render import quote, shorten
from views.texts import DeliveryTexts


def _local(moment: datetime, timezone: str) -> str:
    return moment.astimezone(ZoneInfo(timezone)).strftime("%d.%m.%Y %H:%M")


def channel_name(channel: Channel) -> str:
    return quote(shorten(channel.display_name, 80))


def channel_added(channel: Channel, texts: DeliveryTexts) -> str:
    return texts.channel_added.format(
        channel=channel_name(channel),
        time=channel.digest_time,
        timezone=channel.timezone,
        next=_local(channel.next_digest_at, channel.timezone),
        ref=quote(f"@{channel.username}" if channel.username else str(channel.chat_id)),
    )


def channel_list(channels: Sequence[Channel], texts: DeliveryTexts) -> str:
    if not channels:
        return texts.channel_list_empty
    lines = [
        texts.channel_line.format(
            state="✅" if channel.active else "⛔",
            channel=channel_name(channel),
            time=channel.digest_time,
            timezone=channel.timezone,
            empty="" if channel.active else texts.channel_paused,
        )
        for channel in channels
    ]
    return "\n".join([texts.channel_list_title, *lines])


def channel_schedule(channel: Channel, texts: DeliveryTexts) -> str:
    return texts.channel_schedule.format(
        channel=channel_name(channel),
        time=channel.digest_time,
        timezone=channel.timezone,
        next=_local(channel.next_digest_at, channel.timezone),
    )
