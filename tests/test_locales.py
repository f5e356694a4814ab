"""The locale files: every message in all four languages, every plural right for the counts
that trip plural rules up, and no message mixing scripts its language does not use."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from babel import Locale
from fluent.syntax import FluentParser, Visitor, ast

from views.i18n import LANGUAGES, LOCALES, Texts, all_texts, pick_language, texts_for

COUNTS = (1, 2, 5, 11, 21, 101)
# Messages a locale may leave out: a fallback stands in for them (Babel's month names).
OPTIONAL = frozenset({"months-short"})
# What a selector's variants are when they are no plural categories.
NAMED_SELECTORS = {
    "approx": "over about under less exact none",
    "kind": "venture production project",
    "period": "day week",
    "day": "0 1 2 3 4 5 6",
}


def _messages(language: str) -> dict[str, ast.Message]:
    parser = FluentParser()
    found: dict[str, ast.Message] = {}
    for path in sorted((LOCALES / language).glob("*.ftl")):
        for entry in parser.parse(path.read_text("utf-8")).body:
            if isinstance(entry, ast.Message):
                found[entry.id.name] = entry
    return found


def _ids(language: str) -> list[str]:
    parser = FluentParser()
    return [
        entry.id.name
        for path in sorted((LOCALES / language).glob("*.ftl"))
        for entry in parser.parse(path.read_text("utf-8")).body
        if isinstance(entry, ast.Message)
    ]


class _Variables(Visitor):
    """The variables a message uses, and those it selects on with their variant keys."""

    def __init__(self) -> None:
        super().__init__()
        self.used: set[str] = set()
        self.selectors: dict[str, set[str]] = {}

    def visit_VariableReference(self, node: ast.VariableReference) -> None:
        self.used.add(node.id.name)

    def visit_SelectExpression(self, node: ast.SelectExpression) -> None:
        if isinstance(node.selector, ast.VariableReference):
            keys = self.selectors.setdefault(node.selector.id.name, set())
            for variant in node.variants:
                key = variant.key
                keys.add(key.name if isinstance(key, ast.Identifier) else str(key.value))
        self.generic_visit(node)


def _variables(message: ast.Message) -> _Variables:
    visitor = _Variables()
    visitor.visit(message)
    return visitor


def _plural_selectors(message: ast.Message) -> set[str]:
    return {
        name
        for name, keys in _variables(message).selectors.items()
        if name not in NAMED_SELECTORS and keys & {"one", "few", "many", "other"}
    }


def _sample_args(message: ast.Message, count: int = 3, text: str = "Sample") -> dict[str, object]:
    found = _variables(message)
    args: dict[str, object] = {}
    for name in found.used:
        if name in NAMED_SELECTORS and name in found.selectors:
            args[name] = NAMED_SELECTORS[name].split()[0]
        elif name in found.selectors or name in {"articles", "failures", "count", "items"}:
            args[name] = count
        else:
            args[name] = text
    if "day" in args:
        args["day"] = 2
    return args


def test_every_message_is_in_every_language_once() -> None:
    ru = set(_ids("ru"))
    for language in LANGUAGES:
        ids = _ids(language)
        twice = [key for key, seen in Counter(ids).items() if seen > 1]
        assert not twice, f"{language}: written twice: {twice}"
        missing = ru - set(ids) - OPTIONAL
        extra = set(ids) - ru - OPTIONAL
        assert not missing, f"{language} lacks {sorted(missing)}"
        assert not extra, f"{language} has messages Russian lacks: {sorted(extra)}"


def test_every_message_uses_the_same_variables_in_every_language() -> None:
    russian = _messages("ru")
    for language in LANGUAGES[1:]:
        for key, message in _messages(language).items():
            if key in OPTIONAL:
                continue
            theirs, ours = _variables(message).used, _variables(russian[key]).used
            assert theirs == ours, f"{language} {key}: {sorted(theirs)} vs ru {sorted(ours)}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_formats_without_errors(language: str) -> None:
    texts = texts_for(language)
    for key, message in _messages(language).items():
        text, errors = texts.format(key, **_sample_args(message))  # type: ignore[arg-type]
        assert not errors, f"{language} {key}: {errors}"
        assert text.strip(), f"{language} {key} is empty"
        assert "{" not in text and "}" not in text, f"{language} {key}: {text!r}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_plural_has_the_forms_of_its_language(language: str) -> None:
    """A message that chooses by number has a variant for each plural category the
    language's rules give 1, 2, 5, 11, 21 and 101 (or falls back to one meant for all)."""
    rules = Locale.parse(language).plural_form
    needed = {rules(n) for n in COUNTS}
    for key, message in _messages(language).items():
        selectors = _variables(message).selectors
        for name in _plural_selectors(message):
            keys = selectors[name] - {"1"}
            unknown = keys - {"zero", "one", "two", "few", "many", "other"}
            assert not unknown, f"{language} {key}: {unknown} are no plural categories"
            assert needed <= keys or (language in {"en", "kk"} and "other" in keys), (
                f"{language} {key} lacks forms for {sorted(needed - keys)}"
            )


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("count", COUNTS)
def test_every_plural_renders_its_number(language: str, count: int) -> None:
    texts = texts_for(language)
    for key, message in _messages(language).items():
        plurals = _plural_selectors(message)
        if not plurals:
            continue
        args = _sample_args(message, count=count)
        text, errors = texts.format(key, **args)  # type: ignore[arg-type]
        assert not errors, f"{language} {key} {count}: {errors}"
        if count != 1 or key != "interval-done":  # "каждую минуту": the number goes unsaid
            assert str(count) in text, f"{language} {key} {count}: {text}"


EXPECTED_FORMS = {
    ("ru", "jobs"): [
        "1 рабочее место",
        "2 рабочих места",
        "5 рабочих мест",
        "11 рабочих мест",
        "21 рабочее место",
        "101 рабочее место",
    ],
    ("be", "jobs"): [
        "1 рабочае месца",
        "2 рабочыя месцы",
        "5 рабочых месцаў",
        "11 рабочых месцаў",
        "21 рабочае месца",
        "101 рабочае месца",
    ],
    ("kk", "jobs"): [f"{n} жұмыс орны" for n in COUNTS],
    ("en", "jobs"): ["1 job", "2 jobs", "5 jobs", "11 jobs", "21 jobs", "101 jobs"],
    ("ru", "added"): [
        "в ленте 1 запись.",
        "в ленте 2 записи.",
        "в ленте 5 записей.",
        "в ленте 11 записей.",
        "в ленте 21 запись.",
        "в ленте 101 запись.",
    ],
    ("en", "added"): [
        "1 item in the feed.",
        "2 items in the feed.",
        "5 items in the feed.",
        "11 items in the feed.",
        "21 items in the feed.",
        "101 items in the feed.",
    ],
    ("ru", "source-state-failing"): [
        "1 ошибка подряд",
        "2 ошибки подряд",
        "5 ошибок подряд",
        "11 ошибок подряд",
        "21 ошибка подряд",
        "101 ошибка подряд",
    ],
    ("be", "interval-done"): [
        "кожную хвіліну",
        "кожныя 2 хвіліны",
        "кожныя 5 хвілін",
        "кожныя 11 хвілін",
        "кожныя 21 хвіліну",
        "кожныя 101 хвіліну",
    ],
}


@pytest.mark.parametrize(("language", "key"), sorted(EXPECTED_FORMS))
def test_plural_forms_agree_with_the_number(language: str, key: str) -> None:
    """The issue's examples: '1 рабочих мест', 'в ленте 1 записей', '1 items'."""
    texts = texts_for(language)
    args = {"id": "1", "title": "x"}
    for count, expected in zip(COUNTS, EXPECTED_FORMS[(language, key)], strict=True):
        named = {"count": count, "items": count, "failures": count, "minutes": count}
        assert expected in texts(key, **args, **named), (language, key, count)


def test_projects_count_in_every_language() -> None:
    expected = {
        "ru": "21 совместное предприятие",
        "be": "21 сумеснае прадпрыемства",
        "kk": "21 бірлескен кәсіпорын",
        "en": "21 joint ventures",
    }
    for language, text in expected.items():
        assert texts_for(language)("project-count", kind="venture", count=21) == text


# --- scripts ----------------------------------------------------------------------------------

CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# Letters of one Cyrillic language that another lacks: Russian ones in Belarusian, Kazakh and
# Belarusian ones in Russian, Belarusian ones in Kazakh.
FOREIGN_LETTERS = {
    "be": re.compile(r"[ищъ]", re.IGNORECASE),
    "ru": re.compile(r"[әғқңөұүһіў]", re.IGNORECASE),
    "kk": re.compile(r"[ў]", re.IGNORECASE),
}
# Latin words a Cyrillic message may hold: commands and their arguments, names of outlets and
# services, technical terms and codes people type.
LATIN_ALLOWED = frozenset(
    """coopnews telegram sputnik kazinform belta kursiv opml csv url id http https dns xml rss
    atom kb utc kz kg on off all help europe minsk asia almaty ctrl d ru en kk be""".split()
)
_TYPED = re.compile(r"https?://\S+|http\(s\)|\bt\.me/\S+|/\w+(?: [a-z]+\b(?!:))?|@\w+|\b\w+:\S*")
# Not read as text: each language's own name (shown as is in every language) and Babel's
# date patterns.
NOT_PROSE = {"language-name", "format-day", "format-month"}


def _latin_words(text: str) -> set[str]:
    bare = _TYPED.sub(" ", re.sub(r"<[^>]+>", " ", text))
    return {w.lower() for w in re.findall(r"[A-Za-z]+", bare)}


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_message_mixes_scripts(language: str) -> None:
    texts = texts_for(language)
    # Sample values in the language's own letters, so only the message's words are judged.
    sample = {"en": "Sample", "ru": "Пример", "kk": "Мысал", "be": "Прыклад"}[language]
    for key, message in _messages(language).items():
        if key in NOT_PROSE:
            continue
        text, _ = texts.format(key, **_sample_args(message, text=sample))  # type: ignore[arg-type]
        if texts.script == "Latn":
            assert not CYRILLIC.search(text), f"{language} {key}: {text}"
            continue
        foreign = FOREIGN_LETTERS.get(language)
        if foreign is not None:
            assert not foreign.search(text), f"{language} {key}: {foreign.findall(text)}"
        latin = _latin_words(text) - LATIN_ALLOWED
        assert not latin, f"{language} {key}: Latin words {sorted(latin)} in {text!r}"


def test_each_language_names_itself() -> None:
    assert [t("language-name") for t in all_texts()] == [
        "Русский",
        "English",
        "Қазақша",
        "Беларуская",
    ]


def test_the_language_comes_from_telegram_and_falls_back_sensibly() -> None:
    assert [
        pick_language(code)
        for code in (None, "ru", "en-US", "kk", "be", "uk", "uz", "de", "pt-br", "KK")
    ] == ["ru", "ru", "en", "kk", "be", "ru", "ru", "en", "en", "kk"]


def test_a_broken_locale_file_stops_start_up(tmp_path, monkeypatch) -> None:
    from views import i18n

    (tmp_path / "xx").mkdir()
    (tmp_path / "xx" / "a.ftl").write_text("fine = ok\nbroken = { $\n", "utf-8")
    monkeypatch.setattr(i18n, "LOCALES", tmp_path)
    with pytest.raises(i18n.LocaleError, match=r"a\.ftl:2"):
        i18n.load_resources("xx")


def test_texts_hold_their_language() -> None:
    assert isinstance(texts_for("kk"), Texts) and texts_for("kk").language == "kk"
    assert texts_for("en").script == "Latn" and texts_for("be").script == "Cyrl"


def test_a_page_count_cut_short_reads_in_every_language() -> None:
    from views.render import page_of

    assert [page_of(0, "1000+", t) for t in all_texts()] == [
        "стр. 1 из 1000+",
        "page 1 of 1000+",
        "бет 1/1000+",
        "стар. 1 з 1000+",
    ]
