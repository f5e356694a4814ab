import io
import os
import subprocess
import sys
from pathlib import Path

from bot.app import App, build_dispatcher
from bot.console import ConsoleChat
from tests.feeds import cooperation_items, rss
from views.render import html_to_console


def run_chat(stdin: str, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in {"BOT_TOKEN", "DATABASE_PATH"}}
    return subprocess.run(
        [sys.executable, "-m", "bot", "chat", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=60,
        check=False,
    )


def test_piped_console_answers_latest_with_the_sample_stories(tmp_path: Path) -> None:
    result = run_chat("/start\n/latest\n/nonsense\n", tmp_path)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "coopnews следит за экономическим сотрудничеством" in out
    assert "Свежие новости" in out
    assert "реально довести до полумиллиарда долларов" in out
    assert "СТВ <https://example.org/coopnews/sample/003_" in out
    assert "> · 13.12.2024" in out
    assert "Не знаю команду /nonsense" in out
    assert "<b>" not in out  # HTML is rendered for a terminal
    assert (tmp_path / "data" / "coopnews.db").exists()  # the same database as the bot


def test_console_in_english_and_at_end_of_input_exits(tmp_path: Path) -> None:
    result = run_chat("/latest", tmp_path, "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert "Latest news" in result.stdout
    assert "20 Feb 2025" in result.stdout


async def test_buttons_are_numbered_choices(app: App) -> None:
    await app.ingestor.ingest_bundled_sample()
    await app.ingestor.ingest_document(rss(cooperation_items(3)))
    out = io.StringIO()
    chat = ConsoleChat(build_dispatcher(app), out)
    await chat.handle_line("/latest")
    assert "[1] Старше »" in out.getvalue()
    await chat.handle_line("1")
    after = out.getvalue().split("(изменено)", 1)[1]
    assert "стр. 2 из 2" in after
    assert "[1] « Новее" in after


def test_html_to_console_keeps_links() -> None:
    text = html_to_console('<b>Title &amp; co</b> · <a href="https://a.by/1">читать</a>')
    assert text == "Title & co · читать <https://a.by/1>"


def test_console_subscribes_and_explains_that_it_has_no_channels(tmp_path: Path) -> None:
    result = run_chat("/subscribe\n2\n/channel add @somewhere\n", tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Подписка включена" in result.stdout
    assert "✓ Товарооборот" in result.stdout  # the pressed button took effect
    assert "Не вижу @somewhere" in result.stdout
    assert "Traceback" not in result.stderr


def test_console_in_kazakh_and_commands_that_name_the_bot(tmp_path: Path) -> None:
    result = run_chat("/start@coopnews_bot\n/START\n/latest\n", tmp_path, "--lang", "kk")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    out = result.stdout
    assert out.count("экономикалық ынтымақтастығын бақылайды") == 2
    assert "(түймені басу үшін нөмірін жазыңыз)" in out
    assert "Соңғы жаңалықтар" in out
    assert "type a number" not in out


async def test_console_plays_a_channel_whose_digest_is_posted_in_the_terminal(app: App) -> None:
    from datetime import UTC, datetime, timedelta

    from bot.console import DEMO_CHANNEL_ID
    from storage import ChannelRepository

    await app.ingestor.ingest_bundled_sample()
    out = io.StringIO()
    chat = ConsoleChat(build_dispatcher(app), out, app=app)
    await chat.handle_line("/channel")
    assert "пробный канал @coopnews_demo" in out.getvalue()
    await chat.handle_line("/channel add @coopnews_demo")
    assert "✅ @coopnews_demo подключён" in out.getvalue()
    await chat.handle_line("/channel preview")
    assert "Так он выглядит на историях последних дней" in out.getvalue()
    # Its time comes: the digest is posted in the pretend channel, shown in the terminal.
    now = datetime.now(UTC)
    await ChannelRepository(app.db).set_schedule(
        DEMO_CHANNEL_ID, digest_time="09:00", timezone="Asia/Almaty", next_digest_at=now
    )
    await app.channels.set_post_empty(
        (await ChannelRepository(app.db).get(DEMO_CHANNEL_ID)),  # type: ignore[arg-type]
        True,
    )
    await chat.handle_line("/channel list")
    shown = out.getvalue()
    assert "[@coopnews_demo] " in shown
    stored = await ChannelRepository(app.db).get(DEMO_CHANNEL_ID)
    assert stored is not None and stored.next_digest_at > now + timedelta(minutes=1)


async def test_console_user_is_an_operator(app: App) -> None:
    out = io.StringIO()
    chat = ConsoleChat(build_dispatcher(app), out, app=app)
    await chat.handle_line("/help")
    assert "Команды операторов" in out.getvalue()
    await chat.handle_line("/sources")
    assert "Источников нет" in out.getvalue()


async def test_a_chart_and_a_file_are_named_once_in_the_chats_language(app: App) -> None:
    await app.ingestor.ingest_bundled_sample()
    out = io.StringIO()
    chat = ConsoleChat(build_dispatcher(app), out, app=app)
    await chat.handle_line("/turnover")
    assert "\n[картинка] Товарооборот Беларусь — Казахстан\n" in out.getvalue()
    await chat.handle_line("/lang en")
    await chat.handle_line("/turnover csv")
    shown = out.getvalue()
    assert "\n[document] Trade turnover Belarus — Kazakhstan" in shown
    assert "[[" not in shown


async def test_at_a_terminal_the_prompt_is_where_the_person_types_in_their_language(
    app: App,
) -> None:
    out = io.StringIO()
    chat = ConsoleChat(build_dispatcher(app), out, app=app)
    await chat.run(io.StringIO("/lang kk\n/nonsense\n"), prompt=True)
    shown = out.getvalue()
    # Typed text follows the prompt on its line (a terminal echoes it there).
    assert shown.startswith("вы › Дайын: енді қазақша сөйлеймін.")
    assert "\n\nсіз › /nonsense командасын білмеймін. Командалар тізімі: /help\n" in shown
    assert shown.endswith("\n\nсіз › ")


async def test_a_row_of_buttons_is_a_line_and_a_callbacks_notice_stands_apart(app: App) -> None:
    out = io.StringIO()
    chat = ConsoleChat(build_dispatcher(app), out, app=app)
    await chat.handle_line("/start")
    assert "\n  [1] 📰 Свежие новости   [2] 💰 Товарооборот\n  [3] 🏗 Проекты" in out.getvalue()
    await chat.handle_line("/subscribe")
    await chat.handle_line("14")  # 📅 Раз в день
    shown = out.getvalue()
    assert "[13] ⚡ Сразу   [14] ✓ 📅 Раз в день   [15] 🗓 Раз в неделю\n" in shown
    assert shown.endswith("\n\n  (Сохранено)\n\n")
