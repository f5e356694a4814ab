"""Joint projects the reader must find, each built from a construction of the language (a
clause structure, a verb class, a word class) in Russian, English and Belarusian, and the
phrasings beside them that must stay as they are."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from news.extract import extract

PUBLISHED = date(2025, 3, 15)


def statuses(text: str) -> list[str]:
    return sorted(p["status"] for p in extract(text, published=PUBLISHED).as_dict()["projects"])


def facts(text: str) -> list[tuple[str, int | None]]:
    found = extract(text, published=PUBLISHED).as_dict()["projects"]
    return sorted((p["status"], p["count"]) for p in found)


# --- A plant told bare is another project when the stages tell them apart -----------------
# Two clauses of one sentence, each with its own stage: a bare facility beside a project
# named by its product is a project of its own, not that one named again.
DONE_CLAUSES = (
    "На заводе в Гяндже продолжается сборка тракторов «Беларус» и грузовиков МАЗ",
    "В Гяндже уже работает сборка тракторов МТЗ",
    "В Гяндже налажено производство тракторов «Беларус»",
)
OTHER_CLAUSES = (
    ("а в Шамахинском районе стороны обсуждают строительство молочно-товарного комплекса",
     "proposed"),
    ("а в Шамахинском районе стороны предлагают построить стекольный завод", "proposed"),
    ("а в Шамахинском районе стороны договорились построить молочно-товарный комплекс",
     "planned"),
    ("а в Шамахинском районе планируется построить стекольный завод", "planned"),
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (f"{done}, {other}.", status)
        for done, (other, status) in itertools.product(DONE_CLAUSES, OTHER_CLAUSES)
    ],
)
def test_a_bare_plant_in_a_clause_of_its_own_is_another_project(text: str, status: str) -> None:
    text = "Беларусь и Азербайджан расширяют кооперацию. " + text
    assert statuses(text) == sorted(["done", status])


# A bare plant told first as working, then something yet to come ("talks on creating"):
# what is yet to come is not the plant named again.
PLANT_FIRST = (
    "На заводе в Гяндже, где с 2007 года собирают тракторы МТЗ, с конвейера сошёл "
    "20-тысячный трактор. {then}",
    "Завод в Гяндже, где собирают тракторы МТЗ, выпустил 20-тысячный трактор. {then}",
    "На заводзе ў Гянджы, дзе з 2007 года збіраюць трактары МТЗ, з канвеера сышоў "
    "20-тысячны трактар. {then}",
    "На Гянджынскім аўтамабільным заводзе, дзе з 2007 года збіраюць трактары МТЗ, з канвеера "
    "сышоў 20-тысячны трактар. {then}",
    "At the plant in Ganja, where MTZ tractors have been assembled since 2007, the 20,000th "
    "tractor rolled off the line. {then}",
)
THEN = (
    ("Стороны ведут переговоры о создании совместного производства комбайнов «Гомсельмаш».",
     "proposed"),
    ("Бакі вядуць перамовы аб стварэнні сумеснай вытворчасці камбайнаў «Гомсельмаш».",
     "proposed"),
    ("Стороны обсуждают создание совместного производства комбайнов.", "proposed"),
    ("Стороны договорились наладить совместное производство комбайнов.", "planned"),
    ("The sides are in talks on setting up joint production of Gomselmash combines.",
     "proposed"),
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (plant.format(then=then), status)
        for plant, (then, status) in itertools.product(PLANT_FIRST, THEN)
    ],
)
def test_what_is_yet_to_come_after_a_working_plant_is_another_project(
    text: str, status: str
) -> None:
    text = "Беларусь и Азербайджан развивают кооперацию. " + text
    assert statuses(text) == sorted(["done", status])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plant announced, then told again as it advances: one project, the furthest stage
        ("Беларусь и Узбекистан договорились построить в Ташкенте завод по выпуску лифтов. "
         "Завод заработает в 2026 году.", ["planned"]),
        ("Беларусь и Узбекистан построили в Ташкенте завод по выпуску лифтов. "
         "Завод уже выпустил 500 лифтов.", ["done"]),
        ("Belarus and Uzbekistan agreed to build a plant to make elevators in Tashkent. "
         "The plant will open in 2026.", ["planned"]),
        ("Беларусь и Узбекистан обсуждают создание завода по выпуску лифтов в Ташкенте. "
         "Завод планируется построить в 2026 году.", ["planned"]),
        # one sentence, one stage: the plant is the production named with it
        ("Беларусь и Узбекистан запустили в Ташкенте производство лифтов, завод уже выпустил "
         "500 лифтов.", ["done"]),
    ],
)  # fmt: skip
def test_a_plant_named_again_stays_one_project(text: str, expected: list[str]) -> None:
    assert statuses(text) == expected


# --- Talks on a project are an offer ---------------------------------------------------------
TALKS = (
    "Belarus and Uzbekistan are in talks on setting up a joint venture to produce combine "
    "harvesters in Tashkent.",
    "Belarus and Uzbekistan held talks on a joint plant for combine harvesters in Tashkent.",
    "Kazakhstan and Belarus are holding talks about a joint tractor assembly plant in Kostanay.",
    "Belarus and Uzbekistan have held talks over a joint elevator factory in Tashkent.",
    "Беларусь и Узбекистан ведут переговоры о создании совместного производства комбайнов.",
    "Беларусь і Узбекістан вядуць перамовы аб стварэнні сумеснай вытворчасці камбайнаў.",
)


@pytest.mark.parametrize("text", TALKS)
def test_talks_on_a_project_are_an_offer(text: str) -> None:
    assert statuses(text) == ["proposed"]


@pytest.mark.parametrize(
    "text",
    [
        "The presidents of Belarus and Uzbekistan held talks in Minsk on Tuesday.",
        "Belarus and Uzbekistan held talks on trade and joint projects.",
        "The Belarusian president held talks with his Uzbek counterpart on the sidelines of the "
        "summit.",
        "Belarus and Uzbekistan are in talks on expanding trade.",
    ],
)
def test_talks_name_no_project_by_themselves(text: str) -> None:
    assert statuses(text) == []


# --- A venture named by what its relative clause says it makes -------------------------------
VENTURES = (
    "В Узбекистане работает совместное предприятие, которое собирает белорусские тракторы.",
    "В Ташкенте работает совместное предприятие, которое выпускает лифты, сообщили в Беларуси.",
    "Совместное белорусско-казахстанское предприятие в Костанае, которое собирает тракторы МТЗ, "
    "в прошлом году выпустило более тысячи машин.",
    "A joint venture that assembles Belarusian tractors operates in Uzbekistan.",
    "Belarus and Uzbekistan: a joint venture that makes elevators opened in Tashkent.",
    "Belarus and Uzbekistan: a joint venture which produces buses has been launched in Samarkand.",
    "A Belarusian-Kazakh joint venture in Kostanay that assembles MTZ tractors produced over a "
    "thousand machines last year.",
    "Сумеснае беларуска-казахстанскае прадпрыемства ў Кастанаі, якое збірае трактары МТЗ, "
    "летась выпусціла больш за тысячу машын.",
    "У Ташкенце працуе сумеснае беларуска-ўзбекскае прадпрыемства, якое выпускае ліфты.",
)


@pytest.mark.parametrize("text", VENTURES)
def test_a_venture_named_by_what_it_makes(text: str) -> None:
    assert statuses(text) == ["done"]


@pytest.mark.parametrize(
    "text",
    [
        # a third country's venture
        "A Turkish-Uzbek joint venture that assembles tractors operates in Uzbekistan. "
        "Belarus exports tractors to Uzbekistan.",
        "В Узбекистане работает совместное с Турцией предприятие, которое собирает тракторы. "
        "Беларусь поставляет в Узбекистан комбайны.",
        # what the relative clause tells is no product
        "В Узбекистане работает совместное предприятие, которое возглавляет бывший министр, "
        "сообщили в Беларуси.",
        # a bare mention of projects
        "Беларусь и Узбекистан обсудили совместные проекты, которые производят технику.",
    ],
)
def test_a_relative_clause_makes_no_project_of_what_is_not_one(text: str) -> None:
    assert statuses(text) == []


# --- A venture named by what its own predicate says it makes ---------------------------------
# The venture's verb of making, after its place, an adverb or a verb of starting, in each
# language; told of a definite venture, it tells on the ventures named before.
VENTURE_SUBJECTS = {
    "ru": ("Совместное белорусско-узбекское предприятие{place}", (" в Джизаке", "")),
    "en": ("A Belarusian-Uzbek joint venture{place}", (" in Jizzakh", "")),
    "be": ("Сумеснае беларуска-ўзбекскае прадпрыемства{place}", (" ў Джызаку", "")),
}
VENTURE_PREDICATES = {
    "ru": (("выпускает насосы", "done"), ("уже собирает тракторы", "done"),
           ("начало выпускать котлы", "done"), ("будет выпускать лифты", "planned")),
    "en": (("produces pumps", "done"), ("already assembles tractors", "done"),
           ("started producing boilers", "done"), ("has begun manufacturing lifts", "done")),
    "be": (("выпускае помпы", "done"), ("ужо збірае трактары", "done")),
}  # fmt: skip
MARKET = {"ru": "для местного рынка", "en": "for the local market", "be": "для мясцовага рынку"}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (f"{subject.format(place=place)} {predicate} {MARKET[language]}.", status)
        for language, (subject, places) in VENTURE_SUBJECTS.items()
        for place in places
        for predicate, status in VENTURE_PREDICATES[language]
    ],
)
def test_a_venture_named_by_what_its_predicate_makes(text: str, status: str) -> None:
    assert statuses(text) == [status]


@pytest.mark.parametrize(
    "text",
    [
        # the ventures agreed on, told on by their predicate: one group, not two
        "Belarus and Tajikistan signed agreements to set up five joint ventures worth $150 "
        "million. The ventures will produce lifts and dairy products.",
        "Беларусь и Таджикистан договорились создать пять совместных предприятий на $150 млн. "
        "Эти предприятия будут выпускать лифты и молочную продукцию.",
    ],
)
def test_definite_ventures_making_something_are_those_told_before(text: str) -> None:
    assert facts(text) == [("planned", 5)]


@pytest.mark.parametrize(
    "text",
    [
        # the predicate makes nothing: a venture registered is no project by itself
        "A Belarusian-Uzbek joint venture in Jizzakh was registered last month.",
        "Совместное белорусско-узбекское предприятие в Джизаке зарегистрировано в прошлом месяце.",
        # a third country's venture
        "A Turkish-Uzbek joint venture in Jizzakh produces pumps. Belarus exports tractors to "
        "Uzbekistan.",
    ],
)
def test_a_venture_whose_predicate_makes_nothing_is_no_project(text: str) -> None:
    assert statuses(text) == []


# --- Heads coordinated as one subject share the stage told after them ------------------------
COORDINATED = (
    ("Belarus and Kazakhstan: a glass factory and a logistics hub are planned in Kostanay.",
     ["planned", "planned"]),
    ("Belarus and Kazakhstan: a glass factory and a logistics hub have been opened in Kostanay.",
     ["done", "done"]),
    ("Belarus and Kazakhstan: a glass factory, a cement plant and a logistics hub are planned "
     "in Kostanay.", ["planned", "planned", "planned"]),
    ("Belarus and Uzbekistan: a textile factory and a dairy plant are being built in Tashkent.",
     ["underway", "underway"]),
    ("Беларусь и Казахстан: стекольный завод и логистический хаб в Костанае будут построены "
     "в 2026 году.", ["planned", "planned"]),
    ("Беларусь і Казахстан: шкляны завод і лагістычны хаб у Кастанаі будуць пабудаваны ў 2026 "
     "годзе.", ["planned", "planned"]),
    ("Беларусь и Казахстан: в Костанае планируется построить стекольный завод и логистический "
     "хаб.", ["planned", "planned"]),
    # each its own verb: each its own stage
    ("Belarus and Kazakhstan: a glass factory opened and a logistics hub is planned in Kostanay.",
     ["done", "planned"]),
)  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), COORDINATED)
def test_coordinated_heads_share_their_stage(text: str, expected: list[str]) -> None:
    assert statuses(text) == expected


# --- Assembly told by a relative clause of place, and in Belarusian ---------------------------
ASSEMBLY = (
    # a relative clause of place: the antecedent's place is where the assembly is
    "На заводе в Гяндже, где с 2007 года собирают тракторы МТЗ, с конвейера сошёл "
    "20-тысячный трактор.",
    "На заводзе ў Гянджы, дзе з 2007 года збіраюць трактары МТЗ, з канвеера сышоў 20-тысячны "
    "трактар.",
    "At the plant in Ganja, where Belarusian tractors are assembled, the 20,000th tractor "
    "rolled off the line.",
    "The plant in Ganja, where MTZ tractors have been assembled since 2007, rolled out its "
    "20,000th tractor.",
    # a place opening the part of the sentence, a few words before the verb
    "В Костанае с начала года собрано более 300 комбайнов «Гомсельмаш».",
    "На совместной площадке «Гомсельмаша» в Костанае с начала года собрано более 300 комбайнов.",
    # Belarusian verbs of assembly, which pymorphy3 does not lemmatise
    "У Кастанаі з пачатку года сабрана больш за 300 камбайнаў «Гомсельмаш».",
    "На сумеснай пляцоўцы «Гомсельмаша» ў Кастанаі з пачатку года сабрана больш за 300 камбайнаў.",
    "У Кастанаі ўжо некалькі гадоў збіраюць трактары МТЗ.",
    "У Кастанаі выпускаюць камбайны «Гомсельмаш».",
)


@pytest.mark.parametrize("text", ASSEMBLY)
def test_assembly_in_the_partner_country_is_a_working_project(text: str) -> None:
    assert statuses(text) == ["done"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause of place after a project told already: its own verb
        ("Падмуркам супрацоўніцтва Беларусі і Таджыкістана застаецца сумеснае прадпрыемства "
         "«Агратэхсэрвіс» у Гісары, дзе збіраюць беларускія трактары.", ["done"]),
        # a place where nothing is assembled, or a third country
        ("На заводе в Гяндже, где работают 500 человек, побывала делегация Беларуси.", []),
        ("В Турции, где собирают тракторы МТЗ, побывала делегация Беларуси и Азербайджана.", []),
        # Belarusian words that look like assembly and are not
        ("У Кастанаі сабраліся дэлегацыі Беларусі і Казахстана.", []),
        ("У Кастанаі збіраюцца правесці форум Беларусі і Казахстана.", []),
    ],
)  # fmt: skip
def test_what_is_not_assembly_stays_as_it_is(text: str, expected: list[str]) -> None:
    assert statuses(text) == expected


# --- A line of making is a project: by its complement or by its adjective ---------------------
LINES = (
    ("В Чуйской области Кыргызстана уже работает сборочная линия тракторов МТЗ, сообщили в "
     "Беларуси.", "done"),
    ("В Бишкеке запущена производственная линия белорусских лифтов, сообщили в Кыргызстане.",
     "done"),
    ("Беларусь и Кыргызстан договорились открыть в Бишкеке сборочную линию автобусов МАЗ.",
     "planned"),
    ("In Kyrgyzstan's Chui region an assembly line for MTZ tractors already operates, Belarus "
     "said.", "done"),
    ("Kyrgyzstan and Belarus opened a production line for elevators in Bishkek.", "done"),
    ("Kyrgyzstan and Belarus plan to launch an assembly line for buses in Bishkek.", "planned"),
    ("У Чуйскай вобласці Кыргызстана ўжо працуе зборачная лінія трактароў МТЗ, паведамілі ў "
     "Беларусі.", "done"),
    ("У Бішкеку запушчана лінія па зборцы аўтобусаў МАЗ, паведамілі ў Беларусі.", "done"),
)  # fmt: skip


# Buses a plant or a line makes are its product, not a bus depot.
BUSES = (
    ("Беларусь и Кыргызстан договорились открыть в Бишкеке завод автобусов МАЗ.", "planned"),
    ("Беларусь и Кыргызстан договорились открыть в Бишкеке сборочную линию автобусов МАЗ.",
     "planned"),
    ("В Бишкеке заработал завод троллейбусов «Белкоммунмаш», сообщили в Беларуси.", "done"),
)  # fmt: skip


@pytest.mark.parametrize(("text", "status"), LINES + BUSES)
def test_a_line_of_making_is_a_project(text: str, status: str) -> None:
    assert statuses(text) == [status]


@pytest.mark.parametrize(
    "text",
    [
        "Сотрудничество Беларуси и Кыргызстана идёт по линии МИД.",
        "Беларусь и Кыргызстан обсудили сотрудничество по линии торговых палат.",
        "Супрацоўніцтва Беларусі і Кыргызстана развіваецца па лініі МЗС.",
        "В Бишкеке построена линия электропередачи, сообщили в Беларуси.",
        "Belarus and Kyrgyzstan discussed cooperation along the line of foreign ministries.",
        "Беларусь и Кыргызстан открыли в Бишкеке автобусный парк.",
        "Беларусь и Кыргызстан открыли в Бишкеке парк автобусов МАЗ.",
    ],
)
def test_a_line_that_makes_nothing_is_no_project(text: str) -> None:
    assert statuses(text) == []


# --- Facilities of a kind built, counted: a counted project whatever the noun ---------------
BUILT_OF = (
    ("Казахстан и Россия подписали соглашение о строительстве {n} теплоэлектроцентралей.",
     "planned"),
    ("Казахстан и Россия договорились о строительстве {n} новых электростанций в Экибастузе.",
     "planned"),
    ("Россия построит {n} ТЭЦ в Казахстане.", "planned"),
    ("Президенты Казахстана и России обсудили строительство {n} школ в Астане.", "proposed"),
    ("Kazakhstan and Russia signed an agreement to build {en} schools in Astana.", "planned"),
    ("Kazakhstan and Russia agreed on the construction of {en} hospitals in Almaty.", "planned"),
    ("Kazakhstan and Russia will build {en} new bridges across the Irtysh.", "planned"),
    ("Казахстан і Расія падпісалі пагадненне аб будаўніцтве {be} цеплаэлектрацэнтраляў.",
     "planned"),
)  # fmt: skip
NUMBERS = (("трёх", "three", "трох", 3), ("двух", "two", "дзвюх", 2), ("5", "5", "5", 5))


@pytest.mark.parametrize(
    ("text", "status", "count"),
    [
        (template.format(n=ru if "{n} ТЭЦ" not in template else {3: "три", 2: "две"}.get(n, ru),
                         en=en, be=be), status, n)
        for (template, status), (ru, en, be, n) in itertools.product(BUILT_OF, NUMBERS)
    ],
)  # fmt: skip
def test_facilities_of_a_kind_built_are_a_counted_project(
    text: str, status: str, count: int
) -> None:
    assert facts(text) == [(status, count)]


@pytest.mark.parametrize(
    "text",
    [
        # units, housing, stages, time: no facilities
        "Казахстан и Россия обсудили строительство 200 км дорог.",
        "Казахстан и Россия договорились о строительстве 5 тысяч квартир.",
        "В 2024 году Россия и Казахстан построили 12 домов.",
        "Россия и Казахстан: строительство 3 этапов газопровода завершено.",
        "Kazakhstan and Russia built 2 of them last year.",
        "Kazakhstan and Russia will build 20 kilometres of road.",
        # a sum is no count
        "Россия и Казахстан: на строительство 2 млрд рублей выделено.",
        # a count too large for facilities of a kind
        "Kazakhstan and Russia will build 400 schools.",
    ],
)
def test_what_building_counts_that_is_no_facility(text: str) -> None:
    assert statuses(text) == []


# --- A launch told by the reflexive verb: "открылся завод", "запустилось производство" -------
REFLEXIVE_HEADS = (
    ("открылся", "завод по сборке тракторов МТЗ"),
    ("открылось", "совместное предприятие по выпуску лифтов"),
    ("открылся", "сервисный центр БелАЗа"),
    ("открылась", "линия по сборке автобусов МАЗ"),
    ("запустилось", "совместное производство комбайнов"),
    ("запустился", "завод по выпуску шин"),
)
REFLEXIVE_FRAMES = (
    ("В Ташкенте {verb} {head}, сообщили в Беларуси.", "done"),
    ("В прошлом году в Ташкенте {verb} {head}, сообщили в посольстве Беларуси.", "done"),
)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (frame.format(verb=verb, head=head), status)
        for (frame, status), (verb, head) in itertools.product(REFLEXIVE_FRAMES, REFLEXIVE_HEADS)
    ],
)
def test_a_launch_told_by_the_reflexive_verb_is_done(text: str, status: str) -> None:
    assert statuses(text) == [status]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the future of the same verb is a plan
        ("В 2026 году в Ташкенте откроется завод по сборке тракторов МТЗ, сообщили в Беларуси.",
         ["planned"]),
        # what opens is no project
        ("В Минске открылась выставка белорусских и узбекских товаров.", []),
        ("В Ташкенте открылся форум Беларуси и Узбекистана.", []),
    ],
)  # fmt: skip
def test_what_opens_and_is_no_launch_stays_as_it_is(text: str, expected: list[str]) -> None:
    assert statuses(text) == expected


# --- A Belarusian venture named by its product after "па вытворчасці / выпуску" ------------
BELARUSIAN_VENTURES = (
    ("Бакі абмеркавалі стварэнне ў Душанбэ сумеснага прадпрыемства па вытворчасці тэкстылю на "
     "беларускім абсталяванні, паведамілі ў Беларусі і Таджыкістане.", "proposed"),
    ("У Душанбэ створана сумеснае прадпрыемства па вытворчасці ліфтаў, паведамілі ў Беларусі і "
     "Таджыкістане.", "done"),
    ("Беларусь і Таджыкістан дамовіліся стварыць сумеснае прадпрыемства па вытворчасці "
     "малочнай прадукцыі.", "planned"),
)  # fmt: skip


@pytest.mark.parametrize(("text", "status"), BELARUSIAN_VENTURES)
def test_a_belarusian_venture_named_by_its_product(text: str, status: str) -> None:
    assert statuses(text) == [status]


@pytest.mark.parametrize(
    "text",
    [
        "Беларусь і Таджыкістан абмеркавалі пашырэнне вытворчасці і гандлю.",
        "Беларусь и Таджикистан обсудили расширение производства и торговли.",
        "Беларусь і Таджыкістан абмеркавалі сумесныя праекты па вытворчасці.",
    ],
)
def test_production_talked_of_is_no_venture(text: str) -> None:
    assert statuses(text) == []


# --- One service centre: a maker's (named after the centre or in Latin letters) or one for
# the pair's machines; a counted network, or a centre for a third country's, is no project --
MAKERS_CENTRES = (
    ("During talks in Bishkek, the Belarusian side offered to set up a service centre for "
     "BelAZ dump trucks working at Kyrgyzstan's gold mines.", "proposed"),
    ("Belarus and Kyrgyzstan opened a service centre for MAZ trucks in Bishkek.", "done"),
    ("A MAZ service centre opened in Bishkek, Belarus said.", "done"),
    ("В Бишкеке открыт сервисный центр для техники МАЗ, сообщили в Беларуси.", "done"),
    ("В Бишкеке открыт сервисный центр по обслуживанию техники МАЗ, сообщили в Беларуси.",
     "done"),
    ("В Бишкеке открыт сервисный центр для белорусской техники, сообщили в Беларуси.", "done"),
    ("BelAZ and Kyrgyz mining companies are discussing the opening of a service centre for "
     "dump trucks in Chui region.", "proposed"),
    ("Кыргызскія партнёры прапанавалі Беларусі адкрыць у Бішкеку сэрвісны цэнтр для "
     "камунальнай тэхнікі.", "proposed"),
    ("Цяпер у Бішкеку будуецца сэрвісны цэнтр для беларускай кар'ернай тэхнікі.", "underway"),
    ("Беларусь и Кыргызстан откроют в Бишкеке сервисный центр для самосвалов.", "planned"),
)  # fmt: skip


@pytest.mark.parametrize(("text", "status"), MAKERS_CENTRES)
def test_one_makers_service_centre_is_a_project(text: str, status: str) -> None:
    assert statuses(text) == [status]


@pytest.mark.parametrize(
    "text",
    [
        "Belarus and Kyrgyzstan have more than 20 service centres for Belarusian machinery.",
        "У Кыргызстане працуюць больш за 20 сэрвісных цэнтраў беларускіх прадпрыемстваў.",
        "Беларусь і Кыргызстан адкрылі ў Бішкеку сэрвісны цэнтр для турэцкіх грузавікоў.",
        # a dealer's centre sells, as a trading house does
        "An MTZ dealer centre opened in Osh, Belarus and Kyrgyzstan said.",
        "Amkodor has been running a dealer and service centre in Bishkek since 2021.",
        "В Оше открылся дилерский центр МТЗ, сообщили в Беларуси.",
        "У Ошы адкрыўся дылерскі цэнтр МТЗ, паведамілі ў Беларусі.",
        "Belarus and Kyrgyzstan opened a service centre for Turkish trucks in Bishkek.",
    ],
)
def test_a_service_network_or_a_third_countrys_centre_is_no_project(text: str) -> None:
    assert statuses(text) == []


# --- A plant named by its city, whose relative clause assembles the partner's machines -------
CITY_PLANTS = (
    "Trade between Azerbaijan and Belarus grew. Ganja Automobile Plant, which assembles MAZ "
    "trucks and MTZ tractors, continues to supply machinery to farmers across the country.",
    "Товарооборот Азербайджана и Беларуси вырос. Гянджинский автомобильный завод, который "
    "собирает тракторы МТЗ, продолжает поставки техники фермерам.",
    "Тавараабарот Азербайджана і Беларусі вырас. Гянджынскі аўтамабільны завод, які збірае "
    "трактары МТЗ, працягвае пастаўкі тэхнікі фермерам.",
    # English in the active: what is assembled follows the verb
    "In Tashkent, Uzbekistan already assembles Belarusian MTZ tractors, Belarus said.",
)


@pytest.mark.parametrize("text", CITY_PLANTS)
def test_a_city_plant_that_assembles_the_partners_machines_is_a_project(text: str) -> None:
    assert statuses(text) == ["done"]


@pytest.mark.parametrize(
    "text",
    [
        # its own products, or a plant of the maker's country
        "Товарооборот Азербайджана и Беларуси вырос. Гянджинский автомобильный завод, который "
        "выпускает собственные автомобили, продолжает работу.",
        "Товарооборот Азербайджана и Беларуси вырос. Минский тракторный завод, который собирает "
        "тракторы, отгрузил технику в Азербайджан.",
        "Trade between Azerbaijan and Belarus grew. Ganja Automobile Plant, which employs 500 "
        "people, continues to supply machinery to farmers.",
    ],
)
def test_a_city_plant_making_nothing_of_the_partners_stays_as_it_is(text: str) -> None:
    assert statuses(text) == []


# --- Belarusian: "цэх" is a workshop head, "пачаў працу" a start of work ---------------------
WORKSHOPS = (
    ("У Кустанаі пачаў працу новы цэх па зборцы камбайнаў «Гомсельмаш», паведамілі ў Беларусі.",
     "done"),
    ("У Кастанаі адкрыты новы цэх па вытворчасці ліфтаў, паведамілі ў Беларусі.", "done"),
    ("У Кастанаі пачаў працу завод па выпуску шын, паведамілі ў Беларусі.", "done"),
    ("Беларусь і Казахстан дамовіліся адкрыць у Кастанаі цэх па зборцы трактароў.", "planned"),
)  # fmt: skip


@pytest.mark.parametrize(("text", "status"), WORKSHOPS)
def test_a_belarusian_workshop_is_a_project(text: str, status: str) -> None:
    assert statuses(text) == [status]


@pytest.mark.parametrize(
    "text",
    [
        # a head after "у / ў" is where, not what: the staff of a plant told of elsewhere
        "У цэху працуюць 50 чалавек, паведамілі ў Беларусі і Казахстане.",
        "Беларусь і Казахстан: у цэху завода прайшла сустрэча дэлегацый.",
    ],
)
def test_a_workshop_as_a_place_is_no_project(text: str) -> None:
    assert statuses(text) == []


# --- A mill is a facility: "a flour mill", "мельница" ------------------------------------------
MILLS = (
    ("Trade between Tajikistan and Kazakhstan grew. A Kazakh company is building a flour mill in "
     "Sughd region worth $15 million that will employ 120 people.", "underway"),
    ("Kazakhstan and Tajikistan agreed to build a joint sugar mill in Khatlon region.", "planned"),
    ("В Согдийской области казахстанская компания строит мельницу стоимостью $15 млн, сообщили "
     "в Таджикистане.", "underway"),
)  # fmt: skip


@pytest.mark.parametrize(("text", "status"), MILLS)
def test_a_mill_is_a_facility(text: str, status: str) -> None:
    assert statuses(text) == [status]


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan and Tajikistan: wheat prices rose at the mill gate.",
        "Kazakhstan and Tajikistan: the mill rate was cut.",
    ],
)
def test_a_mill_as_a_place_or_a_word_is_no_project(text: str) -> None:
    assert statuses(text) == []


# --- A deposit worked jointly is a joint project ----------------------------------------------
JOINT_FIELDS = (
    ("Торговля Казахстана и Азербайджана выросла. Обсуждается также совместная разработка "
     "месторождения в казахстанском секторе Каспия.", "proposed"),
    ("Казахстан и Азербайджан договорились о совместном освоении газового месторождения.",
     "planned"),
    ("Kazakhstan and Azerbaijan agreed on joint development of an oil field in the Caspian.",
     "planned"),
    ("Казахстан і Азербайджан дамовіліся пра сумесную распрацоўку газавага радовішча.",
     "planned"),
)  # fmt: skip


@pytest.mark.parametrize(("text", "status"), JOINT_FIELDS)
def test_a_deposit_worked_jointly_is_a_project(text: str, status: str) -> None:
    assert statuses(text) == [status]


@pytest.mark.parametrize(
    "text",
    [
        "Казахстан и Азербайджан обсудили разработку месторождения британской компанией.",
        "Казахстан и Азербайджан обсудили совместную разработку программы сотрудничества.",
        "Kazakhstan and Azerbaijan discussed the joint development of transport corridors.",
    ],
)
def test_what_is_not_a_deposit_worked_jointly(text: str) -> None:
    assert statuses(text) == []


# --- A group counted by a teen numeral --------------------------------------------------------
TEENS = (("четырнадцать", "чатырнаццаць", 14), ("тринадцать", "трынаццаць", 13),
         ("семнадцать", "сямнаццаць", 17))  # fmt: skip
TEEN_FRAMES = (
    ("В Казахстане уже работают {ru} совместных производств белорусской техники.", "done"),
    ("Беларусь и Казахстан договорились открыть {ru} совместных предприятий.", "planned"),
    ("У Казахстане ўжо працуюць {be} сумесных вытворчасцей беларускай тэхнікі.", "done"),
)


@pytest.mark.parametrize(
    ("text", "status", "count"),
    [
        (frame.format(ru=ru, be=be), status, n)
        for (frame, status), (ru, be, n) in itertools.product(TEEN_FRAMES, TEENS)
    ],
)
def test_a_group_counted_by_a_teen_numeral(text: str, status: str, count: int) -> None:
    text = "Беларусь и Казахстан расширяют кооперацию. " + text
    assert facts(text) == [(status, count)]


# --- A product named by coordinated adjectives: "коммунальной и дорожной техники" -------------
ADJECTIVES = (
    "коммунальной и дорожной",
    "дорожной и коммунальной",
    "пожарной и спасательной",
    "дорожно-строительной и коммунальной",
)
PRODUCT_FRAMES = (
    ("Холдинг «Амкодор» и казахстанская компания подписали соглашение о создании совместного "
     "предприятия по выпуску {adj} техники.", "planned"),
    ("Беларусь и Казахстан создали совместное предприятие по выпуску {adj} техники.", "done"),
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (frame.format(adj=adj), status)
        for (frame, status), adj in itertools.product(PRODUCT_FRAMES, ADJECTIVES)
    ],
)
def test_a_product_named_by_coordinated_adjectives(text: str, status: str) -> None:
    assert statuses(text) == [status]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "дорожный" tells an agreement only in "дорожная карта"
        ("Беларусь и Казахстан утвердили дорожную карту строительства завода по выпуску лифтов.",
         ["planned"]),
        ("Беларусь и Казахстан запустили производство дорожной техники в Костанае.", ["done"]),
    ],
)  # fmt: skip
def test_a_road_is_no_roadmap(text: str, expected: list[str]) -> None:
    assert statuses(text) == expected


# Assembly at a city's plant ("на Гянджинском автозаводе уже собрано более 12 тыс. тракторов
# МТЗ", "At the Ganja automobile plant … have been assembled"): the plant is where it stands.
PLANT_ASSEMBLY = (
    "На Гянджинском автозаводе уже собрано более 12 тыс. тракторов МТЗ.",
    "На Гянджинском автомобильном заводе собрали 1 350 тракторов МТЗ.",
    "На Гянджинском заводе собирают грузовики МАЗ.",
    "At the Ganja automobile plant more than 12,000 MTZ tractors have been assembled.",
)


@pytest.mark.parametrize("sentence", PLANT_ASSEMBLY)
def test_assembly_at_a_citys_plant_is_a_project(sentence: str) -> None:
    text = f"Белоруссия и Азербайджан\n\n{sentence}"
    told = extract(text.split("\n\n")[1], title="Белоруссия и Азербайджан",
                   published=date(2023, 12, 19)).as_dict()  # fmt: skip
    assert [(p["countries"], p["status"]) for p in told["projects"]] == [(["AZ", "BY"], "done")]


# --- Belarusian facilities: the noun (цэнтр, тэрмінал, камбінат, тэхнапарк, млын) and the
# adjective that makes a centre or a park industrial, which pymorphy3 cannot read ----------
BELARUSIAN_FACILITIES = (
    "лагістычны цэнтр",
    "індустрыяльны парк",
    "кантэйнерны тэрмінал",
    "мясаперапрацоўчы камбінат",
    "тэхнапарк",
    "сэрвісны цэнтр для тэхнікі МАЗ",
    "размеркавальны цэнтр",
)
BELARUSIAN_STAGES = (
    ("Беларусь і Узбекістан пабудуюць {} у Ферганскай даліне.", "planned"),
    ("У Ферганскай даліне Беларусь і Узбекістан адкрылі {}.", "done"),
    ("Беларусь і Узбекістан абмяркоўваюць, як стварыць {} у Ферганскай даліне.", "proposed"),
)


@pytest.mark.parametrize(
    ("facility", "told"), list(itertools.product(BELARUSIAN_FACILITIES, BELARUSIAN_STAGES))
)
def test_a_belarusian_facility_is_a_project(facility: str, told: tuple[str, str]) -> None:
    sentence, status = told
    assert statuses(sentence.format(facility)) == [status]


@pytest.mark.parametrize(
    "text",
    [
        "Беларусь і Узбекістан адкрылі ў Ташкенце гандлёвы цэнтр.",
        "Беларусь і Узбекістан адкрылі ў Ташкенце выставачны цэнтр.",
        "Беларусь і Узбекістан адкрылі ў Ташкенце культурны цэнтр.",
        "На цэнтральнай плошчы Ташкента Беларусь і Узбекістан адкрылі выставу.",
        "Беларусь і Узбекістан правялі форум у дзелавым цэнтры Ташкента.",
    ],
)
def test_a_belarusian_centre_of_trade_or_culture_is_no_project(text: str) -> None:
    assert statuses(text) == []


# «малочнатаварны комплекс», «сучасны жывёлагадоўчы комплекс»: a Belarusian adjective in the
# masculine nominative, which pymorphy3 guesses to be a noun, still makes a complex a facility
@pytest.mark.parametrize(
    "complex_",
    ["малочнатаварны комплекс", "сучасны жывёлагадоўчы комплекс", "птушкагадоўчы комплекс"],
)
@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Беларусь і Таджыкістан пабудуюць у Хатлонскай вобласці {}.", "planned"),
        ("Беларусь і Таджыкістан абмеркавалі магчымасць пабудаваць у Хатлонскай вобласці {}.",
         "proposed"),
    ],
)  # fmt: skip
def test_a_complex_named_by_a_belarusian_adjective(
    complex_: str, sentence: str, status: str
) -> None:
    assert statuses(sentence.format(complex_)) == [status]


def test_a_complex_of_measures_is_no_project() -> None:
    assert statuses("Беларусь і Таджыкістан абмеркавалі комплекс мер па развіцці гандлю.") == []


# --- Agreed to weigh it: "agreed to consider building", «договорились рассмотреть», «дамовіліся
# разгледзець» is still being weighed; the gerund after a verb of weighing takes its stage ---
WEIGHED = (
    "Belarus and Tajikistan agreed to consider building a pharmaceutical plant in Sughd.",
    "Belarus and Tajikistan agreed to consider setting up a pharmaceutical plant in Sughd.",
    "Belarus and Tajikistan decided to explore opening a pharmaceutical plant in Sughd.",
    "Belarus and Tajikistan are considering building a pharmaceutical plant in Sughd.",
    "Belarus and Tajikistan are discussing setting up a pharmaceutical plant in Sughd.",
    "Беларусь и Таджикистан договорились рассмотреть строительство фармацевтического завода.",
    "Беларусь і Таджыкістан дамовіліся разгледзець будаўніцтва фармацэўтычнага завода.",
    "Беларусь і Таджыкістан дамовіліся разгледзець пытанне будаўніцтва завода.",
)


@pytest.mark.parametrize("text", WEIGHED)
def test_agreed_to_weigh_a_project_is_proposed(text: str) -> None:
    assert statuses(text) == ["proposed"]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Belarus and Tajikistan agreed to build a pharmaceutical plant in Sughd.", "planned"),
        ("Belarus and Tajikistan are building a pharmaceutical plant in Sughd.", "underway"),
        ("Беларусь и Таджикистан договорились построить фармацевтический завод.", "planned"),
        ("Беларусь і Таджыкістан дамовіліся пабудаваць фармацэўтычны завод.", "planned"),
    ],
)
def test_agreed_to_build_stays_planned(text: str, status: str) -> None:
    assert statuses(text) == [status]


# --- One project told on over sentences: its value, its parts, its jobs -------------------
def told(text: str) -> list[tuple[str, float | None, int | None]]:
    found = extract(text, published=PUBLISHED).as_dict()["projects"]
    return sorted(((p["status"], p["value"], p["jobs"]) for p in found), key=str)


AGREED_PLANTS = {
    "en": "Kazakhstan and Uzbekistan have signed an agreement to build a joint logistics hub at "
    "the border. The facility, with investment of $75 million, is due to open in 2027.",
    "ru": "Казахстан и Узбекистан подписали соглашение о строительстве совместного "
    "логистического хаба на границе. Проект стоимостью $75 млн планируется завершить в 2027 "
    "году.",
    "be": "Казахстан і Узбекістан падпісалі пагадненне аб будаўніцтве сумеснага лагістычнага "
    "хаба на мяжы. Праект каштам $75 млн плануецца завяршыць у 2027 годзе.",
}
# What the project contains (a verb of containing before it) is a part of it, not a project
CONTAINED = (
    ("en", "It will include a customs terminal, cold storage and a wholesale market."),
    ("en", "The complex will comprise a customs terminal and a wholesale market."),
    ("ru", "Хаб будет включать таможенный терминал и оптовый рынок."),
    ("ru", "Комплекс состоит из таможенного терминала и оптового рынка."),
    ("ru", "Он также включит таможенный терминал и оптовый рынок."),
    ("be", "Хаб будзе ўключаць мытны тэрмінал і аптовы рынак."),
)
# People a project is to employ, told in a sentence that names no project
TO_EMPLOY = (
    ("en", "It will employ 600 people."),
    ("en", "It will provide work for 600 people."),
    ("ru", "Там будут работать 600 человек."),
    ("ru", "Он обеспечит работой 600 человек."),
    ("be", "Там будуць працаваць 600 чалавек."),
    ("be", "Ён забяспечыць працай 600 чалавек."),
)


@pytest.mark.parametrize(("language", "contained"), CONTAINED)
def test_what_a_project_contains_is_no_project_of_its_own(language: str, contained: str) -> None:
    assert told(f"{AGREED_PLANTS[language]} {contained}") == [("planned", 75_000_000, None)]


@pytest.mark.parametrize(("language", "employ"), TO_EMPLOY)
def test_jobs_a_project_is_to_make_told_apart_are_its_own(language: str, employ: str) -> None:
    assert told(f"{AGREED_PLANTS[language]} {employ}") == [("planned", 75_000_000, 600)]


@pytest.mark.parametrize(
    ("language", "staff"),
    [
        ("en", "Kazakh Railways employs 60,000 people."),
        ("ru", "В казахстанской железнодорожной компании работают 60 тыс. человек."),
        ("be", "У казахстанскай чыгуначнай кампаніі працуюць 60 тыс. чалавек."),
    ],
)
def test_a_firms_staff_is_not_the_projects_jobs(language: str, staff: str) -> None:
    assert told(f"{AGREED_PLANTS[language]} {staff}") == [("planned", 75_000_000, None)]


@pytest.mark.parametrize(
    "text",
    [
        # the plant, then its value told by «каштам» (the sum is no product of it)
        "У Кокшэтау адкрыта сумесная вытворчасць па зборцы аўтобусаў МАЗ. Праект каштам $12 "
        "млн рэалізаваны разам з мясцовай кампаніяй. Прадпрыемства створыць 250 працоўных "
        "месцаў.",
        # «будзе» opens the predicate: it is not what the plant makes
        "У Кокшэтау адкрыта сумесная вытворчасць аўтобусаў МАЗ, інвестыцыі ў праект склалі $12 "
        "млн. На першым этапе завод будзе выпускаць 300 машын у год, на ім працуюць 250 "
        "чалавек.",
        # "start production" is what the plant will do, not another project
        "Belarus and Kazakhstan opened a joint bus assembly plant in Kokshetau worth $12 "
        "million. The plant started production in May and employs 250 people.",
        "Belarus and Kazakhstan opened a joint bus assembly plant in Kokshetau worth $12 "
        "million. The plant began production in May and employs 250 people.",
        "Belarus and Kazakhstan opened a joint bus assembly plant in Kokshetau worth $12 "
        "million. Production started in May and the plant employs 250 people.",
        # a month is when, not what is made («вытворчасць у маі»)
        "Беларусь і Казахстан адкрылі ў Кокшэтау сумесны завод па зборцы аўтобусаў коштам $12 "
        "млн. Завод пачаў вытворчасць у маі, на ім працуюць 250 чалавек.",
        "Беларусь и Казахстан открыли в Кокшетау совместный завод по сборке автобусов "
        "стоимостью $12 млн. Завод начал производство в мае, на нём работают 250 человек.",
    ],
)
def test_a_plant_told_on_is_one_project(text: str) -> None:
    assert told(text) == [("done", 12_000_000, 250)]


# --- A crowd gathered is no assembly: «собрали 10 тысяч зрителей», «сабралі гледачоў» ----------
GATHERED = (
    "Дни культуры Казахстана прошли в Минске и собрали более 10 тысяч зрителей.",
    "Дни культуры Казахстана в Минске собрали 10 тысяч посетителей.",
    "Форум в Костанае собрал 500 участников из Беларуси.",
    "Дні культуры Казахстана прайшлі ў Мінску і сабралі больш за 10 тысяч гледачоў.",
    "Фестываль у Мінску сабраў 500 удзельнікаў з Казахстана.",
)


@pytest.mark.parametrize("text", GATHERED)
def test_a_crowd_gathered_is_no_assembly(text: str) -> None:
    assert statuses(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "В Костанае в прошлом году собрали более 10 тысяч тракторов МТЗ.",
        "В Костанае собрали 500 тракторов МТЗ для казахстанских фермеров.",
        "У Кастанаі летась сабралі больш за 10 тысяч трактароў МТЗ.",
    ],
)
def test_machines_assembled_for_people_are_still_assembled(text: str) -> None:
    assert statuses(text) == ["done"]


# --- "…; их стоимость — $35 млн", "…; their total cost is …": the clause after a semicolon
# that opens with the possessive tells on the group just named ----------------------------
GROUPS_TOLD = (
    "Беларусь и Казахстан реализуют ещё два совместных проекта",
    "Belarus and Kazakhstan are implementing two more joint projects",
    "Беларусь і Казахстан рэалізуюць яшчэ два сумесныя праекты",
)
THEIR_FIGURES = (
    ("их общая стоимость — $35 млн", "their total cost is $35 million", "іх агульны кошт — $35 млн",
     (35_000_000, None)),
    ("их реализация позволит создать 300 рабочих мест",
     "their implementation will create 300 jobs",
     "іх рэалізацыя дазволіць стварыць 300 працоўных месцаў", (None, 300)),
)  # fmt: skip


@pytest.mark.parametrize("language", range(3))
@pytest.mark.parametrize("figures", THEIR_FIGURES)
def test_their_figures_after_a_semicolon_are_the_groups(
    language: int, figures: tuple[str, str, str, tuple[int | None, int | None]]
) -> None:
    value, jobs = figures[3]
    text = f"{GROUPS_TOLD[language]}; {figures[language]}."
    found = extract(text, published=PUBLISHED).as_dict()["projects"]
    assert [(p["status"], p["count"], p["value"], p["jobs"]) for p in found] == [
        ("underway", 2, value, jobs)
    ]


# One plant: «её», «его», «яго», «яе» and "its" tell on it as «их» on a group.
PLANT_TOLD = {
    "ru": ("В Семее белорусские подрядчики возводят ТЭЦ, она готова на 60%; {its} стоимость "
           "составляет около 380 млрд тенге.", ("её",)),
    "ru2": ("В Семее белорусские подрядчики возводят завод по выпуску кабеля; {its} стоимость "
            "составляет 380 млрд тенге.", ("его",)),
    "be": ("У Семеі беларускія падрадчыкі ўзводзяць завод па выпуску кабелю; {its} кошт — 380 "
           "млрд тэнге.", ("яго",)),
    "en": ("In Semey Belarusian contractors are building a cable plant; {its} cost is 380 "
           "billion tenge.", ("its",)),
}  # fmt: skip


@pytest.mark.parametrize(
    ("template", "its"),
    [(template, its) for template, forms in PLANT_TOLD.values() for its in forms],
)
def test_its_value_after_a_semicolon_is_the_plants(template: str, its: str) -> None:
    text = template.format(its=its)
    found = extract(text, title="Беларусь и Казахстан", published=PUBLISHED).as_dict()
    assert [(p["status"], p["value"]) for p in found["projects"]] == [("underway", 380_000_000_000)]


@pytest.mark.parametrize(
    "text",
    [
        "Беларусь и Казахстан реализуют два совместных проекта; их товарооборот вырос до $1 млрд.",
        "Belarus and Kazakhstan are implementing two joint projects; their trade rose to $1 "
        "billion.",
    ],
)
def test_their_trade_after_a_semicolon_is_no_projects_value(text: str) -> None:
    found = extract(text, published=PUBLISHED).as_dict()["projects"]
    assert [(p["count"], p["value"]) for p in found] == [(2, None)]


# --- Two facilities of different kinds, each told bare in a sentence of its own, the later
# one not so far on: a plant that works and a terminal still talked of are two projects ----
@pytest.mark.parametrize(
    "text",
    [
        "В Хатлоне Казахстан и Таджикистан открыли завод. Кроме того, стороны обсуждают "
        "строительство зернового терминала в Душанбе.",
        "У Хатлоне Казахстан і Таджыкістан адкрылі завод. Акрамя таго, бакі абмяркоўваюць "
        "будаўніцтва збожжавага тэрмінала ў Душанбе.",
        "Kazakhstan and Tajikistan opened a plant in Khatlon. The sides are also discussing the "
        "construction of a grain terminal in Dushanbe.",
        "В Хатлоне Казахстан и Таджикистан запустили фабрику. Стороны также обсуждают создание "
        "логистического хаба в Душанбе.",
    ],
)
def test_a_working_plant_and_a_terminal_talked_of_are_two(text: str) -> None:
    assert statuses(text) == ["done", "proposed"]


# --- Power plants: ГЭС, ТЭЦ, ТЭС, АЭС, СЭС, электростанция are facilities; a country's own
# named plant with no work on it is none ---------------------------------------------------
POWER_PLANTS = ("малых ГЭС", "ТЭЦ", "солнечной электростанции", "ветровой электростанции")
POWER_PLANT_STAGES = (
    ("Казахстан и Таджикистан обсуждают строительство {}.", "proposed"),
    ("Казахстан и Таджикистан договорились о строительстве {}.", "planned"),
    ("Казахстанская сторона проявила интерес к строительству {} в Таджикистане.", "proposed"),
)


@pytest.mark.parametrize(
    ("plant", "told"), list(itertools.product(POWER_PLANTS, POWER_PLANT_STAGES))
)
def test_a_power_plant_is_a_facility(plant: str, told: tuple[str, str]) -> None:
    sentence, status = told
    assert statuses(sentence.format(plant)) == [status]


@pytest.mark.parametrize(
    "text",
    [
        "Рогунская ГЭС обеспечит электроэнергией Таджикистан и Казахстан.",
        "Нурекская ГЭС поставит электроэнергию в Казахстан, сообщили в Таджикистане.",
    ],
)
def test_a_countrys_own_named_power_plant_is_no_project(text: str) -> None:
    assert statuses(text) == []


# --- What is offered or talked of ("обсуждают модернизацию", "interest in the expansion
# of") takes the stage of the word of offering, not "модернизация" (which tells a plant
# exists) ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Россия и Казахстан обсуждают модернизацию ТЭЦ в Экибастузе.",
        "Российская сторона проявила интерес к модернизации ТЭЦ в Экибастузе, сообщил Казахстан.",
        "Russia and Kazakhstan discussed the modernisation of a power plant in Ekibastuz.",
        "Russia showed interest in the expansion of a power plant in Ekibastuz, Kazakhstan said.",
        "Расія і Казахстан абмеркавалі мадэрнізацыю ТЭЦ у Экібастузе.",
    ],
)
def test_a_modernisation_talked_of_is_proposed(text: str) -> None:
    assert statuses(text) == ["proposed"]


@pytest.mark.parametrize(
    "text",
    [
        "Россия и Казахстан завершили модернизацию ТЭЦ в Экибастузе.",
        "Russia and Kazakhstan completed the modernisation of a power plant in Ekibastuz.",
    ],
)
def test_a_modernisation_done_stays_done(text: str) -> None:
    assert statuses(text) == ["done"]


# --- A facility told with what it is, after an enterprise of another kind, is another
# project, not the enterprise named again --------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Таджикистан и Казахстан договорились о строительстве совместного предприятия по "
        "переработке хлопка. Казахстанская сторона также проявила интерес к строительству "
        "малых ГЭС на реке Зеравшан.",
        "Таджикистан и Казахстан договорились о строительстве совместного предприятия по "
        "переработке хлопка. Стороны также обсуждают создание зернового терминала.",
        "Tajikistan and Kazakhstan agreed to build a joint cotton processing enterprise. "
        "Kazakhstan is also interested in building a grain terminal in Dushanbe.",
    ],
)
def test_a_described_facility_after_an_enterprise_is_another(text: str) -> None:
    assert statuses(text) == ["planned", "proposed"]


# --- Production begun ("началась сборка", «пачаўся выпуск», «пачалася зборка») works: done;
# a Belarusian place after «ў» is where the venture stands, not what it makes -------------
PRODUCTION_BEGUN = (
    "В Абовяне началась сборка лифтов «Могилевлифтмаша» на совместном белорусско-армянском "
    "предприятии.",
    "У Абавяне пачалася зборка ліфтаў «Магілёўліфтмаша» на сумесным беларуска-армянскім "
    "прадпрыемстве.",
    "В Ташкентской области на белорусско-узбекском совместном предприятии начался выпуск сыров.",
    "На беларуска-ўзбекскім сумесным прадпрыемстве ў Ташкенцкай вобласці пачаўся выпуск сыроў.",
    "На беларуска-ўзбекскім сумесным прадпрыемстве ў Ташкенцкай вобласці пачалася вытворчасць "
    "сыроў.",
)


@pytest.mark.parametrize("text", PRODUCTION_BEGUN)
def test_production_begun_is_one_working_project(text: str) -> None:
    assert statuses(text) == ["done"]


# --- A counted group with examples in a dash parenthesis ("— в частности, … —", "— in
# particular, … —", «— у прыватнасці, … —») is the group; "under discussion", «на
# рассмотрении», «на разглядзе» is proposed ------------------------------------------------
GROUP_WITH_EXAMPLES = (
    "Минск и Москва реализуют 27 совместных проектов. Ещё 10 проектов — в частности, "
    "строительство логистического центра и выпуск электробусов — {}.",
    "Мінск і Масква рэалізуюць 27 сумесных праектаў. Яшчэ 10 праектаў — у прыватнасці, "
    "будаўніцтва лагістычнага цэнтра і выпуск электробусаў — {}.",
    "Minsk and Moscow are implementing 27 joint projects. Another 10 projects — in particular, "
    "a logistics centre and the production of electric buses — {}.",
)
STILL_TALKED_OF = (
    ("находятся в стадии обсуждения", "знаходзяцца ў стадыі абмеркавання",
     "are at the discussion stage"),
    ("находятся на рассмотрении", "знаходзяцца на разглядзе", "are under discussion"),
    ("находятся на рассмотрении", "знаходзяцца на разглядзе", "are under consideration"),
)  # fmt: skip


@pytest.mark.parametrize("language", range(3))
@pytest.mark.parametrize("talked_of", STILL_TALKED_OF)
def test_a_group_with_examples_still_talked_of(
    language: int, talked_of: tuple[str, str, str]
) -> None:
    text = GROUP_WITH_EXAMPLES[language].format(talked_of[language])
    assert facts(text) == [("proposed", 10), ("underway", 27)]


# --- A farm the pair builds is a facility; farmers, and farms buying machines, are not ----
@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Беларусь и Узбекистан построят молочно-товарную ферму на 1200 коров.", "planned"),
        ("Belarus and Uzbekistan will build a dairy farm for 1,200 cows.", "planned"),
        ("Беларусь і Узбекістан абмяркоўваюць будаўніцтва малочнатаварнай фермы.", "proposed"),
    ],
)
def test_a_farm_built_is_a_project(text: str, status: str) -> None:
    assert statuses(text) == [status]


@pytest.mark.parametrize(
    "text",
    [
        "Белорусские фермеры посетили Узбекистан.",
        "Узбекские фермы закупили белорусские тракторы МТЗ.",
        "Uzbek farms bought Belarusian MTZ tractors.",
    ],
)
def test_farmers_and_farms_buying_are_no_project(text: str) -> None:
    assert statuses(text) == []


# --- Assembly begun: "начали собирать", «пачалі збіраць», "began assembling" — the verb of
# beginning tells when -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("В Костанае в прошлом году начали собирать тракторы МТЗ.", "done"),
        ("В Костанае с 2021 года стали собирать тракторы МТЗ.", "done"),
        ("У Кастанаі летась пачалі збіраць трактары МТЗ.", "done"),
        ("In Kostanay, SaryarkaAvtoProm began assembling MTZ tractors last year.", "done"),
        ("В Костанае в следующем году начнут собирать тракторы МТЗ.", "planned"),
    ],
)
def test_assembly_begun_is_a_project(text: str, status: str) -> None:
    assert statuses(text) == [status]


def test_collecting_signatures_is_no_assembly() -> None:
    assert statuses("В Костанае начали собирать подписи за строительство завода МТЗ.") == []


# --- Three status groups in one sentence, in each language: "реализовали 11 …, ещё шесть
# реализуются, а девять …"; a Belarusian adjective spelt as Russian could be («прамысловых»)
# still stands between the count and its head; English "have implemented" is done ---------
@pytest.mark.parametrize(
    "text",
    [
        "Беларусь и Казахстан реализовали 11 совместных промышленных проектов, ещё шесть "
        "реализуются, а девять находятся на стадии проработки.",
        "Беларусь і Казахстан рэалізавалі 11 сумесных прамысловых праектаў, яшчэ шэсць "
        "рэалізуюцца, а дзевяць знаходзяцца на стадыі прапрацоўкі.",
        "Belarus and Kazakhstan have implemented 11 joint industrial projects, six more are under "
        "way, and nine are at the study stage.",
    ],
)
def test_three_status_groups_in_one_sentence(text: str) -> None:
    assert facts(text) == [("done", 11), ("proposed", 9), ("underway", 6)]


# A sum told after the second group of a clause is that group's value, not the first's; and
# "согласованы к реализации", «узгоднены», "agreed" is planned.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("В Узбекистане уже запущено 14 совместных производств Беларуси, ещё 8 проектов общей "
         "стоимостью $230 млн согласованы к реализации в текущем году.",
         [("done", 14, None), ("planned", 8, 230e6)]),
        ("Беларусь и Узбекистан реализовали 14 совместных проектов, ещё 8 на сумму свыше $230 млн "
         "находятся в стадии реализации.", [("done", 14, None), ("underway", 8, 230e6)]),
        ("Belarus and Uzbekistan have implemented 14 joint projects, and 8 more worth $230 "
         "million are under way.", [("done", 14, None), ("underway", 8, 230e6)]),
        ("Беларусь і Узбекістан рэалізавалі 14 сумесных праектаў, яшчэ 8 коштам $230 млн "
         "узгоднены да рэалізацыі.", [("done", 14, None), ("planned", 8, 230e6)]),
    ],
)  # fmt: skip
def test_a_sum_after_the_second_group_is_its_value_alone(
    text: str, expected: list[tuple[str, int, float | None]]
) -> None:
    found = extract(text, published=PUBLISHED).as_dict()["projects"]
    assert sorted((p["status"], p["count"], p["value"]) for p in found) == expected


# A bare plural named by a participle of its stage ("На реализованных проектах …", "The
# implemented projects …", «На рэалізаваных праектах …») is the group of that stage just told.
STAGED_GROUPS = {
    "ru": "Беларусь и Узбекистан реализовали 28 совместных проектов на $420 млн, ещё 17 проектов "
    "на $380 млн находятся в стадии реализации.",
    "en": "Belarus and Uzbekistan have implemented 28 joint projects worth $420 million, and 17 "
    "more worth $380 million are under way.",
    "be": "Беларусь і Узбекістан рэалізавалі 28 сумесных праектаў на $420 млн, яшчэ 17 праектаў "
    "на $380 млн знаходзяцца ў стадыі рэалізацыі.",
}
JOBS_OF_A_STAGE = {
    "ru": ("На реализованных проектах создано более 5 тыс. рабочих мест.",
           "Реализованные проекты создали более 5 тыс. рабочих мест."),
    "en": ("The implemented projects have created more than 5,000 jobs.",
           "On the implemented projects, more than 5,000 jobs have been created."),
    "be": ("На рэалізаваных праектах створана больш за 5 тыс. рабочых месцаў.",),
}  # fmt: skip


@pytest.mark.parametrize(
    ("language", "jobs"),
    [(language, jobs) for language, told in JOBS_OF_A_STAGE.items() for jobs in told],
)
def test_jobs_of_the_group_named_by_its_stage(language: str, jobs: str) -> None:
    found = extract(f"{STAGED_GROUPS[language]} {jobs}", published=PUBLISHED).as_dict()
    assert sorted((p["status"], p["count"], p["jobs"]) for p in found["projects"]) == [
        ("done", 28, 5000),
        ("underway", 17, None),
    ]


# Production to be commissioned ("Ввести производство в эксплуатацию планируют …"), told
# after the venture being built, is that venture's next step, not another project.
@pytest.mark.parametrize(
    "text",
    [
        "В Минской области идёт строительство совместного белорусско-казахстанского предприятия "
        "по выпуску лекарств. Ввести производство в эксплуатацию планируют в 2026 году.",
        "У Мінскай вобласці ідзе будаўніцтва сумеснага беларуска-казахстанскага прадпрыемства "
        "па выпуску лекаў. Увесці вытворчасць у эксплуатацыю плануюць у 2026 годзе.",
        "A joint Belarusian-Kazakh enterprise producing medicines is under construction in Minsk "
        "Region. Production is to be put into operation in 2026.",
    ],
)
def test_production_to_be_commissioned_is_the_venture_just_told(text: str) -> None:
    assert statuses(text) == ["underway"]


# The output a relative clause tells of a venture ("…, которое начало выпуск тракторов, …",
# "…, which started production of tractors, …", «…, якое пачало выпуск …») is that venture's.
@pytest.mark.parametrize(
    "text",
    [
        "Совместное белорусско-кыргызское предприятие «Бел-Кыргыз Агро» в Канте, которое начало "
        "выпуск тракторов в 2021 году, обеспечивает работой 95 человек.",
        "The Belarusian-Kyrgyz joint venture Bel-Kyrgyz Agro in Kant, which started production "
        "of tractors in 2021, employs 95 people.",
        "Сумеснае беларуска-кыргызскае прадпрыемства «Бел-Кыргыз Агра» ў Канце, якое пачало "
        "выпуск трактароў у 2021 годзе, забяспечвае працай 95 чалавек.",
        "Совместное белорусско-кыргызское предприятие в Канте, которое наладило сборку "
        "тракторов, обеспечивает работой 95 человек.",
    ],
)
def test_the_output_a_relative_clause_tells_is_the_ventures(text: str) -> None:
    found = extract(text, published=PUBLISHED).as_dict()["projects"]
    assert [(p["status"], p["jobs"]) for p in found] == [("done", 95)]


# English groups whose head is elided after "another", "a further", "N more", in the same
# sentence or the next, and "at the implementation stage" as work going on.
@pytest.mark.parametrize("joined", [", and ", "; ", ". "])
@pytest.mark.parametrize(
    ("rest", "expected"),
    [
        ("another 18 are under way.", ("underway", 18)),
        ("a further 18 are planned.", ("planned", 18)),
        ("18 more are at the implementation stage.", ("underway", 18)),
        ("another 18 are at the construction stage.", ("underway", 18)),
    ],
)
def test_english_groups_after_another_and_more(
    joined: str, rest: str, expected: tuple[str, int]
) -> None:
    if joined == ". ":
        rest = rest[0].upper() + rest[1:]
    text = f"Belarus and Kazakhstan have implemented 36 joint projects{joined}{rest}"
    assert facts(text) == sorted([("done", 36), expected])


@pytest.mark.parametrize(
    "supply",
    [
        "MTZ signed a contract to supply another 300 tractors to Kazakh farmers.",
        "MTZ will deliver a further 300 tractors to Kazakh farmers.",
        "Kazakh farmers ordered 300 more tractors from MTZ.",
    ],
)
@pytest.mark.parametrize("joined", [" Separately, ", " "])
def test_another_number_of_what_it_names_is_no_group(joined: str, supply: str) -> None:
    if joined == " ":
        supply = supply[0].upper() + supply[1:]
    text = f"Belarus and Kazakhstan have implemented 36 joint projects.{joined}{supply}"
    assert facts(text) == [("done", 36)]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Belarus and Kazakhstan are implementing 11 joint projects.", "underway"),
        ("Eleven joint projects of Belarus and Kazakhstan are being implemented.", "underway"),
        ("Eleven joint projects of Belarus and Kazakhstan will be implemented by 2030.", "planned"),
    ],
)
def test_implementing_and_to_be_implemented_stay_as_they_were(text: str, status: str) -> None:
    assert statuses(text) == [status]


# --- A sentence that opens with a part of the project just told ("The new line, built with
# an investment of $3.5 million", «Новая линия стоимостью …») gives the project its value --
@pytest.mark.parametrize(
    "text",
    [
        "Assembly of Gomselmash combine harvesters has been launched at the Ganja Automobile "
        "Plant in Azerbaijan. The new line, built with an investment of $3.5 million, can turn "
        "out up to 100 combines a year.",
        "Assembly of Gomselmash combine harvesters has been launched at the Ganja Automobile "
        "Plant in Azerbaijan. The workshop, worth $3.5 million, employs local staff.",
        "На Гянджинском автозаводе в Азербайджане запущена сборка комбайнов «Гомсельмаш». Новая "
        "линия стоимостью $3,5 млн сможет выпускать до 100 комбайнов в год.",
        "На Гянджынскім аўтазаводзе ў Азербайджане запушчана зборка камбайнаў «Гомсельмаш». "
        "Новая лінія коштам $3,5 млн зможа выпускаць да 100 камбайнаў у год.",
    ],
)
def test_a_part_told_after_gives_the_project_its_value(text: str) -> None:
    assert told(text) == [("done", 3_500_000, None)]


def test_a_line_of_trade_is_no_value_of_the_project() -> None:
    text = (
        "Assembly of Gomselmash combine harvesters has been launched at the Ganja Automobile "
        "Plant in Azerbaijan. The line of credit of $50 million was opened by a bank."
    )
    assert told(text) == [("done", None, None)]


# --- A plant agreed on, then a working enterprise told after it ---------------------------
# What is agreed on is not what has long worked: two projects, each with its own value. The
# enterprise is named in quotes or, in English, in apposition ("the joint venture
# Kant-Agromash").
PARTNERS_TITLE = "Беларусь, Таджикистан и Кыргызстан расширяют кооперацию"
AGREED_FIRST = {
    "ru": "Стороны подписали соглашение о строительстве в Согдийской области молочно-товарного "
    "комплекса стоимостью $18 млн.",
    "en": "The sides signed an agreement to build a $12 million dairy processing plant in "
    "Issyk-Kul region.",
}
WORKING_AFTER = {
    "ru": (
        "В Худжанде с 2022 года работает совместное предприятие «ТаджБелАвто», где собирают "
        "грузовики МАЗ.",
        "С 2019 года в Турсунзаде работает совместное предприятие «Алюмпрофиль».",
    ),
    "en": (
        "The joint venture Kant-Agromash, launched in 2024, already assembles MTZ tractors "
        "near Bishkek.",
        "The Kyrgyz-Belarusian joint venture AgroMashService has operated near Bishkek since 2023.",
    ),
}


@pytest.mark.parametrize(
    "text",
    [
        f"{AGREED_FIRST[language]} {working}"
        for language, sentences in WORKING_AFTER.items()
        for working in sentences
    ],
)
def test_a_working_enterprise_told_after_a_plant_agreed_on_is_another(text: str) -> None:
    told = extract(text, title=PARTNERS_TITLE, published=PUBLISHED).as_dict()["projects"]
    found = sorted((p["status"], p["value"]) for p in told)
    assert [status for status, _ in found] == ["done", "planned"]
    assert found[1][1] in (18_000_000, 12_000_000) and found[0][1] is None


def test_a_plant_agreed_on_and_told_again_by_its_head_stays_one() -> None:
    text = (
        "Стороны подписали соглашение о строительстве в Согдийской области молочно-товарного "
        "комплекса стоимостью $18 млн. Комплекс будет перерабатывать 100 тонн молока в сутки."
    )
    told = extract(text, title=PARTNERS_TITLE, published=PUBLISHED).as_dict()["projects"]
    assert [(p["status"], p["value"]) for p in told] == [("planned", 18_000_000)]


# --- Sectors set off by dashes right after a counted group are what it counts -------------
SET_OFF = {
    "ru": "Три совместных проекта — по переработке овощей, производству обуви и упаковки — "
    "находятся на стадии строительства.",
    "en": "Three joint projects — in vegetable processing, footwear production and packaging — "
    "are under construction.",
    "be": "Тры сумесныя праекты — па перапрацоўцы гародніны, вытворчасці абутку і ўпакоўкі — "
    "знаходзяцца на стадыі будаўніцтва.",
}


@pytest.mark.parametrize(("language", "text"), SET_OFF.items())
def test_sectors_set_off_after_a_group_are_its_members(language: str, text: str) -> None:
    assert facts(f"Беларусь и Казахстан: {text}") == [("underway", 3)]


def test_a_project_after_the_set_off_sectors_is_its_own() -> None:
    text = f"Беларусь и Казахстан: {SET_OFF['ru'][:-1]}, а в Астане открыт завод по выпуску лифтов."
    assert facts(text) == [("done", None), ("underway", 3)]


# --- Power plants named in full, as by their abbreviations ---------------------------------
@pytest.mark.parametrize(
    ("full", "short"),
    [
        ("Теплоэлектроцентраль", "ТЭЦ"),
        ("Гидроэлектростанция", "ГЭС"),
        ("Теплоэлектростанция", "ТЭС"),
    ],
)
@pytest.mark.parametrize(
    ("told", "status"),
    [
        ("{name} мощностью 240 МВт, построенная в Кокшетау белорусскими энергетиками, в мае "
         "введена в эксплуатацию.", "done"),
        ("{name} мощностью 240 МВт в Кокшетау будет построена белорусскими энергетиками к 2028 "
         "году.", "planned"),
    ],
)  # fmt: skip
def test_a_power_plant_named_in_full_is_a_facility(
    full: str, short: str, told: str, status: str
) -> None:
    title = "Беларусь и Казахстан развивают промышленную кооперацию"
    for name in (full, short):
        found = extract(told.format(name=name), title=title, published=PUBLISHED).as_dict()
        assert [p["status"] for p in found["projects"]] == [status], name


# --- What a colon opens after a project tells on it ----------------------------------------
AFTER_A_COLON = {
    "ru": ("Подписано соглашение о строительстве в Вахдате завода по сборке лифтов: стройка "
           "начнётся в 2026 году, инвестиции оцениваются в 12 млн долларов, будет создано 150 "
           "рабочих мест."),
    "en": ("An agreement was signed to build a lift assembly plant in Vahdat: construction will "
           "start in 2026, investment is estimated at $12 million, and 150 jobs will be "
           "created."),
    "be": ("Падпісана пагадненне аб будаўніцтве ў Вахдаце завода па зборцы ліфтаў: будоўля "
           "пачнецца ў 2026 годзе, інвестыцыі ацэньваюцца ў 12 млн долараў, будзе створана 150 "
           "працоўных месцаў."),
}  # fmt: skip


@pytest.mark.parametrize(("language", "text"), AFTER_A_COLON.items())
def test_what_a_colon_opens_after_a_project_tells_on_it(language: str, text: str) -> None:
    found = extract(text, title="Беларусь и Таджикистан", published=PUBLISHED).as_dict()
    assert [(p["status"], p["value"], p["jobs"]) for p in found["projects"]] == [
        ("planned", 12_000_000, 150)
    ]


def test_a_sum_after_the_colons_semicolon_is_not_the_projects() -> None:
    text = (
        "Подписано соглашение о строительстве в Вахдате завода по сборке лифтов: стройка "
        "начнётся в 2026 году; кредитная линия на 12 млн долларов открыта банку."
    )
    found = extract(text, title="Беларусь и Таджикистан", published=PUBLISHED).as_dict()
    assert [(p["status"], p["value"]) for p in found["projects"]] == [("planned", None)]


# --- A power line is built as a plant is; a line of ministries is none --------------------
@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Казахстанская сторона предложила проложить между странами новую линию электропередачи "
         "500 кВ.", "proposed"),
        ("Стороны договорились построить новую линию электропередачи 500 кВ.", "planned"),
        ("Бакі дамовіліся пабудаваць новую лінію электраперадачы 500 кВ.", "planned"),
    ],
)  # fmt: skip
def test_a_power_line_is_a_project(text: str, status: str) -> None:
    found = extract(text, title="Беларусь и Казахстан", published=PUBLISHED).as_dict()
    assert [p["status"] for p in found["projects"]] == [status]


def test_a_line_of_ministries_is_no_project() -> None:
    text = "Стороны договорились развивать сотрудничество по линии министерств энергетики."
    found = extract(text, title="Беларусь и Казахстан", published=PUBLISHED).as_dict()
    assert found["projects"] == []
