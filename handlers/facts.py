"""/turnover [country] [csv] with its chart and CSV, /projects [country] [status] and its pages."""

from __future__ import annotations

from collections.abc import Sequence

from aiogram import F, Router
from aiogram.filters import CommandObject
from aiogram.types import BufferedInputFile, CallbackQuery, Message
from aiogram.utils.callback_answer import CallbackAnswer

from domain.pairs import UnknownCountryError, pair_of_key, parse_pair
from domain.reports import TurnoverReport
from handlers.filters import command
from services.facts import FactsService, is_status_filler, section_of_word
from views import names
from views.charts import chart_png
from views.export import csv_filename, turnover_csv
from views.i18n import Texts
from views.keyboards import ProjectsQuery, TurnoverExport, projects_keyboard, turnover_keyboard
from views.render_facts import (
    render_empty,
    render_projects,
    render_unknown_country,
)

CSV_WORDS = frozenset({"csv", "export", "экспорт", "таблица", "кесте", "табліца"})


async def answer_turnover(
    message: Message, words: Sequence[str], facts: FactsService, texts: Texts
) -> None:
    as_csv = any(w.lower() in CSV_WORDS for w in words)
    try:
        pair = parse_pair([w for w in words if w.lower() not in CSV_WORDS])
    except UnknownCountryError as error:
        pairs = await facts.available_pairs()
        await message.answer(render_unknown_country(error.word, pairs, texts))
        return
    # A table needs the report only; the messages are rendered (or kept) for the reply.
    reply = None if as_csv else await facts.turnover_reply(pair, texts)
    report = reply.report if reply is not None else await facts.turnover(pair)
    if report.empty:
        pairs = await facts.available_pairs()
        await message.answer(render_empty("turnover-empty", pair, pairs, texts))
        return
    if reply is None:
        await _send_csv(message, report, texts)
        return
    for part in reply.parts[:-1]:
        await message.answer(part)
    await message.answer(reply.parts[-1], reply_markup=turnover_keyboard(pair, texts))
    chart = await chart_png(reply.chart)
    if chart is not None:
        caption = texts("chart-caption", pair=names.pair(pair, texts))
        await message.answer_photo(BufferedInputFile(chart, "turnover.png"), caption=caption)


async def turnover(
    message: Message, command: CommandObject, facts: FactsService, texts: Texts
) -> None:
    await answer_turnover(message, (command.args or "").split(), facts, texts)


async def _send_csv(message: Message, report: TurnoverReport, texts: Texts) -> None:
    document = BufferedInputFile(turnover_csv(report), filename=csv_filename(report))
    caption = texts("csv-caption", pair=names.pair(report.pair, texts))
    await message.answer_document(document, caption=caption)


async def export_turnover(
    query: CallbackQuery,
    callback_data: TurnoverExport,
    shown: Message,
    facts: FactsService,
    texts: Texts,
    callback_answer: CallbackAnswer,
) -> None:
    pair = pair_of_key(callback_data.pair)
    if pair is None:
        callback_answer.text = texts("page-gone")
        return
    await _send_csv(shown, await facts.turnover(pair), texts)


async def answer_projects(
    message: Message, words: Sequence[str], facts: FactsService, texts: Texts
) -> None:
    """Projects of a pair, by a status in any of its word forms ('завершено', 'planned')."""
    words = [w for w in words if not is_status_filler(w)]
    sections = [section_of_word(w) for w in words]
    status = next((s for s in sections if s is not None), None)
    try:
        pair = parse_pair([w for w, s in zip(words, sections, strict=True) if s is None])
    except UnknownCountryError as error:
        pairs = await facts.available_pairs()
        await message.answer(render_unknown_country(error.word, pairs, texts, statuses=True))
        return
    page = await facts.projects(pair, status, page=0)
    lead = ""
    if not page.items and status is not None and any(page.counts.values()):
        lead = texts("projects-none-with-status", status=texts(f"section-{status}")) + "\n\n"
        page = await facts.projects(pair, None, page=0)
    if not page.items:
        pairs = await facts.available_pairs()
        await message.answer(render_empty("projects-empty", pair, pairs, texts))
        return
    await message.answer(
        lead + render_projects(page, texts), reply_markup=projects_keyboard(page, texts)
    )


async def projects(
    message: Message, command: CommandObject, facts: FactsService, texts: Texts
) -> None:
    await answer_projects(message, (command.args or "").split(), facts, texts)


async def turn_projects_page(
    query: CallbackQuery,
    callback_data: ProjectsQuery,
    shown: Message,
    facts: FactsService,
    texts: Texts,
    callback_answer: CallbackAnswer,
) -> None:
    pair = pair_of_key(callback_data.pair)
    if pair is None:
        callback_answer.text = texts("page-gone")
        return
    page = await facts.projects(pair, callback_data.status, page=callback_data.page)
    await shown.edit_text(render_projects(page, texts), reply_markup=projects_keyboard(page, texts))


def create_router() -> Router:
    router = Router(name="facts")
    router.message.register(turnover, command("turnover"))
    router.message.register(projects, command("projects"))
    router.callback_query.register(
        turn_projects_page, ProjectsQuery.filter(), F.message.as_("shown")
    )
    router.callback_query.register(export_turnover, TurnoverExport.filter(), F.message.as_("shown"))
    return router
