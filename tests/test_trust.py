"""Facts a reader can trust: /turnover and /projects through the dispatcher on a database with
several outlets, periods and conflicting figures; every citation checked against its article."""

from __future__ import annotations

import csv
import io
import re

import pytest
from aiogram import Bot, Dispatcher
from aiogram.types import Update

from bot.app import App
from domain.reports import FILTERS
from services.briefs import load_briefs
from services.facts import FactsService
from tests import trust_data
from tests.facts_check import citations, violations
from tests.fake_telegram import FakeTelegram
from views.charts import chart_spec, turnover_chart
from views.export import turnover_csv
from views.i18n import texts_for
from views.render_facts import render_alert, render_digest, render_projects, render_turnover

# Replies read from either engine are the same replies.
pytestmark = pytest.mark.backends

RU, EN = texts_for("ru"), texts_for("en")

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
SHOWN = {"message_id": 9, "date": 0, "chat": {"id": 1001, "type": "private"}, "text": "x"}


def plain(text: str) -> str:
    return text.replace("\xa0", " ")


@pytest.fixture
async def loaded(app: App) -> App:
    await trust_data.load(app)
    return app


@pytest.fixture
def deps(app: App) -> dict[str, object]:
    """The facts service with the bot's clock fixed: "not confirmed for two years" is
    measured from trust_data.NOW, not from the day the tests run."""
    return {"facts": FactsService(app.analysis, clock=lambda: trust_data.NOW)}


async def ask(dispatcher: Dispatcher, bot: Bot, update: dict, deps: dict[str, object]) -> None:
    await dispatcher.feed_update(bot, Update.model_validate(update, context={"bot": bot}), **deps)


def blocks(text: str) -> list[str]:
    return plain(text).split("\n\n")


async def test_the_headline_is_the_newest_period_with_sources_side_by_side(
    loaded: App, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram, deps: dict
) -> None:
    await ask(dispatcher, bot, telegram.message_update("/turnover"), deps)
    [reply] = telegram.sent()
    title, headline, partial, *rest = blocks(reply.text)
    assert title == "<b>Товарооборот Беларусь — Казахстан</b>"
    # The newest full year leads — not CentralAsia's undated statement, the newest article.
    lines = headline.split("\n")
    assert lines[0] == "<b>2024</b> — источники расходятся:"
    # Told by three outlets: one line, three citations.
    assert lines[1] == "  • <b>$1,3 млрд</b> (+8%)"
    assert re.findall(r'href="([^"]+)"', lines[2]) == [
        "https://belta.by/2024",
        "https://inform.kz/2024",
        "https://kursiv.media/2024",
    ]
    assert plain(reply.text).count("$1,3 млрд") == 1
    # Kazakhstan's statistics differ: shown beside, with its own source, not merged.
    assert lines[3] == "  • <b>$1,25 млрд</b>"
    assert re.findall(r'href="([^"]+)"', lines[4]) == ["https://sputnik.kz/2024"]
    # Then the part of a later year against the same months a year earlier.
    assert partial.split("\n")[0] == "<b>янв–сен 2025: $1,05 млрд</b> (+12%)"
    assert partial.split("\n")[2] == ("<b>янв–сен 2024: $940 млн</b> — те же месяцы годом раньше")
    earlier, said, targets, forecasts = rest
    assert "• <b>янв–авг 2025: +20%</b>" in earlier  # a change-only fact
    assert "• <b>2023: $1,2 млрд</b>" in earlier
    assert said.startswith("Без периода — как сказано:\n• 01.11.2025: <b>$1 млрд</b> — «")
    assert "«уже достиг 1 млрд долларов»" in said
    assert "<b>$3 млрд</b> к 2030 — Олжас Бектенов, 01.05.2025" in targets
    assert "<b>более $1,4 млрд</b> на 2025 — заявлено 01.05.2025" in forecasts
    [photo] = telegram.sent("sendPhoto")
    assert photo.text == "Товарооборот Беларусь — Казахстан"
    [[button]] = reply.params["reply_markup"]["inline_keyboard"]
    assert button["text"] == "📄 Таблица CSV"


async def test_undated_statements_never_lead(
    app: App, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram, deps: dict
) -> None:
    newest_undated = [a for a in trust_data.ARTICLES if a.url.endswith(("/2023", "/said"))]
    await trust_data.load(app, tuple(newest_undated))
    await ask(dispatcher, bot, telegram.message_update("/turnover"), deps)
    [reply] = telegram.sent()
    _, headline, said = blocks(reply.text)
    assert headline.startswith("<b>2023: $1,2 млрд</b>")
    assert said.startswith("Без периода — как сказано:")


async def test_turnover_in_english_has_no_russian_labels(
    loaded: App, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram, deps: dict
) -> None:
    await ask(dispatcher, bot, telegram.message_update("/turnover", language_code="en"), deps)
    [reply] = telegram.sent()
    text = plain(reply.text)
    assert "<b>2024</b> — sources differ:" in text
    assert "<b>$1.3bn</b> (+8%)" in text
    assert "<b>Jan–Sep 2025: $1.05bn</b> (+12%)" in text
    assert "<b>Jan–Sep 2024: $940m</b> — the same months a year earlier" in text
    assert "<b>$3bn</b> by 2030 — Olzhas Bektenov, 1 May 2025" in text
    assert "<b>over $1.4bn</b> for 2025" in text
    labels = re.sub(r"<a [^>]+>.*?</a>|«[^»]*»", "", text)  # outlets' names and words
    assert not re.search(r"[а-яё]", labels, re.IGNORECASE), labels
    [photo] = telegram.sent("sendPhoto")
    assert photo.text == "Trade turnover Belarus — Kazakhstan"


async def test_turnover_csv_by_command_and_by_button(
    loaded: App, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram, deps: dict
) -> None:
    await ask(dispatcher, bot, telegram.message_update("/turnover KZ csv"), deps)
    [document] = telegram.sent("sendDocument")
    assert document.params["caption"].startswith("Товарооборот Беларусь — Казахстан")
    assert telegram.sent() == []
    await ask(dispatcher, bot, telegram.callback_update("trncsv1:BY-KZ", message=SHOWN), deps)
    assert len(telegram.sent("sendDocument")) == 2
    await ask(dispatcher, bot, telegram.callback_update("trncsv1:BY-XX", message=SHOWN), deps)
    assert len(telegram.sent("sendDocument")) == 2  # a forged button sends nothing

    report = await deps["facts"].turnover(("BY", "KZ"))
    rows = list(csv.DictReader(io.StringIO(turnover_csv(report).decode("utf-8-sig"))))
    by_outlets = {(r["period"], r["amount"]): r for r in rows}
    three = by_outlets[("2024", "1300000000")]
    assert three["outlets"] == "БелТА; Kazinform; Курсив"
    assert three["links"].split() == [
        "https://belta.by/2024",
        "https://inform.kz/2024",
        "https://kursiv.media/2024",
    ]
    assert three["change_pct"] == "8"
    assert three["kind"] == "actual"
    assert by_outlets[("2024", "1250000000")]["outlets"] == "Sputnik Казахстан"
    assert by_outlets[("2025-01/2025-08", "")]["change_pct"] == "20"
    assert by_outlets[("", "1000000000")]["first_stated"] == "2025-11-01"
    assert {r["kind"] for r in rows} == {"actual", "target", "forecast"}
    assert rows[0]["period"] == "2025-01/2025-09"  # newest period first


async def test_projects_merge_one_plant_and_keep_2013_apart(
    loaded: App, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram, deps: dict
) -> None:
    await ask(dispatcher, bot, telegram.message_update("/projects"), deps)
    [reply] = telegram.sent()
    text = plain(reply.text)
    # Three articles in two stories, four sentences, one plant: one entry, three citations.
    assert text.count("комбайн") == 1
    plant = next(b for b in blocks(reply.text) if "комбайн" in b).split("\n")
    assert plant[0] == (
        "• <b>совместное производство комбайнов</b> — компании: Гомсельмаш; где: Костанай"
        " · по данным на 09.2025"
    )
    # The value and jobs only BelTA gives are on BelTA's line alone.
    assert plant[1].startswith('    $25 млн; 150 рабочих мест: <a href="https://belta.by/plant">')
    assert re.findall(r'href="([^"]+)"', plant[2]) == [
        "https://inform.kz/plant",
        "https://kursiv.media/plant",
    ]
    assert "<b>проект</b>" not in text  # «Стоимость проекта — $25 млн» is never shown alone
    assert "около $40 млн" in text  # "около" as stated
    # The 2013 statements are not current: apart, with the status as of then.
    current, stale = text.split("<b>Давно без новостей: больше двух лет без подтверждения</b> (2)")
    assert "2013" not in current
    assert (
        "<b>80 совместных предприятий</b> — где: Казахстан · статус на 06.2013: реализуется"
        in stale
    )
    assert "<b>Реализованы</b> (1)" in current and "<b>Планируются</b> (1)" in current


async def test_projects_in_english(
    loaded: App, dispatcher: Dispatcher, bot: Bot, telegram: FakeTelegram, deps: dict
) -> None:
    await ask(dispatcher, bot, telegram.message_update("/projects", language_code="en"), deps)
    [reply] = telegram.sent()
    text = plain(reply.text)
    assert "companies: Gomselmash; where: Kostanay · as of Sep 2025" in text
    assert "$25m; 150 jobs: " in text
    assert "<b>80 joint ventures</b> — where: Kazakhstan · status as of Jun 2013: underway" in text
    assert "<b>No news for long: not confirmed for over two years</b> (2)" in text
    labels = re.sub(r"<a [^>]+>.*?</a>|«[^»]*»", "", text)
    assert not re.search(r"[а-яё]", labels, re.IGNORECASE), labels
    buttons = [b["text"] for row in reply.params["reply_markup"]["inline_keyboard"] for b in row]
    assert buttons == ["• All", "Done (1)", "Planned (1)", "No news for long (2)"]


async def rendered_everywhere(app: App, facts: FactsService) -> list[tuple[str, str]]:
    """Every reply that shows facts, in both languages: /turnover, every /projects filter,
    an alert and a digest of every story."""
    shown = []
    pairs = [tuple(key.split("-")) for key in await facts.available_pairs()]
    stories = await app.analysis.stories(limit=100)
    briefs = await load_briefs(app.analysis, stories)
    for texts in (RU, EN):
        for pair in pairs:
            shown.append((texts.language, render_turnover(await facts.turnover(pair), texts)))
            for status in (None, *FILTERS):
                page = await facts.projects(pair, status, page=0, page_size=100)
                shown.append((texts.language, render_projects(page, texts)))
        shown.append((texts.language, render_alert(briefs, texts)))
        shown.append((texts.language, render_alert(briefs[:1], texts)))
        day = trust_data.NOW.date()
        shown.append((texts.language, render_digest(briefs, len(briefs), day, texts)))
    return shown


async def test_every_citation_states_the_figure_it_is_cited_for(loaded: App, deps: dict) -> None:
    articles = trust_data.texts_by_url()
    checked = 0
    for language, text in await rendered_everywhere(loaded, deps["facts"]):
        assert violations(text, articles, language) == []
        checked += sum(len(c.claims) for c in citations(text, language))
    assert checked > 100  # the check did read figures: money, changes, jobs, counts


async def test_every_citation_of_the_sample_news_states_its_figure(app: App) -> None:
    await app.ingestor.ingest_bundled_sample()
    articles = {
        a.url: f"{a.title}\n{a.body or a.summary}" for a in await app.articles.latest(limit=50)
    }
    facts = FactsService(app.analysis, clock=lambda: trust_data.NOW)
    checked = 0
    for language, text in await rendered_everywhere(app, facts):
        assert violations(text, articles, language) == []
        checked += sum(len(c.claims) for c in citations(text, language))
    assert checked > 20


async def test_the_checker_catches_a_wrong_citation() -> None:
    wrong = (
        '<b>2024: $1,3 млрд</b> (+8%)\n    <a href="https://belta.by/2023">БелТА, 10.02.2024</a>'
    )
    found = violations(wrong, trust_data.texts_by_url())
    assert len(found) == 2  # neither $1,3 млрд nor +8% is in the 2023 article


async def test_a_chart_for_two_figures_and_none_for_one(loaded: App, deps: dict) -> None:
    report = await deps["facts"].turnover(("BY", "KZ"))
    chart = await turnover_chart(report, RU)
    assert chart is not None
    assert chart.startswith(PNG_MAGIC)
    spec = chart_spec(report, EN)
    assert spec is not None
    assert {(b.year, b.partial) for b in spec.bars} == {
        (2023, False),
        (2024, False),
        (2024, True),  # Jan–Sep 2024, beside Jan–Sep 2025
        (2025, True),
    }
    assert [line.kind for line in spec.lines] == ["target", "forecast"]
    assert "by 2030" in spec.lines[0].label
    assert spec.footnote.startswith("Sources: ") and "Newest figure: Jan–Sep 2025" in spec.footnote


@pytest.mark.parametrize(("ending", "drawn"), [(("/2023", "/said"), True), (("/2023",), False)])
async def test_the_chart_needs_two_figures(app: App, ending: tuple[str, ...], drawn: bool) -> None:
    await trust_data.load(app, tuple(a for a in trust_data.ARTICLES if a.url.endswith(ending)))
    report = await app.facts.turnover(("BY", "KZ"))
    assert (await turnover_chart(report, RU) is not None) is drawn


def test_quotes_read_the_figure_back_from_its_sentence() -> None:
    from views.quotes import approx_word, snippet, states_amount, states_change

    said = "Мы значимые партнеры: еще несколько лет назад перешагнули рубеж в 1 миллиард долларов."
    assert snippet(said, 1e9) == "перешагнули рубеж в 1 миллиард долларов"
    assert approx_word(said, 1e9) == "over"
    projects = "Уже реализовано 8 проектов на сумму около $180 миллионов, создано 1400 мест."
    assert approx_word(projects, 180e6) == "about"
    assert states_amount("довести до полумиллиарда долларов", 5e8)
    assert states_amount("составил 1 млрд 300 млн долларов", 1.3e9)
    assert states_amount("оборот составил $952,8 млн.", 952.8e6)
    assert not states_amount("оборот составил $952,8 млн.", 952e6)
    assert states_change("вырос в 1,5 раза", 50)
    assert states_change("торговля выросла в полтора раза", 50)
    assert states_change("упал на 4,5%", -4.5)
    assert states_change("увеличился на треть", 33.3)


async def test_an_alert_names_the_plant_once_with_its_own_sources(loaded: App) -> None:
    [story] = [s for s in await loaded.analysis.stories(limit=100) if "Костанае" in s.title]
    [brief] = await load_briefs(loaded.analysis, [story])
    alert = plain(render_alert([brief], RU))
    facts = [line for line in alert.split("\n") if line.startswith("🏗")]
    # Three sentences of BelTA and Kazinform's retelling: one project, not three.
    assert facts == [
        "🏗 <b>совместное производство комбайнов</b> — компании: Гомсельмаш; где: Костанай"
        " · по данным на 03.2025"
    ]
    assert '    $25 млн; 150 рабочих мест: <a href="https://belta.by/plant">' in alert
    assert violations(alert, trust_data.texts_by_url()) == []
