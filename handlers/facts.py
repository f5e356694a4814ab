from aiogram import F, Router
from aiogram.exceptions import TelegramBadRequest
from aiogram.filters import Command, CommandObject
from aiogram.filters.callback_data import CallbackData
from aiogram.types import BufferedInputFile, CallbackQuery, InlineKeyboardMarkup, Message
from aiogram.utils.keyboard import InlineKeyboardBuilder

from domain.reports import TurnoverReport
from news.gazetteer import COUNTRIES
from services.facts import (
    FILTERS,
    STATUS_BY_WORD,
    FactsService,
    ProjectsPage,
    UnknownCountryError,
    pair_key,
    pair_name,
    parse_pair,
)
from views.charts import turnover_chart
from views.export import csv_filename, turnover_csv
from views.render import quote, shorten, split_message
from views.render_facts import render_available, render_projects, render_turnover
from views.texts import Texts

CSV_WORDS = frozenset({"csv", "export", "экспорт", "таблица"})


class ProjectsQuery(CallbackData, prefix="prj1"):
    pair: str
    status: str  # "" for every status
    page: int


class TurnoverExport(CallbackData, prefix="trncsv1"):
    pair: str


async def _unknown_country(
    message: Message, error: UnknownCountryError, facts: FactsService, texts: Texts
) -> None:
    names = ", ".join(c.name_en if texts.language == "en" else c.name_ru for c in COUNTRIES)
    text = texts.unknown_country.format(word=quote(shorten(error.word, 40)), countries=names)
    available = render_available(await facts.available_pairs(), texts)
    await message.answer(f"{text}\n{available}")


async def turnover(
    message: Message, command: CommandObject, facts: FactsService, texts: Texts
) -> None:
    words = (command.args or "").split()
    as_csv = any(w.lower() in CSV_WORDS for w in words)
    try:
        pair = parse_pair([w for w in words if w.lower() not in CSV_WORDS])
    except UnknownCountryError as error:
        await _unknown_country(message, error, facts, texts)
        return
    report = await facts.turnover(pair)
    if report.empty:
        empty = texts.turnover_empty.format(pair=pair_name(pair, texts.language))
        available = render_available(await facts.available_pairs(), texts)
        await message.answer(f"{empty}\n{available}")
        return
    if as_csv:
        await _send_csv(message, report, texts)
        return
    parts = split_message(render_turnover(report, texts))
    for part in parts[:-1]:
        await message.answer(part)
    builder = InlineKeyboardBuilder()
    builder.button(text=texts.csv_button, callback_data=TurnoverExport(pair=pair_key(pair)))
    await message.answer(parts[-1], reply_markup=builder.as_markup())
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
) -> None:
    pair = tuple(callback_data.pair.split("-"))
    codes = {country.code for country in COUNTRIES}
    if len(pair) != 2 or not set(pair) <= codes:
        await query.answer(texts.page_gone)
        return
    report = await facts.turnover((pair[0], pair[1]))
    await _send_csv(shown, report, texts)
    await query.answer()


def _projects_keyboard(page: ProjectsPage, texts: Texts) -> InlineKeyboardMarkup:
    key = pair_key(page.pair)
    builder = InlineKeyboardBuilder()
    choices = [("", texts.button_all)] + [
        (status, f"{texts.statuses[status]} ({page.counts[status]})")
        for status in FILTERS
        if page.counts[status]
    ]
    for status, label in choices:
        marker = "• " if (page.status or "") == status else ""
        builder.button(
            text=marker + label, callback_data=ProjectsQuery(pair=key, status=status, page=0)
        )
    sizes = [len(choices)] if len(choices) <= 3 else [3, len(choices) - 3]
    paging = []
    if page.page > 0:
        paging.append((texts.button_newer, page.page - 1))
    if page.page + 1 < page.pages:
        paging.append((texts.button_older, page.page + 1))
    for label, number in paging:
        builder.button(
            text=label,
            callback_data=ProjectsQuery(pair=key, status=page.status or "", page=number),
        )
    builder.adjust(*sizes, len(paging) or 1)
    return builder.as_markup()


async def projects(
    message: Message, command: CommandObject, facts: FactsService, texts: Texts
) -> None:
    words = (command.args or "").split()
    status = next((STATUS_BY_WORD[w.lower()] for w in words if w.lower() in STATUS_BY_WORD), None)
    try:
        pair = parse_pair([w for w in words if w.lower() not in STATUS_BY_WORD])
    except UnknownCountryError as error:
        await _unknown_country(message, error, facts, texts)
        return
    page = await facts.projects(pair, status, page=0)
    if not page.items:
        empty = texts.projects_empty.format(pair=pair_name(pair, texts.language))
        available = render_available(await facts.available_pairs(), texts)
        await message.answer(f"{empty}\n{available}")
        return
    await message.answer(render_projects(page, texts), reply_markup=_projects_keyboard(page, texts))


async def turn_projects_page(
    query: CallbackQuery,
    callback_data: ProjectsQuery,
    shown: Message,
    facts: FactsService,
    texts: Texts,
) -> None:
    pair = tuple(callback_data.pair.split("-"))
    status = callback_data.status or None
    if len(pair) != 2 or (status is not None and status not in FILTERS):
        await query.answer(texts.page_gone)
        return
    page = await facts.projects((pair[0], pair[1]), status, page=callback_data.page)
    try:
        await shown.edit_text(
            render_projects(page, texts), reply_markup=_projects_keyboard(page, texts)
        )
    except TelegramBadRequest as error:
        if "message is not modified" not in error.message:
            raise
    await query.answer()


def create_router() -> Router:
    router = Router(name="facts")
    router.message.register(turnover, Command("turnover"))
    router.message.register(projects, Command("projects"))
    router.callback_query.register(
        turn_projects_page, ProjectsQuery.filter(), F.message.as_("shown")
    )
    router.callback_query.register(export_turnover, TurnoverExport.filter(), F.message.as_("shown"))
    return router
