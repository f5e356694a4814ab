"""What operators are shown: the sources page by page, a source's card, refusals of numbers."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from aiogram.types import InlineKeyboardMarkup

from domain.numbers import OutOfRangeError
from domain.pages import Window
from domain.sources import SourceStatus
from views.keyboards import confirm_removal_keyboard, source_card_keyboard, sources_keyboard
from views.render import quote, quote_attr, shorten
from views.texts import OperatorTexts

PAGE_SIZE = 8


def _state_icon(status: SourceStatus) -> str:
    if not status.source.enabled:
        return "⏸"
    problem = status.source.consecutive_failures or status.source.garbled
    return "⚠️" if problem else "✅"


def source_list(
    statuses: Sequence[SourceStatus], page: int, texts: OperatorTexts
) -> tuple[str, InlineKeyboardMarkup | None]:
    if not statuses:
        return texts.sources_empty, None
    window = Window.of(len(statuses), page, PAGE_SIZE)
    shown = window.slice(statuses)
    lines = [texts.sources_title.format(count=len(statuses))]
    for status in shown:
        lines.append(
            texts.source_line.format(
                state=_state_icon(status),
                id=status.source.id,
                name=quote(shorten(status.source.display_name, 50)),
                articles=status.articles,
            )
        )
    return "\n".join(lines), sources_keyboard(shown, window, texts)


def _when(moment: datetime | None, texts: OperatorTexts) -> str:
    return moment.strftime("%Y-%m-%d %H:%M UTC") if moment else texts.never


def source_card(
    status: SourceStatus, page: int, texts: OperatorTexts
) -> tuple[str, InlineKeyboardMarkup]:
    source = status.source
    text = texts.card.format(
        id=source.id,
        name=quote(shorten(source.display_name, 80)),
        url=f'<a href="{quote_attr(source.shown_url)}">{quote(shorten(source.shown_url, 80))}</a>',
        state=texts.enabled if source.enabled else texts.paused,
        articles=status.articles,
        success=_when(source.last_success_at, texts),
        failures=source.consecutive_failures,
        error=quote(shorten(source.last_error or "—", 200)),
        interval=source.check_interval // 60,
        next_check=_when(source.next_check_at, texts),
        decoding=quote(source.decoding or "—"),
        garbled=texts.garbled.format(count=source.garbled) if source.garbled else "",
    )
    return text, source_card_keyboard(status, page, texts)


def confirm_removal(
    status: SourceStatus, page: int, texts: OperatorTexts
) -> tuple[str, InlineKeyboardMarkup]:
    source = status.source
    name = quote(shorten(source.display_name, 80))
    text = texts.confirm_remove.format(id=source.id, name=name)
    return text, confirm_removal_keyboard(source.id, page, texts)


def out_of_range(error: OutOfRangeError, texts: OperatorTexts) -> str:
    return texts.out_of_range.format(
        value=quote(shorten(error.text, 30)), low=error.low, high=error.high
    )
