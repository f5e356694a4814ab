"""Whose trade a figure is, and one change told twice, built from word classes.

A region named only after the figure, where its source is told ("…, the ambassador said at a
meeting with the akim of Karaganda Region"), does not make two named countries' trade one
region's. A city among the trade's parties does: a city that is no capital ("товарооборот
Беларуси и Санкт-Петербурга"), a capital beside another country's name («товарооборот Минска
с Казахстаном»), "the capital" itself («со столицей России») — while two capitals stand for
their countries and a dateline ("MINSK, 6 February (BelTA) – …") names no party. A change
rounded in the title ("down 11%") is the text's exact one ("by 11.2%"), kept as told there.
"""

from __future__ import annotations

import itertools
from datetime import date
from typing import Any

import pytest

from news.extract import extract
from news.reading import read_sentence

PUBLISHED = date(2025, 2, 18)
YEAR_2024 = {"from": "2024-01", "to": "2024-12"}


def turnover(text: str, published: date = PUBLISHED) -> list[dict[str, Any]]:
    title, _, body = text.partition("\n\n")
    facts = extract(body or title, title=title if body else "", published=published)
    return list(facts.as_dict()["turnover"])


# --- A region named only where the source is told -----------------------------------------

NATIONAL_FIGURES = (
    "В 2024 году товарооборот Беларуси и Казахстана составил $1,2 млрд, {source}.",
    "Trade between Belarus and Kazakhstan reached $1.2 billion in 2024, {source}.",
    "У 2024 годзе тавараабарот Беларусі і Казахстана склаў $1,2 млрд, {source}.",
)
SOURCES_WITH_A_REGION = {
    0: (
        "сообщил посол Беларуси на встрече с акимом Карагандинской области",
        "заявил министр в ходе визита в Костанайскую область",
        "рассказал вице-премьер губернатору региона",
    ),
    1: (
        "the ambassador said at a meeting with the akim of Karaganda Region",
        "the minister said during a visit to Kostanay region",
        "the deputy prime minister told the regional governor",
    ),
    2: (
        "паведаміў пасол на сустрэчы з акімам Карагандзінскай вобласці",
        "заявіў міністр падчас візіту ў Кустанайскую вобласць",
        "расказаў віцэ-прэм'ер губернатару рэгіёна",
    ),
}


@pytest.mark.parametrize(
    ("language", "source"),
    [(language, source) for language, told in SOURCES_WITH_A_REGION.items() for source in told],
)
def test_a_region_named_where_the_source_is_told_leaves_the_countries_trade(
    language: int, source: str
) -> None:
    [fact] = turnover(NATIONAL_FIGURES[language].format(source=source))
    assert (fact["countries"], fact["amount"], fact["period"]) == (
        ["BY", "KZ"],
        1_200_000_000,
        YEAR_2024,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Товарооборот Карагандинской области и Беларуси в 2024 году составил $120 млн, "
        "сообщил аким области.",
        "Товарооборот с Беларусью в 2024 году составил $120 млн, сообщил аким Карагандинской "
        "области.",
        "Trade between Karaganda Region and Belarus reached $120 million in 2024, the akim said.",
        "Тавараабарот Карагандзінскай вобласці і Беларусі ў 2024 годзе склаў $120 млн.",
    ],
)
def test_a_regions_trade_stays_no_countries_turnover(text: str) -> None:
    assert turnover(text) == []


# --- A city among the trade's parties -----------------------------------------------------

CITY_TRADES = (
    "Товарооборот Беларуси и Санкт-Петербурга в 2024 году составил $2,8 млрд.",
    "Товарооборот Минска с Казахстаном в 2024 году составил $64 млн.",
    "Товарооборот Алматы с Беларусью в 2024 году составил $90 млн.",
    "Товарооборот Беларуси со столицей России в 2024 году превысил $5 млрд.",
    "Trade between Belarus and St Petersburg reached $2.8 billion in 2024.",
    "Minsk's trade with Kazakhstan reached $64 million in 2024.",
    "Belarus' trade with the Russian capital exceeded $5 billion in 2024.",
    "Тавараабарот Беларусі і Санкт-Пецярбурга ў 2024 годзе склаў $2,8 млрд.",
    "Тавараабарот Мінска з Казахстанам у 2024 годзе склаў $64 млн.",
    "Тавараабарот Беларусі са сталіцай Расіі ў 2024 годзе перавысіў $5 млрд.",
)


@pytest.mark.parametrize("text", CITY_TRADES)
def test_a_citys_trade_is_no_countries_turnover(text: str) -> None:
    assert turnover(text) == []


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Товарооборот между Минском и Астаной в 2024 году составил $1,2 млрд.", ["BY", "KZ"]),
        ("Trade between Minsk and Astana reached $1.2 billion in 2024.", ["BY", "KZ"]),
        ("Тавараабарот паміж Мінскам і Астаной у 2024 годзе склаў $1,2 млрд.", ["BY", "KZ"]),
        (
            "MINSK, 6 February (BelTA) – Trade between Belarus and Uzbekistan reached $1.2 "
            "billion in 2024.",
            ["BY", "UZ"],
        ),
        (
            "АЛМАТЫ, 6 февраля. Товарооборот Казахстана и Беларуси в 2024 году составил $1,2 млрд.",
            ["BY", "KZ"],
        ),
        (
            "Мінск, 6 лютага (БЕЛТА). Тавараабарот Беларусі і Узбекістана ў 2024 годзе склаў "
            "$1,2 млрд.",
            ["BY", "UZ"],
        ),
    ],
)
def test_capitals_for_their_countries_and_a_dateline_name_no_city_party(
    text: str, pair: list[str]
) -> None:
    [fact] = turnover(text)
    assert (fact["countries"], fact["amount"], fact["period"]) == (pair, 1_200_000_000, YEAR_2024)


# A dateline set off by a dash right before the trade noun is where the news was filed, not
# the trade's owner ("Almaty's trade"): a city in capitals or not, any dash.
DASHED_DATELINES = ("ASTANA", "Astana", "ALMATY", "MINSK", "Минск", "АСТАНА", "Алматы", "Мінск")
DASHES = (" – ", " — ", " - ", ": ")
TRADE_AFTER_A_DATELINE = (
    "Trade between Kazakhstan and Belarus reached $1.2 billion in 2024.",
    "Товарооборот Казахстана и Беларуси в 2024 году составил $1,2 млрд.",
    "Тавараабарот Казахстана і Беларусі ў 2024 годзе склаў $1,2 млрд.",
)


@pytest.mark.parametrize(
    "text",
    [
        f"{city}{dash}{trade}"
        for city in DASHED_DATELINES
        for dash in DASHES
        for trade in TRADE_AFTER_A_DATELINE
    ],
)
def test_a_dateline_before_a_dash_is_not_the_trades_owner(text: str) -> None:
    [fact] = turnover(text)
    assert (fact["countries"], fact["amount"], fact["period"]) == (
        ["BY", "KZ"],
        1_200_000_000,
        YEAR_2024,
    )


# --- One change, rounded in the title -----------------------------------------------------

ROUNDED_CHANGE_TITLES = (
    "Товарооборот Армении и Беларуси в 2024 году сократился на 11%",
    "Armenia-Belarus trade down 11% in 2024",
    "Тавараабарот Арменіі і Беларусі ў 2024 годзе скараціўся на 11%",
    "Товарооборот Армении и Беларуси сократился на 11%",
)
EXACT_CHANGE_BODIES = (
    "По итогам 2024 года товарооборот Армении и Беларуси сократился на 11,2%, сообщил Статкомитет.",
    "Trade between Armenia and Belarus decreased by 11.2% in 2024, the Statistical Committee said.",
    "Па выніках 2024 года тавараабарот Арменіі і Беларусі скараціўся на 11,2%.",
)


@pytest.mark.parametrize(
    ("title", "body"), list(itertools.product(ROUNDED_CHANGE_TITLES, EXACT_CHANGE_BODIES))
)
def test_a_change_rounded_in_the_title_is_the_texts_exact_change(title: str, body: str) -> None:
    [fact] = turnover(f"{title}\n\n{body}")
    assert (fact["countries"], fact["change_pct"], fact["period"]) == (
        ["AM", "BY"],
        -11.2,
        YEAR_2024,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Товарооборот Армении и Беларуси в 2024 году сократился на 11%\n\nВ январе 2025 года "
        "товарооборот Армении и Беларуси сократился на 11,2%.",
        "Armenia-Belarus trade down 11% in 2024\n\nTrade between Armenia and Belarus fell by "
        "13.2% in 2024. In January 2025 it fell by 11.2%.",
    ],
)
def test_a_change_of_another_period_is_not_the_titles(text: str) -> None:
    told = {(fact["period"]["from"], fact["change_pct"]) for fact in turnover(text)}
    assert ("2025-01", -11.2) in told
    assert ("2024-01", -11.0) in told or ("2024-01", -13.2) in told


# --- One country's foreign trade, the union's mutual trade ----------------------------------


@pytest.mark.parametrize(
    "second",
    [
        "Kazakhstan accounted for about 7% of Uzbekistan's foreign trade, which reached a record "
        "$62.9 billion in 2024.",
        "На Казахстан пришлось около 7% внешнеторгового оборота Узбекистана, который в 2024 году "
        "достиг $62,9 млрд.",
        "Доля Казахстана во внешней торговле Узбекистана, которая в 2024 году достигла $62,9 "
        "млрд, составила 7%.",
    ],
)
def test_one_countrys_foreign_trade_beside_a_partner_is_no_pairs_turnover(second: str) -> None:
    first = "Trade between Uzbekistan and Kazakhstan totalled $4.4 billion in 2024."
    assert [fact["amount"] for fact in turnover(f"{first} {second}")] == [4_400_000_000]


@pytest.mark.parametrize(
    "text",
    [
        "Внешнеторговый оборот Казахстана с Беларусью в 2024 году составил $1,2 млрд.",
        "Внешнеторговый оборот Беларуси и Казахстана в 2024 году составил $1,2 млрд.",
        "Kazakhstan's foreign trade with Belarus reached $1.2 billion in 2024.",
    ],
)
def test_foreign_trade_with_a_partner_is_their_turnover(text: str) -> None:
    [fact] = turnover(text)
    assert (fact["countries"], fact["amount"]) == (["BY", "KZ"], 1_200_000_000)


UNION_OPENINGS = (
    "Объём взаимной торговли государств — членов ЕАЭС в 2024 году вырос на 9% и составил $90 млрд.",
    "Взаимная торговля стран ЕАЭС в 2024 году выросла на 9% и составила $90 млрд.",
    "Mutual trade of the member states of the EAEU grew by 9% to $90 billion in 2024.",
)
UNION_LATER = (
    "Доля Беларуси во взаимной торговле — 36%, Казахстана — 12,5%, Кыргызстана — 2,4%. "
    "По прогнозу ЕЭК, в 2025 году объём взаимной торговли может превысить $95 млрд.",
    "Belarus accounted for 36% of mutual trade, Kazakhstan for 12.5%. In 2025 mutual trade "
    "may exceed $95 billion, the commission expects.",
)


@pytest.mark.parametrize(
    ("opening", "later"), [(opening, UNION_LATER[opening.isascii()]) for opening in UNION_OPENINGS]
)
def test_the_unions_mutual_trade_told_again_is_still_the_unions(opening: str, later: str) -> None:
    assert turnover(f"{opening} {later}") == []


def test_a_pairs_bilateral_trade_after_the_unions_is_the_pairs() -> None:
    text = (
        "Взаимная торговля стран ЕАЭС в 2024 году выросла на 9% и составила $90 млрд. "
        "Товарооборот Беларуси и Казахстана составил $1,2 млрд. В 2025 году двусторонняя "
        "торговля может превысить $1,5 млрд."
    )
    assert [(f["countries"], f["amount"]) for f in turnover(text)] == [
        (["BY", "KZ"], 1_200_000_000),
        (["BY", "KZ"], 1_500_000_000),
    ]


# One tracked country's trade with a union (the European Union, the EAEU, the CIS), in each
# language and its short names, after the pair's own figure: the union is no partner.
UNIONS_TRADED = {
    "en": ("Kazakhstan's trade with the {union} in January-March reached $9.8 billion.",
           ("European Union", "EU")),
    "ru": ("Товарооборот Казахстана с {union} за январь—март достиг $9,8 млрд.",
           ("Европейским союзом", "Евросоюзом", "ЕС", "СНГ")),
    "be": ("Тавараабарот Казахстана з {union} за студзень—сакавік дасягнуў $9,8 млрд.",
           ("Еўрапейскім саюзам", "Еўрасаюзам", "краінамі СНД", "Мытным саюзам",
            "Еўразійскім эканамічным саюзам", "краінамі Цэнтральнай Азіі")),
}  # fmt: skip
PAIRS_QUARTER = {
    "en": "Trade between Kazakhstan and Russia reached $5.6 billion in the first quarter of 2025.",
    "ru": "Товарооборот Казахстана и России в первом квартале 2025 года составил $5,6 млрд.",
    "be": "Тавараабарот Казахстана і Расіі ў першым квартале 2025 года склаў $5,6 млрд.",
}


@pytest.mark.parametrize(
    ("language", "union"),
    [(language, union) for language, (_, unions) in UNIONS_TRADED.items() for union in unions],
)
def test_one_countrys_trade_with_a_union_is_no_pairs(language: str, union: str) -> None:
    pattern = UNIONS_TRADED[language][0]
    facts = turnover(f"{PAIRS_QUARTER[language]} {pattern.format(union=union)}")
    assert [(f["countries"], f["amount"]) for f in facts] == [(["KZ", "RU"], 5_600_000_000)]


# One country's trade listed partner by partner, each sum after its partner: each sum is
# that pair's, and a change told next of one partner's trade is that sum's.
LISTED_PARTNERS = {
    "ru": ("За январь—сентябрь 2024 года товарооборот Казахстана с {first} составил {a}, "
           "{rest}.", "с {partner} — {sum}", ("Россией", "Узбекистаном", "Кыргызстаном"),
           "При этом торговля с Узбекистаном сократилась на 4,2% по сравнению с аналогичным "
           "периодом прошлого года."),
    "en": ("In January-September 2024 Kazakhstan's trade with {first} reached {a}, {rest}.",
           "with {partner} {sum}", ("Russia", "Uzbekistan", "Kyrgyzstan"),
           "Trade with Uzbekistan fell by 4.2% year on year."),
    "be": ("За студзень—верасень 2024 года тавараабарот Казахстана з {first} склаў {a}, "
           "{rest}.", "з {partner} — {sum}", ("Расіяй", "Узбекістанам", "Кыргызстанам"),
           "Пры гэтым гандаль з Узбекістанам скараціўся на 4,2% у параўнанні з аналагічным "
           "перыядам мінулага года."),
}  # fmt: skip
LISTED_SUMS = ("$20,1 млрд", "$3,3 млрд", "$1,2 млрд")
LISTED_PAIRS = (["KZ", "RU"], ["KZ", "UZ"], ["KG", "KZ"])


@pytest.mark.parametrize(
    ("language", "partners", "joined"),
    [
        (language, partners, joined)
        for language in LISTED_PARTNERS
        for partners in (2, 3)
        for joined in (", ", " and ")
    ],
)
def test_sums_listed_partner_by_partner_are_each_pairs(
    language: str, partners: int, joined: str
) -> None:
    sentence, item, names, change = LISTED_PARTNERS[language]
    sums = [s.replace(",", ".").replace("млрд", "billion") for s in LISTED_SUMS]
    if language != "en":
        sums = list(LISTED_SUMS)
        joined = ", " if joined == ", " else {"ru": " и ", "be": " і "}[language]
    rest = joined.join(item.format(partner=names[i], sum=sums[i]) for i in range(1, partners))
    text = sentence.format(first=names[0], a=sums[0], rest=rest)
    amounts = (20.1e9, 3.3e9, 1.2e9)
    nine_months = {"from": "2024-01", "to": "2024-09"}
    expected = [(LISTED_PAIRS[i], amounts[i], nine_months, None) for i in range(partners)]
    facts = turnover(text)
    assert [(f["countries"], f["amount"], f["period"], f["change_pct"]) for f in facts] == expected
    expected[1] = (*expected[1][:3], -4.2)
    facts = turnover(f"{text} {change}")
    assert [(f["countries"], f["amount"], f["period"], f["change_pct"]) for f in facts] == expected


# The capital as the trade's partner after a colon that names it ("…остаётся Москва:
# товарооборот со столицей России …"): still one city's trade, the colon no owner's slot.
@pytest.mark.parametrize(
    "text",
    [
        "Среди российских регионов лидером остаётся Москва: товарооборот со столицей России "
        "превысил $5 млрд.",
        "Among Russian regions, Moscow remains the leader: trade with the Russian capital "
        "exceeded $5 billion.",
        "Сярод расійскіх рэгіёнаў лідарам застаецца Масква: тавараабарот са сталіцай Расіі "
        "перавысіў $5 млрд.",
    ],
)
def test_the_capital_after_a_colon_is_still_a_citys_partner(text: str) -> None:
    first = "Товарооборот Беларуси и России в 2024 году составил $50 млрд."
    assert [fact["amount"] for fact in turnover(f"{first} {text}")] == [50e9]


# A partner named again by a pronoun ("товарооборот с ней", "trade with it", «з ёй»): a
# city's trade when it stands for a city, or for a capital beside a country's own name; the
# countries' when it stands for a country, or for a capital beside another capital.
PRONOUN_PARTNERS = {
    "ru": ("Крупнейшим региональным партнёром Беларуси остаётся {city}: товарооборот с {it} в "
           "2024 году составил $1,2 млрд.", ("Москва", "Санкт-Петербург"), ("ней", "ним")),
    "en": ("Belarus's largest regional partner remains {city}: trade with {it} came to $1.2 "
           "billion in 2024.", ("Moscow", "St Petersburg"), ("it",)),
    "be": ("Найбуйнейшым рэгіянальным партнёрам Беларусі застаецца {city}: тавараабарот з {it} "
           "у 2024 годзе склаў $1,2 млрд.", ("Масква", "Санкт-Пецярбург"), ("ёй", "ім")),
}  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        pattern.format(city=city, it=it)
        for pattern, cities, pronouns in PRONOUN_PARTNERS.values()
        for city in cities
        for it in pronouns
    ],
)
def test_a_city_named_again_by_a_pronoun_is_a_citys_partner(text: str) -> None:
    assert turnover(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Казахстан — ключевой партнёр Беларуси: товарооборот с ним в 2024 году составил $1,2 млрд.",
        "Kazakhstan is Belarus's key partner: trade with it reached $1.2 billion in 2024.",
        "Казахстан — ключавы партнёр Беларусі: тавараабарот з ім у 2024 годзе склаў $1,2 млрд.",
        "Астана — главный партнёр Минска в регионе: товарооборот с ней в 2024 году составил "
        "$1,2 млрд.",
    ],
)
def test_a_country_named_again_by_a_pronoun_is_the_pairs_partner(text: str) -> None:
    [fact] = turnover(text)
    assert (fact["countries"], fact["amount"]) == (["BY", "KZ"], 1_200_000_000)


# --- A currency's country is no party -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Товарооборот Беларуси и Казахстана составил 938 млн долларов США.",
        "Товарооборот составил 938 млн долл. США.",
        "Тавараабарот Беларусі і Казахстана склаў 938 млн долараў ЗША.",
    ],
)
def test_the_country_of_a_currency_is_not_named_as_a_party(text: str) -> None:
    tracked = frozenset({"BY", "KZ"})
    places = read_sentence(text, published=PUBLISHED, tracked=tracked).places
    assert all(place.tracked for place in places)


@pytest.mark.parametrize(
    "text", ["Торговля Беларуси с США выросла.", "Гандаль Беларусі з ЗША вырас.",
             "Belarus's trade with the USA grew."],
)  # fmt: skip
def test_the_same_country_named_as_a_partner_is_one(text: str) -> None:
    places = read_sentence(text, published=PUBLISHED, tracked=frozenset({"BY", "KZ"})).places
    assert [place.code for place in places if not place.tracked] == ["US"]


# --- A month named in the base of comparison --------------------------------------------

MONTH_BASES = {
    "ru": ("В {month} товарооборот Кыргызстана и Казахстана сократился на 6,5% по сравнению с "
           "{base} 2022 года.", (("январе", "январём"), ("марте", "мартом"),
                                 ("сентябре", "сентябрём"))),
    "en": ("In {month}, trade between Kyrgyzstan and Kazakhstan fell by 6.5% compared with "
           "{base} 2022.", (("January", "January"), ("March", "March"),
                            ("September", "September"))),
    "be": ("У {month} тавараабарот Кыргызстана і Казахстана скараціўся на 6,5% у параўнанні "
           "{base} 2022 года.", (("студзені", "са студзенем"), ("сакавіку", "з сакавіком"),
                                 ("верасні", "з вераснем"))),
}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "month"),
    [
        (template.format(month=month, base=base), number)
        for template, months in MONTH_BASES.values()
        for number, (month, base) in zip((1, 3, 9), months, strict=True)
    ],
)
def test_a_month_compared_with_the_same_month_a_year_before(text: str, month: int) -> None:
    told = turnover(text, published=date(2023, 11, 2))
    period = {"from": f"2023-{month:02d}", "to": f"2023-{month:02d}"}
    assert [(f["countries"], f["change_pct"], f["period"]) for f in told] == [
        (["KG", "KZ"], -6.5, period)
    ]


# --- One country's foreign trade with all its partners --------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Kazakhstan's foreign trade turnover amounted to $97.1 billion in 2019.",
        "Kazakhstan's external trade turnover reached $97.1 billion in 2019.",
        "Внешнеторговый оборот Казахстана в 2019 году составил $97,1 млрд.",
        "Знешнегандлёвы абарот Казахстана ў 2019 годзе склаў $97,1 млрд.",
    ],
)
def test_one_countrys_foreign_trade_is_not_the_pairs(sentence: str) -> None:
    text = f"Торговля Казахстана и России\n\n{sentence} Россия осталась главным партнёром."
    assert turnover(text, published=date(2020, 2, 14)) == []


# --- Trade with the union's partners or with third countries is a union's -------------------

UNION_SHARES = (
    "У Казахстана взаимная торговля с партнёрами по союзу выросла на 8%, у Беларуси — на 5,7%.",
    "Kazakhstan's trade with its union partners grew by 8% and Belarus's by 5.7%.",
    "У Казахстана ўзаемны гандаль з партнёрамі па саюзе вырас на 8%, у Беларусі — на 5,7%.",
    "Внешняя торговля союза с третьими странами достигла 880 млрд долларов.",
    "The union's trade with third countries reached $880 billion.",
    "Знешні гандаль саюза з трэцімі краінамі дасягнуў 880 млрд долараў.",
)


@pytest.mark.parametrize("sentence", UNION_SHARES)
def test_trade_with_union_partners_or_third_countries_is_no_pairs(sentence: str) -> None:
    title = "Взаимная торговля стран ЕАЭС в 2024 году выросла на 9%"
    assert turnover(f"{title}\n\n{sentence}", published=date(2025, 2, 26)) == []


# --- More Russian regions that trade on their own -------------------------------------------


@pytest.mark.parametrize(
    "region",
    ["с Приморьем", "с Приморским краем", "с Хабаровским краем", "с Псковской областью",
     "с Ленинградской областью", "с Татарстаном", "с Башкортостаном"],
)  # fmt: skip
def test_a_russian_regions_trade_is_not_the_countries(region: str) -> None:
    text = (
        "Беларусь и Россия развивают сотрудничество\n\n"
        f"Торговля Белоруссии {region} за последний год выросла в 2,5 раза. "
        "В целом товарооборот России и Белоруссии с начала года увеличился на 12%."
    )
    assert [f["change_pct"] for f in turnover(text, published=date(2018, 8, 15))] == [12.0]


# A Belarusian month in the locative after «у» or «ў» («у маі», «ў лістападзе») is that month
BELARUSIAN_LOCATIVE_MONTHS = (
    "студзені лютым сакавіку красавіку маі чэрвені ліпені жніўні верасні кастрычніку "
    "лістападзе снежні"
).split()


@pytest.mark.parametrize("preposition", ["У", "Ў"])
@pytest.mark.parametrize(("number", "month"), list(enumerate(BELARUSIAN_LOCATIVE_MONTHS, 1)))
def test_a_belarusian_month_in_the_locative_is_the_period(
    preposition: str, number: int, month: str
) -> None:
    text = f"{preposition} {month} 2024 года тавараабарот Беларусі і Казахстана склаў $100 млн."
    found = extract(text, published=date(2025, 2, 1)).as_dict()["turnover"]
    assert [fact["period"] for fact in found] == [
        {"from": f"2024-{number:02d}", "to": f"2024-{number:02d}"}
    ]


# "the city's trade", «товарооборот города», «тавараабарот горада»: the city named before,
# as one region's trade, is not the countries'
CITIES_BEFORE = {
    "ru": ("Беларусь и {city} реализуют семь совместных проектов.", ("Санкт-Петербург",
           "Алматы", "Ташкент")),
    "en": ("Belarus and {city} are implementing seven joint projects.", ("St Petersburg",
           "Almaty", "Tashkent")),
    "be": ("Беларусь і {city} рэалізуюць сем сумесных праектаў.", ("Санкт-Пецярбург",
           "Алматы", "Ташкент")),
}  # fmt: skip
CITYS_TRADE = {
    "ru": ("Товарооборот города с Беларусью по итогам прошлого года составил $2,4 млрд.",
           "В прошлом году товарооборот мегаполиса с Беларусью достиг $2,4 млрд."),
    "en": ("The city's trade with Belarus reached $2.4 billion last year.",
           "Last year trade between the city and Belarus reached $2.4 billion."),
    "be": ("Тавараабарот горада з Беларуссю па выніках мінулага года склаў $2,4 млрд.",
           "Летась тавараабарот горада з Беларуссю дасягнуў $2,4 млрд."),
}  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        f"{opening.format(city=city)} {trade}"
        for language, (opening, cities) in CITIES_BEFORE.items()
        for city in cities
        for trade in CITYS_TRADE[language]
    ],
)
def test_the_citys_trade_is_not_the_countries(text: str) -> None:
    assert turnover(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Trade between Belarus and Kazakhstan reached $1 billion last year, the ambassador said "
        "in the city of Almaty.",
        "Товарооборот Беларуси и Казахстана в прошлом году достиг $1 млрд, сообщил посол в "
        "городе Алматы.",
        "Тавараабарот Беларусі і Казахстана летась дасягнуў $1 млрд, паведаміў пасол у горадзе "
        "Алматы.",
        # where it was told, before the trade
        "Speaking in the city of Almaty, the minister said trade between Belarus and "
        "Kazakhstan reached $1 billion last year.",
        "Выступая в городе Алматы, министр сообщил, что товарооборот Беларуси и Казахстана в "
        "прошлом году достиг $1 млрд.",
    ],
)
def test_a_city_where_the_countries_trade_is_told_is_no_party(text: str) -> None:
    assert [fact["amount"] for fact in turnover(text)] == [1_000_000_000]
