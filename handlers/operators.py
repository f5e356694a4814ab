from datetime import datetime

from aiogram import Bot, F, Router
from aiogram.exceptions import TelegramBadRequest
from aiogram.filters import Command, CommandObject, Filter
from aiogram.filters.callback_data import CallbackData
from aiogram.types import (
    BufferedInputFile,
    CallbackQuery,
    InlineKeyboardMarkup,
    Message,
    TelegramObject,
)
from aiogram.utils.keyboard import InlineKeyboardBuilder
from pydantic import Field

from bot.settings import Settings
from domain.numbers import MAX_PAGE, MAX_SOURCE_ID, OutOfRangeError, parse_int
from services.operators import (
    MAX_INTERVAL_MINUTES,
    MIN_INTERVAL_MINUTES,
    OperatorService,
    SourceStatus,
)
from views.render import quote, quote_attr, shorten, split_message
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
PAGE_SIZE = 8


class IsOperator(Filter):
    """True for the Telegram users listed in OPERATOR_IDS."""

    async def __call__(self, event: TelegramObject, settings: Settings) -> bool:
        user = getattr(event, "from_user", None)
        return user is not None and user.id in settings.operator_ids


class SourceAction(CallbackData, prefix="src1"):
    action: str  # list | card | pause | resume | check | remove | confirm
    # Bounded: a forged button with a huge number is a stale button, not an overflow.
    source_id: int = Field(ge=0, le=MAX_SOURCE_ID)
    page: int = Field(ge=0, le=MAX_PAGE)


def _state_icon(status: SourceStatus) -> str:
    if not status.source.enabled:
        return "⏸"
    problem = status.source.consecutive_failures or status.source.garbled
    return "⚠️" if problem else "✅"


def _list_page(
    statuses: list[SourceStatus], page: int, texts: OperatorTexts
) -> tuple[str, InlineKeyboardMarkup | None]:
    if not statuses:
        return texts.sources_empty, None
    pages = max(1, -(-len(statuses) // PAGE_SIZE))
    page = min(max(page, 0), pages - 1)
    shown = statuses[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
    lines = [texts.sources_title.format(count=len(statuses))]
    builder = InlineKeyboardBuilder()
    for status in shown:
        name = shorten(status.source.display_name, 50)
        lines.append(
            texts.source_line.format(
                state=_state_icon(status),
                id=status.source.id,
                name=quote(name),
                articles=status.articles,
            )
        )
        builder.button(
            text=f"#{status.source.id} {shorten(name, 24)}",
            callback_data=SourceAction(action="card", source_id=status.source.id, page=page),
        )
    builder.adjust(2)
    navigation = InlineKeyboardBuilder()
    if page > 0:
        navigation.button(
            text="«", callback_data=SourceAction(action="list", source_id=0, page=page - 1)
        )
    if page + 1 < pages:
        navigation.button(
            text="»", callback_data=SourceAction(action="list", source_id=0, page=page + 1)
        )
    builder.attach(navigation)
    return "\n".join(lines), builder.as_markup()


def _when(moment: datetime | None, texts: OperatorTexts) -> str:
    return moment.strftime("%Y-%m-%d %H:%M UTC") if moment else texts.never


def _card(
    status: SourceStatus, page: int, texts: OperatorTexts
) -> tuple[str, InlineKeyboardMarkup]:
    source = status.source
    text = texts.card.format(
        id=source.id,
        name=quote(shorten(source.display_name, 80)),
        url=f'<a href="{quote_attr(source.shown_url)}">{quote(shorten(source.shown_url, 80))}</a>',
        state=texts.enabled if source.enabled else texts.paused,
        articles=status.articles,
        success=_when(source.last_success_at, texts),
        failures=source.consecutive_failures,
        error=quote(shorten(source.last_error or "—", 200)),
        interval=source.check_interval // 60,
        next_check=_when(source.next_check_at, texts),
        decoding=quote(source.decoding or "—"),
        garbled=texts.garbled.format(count=source.garbled) if source.garbled else "",
    )
    builder = InlineKeyboardBuilder()
    toggle = ("pause", texts.button_pause) if source.enabled else ("resume", texts.button_resume)
    for action, label in (toggle, ("check", texts.button_check), ("remove", texts.button_remove)):
        builder.button(
            text=label, callback_data=SourceAction(action=action, source_id=source.id, page=page)
        )
    builder.button(
        text=texts.button_back, callback_data=SourceAction(action="list", source_id=0, page=page)
    )
    builder.adjust(2, 1, 1)
    return text, builder.as_markup()


def _source_id(command: CommandObject) -> int | None:
    """The one source number the command names; None when it names none.

    Raises OutOfRangeError for a number no source can have."""
    args = (command.args or "").split()
    if len(args) != 1:
        return None
    return parse_int(args[0], low=1, high=MAX_SOURCE_ID)


def _out_of_range(error: OutOfRangeError, texts: OperatorTexts) -> str:
    return texts.out_of_range.format(
        value=quote(shorten(error.text, 30)), low=error.low, high=error.high
    )


async def sources(
    message: Message, operators: OperatorService, operator_texts: OperatorTexts
) -> None:
    text, markup = _list_page(await operators.statuses(), 0, operator_texts)
    await message.answer(text, reply_markup=markup)


async def add_source(
    message: Message,
    command: CommandObject,
    operators: OperatorService,
    operator_texts: OperatorTexts,
) -> None:
    args = (command.args or "").split(maxsplit=1)
    if not args:
        await message.answer(operator_texts.usage_add)
        return
    outcome = await operators.add(args[0], args[1] if len(args) > 1 else "", message.from_user.id)  # type: ignore[union-attr]
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
    operators: OperatorService,
    operator_texts: OperatorTexts,
) -> None:
    """/removesource, /pausesource and /resumesource ID."""
    try:
        source_id = _source_id(command)
    except OutOfRangeError as error:
        await message.answer(_out_of_range(error, operator_texts))
        return
    if source_id is None:
        await message.answer(operator_texts.usage_id.format(command=command.command))
        return
    operator = message.from_user.id  # type: ignore[union-attr]
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
        reply = _out_of_range(error, operator_texts)
        await message.answer(f"{reply}\n{operator_texts.usage_interval}")
        return
    if source_id is None or minutes is None:
        await message.answer(operator_texts.usage_interval)
        return
    if await operators.set_interval(source_id, minutes, message.from_user.id):  # type: ignore[union-attr]
        await message.answer(operator_texts.interval_done.format(id=source_id, minutes=minutes))
    else:
        await message.answer(operator_texts.no_such_source.format(id=source_id))


async def fetch_now(
    message: Message,
    command: CommandObject,
    operators: OperatorService,
    operator_texts: OperatorTexts,
) -> None:
    try:
        source_id = _source_id(command)
    except OutOfRangeError as error:
        await message.answer(_out_of_range(error, operator_texts))
        return
    if command.args and source_id is None:
        await message.answer(operator_texts.usage_id.format(command=command.command))
        return
    count = await operators.fetch_now(source_id, message.from_user.id)  # type: ignore[union-attr]
    await message.answer(operator_texts.fetch_done.format(count=count))


async def export(message: Message, operators: OperatorService) -> None:
    document = BufferedInputFile(await operators.export_opml(), filename="coopnews-sources.opml")
    await message.answer_document(document)


async def import_opml(
    message: Message, bot: Bot, operators: OperatorService, operator_texts: OperatorTexts
) -> None:
    document = message.document
    assert document is not None
    operator = message.from_user.id  # type: ignore[union-attr]
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
    operators: OperatorService,
    operator_texts: OperatorTexts,
) -> None:
    """/retry ID|all: send undelivered messages again."""
    word = (command.args or "").strip().lower()
    try:
        message_id = None if word == "all" else parse_int(word, low=1, high=2**62)
    except OutOfRangeError as error:
        await message.answer(_out_of_range(error, operator_texts))
        return
    if word != "all" and message_id is None:
        await message.answer(operator_texts.usage_retry)
        return
    count = await operators.requeue(message_id, message.from_user.id)  # type: ignore[union-attr]
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
    if action == "pause" or action == "resume":
        await operators.set_enabled(source_id, action == "resume", operator)
    elif action == "check":
        await operators.fetch_now(source_id, operator)
    elif action == "confirm":
        await operators.remove(source_id, operator)
        action = "list"
    status = None if action == "list" else await operators.status(source_id)
    if action == "remove" and status is not None:
        builder = InlineKeyboardBuilder()
        builder.button(
            text=operator_texts.button_confirm,
            callback_data=SourceAction(action="confirm", source_id=source_id, page=page),
        )
        builder.button(
            text=operator_texts.button_cancel,
            callback_data=SourceAction(action="card", source_id=source_id, page=page),
        )
        name = quote(shorten(status.source.display_name, 80))
        text, markup = (
            operator_texts.confirm_remove.format(id=source_id, name=name),
            builder.as_markup(),
        )
    elif status is not None:
        text, markup = _card(status, page, operator_texts)
    else:
        text, markup = _list_page(await operators.statuses(), page, operator_texts)
    try:
        await shown.edit_text(text, reply_markup=markup)
    except TelegramBadRequest as error:
        if "message is not modified" not in error.message:
            raise
    await query.answer()


async def refuse(message: Message, operator_texts: OperatorTexts) -> None:
    await message.answer(operator_texts.not_allowed)


async def refuse_button(query: CallbackQuery, operator_texts: OperatorTexts) -> None:
    await query.answer(operator_texts.not_allowed, show_alert=True)


def create_router() -> Router:
    router = Router(name="operators")
    allowed = IsOperator()
    router.message.register(sources, Command("sources"), allowed)
    router.message.register(add_source, Command("addsource"), allowed)
    router.message.register(
        change_source, Command("removesource", "pausesource", "resumesource"), allowed
    )
    router.message.register(set_interval, Command("interval"), allowed)
    router.message.register(fetch_now, Command("fetchnow"), allowed)
    router.message.register(export, Command("export"), allowed)
    router.message.register(stats, Command("stats"), allowed)
    router.message.register(undelivered, Command("failed"), allowed)
    router.message.register(retry, Command("retry"), allowed)
    router.message.register(import_opml, F.document, allowed)
    router.callback_query.register(
        source_button, SourceAction.filter(), F.message.as_("shown"), allowed
    )
    # Everyone else: a polite refusal, and nothing changes.
    router.message.register(refuse, Command(*OPERATOR_COMMANDS))
    router.callback_query.register(refuse_button, SourceAction.filter())
    return router
