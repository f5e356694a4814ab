from aiogram import F, Router
from aiogram.exceptions import TelegramBadRequest
from aiogram.filters import Command, CommandObject
from aiogram.filters.callback_data import CallbackData
from aiogram.types import BufferedInputFile, CallbackQuery, InlineKeyboardMarkup, Message
from aiogram.utils.keyboard import InlineKeyboardBuilder

from bot.charts import turnover_chart
from bot.facts_service import (
    PROJECT_STATUSES,
    STATUS_BY_WORD,
    FactsService,
    ProjectsPage,
    UnknownCountryError,
    pair_key,
    pair_name,
    parse_pair,
)
from bot.render import (
    quote,
    render_available,
    render_projects,
    render_turnover,
    shorten,
    split_message,
)
from bot.texts import Texts
from news.gazetteer import COUNTRIES


class ProjectsQuery(CallbackData, prefix="prj1"):
    pair: str
    status: str  # "" for every status
    page: int


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
    try:
        pair = parse_pair((command.args or "").split())
    except UnknownCountryError as error:
        await _unknown_country(message, error, facts, texts)
        return
    report = await facts.turnover(pair)
    if report.empty:
        empty = texts.turnover_empty.format(pair=pair_name(pair, texts.language))
        available = render_available(await facts.available_pairs(), texts)
        await message.answer(f"{empty}\n{available}")
        return
    for part in split_message(render_turnover(report, texts)):
        await message.answer(part)
    chart = await turnover_chart(report, texts)
    if chart is not None:
        caption = texts.chart_caption.format(pair=pair_name(pair, texts.language))
        await message.answer_photo(BufferedInputFile(chart, "turnover.png"), caption=caption)


def _projects_keyboard(page: ProjectsPage, texts: Texts) -> InlineKeyboardMarkup:
    key = pair_key(page.pair)
    builder = InlineKeyboardBuilder()
    choices = [("", texts.button_all)] + [
        (status, f"{texts.statuses[status]} ({page.counts[status]})")
        for status in PROJECT_STATUSES
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
    if len(pair) != 2 or (status is not None and status not in PROJECT_STATUSES):
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
    return router
