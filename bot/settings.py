"""Settings read from the environment and `.env`: built once, inside `main()`."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, ValidationError, ValidationInfo, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from news.extract import DEFAULT_PAIRS
from news.gazetteer import BY_CODE

TELEGRAM_API_DEFAULT = "https://api.telegram.org"


class SettingsError(Exception):
    """Raised with one human-readable line naming the setting that is wrong."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        case_sensitive=False,
    )

    bot_token: SecretStr | None = None
    database_path: Path = Path("data/coopnews.db")
    # A SQLite path, or postgresql://… for the scale-out roles; overrides DATABASE_PATH.
    database_url: str | None = None
    # Redis for the send limits shared by every sender process (PostgreSQL roles).
    redis_url: str | None = None
    # How long a worker's reservation of a source, or a sender's of outbox rows, lasts.
    lease_seconds: int = Field(default=60, ge=5, le=3600)
    sender_batch: int = Field(default=50, ge=1, le=1000)
    telegram_api_url: str = TELEGRAM_API_DEFAULT
    operator_ids: Annotated[frozenset[int], NoDecode] = frozenset()

    poll_interval: int = Field(default=900, ge=60, le=7 * 24 * 3600)
    poll_tick: int = Field(default=30, ge=1, le=3600)
    fetch_concurrency: int = Field(default=4, ge=1, le=64)
    http_timeout: float = Field(default=20.0, gt=0, le=300)
    max_feed_bytes: int = Field(default=5 * 1024 * 1024, ge=1024, le=100 * 1024 * 1024)
    max_redirects: int = Field(default=5, ge=0, le=20)
    max_failures: int = Field(default=10, ge=1, le=1000)
    article_min_chars: int = Field(default=600, ge=0)
    source_time_budget: float = Field(default=300.0, ge=5, le=3600)
    page_timeout: float = Field(default=15.0, gt=0, le=300)
    page_budget: float = Field(default=60.0, gt=0, le=3600)
    page_concurrency: int = Field(default=4, ge=1, le=64)
    extract_max_chars: int = Field(default=20_000, ge=1000, le=1_000_000)
    # Worker processes for extraction; 0: one per core when there are several, else none.
    extract_workers: int = Field(default=0, ge=0, le=64)
    country_pairs: Annotated[tuple[tuple[str, str], ...], NoDecode] = DEFAULT_PAIRS
    default_sources: bool = True
    allow_private_sources: bool = False
    failure_alert_threshold: int = Field(default=5, ge=1, le=1000)
    log_level: str = "INFO"
    saved_query_days: int = Field(default=30, ge=1, le=3650)
    opml_max_bytes: int = Field(default=512 * 1024, ge=1024, le=20 * 1024 * 1024)
    opml_max_sources: int = Field(default=200, ge=1, le=100_000)

    digest_time: str = "09:00"
    digest_timezone: str = "Asia/Almaty"
    send_global_per_second: int = Field(default=30, ge=1, le=1000)
    send_chat_per_second: int = Field(default=1, ge=1, le=100)
    send_group_per_minute: int = Field(default=20, ge=1, le=1000)
    send_concurrency: int = Field(default=8, ge=1, le=100)
    send_retry_hours: float = Field(default=24.0, gt=0, le=24 * 14)
    send_timeout: float = Field(default=60.0, ge=5, le=600)

    webhook_url: str | None = None
    webhook_host: str = "0.0.0.0"
    webhook_port: int = Field(default=8080, ge=1, le=65535)
    webhook_secret: SecretStr | None = None

    @property
    def database(self) -> Path | str:
        """Where the data lives: DATABASE_URL when set (a path or a PostgreSQL URL)."""
        if self.database_url:
            if self.database_url.startswith(("postgresql://", "postgres://")):
                return self.database_url
            return Path(self.database_url.removeprefix("sqlite:///"))
        return self.database_path

    @property
    def on_postgres(self) -> bool:
        return isinstance(self.database, str)

    @field_validator("operator_ids", mode="before")
    @classmethod
    def _split_ids(cls, value: Any) -> Any:
        if isinstance(value, str):
            parts = [part for part in value.replace(";", ",").split(",") if part.strip()]
            try:
                return frozenset(int(part.strip()) for part in parts)
            except ValueError as error:
                raise ValueError("expected Telegram user ids separated by commas") from error
        return value

    @field_validator("country_pairs", mode="before")
    @classmethod
    def _pairs(cls, value: Any) -> Any:
        if not isinstance(value, str):
            return value
        pairs = []
        for item in filter(None, (part.strip() for part in value.split(","))):
            codes = item.upper().split("-")
            if len(codes) != 2 or not all(code in BY_CODE for code in codes):
                known = ", ".join(BY_CODE)
                raise ValueError(f"expected pairs like BY-KZ,BY-KG of the countries {known}")
            pairs.append((codes[0], codes[1]))
        if not pairs:
            raise ValueError("expected at least one pair, like BY-KZ")
        return tuple(pairs)

    @field_validator("telegram_api_url", "webhook_url")
    @classmethod
    def _http_url(cls, value: str | None, info: ValidationInfo) -> str | None:
        if value is None or value == "":
            return TELEGRAM_API_DEFAULT if info.field_name == "telegram_api_url" else None
        parts = urlsplit(value)
        if parts.scheme not in {"http", "https"} or not parts.netloc:
            raise ValueError("expected an http:// or https:// URL")
        return value.rstrip("/")

    @field_validator("digest_time")
    @classmethod
    def _digest_time(cls, value: str) -> str:
        hours, _, minutes = value.strip().partition(":")
        if not (hours.isdigit() and minutes.isdigit() and int(hours) < 24 and int(minutes) < 60):
            raise ValueError("expected a time of day like 09:00")
        return f"{int(hours):02d}:{int(minutes):02d}"

    @field_validator("digest_timezone")
    @classmethod
    def _timezone(cls, value: str) -> str:
        try:
            return str(ZoneInfo(value.strip()))
        except (ZoneInfoNotFoundError, ValueError) as error:
            raise ValueError("expected an IANA timezone like Asia/Almaty") from error

    @field_validator("log_level")
    @classmethod
    def _log_level(cls, value: str) -> str:
        level = value.upper()
        if level not in logging.getLevelNamesMapping():
            raise ValueError("expected DEBUG, INFO, WARNING, ERROR or CRITICAL")
        return level

    @field_validator("bot_token")
    @classmethod
    def _token_shape(cls, value: SecretStr | None) -> SecretStr | None:
        if value is None or not value.get_secret_value().strip():
            return None
        token = value.get_secret_value().strip()
        bot_id, _, secret = token.partition(":")
        if not bot_id.isdigit() or not secret:
            raise ValueError("expected the token BotFather gave, like 123456:ABC-DEF")
        return SecretStr(token)

    @property
    def webhook_path(self) -> str:
        return urlsplit(self.webhook_url or "").path or "/webhook"


def load_settings(**overrides: Any) -> Settings:
    """Build settings, turning a validation error into one line that names the setting."""
    try:
        return Settings(**overrides)
    except ValidationError as error:
        first = error.errors()[0]
        name = str(first["loc"][0]).upper() if first["loc"] else "settings"
        # Never echo the offending value: it may be the token.
        raise SettingsError(f"Invalid setting {name}: {first['msg']}") from None
