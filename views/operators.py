"""What operators are shown: the sources page by page, a source's card, refusals of numbers."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from aiogram.types import InlineKeyboardMarkup

from domain.numbers import OutOfRangeError
from domain.pages import Window
from domain.sources import SourceStatus
from storage.models import OutboxMessage, Source
from views.i18n import Texts
from views.keyboards import confirm_removal_keyboard, source_card_keyboard, sources_keyboard
from views.problems import delivery_problem, source_problem
from views.render import quote, quote_attr, shorten

PAGE_SIZE = 8
_DECODING = re.compile(r"^(?P<charset>\S+) \((?P<how>declared|detected)\)$")


@dataclass(frozen=True, slots=True)
class SourceState:
    """Where a source stands, as an icon and a phrase: the truth, not just 'enabled'."""

    icon: str
    text: str
    ok: bool


def source_state(source: Source, texts: Texts) -> SourceState:
    failures = source.consecutive_failures
    if not source.enabled:
        if failures:
            return SourceState("⏸", texts("source-state-paused-failing", failures=failures), False)
        return SourceState("⏸", texts("source-state-paused"), False)
    if failures:
        return SourceState("⚠️", texts("source-state-failing", failures=failures), False)
    if source.last_success_at is None:
        return SourceState("🕓", texts("source-state-new"), False)
    if source.garbled:
        return SourceState("⚠️", texts("source-state-garbled"), False)
    return SourceState("✅", texts("source-state-ok"), True)


def source_list(
    statuses: Sequence[SourceStatus], page: int, texts: Texts
) -> tuple[str, InlineKeyboardMarkup | None]:
    if not statuses:
        return texts("sources-empty"), None
    window = Window.of(len(statuses), page, PAGE_SIZE)
    shown = window.slice(statuses)
    lines = [texts("sources-title", count=len(statuses))]
    for status in shown:
        state = source_state(status.source, texts)
        lines.append(
            texts(
                "source-line" if state.ok else "source-line-note",
                icon=state.icon,
                id=str(status.source.id),
                name=quote(shorten(status.source.display_name, 50)),
                articles=status.articles,
                state=state.text,
            )
        )
    return "\n".join(lines), sources_keyboard(shown, window, texts)


def _when(moment: datetime | None, texts: Texts) -> str:
    return moment.strftime("%Y-%m-%d %H:%M UTC") if moment else texts("never")


def decoding(text: str | None, texts: Texts) -> str:
    """'windows-1251 (detected)' → 'windows-1251 (определена по тексту)'."""
    if not text:
        return texts("decoding-unknown")
    match = _DECODING.match(text)
    if match is None:
        return quote(text)
    return texts(f"decoding-{match['how']}", charset=quote(match["charset"]))


def source_card(status: SourceStatus, page: int, texts: Texts) -> tuple[str, InlineKeyboardMarkup]:
    source = status.source
    text = texts(
        "card",
        id=str(source.id),
        name=quote(shorten(source.display_name, 80)),
        url=f'<a href="{quote_attr(source.shown_url)}">{quote(shorten(source.shown_url, 80))}</a>',
        state=source_state(source, texts).text,
        articles=status.articles,
        success=_when(source.last_success_at, texts),
        failures=source.consecutive_failures,
        error=source_problem(source.last_error, texts),
        interval=source.check_interval // 60,
        next=_when(source.next_check_at, texts),
        decoding=decoding(source.decoding, texts),
    )
    if source.garbled:
        text += "\n" + texts("garbled", count=source.garbled)
    return text, source_card_keyboard(status, page, texts)


def confirm_removal(
    status: SourceStatus, page: int, texts: Texts
) -> tuple[str, InlineKeyboardMarkup]:
    source = status.source
    name = quote(shorten(source.display_name, 80))
    text = texts("confirm-remove", id=str(source.id), name=name)
    return text, confirm_removal_keyboard(source.id, page, texts)


def out_of_range(error: OutOfRangeError, texts: Texts) -> str:
    return texts(
        "out-of-range",
        value=quote(shorten(error.text, 30)),
        low=str(error.low),
        high=str(error.high),
    )


def undelivered(problems: Sequence[OutboxMessage], texts: Texts) -> str:
    """/failed: what did not get through, and why, newest first."""
    if not problems:
        return texts("undelivered-empty")
    lines = [texts("undelivered-title", count=len(problems))]
    for item in problems:
        state_key = f"undelivered-{item.state}"
        lines.append(
            texts(
                "undelivered-line",
                id=str(item.id),
                chat=str(item.chat_id),
                kind=texts(f"message-kind-{item.kind}"),
                state=texts(state_key) if texts.has(state_key) else str(item.state),
                error=delivery_problem(item.last_error or "?", texts),
            )
        )
    return "\n".join(lines)


def source_outage(source: Source, texts: Texts) -> str:
    return texts(
        "outage",
        id=str(source.id),
        name=quote(shorten(source.display_name, 80)),
        failures=source.consecutive_failures,
        error=source_problem(source.last_error or "?", texts),
    )


def source_recovered(source: Source, texts: Texts) -> str:
    return texts("recovered", id=str(source.id), name=quote(shorten(source.display_name, 80)))
