import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.logs import RedactFilter
from bot.settings import TELEGRAM_API_DEFAULT, SettingsError, load_settings


def test_defaults_and_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPERATOR_IDS", "123, 456;789")
    monkeypatch.setenv("TELEGRAM_API_URL", "http://127.0.0.1:8081/")
    monkeypatch.setenv("BOT_TOKEN", "123456:ABC-def_GHI")
    settings = load_settings(_env_file=None)
    assert settings.operator_ids == frozenset({123, 456, 789})
    assert settings.telegram_api_url == "http://127.0.0.1:8081"
    assert str(settings.database_path) == "data/coopnews.db"
    assert "ABC-def" not in repr(settings)


def test_env_file_is_read(tmp_path: Path) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text("POLL_INTERVAL=1200\nLOG_LEVEL=debug\nTELEGRAM_API_URL=\n")
    settings = load_settings(_env_file=env_file)
    assert settings.poll_interval == 1200
    assert settings.log_level == "DEBUG"
    assert settings.telegram_api_url == TELEGRAM_API_DEFAULT


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("POLL_INTERVAL", "5"),
        ("OPERATOR_IDS", "alice,bob"),
        ("TELEGRAM_API_URL", "ftp://x"),
        ("LOG_LEVEL", "LOUD"),
        ("BOT_TOKEN", "not-a-token"),
        ("HTTP_TIMEOUT", "-1"),
        ("WEBHOOK_URL", "telegram.example.org/hook"),
    ],
)
def test_invalid_setting_is_named(monkeypatch: pytest.MonkeyPatch, name: str, value: str) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(SettingsError) as caught:
        load_settings(_env_file=None)
    message = str(caught.value)
    assert message.startswith(f"Invalid setting {name}:")
    assert "\n" not in message


def test_invalid_setting_stops_start_up_with_one_line(tmp_path: Path) -> None:
    env = {**os.environ, "BOT_TOKEN": "999:supersecret", "POLL_INTERVAL": "soon"}
    result = subprocess.run(
        [sys.executable, "-m", "bot"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("coopnews: Invalid setting POLL_INTERVAL:")
    assert "supersecret" not in result.stderr


def test_token_is_redacted_from_log_records() -> None:
    import logging

    record = logging.LogRecord(
        "x", logging.INFO, "f", 1, "POST %s failed", ("https://api/bot1:SECRET/getMe",), None
    )
    assert RedactFilter(["1:SECRET"]).filter(record)
    assert record.getMessage() == "POST https://api/bot[redacted]/getMe failed"
