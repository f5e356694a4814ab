"""Draw docs/turnover_chart.png (and docs/turnover_chart_en.png) from the database the trust
tests check (tests/trust_data.py): several outlets, full years, parts of years, conflicting
statistics, a statement without a period, a target and a forecast.

Run from the repository root: .venv/bin/python scripts/build_chart_example.py
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.app import open_app  # noqa: E402
from bot.settings import Settings  # noqa: E402
from services.facts import FactsService  # noqa: E402
from tests import trust_data  # noqa: E402
from views.charts import turnover_chart  # noqa: E402
from views.i18n import texts_for  # noqa: E402


async def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(
            _env_file=None,  # type: ignore[call-arg]
            database_path=Path(folder) / "example.db",
            default_sources=False,
        )
        async with open_app(settings) as app:
            await trust_data.load(app)
            facts = FactsService(app.analysis, clock=lambda: trust_data.NOW)
            report = await facts.turnover(("BY", "KZ"))
            for texts, name in (
                (texts_for("ru"), "turnover_chart.png"),
                (texts_for("en"), "turnover_chart_en.png"),
            ):
                chart = await turnover_chart(report, texts)
                assert chart is not None
                (ROOT / "docs" / name).write_bytes(chart)
                print(f"docs/{name}: {len(chart)} bytes")


if __name__ == "__main__":
    asyncio.run(main())
