"""/turnover and /projects are kept per process under each pair's facts version: what a
reader gets after new facts, in this process or another one sharing the database, is the
new report — on SQLite and on PostgreSQL."""

from __future__ import annotations

import pytest

from bot.app import App

pytestmark = pytest.mark.backends


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
