"""Feed bytes to text: the declared charset when it holds, else detected from the bytes.

Many feeds here are windows-1251 or koi8-r and declare nothing (or declare it wrongly); a
reader that falls back to windows-1252 turns them into "Òîâàðîîáîðîò". The decoding chosen is
reported, and text that still looks garbled is counted so operators can see it.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

# What a feed from Belarus, Kazakhstan and their neighbours is likely to be written in.
CANDIDATES = ("utf_8", "cp1251", "koi8_r", "iso8859_5", "cp866", "mac_cyrillic", "cp1252")
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))  # fmt: skip
_XML_DECLARATION = re.compile(rb"^\s*<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._:-]+)[\"']")
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9._:-]+)", re.IGNORECASE)
# UTF-8 read as windows-1252/latin-1 ("Ð¢Ð¾Ð²") or as windows-1251 ("РўРѕРІ").
_CP1252_HIGH = "\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u2013-\u203a\u20ac\u2122"
_UTF8_AS_LATIN = re.compile(f"[ÐÑ][\u0080-\u00bf{_CP1252_HIGH}]")
_UTF8_AS_CYRILLIC = re.compile("[РС][ЂЃѓ„…†‡€‰Љ‹ЊЌЋЏђ‘’“”•–—™љ›њќћџЎўЈ¤Ґ¦§Ё©Є«¬®Ї°±Ііґµ¶·ё№є»јЅѕї]")
# A word of Latin-1 letters only: Cyrillic read as windows-1252 ("Òîâàðîîáîðîò").
_LATIN1_WORD = re.compile("[\u00c0-\u00ff]{4,}")
# koi8-r read as windows-1251 inverts the case of every letter: "тОВАРООБОРОТ".
_INVERTED_WORD = re.compile("[а-яё][А-ЯЁ]{3,}")
_WORD = re.compile(r"[^\W\d_]*[^\x00-\x7f][^\s<>&\"']*")  # words with a non-ASCII letter
_NAMES = {
    "cp1251": "windows-1251",
    "cp1252": "windows-1252",
    "iso8859-5": "iso-8859-5",
    "iso8859-1": "iso-8859-1",
    "latin-1": "iso-8859-1",
}
# Bad bytes a UTF-8 feed may have and still be UTF-8 (one broken character, a cut entity).
_UTF8_SLACK = 0.001


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str  # the codec used, e.g. "utf-8", "windows-1251"
    how: str  # "declared", "detected", "utf-8, 1 bad byte replaced", ...

    @property
    def label(self) -> str:
        """What operators see: 'windows-1251 (detected)'."""
        return f"{self.encoding} ({self.how})"


def codec_name(name: str) -> str | None:
    """The codec's usual name ('cp1251' -> 'windows-1251'); None for an unknown one."""
    try:
        codec = codecs.lookup(name)
    except LookupError:
        return None
    return _NAMES.get(codec.name, codec.name)


def declared_charset(body: bytes, content_type: str | None) -> str | None:
    """The charset the HTTP header names, else the one the XML declaration names."""
    if content_type and (named := _CHARSET.search(content_type)):
        return named[1]
    if declared := _XML_DECLARATION.match(body[:300]):
        return declared[1].decode("ascii")
    return None


def garbled_share(text: str) -> float:
    """The share of the words with non-ASCII letters that look like mojibake."""
    bad = (
        text.count("\ufffd")
        + len(_UTF8_AS_LATIN.findall(text)) // 2
        + len(_UTF8_AS_CYRILLIC.findall(text)) // 2
        + len(_LATIN1_WORD.findall(text))
        + len(_INVERTED_WORD.findall(text))
    )
    if not bad:  # readable text, the usual case: its words need no counting
        return 0.0
    words = len(_WORD.findall(text))
    if not words:
        return 0.0
    return min(bad / words, 1.0)


def looks_garbled(text: str) -> bool:
    """Text no reader could read: mojibake of a wrong decoding, or replacement characters."""
    return garbled_share(text) > 0.3 or text.count("\ufffd") > 3


def decode(body: bytes, content_type: str | None = None) -> Decoded:
    """Decode feed bytes: a BOM, else the declared charset if it decodes cleanly, else the
    charset detected from the bytes (Cyrillic-aware), else UTF-8 with the bad bytes replaced."""
    for bom, name in _BOMS:
        if body.startswith(bom):
            return Decoded(body.decode(name, errors="replace"), codec_name(name) or name, "BOM")
    declared = declared_charset(body, content_type)
    declared_codec = codec_name(declared) if declared else None
    if declared_codec:
        try:
            text = body.decode(declared_codec)
        except UnicodeDecodeError:
            pass
        else:
            if not looks_garbled(text[:20000]):
                return Decoded(text, declared_codec, "declared")
    how = "detected" if not declared else f"detected; {declared} declared"
    try:
        # A document that is garbled in its declared UTF-8 stays that: the feed's fault.
        return Decoded(
            body.decode("utf-8"), "utf-8", "declared" if declared_codec == "utf-8" else how
        )
    except UnicodeDecodeError:
        pass
    lenient = body.decode("utf-8", errors="replace")
    bad = lenient.count("\ufffd")
    if bad <= max(2, len(body) * _UTF8_SLACK) and _mostly_multibyte(body):
        noun = "byte" if bad == 1 else "bytes"
        return Decoded(lenient, "utf-8", f"{how}, {bad} bad {noun} replaced")
    guessed = codec_name(_detect(body) or "")
    if guessed is not None:
        label = "declared" if guessed == declared_codec else how
        return Decoded(body.decode(guessed, errors="replace"), guessed, label)
    return Decoded(lenient, "utf-8", f"{how}, {bad} bad bytes replaced")


def _mostly_multibyte(body: bytes) -> bool:
    """Whether the non-ASCII bytes mostly form valid UTF-8 sequences (one broken character
    in a UTF-8 feed), rather than being a single-byte Cyrillic encoding."""
    high = sum(1 for byte in body if byte >= 0x80)
    if not high:
        return True
    valid = len(body.decode("utf-8", errors="ignore").encode("utf-8")) - (len(body) - high)
    return valid >= 0.9 * high


def _detect(body: bytes) -> str | None:
    """The best Cyrillic-aware guess, preferring a decoding that does not look garbled."""
    from charset_normalizer import from_bytes

    matches = from_bytes(body, cp_isolation=list(CANDIDATES))
    for match in matches:
        text = str(match)
        if not looks_garbled(text[:20000]):
            return str(match.encoding)
    best = matches.best()
    return str(best.encoding) if best is not None else None


def as_utf8_xml(decoded: Decoded) -> bytes:
    """The decoded document as UTF-8 bytes whose XML declaration says so."""
    text = decoded.text.lstrip("\ufeff")
    text = re.sub(
        r"^(\s*<\?xml[^>]*?encoding\s*=\s*)([\"'])[A-Za-z0-9._:-]+\2",
        r"\1\2utf-8\2",
        text,
        count=1,
    )
    return text.encode("utf-8")
