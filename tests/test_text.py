import random

import pytest

from bot.render import split_message
from news.text import content_hash, guess_language, html_to_text


def test_html_to_text_keeps_paragraphs_and_drops_scripts() -> None:
    text = html_to_text("<div><p>Один&nbsp;абзац</p><script>evil()</script><p>Два</p>хвост</div>")
    assert text == "Один абзац\n\nДва\n\nхвост"


def test_content_hash_ignores_spacing_and_case() -> None:
    assert content_hash("Title", "Body  text") == content_hash("title", "body text")
    assert content_hash("Title", "Body") != content_hash("Title", "Other")


@pytest.mark.parametrize(
    ("text", "language"),
    [("Товарооборот вырос", "ru"), ("Trade grew", "en"), ("Қазақстан мен Беларусь", "kk")],
)
def test_guess_language(text: str, language: str) -> None:
    assert guess_language(text) == language


def test_short_message_is_not_split() -> None:
    assert split_message("hello") == ["hello"]


def test_split_keeps_entries_whole_and_under_the_limit() -> None:
    entries = [
        f"<b>Story {n}</b>\nOutlet · <a href='https://a.by/{n}'>read</a>" for n in range(300)
    ]
    text = "\n\n".join(entries)
    parts = split_message(text)
    assert len(parts) > 1
    assert all(len(part) <= 4096 for part in parts)
    for part in parts:
        assert part.count("<b>") == part.count("</b>")
        assert part.count("<a ") == part.count("</a>")
    assert "\n\n".join(parts) == text


@pytest.mark.parametrize("seed", range(20))
def test_split_never_loses_words(seed: int) -> None:
    rng = random.Random(seed)
    words = ["слово", "товарооборот", "x" * rng.randint(1, 9000), "\n", "\n\n", "Казахстан"]
    text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 3000)))
    limit = rng.choice([50, 500, 4096])
    parts = split_message(text, limit)
    assert all(0 < len(part) <= limit for part in parts)
    assert "".join("".join(parts).split()) == "".join(text.split())
