"""Messages in the reader's language: Fluent locale files, plural rules from the locale.

Every text a person reads lives in `views/locales/<language>/*.ftl`, one folder per language
the bot speaks. `Texts` formats a message of one language; numbers that select a plural form
are passed as numbers, so Fluent picks the form by the locale's CLDR rules (Babel's), and
formats them the locale's way. Untrusted values are escaped by the caller before they are
passed in: the messages are Telegram HTML.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import date
from functools import cache
from pathlib import Path

from fluent.runtime import FluentBundle
from fluent.syntax import FluentParser, ast

logger = logging.getLogger(__name__)

LANGUAGES = ("ru", "en", "kk", "be")
# The script each language is written in: names from Russian news are transliterated for
# a Latin-script reader and kept as written for a Cyrillic-script one.
SCRIPTS = {"ru": "Cyrl", "en": "Latn", "kk": "Cyrl", "be": "Cyrl"}
DEFAULT_LANGUAGE = "ru"
LOCALES = Path(__file__).parent / "locales"
# Telegram languages whose speakers read Russian more readily than English.
_READS_RUSSIAN = frozenset({"ru", "uk", "uz", "ky", "tg", "hy", "az", "tk", "mn"})

Value = str | int | float | date
FORMATTED_KEPT = 20_000  # formatted messages kept per language


class LocaleError(ValueError):
    """A locale file that does not parse: the bot refuses to start with it."""


def pick_language(code: str | None) -> str:
    """The language to answer in for a Telegram `language_code` or a stored choice:
    one the bot speaks; Russian for the region's other languages and for no code at all;
    English for everyone else."""
    if not code:
        return DEFAULT_LANGUAGE
    base = code.strip().lower().replace("_", "-").split("-")[0]
    if base in LANGUAGES:
        return base
    return DEFAULT_LANGUAGE if base in _READS_RUSSIAN else "en"


def load_resources(language: str) -> list[ast.Resource]:
    """The parsed locale files of one language; a syntax error stops here, with its place."""
    resources = []
    parser = FluentParser()
    for path in sorted((LOCALES / language).glob("*.ftl")):
        resource = parser.parse(path.read_text("utf-8"))
        for entry in resource.body:
            if isinstance(entry, ast.Junk):
                start = entry.span.start if entry.span else 0
                line = path.read_text("utf-8")[:start].count("\n") + 1
                raise LocaleError(f"{path.name}:{line}: {str(entry.content)[:80]!r} does not parse")
        resources.append(resource)
    if not resources:
        raise LocaleError(f"no locale files for {language!r} in {LOCALES}")
    return resources


class Texts:
    """The messages of one language. `texts("latest-title")`, `texts("jobs", count=5)`."""

    __slots__ = ("_bundle", "_formatted", "_ids", "language", "script")

    def __init__(self, language: str) -> None:
        self.language = language
        self.script = SCRIPTS[language]
        self._bundle = FluentBundle([language], use_isolating=False)
        ids: list[str] = []
        for resource in load_resources(language):
            for entry in resource.body:
                if isinstance(entry, ast.Message):
                    ids.append(entry.id.name)
            self._bundle.add_resource(resource)
        self._ids = frozenset(ids)
        # Messages as formatted, by key and arguments (with their types: 5 and 5.0 differ):
        # a reply formats the same amounts, periods and dates hundreds of times, and Fluent
        # resolves the pattern each time.
        self._formatted: dict[tuple[object, ...], str] = {}

    def __call__(self, key: str, /, **args: Value) -> str:
        memo = (key, *((name, type(value), value) for name, value in sorted(args.items())))
        text = self._formatted.get(memo)
        if text is not None:
            return text
        text, errors = self.format(key, **args)
        for error in errors:
            logger.error("Message %s (%s): %s", key, self.language, error)
        if not errors:  # a message that failed is logged on every call
            if len(self._formatted) >= FORMATTED_KEPT:
                self._formatted.clear()
            self._formatted[memo] = text
        return text

    def format(self, key: str, /, **args: Value) -> tuple[str, list[Exception]]:
        """The message and what went wrong formatting it (a missing argument, say)."""
        message = self._bundle.get_message(key)  # KeyError for a message nobody wrote
        if message.value is None:
            raise KeyError(key)
        text, errors = self._bundle.format_pattern(message.value, dict(args))
        return str(text), errors

    def has(self, key: str) -> bool:
        return key in self._ids

    def keys(self) -> Iterator[str]:
        return iter(sorted(self._ids))

    def __repr__(self) -> str:
        return f"Texts({self.language!r})"


@cache
def _texts(language: str) -> Texts:
    return Texts(language)


def texts_for(code: str | None) -> Texts:
    """The messages for a Telegram `language_code` or a stored choice (see pick_language)."""
    return _texts(pick_language(code))


def all_texts() -> list[Texts]:
    return [_texts(language) for language in LANGUAGES]
