"""Callback data and every inline keyboard; the one pager turns every paged list.

Callback data carries ids, never URLs (64 bytes at most); each factory's prefix carries a
version, so a button from an older layout is a stale button, never a misread one. Fields
with a fixed set of values are enums: a forged value fails the filter like a stale button.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import StrEnum

from aiogram.filters.callback_data import CallbackData
from aiogram.types import InlineKeyboardMarkup
from aiogram.utils.keyboard import InlineKeyboardBuilder
from pydantic import Field

from domain.numbers import MAX_PAGE, MAX_SOURCE_ID
from domain.pages import Paged, SavedQuery, SearchPage, StoryPage
from domain.pairs import pair_key
from domain.reports import FILTERS, ProjectsPage, Section
from domain.sources import SourceStatus
from storage.models import DeliveryMode, Subscription, Topics
from views import names
from views.i18n import LANGUAGES, Texts, texts_for
from views.render import shorten

COUNTRIES_PER_ROW = 3


class LatestPage(CallbackData, prefix="latest3"):
    page: int = Field(ge=0, le=MAX_PAGE)
    query_id: int = Field(default=0, ge=0, le=2**62)  # saved filters ("KZ с 2024"); 0: none
    token: str = Field(default="", max_length=16)  # binds the filters to their author

    @property
    def saved(self) -> SavedQuery | None:
        return SavedQuery(self.query_id, self.token) if self.query_id else None


class SearchQuery(CallbackData, prefix="srch2"):
    """A page of a saved search: its id, the token only its author's buttons carry, the page.
    (srch1 buttons named the id alone; they are stale now.)"""

    query_id: int = Field(ge=1, le=2**62)
    token: str = Field(min_length=8, max_length=16)
    page: int = Field(ge=0, le=MAX_PAGE)

    @classmethod
    def of(cls, saved: SavedQuery, page: int) -> SearchQuery:
        return cls(query_id=saved.id, token=saved.token, page=page)

    @property
    def saved(self) -> SavedQuery:
        return SavedQuery(self.query_id, self.token)


class ProjectsQuery(CallbackData, prefix="prj1"):
    pair: str
    status: Section | None  # None (packed as "") for every status
    page: int


class TurnoverExport(CallbackData, prefix="trncsv1"):
    pair: str


class MenuAction(StrEnum):
    TOPIC = "topic"
    COUNTRY = "country"
    ALL = "all"
    ON = "on"
    OFF = "off"
    DONE = "done"
    MODE = "mode"  # value: instant, daily or weekly
    SILENT = "silent"  # toggles sound


class SubscriptionAction(CallbackData, prefix="sub1"):
    action: MenuAction
    value: str = ""  # the topic or the country code


class SourceStep(StrEnum):
    LIST = "list"
    CARD = "card"
    PAUSE = "pause"
    RESUME = "resume"
    CHECK = "check"
    REMOVE = "remove"
    CONFIRM = "confirm"


class SourceAction(CallbackData, prefix="src1"):
    action: SourceStep
    # Bounded: a forged button with a huge number is a stale button, not an overflow.
    source_id: int = Field(ge=0, le=MAX_SOURCE_ID)
    page: int = Field(ge=0, le=MAX_PAGE)


class StartStep(StrEnum):
    LATEST = "latest"
    TURNOVER = "turnover"
    PROJECTS = "projects"
    SUBSCRIBE = "subscribe"
    LANGUAGE = "language"
    TOUR = "tour"


class StartAction(CallbackData, prefix="start1"):
    action: StartStep


class LanguageChoice(CallbackData, prefix="lang1"):
    language: str = Field(max_length=2)


# --- the pager ---------------------------------------------------------------------------


def pager(
    page: Paged, turn: Callable[[int], CallbackData], newer: str, older: str
) -> InlineKeyboardBuilder:
    """One row: a button to the newer page and one to the older, where there is one."""
    builder = InlineKeyboardBuilder()
    if page.has_newer:
        builder.button(text=newer, callback_data=turn(page.page - 1))
    if page.has_older:
        builder.button(text=older, callback_data=turn(page.page + 1))
    return builder


def _markup(builder: InlineKeyboardBuilder) -> InlineKeyboardMarkup | None:
    """The keyboard, or None when it has no button (Telegram shows none then)."""
    return builder.as_markup() if list(builder.buttons) else None


# --- onboarding and language ------------------------------------------------------------


def start_keyboard(texts: Texts) -> InlineKeyboardMarkup:
    """The main actions, two a row, and the one-screen tour."""
    builder = InlineKeyboardBuilder()
    for step in StartStep:
        builder.button(text=texts(f"start-button-{step}"), callback_data=StartAction(action=step))
    builder.adjust(2)
    return builder.as_markup()


def language_keyboard(current: str) -> InlineKeyboardMarkup:
    """Each language by its own name; the current one ticked."""
    builder = InlineKeyboardBuilder()
    for language in LANGUAGES:
        name = texts_for(language)("language-name")
        label = f"✓ {name}" if language == current else name
        builder.button(text=label, callback_data=LanguageChoice(language=language))
    builder.adjust(2)
    return builder.as_markup()


# --- news ----------------------------------------------------------------------------------


def latest_keyboard(
    page: StoryPage, texts: Texts, saved: SavedQuery | None
) -> InlineKeyboardMarkup | None:
    def turn(number: int) -> LatestPage:
        if saved is None:
            return LatestPage(page=number)
        return LatestPage(page=number, query_id=saved.id, token=saved.token)

    return _markup(pager(page, turn, texts("button-newer"), texts("button-older")))


def search_keyboard(page: SearchPage, texts: Texts) -> InlineKeyboardMarkup | None:
    def turn(number: int) -> SearchQuery:
        return SearchQuery.of(page.saved, number)

    return _markup(pager(page, turn, texts("button-newer"), texts("button-older")))


# --- facts ---------------------------------------------------------------------------------


def turnover_keyboard(pair: Sequence[str], texts: Texts) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    builder.button(text=texts("csv-button"), callback_data=TurnoverExport(pair=pair_key(pair)))
    return builder.as_markup()


def projects_keyboard(page: ProjectsPage, texts: Texts) -> InlineKeyboardMarkup:
    """A button per status with projects (and one for all), then the pager."""
    key = pair_key(page.pair)
    builder = InlineKeyboardBuilder()
    choices: list[tuple[Section | None, str]] = [(None, texts("button-all"))]
    choices += [
        (status, f"{texts(f'section-{status}')} ({page.counts[status]})")
        for status in FILTERS
        if page.counts[status]
    ]
    for status, label in choices:
        marker = "• " if page.status == status else ""
        builder.button(
            text=marker + label, callback_data=ProjectsQuery(pair=key, status=status, page=0)
        )
    builder.adjust(*([len(choices)] if len(choices) <= 3 else [3, len(choices) - 3]))

    def turn(number: int) -> ProjectsQuery:
        return ProjectsQuery(pair=key, status=page.status, page=number)

    builder.attach(pager(page, turn, texts("button-newer"), texts("button-older")))
    return builder.as_markup()


# --- subscriptions -------------------------------------------------------------------------


def flag(code: str) -> str:
    return "".join(chr(0x1F1E6 + ord(letter) - ord("A")) for letter in code)


def subscription_menu(
    subscription: Subscription, countries: Sequence[str], texts: Texts
) -> InlineKeyboardMarkup:
    def mark(chosen: bool, label: str) -> str:
        return f"✓ {label}" if chosen else label

    builder = InlineKeyboardBuilder()
    for topic in Topics:
        builder.button(
            text=mark(subscription.topics == topic, texts(f"topic-button-{topic}")),
            callback_data=SubscriptionAction(action=MenuAction.TOPIC, value=topic),
        )
    for code in countries:
        label = f"{flag(code)} {names.country(code, texts)}"
        builder.button(
            text=mark(code in subscription.countries, label),
            callback_data=SubscriptionAction(action=MenuAction.COUNTRY, value=code),
        )
    builder.button(
        text=mark(not subscription.countries, texts("button-all-countries")),
        callback_data=SubscriptionAction(action=MenuAction.ALL),
    )
    for mode in DeliveryMode:
        builder.button(
            text=mark(subscription.mode == mode, texts(f"button-mode-{mode}")),
            callback_data=SubscriptionAction(action=MenuAction.MODE, value=mode),
        )
    builder.button(
        text=mark(subscription.silent, texts("button-silent")),
        callback_data=SubscriptionAction(action=MenuAction.SILENT),
    )
    builder.button(
        text=texts("button-unsubscribe"), callback_data=SubscriptionAction(action=MenuAction.OFF)
    )
    builder.button(
        text=texts("button-done"), callback_data=SubscriptionAction(action=MenuAction.DONE)
    )
    country_rows = [COUNTRIES_PER_ROW] * (len(countries) // COUNTRIES_PER_ROW)
    if len(countries) % COUNTRIES_PER_ROW:
        country_rows.append(len(countries) % COUNTRIES_PER_ROW)
    builder.adjust(len(Topics), *country_rows, 1, len(DeliveryMode), 1, 2)
    return builder.as_markup()


def subscribe_button(texts: Texts) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    builder.button(
        text=texts("button-subscribe"), callback_data=SubscriptionAction(action=MenuAction.ON)
    )
    return builder.as_markup()


# --- operators -----------------------------------------------------------------------------


def sources_keyboard(
    shown: Sequence[SourceStatus], page: Paged, texts: Texts
) -> InlineKeyboardMarkup:
    """A button per source shown, two a row, then the pager."""
    builder = InlineKeyboardBuilder()
    for status in shown:
        name = shorten(status.source.display_name, 50)
        builder.button(
            text=f"#{status.source.id} {shorten(name, 24)}",
            callback_data=SourceAction(
                action=SourceStep.CARD, source_id=status.source.id, page=page.page
            ),
        )
    builder.adjust(2)

    def turn(number: int) -> SourceAction:
        return SourceAction(action=SourceStep.LIST, source_id=0, page=number)

    builder.attach(pager(page, turn, "«", "»"))
    return builder.as_markup()


def source_card_keyboard(status: SourceStatus, page: int, texts: Texts) -> InlineKeyboardMarkup:
    source = status.source
    builder = InlineKeyboardBuilder()
    toggle = (
        (SourceStep.PAUSE, texts("button-pause"))
        if source.enabled
        else (SourceStep.RESUME, texts("button-resume"))
    )
    for action, label in (
        toggle,
        (SourceStep.CHECK, texts("button-check")),
        (SourceStep.REMOVE, texts("button-remove")),
    ):
        builder.button(
            text=label, callback_data=SourceAction(action=action, source_id=source.id, page=page)
        )
    builder.button(
        text=texts("button-back"),
        callback_data=SourceAction(action=SourceStep.LIST, source_id=0, page=page),
    )
    builder.adjust(2, 1, 1)
    return builder.as_markup()


def confirm_removal_keyboard(source_id: int, page: int, texts: Texts) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    builder.button(
        text=texts("button-confirm"),
        callback_data=SourceAction(action=SourceStep.CONFIRM, source_id=source_id, page=page),
    )
    builder.button(
        text=texts("button-cancel"),
        callback_data=SourceAction(action=SourceStep.CARD, source_id=source_id, page=page),
    )
    return builder.as_markup()
