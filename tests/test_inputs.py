"""What people type, read forgivingly (domain.inputs, domain.filters), and problems told in the
reader's language (views.problems): pure functions, no dispatcher."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from domain.filters import FilterProblem, Filters, Problem, match_outlet, parse_filters
from domain.inputs import (
    Quiet,
    channel_reference,
    language,
    quiet_hours,
    switch,
    time_of_day,
    timezone,
    weekday,
)
from domain.pairs import parse_pair, resolve_country_word
from domain.translit import fold
from services.digests import next_digest_at, quiet_until
from services.facts import section_of_word
from views.i18n import texts_for
from views.problems import delivery_problem, gone_reason, import_problem, source_problem


@pytest.mark.parametrize(
    ("typed", "bare", "expected"),
    [
        ("@eaeu_news", False, "@eaeu_news"),
        ("https://t.me/eaeu_news", False, "@eaeu_news"),
        ("http://telegram.me/eaeu_news/", False, "@eaeu_news"),
        ("t.me/s/eaeu_news", False, "@eaeu_news"),
        ("https://t.me/eaeu_news/1234?single", False, "@eaeu_news"),
        ("tg://resolve?domain=eaeu_news", False, "@eaeu_news"),
        ("-1001234567890", False, "-1001234567890"),
        ("eaeu_news", True, "@eaeu_news"),
        ("eaeu_news", False, None),
        ("https://t.me/+AbCdEf", False, None),
        ("https://t.me/joinchat/AbCdEf", False, None),
        ("@ab", False, None),  # too short for a username
        ("канал", True, None),
    ],
)
def test_channel_references(typed: str, bare: bool, expected: str | None) -> None:
    assert channel_reference(typed, bare=bare) == expected


@pytest.mark.parametrize(
    ("typed", "zone"),
    [
        ("Минск", "Europe/Minsk"),
        ("мінск", "Europe/Minsk"),
        ("Minsk", "Europe/Minsk"),
        ("Алматы", "Asia/Almaty"),
        ("Алма-Ата", "Asia/Almaty"),
        ("Астана", "Asia/Almaty"),
        ("Нур-Султан", "Asia/Almaty"),
        ("Ташкент", "Asia/Tashkent"),
        ("Тошкент", "Asia/Tashkent"),
        ("Бишкек", "Asia/Bishkek"),
        ("Бішкек", "Asia/Bishkek"),
        ("Мәскеу", "Europe/Moscow"),
        ("Казахстан", "Asia/Almaty"),
        ("UTC+5", "Etc/GMT-5"),
        ("GMT-3", "Etc/GMT+3"),
        ("+3", "Etc/GMT-3"),
        ("UTC", "UTC"),
        ("europe/minsk", "Europe/Minsk"),
        ("Asia/Almaty", "Asia/Almaty"),
        ("Mars/Base", None),
        ("Россия", None),  # eleven timezones: a city says which
        ("UTC+15", None),
        ("", None),
    ],
)
def test_timezones_from_cities_offsets_and_names(typed: str, zone: str | None) -> None:
    assert timezone(typed) == zone


def test_times_of_day() -> None:
    assert [time_of_day(t) for t in ("9:00", "18.30", "7", "23:59", "24:00", "9:60", "утром")] == [
        "09:00",
        "18:30",
        "07:00",
        "23:59",
        None,
        None,
        None,
    ]


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("on", True), ("ВКЛ", True), ("да", True), ("иә", True), ("укл", True), ("так", True),
        ("off", False), ("выкл", False), ("нет", False), ("жоқ", False), ("не", False),
        ("maybe", None), ("", None), ("возможно", None),
    ],
)  # fmt: skip
def test_switches_know_maybe_is_neither(word: str, expected: bool | None) -> None:
    assert switch(word) is expected


@pytest.mark.parametrize(
    ("word", "day"),
    [
        ("пн", 0), ("понедельник", 0), ("Monday", 0), ("дүйсенбі", 0), ("панядзелак", 0),
        ("вт", 1), ("сейсенбі", 1), ("аўторак", 1), ("ср", 2), ("сәрсенбі", 2),
        ("четвергам", 3), ("пятница", 4), ("пт", 4), ("жұма", 4), ("пятніца", 4),
        ("суббота", 5), ("сенбі", 5), ("субота", 5), ("вс", 6), ("жексенбі", 6), ("нд", 6),
        ("когда-нибудь", None), ("", None),
    ],
)  # fmt: skip
def test_weekdays_in_four_languages(word: str, day: int | None) -> None:
    assert weekday(word) == day


def test_quiet_hours() -> None:
    assert quiet_hours("22-08") == Quiet(("22:00", "08:00"))
    assert quiet_hours("23:00–07:30") == Quiet(("23:00", "07:30"))
    assert quiet_hours("с 22 до 8") == Quiet(("22:00", "08:00"))
    assert quiet_hours("off") == Quiet(None)
    assert quiet_hours("выкл") == Quiet(None)
    assert quiet_hours("ночью") is None
    assert quiet_hours("22-22") is None


def test_quiet_hours_hold_until_they_end_in_the_local_clock() -> None:
    almaty = "Asia/Almaty"  # UTC+5
    evening = datetime(2025, 3, 1, 18, 0, tzinfo=UTC)  # 23:00 local
    assert quiet_until(("22:00", "08:00"), almaty, evening) == datetime(
        2025, 3, 2, 3, 0, tzinfo=UTC
    )
    early = datetime(2025, 3, 1, 1, 0, tzinfo=UTC)  # 06:00 local
    assert quiet_until(("22:00", "08:00"), almaty, early) == datetime(2025, 3, 1, 3, 0, tzinfo=UTC)
    noon = datetime(2025, 3, 1, 7, 0, tzinfo=UTC)
    assert quiet_until(("22:00", "08:00"), almaty, noon) is None
    assert quiet_until(("13:00", "15:00"), almaty, datetime(2025, 3, 1, 8, 30, tzinfo=UTC)) == (
        datetime(2025, 3, 1, 10, 0, tzinfo=UTC)
    )
    assert quiet_until(None, almaty, evening) is None


def test_weekly_digest_comes_on_its_day() -> None:
    saturday = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
    friday = next_digest_at("09:00", "Europe/Minsk", saturday, weekday=4)
    assert friday == datetime(2025, 3, 7, 6, 0, tzinfo=UTC)
    same_day_later = next_digest_at("18:00", "Europe/Minsk", saturday, weekday=5)
    assert same_day_later == datetime(2025, 3, 1, 15, 0, tzinfo=UTC)


def test_languages_by_code_and_by_name() -> None:
    assert [language(w) for w in ("kk", "Қазақша", "казахский", "English", "бел", "рус", "xx")] == [
        "kk",
        "kk",
        "kk",
        "en",
        "be",
        "ru",
        None,
    ]


def test_countries_in_every_language_and_pairs() -> None:
    assert [resolve_country_word(w) for w in ("Қазақстанмен", "Ресей", "Расіі", "Өзбекстан",
                                               "Узбекістан", "KG", "кыргызский", "Бразилия")] == [
        "KZ", "RU", "RU", "UZ", "UZ", "KG", "KG", None,
    ]  # fmt: skip
    assert parse_pair(["Қырғызстан"]) == ("BY", "KG")


def test_filters_are_applied_or_refused() -> None:
    assert parse_filters("KZ с 2024 outlet:БелТА") == Filters(
        ("KZ",), datetime(2024, 1, 1, tzinfo=UTC), False, "БелТА"
    )
    assert parse_filters("since:2024-03 Кыргызстан") == Filters(
        ("KG",), datetime(2024, 3, 1, tzinfo=UTC), True, None
    )
    assert parse_filters("2024 жылдан Қазақстан").since == datetime(2024, 1, 1, tzinfo=UTC)
    assert parse_filters("з 2023").since == datetime(2023, 1, 1, tzinfo=UTC)
    assert parse_filters('outlet:"Sputnik Казахстан"').outlet == "Sputnik Казахстан"  # type: ignore[union-attr]
    assert parse_filters("Бразилия") == FilterProblem(Problem.WORD, "Бразилия")
    assert parse_filters("KZ 2024") == FilterProblem(Problem.YEAR, "2024")
    assert parse_filters("с 1850") == FilterProblem(Problem.DATE, "с 1850")
    assert parse_filters("since:2024-13") == FilterProblem(Problem.DATE, "since:2024-13")
    assert parse_filters("").empty  # type: ignore[union-attr]


def test_outlets_match_in_any_alphabet() -> None:
    outlets = ["БелТА", "Kazinform", "Sputnik Беларусь", "Sputnik Казахстан", "Курсив"]
    assert fold("БелТА") == fold("Belta") == "belta"
    assert match_outlet("belta", outlets) == "БелТА"
    assert match_outlet("Казинформ", outlets) == "Kazinform"
    assert match_outlet("kursiv", outlets) == "Курсив"
    assert match_outlet("sputnik kazakhstan", outlets) == "Sputnik Казахстан"
    ambiguous = match_outlet("Sputnik", outlets)
    assert isinstance(ambiguous, FilterProblem) and ambiguous.ambiguous
    assert ambiguous.candidates == ("Sputnik Беларусь", "Sputnik Казахстан")
    unknown = match_outlet("Reuters", outlets)
    assert isinstance(unknown, FilterProblem) and unknown.candidates == tuple(outlets)


@pytest.mark.parametrize(
    ("word", "section"),
    [
        ("завершено", "done"), ("реализованные", "done"), ("готовые", "done"),
        ("аяқталған", "done"), ("рэалізаваныя", "done"), ("done", "done"),
        ("реализуются", "underway"), ("строятся", "underway"), ("асырылуда", "underway"),
        ("планируются", "planned"), ("запланировано", "planned"), ("жоспарланған", "planned"),
        ("плануюцца", "planned"), ("предложенные", "proposed"), ("ұсынылған", "proposed"),
        ("прапанаваныя", "proposed"), ("давние", "stale"), ("Казахстан", None),
    ],
)  # fmt: skip
def test_status_words_in_any_form(word: str, section: str | None) -> None:
    assert section_of_word(word) == section


# --- problems in the reader's language ----------------------------------------------------------

SOURCE_PROBLEMS = [
    ("HTTP 503 Service Unavailable", "ошибка на стороне сайта (HTTP 503)"),
    ("HTTP 404 Not Found", "страница не найдена (HTTP 404)"),
    ("HTTP 403 Forbidden", "сайт не пускает (HTTP 403)"),
    ("HTTP 410 Gone", "лента удалена (HTTP 410)"),
    ("HTTP 429 Too Many Requests", "сайт просит опрашивать реже (HTTP 429)"),
    ("HTTP 418", "сайт ответил ошибкой (HTTP 418)"),
    ("no answer within 20 s", "сайт не ответил за 20 с"),
    ("took longer than 300 s", "опрос занял больше 300 с"),
    ("connection failed: Cannot connect to host x.by:443 ssl:default "
     "[Name or service not known]", "адрес сайта не найден (DNS)"),
    ("[Errno -2] Name or service not known", "адрес сайта не найден (DNS)"),
    ("the host nowhere.example does not resolve ([Errno -2] Name or service not known)",
     "сайт nowhere.example не найден (DNS)"),
    ("the host 10.0.0.1 is not a public address (10.0.0.1)",
     "адрес во внутренней сети: такие не опрашиваются"),
    ("connection failed: Cannot connect to host a.by:443 ssl:default [Connection refused]",
     "сайт отказал в соединении"),
    ("connection failed: Cannot connect to host a.by:443 ssl:True "
     "[SSLCertVerificationError: certificate verify failed]", "ошибка сертификата HTTPS"),
    ("connection failed: Server disconnected", "не удалось соединиться с сайтом"),
    ("response of 900000 bytes exceeds 262144 bytes", "ответ больше 256 КБ"),
    ("more than 5 redirects", "слишком много переадресаций"),
    ("the page is HTML, not an RSS or Atom feed", "веб-страница без ссылки на ленту"),
    ("the document is not an RSS or Atom feed", "по адресу не лента RSS или Atom"),
    ("malformed XML: mismatched tag", "лента повреждена (ошибка XML)"),
    ("internal error: KeyError", "внутренняя ошибка бота"),
    ("not an http(s) URL", "это не адрес http(s)"),
    ("duplicate of source #3", "такой источник уже есть — #3"),
    ("something <odd> happened", "ошибка: something &lt;odd&gt; happened"),
]  # fmt: skip


@pytest.mark.parametrize(("raw", "told"), SOURCE_PROBLEMS)
def test_source_problems_are_told_in_the_operators_language(raw: str, told: str) -> None:
    assert told in source_problem(raw, texts_for("ru"))


@pytest.mark.parametrize("language", ["en", "kk", "be"])
def test_every_known_source_problem_has_its_own_words_in_every_language(language: str) -> None:
    texts = texts_for(language)
    for raw, _ in SOURCE_PROBLEMS[:-1]:
        told = source_problem(raw, texts)
        plain_status = raw.startswith("HTTP") and len(raw) <= 8  # "(HTTP 418)" is kept
        assert plain_status or language == "en" or raw not in told, (raw, told)
        assert not told.startswith(texts("error-other", detail="")), (raw, told)


def test_import_and_delivery_problems() -> None:
    ru = texts_for("ru")
    assert import_problem("201 feeds, over the 200 limit", ru) == (
        "лент в файле: 201, а можно не больше 200"
    )
    assert import_problem("file of 600000 bytes, over the 524288 limit", ru) == (
        "файл больше 512 КБ"
    )
    assert import_problem("not a valid OPML document: junk", ru) == "это не файл OPML"
    assert delivery_problem("flood limit: retry after 7 s", ru) == "Telegram просит подождать 7 с"
    assert delivery_problem("no answer: timeout", ru) == "Telegram не ответил"
    assert gone_reason("Forbidden: bot was kicked from the channel chat", ru) == (
        "меня удалили из чата"
    )
    assert gone_reason("Bad Request: not enough rights to send text messages", ru) == (
        "у меня нет права публиковать"
    )
    assert gone_reason("Forbidden: something new", texts_for("kk")) == (
        "Telegram мені бұл чатқа кіргізбейді"
    )
