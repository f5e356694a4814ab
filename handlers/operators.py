"""Operators' commands and buttons: the sources, undelivered messages, statistics.

Everything here is behind the operators' router filter; everyone else gets a polite refusal.
"""

from aiogram import Bot, F, Router
from aiogram.filters import CommandObject
from aiogram.types import BufferedInputFile, CallbackQuery, InlineKeyboardMarkup, Message, User
from aiogram.utils.callback_answer import CallbackAnswer

from domain.numbers import MAX_SOURCE_ID, OutOfRangeError, parse_int
from handlers.filters import IsOperator, command
from services.operators import MAX_INTERVAL_MINUTES, MIN_INTERVAL_MINUTES, OperatorService
from views.i18n import Texts
from views.keyboards import SourceAction, SourceStep
from views.operators import (
    confirm_removal,
    out_of_range,
    source_card,
    source_list,
)
from views.operators import (
    undelivered as undelivered_text,
)
from views.problems import import_problem, source_problem
from views.render import quote, shorten, split_message

OPERATOR_COMMANDS = (
    "sources",
    "addsource",
    "removesource",
    "pausesource",
    "resumesource",
    "interval",
    "fetchnow",
    "export",
    "stats",
    "failed",
    "retry",
)


def _source_id(command: CommandObject) -> int | None:
    """The one source number the command names; None when it names none.

    Raises OutOfRangeError for a number no source can have."""
    args = (command.args or "").split()
    if len(args) != 1:
        return None
    return parse_int(args[0], low=1, high=MAX_SOURCE_ID)


async def sources(message: Message, operators: OperatorService, texts: Texts) -> None:
    text, markup = source_list(await operators.statuses(), 0, texts)
    await message.answer(text, reply_markup=markup)


async def add_source(
    message: Message,
    command: CommandObject,
    event_from_user: User,
    operators: OperatorService,
    texts: Texts,
) -> None:
    args = (command.args or "").split(maxsplit=1)
    if not args:
        await message.answer(texts("usage-add"))
        return
    title = args[1] if len(args) > 1 else ""
    outcome = await operators.add(args[0], title, event_from_user.id)
    if outcome.source is None:
        reason = source_problem(outcome.refusal or "?", texts)
        await message.answer(texts("refused", reason=reason))
        return
    await message.answer(
        texts(
            "added",
            id=str(outcome.source.id),
            title=quote(shorten(outcome.source.display_name, 100)),
            items=outcome.items,
        )
    )


async def change_source(
    message: Message,
    command: CommandObject,
    event_from_user: User,
    operators: OperatorService,
    texts: Texts,
) -> None:
    """/removesource, /pausesource and /resumesource ID."""
    try:
        source_id = _source_id(command)
    except OutOfRangeError as error:
        await message.answer(out_of_range(error, texts))
        return
    if source_id is None:
        await message.answer(texts("usage-id", command=command.command.lower()))
        return
    operator = event_from_user.id
    name = command.command.lower()
    if name == "removesource":
        done, reply = await operators.remove(source_id, operator), "removed"
    else:
        enable = name == "resumesource"
        done = await operators.set_enabled(source_id, enable, operator)
        reply = "resumed-done" if enable else "paused-done"
    await message.answer(texts(reply if done else "no-such-source", id=str(source_id)))


async def set_interval(
    message: Message,
    command: CommandObject,
    event_from_user: User,
    operators: OperatorService,
    texts: Texts,
) -> None:
    args = (command.args or "").split()
    if len(args) != 2:
        await message.answer(texts("usage-interval"))
        return
    try:
        source_id = parse_int(args[0], low=1, high=MAX_SOURCE_ID)
        minutes = parse_int(args[1], low=MIN_INTERVAL_MINUTES, high=MAX_INTERVAL_MINUTES)
    except OutOfRangeError as error:
        reply = out_of_range(error, texts)
        await message.answer(f"{reply}\n{texts('usage-interval')}")
        return
    if source_id is None or minutes is None:
        await message.answer(texts("usage-interval"))
        return
    if await operators.set_interval(source_id, minutes, event_from_user.id):
        await message.answer(texts("interval-done", id=str(source_id), minutes=minutes))
    else:
        await message.answer(texts("no-such-source", id=str(source_id)))


async def fetch_now(
    message: Message,
    command: CommandObject,
    event_from_user: User,
    operators: OperatorService,
    texts: Texts,
) -> None:
    try:
        source_id = _source_id(command)
    except OutOfRangeError as error:
        await message.answer(out_of_range(error, texts))
        return
    if command.args and source_id is None:
        await message.answer(texts("usage-id", command="fetchnow"))
        return
    outcome = await operators.fetch_now(source_id, event_from_user.id)
    if source_id is None:
        await message.answer(
            texts("fetch-all", count=outcome.count) if outcome.count else texts("fetch-none")
        )
    elif outcome.missing:
        await message.answer(texts("no-such-source", id=str(source_id)))
    elif outcome.paused:
        await message.answer(texts("fetch-paused", id=str(source_id)))
    else:
        await message.answer(texts("fetch-one", id=str(source_id)))


async def export(message: Message, operators: OperatorService) -> None:
    document = BufferedInputFile(await operators.export_opml(), filename="coopnews-sources.opml")
    await message.answer_document(document)


async def import_opml(
    message: Message,
    bot: Bot,
    event_from_user: User,
    operators: OperatorService,
    texts: Texts,
) -> None:
    document = message.document
    assert document is not None
    operator = event_from_user.id
    limit = operators.import_limits.max_bytes
    # Refused before a byte is downloaded: too large, or of a size Telegram does not say.
    if document.file_size is None:
        await operators.refuse_import(operator, f"{document.file_name or 'file'}: size unknown")
        await message.answer(texts("import-size-unknown", limit=limit // 1024))
        return
    if document.file_size > limit:
        await operators.refuse_import(
            operator, f"{document.file_name or 'file'}: {document.file_size} bytes"
        )
        await message.answer(texts("import-too-large", limit=limit // 1024))
        return
    data = await bot.download(document)
    assert data is not None
    report = await operators.import_opml(data.read(limit + 1), operator)
    if report.refusal is not None:
        await message.answer(texts("import-refused", reason=import_problem(report.refusal, texts)))
        return
    details = "".join(
        f"\n• {quote(shorten(url, 80))}: {import_problem(reason, texts)}"
        for url, reason in report.refused[:10]
    )
    summary = texts(
        "import-report",
        added=len(report.added),
        duplicates=len(report.duplicates),
        refused=len(report.refused),
    )
    await message.answer(summary + details)


async def stats(message: Message, operators: OperatorService, texts: Texts) -> None:
    numbers = await operators.stats()
    await message.answer(
        texts(
            "stats",
            articles=numbers.articles,
            relevant=numbers.relevant_articles,
            stories=numbers.stories,
            turnover=numbers.turnover_facts,
            projects=numbers.project_facts,
            sources=numbers.sources,
            paused=numbers.sources_paused,
            failing=numbers.sources_failing,
            subscribers=numbers.subscribers,
            channels=numbers.channels,
            pending=numbers.outbox_pending,
            sent=numbers.outbox_sent,
            failed=numbers.outbox_failed,
            uncertain=numbers.outbox_uncertain,
        )
    )


async def undelivered(message: Message, operators: OperatorService, texts: Texts) -> None:
    """/failed: what did not get through, and why."""
    problems = await operators.undelivered()
    for part in split_message(undelivered_text(problems, texts)):
        await message.answer(part)


async def retry(
    message: Message,
    command: CommandObject,
    event_from_user: User,
    operators: OperatorService,
    texts: Texts,
) -> None:
    """/retry ID|all: send undelivered messages again."""
    word = (command.args or "").strip().lower()
    try:
        message_id = None if word == "all" else parse_int(word, low=1, high=2**62)
    except OutOfRangeError as error:
        await message.answer(out_of_range(error, texts))
        return
    if word != "all" and message_id is None:
        await message.answer(texts("usage-retry"))
        return
    count = await operators.requeue(message_id, event_from_user.id)
    if count:
        await message.answer(texts("retry-done", count=count))
    elif message_id is not None:
        await message.answer(texts("retry-none", id=str(message_id)))
    else:
        await message.answer(texts("retry-nothing"))


async def source_button(
    query: CallbackQuery,
    callback_data: SourceAction,
    shown: Message,
    operators: OperatorService,
    texts: Texts,
) -> None:
    action, source_id, page = callback_data.action, callback_data.source_id, callback_data.page
    operator = query.from_user.id
    if action in (SourceStep.PAUSE, SourceStep.RESUME):
        await operators.set_enabled(source_id, action == SourceStep.RESUME, operator)
    elif action == SourceStep.CHECK:
        await operators.fetch_now(source_id, operator)
    elif action == SourceStep.CONFIRM:
        await operators.remove(source_id, operator)
        action = SourceStep.LIST
    status = None if action == SourceStep.LIST else await operators.status(source_id)
    markup: InlineKeyboardMarkup | None
    if action == SourceStep.REMOVE and status is not None:
        text, markup = confirm_removal(status, page, texts)
    elif status is not None:
        text, markup = source_card(status, page, texts)
    else:
        text, markup = source_list(await operators.statuses(), page, texts)
    await shown.edit_text(text, reply_markup=markup)


async def refuse(message: Message, texts: Texts) -> None:
    await message.answer(texts("not-allowed"))


async def refuse_button(
    query: CallbackQuery, callback_answer: CallbackAnswer, texts: Texts
) -> None:
    callback_answer.text = texts("not-allowed")
    callback_answer.show_alert = True


def create_router() -> Router:
    router = Router(name="operators")
    allowed = Router(name="operators-allowed")
    allowed.message.filter(IsOperator())
    allowed.callback_query.filter(IsOperator())
    allowed.message.register(sources, command("sources"))
    allowed.message.register(add_source, command("addsource"))
    allowed.message.register(change_source, command("removesource", "pausesource", "resumesource"))
    allowed.message.register(set_interval, command("interval"))
    allowed.message.register(fetch_now, command("fetchnow"))
    allowed.message.register(export, command("export"))
    allowed.message.register(stats, command("stats"))
    allowed.message.register(undelivered, command("failed"))
    allowed.message.register(retry, command("retry"))
    allowed.message.register(import_opml, F.document)
    allowed.callback_query.register(source_button, SourceAction.filter(), F.message.as_("shown"))
    # Everyone else: a polite refusal, and nothing changes.
    refusals = Router(name="operators-refusals")
    refusals.message.register(refuse, command(*OPERATOR_COMMANDS))
    refusals.callback_query.register(refuse_button, SourceAction.filter())
    router.include_routers(allowed, refusals)
    return router
