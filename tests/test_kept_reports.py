"""/turnover and /projects are kept per process under each pair's facts version: what a
reader gets after new facts, in this process or another one sharing the database, is the
new report — on SQLite and on PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from aiogram import Bot, Dispatcher

from bot.app import App, open_app
from bot.settings import Settings
from storage import NewArticle
from tests.fake_telegram import FakeTelegram
from tests.feeds import rss
from tests.test_facts_handlers import add_turnover_history, dated, feed, plain

pytestmark = pytest.mark.backends


class Rollback(Exception):
    pass


async def turnover_text(dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram) -> str:
    telegram.calls.clear()
    await feed(dispatcher, bot, telegram.message_update("/turnover"))
    return plain("\n".join(call.text for call in telegram.sent()))


async def projects_text(dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram) -> str:
    telegram.calls.clear()
    await feed(dispatcher, bot, telegram.message_update("/projects"))
    return plain("\n".join(call.text for call in telegram.sent()))


FIGURE_2025 = dated(
    "Итоги 2025 года",
    "https://belta.by/t2025",
    "Товарооборот Беларуси и Казахстана в 2025 году составил $1,7 млрд.",
    400,
)
PLANT = dated(
    "Завод в Костанае",
    "https://inform.kz/plant",
    "В Костанае запущено совместное производство тракторов МТЗ.",
    410,
)


async def test_the_reply_follows_facts_saved_after_it(
    app: App, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram
) -> None:
    await add_turnover_history(app)
    before = await turnover_text(dispatcher, bot, telegram)
    assert "2024: $1,3 млрд" in before
    assert await turnover_text(dispatcher, bot, telegram) == before  # kept: the same reply
    assert "тракторов" not in await projects_text(dispatcher, bot, telegram)

    await app.ingestor.ingest_document(rss([FIGURE_2025, PLANT], title="Лента"))

    after = await turnover_text(dispatcher, bot, telegram)
    assert "2025: $1,7 млрд" in after and after != before
    assert "тракторов" in await projects_text(dispatcher, bot, telegram)


async def test_a_replica_answers_with_what_another_process_saved(
    app: App, settings: Settings, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram
) -> None:
    """Two processes on one database (a `web` replica and a `worker`): the replica's kept
    report gives way as soon as the worker's facts are committed."""
    await add_turnover_history(app)
    assert "1,7 млрд" not in await turnover_text(dispatcher, bot, telegram)
    async with open_app(settings) as worker:
        await worker.ingestor.ingest_document(rss([FIGURE_2025, PLANT], title="Лента"))
    assert "2025: $1,7 млрд" in await turnover_text(dispatcher, bot, telegram)
    assert "тракторов" in await projects_text(dispatcher, bot, telegram)


async def test_a_changed_outlet_changes_the_citations(
    app: App, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram
) -> None:
    """An article's text read again under another outlet name keeps its facts until it is
    read again: the report cites the new name at once."""
    now = datetime(2025, 6, 1, tzinfo=UTC)
    source = await app.sources.add("https://belta.by/rss", check_interval=600, now=now)
    assert source is not None
    await app.ingestor.ingest_document(rss([FIGURE_2025], title="БелТА"), source_id=source.id)
    assert "БелТА" in await turnover_text(dispatcher, bot, telegram)

    moment = datetime(2025, 1, 1, tzinfo=UTC) + timedelta(days=400)
    again = NewArticle(
        url="https://belta.by/t2025",
        title="Итоги 2025 года",
        outlet="Белорусское телеграфное агентство",
        summary="Товарооборот Беларуси и Казахстана в 2025 году составил $1,7 млрд.",
        body="",
        published_at=moment,
        fetched_at=moment,
        content_hash="read again",
        source_id=source.id,
    )
    assert len(await app.articles.refresh_text(source.id, [again])) == 1

    assert "Белорусское телеграфное агентство" in await turnover_text(dispatcher, bot, telegram)


async def test_a_reply_made_inside_a_write_that_rolls_back_is_not_kept(
    app: App, backend: str, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram
) -> None:
    """On SQLite this process's reads share the connection of its open write and see what
    it wrote before it commits; a reply made then is never kept, so nothing of a write
    that rolls back outlives it."""
    await add_turnover_history(app)
    seen: list[str] = []

    async def write_then_fail() -> None:
        async with app.db.transaction() as conn:
            async with conn.execute("SELECT id FROM articles ORDER BY id LIMIT 1") as cursor:
                row = await cursor.fetchone()
            assert row is not None
            await conn.execute(
                "INSERT INTO turnover_facts (article_id, pair, amount, currency, approx, "
                "period_from, period_to, change_pct, kind, quote, stated_at) "
                "VALUES (?, 'BY-KZ', 9.9e9, 'USD', 'exact', '2030-01', '2030-12', NULL, "
                "'actual', 'В 2030 году составил $9,9 млрд.', '2026-01-01T00:00:00+00:00')",
                (row[0],),
            )
            seen.append(await turnover_text(dispatcher, bot, telegram))
            raise Rollback

    with pytest.raises(Rollback):
        await write_then_fail()
    assert ("2030" in seen[0]) == (backend == "sqlite")  # PostgreSQL reads committed data
    assert "2030" not in await turnover_text(dispatcher, bot, telegram)


async def test_reads_are_kept_only_when_no_write_of_this_process_was_open(
    app: App, backend: str
) -> None:
    seen = await app.analysis.facts_version("BY-KZ")
    assert app.analysis.unchanged_since(seen)
    async with app.db.transaction():
        inside = await app.analysis.facts_version("BY-KZ")
        # SQLite: reads inside may see uncommitted writes; PostgreSQL: never.
        assert app.analysis.unchanged_since(inside) == (backend == "postgresql")
    assert app.analysis.unchanged_since(seen) == (backend == "postgresql")
