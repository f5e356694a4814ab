"""Subscribers: their choices, and the alerts new stories turn into."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime, timedelta

from domain.reports import StoryBrief
from services.briefs import load_briefs
from services.digests import DigestWriter, next_digest_at, quiet_until
from storage import (
    AnalysisRepository,
    DeliveryMode,
    MessageKind,
    OutboxRepository,
    OutgoingMessage,
    Subscription,
    SubscriptionRepository,
    Topics,
)
from views.i18n import texts_for
from views.render import split_message
from views.render_facts import render_alert

logger = logging.getLogger(__name__)

STORIES_PER_PASS = 200
# A story first published long ago (a new source's archive) is not news to alert about.
ALERT_MAX_AGE = timedelta(days=2)


def wants(subscription: Subscription, brief: StoryBrief) -> bool:
    """Whether a subscriber asked for this story: its topic and one of its countries."""
    if subscription.topics == Topics.TURNOVER and not brief.figures:
        return False
    if subscription.topics == Topics.PROJECTS and not brief.projects:
        return False
    chosen = set(subscription.countries)
    return not chosen or bool(chosen & set(brief.story.countries))


# What handlers name a subscription by (they see no storage).
SubscriptionView = Subscription


def quiet_of(subscription: Subscription) -> tuple[str, str] | None:
    if subscription.quiet_from and subscription.quiet_to:
        return (subscription.quiet_from, subscription.quiet_to)
    return None


class SubscriptionService:
    def __init__(
        self,
        subscriptions: SubscriptionRepository,
        countries: Sequence[str],
        *,
        clock: Callable[[], datetime],
        default_timezone: str = "Europe/Minsk",
    ) -> None:
        self._subscriptions = subscriptions
        self.countries = tuple(countries)
        self.topics = tuple(Topics)
        self.modes = tuple(DeliveryMode)
        self._clock = clock
        self.default_timezone = default_timezone

    def timezone_of(self, subscription: Subscription) -> str:
        return subscription.timezone or self.default_timezone

    def _next_digest(self, subscription: Subscription) -> datetime | None:
        if subscription.mode == DeliveryMode.INSTANT:
            return None
        weekly = subscription.mode == DeliveryMode.WEEKLY
        return next_digest_at(
            subscription.digest_time,
            self.timezone_of(subscription),
            self._clock(),
            weekday=subscription.digest_day if weekly else None,
        )

    async def set_mode(self, chat_id: int, value: str) -> Subscription | None:
        """Each story as it comes, or a daily or weekly digest at the subscriber's hour.
        Raises ValueError for a mode that is not one of `DeliveryMode`."""
        mode = DeliveryMode(value)
        current = await self._subscriptions.get(chat_id)
        if current is None:
            return None
        changed = replace(current, mode=mode)
        return await self._subscriptions.set_mode(
            chat_id, mode, next_digest_at=self._next_digest(changed), now=self._clock()
        )

    async def set_schedule(
        self,
        chat_id: int,
        *,
        digest_time: str | None = None,
        digest_day: int | None = None,
        timezone: str | None = None,
    ) -> Subscription | None:
        """The digest's hour, weekday and timezone (what is not given stays)."""
        current = await self._subscriptions.get(chat_id)
        if current is None:
            return None
        changed = replace(
            current,
            digest_time=digest_time or current.digest_time,
            digest_day=current.digest_day if digest_day is None else digest_day,
            timezone=timezone or current.timezone,
        )
        return await self._subscriptions.set_schedule(
            chat_id,
            digest_time=changed.digest_time,
            digest_day=changed.digest_day,
            timezone=changed.timezone,
            next_digest_at=self._next_digest(changed),
            now=self._clock(),
        )

    async def set_quiet(self, chat_id: int, quiet: tuple[str, str] | None) -> Subscription | None:
        return await self._subscriptions.set_quiet(chat_id, quiet, now=self._clock())

    async def set_silent(self, chat_id: int, silent: bool) -> Subscription | None:
        return await self._subscriptions.set_silent(chat_id, silent, now=self._clock())

    async def get(self, chat_id: int) -> Subscription | None:
        return await self._subscriptions.get(chat_id)

    async def subscribe(self, chat_id: int, language: str | None) -> Subscription:
        return await self._subscriptions.subscribe(chat_id, language=language, now=self._clock())

    async def unsubscribe(self, chat_id: int) -> bool:
        return await self._subscriptions.unsubscribe(chat_id, now=self._clock())

    async def choose_topics(self, chat_id: int, topics: str) -> Subscription | None:
        """Raises ValueError for topics that are not one of `Topics`."""
        return await self._subscriptions.choose(chat_id, topics=Topics(topics), now=self._clock())

    async def toggle_country(self, chat_id: int, code: str) -> Subscription | None:
        """Add or remove one country; choosing every country is the same as choosing none."""
        current = await self._subscriptions.get(chat_id)
        if current is None or code not in self.countries:
            return current
        chosen = set(current.countries) ^ {code}
        if chosen >= set(self.countries):
            chosen = set()
        return await self._subscriptions.choose(
            chat_id, countries=sorted(chosen), now=self._clock()
        )

    async def all_countries(self, chat_id: int) -> Subscription | None:
        return await self._subscriptions.choose(chat_id, countries=(), now=self._clock())


class Alerter:
    """Turns stories created since the last run into alerts in the outbox."""

    def __init__(
        self,
        analysis: AnalysisRepository,
        subscriptions: SubscriptionRepository,
        outbox: OutboxRepository,
        *,
        clock: Callable[[], datetime],
        lock: asyncio.Lock | None = None,
        default_timezone: str = "Europe/Minsk",
    ) -> None:
        self._analysis = analysis
        self._subscriptions = subscriptions
        self._outbox = outbox
        self._clock = clock
        self._default_timezone = default_timezone
        self._digests = DigestWriter(analysis)
        # Shared with the analysis: sources finish at any time, and two alert runs at once
        # (or a run that sees a story before its article) would write overlapping alerts.
        self._lock = lock or asyncio.Lock()

    async def enqueue_new(self) -> int:
        """Write alerts for the stories no alert run has seen; returns messages written."""
        async with self._lock:
            return await self._enqueue_new()

    async def _enqueue_new(self) -> int:
        written = 0
        while True:
            subscribers = await self._subscriptions.active()
            cursor = await self._outbox.alert_cursor() or 0
            if not subscribers:  # nobody to tell: just remember how far the stories go
                newest = await self._analysis.newest_story_id()
                if newest > cursor:
                    await self._outbox.enqueue_alerts(
                        [], through_story_id=newest, now=self._clock()
                    )
                return written
            start = max(cursor, min(s.after_story_id for s in subscribers))
            stories = await self._analysis.stories_after(start, limit=STORIES_PER_PASS)
            if not stories:
                return written
            briefs = await load_briefs(self._analysis, stories)
            fresh_since = self._clock() - ALERT_MAX_AGE
            briefs = [b for b in briefs if b.story.first_seen_at >= fresh_since]
            # Subscribers with the same choices get the same text: render it once for them.
            rendered: dict[tuple[str | None, tuple[int, ...]], list[str]] = {}
            messages = [
                message
                for subscriber in subscribers
                for message in self._alerts_for(subscriber, briefs, rendered)
            ]
            written += await self._outbox.enqueue_alerts(
                messages, through_story_id=stories[-1].id, now=self._clock()
            )
            logger.info("Alerts: %d stories, %d messages", len(stories), len(messages))

    def _alerts_for(
        self,
        subscriber: Subscription,
        briefs: Sequence[StoryBrief],
        rendered: dict[tuple[str | None, tuple[int, ...]], list[str]],
    ) -> list[OutgoingMessage]:
        if subscriber.mode != DeliveryMode.INSTANT:  # their digest brings these stories
            return []
        chosen = [
            b for b in briefs if b.story.id > subscriber.after_story_id and wants(subscriber, b)
        ]
        if not chosen:
            return []
        texts = texts_for(subscriber.language)
        cache_key = (texts.language, tuple(b.story.id for b in chosen))
        if cache_key not in rendered:
            rendered[cache_key] = split_message(render_alert(chosen, texts))
        parts = rendered[cache_key]
        # In the subscriber's quiet hours the alert waits for them to end.
        timezone = subscriber.timezone or self._default_timezone
        held = quiet_until(quiet_of(subscriber), timezone, self._clock())
        # The stories in the message name it: rewriting the same alert is then a no-op.
        key = f"alert:{subscriber.chat_id}:{chosen[0].story.id}-{chosen[-1].story.id}"
        return [
            OutgoingMessage(
                key=key if len(parts) == 1 else f"{key}:{number}",
                chat_id=subscriber.chat_id,
                kind=MessageKind.ALERT,
                text=part,
                not_before=held,
                silent=subscriber.silent,
            )
            for number, part in enumerate(parts, 1)
        ]

    async def post_digests(self) -> int:
        """Write the digest of every subscriber whose daily or weekly digest is due; the same
        renderer as channels' digests. Returns how many subscribers got one."""
        async with self._lock:
            now = self._clock()
            posted = 0
            for subscriber in await self._subscriptions.due_digests(now):
                posted += await self._post_digest(subscriber, now)
            return posted

    async def _post_digest(self, subscriber: Subscription, now: datetime) -> int:
        timezone = subscriber.timezone or self._default_timezone
        weekly = subscriber.mode == DeliveryMode.WEEKLY
        digest = await self._digests.digest(
            subscriber.after_story_id,
            now,
            timezone,
            texts_for(subscriber.language),
            wanted=lambda brief: wants(subscriber, brief),
            period="week" if weekly else "day",
        )
        messages = digest.messages(
            f"pdigest:{subscriber.chat_id}:{digest.day.isoformat()}",
            subscriber.chat_id,
            silent=subscriber.silent,
        )
        await self._outbox.enqueue_subscriber_digest(
            subscriber,
            messages,
            through_story_id=digest.through_story_id,
            next_digest_at=next_digest_at(
                subscriber.digest_time,
                timezone,
                now,
                weekday=subscriber.digest_day if weekly else None,
            ),
            now=now,
        )
        return int(bool(messages))
