from datetime import UTC, datetime

import pytest

from news.feeds import MalformedFeedError, NotAFeedError, parse_feed
from tests.feeds import Item, atom, rss

NOW = datetime(2025, 1, 1, tzinfo=UTC)
CYRILLIC_TITLE = "Товарооборот Беларуси и Казахстана превысил $1 млрд"


@pytest.mark.parametrize("encoding", ["utf-8", "windows-1251", "koi8-r"])
def test_cyrillic_feed_in_its_declared_encoding(encoding: str) -> None:
    body = rss(
        [Item(CYRILLIC_TITLE, "https://belta.by/1", "Премьер-министр Головченко")],
        title="БелТА",
        encoding=encoding,
    )
    feed = parse_feed(body, headers={"Content-Type": "application/rss+xml"}, now=NOW)
    assert feed.title == "БелТА"
    [entry] = feed.entries
    assert entry.title == CYRILLIC_TITLE
    assert entry.summary == "Премьер-министр Головченко"
    assert entry.language == "ru"


def test_charset_from_http_header_when_the_xml_declares_none() -> None:
    body = rss([Item(CYRILLIC_TITLE, "https://belta.by/1")], encoding="windows-1251")
    body = body.replace(b' encoding="windows-1251"', b"")
    feed = parse_feed(
        body, headers={"Content-Type": "application/rss+xml; charset=windows-1251"}, now=NOW
    )
    assert feed.entries[0].title == CYRILLIC_TITLE


def test_entry_is_normalised() -> None:
    body = rss(
        [
            Item(
                "<b>Amkodor</b> &amp; partners",
                "/news/1?utm_source=rss#top",
                description=(
                    "<p>First para.</p><p>Second <a href='x'>para</a>.</p><script>x()</script>"
                ),
                pub_date="Thu, 14 Nov 2024 10:00:00 +0300",
                guid="id-1",
                content="<p>Full body text.</p>",
            )
        ]
    )
    feed = parse_feed(body, base_url="https://kursiv.media/feed/", now=NOW)
    [entry] = feed.entries
    assert entry.title == "Amkodor & partners"
    assert entry.url == "https://kursiv.media/news/1"
    assert entry.guid == "id-1"
    assert entry.summary == "First para.\n\nSecond para."
    assert entry.body == "Full body text."
    assert entry.published_at == datetime(2024, 11, 14, 7, 0, tzinfo=UTC)
    assert entry.outlet == "Test feed"


def test_atom_feed() -> None:
    feed = parse_feed(atom([Item("Atom entry", "https://inform.kz/a", "Summary")]), now=NOW)
    assert [entry.title for entry in feed.entries] == ["Atom entry"]
    assert feed.entries[0].published_at == datetime(2024, 11, 14, 7, 0, tzinfo=UTC)


def test_date_in_the_future_is_clamped_to_now() -> None:
    body = rss([Item("x", "https://a.by/1", pub_date="Mon, 01 Jan 2035 00:00:00 +0000")])
    assert parse_feed(body, now=NOW).entries[0].published_at == NOW


def test_entries_without_a_web_link_are_skipped_not_fatal() -> None:
    body = rss([Item("no link", "javascript:void(0)"), Item("good", "https://a.by/2")])
    feed = parse_feed(body, now=NOW)
    assert [entry.title for entry in feed.entries] == ["good"]
    assert feed.skipped == 1


def test_html_page_is_not_a_feed() -> None:
    with pytest.raises(NotAFeedError, match="HTML"):
        parse_feed(b"<!DOCTYPE html><html><head><title>BelTA</title></head></html>", now=NOW)


def test_truncated_xml_is_malformed() -> None:
    body = rss([Item("x", "https://a.by/1")])[:120]
    with pytest.raises(MalformedFeedError, match="malformed XML"):
        parse_feed(body, now=NOW)


def test_binary_garbage_is_refused() -> None:
    with pytest.raises((NotAFeedError, MalformedFeedError)):
        parse_feed(b"\x00\x01\x02garbage", now=NOW)


def test_empty_valid_feed_has_no_entries() -> None:
    assert parse_feed(rss([]), now=NOW).entries == []


def test_bundled_sample_feed_holds_every_seed() -> None:
    from importlib import resources

    sample = resources.files("bot").joinpath("data/sample_feed.xml").read_bytes()
    feed = parse_feed(sample, now=NOW)
    assert len(feed.entries) == 5
    outlets = {entry.outlet for entry in feed.entries}
    assert {"БелТА", "СТВ", "CentralAsia"} <= outlets
    kyrgyz = next(entry for entry in feed.entries if "Кыргызстаном" in entry.title)
    assert "166 миллионов долларов" in kyrgyz.body
