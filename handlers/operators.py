"""Operators' commands and buttons: the sources, undelivered messages, statistics.

Everything here is behind the operators' router filter; everyone else gets a polite refusal.
"""

from aiogram import Bot, F, Router
from aiogram.filters import Command, CommandObject
from aiogram.types import BufferedInputFile, CallbackQuery, InlineKeyboardMarkup, Message, User
from aiogram.utils.callback_answer import CallbackAnswer

from domain.numbers import MAX_SOURCE_ID, OutOfRangeError, parse_int
from handlers.filters import IsOperator
from services.operators import MAX_INTERVAL_MINUTES, MIN_INTERVAL_MINUTES, OperatorService
from views.keyboards import SourceAction, SourceStep
from views.operators import confirm_removal, out_of_range, source_card, source_list
from views.render import quote, shorten, split_message
from views.texts import OperatorTexts

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


async def sources(
    message: Message, operators: OperatorService, operator_texts: OperatorTexts
) -> None:
    text, markup = source_list(await operators.statuses(), 0, operator_texts)
    await message.answer(text, reply_markup=markup)


async def add_source(
    message: Message,
    command: CommandObject,
    event_from_user: User,
    operators: OperatorService,
    operator_texts: OperatorTexts,
) -> None:
    args = (command.args or "").split(maxsplit=1)
    if not args:
        await message.answer(operator_texts.usage_add)
        return
    title = args[1] if len(args) > 1 else ""
    outcome = await operators.add(args[0], title, event_from_user.id)
    if outcome.source is None:
        await message.answer(operator_texts.refused.format(reason=quote(outcome.refusal or "?")))
        return
    await message.answer(
        operator_texts.added.format(
            id=outcome.source.id,
            title=quote(shorten(outcome.source.display_name, 100)),
            items=outcome.items,
        )
    )


async def change_source(
    message: Message,
    command: CommandObject,
    event_from_user: User,
    operators: OperatorService,
    operator_texts: OperatorTexts,
) -> None:
    """/removesource, /pausesource and /resumesource ID."""
    try:
        source_id = _source_id(command)
    except OutOfRangeError as error:
        await message.answer(out_of_range(error, operator_texts))
        return
    if source_id is None:
        await message.answer(operator_texts.usage_id.format(command=command.command))
        return
    operator = event_from_user.id
    if command.command == "removesource":
        done, reply = await operators.remove(source_id, operator), operator_texts.removed
    else:
        enable = command.command == "resumesource"
        done = await operators.set_enabled(source_id, enable, operator)
        reply = operator_texts.resumed_done if enable else operator_texts.paused_done
    text = reply if done else operator_texts.no_such_source
    await message.answer(text.format(id=source_id))


async def set_interval(
    message: Message,
    command: CommandObject,
    event_from_user: User,
    operators: OperatorService,
    operator_texts: OperatorTexts,
) -> None:
    args = (command.args or "").split()
    if len(args) != 2:
        await message.answer(operator_texts.usage_interval)
        return
    try:
        source_id = parse_int(args[0], low=1, high=MAX_SOURCE_ID)
        minutes = parse_int(args[1], low=MIN_INTERVAL_MINUTES, high=MAX_INTERVAL_MINUTES)
    except OutOfRangeError as error:
        reply = out_of_range(error, operator_texts)
        await message.answer(f"{reply}\n{operator_texts.usage_interval}")
        return
    if source_id is None or minutes is None:
        await message.answer(operator_texts.usage_interval)
        return
    if await operators.set_interval(source_id, minutes, event_from_user.id):
        await message.answer(operator_texts.interval_done.format(id=source_id, minutes=minutes))
    else:
        await message.answer(operator_texts.no_such_source.format(id=source_id))


async def fetch_now(
    message: Message,
    command: CommandObject,
    event_from_user: User,
    operators: OperatorService,
    operator_texts: OperatorTexts,
) -> None:
    try:
        source_id = _source_id(command)
    except OutOfRangeError as error:
        await message.answer(out_of_range(error, operator_texts))
        return
    if command.args and source_id is None:
        await message.answer(operator_texts.usage_id.format(command=command.command))
        return
    count = await operators.fetch_now(source_id, event_from_user.id)
    await message.answer(operator_texts.fetch_done.format(count=count))


async def export(message: Message, operators: OperatorService) -> None:
    document = BufferedInputFile(await operators.export_opml(), filename="coopnews-sources.opml")
    await message.answer_document(document)


async def import_opml(
    message: Message,
    bot: Bot,
    event_from_user: User,
    operators: OperatorService,
    operator_texts: OperatorTexts,
) -> None:
    document = message.document
    assert document is not None
    operator = event_from_user.id
    limit = operators.import_limits.max_bytes
    # Refused before a byte is downloaded: too large, or of a size Telegram does not say.
    if document.file_size is None:
        await operators.refuse_import(operator, f"{document.file_name or 'file'}: size unknown")
        await message.answer(operator_texts.import_size_unknown.format(limit=limit // 1024))
        return
    if document.file_size > limit:
        await operators.refuse_import(
            operator, f"{document.file_name or 'file'}: {document.file_size} bytes"
        )
        await message.answer(operator_texts.import_too_large.format(limit=limit // 1024))
        return
    data = await bot.download(document)
    assert data is not None
    report = await operators.import_opml(data.read(limit + 1), operator)
    if report.refusal is not None:
        await message.answer(operator_texts.import_refused.format(reason=quote(report.refusal)))
        return
    details = "".join(
        f"\n• {quote(shorten(url, 80))}: {quote(shorten(reason, 120))}"
        for url, reason in report.refused[:10]
    )
    await message.answer(
        operator_texts.import_report.format(
            added=len(report.added),
            duplicates=len(report.duplicates),
            refused=len(report.refused),
            details=details,
        )
    )


async def stats(
    message: Message, operators: OperatorService, operator_texts: OperatorTexts
) -> None:
    numbers = await operators.stats()
    await message.answer(
        operator_texts.stats.format(
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


async def undelivered(
    message: Message, operators: OperatorService, operator_texts: OperatorTexts
) -> None:
    """/failed: what did not get through, and why."""
    problems = await operators.undelivered()
    if not problems:
        await message.answer(operator_texts.undelivered_empty)
        return
    lines = [operator_texts.undelivered_title.format(count=len(problems))] + [
        operator_texts.undelivered_line.format(
            id=item.id,
            chat=item.chat_id,
            kind=item.kind,
            state=operator_texts.undelivered_states.get(item.state, item.state),
            error=quote(shorten(item.last_error or "?", 120)),
        )
        for item in problems
    ]
    for part in split_message("\n".join(lines)):
        await message.answer(part)


async def retry(
    message: Message,
    command: CommandObject,
    event_from_user: User,
    operators: OperatorService,
    operator_texts: OperatorTexts,
) -> None:
    """/retry ID|all: send undelivered messages again."""
    word = (command.args or "").strip().lower()
    try:
        message_id = None if word == "all" else parse_int(word, low=1, high=2**62)
    except OutOfRangeError as error:
        await message.answer(out_of_range(error, operator_texts))
        return
    if word != "all" and message_id is None:
        await message.answer(operator_texts.usage_retry)
        return
    count = await operators.requeue(message_id, event_from_user.id)
    await message.answer(operator_texts.retry_done.format(count=count))


async def source_button(
    query: CallbackQuery,
    callback_data: SourceAction,
    shown: Message,
    operators: OperatorService,
    operator_texts: OperatorTexts,
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
        text, markup = confirm_removal(status, page, operator_texts)
    elif status is not None:
        text, markup = source_card(status, page, operator_texts)
    else:
        text, markup = source_list(await operators.statuses(), page, operator_texts)
    await shown.edit_text(text, reply_markup=markup)


async def refuse(message: Message, operator_texts: OperatorTexts) -> None:
    await message.answer(operator_texts.not_allowed)


async def refuse_button(
    query: CallbackQuery, callback_answer: CallbackAnswer, operator_texts: OperatorTexts
) -> None:
    callback_answer.text = operator_texts.not_allowed
    callback_answer.show_alert = True


def create_router() -> Router:
    router = Router(name="operators")
    allowed = Router(name="operators-allowed")
    allowed.message.filter(IsOperator())
    allowed.callback_query.filter(IsOperator())
    allowed.message.register(sources, Command("sources"))
    allowed.message.register(add_source, Command("addsource"))
    allowed.message.register(change_source, Command("removesource", "pausesource", "resumesource"))
    allowed.message.register(set_interval, Command("interval"))
    allowed.message.register(fetch_now, Command("fetchnow"))
    allowed.message.register(export, Command("export"))
    allowed.message.register(stats, Command("stats"))
    allowed.message.register(undelivered, Command("failed"))
    allowed.message.register(retry, Command("retry"))
    allowed.message.register(import_opml, F.document)
    allowed.callback_query.register(source_button, SourceAction.filter(), F.message.as_("shown"))
    # Everyone else: a polite refusal, and nothing changes.
    refusals = Router(name="operators-refusals")
    refusals.message.register(refuse, Command(*OPERATOR_COMMANDS))
    refusals.callback_query.register(refuse_button, SourceAction.filter())
    router.include_routers(allowed, refusals)
    return router
