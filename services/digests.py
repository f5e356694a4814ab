"""One digest for channels and for people: the stories since the last one, main ones first,
rendered by one renderer; and when each digest is due."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from domain.reports import StoryBrief
from services.briefs import load_briefs
from storage import AnalysisRepository, MessageKind, OutgoingMessage, SearchFilters
from views.i18n import Texts
from views.render import split_message
from views.render_facts import render_digest

DIGEST_STORIES = 15
DIGEST_SCAN = 1000  # stories looked at per digest; more than a day ever brings
# A story first published this long before the digest is an outlet's archive, not news.
DIGEST_MAX_AGE = timedelta(days=7)
WEEKLY_MAX_AGE = timedelta(days=8)
SAMPLE_DAYS = timedelta(days=7)  # a preview with nothing new shows these days' stories


def next_digest_at(
    digest_time: str, timezone: str, now: datetime, *, weekday: int | None = None
) -> datetime:
    """The first moment after `now` when the clock in `timezone` shows `digest_time`
    (on `weekday`, Monday 0, for a weekly digest)."""
    zone = ZoneInfo(timezone)
    hour, minute = (int(part) for part in digest_time.split(":"))
    local_now = now.astimezone(zone)
    day = local_now.date()
    for _ in range(8):
        candidate = datetime.combine(day, time(hour, minute), tzinfo=zone)
        if candidate > local_now and (weekday is None or candidate.weekday() == weekday):
            return candidate.astimezone(now.tzinfo)
        day += timedelta(days=1)
    raise AssertionError("a week always holds the day")  # pragma: no cover


def quiet_until(quiet: tuple[str, str] | None, timezone: str, now: datetime) -> datetime | None:
    """When quiet hours that hold `now` end (in `timezone`'s clock); None outside them."""
    if quiet is None:
        return None
    zone = ZoneInfo(timezone)
    local = now.astimezone(zone)
    start, end = (_clock_time(moment) for moment in quiet)
    clock = local.time()
    inside = start <= clock < end if start < end else clock >= start or clock < end
    if not inside:
        return None
    day = local.date() if clock < end else local.date() + timedelta(days=1)
    return datetime.combine(day, end, tzinfo=zone).astimezone(now.tzinfo)


def _clock_time(text: str) -> time:
    hour, minute = text.split(":")
    return time(int(hour), int(minute))


@dataclass(frozen=True, slots=True)
class Digest:
    parts: list[str]
    through_story_id: int
    day: date
    stories: int

    def messages(
        self, key: str, chat_id: int, *, thread_id: int | None = None, silent: bool = False
    ) -> list[OutgoingMessage]:
        """The outbox messages of this digest to one chat: the key names the chat and the day
        (so a digest is written once however often it is tried), numbered when split."""
        return [
            OutgoingMessage(
                key=key if len(self.parts) == 1 else f"{key}:{number}",
                chat_id=chat_id,
                thread_id=thread_id,
                kind=MessageKind.DIGEST,
                text=part,
                silent=silent,
            )
            for number, part in enumerate(self.parts, 1)
        ]


Wanted = Callable[[StoryBrief], bool]


class DigestWriter:
    """Writes the digest of the stories after a cursor, for whoever reads it."""

    def __init__(self, analysis: AnalysisRepository) -> None:
        self._analysis = analysis

    async def digest(
        self,
        after_story_id: int,
        now: datetime,
        timezone: str,
        texts: Texts,
        *,
        wanted: Wanted | None = None,
        post_empty: bool = False,
        period: str = "day",
    ) -> Digest:
        """The stories after `after_story_id` (those `wanted`, first published within the
        period), main ones first; no parts when there are none and `post_empty` is off."""
        day = now.astimezone(ZoneInfo(timezone)).date()
        stories = await self._analysis.stories_after(after_story_id, limit=DIGEST_SCAN)
        through = stories[-1].id if stories else after_story_id
        briefs = await load_briefs(self._analysis, stories)
        oldest = now - (WEEKLY_MAX_AGE if period == "week" else DIGEST_MAX_AGE)
        briefs = [
            b for b in briefs if b.story.first_seen_at >= oldest and (wanted is None or wanted(b))
        ]
        if not briefs:
            parts = [texts("digest-empty")] if post_empty else []
            return Digest(parts, through, day, 0)
        return Digest(self._render(briefs, day, texts, period), through, day, len(briefs))

    async def sample(self, now: datetime, timezone: str, texts: Texts) -> Digest:
        """What a digest looks like, from the stories of the last days (or the newest ones
        stored, when the last days brought none): for a preview with nothing new."""
        day = now.astimezone(ZoneInfo(timezone)).date()
        stories = await self._analysis.stories(
            limit=DIGEST_STORIES, filters=SearchFilters(since=now - SAMPLE_DAYS)
        )
        if not stories:
            stories = await self._analysis.stories(limit=DIGEST_STORIES)
        briefs = await load_briefs(self._analysis, stories)
        if not briefs:
            return Digest([], 0, day, 0)
        return Digest(self._render(briefs, day, texts, "day"), 0, day, len(briefs))

    @staticmethod
    def _render(briefs: list[StoryBrief], day: date, texts: Texts, period: str) -> list[str]:
        main = _main_first(briefs)[:DIGEST_STORIES]
        return split_message(render_digest(main, len(briefs), day, texts, period=period))


def _main_first(briefs: list[StoryBrief]) -> list[StoryBrief]:
    return sorted(briefs, key=lambda b: (b.weight(), b.story.first_seen_at), reverse=True)
