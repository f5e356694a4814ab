"""Projects and relevance from phrasings built from word classes (heads, stage verbs, counts,
languages), and negative templates that must yield nothing."""

from __future__ import annotations

import itertools
from datetime import date
from typing import Any

import pytest

from news.extract import extract

TITLE = "Беларусь и Казахстан развивают промышленную кооперацию"
PUBLISHED = date(2025, 3, 15)


def projects(text: str, title: str = TITLE) -> list[dict[str, Any]]:
    return extract(text, title=title, published=PUBLISHED).as_dict()["projects"]


# A head in the cases a stage verb asks for: nominative, accusative, genitive.
HEADS = (
    ("совместное предприятие по выпуску лифтов", "совместное предприятие по выпуску лифтов",
     "совместного предприятия по выпуску лифтов"),
    ("завод по сборке тракторов", "завод по сборке тракторов", "завода по сборке тракторов"),
    ("совместное производство комбайнов", "совместное производство комбайнов",
     "совместного производства комбайнов"),
    ("кластер по переработке молока", "кластер по переработке молока",
     "кластера по переработке молока"),
    ("сборочное производство автобусов МАЗ", "сборочное производство автобусов МАЗ",
     "сборочного производства автобусов МАЗ"),
)  # fmt: skip
STAGES = (
    ("В Костанае запущено {nom}.", "done"),
    ("В Костанае заработало {nom}.", "done"),
    ("В Костанае введено в эксплуатацию {nom}.", "done"),
    ("Сейчас в Костанае строится {nom}.", "underway"),
    ("{Nom} в Костанае находится в стадии реализации.", "underway"),
    ("Стороны договорились создать в Костанае {acc}.", "planned"),
    ("В Костанае планируется открыть {acc}.", "planned"),
    ("В 2026 году в Костанае откроется {nom}.", "planned"),
    ("Белорусская сторона предложила создать в Костанае {acc}.", "proposed"),
    ("Стороны обсудили создание в Костанае {gen}.", "proposed"),
    ("Казахстан заинтересован в создании в Костанае {gen}.", "proposed"),
    ("Минск готов открыть в Костанае {acc}.", "proposed"),
)


def _fill(template: str, head: tuple[str, str, str]) -> str:
    nom, acc, gen = head
    return template.format(nom=nom, Nom=nom[:1].upper() + nom[1:], acc=acc, gen=gen)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (_fill(template, head), status)
        for (template, status), head in itertools.product(STAGES, HEADS)
    ],
)
def test_each_stage_verb_gives_its_status(text: str, status: str) -> None:
    [project] = projects(text)
    assert project["status"] == status
    assert project["countries"] == ["BY", "KZ"]
    assert "Костанай" in project["places"]


EN_CASES = (
    ("A joint venture producing elevators opened in Kostanay.", "done"),
    ("A Belarusian tractor assembly plant already operates in Kostanay.", "done"),
    ("A tractor assembly plant is under construction in Kostanay.", "underway"),
    ("The sides agreed to set up a joint venture producing buses in Kostanay.", "planned"),
    ("A combine harvester plant will open in Kostanay next year.", "planned"),
    ("Belarus proposed to build a dairy processing plant in Kostanay.", "proposed"),
    ("Kazakhstan is ready to set up joint ventures with MTZ in its regions.", "proposed"),
)


@pytest.mark.parametrize(("text", "status"), EN_CASES)
def test_english_stages(text: str, status: str) -> None:
    [project] = projects(text, title="Belarus and Kazakhstan expand industrial cooperation")
    assert project["status"] == status


@pytest.mark.parametrize(
    ("text", "status", "count", "value", "jobs"),
    [
        ("В Казахстане работают восемь совместных предприятий.", "done", 8, None, None),
        ("Уже реализовано 12 совместных проектов на сумму $300 млн.", "done", 12, 3e8, None),
        ("На стадии реализации находятся 5 проектов на сумму около $120 млн.",
         "underway", 5, 1.2e8, None),
        ("Стороны планируют запустить ещё 4 проекта стоимостью $50 млн с созданием 600 рабочих "
         "мест.", "planned", 4, 5e7, 600),
        ("Twelve joint plants have opened in Kazakhstan since 2010.", "done", 12, None, None),
        ("В Казахстане реализуются 170 совместных проектов с общим объёмом инвестиций свыше "
         "$50 млрд.", "underway", 170, 5e10, None),
    ],
)  # fmt: skip
def test_groups_of_projects_with_count_value_and_jobs(
    text: str, status: str, count: int, value: float | None, jobs: int | None
) -> None:
    [project] = projects(text)
    assert (project["status"], project["count"]) == (status, count)
    assert project["value"] == (pytest.approx(value) if value else None)
    assert project["jobs"] == jobs


def test_statuses_of_one_sentence_stay_apart() -> None:
    text = (
        "Казахстан и Беларусь реализовали 30 совместных проектов, ещё 40 крупных находятся в "
        "стадии реализации."
    )
    found = sorted((p["status"], p["count"]) for p in projects(text))
    assert found == [("done", 30), ("underway", 40)]


def test_one_plant_told_three_times_is_one_project() -> None:
    text = (
        "В Костанае запущен завод по сборке белорусских тракторов. "
        "Завод будет выпускать 500 машин в год. "
        "На предприятии создано 300 рабочих мест."
    )
    [project] = projects(text)
    assert project["status"] == "done"


def test_a_plant_being_built_now_is_underway_though_created_before() -> None:
    text = (
        "В Костанае создан центр промышленной кооперации с Беларусью. "
        "Сейчас возводятся производственные здания центра."
    )
    [project] = projects(text)
    assert project["status"] == "underway"


@pytest.mark.parametrize(
    "text",
    [
        "Стороны обсудили совместные проекты.",
        "Объём производства тракторов в Казахстане вырос на 10%.",
        "Минский тракторный завод поставил в Казахстан 500 машин.",
        "В Казахстане работают 100 предприятий с белорусским капиталом.",
        "Проектов в энергетике у сторон пока не было.",
        "Торговый дом «Белорусский трактор» открылся в Астане.",
        "Мы могли бы реализовать конкретные совместные проекты.",
        "Делегация посетила сервисный центр МАЗ в Алматы.",
        "Совещание прошло в индустриальном парке «Астана».",
        "Беларусь производит больше товаров, чем может потребить внутренний рынок.",
    ],
)
def test_what_is_not_a_project(text: str) -> None:
    assert projects(text) == []


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Лукашенко и Токаев обсудили поставки тракторов и кооперацию в машиностроении.",
         ["BY", "KZ"]),
        ("МТЗ наладил сборку тракторов в Костанае, сообщили в министерстве промышленности.",
         ["BY", "KZ"]),
        ("Belarusian and Kazakh ministers discussed industrial cooperation and trade.",
         ["BY", "KZ"]),
        ("Беларусь і Казахстан абмеркавалі эканамічнае супрацоўніцтва і гандаль.", ["BY", "KZ"]),
        ("Мінск і Ташкент пашыраюць прамысловую кааперацыю і экспарт.", ["BY", "UZ"]),
        ("Гомельская область и Андижанская область подписали соглашение о поставках техники.",
         ["BY", "UZ"]),
        ("Премьер-министр Кыргызстана и посол Беларуси обсудили поставки автобусов МАЗ в Бишкек.",
         ["BY", "KG"]),
    ],
)  # fmt: skip
def test_the_pair_is_named_any_way_outlets_name_it(text: str, pair: list[str]) -> None:
    facts = extract(text, published=PUBLISHED)
    assert facts.relevant
    assert list(facts.countries) == pair


@pytest.mark.parametrize(
    "text",
    [
        "Сборные Беларуси и Казахстана сыграли вничью в товарищеском матче по футболу.",
        "В Астане и Минске синоптики обещают снег и мороз до минус 20 градусов.",
        "Беларусь и Китай подписали торговое соглашение и обсудили инвестиции.",
        "Кыргызстан и Узбекистан намерены нарастить торговлю до $2 млрд.",
        "Товарооборот Казахстана со странами Центральной Азии вырос до $10 млрд; торговля со "
        "странами ЕАЭС — до $28 млрд.",
        "Kazakhstan Culture Days opened in Minsk with a concert and an exhibition.",
    ],
)
def test_not_about_the_economy_of_a_tracked_pair(text: str) -> None:
    facts = extract(text, published=PUBLISHED)
    assert not facts.relevant
    assert facts.turnover == () and facts.projects == ()


# Datelines outlets open with, in Russian, English and Belarusian: their day is no count, and
# the item reads as it reads without them.
DATELINES = {
    "ru": ("Минск, 10 сентября (БелТА). ", "Минск, 10 сентября – ", "Астана, 10 сентября. "),
    "en": ("ASTANA, Sept. 10 (Kazinform) – ", "TASHKENT, September 10 (UzA) – ",
           "MINSK, 10 September (BelTA) – "),
    "be": ("Мінск, 10 верасня (БелТА). ", "Мінск, 10 верасня – "),
}  # fmt: skip
UNCOUNTED = {
    "ru": ("В Костанае запущено совместное предприятие по выпуску лифтов.",
           "Совместное белорусско-казахстанское предприятие по выпуску лифтов запущено в "
           "Костанае.",
           "Совместные предприятия по выпуску белорусских лифтов работают в Костанае."),
    "en": ("A joint venture producing Belarusian elevators has started operating in Kostanay.",
           "Joint ventures producing Belarusian elevators have opened in Kostanay.",
           "Belarusian-Kazakh joint ventures assemble tractors in Kostanay."),
    "be": ("У Казахстане працуюць зборачныя вытворчасці беларускай тэхнікі.",
           "Сумесныя прадпрыемствы па выпуску беларускіх ліфтаў працуюць у Казахстане."),
}  # fmt: skip


@pytest.mark.parametrize(
    ("dateline", "text"),
    [
        (dateline, text)
        for language, datelines in DATELINES.items()
        for dateline, text in itertools.product(datelines, UNCOUNTED[language])
    ],
)
def test_the_day_of_a_dateline_is_never_a_count(dateline: str, text: str) -> None:
    found = projects(dateline + text)
    assert [p["count"] for p in found] == [None] * len(found)
    assert [p["status"] for p in found] == [p["status"] for p in projects(text)]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("ASTANA, Sept. 10 (Kazinform) – Ten joint ventures producing Belarusian elevators have "
         "opened in Kostanay.", 10),
        ("Минск, 10 сентября – 12 совместных предприятий работают в Казахстане.", 12),
        ("В Казахстане работают 1 200 совместных белорусско-казахстанских предприятий.", 1200),
        ("В Казахстане уже запущено 1 400 совместных белорусско-казахстанских производств.", 1400),
        ("Some 1,200 Belarusian-Kazakh joint ventures have opened in Kazakhstan since 2010.", 1200),
    ],
)  # fmt: skip
def test_a_count_is_read_whole_and_next_to_its_head(text: str, count: int) -> None:
    [project] = projects(text)
    assert project["count"] == count


@pytest.mark.parametrize(
    "text",
    [
        "Twenty-five new joint ventures were launched in 2024, including a textile factory in "
        "Kostanay and a cement plant in Karaganda region.",
        "В 2024 году запущено 25 совместных предприятий, в том числе текстильная фабрика в "
        "Костанае и цементный завод в Карагандинской области.",
        "В 2024 году запущено 25 совместных предприятий, включая текстильную фабрику в Костанае.",
        "У 2024 годзе запушчана 25 сумесных прадпрыемстваў, у тым ліку тэкстыльная фабрыка ў "
        "Костанаі.",
    ],
)
def test_members_named_after_a_counted_group_are_in_it(text: str) -> None:
    assert [(p["status"], p["count"]) for p in projects(text)] == [("done", 25)]


def test_a_project_named_after_an_uncounted_one_stays_apart() -> None:
    text = (
        "В Костанае запущено совместное предприятие по выпуску лифтов, включая сервисный "
        "центр; в Кокшетау строится завод по сборке тракторов."
    )
    assert sorted(p["status"] for p in projects(text)) == ["done", "underway"]


NAMED_HEADS = (
    "новый завод «Амкодор»",
    "совместное предприятие «КазБелАгроМаш»",
    "сборочное производство ТОО «Кустанай-Агро»",
)
COMPLEMENTS = ("по выпуску дорожной техники", "по сборке белорусских погрузчиков")
NAMED_STAGES = (
    ("В Петропавловске строится {head} {complement}.", "underway"),
    ("В Петропавловске запущено {head} {complement}.", "done"),
    ("В Петропавловске в 2026 году откроется {head} {complement}.", "planned"),
)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (template.format(head=head, complement=complement), status)
        for (template, status), head, complement in itertools.product(
            NAMED_STAGES, NAMED_HEADS, COMPLEMENTS
        )
    ]
    + [
        ("У Петрапаўлаўску будуецца завод «Амкадор» па выпуску дарожнай тэхнікі.", "underway"),
        ('A "Belarus-Kazakhstan" plant for the assembly of loaders is under construction in '
         "Petropavlovsk.", "underway"),
    ],
)  # fmt: skip
def test_a_named_head_and_its_complement_are_one_project(text: str, status: str) -> None:
    assert [p["status"] for p in projects(text)] == [status]


# How outlets tell a stage with a verb of its own tense, in Russian, English and Belarusian.
VERB_STAGES = (
    ("Сейчас стороны реализуют 12 совместных проектов в машиностроении.", "underway", 12),
    ("Стороны реализуют 12 совместных проектов в машиностроении.", "underway", 12),
    ("Белорусские и казахстанские компании реализуют 12 совместных проектов.", "underway", 12),
    ("В Костанае стороны строят завод по сборке тракторов.", "underway", None),
    ("Белорусская компания создаёт в Костанае производство лифтов.", "underway", None),
    ("Belarus and Kazakhstan are building a tractor assembly plant in Kostanay.", "underway",
     None),
    ("Бакі рэалізуюць 12 сумесных праектаў у машынабудаванні.", "underway", 12),
    ("В 2027 году стороны реализуют 12 совместных проектов в машиностроении.", "planned", 12),
    ("В ближайшие годы стороны реализуют 12 совместных проектов в машиностроении.", "planned",
     12),
    ("Бакі абмяркоўваюць стварэнне яшчэ пяці сумесных прадпрыемстваў.", "proposed", 5),
    ("Бакі абмеркавалі стварэнне пяці сумесных прадпрыемстваў.", "proposed", 5),
    ("Стороны обсуждают создание ещё пяти совместных предприятий.", "proposed", 5),
    ("The sides are discussing five more joint ventures in Kazakhstan.", "proposed", 5),
    ("Kazakh companies have expressed interest in building a grain terminal in Kostanay.",
     "proposed", None),
    ("Twelve Belarusian-Kazakh joint ventures operate in Kazakhstan.", "done", 12),
)  # fmt: skip


@pytest.mark.parametrize(("text", "status", "count"), VERB_STAGES)
def test_the_tense_and_aspect_of_a_stage_verb(text: str, status: str, count: int | None) -> None:
    [project] = projects(text)
    assert (project["status"], project["count"]) == (status, count)


@pytest.mark.parametrize(
    "text",
    [
        "Стороны обсудили совместные проекты.",
        "Бакі абмеркавалі сумесныя праекты.",
        "The sides discussed joint projects.",
        "Стороны реализуют договорённости, достигнутые на высшем уровне.",
    ],
)
def test_a_stage_verb_without_a_project_is_no_fact(text: str) -> None:
    assert projects(text) == []


# The people a project employs, told in its own clause, a relative clause or the next sentence.
OPENINGS = (
    "В Костанае запущено совместное предприятие по выпуску лифтов",
    "A joint venture producing Belarusian elevators has opened in Kostanay",
)
STAFF = {
    "ru": (", на котором работают 120 человек.", ". Там будут работать 120 сотрудников.",
           ", где трудятся 120 работников.", ", на нём занято около 120 человек."),
    "en": (". The $12 million plant employs 120 people.", ". The plant will employ 120 workers.",
           ", which employs 120 people.", ". Some 120 people work at the plant."),
}  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [OPENINGS[0] + ending for ending in STAFF["ru"]] + [OPENINGS[1] + e for e in STAFF["en"]],
)
def test_the_staff_of_a_project_are_its_jobs(text: str) -> None:
    [project] = projects(text)
    assert (project["status"], project["jobs"]) == ("done", 120)


@pytest.mark.parametrize(
    "text",
    [
        "В Костанае запущено совместное предприятие по выпуску лифтов. Минский тракторный "
        "завод, на котором работают 17 тысяч человек, поставил в Казахстан 500 машин.",
        "A joint venture producing Belarusian elevators has opened in Kostanay. MTZ employs "
        "17,000 people in Minsk.",
        "A joint venture producing Belarusian elevators has opened in Kostanay. A Turkish "
        "textile company in Istanbul employs 1,800 people.",
    ],
)
def test_the_staff_of_another_firm_are_no_jobs_of_the_project(text: str) -> None:
    [project] = projects(text)
    assert project["jobs"] is None


@pytest.mark.parametrize(
    "text",
    [
        "A joint venture producing Mogilevliftmash elevators has started operating in Tashkent "
        "region. The $12 million plant employs 180 people. Another joint venture, which will "
        "assemble Amkodor loaders in Andijan, is under construction.",
        "В Ташкентской области запущено совместное предприятие по выпуску лифтов, на котором "
        "работают 180 человек. Ещё одно совместное предприятие строится в Андижане.",
        "У Ташкенцкай вобласці запушчана сумеснае прадпрыемства па выпуску ліфтаў, на якім "
        "працуюць 180 чалавек. Яшчэ адно сумеснае прадпрыемства будуецца ў Андыжане.",
    ],
)
def test_another_project_is_not_the_one_before(text: str) -> None:
    found = projects(text, title="Belarus and Uzbekistan expand industrial cooperation")
    assert [(p["status"], p["jobs"]) for p in found] == [("done", 180), ("underway", None)]


# One portfolio told part by part, each part with a stage: one group per part.
TOTALS = {
    "ru": ("Из 50 совместных проектов", "Из 50 совместных промышленных проектов сторон"),
    "en": ("Of the 50 joint industrial projects that Kazakhstan and Belarus have in their "
           "portfolio,", "Of the 50 joint projects,"),
    "be": ("З 50 сумесных праектаў",),
}  # fmt: skip
PARTS = {
    "ru": (" 11 уже реализованы, 25 — в стадии реализации, 14 — планируются.",
           " 11 уже работают, 25 находятся в стадии реализации, а 14 планируется запустить до "
           "2027 года."),
    "en": (" 11 are already operating and have created some 1,200 jobs, 25 are being "
           "implemented and 14 are scheduled to start by 2027.",
           " 11 have been completed, 25 are under construction and 14 are planned."),
    "be": (" 11 ужо рэалізаваны, 25 рэалізуюцца, 14 плануецца запусціць да 2027 года.",),
}  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        total + part
        for language, totals in TOTALS.items()
        for total, part in itertools.product(totals, PARTS[language])
    ],
)
def test_a_total_told_by_stage_is_its_groups(text: str) -> None:
    found = [(p["status"], p["count"]) for p in projects(text)]
    assert found == [("done", 11), ("underway", 25), ("planned", 14)]
    if "1,200 jobs" in text:
        assert [p["jobs"] for p in projects(text)] == [1200, None, None]


@pytest.mark.parametrize(
    "text",
    [
        "Из 50 совместных проектов 11 — в машиностроении, 25 — в сельском хозяйстве.",
        "Of the 30 joint projects, 12 are in agriculture and 18 in engineering.",
        "Из 50 совместных проектов, которые уже реализованы, 30 — в Костанае.",
    ],
)
def test_a_total_told_by_sector_stays_whole(text: str) -> None:
    assert all(p["count"] in (None, 50, 30) for p in projects(text))


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Gomselmash combine harvesters have been assembled in Kostanay since 2019.", "done"),
        ("MTZ tractors are assembled in Kostanay.", "done"),
        ("Belarusian tractors were produced in Kostanay in 2019.", "done"),
        ("MTZ tractors will be assembled in Kostanay from next year.", "planned"),
        ("В Костанае уже собирают тракторы МТЗ.", "done"),
    ],
)
def test_assembly_in_the_partner_country_is_a_project(text: str, status: str) -> None:
    [project] = projects(text)
    assert project["status"] == status


@pytest.mark.parametrize(
    "text",
    [
        "Gomselmash combine harvesters are assembled in Germany.",
        "Tractors have been assembled in Kostanay since 2019.",
        "MTZ tractors have been assembled in Minsk since 1950.",
    ],
)
def test_assembly_elsewhere_or_of_nothing_named_is_no_project(text: str) -> None:
    assert projects(text) == []


TRADE_TARGETS = (
    "нарастить торговлю до 34 млрд долларов",
    "довести товарооборот до 5 млрд долларов",
    "увеличить экспорт до 2 млрд долларов",
    "выйти на товарооборот в 3 млрд долларов",
)
PROJECTS_AFTER = (
    ("и запустить ещё несколько совместных проектов", None),
    ("и реализовать 10 совместных проектов", 10),
)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (f"Стороны намерены {target} {projects_} .", count)
        for target, (projects_, count) in itertools.product(TRADE_TARGETS, PROJECTS_AFTER)
    ]
    + [
        ("Kazakhstan and Belarus plan to raise trade to $5 billion and launch 10 joint projects.",
         10),
        ("The sides agreed to bring bilateral trade to $3 billion and set up 4 joint ventures.", 4),
        ("Бакі плануюць павялічыць тавараабарот да 5 млрд долараў і рэалізаваць 10 сумесных "
         "праектаў.", 10),
        ("Товарооборот составил 1 млрд долларов, стороны договорились довести его до 2 млрд "
         "долларов и создать 3 совместных предприятия.", 3),
    ],
)  # fmt: skip
def test_a_trade_figure_is_no_value_of_the_projects(text: str, count: int | None) -> None:
    found = projects(text)
    assert all(p["value"] is None for p in found)
    assert [p["count"] for p in found] == ([count] if count else [])


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Беларусь и Казахстан реализуют 10 совместных проектов на 5 млрд долларов.", 5e9),
        ("Стороны довели товарооборот до 1 млрд долларов и реализуют 10 совместных проектов "
         "общей стоимостью 5 млрд долларов.", 5e9),
        ("На совместные проекты по импортозамещению выделено 9 млрд долларов, их реализуют "
         "в Костанае.", 9e9),
        ("Kazakhstan and Belarus are implementing 10 joint projects worth $5 billion to boost "
         "trade.", 5e9),
    ],
)  # fmt: skip
def test_the_value_of_projects_stays_theirs_next_to_trade(text: str, value: float) -> None:
    assert [p["value"] for p in projects(text)] == [value]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("В Костанае будет запущено совместное производство лифтов.", "planned"),
        ("В Костанае будут открыты два совместных завода по сборке тракторов.", "planned"),
        ("У Кастанаі будзе запушчана сумесная вытворчасць ліфтаў.", "planned"),
        ("A joint plant for MTZ tractors will be opened in Kostanay.", "planned"),
        ("У Кокшэтау вядзецца будаўніцтва сумеснага прадпрыемства па зборцы тэхнікі.",
         "underway"),
        ("A joint plant for MTZ tractors has opened in Kostanay.", "done"),
        ("An assembly plant for Belarusian tractors is operating in Kostanay.", "done"),
        ("У Казахстане працуюць 12 беларуска-казахстанскіх зборачных вытворчасцей.", "done"),
    ],
)  # fmt: skip
def test_a_stage_told_by_an_auxiliary_or_a_phrase(text: str, status: str) -> None:
    [project] = projects(text)
    assert project["status"] == status


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("У Казахстане працуюць 12 беларуска-казахстанскіх зборачных вытворчасцей.", 12),
        ("Бакі абмяркоўваюць стварэнне яшчэ пяці сумесных прадпрыемстваў.", 5),
        ("У Казахстане працуюць 10 сумесных прадпрыемстваў.", 10),
    ],
)
def test_a_belarusian_count_before_its_adjectives(text: str, count: int) -> None:
    assert [p["count"] for p in projects(text)] == [count]


@pytest.mark.parametrize(
    "text",
    [
        "В Костанае строится совместное с ОАО «Гомсельмаш» предприятие по выпуску комбайнов.",
        "В Костанае ведётся строительство совместного с ЗАО «Амкодор» предприятия по сборке "
        "техники.",
        "In Kostanay a joint venture with JSC «Amkodor» is being built.",
    ],
)
def test_the_partner_of_a_joint_venture_is_no_project_of_its_own(text: str) -> None:
    assert len(projects(text)) == 1


@pytest.mark.parametrize("where", ["На предприятии", "На заводе", "На новом заводе"])
@pytest.mark.parametrize("staff", ["трудоустроены 230 человек", "работают 230 человек",
                                   "создано 230 рабочих мест"])  # fmt: skip
def test_the_staff_at_the_plant_just_named_are_its_jobs(where: str, staff: str) -> None:
    text = (
        "В Костанае начал работу совместный завод по сборке тракторов стоимостью $21 млн. "
        f"{where} {staff}. В Кокшетау строится ещё одно совместное предприятие — по выпуску "
        "стекла."
    )
    assert sorted((p["status"], p["jobs"]) for p in projects(text)) == [
        ("done", 230),
        ("underway", None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "На заводе «МТЗ» работают 15 000 человек.",
        "На предприятии трудоустроены 230 человек.",
        "At the plant 230 people work.",
    ],
)
def test_staff_at_a_plant_with_no_project_named_is_no_fact(text: str) -> None:
    assert projects(text) == []


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Стороны обсудили открытие в Костанае сервисного центра МАЗ.", "proposed"),
        ("Стороны договорились открыть в Костанае сервисный центр «Гомсельмаш».", "planned"),
        ("A BelAZ service centre has been operating in Karaganda since 2021.", "done"),
        ("В порту Актау введён в эксплуатацию совместный контейнерный хаб.", "done"),
        ("Стороны обсудили создание совместного контейнерного хаба в Актау.", "proposed"),
        ("На границе ведётся строительство казахстанско-белорусского торгово-логистического "
         "центра.", "underway"),
    ],
)  # fmt: skip
def test_a_hub_or_one_makers_service_centre_is_a_project(text: str, status: str) -> None:
    [project] = projects(text)
    assert project["status"] == status


@pytest.mark.parametrize(
    "text",
    [
        "В Казахстане действуют более 20 сервисных центров белорусских предприятий.",
        "В Костанае открыт торговый центр.",
        "Service centres of Belarusian companies operate in Kazakhstan.",
    ],
)
def test_a_network_of_service_centres_or_a_shop_is_no_project(text: str) -> None:
    assert projects(text) == []


def test_a_service_centre_is_not_the_plant_named_before() -> None:
    text = (
        "В Костанае будет создано совместное предприятие по сборке погрузчиков. "
        "Стороны также обсудили открытие в Костанае сервисного центра МАЗ."
    )
    assert sorted(p["status"] for p in projects(text)) == ["planned", "proposed"]


# Projects still talked over: "на стадии обсуждения / проработки", "at the discussion stage".
@pytest.mark.parametrize(
    "text",
    [
        f"{lead} 12 {noun} {verb} {stage}."
        for lead, noun, verb, stage in (
            ("Ещё", "совместных проектов", "находятся", "на стадии обсуждения"),
            ("Ещё", "совместных проектов", "находятся", "в стадии проработки"),
            ("Ещё", "совместных предприятий", "пока", "на стадии переговоров"),
            ("Another", "joint projects", "are", "at the discussion stage"),
            ("Another", "joint ventures", "are still", "at the planning stage"),
            ("Яшчэ", "сумесных праектаў", "знаходзяцца", "на стадыі абмеркавання"),
            ("Яшчэ", "сумесных прадпрыемстваў", "знаходзяцца", "на стадыі прапрацоўкі"),
        )
    ],
)
def test_projects_at_the_stage_of_talks_are_proposed(text: str) -> None:
    assert [(p["status"], p["count"]) for p in projects(text)] == [("proposed", 12)]


def test_projects_at_the_stage_of_building_are_underway_not_proposed() -> None:
    found = projects("Ещё 12 совместных проектов находятся в стадии реализации.")
    assert [(p["status"], p["count"]) for p in found] == [("underway", 12)]


@pytest.mark.parametrize("currency", ["тенге", "тэнге", "KZT"])
def test_a_value_in_tenge_is_a_projects_value_in_any_of_the_three_languages(
    currency: str,
) -> None:
    found = projects(f"У Костанаі будуецца сумеснае прадпрыемства коштам 7 млрд {currency}.")
    assert [(p["value"], p["currency"]) for p in found] == [(7_000_000_000, "KZT")]


# A total told in one sentence and its parts, by stage, in the next: "Из них …", "Of them …".
PORTFOLIOS = {
    "ru": ("В портфеле сотрудничества — 45 совместных проектов.",
           "Стороны реализуют 45 совместных проектов."),
    "en": ("The cooperation portfolio holds 45 joint projects.",),
    "be": ("У партфелі супрацоўніцтва — 45 сумесных праектаў.",),
}  # fmt: skip
PORTFOLIO_PARTS = {
    "ru": ("Из них 18 уже реализованы, 15 находятся в стадии реализации, ещё 12 планируется "
           "запустить до 2027 года.",
           "Из них 18 уже работают, 15 — в стадии реализации, а 12 планируется запустить."),
    "en": ("Of them, 18 are already operating, 15 are being implemented and 12 are scheduled "
           "to start by 2027.",),
    "be": ("З іх 18 ужо рэалізаваны, 15 знаходзяцца на стадыі рэалізацыі, яшчэ 12 плануецца "
           "запусціць да 2027 года.",),
}  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        f"{total} {part}"
        for language, totals in PORTFOLIOS.items()
        for total, part in itertools.product(totals, PORTFOLIO_PARTS[language])
    ],
)
def test_a_total_told_by_stage_in_the_next_sentence_is_its_groups(text: str) -> None:
    found = [(p["status"], p["count"]) for p in projects(text)]
    assert found == [("done", 18), ("underway", 15), ("planned", 12)]


@pytest.mark.parametrize(
    "text",
    [
        "В портфеле сотрудничества — 45 совместных проектов. Из них 18 — в машиностроении, "
        "15 — в сельском хозяйстве.",
        "Стороны реализуют 45 совместных проектов. Из них 18 — в Костанае.",
    ],
)
def test_a_total_told_by_sector_in_the_next_sentence_stays_whole(text: str) -> None:
    assert all(p["count"] in (None, 45) for p in projects(text))


# A number coordinated with a counted group, its head elided: a group of its own.
@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan and Belarus have commissioned 36 joint projects worth $4 billion, another "
        "58 projects are being implemented, and 48 are scheduled to start before 2027.",
        "Казахстан и Беларусь реализовали 36 совместных проектов на $4 млрд, ещё 58 проектов "
        "находятся в стадии реализации, а 48 планируется запустить до 2027 года.",
        "Казахстан і Беларусь рэалізавалі 36 сумесных праектаў на 4 млрд долараў, яшчэ 58 "
        "праектаў знаходзяцца на стадыі рэалізацыі, і 48 плануецца запусціць да 2027 года.",
    ],
)
def test_a_coordinated_number_with_its_head_elided_is_a_group(text: str) -> None:
    found = [(p["status"], p["count"]) for p in projects(text)]
    assert found == [("done", 36), ("underway", 58), ("planned", 48)]


@pytest.mark.parametrize(
    "text",
    [
        "Стороны реализуют 36 совместных проектов, и 48 компаний участвуют в них.",
        "The sides are implementing 36 joint projects and 2027 is the deadline.",
    ],
)
def test_a_number_of_something_else_after_a_group_is_no_group(text: str) -> None:
    assert [p["count"] for p in projects(text)] == [36]


# Belarusian past tense, and the stage phrases of Belarusian.
@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Беларусь і Казахстан рэалізавалі 18 сумесных праектаў.", "done"),
        ("Бакі запусцілі 18 сумесных праектаў.", "done"),
        ("Бакі стварылі ў Кастанаі сумеснае прадпрыемства па зборцы трактароў.", "done"),
        ("Сумеснае прадпрыемства па зборцы трактароў знаходзіцца на стадыі рэалізацыі.",
         "underway"),
        ("Сумеснае прадпрыемства па зборцы трактароў знаходзіцца на стадыі будаўніцтва.",
         "underway"),
        ("Сумеснае прадпрыемства па выпуску ліфтаў знаходзіцца на стадыі перамоваў.", "proposed"),
    ],
)  # fmt: skip
def test_belarusian_past_tense_and_stage_phrases(text: str, status: str) -> None:
    assert [p["status"] for p in projects(text)] == [status]


# What goes on is done; what goes on being built, underway; being talked over, proposed.
@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("В Костанае на совместном предприятии продолжается сборка тракторов МТЗ.", "done"),
        ("Совместное предприятие по сборке тракторов в Костанае продолжает работать.", "done"),
        ("The joint venture assembling MTZ tractors in Kostanay continues to supply machinery.",
         "done"),
        ("У Кастанаі на сумесным прадпрыемстве працягваецца зборка трактароў МТЗ.", "done"),
        ("В Костанае продолжается строительство совместного завода по сборке тракторов.",
         "underway"),
        ("У Кастанаі працягваецца будаўніцтва сумеснага завода па зборцы трактароў.",
         "underway"),
        ("Стороны продолжают обсуждать создание совместного предприятия по выпуску лифтов.",
         "proposed"),
    ],
)  # fmt: skip
def test_a_verb_of_continuing_takes_the_stage_of_what_continues(text: str, status: str) -> None:
    assert [p["status"] for p in projects(text)] == [status]


# A participle agreeing with the noun of action that governs the head ("запуск сборки …,
# намеченный") tells the project's stage.
@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Приоритет — запуск сборки тракторов в Кокшетау, намеченный на 2026 год.", "planned"),
        ("Приоритет — строительство завода по выпуску лифтов в Кокшетау, намеченное на 2026 "
         "год.", "planned"),
        ("Приоритет — создание совместного предприятия по выпуску лифтов, запланированное на 2026 "
         "год.", "planned"),
    ],
)  # fmt: skip
def test_a_participle_of_the_governing_noun_tells_the_stage(text: str, status: str) -> None:
    assert [p["status"] for p in projects(text)] == [status]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("A joint enterprise assembling MAZ trucks has been opened in Kostanay.", "done"),
        ("A joint Belarusian-Kazakh enterprise producing elevators will be set up in Kostanay.",
         "planned"),
    ],
)  # fmt: skip
def test_a_joint_enterprise_is_a_project(text: str, status: str) -> None:
    assert [p["status"] for p in projects(text)] == [status]


def test_an_enterprise_not_joint_is_no_project() -> None:
    assert projects("Belarusian enterprises opened offices in Kostanay.") == []


# After a Belarusian head the noun phrase ends at its predicate: "вытворчасць разлічана на …"
# is the plant just named, and the jobs told in a place phrase are its own.
@pytest.mark.parametrize(
    "second",
    [
        "Вытворчасць разлічана на 500 ліфтаў у год, на заводзе створана 200 рабочых месцаў.",
        "Узровень лакалізацыі вытворчасці перавышае 50%, на заводзе створана 200 рабочых месцаў.",
    ],
)
def test_a_belarusian_head_told_again_with_its_predicate_is_the_same_project(
    second: str,
) -> None:
    text = f"У Кастанаі адкрыта сумеснае прадпрыемства па выпуску ліфтаў. {second}"
    assert [(p["status"], p["jobs"]) for p in projects(text)] == [("done", 200)]


def test_a_belarusian_complement_is_read_whatever_pymorphy_guesses() -> None:
    found = projects("Бакі абмяркоўваюць стварэнне ў Кастанаі сумеснай вытворчасці малочнай "
                     "прадукцыі.")  # fmt: skip
    assert [p["status"] for p in found] == ["proposed"]


def test_a_value_told_after_a_plant_is_the_plants_not_an_earlier_portfolios() -> None:
    text = (
        "В Костанае подготовлен портфель совместных проектов на сумму свыше $2 млрд. "
        "Белорусская сторона предложила построить там завод по выпуску лифтов. "
        "Kazakhstan and Belarus have agreed to set up a joint enterprise in the Kostanay "
        "industrial park."
    )
    statuses = sorted(p["status"] for p in projects(text))
    assert "proposed" in statuses


# Belarusian heads in every case: "зборка", "зборкі", "зборцы" (pymorphy3 does not parse them).
@pytest.mark.parametrize(
    "text",
    [
        "Бакі падпісалі пагадненне аб зборцы трактароў у Кастанаі.",
        "Бакі падпісалі пагадненне аб зборцы трактароў у Кастанаі: вытворчасць плануецца "
        "запусціць у 2026 годзе.",
        "Бакі дамовіліся пра зборку трактароў у Кастанаі.",
    ],
)
def test_a_belarusian_head_is_read_in_any_case(text: str) -> None:
    assert [p["status"] for p in projects(text)] == ["planned"]


# A span of years covering publication is work going on ("в 2025-2026 годах планируется
# реализовать"), unless the sentence tells an act of agreeing: then it is the term agreed.
AGREEING_ACTS = (
    ("Belarus and Kazakhstan have signed a roadmap for 2025-2026, which includes 22 joint "
     "projects."),
    "Belarus and Kazakhstan signed an agreement for 2025-2026 that covers 22 joint projects.",
    "The sides agreed to implement 22 joint projects in 2025-2026.",
    "Беларусь и Казахстан подписали дорожную карту на 2025-2026 годы, которая включает 22 "
    "совместных проекта.",
    "Беларусь и Казахстан утвердили дорожную карту на 2025-2026 годы, в которую вошли 22 "
    "совместных проекта.",
    "Стороны договорились реализовать в 2025-2026 годах 22 совместных проекта.",
    "Беларусь і Казахстан дамовіліся рэалізаваць у 2025-2026 гадах 22 сумесныя праекты.",
)  # fmt: skip


@pytest.mark.parametrize("text", AGREEING_ACTS)
def test_a_span_of_years_an_act_of_agreeing_sets_is_planned(text: str) -> None:
    assert [(p["status"], p["count"]) for p in projects(text)] == [("planned", 22)]


@pytest.mark.parametrize(
    "text",
    [
        "В 2025-2026 годах планируется реализовать 22 совместных проекта.",
        "У 2025-2026 гадах плануецца рэалізаваць 22 сумесныя праекты.",
    ],
)
def test_a_span_of_years_with_no_act_of_agreeing_is_work_going_on(text: str) -> None:
    assert [(p["status"], p["count"]) for p in projects(text)] == [("underway", 22)]


# A phrase an adjective governs may stand between the count and its head: "три совместных
# с белорусскими партнёрами проекта", "сумесныя з беларускімі партнёрамі праекты".
COUNTED_WITH_AN_INNER_PHRASE = (
    ("В Костанае реализуются {n} совместных с белорусскими партнёрами проекта.", "underway"),
    ("В Костанае работают {n} созданных при поддержке Минска совместных производства.", "done"),
    ("В Костанае планируется запустить {n} совместных с белорусскими компаниями проекта.",
     "planned"),
    ("Ў Кастанаі рэалізуюцца {n} сумесныя з беларускімі партнёрамі праекты.", "underway"),
    ("{N} joint projects with Belarusian partners are being implemented in Kostanay.",
     "underway"),
)  # fmt: skip


@pytest.mark.parametrize(("template", "status"), COUNTED_WITH_AN_INNER_PHRASE)
@pytest.mark.parametrize(
    ("word", "count"), [("три", 3), ("3", 3), ("четыре", 4)], ids=["word", "digits", "four"]
)
def test_a_phrase_inside_a_counted_noun_phrase_keeps_the_count(
    template: str, status: str, word: str, count: int
) -> None:
    if template.startswith("Ў"):
        word = {"три": "тры", "четыре": "чатыры"}.get(word, word)
    elif template.startswith("{N}"):
        word = {"три": "Three", "четыре": "Four"}.get(word, word)
    text = template.format(n=word, N=word)
    assert [(p["status"], p["count"]) for p in projects(text)] == [(status, count)]


@pytest.mark.parametrize(
    "text",
    [
        "В 2024 году с белорусскими партнёрами реализованы проекты.",
        "За 5 лет с белорусскими партнёрами реализованы проекты.",
        "У 2024 годзе з беларускімі партнёрамі рэалізаваны праекты.",
    ],
)
def test_a_number_before_a_phrase_no_adjective_governs_is_no_count(text: str) -> None:
    assert projects(text) == []


# What a project costs is its value, not what it is: told after a plant, it is the plant's.
PLANTS_BEING_BUILT = (
    "Строительство совместного завода по производству лифтов в Костанае идёт по графику.",
    "Строительство совместного завода по производству лифтов в Костанае ведётся по графику.",
    "Будаўніцтва сумеснага завода па выпуску ліфтаў у Кастанаі ідзе па графіку.",
    "Construction of the joint elevator plant in Kostanay is on schedule.",
)
VALUES_TOLD_AFTER = (
    "Проект стоимостью $30 млн предусматривает создание 300 рабочих мест.",
    "Проект общей стоимостью $30 млн предусматривает создание 300 рабочих мест.",
    "Праект коштам 30 млн долараў прадугледжвае стварэнне 300 працоўных месцаў.",
    "Праект вартасцю 30 млн долараў прадугледжвае стварэнне 300 працоўных месцаў.",
    "The project worth $30 million will create 300 jobs.",
)


@pytest.mark.parametrize("plant", PLANTS_BEING_BUILT)
@pytest.mark.parametrize("value", VALUES_TOLD_AFTER)
def test_a_projects_price_told_after_a_plant_is_the_plants(plant: str, value: str) -> None:
    found = [(p["status"], p["value"], p["jobs"]) for p in projects(f"{plant} {value}")]
    assert found == [("underway", 30_000_000, 300)]


@pytest.mark.parametrize("plant", PLANTS_BEING_BUILT)
def test_the_noun_of_building_as_subject_is_underway(plant: str) -> None:
    assert [p["status"] for p in projects(plant)] == ["underway"]


# Assembly told by a participle before what is assembled, the maker in its noun phrase.
@pytest.mark.parametrize(
    "text",
    [
        "Собранные в Костанае тракторы МТЗ уже поставляются в Грузию.",
        "Выпущенные в Костанае белорусские комбайны поставляются в Россию.",
        "Выпускаемые в Костанае белорусские комбайны поставляются в Россию.",
        "Сабраныя ў Кастанаі трактары МТЗ ужо пастаўляюцца ў Грузію.",
        "Сабраныя ў Кастанаі беларускія трактары пастаўляюцца ў Грузію.",
        "MTZ tractors assembled in Kostanay are already shipped to Georgia.",
        "Belarusian combines manufactured in Kostanay are sold in Russia.",
    ],
)
def test_assembly_told_by_a_participle_is_done(text: str) -> None:
    [project] = projects(text)
    assert project["status"] == "done"
    assert project["places"] == ["Костанай"]


@pytest.mark.parametrize(
    "text",
    [
        "Собранные в Казахстане средства направят на закупку белорусских тракторов.",
        "Собранные в Минске казахстанские делегаты обсудили торговлю.",
        "Tractors assembled in Kostanay are shipped to Georgia.",
        "Собранные в Костанае тракторы поставляются в Грузию.",
    ],
)
def test_a_participle_with_no_maker_of_the_pair_is_no_assembly(text: str) -> None:
    assert projects(text) == []


# As many projects as a group counts, listed in apposition right after it, are its members.
LISTED_GROUPS = (
    ("Two more joint projects worth a combined $350 million, a glass factory and a logistics "
     "hub in Kostanay, are {en}."),
    "Two joint projects, a glass factory and a logistics hub in Kostanay, are {en}.",
    ("Ещё два совместных проекта общей стоимостью $350 млн, стекольный завод и логистический "
     "хаб в Костанае, {ru}."),
    "Два совместных проекта — стекольный завод и логистический хаб в Костанае — {ru}.",
    "Два совместных проекта (стекольный завод и логистический хаб в Костанае) {ru}.",
    "Яшчэ два сумесныя праекты — шкляны завод і лагістычны хаб у Кастанаі — {be}.",
)  # fmt: skip
LISTED_STAGES = (
    ({"en": "scheduled to start next year", "ru": "планируется запустить в следующем году",
      "be": "плануецца запусціць у наступным годзе"}, "planned"),
    ({"en": "already operating", "ru": "уже работают", "be": "ужо працуюць"}, "done"),
)  # fmt: skip


@pytest.mark.parametrize("template", LISTED_GROUPS)
@pytest.mark.parametrize(("verbs", "status"), LISTED_STAGES)
def test_a_listed_pair_after_a_counted_group_is_the_group(
    template: str, verbs: dict[str, str], status: str
) -> None:
    assert [(p["status"], p["count"]) for p in projects(template.format(**verbs))] == [(status, 2)]


def test_a_list_of_another_size_than_the_count_is_not_the_group() -> None:
    text = "Three joint projects, a glass factory and a logistics hub, are already operating."
    assert all(p["count"] is None for p in projects(text))


@pytest.mark.parametrize(
    "text",
    [
        "Два совместных проекта уже работают в Костанае, а стекольный завод и логистический "
        "хаб планируется запустить.",
        "Two joint projects are already operating in Kostanay, and a glass factory and a "
        "logistics hub are planned.",
    ],
)
def test_projects_told_in_a_clause_of_their_own_are_not_the_group(text: str) -> None:
    found = [(p["status"], p["count"]) for p in projects(text)]
    assert found[0] == ("done", 2)
    assert ("planned", None) in found


# How far the building of a plant has gone, looked at by the sides: it is being built,
# whatever verb of looking or talking tells it.
PROGRESS_OF_BUILDING = (
    "Стороны обсудили ход строительства совместного завода по выпуску лифтов в Костанае.",
    "На заседании рассмотрели ход строительства совместного завода по выпуску лифтов в Костанае.",
    "Министр ознакомился с ходом строительства совместного завода по выпуску лифтов в Костанае.",
    "Бакі абмеркавалі ход будаўніцтва сумеснага завода па выпуску ліфтаў у Кастанаі.",
    "The sides reviewed progress in building a joint elevator plant in Kostanay.",
    "The sides discussed the progress of construction of a joint elevator plant in Kostanay.",
    "The ministers were briefed on the construction of a joint elevator plant in Kostanay.",
)
A_VALUE_TOLD_AFTER = (
    ("Стоимость проекта оценивается в $85 млн.", 85_000_000),
    ("Кошт праекта — 85 млн долараў.", 85_000_000),
    ("The project is worth $85 million.", 85_000_000),
    ("", None),
)


@pytest.mark.parametrize("plant", PROGRESS_OF_BUILDING)
@pytest.mark.parametrize(("value", "amount"), A_VALUE_TOLD_AFTER)
def test_the_progress_of_building_looked_at_is_underway(
    plant: str, value: str, amount: int | None
) -> None:
    found = [(p["status"], p["value"]) for p in projects(f"{plant} {value}".strip())]
    assert found == [("underway", amount)]


@pytest.mark.parametrize(
    "text",
    [
        "Стороны обсудили создание совместного завода по выпуску лифтов в Костанае.",
        "В ходе визита стороны обсудили создание совместного завода по выпуску лифтов в Костанае.",
        "Бакі абмеркавалі стварэнне сумеснага завода па выпуску ліфтаў у Кастанаі.",
        "The sides discussed setting up a joint elevator plant in Kostanay.",
    ],
)
def test_talk_of_building_with_no_progress_is_proposed(text: str) -> None:
    assert [p["status"] for p in projects(text)] == ["proposed"]


# The people a plant will employ, told with the plant as the bare subject of a sentence of
# its own, or in a place phrase after its value was told: the plant's jobs.
STAFF_OF_THE_PLANT = {
    "Сейчас в Костанае строится совместный завод по сборке тракторов.": (
        "Предприятие обеспечит работой около 250 человек.",
        "Завод обеспечит работой 250 человек.",
        "После выхода на проектную мощность на заводе будут заняты 250 человек.",
        "Стоимость проекта — $40 млн. На заводе будут работать 250 человек.",
    ),
    "У Кастанаі будуецца сумесны завод па зборцы трактароў.": (
        "Завод забяспечыць працай 250 чалавек.",
        "Кошт праекта — 40 млн долараў. На заводзе будуць працаваць 250 чалавек.",
    ),
    "A joint tractor assembly plant is under construction in Kostanay.": (
        "Once it opens in 2027, the plant will employ 250 people.",
        "The plant will provide work for 250 people.",
        "The project is worth $40 million. At the plant, 250 people will work.",
    ),
}


@pytest.mark.parametrize(
    ("plant", "staff"),
    [(plant, staff) for plant, told in STAFF_OF_THE_PLANT.items() for staff in told],
)
def test_the_staff_of_the_plant_just_told_are_its_jobs(plant: str, staff: str) -> None:
    found = [(p["status"], p["jobs"]) for p in projects(f"{plant} {staff}")]
    assert found == [("underway", 250)]


def test_the_staff_of_a_plant_told_sentences_later_are_not_the_projects() -> None:
    text = (
        "Сейчас в Костанае строится совместный завод по сборке тракторов. "
        "Товарооборот вырос на 10%. Экспорт тракторов увеличился на 5%. "
        "На заводе «МТЗ» работают 17 тысяч человек."
    )
    assert [p["jobs"] for p in projects(text)] == [None]


# A launch told as an event that took place or was attended is done; building begun is
# underway; a launch or a start of building still to come is neither.
LAUNCH_TOOK_PLACE = (
    "В Костанае состоялся ввод в эксплуатацию совместного завода по выпуску лифтов.",
    "В Костанае состоялось открытие совместного завода по выпуску лифтов.",
    "Открытие совместного завода по выпуску лифтов в Костанае прошло в торжественной обстановке.",
    "Лидеры приняли участие в открытии совместного завода по выпуску лифтов в Костанае.",
    "У Кастанаі адбыўся ўвод у эксплуатацыю сумеснага завода па выпуску ліфтаў.",
    "У Кастанаі адбылося адкрыццё сумеснага завода па выпуску ліфтаў.",
    "The leaders attended the launch of a joint elevator plant in Kostanay.",
    "The opening of a joint elevator plant in Kostanay took place on Friday.",
)
BUILDING_BEGUN = (
    "В Костанае началось строительство совместного завода по выпуску лифтов.",
    "В Костанае стартовало строительство совместного завода по выпуску лифтов.",
    "Строительство совместного завода по выпуску лифтов в Костанае началось в мае.",
    "У Кастанаі пачалося будаўніцтва сумеснага завода па выпуску ліфтаў.",
    "Construction of a joint elevator plant in Kostanay began in May.",
    "The partners started construction of a joint elevator plant in Kostanay.",
)
STILL_TO_COME = (
    ("Ввод в эксплуатацию совместного завода по выпуску лифтов в Костанае запланирован на "
     "следующий год."),
    "Начало строительства совместного завода по выпуску лифтов в Костанае намечено на весну.",
    "The launch of a joint elevator plant in Kostanay is scheduled for next year.",
)  # fmt: skip


@pytest.mark.parametrize("text", LAUNCH_TOOK_PLACE)
def test_a_launch_that_took_place_is_done(text: str) -> None:
    assert [p["status"] for p in projects(text)] == ["done"]


@pytest.mark.parametrize("text", BUILDING_BEGUN)
def test_building_begun_is_underway(text: str) -> None:
    assert [p["status"] for p in projects(text)] == ["underway"]


@pytest.mark.parametrize("text", STILL_TO_COME)
def test_a_launch_still_to_come_is_planned(text: str) -> None:
    assert [p["status"] for p in projects(text)] == ["planned"]


def test_a_new_shop_launched_and_another_plant_begun_are_two_projects() -> None:
    text = (
        "На совместном заводе в Костанае состоялся ввод в эксплуатацию нового цеха. "
        "Кроме того, в Павлодаре началось строительство совместного завода по выпуску шин. "
        "Объём инвестиций в проект составляет 40 млн долларов. "
        "На предприятии будет создано 350 рабочих мест."
    )
    found = [(p["status"], p["value"], p["jobs"]) for p in projects(text)]
    assert found == [("done", None, None), ("underway", 40_000_000, 350)]


# Agreed, approved or scheduled in words of Belarusian and English the verbs of agreeing
# do not hold, and a launch being prepared: planned.
AGREED_IN_OTHER_WORDS = (
    "На першае паўгоддзе ў Кастанаі запланаваны запуск зборкі аўтобусаў МАЗ.",
    "Дасягнута дамоўленасць аб стварэнні ў Кастанаі сумеснага завода па выпуску ліфтаў.",
    "Пагадненне аб стварэнні ў Кастанаі сумеснага завода па выпуску ліфтаў падпісана.",
    "The governments approved a joint project to set up production of elevators in Kostanay.",
    "The commission endorsed a joint project to produce elevators in Kostanay.",
    "Правительства одобрили проект совместного завода по выпуску лифтов в Костанае.",
    "Стороны готовят к запуску совместное предприятие по выпуску лифтов в Костанае.",
    "Бакі рыхтуюць да запуску сумеснае прадпрыемства па выпуску ліфтаў у Кастанаі.",
    "The sides are preparing to launch a joint venture to produce elevators in Kostanay.",
)


@pytest.mark.parametrize("text", AGREED_IN_OTHER_WORDS)
def test_agreed_in_other_words_is_planned(text: str) -> None:
    assert [p["status"] for p in projects(text)] == ["planned"]


def test_a_noun_of_approval_is_no_stage() -> None:
    text = (
        "В Костанае идёт строительство совместного завода по выпуску лифтов, сообщили в "
        "управлении по одобрении инвестиций."
    )
    assert [p["status"] for p in projects(text)] == ["underway"]


# What a project is to make, told by an infinitive after it, names it.
@pytest.mark.parametrize(
    ("verb", "status"),
    [("discussing the possibility of setting up", "proposed"), ("agreed to set up", "planned")],
)
def test_a_joint_venture_to_produce_something_is_a_project(verb: str, status: str) -> None:
    text = f"The sides {verb} a joint venture to produce dairy products in Kostanay."
    assert [p["status"] for p in projects(text)] == [status]


def test_what_a_park_is_to_make_is_the_projects_not_the_parks() -> None:
    text = (
        "Belarus and Kazakhstan have agreed to set up a joint enterprise in the Chemical "
        "Industrial Park to assemble electric buses."
    )
    assert [p["status"] for p in projects(text)] == ["planned"]


# Production started is done; a project still being negotiated is proposed.
@pytest.mark.parametrize(
    "text",
    [
        "На совместном предприятии в Костанае стартовала сборка комбайнов.",
        "На совместном предприятии в Костанае стартовал выпуск комбайнов.",
        "На сумесным прадпрыемстве ў Кастанаі стартавала зборка камбайнаў.",
    ],
)
def test_production_started_is_done(text: str) -> None:
    assert [p["status"] for p in projects(text)] == ["done"]


@pytest.mark.parametrize(
    "text",
    [
        "Стартовало строительство совместного завода по выпуску лифтов в Костанае.",
        "Стартавала будаўніцтва сумеснага завода па выпуску ліфтаў у Кастанаі.",
    ],
)
def test_building_started_is_underway_not_done(text: str) -> None:
    assert [p["status"] for p in projects(text)] == ["underway"]


@pytest.mark.parametrize(
    "text",
    [
        "The sides touched upon the production of Belarusian elevators in Kostanay, which the "
        "two companies are still negotiating.",
        "The companies are negotiating a joint elevator plant in Kostanay.",
        "Бакі вядуць перамовы аб стварэнні ў Кастанаі сумеснага завода па выпуску ліфтаў.",
        "Стороны ведут переговоры о создании в Костанае совместного завода по выпуску лифтов.",
    ],
)
def test_a_project_being_negotiated_is_proposed(text: str) -> None:
    assert [p["status"] for p in projects(text)] == ["proposed"]


# A counted group whose apposition is one head with as many products as it counts: the
# group is the fact, its products no projects of their own.
SHARED_HEAD_LISTS = (
    "Достигнута договорённость ещё о двух проектах в Костанае — выпуске жаток и "
    "кормоуборочной техники.",
    "Дасягнута дамоўленасць яшчэ аб двух праектах у Паўночна-Казахстанскай вобласці — "
    "выпуску жатак і кормаўборачнай тэхнікі; пагадненні падпісаны ў ліпені.",
    "Стороны договорились о двух проектах — производстве жаток и выпуске тракторов.",
)


@pytest.mark.parametrize("text", SHARED_HEAD_LISTS)
def test_a_group_listed_by_one_head_with_its_products_is_the_group(text: str) -> None:
    assert [(p["status"], p["count"]) for p in projects(text)] == [("planned", 2)]


def test_a_list_longer_or_shorter_than_the_count_is_no_shared_head() -> None:
    text = "Стороны договорились о трёх проектах — производстве жаток и выпуске тракторов."
    assert len(projects(text)) > 1  # the products are not taken as the group's members


# A sentence that opens with the investment or cost, no project named, tells the value of
# the project just told; not when it names a country, nor after another sentence.
PRICED_ALONE = {
    "Сейчас в Костанае строится совместный завод по сборке тракторов.": (
        "Инвестиции составят $12 млн.",
        "Объём инвестиций — $12 млн.",
        "Общая стоимость — $12 млн.",
    ),
    "У Кастанаі будуецца сумесны завод па зборцы трактароў.": (
        "Інвестыцыі складуць 12 млн долараў.",
        "Агульны кошт — 12 млн долараў.",
    ),
    "A joint tractor assembly plant is under construction in Kostanay.": (
        "The investment amounts to $12 million.",
        "The total cost is $12 million.",
        "The investment amounts to $12 million, and the plant will employ 80 people.",
    ),
}


@pytest.mark.parametrize(
    ("plant", "price"),
    [(plant, price) for plant, told in PRICED_ALONE.items() for price in told],
)
def test_a_price_told_alone_is_the_projects_just_told(plant: str, price: str) -> None:
    [project] = projects(f"{plant} {price}")
    assert (project["status"], project["value"]) == ("underway", 12_000_000)


@pytest.mark.parametrize(
    "text",
    [
        "Сейчас в Костанае строится совместный завод по сборке тракторов. Инвестиции "
        "Казахстана в экономику Беларуси составили $500 млн.",
        "Сейчас в Костанае строится совместный завод по сборке тракторов. Товарооборот вырос "
        "на 5%. Инвестиции составят $12 млн.",
        "A joint tractor assembly plant is under construction in Kostanay. Investment from "
        "Kazakhstan in Belarus amounted to $500 million.",
    ],
)
def test_investment_of_a_country_or_told_later_is_no_projects_value(text: str) -> None:
    assert [p["value"] for p in projects(text)] == [None]


def test_investment_told_alone_is_no_project() -> None:
    assert projects("Инвестиции составят $12 млн.") == []


# Assembly told by a verb in its own part of a sentence that names another project: one more.
@pytest.mark.parametrize(
    "text",
    [
        "В Костанае уже много лет собирают тракторы «Беларус», в Кокшетау работает сборка "
        "погрузчиков «Амкодор».",
        "В Кокшетау работает сборка погрузчиков «Амкодор», а в Костанае собирают тракторы МТЗ.",
        "В Костанае уже несколько лет выпускают комбайны «Гомсельмаш»; в Кокшетау работает "
        "сборка погрузчиков «Амкодор».",
    ],
)
def test_an_assembly_beside_another_project_is_one_more(text: str) -> None:
    assert [p["status"] for p in projects(text)] == ["done", "done"]


def test_an_assembly_verb_of_the_project_in_its_part_is_no_other() -> None:
    text = "В Костанае работает совместное предприятие «Агромаш», которое собирает тракторы МТЗ."
    assert [p["status"] for p in projects(text)] == ["done"]


# --- A counted group and its sum told again by what it covers ---------------------------


@pytest.mark.parametrize(
    ("sentence", "count", "value"),
    [
        (
            "В рамках союзных программ сейчас реализуются 12 совместных проектов Беларуси и "
            "Казахстана на 130 млрд рублей — в станкостроении, микроэлектронике и производстве "
            "автокомпонентов.",
            12,
            130e9,
        ),
        (
            "Companies from Belarus and Kazakhstan have signed agreements to set up six joint "
            "ventures worth a combined $320 million, covering fertilizer production, ship repair "
            "and food processing.",
            6,
            320e6,
        ),
        (
            "Беларусь і Казахстан рэалізуюць 12 сумесных праектаў на 130 млн долараў — у "
            "станкабудаванні і вытворчасці аўтакампанентаў.",
            12,
            130e6,
        ),
    ],
)
def test_a_counted_group_and_the_sectors_it_covers_are_one_fact(
    sentence: str, count: int, value: float
) -> None:
    found = projects(sentence)
    assert [(fact["count"], fact["value"]) for fact in found] == [(count, value)]
