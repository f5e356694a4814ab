import random

import pytest

from news.text import content_hash, guess_language, html_to_text
from views.render import split_message


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


def test_a_cut_never_falls_inside_a_tag_or_an_entity() -> None:
    """Issue 12, defect 4: a 5 000-character <a href> was cut in the middle of the tag."""
    from tests.fake_telegram import html_problem

    long_url = "https://belta.by/news/" + "x" * 5000
    entries = [
        f'{n}. <b>Новость &amp; «итоги» {n}</b>\\n<a href="{long_url if n == 3 else "https://a.by/"}">'
        f"БелТА</a> · 01.03.2025" + " слово" * 40
        for n in range(1, 14)
    ]
    text = "\\n\\n".join(entries)
    parts = split_message(text)
    assert len(parts) > 1
    for part in parts:
        assert len(part) <= 4096
        assert html_problem(part) is None, part[:200]
    joined = "".join(parts)
    assert "БелТА" in joined and "&amp;" in joined and "&am\\n" not in joined


def test_a_tag_open_across_a_cut_is_closed_and_reopened() -> None:
    text = "<b>" + " ".join(["слово"] * 30) + "</b> хвост"
    parts = split_message(text, 60)
    assert len(parts) > 2
    assert all(part.startswith("<b>") for part in parts[:-1])
    assert all(part.count("<b>") == part.count("</b>") for part in parts)
    assert "".join("".join(parts).replace("<b>", "").replace("</b>", "").split()) == "".join(
        text.replace("<b>", "").replace("</b>", "").split()
    )


def test_site_boilerplate_stays_out_of_article_text() -> None:
    from news.text import strip_boilerplate

    fragment = (
        "<p>Беларусь и Казахстан подписали соглашение о поставках техники.</p>"
        "<p>Читайте также:</p><p><a href='/x'>Минск и Астана обсудили логистику</a></p>"
        "<div class='share-buttons'>Поделиться: VK Telegram OK</div>"
        "<p>Share prices of the partners rose after the deal.</p>"
        "<p>ВКонтакте · Telegram · Одноклассники</p>"
        "<p>Заметили ошибку? Выделите её и нажмите Ctrl+Enter</p>"
        "<p>© БелТА. При использовании материалов ссылка обязательна.</p>"
    )
    text = strip_boilerplate(html_to_text(fragment))
    assert text == (
        "Беларусь и Казахстан подписали соглашение о поставках техники.\n\n"
        "Share prices of the partners rose after the deal."
    )
