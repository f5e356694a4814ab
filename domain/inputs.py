"""What people type, read forgivingly: channels, times, timezones, days, switches, languages.

Pure functions: each returns what the words mean, or None when they mean nothing it knows,
so the caller can say what was wrong and what to type instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

_USERNAME = r"[A-Za-z][A-Za-z0-9_]{3,31}"
_LINK = re.compile(
    rf"^(?:https?://)?(?:www\.)?(?:t\.me|telegram\.me|telegram\.dog)/(?:s/)?(?P<name>{_USERNAME})"
    r"(?:/\d+)?/?(?:[?#].*)?$",
    re.IGNORECASE,
)
_RESOLVE = re.compile(rf"^tg://resolve\?domain=(?P<name>{_USERNAME})", re.IGNORECASE)
_AT_NAME = re.compile(rf"^@(?P<name>{_USERNAME})$")
_BARE_NAME = re.compile(rf"^(?P<name>{_USERNAME})$")
_CHAT_ID = re.compile(r"^-?\d+$")


def channel_reference(word: str, *, bare: bool = False) -> str | None:
    """'@name', 't.me/name', 'https://t.me/name/15', 'tg://resolve?domain=name' → '@name';
    '-100123' → '-100123' (a chat's number); with `bare`, 'name' → '@name' too. None for
    anything else (an invite link names no channel)."""
    word = word.strip().rstrip(".,;")
    if _CHAT_ID.match(word):
        return word
    for pattern in (_AT_NAME, _LINK, _RESOLVE):
        match = pattern.match(word)
        if match:
            return f"@{match['name']}"
    if bare and (match := _BARE_NAME.match(word)):
        return f"@{match['name']}"
    return None


def looks_like_reference(word: str) -> bool:
    """Whether a word is meant to name a chat (even a malformed one: '-1001…', '@x')."""
    word = word.strip()
    return word.startswith("@") or bool(_CHAT_ID.match(word)) or "t.me/" in word.lower()


_TIME = re.compile(r"^([01]?\d|2[0-3])(?:[:.]([0-5]\d))?$")


def time_of_day(word: str) -> str | None:
    """'9:00', '09.00', '18' → '09:00', '09:00', '18:00'; None when it is no time of day."""
    match = _TIME.match(word.strip())
    return f"{int(match[1]):02d}:{match[2] or '00'}" if match else None


# Cities and countries of one timezone, in the bot's four languages and in Latin letters.
_PLACES = {
    "Europe/Minsk": "минск мінск minsk беларусь belarus",
    "Asia/Almaty": "алматы алма-ата almaty alma-ata астана нур-султан astana nur-sultan "
    "шымкент shymkent караганда қарағанды karaganda казахстан қазақстан kazakhstan",
    "Asia/Tashkent": "ташкент тошкент tashkent toshkent самарканд samarkand узбекистан "
    "узбекістан өзбекстан uzbekistan",
    "Asia/Bishkek": "бишкек бішкек bishkek кыргызстан қырғызстан kyrgyzstan",
    "Europe/Moscow": "москва масква мәскеу moscow мск msk",
    "Asia/Yerevan": "ереван ерэван yerevan армения арменія armenia",
    "Asia/Dushanbe": "душанбе душанбэ dushanbe таджикистан таджыкістан тәжікстан tajikistan",
    "Asia/Baku": "баку baku азербайджан әзірбайжан azerbaijan",
    "UTC": "utc gmt",
}
_PLACE_ZONES = {name: zone for zone, names in _PLACES.items() for name in names.split()}
_OFFSET = re.compile(r"^(?:utc|gmt)?\s*([+-−])\s*(\d{1,2})(?::?00)?$", re.IGNORECASE)


@cache
def _zones_by_folded_name() -> dict[str, str]:
    return {name.casefold(): name for name in available_timezones()}


def timezone(text: str) -> str | None:
    """A timezone from a city ('Минск', 'Алматы', 'Astana'), a country of one timezone,
    an offset ('UTC+5', '+3') or an IANA name in any letter case ('asia/almaty');
    None when it names none."""
    word = text.strip().rstrip(".,;").lower().replace("ё", "е")
    if not word:
        return None
    if word in _PLACE_ZONES:
        return _PLACE_ZONES[word]
    if match := _OFFSET.match(word):
        hours = int(match[2])
        if hours > 14:
            return None
        if hours == 0:
            return "UTC"
        # POSIX-style names: Etc/GMT-5 is five hours ahead of UTC.
        sign = "+" if match[1] in "-−" else "-"
        return f"Etc/GMT{sign}{hours}"
    name = _zones_by_folded_name().get(word)
    if name is None:
        return None
    try:
        return str(ZoneInfo(name))
    except (ZoneInfoNotFoundError, ValueError):
        return None


_ON = frozenset(
    "on yes true 1 да вкл включить включено включи иә қосу қосулы так укл уключыць".split()
)
_OFF = frozenset(
    "off no false 0 нет выкл выключить выключено выключи жоқ өшіру өшірулі не выключыць".split()
)


def switch(word: str) -> bool | None:
    """'on' / 'вкл' / 'да' → True; 'off' / 'выкл' / 'нет' → False; None for anything else
    ('maybe' is neither)."""
    folded = word.strip().rstrip(".!").lower()
    if folded in _ON:
        return True
    if folded in _OFF:
        return False
    return None


_WEEKDAYS = (
    "пн понедельник mon monday дс дүйсенбі панядзелак",
    "вт вторник tue tuesday сс сейсенбі аў аўторак",
    "ср среда wed wednesday ср сәрсенбі серада",
    "чт четверг thu thursday бс бейсенбі чц чацвер",
    "пт пятница fri friday жм жұма пятніца",
    "сб суббота sat saturday сн сенбі субота",
    "вс воскресенье sun sunday жс жексенбі нд нядзеля",
)


def weekday(word: str) -> int | None:
    """Monday 0 … Sunday 6 from a day's name or short name in the bot's languages
    ('пт', 'пятницам', 'friday', 'жұма', 'пятніца')."""
    folded = word.strip().rstrip(".,").lower()
    if not folded:
        return None
    for number, names in enumerate(_WEEKDAYS):
        for name in names.split():
            if folded == name or (len(name) >= 5 and folded.startswith(name[:-1])):
                return number
    return None


_SPAN = re.compile(
    r"^(?:с|from|сағат)?\s*(\d{1,2}(?:[:.]\d{2})?)\s*(?:-|–|—|до|to|дейін|да)\s*"
    r"(\d{1,2}(?:[:.]\d{2})?)$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Quiet:
    """Quiet hours asked for: a span, or none at all (`off`)."""

    span: tuple[str, str] | None


def quiet_hours(text: str) -> Quiet | None:
    """'22-08', '23:00–07:30', 'с 22 до 8' → Quiet(('22:00', '08:00')); 'off' → Quiet(None);
    None when it is neither."""
    text = text.strip()
    if switch(text) is False:
        return Quiet(None)
    match = _SPAN.match(text)
    if match is None:
        return None
    start, end = time_of_day(match[1]), time_of_day(match[2])
    if start is None or end is None or start == end:
        return None
    return Quiet((start, end))


_LANGUAGE_WORDS = {
    "ru": "ru rus russian русский русском русская рус орыс орысша руская русская",
    "en": "en eng english английский англ ағылшын ағылшынша англійская",
    "kk": "kk kz kaz kazakh қазақ қазақша казахский каз казахская қаз",
    "be": "be by bel belarusian белорусский беларуская беларусский бел беларусша белорусская",
}
_LANGUAGES = {word: code for code, words in _LANGUAGE_WORDS.items() for word in words.split()}


def language(word: str) -> str | None:
    """'kk', 'қазақша', 'казахский', 'English' → the language's code; None otherwise."""
    return _LANGUAGES.get(word.strip().rstrip(".!").lower())
