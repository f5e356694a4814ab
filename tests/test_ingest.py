from datetime import UTC, datetime, timedelta

from aiohttp import web

from bot.app import App
from bot.ingest import DEFAULT_SOURCES, Ingestor, IngestPolicy, add_default_sources
from news.fetch import Fetcher, FetchLimits, new_http_session
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


async def _html(text: str) -> web.Response:
    return web.Response(text=text, content_type="text/html")
