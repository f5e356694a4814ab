import pytest

from news.urls import UnsupportedURLError, canonicalize_url


@pytest.mark.parametrize(
    ("raw", "canonical"),
    [
        (
            "https://www.belta.by/economics/view/x-123/?utm_source=rss&utm_medium=feed#comments",
            "https://www.belta.by/economics/view/x-123/",
        ),
        ("HTTPS://Kursiv.MEDIA:443/news?id=5&fbclid=abc", "https://kursiv.media/news?id=5"),
        ("http://example.org:8080/a?b=1&yclid=2&c=", "http://example.org:8080/a?b=1&c="),
        ("https://example.org", "https://example.org/"),
        ("https://пример.рф/новость", "https://xn--e1afmkfd.xn--p1ai/новость"),
        ("  https://example.org/a#top  ", "https://example.org/a"),
    ],
)
def test_canonical_url_drops_tracking_and_fragments(raw: str, canonical: str) -> None:
    assert canonicalize_url(raw) == canonical


def test_relative_link_is_resolved_against_the_feed() -> None:
    assert (
        canonicalize_url("/news/1", "https://tengrinews.kz/feed") == "https://tengrinews.kz/news/1"
    )


@pytest.mark.parametrize(
    "raw", ["javascript:alert(1)", "ftp://example.org/x", "mailto:a@b.c", "", "https://:80/"]
)
def test_non_http_urls_are_refused(raw: str) -> None:
    with pytest.raises(UnsupportedURLError):
        canonicalize_url(raw)
