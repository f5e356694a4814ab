from datetime import UTC, datetime, timedelta
from pathlib import Path

import aiosqlite
import pytest

from storage import (
    Analysis,
    AnalysisRepository,
    ArticleRepository,
    MigrationError,
    NewArticle,
    SearchRepository,
    SourceRepository,
    open_database,
)
from storage.migrations import MIGRATIONS
from tests.servers import PostgresServer

pytestmark = pytest.mark.backends

NOW = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


def article(
    url: str, *, guid: str | None = None, published: datetime | None = NOW, **kw
) -> NewArticle:
    return NewArticle(
        url=url,
        guid=guid,
        title=kw.get("title", f"Title {url}"),
        outlet="БелТА",
        summary="summary",
        body="body",
        published_at=published,
        fetched_at=NOW,
        content_hash="h",
        source_id=kw.get("source_id"),
    )


async def test_fresh_database_has_the_latest_schema_and_reopens(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite"
    async with open_database(path) as db:
        assert await db.schema_version() == len(MIGRATIONS)
        async with db.connection.execute("PRAGMA journal_mode") as cursor:
            assert (await cursor.fetchone())[0] == "wal"
        async with db.connection.execute("PRAGMA foreign_keys") as cursor:
            assert (await cursor.fetchone())[0] == 1
    async with open_database(path) as db:  # re-running the migrations is a no-op
        assert await db.schema_version() == len(MIGRATIONS)


async def test_every_older_database_upgrades_in_place_keeping_its_rows(tmp_path: Path) -> None:
    for version in range(1, len(MIGRATIONS) + 1):
        path = tmp_path / f"v{version}.sqlite"
        async with open_database(path, target_version=version) as old:
            assert await old.schema_version() == version
            # Rows as coopnews of that version wrote them: only version 1's columns.
            await old.connection.execute(
                "INSERT INTO sources (url, check_interval, next_check_at, created_at) "
                "VALUES ('https://belta.by/rss', 900, '2025-01-01T00:00:00Z', "
                "'2025-01-01T00:00:00Z')"
            )
            await old.connection.execute(
                "INSERT INTO articles (source_id, url, title, fetched_at, content_hash) "
                "VALUES (1, 'https://belta.by/1', 'T', '2025-01-01T00:00:00Z', 'h')"
            )
        async with open_database(path) as upgraded:
            assert await upgraded.schema_version() == len(MIGRATIONS)
            assert [s.url for s in await SourceRepository(upgraded).list_all()] == [
                "https://belta.by/rss"
            ]
            assert await ArticleRepository(upgraded).count() == 1


async def test_database_from_a_newer_coopnews_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite"
    async with aiosqlite.connect(path) as conn:
        await conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
        await conn.commit()
    with pytest.raises(MigrationError, match="newer than this coopnews"):
        async with open_database(path):
            pass


async def test_sources_add_is_unique_by_url(database: Path | str) -> None:
    async with open_database(database) as db:
        sources = SourceRepository(db)
        first = await sources.add("https://a.by/rss", title="A", check_interval=600, now=NOW)
        assert first is not None and first.title == "A" and first.enabled
        assert await sources.add("https://a.by/rss", check_interval=600, now=NOW) is None
        assert await sources.count() == 1


async def test_due_failure_success_and_pause(database: Path | str) -> None:
    async with open_database(database) as db:
        sources = SourceRepository(db)
        a = await sources.add("https://a.by/rss", check_interval=600, now=NOW)
        b = await sources.add("https://b.by/rss", check_interval=600, now=NOW + timedelta(hours=1))
        assert [s.id for s in await sources.due(NOW)] == [a.id]

        await sources.record_failure(
            a.id, now=NOW, error="HTTP 500", next_check_at=NOW + timedelta(minutes=10), pause=False
        )
        failed = await sources.get(a.id)
        assert failed.consecutive_failures == 1 and failed.last_error == "HTTP 500"
        assert failed.last_error_at == NOW and failed.enabled
        assert await sources.due(NOW) == []

        await sources.record_failure(a.id, now=NOW, error="HTTP 500", next_check_at=NOW, pause=True)
        paused = await sources.get(a.id)
        assert not paused.enabled and paused.consecutive_failures == 2
        assert [s.id for s in await sources.due(NOW + timedelta(hours=2))] == [b.id]

        assert await sources.set_enabled(a.id, True, now=NOW)
        resumed = await sources.get(a.id)
        assert resumed.enabled and resumed.consecutive_failures == 0

        await sources.record_success(
            a.id, now=NOW, next_check_at=NOW + timedelta(minutes=10), title="Feed A", etag='"v1"'
        )
        ok = await sources.get(a.id)
        assert ok.title == "Feed A" and ok.etag == '"v1"' and ok.last_success_at == NOW
        assert ok.last_error == "HTTP 500"  # kept for operators, the streak is what resets
        await sources.record_success(a.id, now=NOW, next_check_at=NOW, title="Renamed", etag=None)
        assert (await sources.get(a.id)).etag == '"v1"'


async def test_articles_are_never_duplicated(database: Path | str) -> None:
    async with open_database(database) as db:
        source = await SourceRepository(db).add("https://a.by/rss", check_interval=600, now=NOW)
        articles = ArticleRepository(db)
        first = await articles.add_many(
            [article("https://a.by/1", guid="g1", source_id=source.id), article("https://a.by/2")]
        )
        assert len(first) == 2
        again = await articles.add_many(
            [
                article("https://a.by/1"),  # same URL
                article("https://a.by/1-moved", guid="g1", source_id=source.id),  # same guid
                article("https://a.by/3"),
            ]
        )
        assert len(again) == 1
        assert await articles.count() == 3
        assert await articles.known_urls(["https://a.by/1", "https://a.by/9"]) == {"https://a.by/1"}
        assert await articles.count_by_source() == {source.id: 1}


async def test_latest_is_newest_first_with_undated_by_fetch_time(database: Path | str) -> None:
    async with open_database(database) as db:
        articles = ArticleRepository(db)
        await articles.add_many(
            [
                article("https://a.by/old", published=NOW - timedelta(days=2)),
                article("https://a.by/new", published=NOW + timedelta(hours=1)),
                article("https://a.by/undated", published=None),
            ]
        )
        urls = [a.url for a in await articles.latest(limit=10)]
        assert urls == ["https://a.by/new", "https://a.by/undated", "https://a.by/old"]
        assert [a.url for a in await articles.latest(limit=1, offset=2)] == ["https://a.by/old"]


async def test_many_readings_saved_at_once_are_each_stored_and_indexed(
    database: Path | str,
) -> None:
    """More readings than one statement takes, one article given twice (its last reading
    holds), then read again: each row and the search index as one save after another."""
    async with open_database(database) as db:
        ids = await ArticleRepository(db).add_many(
            [article(f"https://a.by/{n}") for n in range(1100)]
        )
        analysis = AnalysisRepository(db)

        def reading(n: int, word: str) -> Analysis:
            return Analysis(n % 2 == 0, ("BY", "KZ"), f'{{"n": {n}}}', 3, bytes([n % 256]) * 8,
                            f"{word} слово{n}")  # fmt: skip

        await analysis.save_many(
            [(article_id, reading(n, "первое"), None) for n, article_id in enumerate(ids)]
            + [(ids[7], reading(7, "последнее"), None)]
        )
        search = SearchRepository(db)
        assert await search.raw_match('"слово1099"') == [ids[1099]]
        assert await search.raw_match('"последнее"') == [ids[7]]
        assert len(await search.raw_match('"первое"', limit=2000)) == 1099
        await analysis.save_many([(ids[1099], reading(1099, "второе"), None)])
        assert await search.raw_match('"второе"') == [ids[1099]]
        still = await search.raw_match('"первое"', limit=2000)
        assert len(still) == 1098 and ids[1099] not in still
        async with db.connection.execute(
            "SELECT id, relevant, facts_json, extractor_version, signature FROM articles "
            "ORDER BY id"
        ) as cursor:
            rows = [tuple(row) async for row in cursor]
    assert rows == [
        (article_id, int(n % 2 == 0), f'{{"n": {n}}}', 3, bytes([n % 256]) * 8)
        for n, article_id in enumerate(ids)
    ]


async def test_the_search_index_follows_each_article(database: Path | str) -> None:
    """An article's lemmas read, changed, taken away, written with the article, and the
    article deleted: the index (FTS5's table; PostgreSQL's narrow table of vectors, kept by
    triggers) finds each article by its lemmas of the moment, on either engine."""
    async with open_database(database) as db:
        ids = await ArticleRepository(db).add_many([article(f"https://a.by/{n}") for n in range(3)])
        await AnalysisRepository(db).save_many(
            [
                (article_id, Analysis(True, ("BY",), "{}", 3, b"s", f"{word} общее"), None)
                for article_id, word in zip(ids, ["альфа", "бета", "гамма"], strict=True)
            ]
        )
        search = SearchRepository(db)
        assert sorted(await search.raw_match('"общее"')) == sorted(ids)
        async with db.transaction() as conn:
            await conn.execute("UPDATE articles SET search_lemmas = NULL WHERE id = ?", (ids[0],))
            await conn.execute("DELETE FROM articles WHERE id = ?", (ids[1],))
            await conn.execute(
                "UPDATE articles SET search_lemmas = 'дельта' WHERE id = ?", (ids[2],)
            )
            await conn.execute(
                "INSERT INTO articles (url, title, fetched_at, content_hash, search_lemmas) "
                "VALUES ('https://a.by/new', 'new', '2025-03-01T12:00:00Z', 'h', 'эпсилон общее')"
            )
        conn = db.connection
        async with conn.execute("SELECT id FROM articles WHERE url = 'https://a.by/new'") as cursor:
            new = (await cursor.fetchone())[0]
        for word in ("альфа", "бета", "гамма"):
            assert await search.raw_match(f'"{word}"') == []
        assert await search.raw_match('"дельта"') == [ids[2]]
        assert await search.raw_match('"общее"') == [new]
        if db.dialect == "postgresql":  # a row for each article with lemmas, no other
            async with conn.execute("SELECT article_id FROM article_search ORDER BY 1") as cursor:
                assert [row[0] async for row in cursor] == [ids[2], new]


async def test_postgresql_search_vectors_move_to_their_own_table(
    pg_server: PostgresServer,
) -> None:
    """Migration 13 on a database of schema 12: each article with lemmas gets its row of the
    narrow table (the vector its generated column held, unpacked if it was compressed
    before step 12), the column goes, search finds the same articles, and the triggers
    keep the new table from then on."""
    import asyncpg

    from storage.migrations import POSTGRES_MIGRATIONS

    long = " ".join(f"слово{n}" for n in range(400))  # a vector of ~8 KB, compressible
    url = pg_server.new_database()
    connection = await asyncpg.connect(url)
    try:
        await connection.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
        for version in (10, 11, 12):
            if version == 12:  # written before step 12: compressed
                await connection.executemany(
                    "INSERT INTO articles (url, title, fetched_at, content_hash, search_lemmas) "
                    "VALUES ($1, 't', '2025-03-01T12:00:00Z', 'h', $2)",
                    [
                        ("https://a.by/1", "трактор сборка"),
                        ("https://a.by/2", None),
                        ("https://a.by/3", "сборка комбайн сборка"),
                        ("https://a.by/4", long),
                    ],
                )
            await connection.execute(POSTGRES_MIGRATIONS[version])
            await connection.execute("INSERT INTO schema_version VALUES ($1)", version)
        assert await connection.fetchval(
            "SELECT pg_column_compression(search_vector) FROM articles WHERE url = $1",
            "https://a.by/4",
        )
    finally:
        await connection.close()
    async with open_database(url) as db:
        assert await db.schema_version() == 13
        async with db.connection.execute(
            "SELECT a.url, s.search_vector = to_tsvector('simple', a.search_lemmas), "
            "pg_column_compression(s.search_vector) FROM article_search s "
            "JOIN articles a ON a.id = s.article_id ORDER BY a.url"
        ) as cursor:
            rows = [tuple(row) async for row in cursor]
        assert rows == [(f"https://a.by/{n}", True, None) for n in (1, 3, 4)]
        async with db.connection.execute(
            "SELECT count(*) FROM information_schema.columns "
            "WHERE table_name = 'articles' AND column_name = 'search_vector'"
        ) as cursor:
            assert (await cursor.fetchone())[0] == 0
        search = SearchRepository(db)
        assert len(await search.raw_match('"сборка"')) == 2
        async with db.transaction() as conn:
            await conn.execute(
                "UPDATE articles SET search_lemmas = 'сборка' WHERE url = 'https://a.by/2'"
            )
        assert len(await search.raw_match('"сборка"')) == 3


async def test_failed_write_leaves_nothing_half_done(tmp_path: Path) -> None:
    async with open_database(tmp_path / "db.sqlite") as db:
        articles = ArticleRepository(db)
        broken = article("https://a.by/2")
        object.__setattr__(broken, "title", None)  # violates NOT NULL mid-batch
        with pytest.raises(aiosqlite.IntegrityError):
            await articles.add_many([article("https://a.by/1"), broken])
        assert await articles.count() == 0
        assert len(await articles.add_many([article("https://a.by/1")])) == 1


async def test_a_change_only_turnover_fact_is_stored_without_an_approximation(
    tmp_path: Path,
) -> None:
    path = tmp_path / "v5.sqlite"
    async with open_database(path, target_version=5) as old:
        await old.connection.execute(
            "INSERT INTO articles (url, title, fetched_at, content_hash) "
            "VALUES ('https://belta.by/1', 'T', '2025-01-01T00:00:00Z', 'h')"
        )
        await old.connection.execute(
            "INSERT INTO turnover_facts (article_id, pair, amount, currency, approx, kind, quote, "
            "stated_at) VALUES (1, 'BY-KZ', 1e9, 'USD', 'over', 'actual', 'q', "
            "'2025-01-01T00:00:00Z')"
        )
    async with open_database(path) as upgraded:
        await upgraded.connection.execute(
            "INSERT INTO turnover_facts (article_id, pair, change_pct, kind, quote, stated_at) "
            "VALUES (1, 'BY-KZ', 20, 'actual', 'вырос на 20%', '2025-01-01T00:00:00Z')"
        )
        facts = await AnalysisRepository(upgraded).turnover("BY-KZ")
    assert {(f.record.amount, f.record.approx) for f in facts} == {(None, None), (1e9, "over")}


# What only one engine has, on purpose: the leases several PostgreSQL processes share
# (SQLite has one process), the search vectors' table (SQLite's index is the FTS5 table of
# the same name, whose shadow tables are left out above), and PostgreSQL's own schema
# history (SQLite keeps it in `PRAGMA user_version`).
POSTGRES_ONLY = {
    ("sources", "leased_until"),
    ("sources", "leased_by"),
    ("outbox", "leased_until"),
    ("outbox", "leased_by"),
    ("outbox", "sending_since"),
    ("article_search", "article_id"),
    ("article_search", "search_vector"),
    ("schema_version", "version"),
}


async def test_every_migration_has_its_postgresql_twin(
    tmp_path: Path, pg_server: PostgresServer
) -> None:
    """A step added to MIGRATIONS without its twin in POSTGRES_MIGRATIONS (or a twin that
    forgets a column) fails here: storage/migrations.py says how to write one."""
    from storage.migrations import POSTGRES_BASE, POSTGRES_MIGRATIONS

    steps = set(range(POSTGRES_BASE, len(MIGRATIONS) + 1))
    assert set(POSTGRES_MIGRATIONS) == steps, (
        f"PostgreSQL twins missing for {sorted(steps - set(POSTGRES_MIGRATIONS))}, "
        f"or without a SQLite step: {sorted(set(POSTGRES_MIGRATIONS) - steps)}"
    )

    lite: set[tuple[str, str]] = set()
    async with open_database(tmp_path / "db.sqlite") as db:
        async with db.connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'article_search%'"
        ) as cursor:
            tables = [row[0] for row in await cursor.fetchall()]
        for table in tables:
            async with db.connection.execute(f"PRAGMA table_info({table})") as cursor:
                lite |= {(table, row[1]) for row in await cursor.fetchall()}
    pg: set[tuple[str, str]] = set()
    async with open_database(pg_server.new_database()) as db:
        assert await db.schema_version() == len(MIGRATIONS)
        async with db.connection.execute(
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE table_schema = 'public'"
        ) as cursor:
            pg = {(row[0], row[1]) for row in await cursor.fetchall()}
    assert lite - pg == set(), "columns SQLite has and PostgreSQL lacks"
    assert pg - lite == POSTGRES_ONLY, "columns PostgreSQL has and SQLite lacks"
