import asyncio
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest
from aiohttp import web

from bot.app import App
from news.fetch import Fetcher, FetchLimits, new_http_session
from services.ingest import DEFAULT_SOURCES, Ingestor, IngestPolicy, add_default_sources
from storage import Source
from tests.feed_server import FeedServer
from tests.feeds import Item, rss

NOW = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
ARTICLE_PAGE = """<html><head><title>Amkodor</title></head><body>
<nav>Главная | Экономика | Политика</nav>
<article><h1>Амкодор откроет производство в Казахстане</h1>
<p>ОАО «Амкодор» совместно с казахстанскими предприятиями прорабатывает вопрос об организации
в Казахстане нового производства сельскохозяйственных погрузчиков, сообщили в компании.</p>
<p>Проект обсуждался на встрече премьер-министров Беларуси и Казахстана в Минске. По словам
сторон, локализация производства достигнет высокого уровня уже в первые годы работы.</p>
<p>Товарооборот двух стран в прошлом году превысил миллиард долларов и продолжает расти.</p>
<p>Заметили ошибку? Выделите её и нажмите Ctrl+Enter</p>
<div class="share">Поделиться: ВКонтакте Telegram</div>
</article><footer>© Редакция</footer></body></html>"""


class Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


async def add_source(app: App, url: str) -> Source:
    source = await app.sources.add(url, check_interval=600, now=NOW - timedelta(minutes=1))
    assert source is not None
    return source


def ingestor_for(app: App, fetcher: Fetcher, clock: Clock, **policy: int) -> Ingestor:
    return Ingestor(app.sources, app.articles, fetcher, IngestPolicy(**policy), clock=clock)


async def test_poll_cycle_stores_then_asks_conditionally(app: App, feed_server: FeedServer) -> None:
    url = feed_server.feed(
        "belta.xml",
        rss(
            [
                Item("Беларусь и Казахстан", "https://belta.by/1?utm_source=rss", "Текст 1"),
                Item("Товарооборот вырос", "https://belta.by/2", "Текст 2"),
            ],
            title="БелТА",
            encoding="windows-1251",
        ),
        content_type="application/rss+xml; charset=windows-1251",
        etag='"rev-1"',
    )
    source = await add_source(app, url)
    clock = Clock(NOW)
    async with new_http_session() as session:
        ingestor = ingestor_for(app, Fetcher(session, FetchLimits(timeout=2)), clock)
        report = await ingestor.poll_due()
        assert report.new_articles == 2 and not report.failed

        stored = await app.articles.latest(limit=10)
        assert {a.url for a in stored} == {"https://belta.by/1", "https://belta.by/2"}
        assert {a.outlet for a in stored} == {"БелТА"}
        assert all(a.source_id == source.id for a in stored)
        refreshed = await app.sources.get(source.id)
        assert refreshed.title == "БелТА" and refreshed.etag == '"rev-1"'
        assert refreshed.next_check_at == NOW + timedelta(seconds=600)

        assert await ingestor.poll_due() == type(report)()  # nothing due yet
        clock.now = NOW + timedelta(minutes=11)
        second = await ingestor.poll_due()
    assert [r.outcome for r in second.results] == ["not_modified"]
    requests = feed_server.requests_to("belta.xml")
    assert requests[-1].headers["If-None-Match"] == '"rev-1"'
    assert await app.articles.count() == 2


async def test_reingesting_a_changed_feed_adds_only_new_entries(
    app: App, feed_server: FeedServer
) -> None:
    items = [Item("Первая", "https://a.kz/1", "x"), Item("Вторая", "https://a.kz/2", "y")]
    url = feed_server.feed("feed", rss(items[:1]))
    await add_source(app, url)
    clock = Clock(NOW)
    async with new_http_session() as session:
        ingestor = ingestor_for(app, Fetcher(session, FetchLimits(timeout=2)), clock)
        assert (await ingestor.poll_due()).new_articles == 1
        feed_server.feed("feed", rss(items))
        clock.now += timedelta(hours=1)
        assert (await ingestor.poll_due()).new_articles == 1
    assert await app.articles.count() == 2


async def test_each_failure_is_recorded_on_its_own_source(
    app: App, feed_server: FeedServer
) -> None:
    good = await add_source(app, feed_server.feed("good", rss([Item("Ok", "https://a.kz/ok")])))
    broken = {
        "down": await add_source(app, feed_server.status("down", 500)),
        "slow": await add_source(app, feed_server.slow("slow", 2)),
        "html": await add_source(
            app, feed_server.feed("html", b"<!DOCTYPE html><html></html>", content_type="text/html")
        ),
        "huge": await add_source(app, feed_server.feed("huge", b"<rss>" + b"x" * 300_000)),
        "bad": await add_source(app, feed_server.feed("bad", rss([Item("x", "https://a/1")])[:90])),
    }
    async with new_http_session() as session:
        ingestor = ingestor_for(
            app, Fetcher(session, FetchLimits(timeout=1, max_bytes=100_000)), Clock(NOW)
        )
        report = await ingestor.poll_due()
    assert report.new_articles == 1
    assert len(report.failed) == 5
    errors = {name: (await app.sources.get(s.id)).last_error for name, s in broken.items()}
    assert errors["down"] == "HTTP 500 Internal Server Error"
    assert "no answer within 1 s" in errors["slow"]
    assert "HTML, not an RSS or Atom feed" in errors["html"]
    assert "exceeds 100000 bytes" in errors["huge"]
    assert "malformed XML" in errors["bad"]
    for source in broken.values():
        after = await app.sources.get(source.id)
        assert after.consecutive_failures == 1 and after.enabled
    healthy = await app.sources.get(good.id)
    assert healthy.consecutive_failures == 0 and healthy.last_error is None


async def test_failing_source_backs_off_then_pauses_and_keeps_its_articles(
    app: App, feed_server: FeedServer
) -> None:
    url = feed_server.feed("flaky", rss([Item("Kept", "https://a.kz/kept")]))
    source = await add_source(app, url)
    clock = Clock(NOW)
    async with new_http_session() as session:
        ingestor = ingestor_for(
            app, Fetcher(session, FetchLimits(timeout=2)), clock, max_failures=4
        )
        await ingestor.poll_due()
        assert await app.articles.count() == 1
        feed_server.status("flaky", 502)
        delays = []
        for _ in range(4):
            current = await app.sources.get(source.id)
            clock.now = current.next_check_at
            await ingestor.poll_due()
            after = await app.sources.get(source.id)
            delays.append(after.next_check_at - clock.now)
    assert delays[:3] == [timedelta(minutes=10), timedelta(minutes=20), timedelta(minutes=40)]
    paused = await app.sources.get(source.id)
    assert not paused.enabled and paused.consecutive_failures == 4
    assert paused.last_error == "HTTP 502 Bad Gateway"
    assert await app.articles.count() == 1  # a failing source loses nothing already stored
    assert await app.sources.due(clock.now + timedelta(days=30)) == []


async def test_teaser_only_entry_gets_the_page_text(app: App, feed_server: FeedServer) -> None:
    page = feed_server.route(
        "news/amkodor",
        lambda request: _html(ARTICLE_PAGE),
    )
    feed_url = feed_server.feed("teasers", rss([Item("Амкодор", page, "Коротко.")]))
    await add_source(app, feed_url)
    async with new_http_session() as session:
        ingestor = ingestor_for(
            app, Fetcher(session, FetchLimits(timeout=2)), Clock(NOW), article_min_chars=200
        )
        await ingestor.poll_due()
    [stored] = await app.articles.latest(limit=1)
    assert stored.summary == "Коротко."
    assert "сельскохозяйственных погрузчиков" in stored.body
    assert "Главная | Экономика" not in stored.body
    assert "ошибку" not in stored.body and "Поделиться" not in stored.body


async def test_page_that_fails_keeps_the_summary(app: App, feed_server: FeedServer) -> None:
    feed_url = feed_server.feed("teaser", rss([Item("T", feed_server.url("gone"), "Коротко.")]))
    await add_source(app, feed_url)
    async with new_http_session() as session:
        ingestor = ingestor_for(
            app, Fetcher(session, FetchLimits(timeout=2)), Clock(NOW), article_min_chars=200
        )
        report = await ingestor.poll_due()
    assert report.new_articles == 1
    [stored] = await app.articles.latest(limit=1)
    assert stored.summary == "Коротко." and stored.body == ""


async def test_bundled_sample_is_ingested_once(app: App) -> None:
    assert len(await app.ingestor.ingest_bundled_sample()) == 5
    assert await app.ingestor.ingest_bundled_sample() == []
    assert await app.articles.count() == 5


async def test_default_sources_only_on_an_empty_database(app: App) -> None:
    assert await add_default_sources(app.sources, interval=900, now=NOW) == len(DEFAULT_SOURCES)
    assert await add_default_sources(app.sources, interval=900, now=NOW) == 0
    urls = [s.url for s in await app.sources.list_all()]
    assert all(url.startswith("https://") for url in urls)
    assert any("belta.by" in url for url in urls) and any("inform.kz" in url for url in urls)
    # Kyrgyz and Uzbek outlets too; no feed that nothing shows to exist.
    assert {source.country for source in DEFAULT_SOURCES} == {"BY", "KZ", "KG", "UZ"}
    assert not any("government.by" in url or "primeminister.kz" in url for url in urls)


def test_every_default_source_is_in_the_readme_table() -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text("utf-8")
    assert all(f"`{source.url}`" in readme for source in DEFAULT_SOURCES)


async def _html(text: str) -> web.Response:
    return web.Response(text=text, content_type="text/html")


# --- Issue 12, defect 1: Cyrillic feeds without a declared encoding --------------------

TURNOVER = "Товарооборот Беларуси и Казахстана превысил $1 млрд"
TURNOVER_TEXT = (
    "Товарооборот между Беларусью и Казахстаном по итогам 2024 года превысил $1 млрд, "
    "сообщил премьер-министр Беларуси. Стороны обсудили совместные проекты."
)


def undeclared(encoding: str) -> bytes:
    body = rss([Item(TURNOVER, "https://belta.by/t1", TURNOVER_TEXT)], title="БелТА",
               encoding=encoding)  # fmt: skip
    return body.replace(f' encoding="{encoding}"'.encode(), b"")


@pytest.mark.parametrize("encoding", ["windows-1251", "koi8-r", "utf-8-one-bad-byte"])
async def test_a_cyrillic_feed_that_declares_no_encoding_is_read_right(
    app: App, feed_server: FeedServer, encoding: str
) -> None:
    if encoding == "utf-8-one-bad-byte":
        body = undeclared("utf-8").replace("Стороны".encode(), b"\xff" + "тороны".encode())
    else:
        body = undeclared(encoding)
    source = await add_source(app, feed_server.feed("feed", body, content_type="text/xml"))
    report = await app.ingestor.poll_due()
    assert report.new_articles == 1 and not report.failed
    [stored] = await app.articles.latest(limit=1)
    assert stored.title == TURNOVER
    assert stored.outlet == "БелТА"
    assert (await app.analysis.count_stories()) == 1  # read as relevant, not as mojibake
    after = await app.sources.get(source.id)
    expected = "utf-8" if encoding.startswith("utf") else encoding
    assert after.decoding.startswith(f"{expected} (detected")
    assert after.garbled == 0


async def test_when_a_sources_decoding_changes_its_stored_entries_are_read_again(
    app: App, feed_server: FeedServer
) -> None:
    from storage import NewArticle

    source = await add_source(app, feed_server.feed("feed", undeclared("windows-1251"),
                                                    content_type="text/xml"))  # fmt: skip
    # What the old reader stored: windows-1251 read as windows-1252.
    garbled_title = TURNOVER.encode("cp1251").decode("cp1252", errors="replace")
    garbled_text = TURNOVER_TEXT.encode("cp1251").decode("cp1252", errors="replace")
    await app.articles.add_many([NewArticle(
        url="https://belta.by/t1", title=garbled_title, outlet="ÁåëÒÀ", summary=garbled_text,
        body="", published_at=NOW, fetched_at=NOW, content_hash="old", source_id=source.id,
    )])  # fmt: skip
    await app.analyst.analyse_pending()
    assert await app.analysis.count_stories() == 0  # mojibake reads as irrelevant
    report = await app.ingestor.poll_due()
    assert report.new_articles == 0  # the URL was known ...
    [stored] = await app.articles.latest(limit=1)
    assert stored.title == TURNOVER  # ... but its text was read again
    assert await app.analysis.count_stories() == 1
    reply = await app.search.search("товарооборот", 0, 1001)
    assert reply.total == 1


async def test_garbled_text_is_a_source_problem_operators_see(
    app: App, feed_server: FeedServer
) -> None:
    double_encoded = TURNOVER_TEXT.encode("utf-8").decode("cp1252", errors="replace")
    items = [Item(f"Новость {n}", f"https://belta.by/g{n}", double_encoded) for n in range(3)]
    source = await add_source(app, feed_server.feed("feed", rss(items)))
    await app.ingestor.poll_due()
    after = await app.sources.get(source.id)
    assert after.garbled == 3 and after.consecutive_failures == 0
    stats = await app.operators.stats()
    assert stats.sources_failing == 1
    from domain.sources import SourceStatus
    from views.i18n import texts_for
    from views.operators import source_card

    card, _ = source_card(SourceStatus(after, 3), 0, texts_for("ru"))
    assert "Текст 3 записей выглядит искажённым" in card
    assert "Кодировка: utf-8 (объявлена лентой)" in card


# --- Issue 12, defect 3: one feed stalls polling and alerts for everyone ----------------


async def test_a_stalled_source_never_delays_another_sources_alert(
    settings, feed_server: FeedServer
) -> None:
    from bot.app import open_app
    from storage import SubscriptionRepository
    from tests.feeds import cooperation_items

    release = asyncio.Event()

    async def stuck_page(request: web.Request) -> web.Response:
        await release.wait()
        return web.Response(text=ARTICLE_PAGE, content_type="text/html")

    now = datetime.now(UTC)
    teasers = []
    for n in range(12):
        feed_server.route(f"slow/{n}", stuck_page)
        teasers.append(Item(f"Тизер {n}", feed_server.url(f"slow/{n}"), "Коротко."))
    fresh = [Item(i.title, i.link, i.description, format_datetime(now))
             for i in cooperation_items(1)]  # fmt: skip
    patient = settings.model_copy(update={"article_min_chars": 200, "page_timeout": 60.0,
                                          "page_budget": 120.0})  # fmt: skip
    async with open_app(patient) as app:
        slow = await app.sources.add(feed_server.feed("slow.xml", rss(teasers)),
                                     check_interval=600, now=now)  # fmt: skip
        fast = await app.sources.add(feed_server.feed("fast.xml", rss(fresh)),
                                     check_interval=600, now=now)  # fmt: skip
        await SubscriptionRepository(app.db).subscribe(1001, language="ru", now=now)
        done: dict[int, asyncio.Event] = {slow.id: asyncio.Event(), fast.id: asyncio.Event()}

        async def alert(result) -> None:
            await app.alerter.enqueue_new()
            done[result.source_id].set()

        app.ingestor.on_source_done = alert
        try:
            assert await app.ingestor.start_due() == 2
            async with asyncio.timeout(30):
                await done[fast.id].wait()
            # The slow source is still waiting for its pages, and the alert is out already.
            assert slow.id in app.ingestor.polling and not done[slow.id].is_set()
            [message] = await app.outbox.due(datetime.now(UTC))
            assert message.chat_id == 1001 and "Новость 0" in message.text
            assert await app.ingestor.start_due() == 0  # a tick never doubles a running poll
            release.set()
            async with asyncio.timeout(30):
                await done[slow.id].wait()
        finally:
            release.set()
            await app.ingestor.stop()
        assert await app.articles.count() == 13


async def test_teaser_pages_are_bounded_by_the_page_budget(
    settings, feed_server: FeedServer
) -> None:
    from bot.app import open_app

    never = asyncio.Event()

    async def hung(request: web.Request) -> web.Response:
        await never.wait()
        return web.Response(text="")

    teasers = []
    for n in range(12):
        feed_server.route(f"hung/{n}", hung)
        teasers.append(Item(f"Тизер {n}", feed_server.url(f"hung/{n}"), "Коротко."))
    tight = settings.model_copy(update={"article_min_chars": 200, "page_timeout": 0.5,
                                        "page_budget": 1.0, "page_concurrency": 2})  # fmt: skip
    async with open_app(tight) as app:
        await add_source(app, feed_server.feed("teasers.xml", rss(teasers)))
        report = await app.ingestor.poll_due()
        never.set()
    assert report.new_articles == 12 and not report.failed
    # At most two pages at a time, within one second: never all twelve.
    assert 0 < len([r for r in feed_server.requests if r.path.startswith("/hung/")]) < 12


def test_a_huge_entry_is_capped_before_extraction(monkeypatch: pytest.MonkeyPatch) -> None:
    from services import analysis
    from storage import Article

    seen: list[int] = []
    real = analysis.read

    def spy(text: str, **kwargs):
        seen.append(len(text))
        return real(text[:2000], **kwargs)

    monkeypatch.setattr(analysis, "read", spy)
    body = ("Беларусь и Казахстан обсудили поставки техники. " * 14_000)[:640_000]
    article = Article(id=1, source_id=None, url="https://a.kz/1", guid=None, outlet="",
                      title="Огромная статья", summary="", body=body, published_at=NOW,
                      fetched_at=NOW, language="ru", content_hash="h")  # fmt: skip
    analysis.read_article(article, analysis.DEFAULT_PAIRS)
    assert seen == [len(analysis.capped(body, analysis.EXTRACT_MAX_CHARS))]
    assert seen[0] <= analysis.EXTRACT_MAX_CHARS
