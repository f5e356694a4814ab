"""The language each person reads: their own choice (/lang), else their Telegram's."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from storage import PeopleRepository
from views.i18n import LANGUAGES, pick_language


class PeopleService:
    """Choices are few and small: loaded once, kept in memory, written through on change,
    so finding a person's language costs no database work per update."""

    def __init__(self, people: PeopleRepository, *, clock: Callable[[], datetime]) -> None:
        self._people = people
        self._clock = clock
        self._languages: dict[int, str] = {}

    async def load(self) -> None:
        self._languages = await self._people.languages()

    def language_of(self, user_id: int | None, telegram_language: str | None) -> str:
        """The chosen language, else the one Telegram's `language_code` suggests."""
        chosen = self._languages.get(user_id) if user_id is not None else None
        return chosen if chosen in LANGUAGES else pick_language(telegram_language)

    def chosen(self, user_id: int) -> str | None:
        return self._languages.get(user_id)

    async def choose_language(self, user_id: int, language: str) -> None:
        """Remember the language (one of LANGUAGES); the person's alerts follow it."""
        if language not in LANGUAGES:
            raise ValueError(f"not a language the bot speaks: {language!r}")
        await self._people.set_language(user_id, language, now=self._clock())
        self._languages[user_id] = language
