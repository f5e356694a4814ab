"""/turnover [country] [csv] with its chart and CSV, /projects [country] [status] and its pages."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command, CommandObject
from aiogram.types import BufferedInputFile, CallbackQuery, Message
from aiogram.utils.callback_answer import CallbackAnswer

from domain.pairs import UnknownCountryError, pair_name, pair_of_key, parse_pair
from domain.reports import TurnoverReport
from services.facts import SECTION_BY_WORD, FactsService
from views.charts import turnover_chart
from views.export import csv_filename, turnover_csv
from views.keyboards import ProjectsQuery, TurnoverExport, projects_keyboard, turnover_keyboard
from views.render import split_message
from views.render_facts import (
    render_empty,
    render_projects,
    render_turnover,
    render_unknown_country,
)
from views.texts import Texts

CSV_WORDS = frozenset({"csv", "export", "экспорт", "таблица"})


async def turnover(
    message: Message, command: CommandObject, facts: FactsService, texts: Texts
) -> None:
    words = (command.args or "").split()
    as_csv = any(w.lower() in CSV_WORDS for w in words)
    try:
        pair = parse_pair([w for w in words if w.lower() not in CSV_WORDS])
    except UnknownCountryError as error:
        pairs = await facts.available_pairs()
        await message.answer(render_unknown_country(error.word, pairs, texts))
        return
    report = await facts.turnover(pair)
    if report.empty:
        pairs = await facts.available_pairs()
        await message.answer(render_empty(texts.turnover_empty, pair, pairs, texts))
        return
    if as_csv:
        await _send_csv(message, report, texts)
        return
    parts = split_message(render_turnover(report, texts))
    for part in parts[:-1]:
        await message.answer(part)
    await message.answer(parts[-1], reply_markup=turnover_keyboard(pair, texts))
    chart = await turnover_chart(report, texts)
    if chart is not None:
        caption = texts.chart_caption.format(pair=pair_name(pair, texts.language))
        await message.answer_photo(BufferedInputFile(chart, "turnover.png"), caption=caption)


async def _send_csv(message: Message, report: TurnoverReport, texts: Texts) -> None:
    document = BufferedInputFile(turnover_csv(report), filename=csv_filename(report))
    caption = texts.csv_caption.format(pair=pair_name(report.pair, texts.language))
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
        callback_answer.text = texts.page_gone
        return
    await _send_csv(shown, await facts.turnover(pair), texts)


async def projects(
    message: Message, command: CommandObject, facts: FactsService, texts: Texts
) -> None:
    words = (command.args or "").split()
    status = next((SECTION_BY_WORD[w.lower()] for w in words if w.lower() in SECTION_BY_WORD), None)
    try:
        pair = parse_pair([w for w in words if w.lower() not in SECTION_BY_WORD])
    except UnknownCountryError as error:
        pairs = await facts.available_pairs()
        await message.answer(render_unknown_country(error.word, pairs, texts))
        return
    page = await facts.projects(pair, status, page=0)
    if not page.items:
        pairs = await facts.available_pairs()
        await message.answer(render_empty(texts.projects_empty, pair, pairs, texts))
        return
    await message.answer(render_projects(page, texts), reply_markup=projects_keyboard(page, texts))


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
        callback_answer.text = texts.page_gone
        return
    page = await facts.projects(pair, callback_data.status, page=callback_data.page)
    await shown.edit_text(render_projects(page, texts), reply_markup=projects_keyboard(page, texts))


def create_router() -> Router:
    router = Router(name="facts")
    router.message.register(turnover, Command("turnover"))
    router.message.register(projects, Command("projects"))
    router.callback_query.register(
        turn_projects_page, ProjectsQuery.filter(), F.message.as_("shown")
    )
    router.callback_query.register(export_turnover, TurnoverExport.filter(), F.message.as_("shown"))
    return router
