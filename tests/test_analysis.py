"""Extraction at ingestion: facts stored with the article, retellings grouped into stories."""

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

from bot.app import App
from tests.feeds import Item, rss

SEEDS = Path(__file__).parent / "fixtures" / "seeds"
RETELLINGS = Path(__file__).parent / "fixtures" / "retellings"
MEETING = datetime(2024, 11, 14, 9, 0, tzinfo=UTC)


def article_item(path: Path, url: str, published: datetime) -> Item:
    title, _, body = path.read_text("utf-8").partition("\n")
    return Item(title, url, description=body.strip(), pub_date=format_datetime(published))


async def test_sample_news_gets_facts_and_one_story_each(app: App) -> None:
    await app.ingestor.ingest_bundled_sample()
    assert await app.analysis.count_stories() == 5  # five different meetings, years apart
    by_kz = await app.analysis.turnover("BY-KZ")
    assert {(f.record.amount, f.record.approx) for f in by_kz} == {
        (1_000_000_000, "over"),
        (1_000_000_000, "exact"),
    }
    [kyrgyz_target] = [f for f in await app.analysis.turnover("BY-KG") if f.record.kind == "target"]
    assert kyrgyz_target.record.amount == 500_000_000
    assert kyrgyz_target.citation.outlet == "СТВ"
    projects = await app.analysis.projects("BY-KZ")
    assert {p.record.status for p in projects} == {"done", "underway", "planned", "proposed"}


async def test_a_retelling_joins_the_story_and_its_facts_are_cited_twice(app: App) -> None:
    await app.ingestor.ingest_document(
        rss(
            [
                article_item(SEEDS / "000_67d64e1b7d5e0c28.txt", "https://belta.by/1", MEETING),
                article_item(
                    RETELLINGS / "kazinform_000.txt",
                    "https://inform.kz/2",
                    MEETING + timedelta(days=2),
                ),
            ]
        )
    )
    assert await app.analysis.count_stories() == 1
    [story] = await app.analysis.stories(limit=5)
    articles = (await app.analysis.articles_of([story.id]))[story.id]
    assert [a.url for a in articles] == ["https://belta.by/1", "https://inform.kz/2"]
    assert story.first_seen_at == MEETING
    assert story.last_seen_at == MEETING + timedelta(days=2)
    citations = [f.citation.url for f in await app.analysis.turnover("BY-KZ")]
    assert sorted(citations) == ["https://belta.by/1", "https://inform.kz/2"]


async def test_the_same_people_a_month_apart_are_two_stories(app: App) -> None:
    await app.ingestor.ingest_document(
        rss(
            [
                article_item(SEEDS / "000_67d64e1b7d5e0c28.txt", "https://belta.by/1", MEETING),
                article_item(
                    RETELLINGS / "kazinform_000.txt",
                    "https://inform.kz/2",
                    MEETING + timedelta(days=30),
                ),
            ]
        )
    )
    assert await app.analysis.count_stories() == 2


async def test_irrelevant_articles_are_kept_but_form_no_story(app: App) -> None:
    await app.ingestor.ingest_document(
        rss([Item("Погода в Минске", "https://belta.by/weather", "Завтра в Минске снег.")])
    )
    assert await app.articles.count() == 1
    assert await app.analysis.count_stories() == 0
    assert await app.analysis.outdated(10**6) != []  # stored, and re-readable later


async def test_reanalysis_reads_everything_again_with_the_same_result(app: App) -> None:
    await app.ingestor.ingest_bundled_sample()
    before = [(f.record, f.citation.url) for f in await app.analysis.turnover("BY-KZ")]
    assert await app.analyst.reanalyse_all() == 5
    after = [(f.record, f.citation.url) for f in await app.analysis.turnover("BY-KZ")]
    assert sorted(map(repr, after)) == sorted(map(repr, before))
    assert await app.analysis.count_stories() == 5


# An outlet's closing line, the same under every article it runs on the pair.
_BOILERPLATE = (
    "Беларусь и Казахстан последовательно наращивают торгово-экономическое сотрудничество, "
    "отмечают в правительствах двух стран."
)


async def test_two_events_told_alike_stay_two_stories(app: App) -> None:
    """Both share a closing line, a change told without an amount and a plant launched with
    neither count nor value: said of half the news, none of that names the event."""
    tractors = Item(
        "Белорусский МТЗ открыл сборку тракторов в Костанае",
        "https://belta.by/tractors",
        description="Минск, 3 марта. Товарооборот Беларуси и Казахстана в январе вырос на 14%. "
        "В Костанае запущено сборочное производство тракторов МТЗ. " + _BOILERPLATE,
        pub_date=format_datetime(MEETING),
    )
    milk = Item(
        "Белорусское молоко для Казахстана будут делать в Гомеле",
        "https://inform.kz/milk",
        description="Астана, 4 марта. Взаимная торговля Казахстана и Беларуси за два месяца "
        "выросла на 9%. В Гомеле введен в эксплуатацию молочный завод. " + _BOILERPLATE,
        pub_date=format_datetime(MEETING + timedelta(hours=20)),
    )
    await app.ingestor.ingest_document(rss([tractors, milk]))
    assert await app.analysis.count_stories() == 2
