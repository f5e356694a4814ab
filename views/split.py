"""Splitting Telegram HTML into messages that fit, without ever cutting a tag or an entity.

The message is read into its visible text and the tags open over each stretch of it; cuts
are chosen on the text (paragraph, then line, then word, then anywhere), and every part is
rendered again on its own, closing the tags open at its end and reopening them in the next.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from html.parser import HTMLParser
from itertools import accumulate, pairwise

TELEGRAM_TEXT_LIMIT = 4096
_SEPARATORS = ("\n\n", "\n", " ")


@dataclass(frozen=True, slots=True)
class _Tag:
    name: str
    markup: str  # the opening tag exactly as written, attributes escaped

    @property
    def closing(self) -> str:
        return f"</{self.name}>"


@dataclass(frozen=True, slots=True)
class _Run:
    start: int
    end: int
    tags: tuple[_Tag, ...]


class _Reader(HTMLParser):
    """Visible text plus the stack of open tags over each run of it."""

    def __init__(self, max_tag: int) -> None:
        super().__init__(convert_charrefs=True)
        self._max_tag = max_tag
        self._chunks: list[str] = []
        self._length = 0
        # (name, tag); tag None: too long to keep, so its text goes on without it.
        self._stack: list[tuple[str, _Tag | None]] = []
        self.runs: list[_Run] = []

    @property
    def text(self) -> str:
        return "".join(self._chunks)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.open_tag(tag, self.get_starttag_text() or f"<{tag}>")

    def open_tag(self, tag: str, markup: str) -> None:
        # A tag that could never fit in a message with its text (a 5 000-character link)
        # is dropped; its text stays.
        keep = len(markup) + len(tag) + 3 <= self._max_tag
        self._stack.append((tag, _Tag(tag, markup) if keep else None))

    def handle_endtag(self, tag: str) -> None:
        names = [name for name, _ in self._stack]
        if tag in names:  # a stray closing tag closes nothing
            del self._stack[len(names) - 1 - names[::-1].index(tag) :]

    def handle_data(self, data: str) -> None:
        if not data:
            return
        tags = tuple(t for _, t in self._stack if t is not None)
        start = self._length
        self._chunks.append(data)
        self._length += len(data)
        if self.runs and self.runs[-1].tags == tags and self.runs[-1].end == start:
            self.runs[-1] = _Run(self.runs[-1].start, self._length, tags)
        else:
            self.runs.append(_Run(start, self._length, tags))


# The HTML the bot writes: tags with a name and attributes whose values hold no < or >
# (quote_attr escapes them), text with every <, > and & escaped (quote). What is not in it
# (a comment, <br/>, a raw '<', script or style) is read by HTMLParser instead.
_TAG = re.compile(r"(<[^<>]*>)")
_START = re.compile(r"<([a-zA-Z][a-zA-Z0-9]*)(?:\s[^<>]*)?(?<!/)>")
_END = re.compile(r"</([a-zA-Z][a-zA-Z0-9]*)\s*>")
_RAW_CONTENT = frozenset(HTMLParser.CDATA_CONTENT_ELEMENTS)


def _read_plain_html(text: str, reader: _Reader) -> bool:
    """Read the bot's own HTML into `reader` as HTMLParser would (names lower-cased,
    entities decoded, the markup of each opening tag as written), a regular expression at
    a time instead of a character at a time; False, with `reader` untouched, for HTML
    outside that simple form."""
    tokens = _TAG.split(text)
    for index in range(0, len(tokens), 2):
        if "<" in tokens[index] or ">" in tokens[index]:
            return False
    events: list[tuple[int, str, str]] = []  # (0 data / 1 open / 2 close, name or text, markup)
    for index, token in enumerate(tokens):
        if index % 2 == 0:
            if token:
                events.append((0, html.unescape(token), ""))
        elif start := _START.fullmatch(token):
            name = start.group(1).lower()
            if name in _RAW_CONTENT:
                return False
            events.append((1, name, token))
        elif end := _END.fullmatch(token):
            events.append((2, end.group(1).lower(), ""))
        else:
            return False
    for kind, value, markup in events:
        if kind == 0:
            reader.handle_data(value)
        elif kind == 1:
            reader.open_tag(value, markup)
        else:
            reader.handle_endtag(value)
    return True


def _utf16_length(text: str) -> int:
    """Telegram counts UTF-16 code units: an emoji outside the BMP is two."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def _render(text: str, runs: list[_Run], start: int, end: int) -> str:
    """Text [start, end) with its tags: closed at the end, reopened where it begins."""
    out: list[str] = []
    open_tags: tuple[_Tag, ...] = ()
    first = bisect_right(runs, start, key=lambda run: run.end)
    for run in runs[first:]:
        if run.start >= end:
            break
        common = 0
        while (
            common < len(open_tags)
            and common < len(run.tags)
            and open_tags[common] is run.tags[common]
        ):
            common += 1
        out.extend(tag.closing for tag in reversed(open_tags[common:]))
        out.extend(tag.markup for tag in run.tags[common:])
        open_tags = run.tags
        out.append(html.escape(text[max(run.start, start) : min(run.end, end)], quote=False))
    out.extend(tag.closing for tag in reversed(open_tags))
    return "".join(out)


def _escaped_length(text: str) -> int:
    """The UTF-16 length of `html.escape(text, quote=False)`."""
    return _utf16_length(text) + 4 * text.count("&") + 3 * (text.count("<") + text.count(">"))


def _markup_length(tags: tuple[_Tag, ...]) -> int:
    return sum(_utf16_length(tag.markup) for tag in tags)


def _closing_length(tags: tuple[_Tag, ...]) -> int:
    return sum(_utf16_length(tag.closing) for tag in tags)


class _Lengths:
    """The length `_render` would give for any stretch, worked out from sums over the runs
    instead of rendering it: the bisection for a cut asks a dozen times per part."""

    def __init__(self, text: str, runs: list[_Run]) -> None:
        self._text, self._runs = text, runs
        self._starts = [run.start for run in runs]
        self._ends = [run.end for run in runs]
        self._escaped = list(
            accumulate((_escaped_length(text[run.start : run.end]) for run in runs), initial=0)
        )
        steps = [0]
        for previous, run in pairwise(runs):
            common = 0
            while (
                common < len(previous.tags)
                and common < len(run.tags)
                and previous.tags[common] is run.tags[common]
            ):
                common += 1
            steps.append(
                _closing_length(previous.tags[common:]) + _markup_length(run.tags[common:])
            )
        self._steps = list(accumulate(steps, initial=0))

    def __call__(self, start: int, end: int) -> int:
        first = bisect_right(self._ends, start)
        last = bisect_left(self._starts, end) - 1
        if first > last:
            return 0
        runs, text = self._runs, self._text

        def part(index: int) -> int:
            run = runs[index]
            return _escaped_length(text[max(run.start, start) : min(run.end, end)])

        length = _markup_length(runs[first].tags) + _closing_length(runs[last].tags)
        length += self._steps[last + 1] - self._steps[first + 1]
        if first == last:
            return length + part(first)
        return length + part(first) + self._escaped[last] - self._escaped[first + 1] + part(last)


def split_message(text: str, limit: int = TELEGRAM_TEXT_LIMIT) -> list[str]:
    """Parts of Telegram HTML no longer than `limit`, cut at the best text boundary.

    Paragraphs stay whole when they fit, then lines, then words; a tag or an entity is
    never cut, and a tag open across a cut is closed and reopened."""
    if _utf16_length(text) <= limit:
        return [text]
    reader = _Reader(max_tag=limit // 4)
    if not _read_plain_html(text, reader):
        reader.feed(text)
        reader.close()
    plain, runs = reader.text, reader.runs

    length = _Lengths(plain, runs)

    def fits(start: int, end: int) -> bool:
        return length(start, end) <= limit

    parts: list[str] = []
    start = _skip_space(plain, 0)
    while start < len(plain):
        # Markup only adds to the text's length: a part never reaches past start + limit.
        reach = min(len(plain), start + limit)
        if reach == len(plain) and fits(start, reach):
            end = reach
        else:
            low, high = start + 1, reach  # the furthest end that fits, by bisection
            while low < high:
                middle = (low + high + 1) // 2
                if fits(start, middle):
                    low = middle
                else:
                    high = middle - 1
            end = _best_cut(plain, start, low)
        trimmed = end
        while trimmed > start and plain[trimmed - 1].isspace():
            trimmed -= 1
        if trimmed > start:
            parts.append(_render(plain, runs, start, trimmed))
        start = _skip_space(plain, end)
    return parts or [text[:limit]]


def _best_cut(text: str, start: int, furthest: int) -> int:
    """Where to end a part that may reach `furthest`: after a paragraph, a line or a word."""
    for separator in _SEPARATORS:
        cut = text.rfind(separator, start + 1, furthest + len(separator))
        if cut > start:
            return cut
    return max(furthest, start + 1)


def _skip_space(text: str, index: int) -> int:
    while index < len(text) and text[index].isspace():
        index += 1
    return index
