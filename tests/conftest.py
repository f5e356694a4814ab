from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from aiogram import Bot, Dispatcher
from aiogram.client.default import DefaultBotProperties
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.enums import ParseMode

from bot.app import App, build_dispatcher, open_app
from bot.settings import Settings
from delivery.sender import DeliveryLimits, Limiter, ReplyPacing
from tests.fake_telegram import BOT_TOKEN, FakeTelegram
from tests.feed_server import FeedServer
from tests.servers import PostgresServer, RedisServer, postgres_server, redis_server

FIXTURES = Path(__file__).parent / "fixtures"
OPERATOR_ID = 7001
BACKENDS = ("sqlite", "postgresql")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "backends: run the test on SQLite and on PostgreSQL (a real server)"
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Tests of modules marked `backends` run once per database engine."""
    if "backend" in metafunc.fixturenames and metafunc.definition.get_closest_marker("backends"):
        metafunc.parametrize("backend", BACKENDS)


@pytest.fixture
def backend() -> str:
    return "sqlite"


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    """One PostgreSQL server for the session (each test gets a database of its own).
    Missing binaries are an error, never a skip: CI requires both engines."""
    with postgres_server() as server:
        yield server


@pytest.fixture(scope="session")
def redis() -> Iterator[RedisServer]:
    with redis_server() as server:
        yield server


@pytest.fixture
def database(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Path | str:
    """The test's own empty database: a SQLite file, or a new PostgreSQL database's URL."""
    if backend == "postgresql":
        server: PostgresServer = request.getfixturevalue("pg_server")
        return server.new_database()
    return tmp_path / "coopnews.db"


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Tests never see the developer's BOT_TOKEN, .env or database."""
    for name in Settings.model_fields:
        monkeypatch.delenv(name.upper(), raising=False)
    monkeypatch.chdir(tmp_path)


@pytest.fixture
def settings(tmp_path: Path, database: Path | str) -> Settings:
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        database_path=tmp_path / "coopnews.db",
        database_url=str(database) if isinstance(database, str) else None,
        default_sources=False,
        http_timeout=2.0,
        max_feed_bytes=256 * 1024,
        article_min_chars=0,
        allow_private_sources=True,  # the test feeds live on 127.0.0.1
        operator_ids=frozenset({OPERATOR_ID}),
    )


@pytest.fixture
async def app(settings: Settings) -> AsyncIterator[App]:
    async with open_app(settings) as opened:
        yield opened


@pytest.fixture
async def feed_server() -> AsyncIterator[FeedServer]:
    server = FeedServer()
    await server.start()
    yield server
    await server.close()


@pytest.fixture
async def telegram() -> AsyncIterator[FakeTelegram]:
    server = FakeTelegram()
    await server.start()
    yield server
    await server.close()


@pytest.fixture
async def bot(telegram: FakeTelegram) -> AsyncIterator[Bot]:
    """A Bot like production's: replies paced by a limiter (loose here, so tests stay fast;
    the pacing tests build one with Telegram's limits)."""
    session = AiohttpSession(api=TelegramAPIServer.from_base(telegram.base_url))
    loose = DeliveryLimits(global_per_second=1000, chat_per_second=1000, group_per_minute=1000)
    session.middleware(ReplyPacing(Limiter(loose)))
    client = Bot(
        BOT_TOKEN,
        session=session,
        default=DefaultBotProperties(parse_mode=ParseMode.HTML, link_preview_is_disabled=True),
    )
    yield client
    await client.session.close()


@pytest.fixture
def dispatcher(app: App) -> Dispatcher:
    return build_dispatcher(app)
