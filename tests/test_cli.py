import json
import os
import subprocess
import sys
from pathlib import Path

SEEDS = Path(__file__).parent / "fixtures" / "seeds"


def coopnews(*args: str, stdin: str | None = None, cwd: Path | None = None):
    env = {k: v for k, v in os.environ.items() if k not in {"BOT_TOKEN", "DATABASE_PATH"}}
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=120,
        check=False,
    )


def test_extract_prints_the_schema_for_a_seed() -> None:
    result = coopnews(
        "extract", "--published", "2023-06-21", str(SEEDS / "001_5539bd733e951e9d.txt")
    )
    assert result.returncode == 0, result.stderr
    facts = json.loads(result.stdout)
    assert set(facts) == {"relevant", "countries", "turnover", "projects", "people"}
    [turnover] = facts["turnover"]
    assert turnover["period"] == {"from": "2022-01", "to": "2022-12"}
    assert turnover["amount"] == 1_000_000_000
    assert [p["count"] for p in facts["projects"]] == [8, 2, 4]


def test_extract_reads_standard_input() -> None:
    result = coopnews("extract", "-", stdin="Товарооборот Беларуси и Узбекистана достиг $1,5 млрд.")
    assert result.returncode == 0, result.stderr
    facts = json.loads(result.stdout)
    assert facts["countries"] == ["BY", "UZ"]
    assert facts["turnover"][0]["amount"] == 1_500_000_000


def test_extract_refuses_bad_input_clearly(tmp_path: Path) -> None:
    missing = coopnews("extract", str(tmp_path / "nope.txt"))
    assert missing.returncode == 2
    assert "cannot read" in missing.stderr
    bad_date = coopnews("extract", "--published", "yesterday", "-", stdin="x")
    assert bad_date.returncode == 2
    assert "--published" in bad_date.stderr


def test_reextract_rereads_the_database(tmp_path: Path) -> None:
    assert coopnews("chat", stdin="", cwd=tmp_path).returncode == 0  # loads the sample news
    result = coopnews("reextract", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "re-read 5 articles into 5 stories"
