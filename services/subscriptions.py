"""Subscribers: their choices, and the alerts new stories turn into."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta

from domain.reports import StoryBrief
from services.briefs import load_briefs
from storage import (
    AnalysisRepository,
    MessageKind,
    OutboxRepository,
    OutgoingMessage,
    Subscription,
    SubscriptionRepository,
    Topics,
)
from views.render import split_message
from views.render_facts import render_alert
from views.texts import delivery_texts_for, texts_for

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


class SubscriptionService:
    def __init__(
        self,
        subscriptions: SubscriptionRepository,
        countries: Sequence[str],
        *,
        clock: Callable[[], datetime],
    ) -> None:
        self._subscriptions = subscriptions
        self.countries = tuple(countries)
        self.topics = tuple(Topics)
        self._clock = clock

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
    ) -> None:
        self._analysis = analysis
        self._subscriptions = subscriptions
        self._outbox = outbox
        self._clock = clock
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
        chosen = [
            b for b in briefs if b.story.id > subscriber.after_story_id and wants(subscriber, b)
        ]
        if not chosen:
            return []
        language = texts_for(subscriber.language).language
        cache_key = (language, tuple(b.story.id for b in chosen))
        if cache_key not in rendered:
            text = render_alert(chosen, texts_for(language), delivery_texts_for(language))
            rendered[cache_key] = split_message(text)
        parts = rendered[cache_key]
        # The stories in the message name it: rewriting the same alert is then a no-op.
        key = f"alert:{subscriber.chat_id}:{chosen[0].story.id}-{chosen[-1].story.id}"
        return [
            OutgoingMessage(
                key=key if len(parts) == 1 else f"{key}:{number}",
                chat_id=subscriber.chat_id,
                kind=MessageKind.ALERT,
                text=part,
            )
            for number, part in enumerate(parts, 1)
        ]
