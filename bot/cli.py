"""The `coopnews` command: run the bot (Telegram or console), or one-off operations."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from bot.settings import Settings, SettingsError, load_settings
from domain.numbers import MAX_SOURCE_ID, OutOfRangeError, parse_int
from views.i18n import LANGUAGES

logger = logging.getLogger(__name__)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="coopnews",
        description="Telegram news bot on Belarus–Kazakhstan economic cooperation.",
    )
    commands = parser.add_subparsers(dest="command")
    commands.add_parser(
        "run", help="run the bot: in Telegram when BOT_TOKEN is set, else the console chat"
    )
    chat = commands.add_parser("chat", help="chat with the bot in this terminal (no Telegram)")
    chat.add_argument(
        "--lang", choices=list(LANGUAGES), default="ru", help="your Telegram language"
    )
    chat.add_argument("--poll", action="store_true", help="poll the configured sources first")
    commands.add_parser("poll", help="poll every due source once and print what happened")
    extract = commands.add_parser(
        "extract", help="print the facts of one article as JSON (no database, no network)"
    )
    extract.add_argument(
        "path", nargs="?", default="-", help="a UTF-8 text file, or - for standard input"
    )
    extract.add_argument(
        "--published",
        type=date.fromisoformat,
        help="publication date YYYY-MM-DD, to resolve 'в прошлом году' and the like",
    )
    extract.add_argument(
        "--jsonl",
        action="store_true",
        help="batch mode: JSON lines in ({id, published, text}), JSON lines out ({id, facts})",
    )
    commands.add_parser(
        "reextract", help="read every stored article again with this extractor version"
    )
    sources = commands.add_parser("sources", help="manage the news sources (as an operator)")
    actions = sources.add_subparsers(dest="action", required=True)
    actions.add_parser("list", help="every source with its state")
    add = actions.add_parser("add", help="fetch, check and add a feed (or a page announcing one)")
    add.add_argument("url")
    add.add_argument("--title", default="")
    for name in ("remove", "pause", "resume"):
        actions.add_parser(name, help=f"{name} a source").add_argument("id", type=int)
    interval = actions.add_parser("interval", help="how often to check a source")
    interval.add_argument("id", type=int)
    interval.add_argument("minutes", type=int)
    actions.add_parser("import", help="add the feeds of an OPML file").add_argument("file")
    actions.add_parser("export", help="print the sources as OPML")
    commands.add_parser("web", help="a webhook replica (PostgreSQL and Redis; N of them)")
    commands.add_parser(
        "worker", help="polling, analysis, alerts and digests (PostgreSQL; N of them)"
    )
    commands.add_parser("sender", help="send the outbox (PostgreSQL and Redis; N of them)")
    commands.add_parser("set-webhook", help="point Telegram at WEBHOOK_URL (a deploy step)")
    outbox = commands.add_parser("outbox", help="messages that were not delivered")
    steps = outbox.add_subparsers(dest="action", required=True)
    steps.add_parser("failed", help="failed and unanswered messages, newest first")
    again = steps.add_parser("retry", help="queue undelivered messages again")
    again.add_argument("id", help="a message number from 'outbox failed', or all")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "sources" and (problem := _out_of_range(args)):
        print(f"coopnews: {problem}", file=sys.stderr)
        return 2
    if args.command == "extract":
        if args.jsonl:
            return _extract_lines(args.path)
        return _extract(args.path, args.published)
    try:
        settings = load_settings()
    except SettingsError as error:
        print(f"coopnews: {error}", file=sys.stderr)
        return 2
    from bot.logs import setup_logging

    command = args.command or "run"
    console = command == "chat" or (command == "run" and settings.bot_token is None)
    level = settings.log_level
    if console and "log_level" not in settings.model_fields_set:
        level = "WARNING"  # the terminal is the chat; keep routine logs out of it
    secret = settings.bot_token.get_secret_value() if settings.bot_token else ""
    setup_logging(level, [secret])
    try:
        if console:
            return _run_console(settings, getattr(args, "lang", "ru"), getattr(args, "poll", False))
        if command == "run":
            from bot.telegram import run_telegram

            asyncio.run(run_telegram(settings))
        elif command in ROLES:
            return _run_role(command, settings)
        elif command == "poll":
            return asyncio.run(_poll_once(settings))
        elif command == "reextract":
            return asyncio.run(_reextract(settings))
        elif command == "sources":
            return asyncio.run(_sources(settings, args))
        elif command == "outbox":
            return asyncio.run(_outbox(settings, args))
    except KeyboardInterrupt:
        pass
    return 0


ROLES = ("web", "worker", "sender", "set-webhook")


def _run_role(command: str, settings: Settings) -> int:
    from bot import roles
    from delivery.shared import LimiterUnavailable

    run = {
        "web": roles.run_web,
        "worker": roles.run_worker,
        "sender": roles.run_sender,
        "set-webhook": roles.set_webhook,
    }[command]
    try:
        asyncio.run(run(settings))
    except roles.RoleError as error:
        print(f"coopnews {command}: {error}", file=sys.stderr)
        return 2
    except LimiterUnavailable as error:
        print(f"coopnews {command}: {error}; stopped rather than guess", file=sys.stderr)
        return 3
    return 0


def _out_of_range(args: argparse.Namespace) -> str | None:
    """A source number or interval no source can have, said plainly (not an OverflowError)."""
    from services.operators import MAX_INTERVAL_MINUTES

    for name, high in (("id", MAX_SOURCE_ID), ("minutes", MAX_INTERVAL_MINUTES)):
        value = getattr(args, name, None)
        if isinstance(value, int) and not 1 <= value <= high:
            return f"{name} {str(value)[:30]} is out of range: 1 to {high}"
    return None


def _run_console(settings: Settings, language: str, poll: bool) -> int:
    from bot.console import run_console

    try:
        asyncio.run(run_console(settings, sys.stdin, sys.stdout, language=language, poll=poll))
    except KeyboardInterrupt:
        print()
    return 0


def _extract(path: str, published: date | None) -> int:
    from news.extract import extract, split_headline

    try:
        text = sys.stdin.read() if path == "-" else Path(path).read_text("utf-8")
    except (OSError, UnicodeDecodeError) as error:
        print(f"coopnews: cannot read {path}: {error}", file=sys.stderr)
        return 2
    title, body = split_headline(text)
    facts = extract(body, title=title, published=published)
    print(json.dumps(facts.as_dict(), ensure_ascii=False, indent=1))
    return 0


def _extract_lines(path: str) -> int:
    """One JSON object a line in, one out, the models loaded once; a bad line gets an error
    object of its own and the batch goes on."""
    if path == "-":
        return _extract_stream(sys.stdin)
    try:
        with Path(path).open(encoding="utf-8") as stream:
            return _extract_stream(stream)
    except (OSError, UnicodeDecodeError) as error:
        print(f"coopnews: cannot read {path}: {error}", file=sys.stderr)
        return 2


def _extract_stream(stream: TextIO) -> int:
    from news.extract import extract, split_headline

    for number, line in enumerate(stream, 1):
        if not line.strip():
            continue
        item: Any = None
        try:
            item = json.loads(line)
            text = str(item["text"])
            published = date.fromisoformat(item["published"]) if item.get("published") else None
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            print(f"coopnews: line {number}: not an article ({error!r})", file=sys.stderr)
            item_id = item.get("id") if isinstance(item, dict) else None
            print(json.dumps({"id": item_id, "error": repr(error)}, ensure_ascii=False))
            continue
        title, body = split_headline(text)
        if item.get("title"):
            title, body = str(item["title"]), text
        facts = extract(body, title=title, published=published)
        print(json.dumps({"id": item.get("id"), **facts.as_dict()}, ensure_ascii=False))
    return 0


CLI_OPERATOR = 0  # the audit log's name for the command line


async def _sources(settings: Settings, args: argparse.Namespace) -> int:
    from bot.app import open_app

    async with open_app(settings) as app:
        operators = app.operators
        if args.action == "list":
            for status in await operators.statuses():
                source = status.source
                state = "paused" if not source.enabled else "ok"
                if source.consecutive_failures:
                    state = f"failing x{source.consecutive_failures}: {source.last_error}"
                elif source.garbled:
                    state = f"garbled text in {source.garbled} entries ({source.decoding})"
                print(
                    f"{source.id:>4}  {status.articles:>6} articles  {source.shown_url}  [{state}]"
                )
            return 0
        if args.action == "add":
            outcome = await operators.add(args.url, args.title, CLI_OPERATOR)
            if outcome.source is None:
                print(f"coopnews: not added: {outcome.refusal}", file=sys.stderr)
                return 1
            print(
                f"added #{outcome.source.id} {outcome.source.display_name} ({outcome.items} items)"
            )
            return 0
        if args.action == "import":
            limit = operators.import_limits.max_bytes
            try:
                size = (await asyncio.to_thread(Path(args.file).stat)).st_size
                if size > limit:  # refused before it is read
                    report = await operators.refuse_import(
                        CLI_OPERATOR, f"{args.file}: {size} bytes, over the {limit} limit"
                    )
                    print(f"coopnews: import refused: {report.refusal}", file=sys.stderr)
                    return 1
                data = await asyncio.to_thread(Path(args.file).read_bytes)
            except OSError as error:
                print(f"coopnews: cannot read {args.file}: {error}", file=sys.stderr)
                return 2
            report = await operators.import_opml(data, CLI_OPERATOR)
            if report.refusal is not None:
                print(f"coopnews: import refused: {report.refusal}", file=sys.stderr)
                return 1
            print(
                f"{len(report.added)} added, {len(report.duplicates)} duplicates, "
                f"{len(report.refused)} refused"
            )
            for url, reason in report.refused:
                print(f"refused {url}: {reason}", file=sys.stderr)
            return 0 if not report.refused else 1
        if args.action == "export":
            sys.stdout.write((await operators.export_opml()).decode())
            return 0
        if args.action == "interval":
            done = await operators.set_interval(args.id, args.minutes, CLI_OPERATOR)
        elif args.action == "remove":
            done = await operators.remove(args.id, CLI_OPERATOR)
        else:
            done = await operators.set_enabled(args.id, args.action == "resume", CLI_OPERATOR)
        if not done:
            print(f"coopnews: there is no source #{args.id}", file=sys.stderr)
            return 1
        print(f"source #{args.id}: {args.action} done")
        return 0


async def _outbox(settings: Settings, args: argparse.Namespace) -> int:
    from bot.app import open_app

    async with open_app(settings) as app:
        if args.action == "failed":
            for item in await app.operators.undelivered(limit=1000):
                error = " ".join((item.last_error or "?").split())[:150]
                print(f"{item.id:>6}  {item.state:<9}  {item.chat_id:>15}  {item.kind:<7}  {error}")
            return 0
        try:
            target = None if args.id == "all" else parse_int(args.id, low=1, high=2**62)
        except OutOfRangeError:
            target = None
        if args.id != "all" and target is None:
            print("coopnews: give a message number from 'outbox failed', or all", file=sys.stderr)
            return 2
        count = await app.operators.requeue(target, CLI_OPERATOR)
    print(f"queued again: {count}")
    return 0 if count else 1


async def _reextract(settings: Settings) -> int:
    from bot.app import open_app

    async with open_app(settings) as app:
        count = await app.analyst.reanalyse_all()
        stories = await app.analysis.count_stories()
    print(f"re-read {count} articles into {stories} stories")
    return 0


async def _poll_once(settings: Settings) -> int:
    from bot.app import open_app

    async with open_app(settings) as app:
        report = await app.ingestor.poll_due()
        sources = {source.id: source for source in await app.sources.list_all()}
    for result in report.results:
        name = sources[result.source_id].display_name if result.source_id in sources else "?"
        detail = result.error or f"{result.new_articles} new"
        print(f"{result.source_id:>4}  {result.outcome:<12}  {name}: {detail}")
    print(f"{report.new_articles} new articles, {len(report.failed)} sources failed")
    return 1 if report.failed and len(report.failed) == len(report.results) else 0
