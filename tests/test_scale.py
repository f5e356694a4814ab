"""Scale without changing what is answered: story filters walk an index of tags kept in step
by triggers; timers read the articles still to read by index; extraction in worker
processes gives the readings a thread gives."""

from __future__ import annotations

import itertools
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.app import open_app
from bot.settings import Settings
from services.analysis import POOL_AT
from storage import (
    Analysis,
    AnalysisRepository,
    ArticleRepository,
    NewArticle,
    SearchFilters,
    open_database,
)
from tests.feeds import cooperation_items, rss

NOW = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
OUTLETS = ("БелТА", "Kazinform", "Курсив")
PAIRS = (("BY", "KZ"), ("BY", "KG"), ("KG", "KZ"))


def _article(n: int) -> NewArticle:
    return NewArticle(
        url=f"https://a.by/{n}",
        title=f"Статья {n}",
        outlet=OUTLETS[n % 3],
        summary="",
        body="текст",
        published_at=NOW - timedelta(hours=n),
        fetched_at=NOW,
        content_hash=str(n),
    )


def _analysis(countries: tuple[str, ...]) -> Analysis:
    return Analysis(True, countries, "{}", 1, None)


async def _archive(analysis: AnalysisRepository, articles: ArticleRepository) -> list[int]:
    """Twelve articles in six stories of three pairs, one moved to another story later."""
    ids = await articles.add_many([_article(n) for n in range(12)])
    async with analysis.writing() as writer:
        stories = []
        for n in range(6):
            stories.append(
                writer.create_story(f"Story {n}", PAIRS[n % 3], NOW - timedelta(days=3 * n))
            )
        for n, article_id in enumerate(ids):
            story = stories[n // 2]
            writer.extend_story(story, NOW - timedelta(hours=n))
            writer.save(article_id, _analysis(PAIRS[(n // 2) % 3]), story)
    async with analysis.writing() as writer:  # article 0 (БелТА) now retells story 5
        writer.save(ids[0], _analysis(PAIRS[2]), stories[5])
        writer.extend_story(stories[5], NOW + timedelta(hours=1))
    return stories


def _expected(rows: list[tuple[int, str, str, set[str]]], filters: SearchFilters) -> list[int]:
    """Stories by brute force: (id, countries, last seen, outlets), newest first."""
    found = []
    for story_id, countries, last_seen, outlets in rows:
        codes = set(countries.split(","))
        if filters.countries and not set(filters.countries) <= codes:
            continue
        if filters.since and last_seen < filters.since.strftime("%Y-%m-%dT%H:%M:%SZ"):
            continue
        if filters.outlet and filters.outlet.casefold() not in outlets:
            continue
        found.append((last_seen, story_id))
    return [story_id for _, story_id in sorted(found, reverse=True)]


async def test_story_filters_give_what_a_scan_of_every_story_gives(tmp_path: Path) -> None:
    async with open_database(tmp_path / "db.sqlite") as db:
        analysis, articles = AnalysisRepository(db), ArticleRepository(db)
        await _archive(analysis, articles)
        async with db.connection.execute(
            "SELECT s.id, s.countries, s.last_seen_at, group_concat(lower(a.outlet), '|') "
            "FROM stories s LEFT JOIN articles a ON a.story_id = s.id GROUP BY s.id"
        ) as cursor:
            rows = [
                (r[0], r[1], r[2], {o.casefold() for o in (r[3] or "").split("|")})
                async for r in cursor
            ]
        choices = [(), ("KZ",), ("KG",), ("BY", "KZ"), ("KZ", "KG"), ("AZ",), ("KZ", "BY", "KG")]
        for countries, since, outlet in itertools.product(
            choices, (None, NOW - timedelta(days=7)), (None, "белта", "KAZINFORM", "СТВ")
        ):
            filters = SearchFilters(countries=countries, since=since, outlet=outlet)
            got = [s.id for s in await analysis.stories(limit=50, filters=filters)]
            assert got == _expected(rows, filters), filters
            assert await analysis.count_stories(filters, cap=100) == len(got)
            assert await analysis.count_stories(filters, cap=1) == min(1, len(got))


async def test_an_archive_from_before_the_tags_is_tagged_when_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite"
    async with open_database(path, target_version=9) as db:
        article_ids = []
        for n in range(4):
            item = _article(n)
            cursor = await db.connection.execute(
                "INSERT INTO articles (url, title, outlet, published_at, fetched_at, "
                "content_hash) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
                (item.url, item.title, item.outlet, f"2025-02-2{n}T00:00:00Z",
                 "2025-03-01T00:00:00Z", str(n)),
            )  # fmt: skip
            article_ids.append((await cursor.fetchone())[0])
            await cursor.close()
        for n, countries in enumerate(("BY,KZ", "BY,KG")):
            await db.connection.execute(
                "INSERT INTO stories (id, title, countries, first_seen_at, last_seen_at) "
                "VALUES (?, 't', ?, '2025-02-20T00:00:00Z', ?)",
                (n + 1, countries, f"2025-02-2{n + 1}T00:00:00Z"),
            )
        for n, article_id in enumerate(article_ids):
            await db.connection.execute(
                "UPDATE articles SET story_id = ? WHERE id = ?", (n % 2 + 1, article_id)
            )
        await db.connection.commit()
    async with open_database(path) as db:
        analysis = AnalysisRepository(db)
        kazakh = await analysis.stories(limit=5, filters=SearchFilters(countries=("KZ",)))
        assert [s.id for s in kazakh] == [1]
        by_outlet = await analysis.stories(limit=5, filters=SearchFilters(outlet="kazinform"))
        assert [s.id for s in by_outlet] == [2]  # articles 1 and 3 of Kazinform
        assert [s.id for s in await analysis.stories(limit=5, filters=SearchFilters(
            countries=("KZ", "BY"), outlet="Курсив"))] == [1]  # fmt: skip


async def test_timers_read_the_articles_to_read_by_index(tmp_path: Path) -> None:
    """The poll tick's and the upgrade's queries walk an index, never the whole table."""
    async with open_database(tmp_path / "db.sqlite") as db:
        for query, parameters in (
            ("SELECT * FROM articles a WHERE a.extractor_version IS NULL "
             "ORDER BY coalesce(a.published_at, a.fetched_at), a.id LIMIT 5", ()),
            ("SELECT * FROM articles a WHERE a.extractor_version = ? "
             "ORDER BY coalesce(a.published_at, a.fetched_at), a.id LIMIT 5", (1,)),
            ("SELECT min(extractor_version) FROM articles "
             "WHERE extractor_version > ? AND extractor_version < ?", (-1, 3)),
        ):  # fmt: skip
            async with db.connection.execute(f"EXPLAIN QUERY PLAN {query}", parameters) as c:
                plan = " ".join(str(row[3]) for row in await c.fetchall())
            assert "USING" in plan and "INDEX articles_to_read" in plan, plan
            assert "TEMP B-TREE" not in plan, plan


async def test_outdated_articles_come_oldest_first_across_versions(tmp_path: Path) -> None:
    async with open_database(tmp_path / "db.sqlite") as db:
        articles, analysis = ArticleRepository(db), AnalysisRepository(db)
        ids = await articles.add_many([_article(n) for n in range(6)])
        for n, article_id in enumerate(ids):  # versions 1, 2, 1, 2, … and one current
            version = 3 if n == 0 else 1 + n % 2
            await analysis.save_many([(article_id, Analysis(False, (), "{}", version, None), None)])
        outdated = await analysis.outdated(3, limit=4)
        assert [article.id for article, _ in outdated] == list(reversed(ids[2:]))


def _feed(count: int) -> bytes:
    return rss(cooperation_items(count, title="Пул", hours_apart=5))


async def _read_with(settings: Settings, workers: int, body: bytes) -> list[tuple[object, ...]]:
    settings = settings.model_copy(update={"extract_workers": workers})
    async with open_app(settings) as app:
        assert app.analyst._workers == workers
        await app.ingestor.ingest_document(body)
        async with app.db.connection.execute(
            "SELECT url, relevant, facts_json, story_id, search_lemmas, signature "
            "FROM articles ORDER BY id"
        ) as cursor:
            return [tuple(row) async for row in cursor]


async def test_worker_processes_read_as_a_thread_reads(settings: Settings, tmp_path: Path) -> None:
    body = _feed(POOL_AT + 5)
    in_thread = await _read_with(
        settings.model_copy(update={"database_path": tmp_path / "a.db"}), 1, body
    )
    in_processes = await _read_with(
        settings.model_copy(update={"database_path": tmp_path / "b.db"}), 2, body
    )
    assert len(in_thread) == POOL_AT + 5
    assert in_processes == in_thread
    assert any(json.loads(row[2])["relevant"] for row in in_thread)


def test_a_parts_length_is_worked_out_as_rendering_it_would_give() -> None:
    import random

    from views.split import _Lengths, _Reader, _render, _utf16_length

    pieces = ["<b>", "</b>", "<i>", "</i>", '<a href="https://x.org/?a=1&amp;b=2">', "</a>",
              "слово ", "a & b ", "1 < 2 > 0 ", "\n\n", "😀 ", "x" * 50]  # fmt: skip
    chance = random.Random(1)
    for _ in range(300):
        reader = _Reader(max_tag=1000)
        reader.feed("".join(chance.choice(pieces) for _ in range(chance.randint(1, 40))))
        reader.close()
        length = _Lengths(reader.text, reader.runs)
        for _ in range(10):
            start = chance.randint(0, len(reader.text))
            end = chance.randint(start, len(reader.text))
            rendered = _render(reader.text, reader.runs, start, end)
            assert length(start, end) == _utf16_length(rendered)


def test_the_bots_html_is_read_as_htmlparser_reads_it() -> None:
    """split_message reads the bot's own HTML with regular expressions and anything else
    with HTMLParser: the same text and runs of tags either way (the parts are cut from
    them alone)."""
    import random

    from views.split import _read_plain_html, _Reader

    simple = ["<b>", "</b>", "<I>", "</i >", '<a href="https://x.org/?a=1&amp;b=2">', "</a>",
              "<a href='https://e.org/'>", '<a href="' + "y" * 3000 + '">', "</u>", "слово ",
              "a &amp; b ", "&lt;3 ", "&#8212;", "&nbsp;", "&amp", "&unknown;", "\n\n", "\n",
              "😀 ", "x" * 50, " "]  # fmt: skip
    other = ["<br/>", "<!-- c -->", "a < b", "<tg-spoiler>", "<script>", "1 > 0"]
    chance = random.Random(3)
    read_fast = 0
    for round_ in range(600):
        pieces = simple + (other if round_ % 3 == 0 else [])
        text = "".join(chance.choice(pieces) for _ in range(chance.randint(1, 300)))
        max_tag = chance.choice([15, 75, 1024])  # a quarter of a part's limit
        fast, slow = _Reader(max_tag=max_tag), _Reader(max_tag=max_tag)
        slow.feed(text)
        slow.close()
        if _read_plain_html(text, fast):
            read_fast += 1
            assert (fast.text, fast.runs) == (slow.text, slow.runs)
        else:
            assert (fast.text, fast.runs) == ("", [])  # left for HTMLParser, untouched
    assert read_fast >= 350


def test_the_language_is_guessed_from_letter_counts_as_one_by_one_counting_gives() -> None:
    import random

    from news.text import guess_language

    def by_letter(text: str) -> str | None:
        letters = [ch for ch in text[:2000] if ch.isalpha()]
        if not letters:
            return None
        cyrillic = sum(1 for ch in letters if "\u0400" <= ch <= "\u04ff")
        if cyrillic / len(letters) > 0.5:
            kazakh = sum(1 for ch in letters if ch in "әғқңөұүһіӘҒҚҢӨҰҮҺІ")
            return "kk" if kazakh / len(letters) > 0.02 else "ru"
        return "en"

    alphabet = "абвгдеёжзABCDEF әғқңөұүһіӘҒҚҢӨҰҮҺІ҂҃҄0123456789 ,.!Ѐѐ\u0489ӿ"
    chance = random.Random(2)
    for _ in range(2000):
        text = "".join(chance.choice(alphabet) for _ in range(chance.randint(0, 60)))
        assert guess_language(text) == by_letter(text), text
