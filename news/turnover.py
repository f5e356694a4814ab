"""Trade-turnover figures: each sum or change linked to what it measures, by clause structure.

For every sum and every change in a sentence the reader asks, as an analyst would:
- what it measures: the nearest noun of trade, of one-way flows (exports, supplies) or of other
  money (investment, budgets, contracts) that governs it — a genitive or prepositional phrase
  right after it ("185 млрд тенге инвестиций", "во взаимной торговле"), else the nearest
  before it in its clause, else one after it (inverted order), else the topic carried from an
  earlier clause or a pronoun ("она составила", "it came to", "показатель");
- who traded: the tracked countries of that clause; a region's or a sector's trade, a union of
  several countries, an untracked partner, or one country's total foreign trade are no pair's;
- when: the period nearest to it in its clause that is not a base of comparison or a span;
- how it is told: target (a goal noun, an infinitive of raising, "aim to"), forecast (future
  tense, "ожидается", "may reach"), or actual; a forecast for a period already over is a
  preliminary actual; a counterfactual ("имели бы") is nothing;
- how exact: the adverb or verb of approximation right before it.
A change with no sum is a fact of its own; one with a sum in its clause belongs to that sum.
The same figure told twice (a title, a summary) is one fact.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from typing import NamedTuple

from news.amounts import Money
from news.countries import Place, PlaceKind
from news.facts import Approx, Kind, TurnoverFact
from news.figures import (
    Figure,
    approximation,
    direction,
    is_difference,
    is_infinitive,
    is_year_on_year,
    kind_of,
    past_goal,
    period_of,
    period_right_after,
    segment,
    settle_kind,
    told_in,
)
from news.gazetteer import names_a_capital, place_of_token
from news.lexicon import NOT_TRADE_AFTER, NOT_TRADE_FORMS, Cue
from news.morph import Word
from news.periods import (
    Period,
    PeriodMention,
    Role,
    resolve_whole_years,
    same_months_after,
    same_period_told,
)
from news.reading import Reading
from news.sentences import Clause

_ATTACHED_AFTER = re.compile(r"^\s*(?:(?:в|во|по|of|in|по\s+линии)\s+)?(?:[^\W\d_]+\s+)?$")
_POSSESSIVES = frozenset("её ее его их its their яе яго іх".split())
# "по его словам", "паводле яго слоў", "in his words": whose words, not a topic named before.
_SAID = frozenset("словам слов словах мнению оценке оценкам данным слоў думку думцы".split())
# Words that open a clause of their own: a noun after them is not what the sum before measures
# ("$28 billion as supplies grow", "1 млрд, а экспорт …").
_CLAUSE_OPENERS = frozenset(
    "as while because since after before when whereas although though if and but which that "
    "а и но что когда пока как чем хотя если і але што калі".split()
)
# What may stand between an office and the trade in its name: "Ministry of Investment,
# Industry and Trade", "министр промышленности и торговли".
_NAME_LINKS = frozenset("и и/или of and the і".split())
_FOREIGN_TRADE = frozenset("внешнеторговый внешний foreign external знешнегандлёвы".split())
_UNITS_AFTER = re.compile(
    r"^\s*(?:тонн|т\b|tonnes|tons|units|штук|единиц|машин|человек|people|head|голов|"
    r"кубометр|м3|км|kilomet|гектар|hectares|мест|jobs|vehicles|tractors|тракторов|автомоб)",
    re.IGNORECASE,
)
# A noun of a counted quantity governing a figure with no currency: "a population of about
# 4 million", "с населением около 4 млн", "з насельніцтвам каля 4 млн", "площадью 2 млн км".
_QUANTITY_BEFORE = re.compile(
    r"\b(?:population|inhabitants|residents|people|tonnes|tons|населени\w*|жител\w*|"
    r"человек|тонн\w*|площад\w*|насельніцтв\w*|жыхар\w*|чалавек|плошч\w*|"
    r"(?:проживает|проживают|живет|живут|живёт|home\s+to))"
    r"(?:\s+(?:of|около|порядка|почти|более|свыше|примерно|about|around|some|nearly|almost|"
    r"over|more\s+than|roughly|approximately|каля|амаль|больш\s+за|звыш|прыкладна))*\s*$",
    re.IGNORECASE,
)
_BASE_BEFORE = re.compile(
    r"(?:\bпротив|\bсупраць|\bagainst|\bversus|\bvs\.?|\bcompared\s+(?:with|to)|"
    r"\bпо\s+сравнению\s+с[о]?|\b[уў]\s+параўнанні\s+з|\bс|\bсо|\bfrom|\bз)\s*$",
    re.IGNORECASE,
)
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")
# What may lead a sentence of change: its base of comparison ("По сравнению с 2023 годом рост …").
_COMPARISON_LEAD = re.compile(
    r"^(?:по\s+сравнению|в\s+сравнении|[уў]\s+параўнанні|compared\s+(?:with|to))\b[^,]*,?$"
)
# What may stand between a sum and the same sum in another currency: "$27,6 млрд (около 13
# трлн тенге)", "795,2 млн долларов, или 361 млрд тенге", "$1bn, or about ₸480bn", "что
# эквивалентно", "that is". A second sum so joined restates the first; it is no fact of its own.
_RESTATED = re.compile(
    r"^\s*(?:\(|,|[-–—]|/)?\s*(?:(?:или|либо|or|альбо|ці|that\s+is|i\.\s?e\.|т\.\s?е\.|"
    r"то\s+есть|что\s+(?:эквивалентно|соответствует|равно)|што\s+(?:эквівалентна|адпавядае)|"
    r"equivalent\s+to|which\s+is\s+equivalent\s+to|in\s+other\s+words)\s*,?\s*)?"
    r"(?:около|порядка|примерно|приблизительно|почти|более|свыше|каля|прыкладна|амаль|звыш|"
    r"about|around|roughly|approximately|nearly|almost|over|some|≈|~)?\s*$",
    re.IGNORECASE,
)
_RELATIVES = frozenset(
    "которым которой которыми которого которых which whom якім якой якімі якога якіх".split()
)
# How far above the trade's figure a goal told after its exports or imports is still the
# trade's next step (55 after 50, 1.5 after 1.3 — not 2 after 1.1 by 2030).
_NEXT_STEP = 1.5
_TWO_PARTIES = re.compile(
    r"bilateral|двусторонн|двухбаков|\bсторон[ыа]\b|\bsides\b|\bбакі\b|"
    r"\b(?:двух|обеих|обоих|дзвюх|абедзвюх|абодвух|two|both)\s+(?!years|лет|гадоў)[^\W\d_]+",
    re.IGNORECASE,
)
_WITH = frozenset("с со with з са".split())
# "the capital", "the city" standing as a party: one city's trade («товарооборот города с
# Беларусью», «са сталіцай Расіі», "the city's trade with Belarus")
_CITY_NOUNS = ("столиц", "сталіц", "capital", "город", "горад", "city", "мегаполис")
_POSSESSIVE_ENDINGS = frozenset({"s", "'s", "’s"})
_JOINING_PARTIES = frozenset("и і and с со з са with между паміж between".split())
_BEFORE_A_NAME = frozenset(
    "st the its their russian российской расійскай belarusian белорусской беларускай".split()
)
_WHOSE = frozenset("whose чей чья чьё чьи чьим чьей чыя чый чыё".split())
# Pronouns a partner is named by after "с", "з", "with": "товарооборот с которым", "с ней".
_PARTNER_PRONOUNS = frozenset("ней нею ним ними ёй ёю ім імі it them".split()) | _RELATIVES
# "за десять лет", "over the years": a change over several years is not the sum's
_YEARS_SPANNED = re.compile(r"\b(?:лет|years|гадоў|decades?|десятилети\w*|дзесяцігодд\w*)\b", re.I)
_LINKING_VERBS = frozenset("склаў склала склало was were came amounted stood reached".split())
_QUANTITY_NOUNS = frozenset("объём объем величина сумма размер volume value total".split())
_COORDINATED = re.compile(r"(?:^|\W)(?:а|и|но|and|but|і|ды)\s*$", re.IGNORECASE)
_ANAPHORIC_START = re.compile(r"^\W*(?:это|этот|эта|this|that|it|гэта)\b", re.IGNORECASE)


class Topic(StrEnum):
    TRADE = "trade"
    ONE_WAY = "one_way"
    OTHER = "other"


class _Marker(NamedTuple):
    position: int  # of the word in the sentence
    topic: Topic


@dataclass(slots=True)
class _Context:
    """What a sentence hands on to the next one."""

    topic: Topic | None = None
    dangling_trade: bool = False  # trade was named, no figure was given yet
    last_fact: int | None = None  # index of the last turnover fact read
    currency: str | None = None
    anchor_year: int | None = None  # the year of the last period named, once `unread` is read
    # Sentences naming a year that are not read for it yet: only "за весь год" needs the
    # year named before it, so their periods are found when such a sentence comes, if ever.
    unread: list[Reading] = field(default_factory=list)
    places: tuple[Place, ...] = ()  # the places of the last trade clause
    # The trade last told was a union's (its members' shares told since do not change
    # that): a trade noun that names no party after it is the union's too ("объём взаимной
    # торговли может превысить …"), unless it says it is two countries'.
    union_trade: bool = False
    fact_just_read: bool = False  # the sentence before stated a turnover fact
    last_sum_was_trade: bool = False  # the last sum the article told was a turnover fact
    # Exports or imports were told since that sum: a goal after them is the trade's only as
    # its next step (see `_NEXT_STEP`).
    goal_above: float | None = None
    # The period of the last actual sum of trade read: "за аналогичный период 2023 года",
    # "over the same period" are its months.
    last_period: Period | None = None


@dataclass(frozen=True, slots=True)
class TradeContext:
    """What the whole article says about its parties."""

    pair: tuple[str, str]
    pairs: tuple[tuple[str, str], ...]
    home: str  # the party named most: the other side of "trade with X"
    published: date | None
    # Whether the title names the pair's, not a tracked country and an untracked partner
    # ("Товарооборот Узбекистана и Турции …"): only then does a figure naming no party of its
    # own ("Президенты двух стран …") take the pair.
    titled_for_the_pair: bool = True


def read_turnover(readings: list[Reading], article: TradeContext) -> list[TurnoverFact]:
    facts: list[TurnoverFact] = []
    context = _Context()
    for reading in readings:
        _read_sentence(reading, article, context, facts)
    titles = frozenset(reading.text for reading in readings if reading.is_title)
    return merge_turnover(facts, titles)


def _markers(reading: Reading) -> list[_Marker]:
    words, text = reading.words, reading.text
    found: list[_Marker] = []
    for index in reading.cued:
        word = words[index]
        following = words[index + 1] if index + 1 < len(words) else None
        if _in_office_name(words, index, text):
            continue  # "вице-министр торговли", "Ministry of Investment": an office, no topic
        if _inside_an_english_name(reading, index):
            continue  # "the Baku International Sea Trade Port", "Trade House": a name
        if Cue.TRADE in word.cues:
            # "товарооборот компании", "торговый дом": a firm's sales, not a pair's trade
            topic = Topic.TRADE if _is_trade_noun(words, index) else Topic.OTHER
            if topic is Topic.TRADE or word.form not in NOT_TRADE_FORMS:
                found.append(_Marker(index, topic))
        elif Cue.ONE_WAY in word.cues:
            if (
                word.pos in {"VERB", "INFN", "PRTS", "PRTF"}
                and following is not None
                and Cue.TARGET_NOUN in following.cues
            ):
                continue  # "поставили задачу": a goal is set, nothing is supplied
            found.append(_Marker(index, Topic.ONE_WAY))
        elif Cue.OTHER_MONEY in word.cues:
            if word.form in _MEASURES and any(
                Cue.TRADE in w.cues for w in words[max(0, index - 3) : index]
            ):
                continue  # "наторговали на сумму", "traded goods worth": the trade's measure
            found.append(_Marker(index, Topic.OTHER))
    return found


# Words that measure what governs them: the trade's sum after a verb of trading.
_MEASURES = frozenset("сумму сумма суму worth".split())


def _inside_an_english_name(reading: Reading, index: int) -> bool:
    """A capitalised English word between capitalised ones in a sentence's body ("the Baku
    International Sea Trade Port"): part of a name. A title's capitals tell nothing."""
    words = reading.words
    if reading.is_title or not index or index + 1 >= len(words):
        return False
    word, before, after = words[index], words[index - 1], words[index + 1]
    return (
        word.is_capitalized
        and word.pos is None
        and before.is_capitalized
        and after.is_capitalized
        and after.pos is None
        and place_of_token(before.form) is None  # "Belarus Trade …": a party, then the noun
        and reading.text[before.end : after.start].split() == [word.text]
    )


def _in_office_name(words: list[Word], index: int, text: str) -> bool:
    """'министр торговли', 'Министерство промышленности и торговли', 'Ministry of Investment,
    Industry and Trade', 'trade minister': the noun names an office, not a topic. The name is
    one phrase: no punctuation but a comma between its capitalised parts ('Посол: торговля …'
    is a speaker and his topic)."""
    following = words[index + 1] if index + 1 < len(words) else None
    if following is not None and Cue.ROLE in following.cues:
        return not text[words[index].end : following.start].strip()  # "Trade Ministry"
    later = words[index]
    for word in reversed(words[max(0, index - 6) : index]):
        gap = text[word.end : later.start]
        if gap.strip() and not (gap.strip() == "," and later.is_capitalized):
            return False
        if Cue.ROLE in word.cues:
            return True
        genitive = word.pos in {"NOUN", "ADJF"} and word.case == "gent"
        capitalised = word.pos is None and word.is_capitalized  # English names of offices
        if not (genitive or capitalised or word.form in _NAME_LINKS):
            return False
        later = word
    return False


def _is_trade_noun(words: list[Word], index: int) -> bool:
    word = words[index]
    following = words[index + 1] if index + 1 < len(words) else None
    if word.form in NOT_TRADE_FORMS:
        return False
    return following is None or (
        following.form not in NOT_TRADE_AFTER and not _traded_goods(words[index + 1 : index + 4])
    )


def _traded_goods(after: list[Word]) -> bool:
    """'торговля продуктами питания', «гандаль прадуктамі», 'торговля сельскохозяйственной
    техникой': the noun of trade governing what is traded in the instrumental is one sector's
    trade, unless what is traded is goods as a whole ('торговля товарами')."""
    for word in after:
        if word.pos == "ADJF" and "ablt" in word.tags:
            continue  # the noun the adjective agrees with decides
        if word.pos == "NOUN":
            return "ablt" in word.tags and word.lemma not in _ALL_GOODS
        # Belarusian, which pymorphy3 does not parse: the instrumental plural's endings
        if word.pos is not None or word.form.startswith(("тавар", "паслуг")):
            return False
        if word.form.endswith(("ымі", "імі")):
            continue  # an adjective
        return word.form.endswith(("амі", "ямі"))
    return False


_ALL_GOODS = frozenset({"товар", "услуга"})


_TIME_NOUNS = frozenset("год year месяц month квартал quarter".split())


def _anaphors(reading: Reading) -> list[int]:
    """Pronouns and nouns that stand for a topic named before ('она', 'it', 'показатель')."""
    words = reading.words
    found = []
    for index in reading.cued:
        word = words[index]
        if Cue.ANAPHOR not in word.cues:
            continue
        following = words[index + 1] if index + 1 < len(words) else None
        if word.form in _POSSESSIVES and following is not None and Cue.TRADE in following.cues:
            continue  # "её торговля": a possessor, not the trade itself
        if following is not None and following.form in _SAID:
            continue  # "по его словам": the speaker's words
        if following is not None and following.form in _TIME_NOUNS:
            continue  # "This year", «Гэты год»: a determiner of a time, no pronoun
        found.append(index)
    return found


def _shares_the_pronoun(
    reading: Reading, clause: Clause, figure: Figure, anaphors: list[int]
) -> bool:
    """'В прошлом году он составил 220 млн, а в первом полугодии вырос вдвое': a clause
    joined by a conjunction, with no subject of its own before the figure, has the subject
    of the clause before — here a pronoun."""
    words = reading.words
    if not any(words[i].start < clause.start for i in anaphors):
        return False
    if not _COORDINATED.search(reading.text[max(0, clause.start - 8) : clause.start]):
        return False
    told = [w for w in words if clause.holds(w.start)]
    if not any(w.cues & {Cue.UP, Cue.DOWN} and not is_infinitive(w) for w in told):
        return False  # "а дальше увеличивать в три раза": an aim, not a change told
    return not _own_subject(reading, clause, figure)


def _own_subject(reading: Reading, clause: Clause, figure: Figure) -> bool:
    """A noun of its own in the nominative before the figure ("а инфляция выросла на 9%",
    "что ВВП вырос на 9%"): the clause is about that, not the trade named before. A noun of
    quantity ("Объём составил $1,2 млрд") stands for the trade; a word of change is no
    subject (pymorphy3 takes Belarusian "павялічыўся" for a noun)."""
    return any(
        w.pos == "NOUN"
        and w.case == "nomn"
        and not w.cues
        and w.lemma not in _QUANTITY_NOUNS
        and clause.start <= w.start
        and w.end <= figure.start
        for w in reading.words
    )


@dataclass(frozen=True, slots=True)
class _Governed:
    topic: Topic
    clause: Clause  # the clause where the governing noun stands
    marker_index: int | None  # the trade noun, when there is one in this sentence


def _governing(
    reading: Reading,
    figure: Figure,
    markers: list[_Marker],
    anaphors: list[int],
    context: _Context,
) -> _Governed | None:
    """What the figure measures, and the clause of the noun that says so."""
    clause = reading.clause_of(figure.start)
    words = reading.words

    def found(marker: _Marker) -> _Governed:
        return _Governed(
            marker.topic, reading.clause_of(words[marker.position].start), marker.position
        )

    in_clause = [m for m in markers if clause.holds(words[m.position].start)]
    after = [m for m in in_clause if words[m.position].start >= figure.end]
    between = reading.text[figure.end : words[after[0].position].start] if after else ""
    if (
        after
        and _ATTACHED_AFTER.match(between)
        and not _CLAUSE_OPENERS.intersection(between.lower().split())
    ):
        return found(after[0])  # "185 млрд тенге инвестиций", "во взаимной торговле"
    before = [m for m in in_clause if words[m.position].end <= figure.start]
    pronouns = [
        i for i in anaphors if clause.holds(words[i].start) and words[i].end <= figure.start
    ]
    if pronouns and (not before or pronouns[-1] > before[-1].position):
        # "она составила", "it came to": the last topic named before the pronoun
        antecedents = [m for m in markers if m.position < pronouns[-1]]
        if antecedents:
            return found(antecedents[-1])
        if context.topic is not None:
            return _Governed(context.topic, clause, None)
        return None
    if before:
        return found(before[-1])
    if after:
        return found(after[0])  # "Более $1 млрд составил товарооборот"
    earlier = [m for m in markers if words[m.position].start < clause.start]
    if earlier:
        return found(earlier[-1])  # "а в 2021-м достигла почти 1 млрд"
    if context.topic is not None and _shares_the_pronoun(reading, clause, figure, anaphors):
        return _Governed(context.topic, clause, None)
    if context.dangling_trade and not markers and not _own_subject(reading, clause, figure):
        return _Governed(Topic.TRADE, clause, None)  # "…достиг рекорда. Цифра — $54 млрд"
    return None


def _read_sentence(
    reading: Reading, article: TradeContext, context: _Context, facts: list[TurnoverFact]
) -> None:
    words = reading.words
    markers = _markers(reading)
    anaphors = _anaphors(reading)
    trade_here = any(m.topic is Topic.TRADE for m in markers)
    trade_before = context.topic is Topic.TRADE and (bool(anaphors) or context.dangling_trade)
    if (
        not markers
        and context.last_sum_was_trade
        and _goal_of_the_trade_before(reading, anaphors, context, facts, article.published)
    ):
        # "«Задача на 2026 год — выйти на 55 млрд долларов», — сказал он."
        context.fact_just_read = False
        context.dangling_trade = False
        return
    if not trade_here and not trade_before:
        # No trade is named or referred to: no figure here can be turnover. Only a year
        # named may anchor a later "за весь год", and the topic is handed on.
        if not markers and not anaphors:
            _change_of_the_sum_before(reading, context, facts)
        if context.last_sum_was_trade and reading.money:
            last = facts[context.last_fact].amount if context.last_fact is not None else None
            if last and markers and all(m.topic is Topic.ONE_WAY for m in markers):
                # "Белорусский экспорт … превысил $25 млрд": the trade's own flows
                context.goal_above = max(context.goal_above or 0.0, last)
            else:
                context.last_sum_was_trade = False  # a sum of something else was told since
        if markers:
            context.topic = markers[-1].topic
        if _YEAR_DIGITS.search(reading.text):
            context.unread.append(reading)
        context.dangling_trade = False
        context.fact_just_read = False
        return
    found: list[list[PeriodMention]] = []

    def periods_here() -> list[PeriodMention]:
        """Found when a figure of trade needs them (most sentences of trade have none)."""
        if not found:
            found.append(resolve_whole_years(reading.periods, _anchor(reading, context)))
        return found[0]

    figures = sorted(
        [Figure(m.start, m.end, money=m) for m in reading.money]
        + [Figure(c.start, c.end, change=c) for c in reading.changes],
        key=lambda f: f.start,
    )
    sentence_currency = next((m.currency for m in reading.money if m.currency), None)
    read_here: list[int] = []
    pending_changes: list[tuple[Figure, _Governed]] = []
    sum_at: dict[int, int] = {}  # where each sum read here stands, by its fact's index
    for figure in figures:
        governed = _governing(reading, figure, markers, anaphors, context)
        if governed is None or governed.topic is not Topic.TRADE:
            continue
        if figure.money is not None:
            fact = _money_fact(reading, figure, figures, governed, periods_here(), article, context)
            if fact is None:
                continue
            if fact.currency is None:
                fact = replace(fact, currency=sentence_currency or context.currency or "USD")
            if governed.marker_index is None and not periods_here():
                fact = _sum_of_the_change_before(fact, context, facts)
            facts.append(fact)
            read_here.append(len(facts) - 1)
            sum_at[len(facts) - 1] = figure.start
            if fact.kind is Kind.ACTUAL and fact.period is not None:
                context.last_period = fact.period
        else:
            pending_changes.append((figure, governed))
    for figure, governed in pending_changes:
        _read_change(
            reading,
            figure,
            governed,
            figures,
            periods_here(),
            article,
            context,
            facts,
            read_here,
            sum_at,
        )

    # Hand on what the next sentence may refer back to.
    concrete = [m.topic for m in markers]
    if concrete:
        context.topic = concrete[-1]
    context.dangling_trade = bool(
        concrete and concrete[-1] is Topic.TRADE and not read_here and not reading.money
    )
    context.fact_just_read = bool(read_here)
    if reading.money or read_here:
        # a change of trade told ("вырос на 30%") lets a goal that follows be trade's too
        context.last_sum_was_trade = bool(read_here)
        context.goal_above = None
    if read_here:
        context.last_fact = read_here[-1]
        context.currency = facts[read_here[-1]].currency or context.currency
    trade_markers = [m for m in markers if m.topic is Topic.TRADE]
    if trade_markers:
        clause = reading.clause_of(words[trade_markers[-1].position].start)
        context.places = tuple(p for p in reading.places if clause.holds(p.start))
        if _union_is_a_party(reading, list(context.places)):
            context.union_trade = True
        elif read_here:
            context.union_trade = False  # a pair's trade was told since
    if found:
        _hand_on_year(found[0], context)
        if reading.money and not read_here:
            # "Trade between Grodno Oblast and Kazakhstan came to $46.7 million in January-April
            # 2025. … trade stood at $390 million over the same period": a sum of trade that is
            # no pair's still tells the period a later "the same period" is
            points = [p.period for p in found[0] if p.role is Role.POINT and p.period]
            context.last_period = points[-1] if points else context.last_period
    else:
        context.unread.append(reading)  # its year is read if a later "за весь год" needs it


def _change_of_the_sum_before(
    reading: Reading, context: _Context, facts: list[TurnoverFact]
) -> None:
    """'Рост составил 32,5%', 'Рост к уровню 2021 года составил 8%', 'Growth was 8%': a
    sentence whose subject is a bare noun of change, right after the sentence that gave a sum
    of trade, tells how that sum changed. A noun of change with a complement ('рост цен',
    'рост экспорта', 'GDP growth'), another period, a place, a sum or a future tense is some
    other change."""
    if not context.fact_just_read or context.last_fact is None or context.topic is not Topic.TRADE:
        return
    previous = facts[context.last_fact]
    if not _takes_a_change(previous) or previous.period is None:
        return
    if reading.money or reading.places or len(reading.changes) != 1:
        return
    change = reading.changes[0]
    words = [w for w in reading.words if w.end <= change.start]
    subject = next((i for i, w in enumerate(words) if w.cues & {Cue.UP, Cue.DOWN}), None)
    if subject is None or words[subject].pos not in {"NOUN", None}:
        return
    lead = reading.text[: words[subject].start].strip(" «»\"'“”„").lower()
    if lead not in {"", "the"} and not _COMPARISON_LEAD.match(lead):
        return  # "Рост в Казахстане", "GDP growth": something else grew
    following = words[subject + 1] if subject + 1 < len(words) else None
    if following is not None and not (
        following.pos in {"PREP", "VERB"} or following.form in _LINKING_VERBS
    ):
        return  # "рост цен", "рост ВВП": the change of what the complement names
    clause = reading.clause_of(change.start)
    periods = resolve_whole_years(reading.periods, context.anchor_year)
    points = [p.period for p in periods if p.role is Role.POINT]
    if any(point != previous.period for point in points):
        return  # "Рост в 2023 году": another period's change
    if not is_year_on_year(reading, change, clause, periods):
        return
    way = direction(reading, change, clause)
    figure = Figure(change.start, change.end, change=change)
    told = segment(reading, figure, [figure], clause)
    if way == 0 or kind_of(told, reading, change.start) is not Kind.ACTUAL:
        return
    _add_change(facts, context.last_fact, change.percent(way), reading)


def _sum_of_the_change_before(
    fact: TurnoverFact, context: _Context, facts: list[TurnoverFact]
) -> TurnoverFact:
    """'Торговля по итогам прошлого года увеличилась на 24%. В денежном выражении она
    составила $682 млн': a sum told with a pronoun and no period of its own, right after
    a change of the same trade, is the sum of that change's period (and joins it)."""
    if not context.fact_just_read or context.last_fact is None or fact.kind is not Kind.ACTUAL:
        return fact
    previous = facts[context.last_fact]
    if previous.amount is not None or previous.kind is not Kind.ACTUAL:
        return fact
    if previous.countries != fact.countries or previous.period is None:
        return fact
    return replace(fact, period=previous.period)


def _takes_a_change(fact: TurnoverFact) -> bool:
    """A sum reported with no change of its own: a change told next may be its change."""
    return fact.kind is Kind.ACTUAL and fact.amount is not None and fact.change_pct is None


def _add_change(facts: list[TurnoverFact], index: int, percent: float, reading: Reading) -> None:
    """The change told in `reading` given to the sum before; both sentences are quoted."""
    fact = facts[index]
    facts[index] = replace(fact, change_pct=percent, quote=f"{fact.quote} {reading.text}")


def _goal_of_the_trade_before(
    reading: Reading,
    anaphors: list[int],
    context: _Context,
    facts: list[TurnoverFact],
    published: date | None,
) -> bool:
    """'Trade reached $1.1 billion in 2024. The goal is to reach $2 billion by 2030.',
    '«Наша агульная задача — 3 млрд долараў да 2030 года»': a goal that names nothing it
    measures, told after a sum of trade and before any other sum, is the trade's target.
    Every sum of the sentence must be told as a goal; a place other than the pair's, a
    noun of other money or another sum told before it make it something else's."""
    if context.last_fact is None or not context.last_sum_was_trade or not reading.money:
        return False
    if any(reading.words[i].start < reading.money[0].start for i in anaphors):
        return False  # "он превысит …": the pronoun's sentence is read as such
    previous = facts[context.last_fact]
    if any(not p.tracked or p.code not in previous.countries for p in reading.places):
        return False
    if context.goal_above is not None and not all(
        context.goal_above < m.amount <= _NEXT_STEP * context.goal_above for m in reading.money
    ):
        # After exports or imports, a goal is the trade's only as its next step: above its
        # figure (no flow of it is that large) and near it; a goal far beyond may be a flow's.
        return False
    periods = resolve_whole_years(reading.periods, context.anchor_year)
    figures = [Figure(m.start, m.end, money=m) for m in reading.money]
    read: list[TurnoverFact] = []
    kind: Kind | None = None
    for figure in figures:
        money = figure.money
        assert money is not None
        clause = reading.clause_of(money.start)
        told = segment(reading, figure, figures, clause)
        own = kind_of(told, reading, money.start)
        if own is Kind.TARGET and past_goal(reading, clause, published):
            return False
        if own in (Kind.TARGET, Kind.FORECAST) and kind in (None, own):
            kind = own
        elif kind is not None and not any(w.pos in {"VERB", "INFN"} for w in told):
            pass  # "планируем выйти на 5 млрд, а к 2030 году — на 10 млрд": the same verb
        else:
            return False
        after = reading.text[money.end : money.end + 40]
        if money.currency is None and _UNITS_AFTER.match(after):
            return False  # "to 25 million tonnes a year": a quantity's goal
        if _restates(reading, money) or is_difference(reading, money):
            continue
        read.append(
            TurnoverFact(
                countries=previous.countries,
                amount=money.amount,
                currency=money.currency or context.currency or "USD",
                approx=approximation(reading, money),
                period=period_of(reading, figure, figures, clause, periods, kind),
                change_pct=None,
                kind=kind,
                quote=reading.text,
            )
        )
    facts.extend(read)
    return bool(read)


def _hand_on_year(periods: list[PeriodMention], context: _Context) -> None:
    points = [p.period for p in periods if p.role is Role.POINT and p.period is not None]
    if points:
        context.anchor_year = points[-1].year
        context.unread.clear()  # what came before no longer decides the year


def _anchor(reading: Reading, context: _Context) -> int | None:
    """The year a "за весь год" of this sentence refers to: that of the last period named
    before it (the sentences not yet read for it are read now, in order)."""
    if not any(p.role is Role.WHOLE_YEAR for p in reading.periods):
        return context.anchor_year  # not used
    for earlier in context.unread:
        points = [
            p.period
            for p in resolve_whole_years(earlier.periods, context.anchor_year)
            if p.role is Role.POINT and p.period is not None
        ]
        if points:
            context.anchor_year = points[-1].year
    context.unread.clear()
    return context.anchor_year


def _money_fact(
    reading: Reading,
    figure: Figure,
    figures: list[Figure],
    governed: _Governed,
    periods: list[PeriodMention],
    article: TradeContext,
    context: _Context,
) -> TurnoverFact | None:
    money = figure.money
    assert money is not None
    text = reading.text
    after = text[money.end : money.end + 40]
    if money.currency is None and _UNITS_AFTER.match(after):
        return None  # "500 тысяч тонн": a quantity, not money
    if money.currency is None and _QUANTITY_BEFORE.search(
        text[max(0, money.start - 40) : money.start]
    ):
        return None  # "a population of about 4 million": people, not money
    if is_difference(reading, money):
        return None
    if _restates(reading, money):
        return None
    all_periods = periods
    clause, periods, told = told_in(reading, figure, figures, periods)
    base = _BASE_BEFORE.search(text[max(0, money.start - 25) : money.start])
    base_period: Period | None = None
    if base and not period_right_after(periods, money.end, text):
        # "против $129,8 млн", "from $100m": the point of comparison, a fact of its own only
        # when its period is told as the same months a year before the sum compared
        base_period = _the_same_months_before(reading, figure, figures, all_periods)
        if base_period is None:
            return None
    kind = Kind.ACTUAL if base_period else kind_of(told, reading, money.start)
    if kind is None:
        return None
    countries = _countries(reading, governed, clause, article, context, money.start)
    if countries is None:
        return None
    if kind is Kind.TARGET and past_goal(reading, clause, article.published):
        return None
    period = base_period or period_of(reading, figure, figures, clause, periods, kind)
    if kind is Kind.ACTUAL and not base_period and context.last_period is not None:
        period = _the_same_period(reading, clause, period, context.last_period)
    if not any(Cue.FORECAST in w.cues for w in told):
        # "за весь год, по предварительным данным, выйдет около 54 млрд" of a year over is a
        # preliminary figure; "как ожидается, превысит" is still a forecast, whatever year
        kind = settle_kind(kind, period, article.published)
    return TurnoverFact(
        countries=countries,
        amount=money.amount,
        currency=money.currency,
        approx=approximation(reading, money),
        period=period,
        change_pct=None,
        kind=kind,
        quote=reading.text,
    )


def _the_same_period(
    reading: Reading, clause: Clause, period: Period | None, before: Period
) -> Period | None:
    """ "За аналогичный период 2023 года взаимная торговля составляла …", "trade stood at
    $390 million over the same period": the months of the period told before, in the year
    named (a whole year read from "2023 года" is that year's same months)."""
    year = same_period_told(reading.text, clause.start, clause.end)
    if year is None or before.start[:4] != before.end[:4]:
        return period
    year = year if year > 0 else before.year + year
    if period is not None and period != Period(f"{year}-01", f"{year}-12"):
        return period
    return _in_year(before, year)


def _in_year(period: Period, year: int) -> Period:
    """The same months in another year."""
    return Period(f"{year}{period.start[4:]}", f"{year}{period.end[4:]}")


def _the_same_months_before(
    reading: Reading, figure: Figure, figures: list[Figure], periods: list[PeriodMention]
) -> Period | None:
    """The period of a sum of comparison told as the same months a year before (or of the
    year named) the actual sum right before it; None when it is not so told."""
    assert figure.money is not None
    told = same_months_after(reading.text, figure.money.end)
    compared = [f for f in figures if f.money is not None and f.end <= figure.start][-1:]
    if not told or not compared:
        return None  # not so told, or "in the same period" with no year: which one is unsaid
    clause, its_periods, words = told_in(reading, compared[0], figures, periods)
    if kind_of(words, reading, compared[0].start) is not Kind.ACTUAL:
        return None
    period = period_of(reading, compared[0], figures, clause, its_periods, Kind.ACTUAL)
    if period is None:
        return None
    year = told if told > 0 else period.year - 1
    if int(period.start[:4]) != period.year or year >= period.year:
        return None  # months across two years, or a "before" that is not
    return _in_year(period, year)


def _restates(reading: Reading, money: Money) -> bool:
    """The same sum in a second currency, right after the first: "$27,6 млрд (около 13 трлн
    тенге)"."""
    earlier = [m for m in reading.money if m.end <= money.start]
    if not earlier:
        return False
    first = earlier[-1]
    between = reading.text[first.end : money.start]
    if not _RESTATED.match(between):
        return False
    if first.currency is None or money.currency is None:
        return between.strip().startswith("(")  # "1,2 млрд (около 560 млрд тенге)"
    return first.currency != money.currency  # "$1 млрд или $2 млрд" are two sums


def _read_change(
    reading: Reading,
    figure: Figure,
    governed: _Governed,
    figures: list[Figure],
    periods: list[PeriodMention],
    article: TradeContext,
    context: _Context,
    facts: list[TurnoverFact],
    read_here: list[int],
    sum_at: dict[int, int],
) -> None:
    change = figure.change
    assert change is not None
    clause, periods, told = told_in(reading, figure, figures, periods)
    if not is_year_on_year(reading, change, clause, periods):
        return
    way = direction(reading, change, clause)
    if way == 0:
        return
    kind = kind_of(told, reading, change.start)
    if kind is not Kind.ACTUAL:
        return  # "увеличить в три раза" is an aim, not a change that happened
    percent = change.percent(way)
    period = period_of(reading, figure, figures, clause, periods, kind)
    # A sum in the same clause (or the sentence's only sum) is what changed.
    owners = [
        i
        for i in read_here
        if facts[i].change_pct is None
        and facts[i].kind is Kind.ACTUAL
        and (period is None or facts[i].period == period or facts[i].period is None)
    ]
    same_clause = [i for i in owners if _quote_clause_holds(reading, facts[i], clause)]
    alone = len(owners) == 1 and (period is None or facts[owners[0]].period == period)
    if same_clause or alone:  # "составил 1,1 млрд, павялічыўшыся на 29,5%"
        # of several sums, the one right before the change: "с Россией — $26,3 млрд (на 2,6%
        # меньше), с Узбекистаном — $4,4 млрд"
        candidates = same_clause or owners
        before = [i for i in candidates if sum_at.get(i, change.start) < change.start]
        index = (before or candidates)[-1]
        facts[index] = replace(facts[index], change_pct=percent)
        return
    if not read_here and _ANAPHORIC_START.match(reading.text) and context.last_fact is not None:
        # "Это на 24% больше, чем в прошлом году": the figure of the sentence before.
        previous = facts[context.last_fact]
        if previous.change_pct is None and previous.kind is Kind.ACTUAL:
            quote = f"{previous.quote} {reading.text}"  # both sentences state the fact
            facts[context.last_fact] = replace(previous, change_pct=percent, quote=quote)
            return
    countries = _countries(reading, governed, clause, article, context, change.start)
    if countries is None:
        return
    if not read_here and context.fact_just_read and context.last_fact is not None:
        # "…составил почти 16 млрд долларов. По сравнению с аналогичным периодом прошлого
        # года он вырос на 4,7%": the change of the sum just stated, when it names no other
        # period and no other pair — of that pair's sum, when the sentence before listed
        # several ("…с Узбекистаном — $3,3 млрд, с Кыргызстаном — $1,2 млрд. При этом
        # торговля с Узбекистаном сократилась на 4,2%").
        just_told = facts[context.last_fact].quote
        for index in reversed(range(len(facts))):
            previous = facts[index]
            if previous.quote != just_told:
                break
            if (
                _takes_a_change(previous)
                and previous.countries == countries
                and (period is None or period == previous.period)
                and not _YEARS_SPANNED.search(reading.text)
            ):
                _add_change(facts, index, percent, reading)
                return
    facts.append(
        TurnoverFact(
            countries=countries,
            amount=None,
            currency=None,
            approx=None,
            period=period,
            change_pct=percent,
            kind=Kind.ACTUAL,
            quote=reading.text,
        )
    )
    read_here.append(len(facts) - 1)


def _quote_clause_holds(reading: Reading, fact: TurnoverFact, clause: Clause) -> bool:
    if fact.quote != reading.text or fact.amount is None:
        return False
    return any(clause.holds(money.start) and money.amount == fact.amount for money in reading.money)


def _countries(
    reading: Reading,
    governed: _Governed,
    clause: Clause,
    article: TradeContext,
    context: _Context,
    figure_start: int,
) -> tuple[str, ...] | None:
    """The pair whose trade this is, or None when it is no tracked pair's (the figure at
    `figure_start`)."""
    words = reading.words
    scope = [governed.clause] if governed.clause == clause else [governed.clause, clause]
    # One clause or two: each tested as `Clause.holds` does, written out (every word).
    (first, first_end), (last, last_end) = scope[0], scope[-1]
    in_scope = [p for p in reading.places if any(c.holds(p.start) for c in scope)]
    scope_words = [w for w in words if first <= w.start < first_end or last <= w.start < last_end]
    if not in_scope:
        # No party named here: the nearest earlier clause of the sentence that names one
        # ("trade with Turkey has been set; the countries reached a billion"), else the
        # parties of the trade named in the sentence before ("It came to …").
        earlier = [c for c in reading.clauses if c.end <= min(s.start for s in scope)]
        for previous in reversed(earlier):
            named = [p for p in reading.places if previous.holds(p.start) and not p.role_bound]
            if named:
                in_scope = named
                break
        else:
            if governed.marker_index is None:
                in_scope = list(context.places)
    in_scope = _this_figures_partner(reading, in_scope, figure_start)
    if not in_scope and context.union_trade and not _TWO_PARTIES.search(reading.text):
        return None  # the union's mutual trade, told before
    antecedent = _relative_antecedent(reading, scope)
    if antecedent is not None and (
        not antecedent.tracked or _a_citys(reading, antecedent, figure_start)
    ):
        # "после Китая, товарооборот с которым превысил $43 млрд": China's trade; «партнёром
        # Беларуси остаётся Москва: товарооборот с ней …»: Moscow's
        return None
    if any(Cue.SECTOR in w.cues for w in scope_words):
        return None  # one sector's trade
    marker = governed.marker_index
    if any(Cue.REGION in w.cues for w in scope_words) and not _region_only_told_after(
        scope_words, in_scope, figure_start
    ):
        return None  # one region's trade
    if _one_citys_trade(reading, in_scope, marker, figure_start):
        return None  # "товарооборот Беларуси и Санкт-Петербурга", «Минска с Казахстаном»
    possessed = marker is not None and marker > 0 and words[marker - 1].form in _POSSESSIVES
    if possessed and any(Cue.REGION in w.cues for w in words):
        return None  # "её торговля" of a region named before
    parties = list(
        dict.fromkeys(
            p.code
            for p in in_scope
            if p.tracked and not p.venue and not p.role_bound and p.kind is not PlaceKind.PERSON
        )
    )
    outsiders = [p for p in in_scope if not p.tracked]
    allowed = {frozenset(pair): pair for pair in article.pairs}
    if len(parties) >= 2 and marker is not None and _one_countrys_foreign_trade(reading, marker):
        return None  # "доля Казахстана во внешнеторговом обороте Узбекистана, который достиг …"
    if len(parties) >= 2 and not _union_is_a_party(reading, in_scope):
        candidates = [
            allowed[frozenset(two)]
            for two in ((a, b) for a in parties for b in parties if a < b)
            if frozenset(two) in allowed
        ]
        if article.pair in candidates:
            return tuple(sorted(article.pair))
        return tuple(sorted(candidates[0])) if candidates else None
    if outsiders or _union_is_a_party(reading, in_scope):
        return None  # trade with Turkey, with the EAEU
    if len(parties) == 1:
        party = parties[0]
        if party in article.pair:
            if marker is not None and _total_foreign_trade(words, marker):
                return None  # "внешнеторговый оборот Азербайджана": all its partners
            return tuple(sorted(article.pair))
        partner = article.home if article.home != party else _other(article.pair, party)
        two = frozenset((party, partner))
        return tuple(sorted(two)) if two in allowed else None
    if not article.titled_for_the_pair:
        return None  # "Президенты двух стран …" under a title on Uzbekistan and Turkey
    return tuple(sorted(article.pair))


def _this_figures_partner(
    reading: Reading, in_scope: list[Place], figure_start: int
) -> list[Place]:
    """In a list of sums, each after its partner ("товарооборот Казахстана с Россией составил
    $20,1 млрд, с Узбекистаном — $3,3 млрд", "trade with Russia reached $20.1 billion, with
    Uzbekistan $3.3 billion", «з Расіяй … , з Узбекістанам — …»), a partner listed right
    after the sum before is this sum's alone, and one listed right after this sum is not its."""
    sums = reading.money
    if len(sums) < 2:
        return in_scope
    here = next((i for i, m in enumerate(sums) if m.start == figure_start), None)
    if here is None:
        return in_scope
    text = reading.text
    if here:
        since = sums[here - 1].end
        own = [
            p
            for p in in_scope
            if since < p.start < figure_start and _LISTED.fullmatch(text, since, p.start)
        ]
        if own:
            owners = [p for p in in_scope if p.start < sums[0].start and p not in own]
            return [p for p in owners if not _joined(text, p)] + own
    ends = [m.end for m in sums[here:-1]]  # the sums after which a partner may be listed
    return [
        p
        for p in in_scope
        if not any(p.start > end and _LISTED.fullmatch(text, end, p.start) for end in ends)
    ]


# What stands between a sum and the partner of the next one in a list: ", с Узбекистаном",
# "and with Kyrgyzstan", «, з Узбекістанам».
_WITH_PATTERN = "|".join(sorted(_WITH, key=len, reverse=True))
_LISTED = re.compile(
    # a change in brackets may follow the sum before: "$26,3 млрд (на 2,6% меньше), с …"
    rf"(?:\s*\([^()]*\))?[\s,;]*(?:(?:и|а|and|і|ды)\s+)?(?:{_WITH_PATTERN})\s+(?:the\s+)?",
    re.IGNORECASE,
)
_JOINED = re.compile(rf"\b(?:{_WITH_PATTERN})\s+(?:the\s+)?$", re.IGNORECASE)


def _joined(text: str, place: Place) -> bool:
    """A place named as who is traded with: right after "с", "з", "with" ("with the" too)."""
    return bool(_JOINED.search(text, max(0, place.start - 12), place.start))


def _region_only_told_after(
    scope_words: list[Word], in_scope: list[Place], figure_start: int
) -> bool:
    """Whether two countries are the parties named before the figure and a region comes only
    after it, where the source is told: "Trade between Belarus and Kazakhstan reached $372
    million, the ambassador said at a meeting with the akim of Karaganda Region", «…
    составил $1 млрд, сообщил посол на встрече с губернатором области»."""
    parties = {
        p.code
        for p in in_scope
        if p.tracked and not p.role_bound and p.kind is PlaceKind.COUNTRY and p.end <= figure_start
    }
    regions = [w for w in scope_words if Cue.REGION in w.cues]
    return len(parties) >= 2 and all(w.start > figure_start for w in regions)


def _one_citys_trade(
    reading: Reading, in_scope: list[Place], marker: int | None, figure_start: int
) -> bool:
    """Whether a city is a party of the trade, named between the trade noun and the figure
    (or as its owner right before it: "Almaty's trade"), and so the trade is one city's: a
    city that is no capital ("товарооборот Беларуси и Санкт-Петербурга"), a capital beside
    another country's name («товарооборот Минска с Казахстаном»; two capitals stand for their
    countries, unless the sentence speaks of capitals or cities), or "the capital" or "the
    city" itself («со столицей России», «са сталіцай Расіі", "with the Russian capital",
    «товарооборот города с Беларусью», "the city's trade").
    A dateline ("MINSK, 6 February (BelTA) – Trade between …") is not, nor a city where the
    trade was told ("Speaking in the city of Tashkent, …")."""
    if marker is None:
        return False
    words = reading.words
    owner = marker - 1 if marker > 0 else marker
    if owner > 0 and words[owner].form in _POSSESSIVE_ENDINGS:
        owner -= 1  # "Minsk's trade", "Minsk’s trade"
    if reading.text[words[owner].end : words[marker].start].strip(" '’s"):
        owner = -1  # "ASTANA – Trade between …": a dateline, no owner
    first = owner if owner >= 0 else marker
    starts = [w.start for w in words]
    parties = [
        p
        for p in in_scope
        if p.start < figure_start
        and _in_a_partys_slot(words, bisect_right(starts, p.start) - 1, marker, owner)
        and p.tracked
        and not (p.venue or p.role_bound)
        and p.kind in (PlaceKind.COUNTRY, PlaceKind.CITY)
    ]
    if any(p.kind is PlaceKind.CITY for p in parties):
        return True
    spelled = {p: reading.text[p.start : p.end].lower() for p in parties}
    capitals = {p.code for p in parties if names_a_capital(spelled[p])}
    named = {p.code for p in parties if not names_a_capital(spelled[p])}
    if capitals and named - capitals:
        return True
    if (
        capitals
        and not named
        and any(w.form.startswith(_CITY_NOUNS) for w in words if w.start < figure_start)
    ):
        return True  # «Столицы наращивают торговлю: товарооборот Минска с Москвой …»
    return any(
        word.form.startswith(_CITY_NOUNS) and _in_a_partys_slot(words, index, marker, owner)
        for index, word in enumerate(words[first:], start=first)  # "the city's trade" too
        if word.start < figure_start
    )


def _in_a_partys_slot(words: list[Word], index: int, marker: int, owner: int) -> bool:
    """Whether the word at `index` stands where a party of the trade does: its owner ("Minsk's
    trade"), right after the trade noun, or after a word that joins parties ("и", "с",
    "between", "the") — not, say, an adjective of its period («за гомельский период»)."""
    if index == owner:
        return True
    if index <= marker:
        return False
    before = index - 1
    while before > marker and words[before].form in _BEFORE_A_NAME:
        before -= 1  # "and St Petersburg", "with the Russian capital"
    return before == marker or words[before].form in _JOINING_PARTIES


def _a_citys(reading: Reading, place: Place, figure_start: int) -> bool:
    """Whether a partner named by a pronoun is a city: one that is no capital, or a capital
    beside a country named by its own name (two capitals stand for their countries)."""
    if place.kind is PlaceKind.CITY:
        return True
    if not names_a_capital(reading.text[place.start : place.end].lower()):
        return False
    return any(
        p.kind is PlaceKind.COUNTRY
        and p.code != place.code
        and p.start < figure_start
        and not names_a_capital(reading.text[p.start : p.end].lower())
        for p in reading.places
    )


def _relative_antecedent(reading: Reading, scope: list[Clause]) -> Place | None:
    """The place a pronoun of partnership stands for: "Китай, товарооборот с которым …",
    "China, with which trade …", "Кітай, з якім …", "a partner whose trade …", «…остаётся
    Москва: товарооборот с ней …» — the last place named before it."""
    words = reading.words
    for index, word in enumerate(words):
        if not any(c.holds(word.start) for c in scope):
            continue
        joined = word.form in _WHOSE or (
            word.form in _PARTNER_PRONOUNS and index > 0 and words[index - 1].form in _WITH
        )
        if joined:
            before = [p for p in reading.places if p.end <= word.start]
            return before[-1] if before else None
    return None


# A union named as who is traded with: its members, one's partners in it, third countries.
_TRADED_UNIONS = ("стран", "государств", "member", "партн", "union partners", "с трет", "з трэц",
                  "with third")  # fmt: skip


def _union_is_a_party(reading: Reading, places: list[Place]) -> bool:
    """'торговля Казахстана со странами союза', 'trade with the EAEU': a union traded, not a
    pair — unlike 'в рамках ЕАЭС', where the union is only the setting."""
    for place in places:
        if place.kind is not PlaceKind.AGGREGATE:
            continue
        named = reading.text[place.start : place.end].lower()
        before = reading.text[max(0, place.start - 24) : place.start].lower()
        if named.startswith(_TRADED_UNIONS) or re.search(
            r"(?:\bс|\bсо|\bwith(?:\s+(?:its|their|the))?|\bмежду|\bпаміж|\bз|\bчлен\w*|\bсябр\w*|"
            r"(?:торговл\w*|оборот\w*|гандл\w*|trade)\s+(?:стран|государств|краін)|"
            r"\bmember\s+(?:states|countries)\s+of(?:\s+the)?)\s*$",
            before,
        ):
            return True  # "торговли государств — членов ЕАЭС": the members' trade
    return False


def _other(pair: tuple[str, str], code: str) -> str:
    return pair[1] if pair[0] == code else pair[0]


def _one_countrys_foreign_trade(reading: Reading, marker: int) -> bool:
    """Whether the trade noun is one country's foreign trade with all its partners, its
    owner the one country next to it: "Uzbekistan's foreign trade, which reached …",
    «внешнеторгового оборота Узбекистана, который достиг …» (while «внешнеторговый оборот
    Беларуси и Казахстана» is theirs with each other)."""
    words = reading.words
    if not _total_foreign_trade(words, marker):
        return False
    after = marker + 1
    if after < len(words) and words[after].form in _POSSESSIVE_ENDINGS | _JOINING_PARTIES:
        return False  # "trade's", not an owner; "foreign trade with Belarus": bilateral
    owner_after = after < len(words) and _names_a_place(reading, words[after])
    if owner_after and after + 1 < len(words) and words[after + 1].form in _JOINING_PARTIES:
        return False
    first = marker - 1 if marker > 0 and words[marker - 1].form in _FOREIGN_TRADE else marker
    owner_before = (
        first >= 2
        and words[first - 1].form in _POSSESSIVE_ENDINGS
        and _names_a_place(reading, words[first - 2])
    )
    return owner_after or owner_before


def _names_a_place(reading: Reading, word: Word) -> bool:
    return any(word.start <= p.start < word.end and p.tracked for p in reading.places)


def _total_foreign_trade(words: list[Word], marker: int) -> bool:
    first = marker
    if first > 0 and Cue.TRADE in words[first - 1].cues:
        first -= 1  # "foreign trade turnover": the adjective stands before the first noun
    before = words[max(0, first - 1) : first]
    if not any(w.lemma in _FOREIGN_TRADE or w.form in _FOREIGN_TRADE for w in before):
        return bool(re.match(r"внешнеторгов", words[marker].form))
    return not any(Cue.BILATERAL in w.cues for w in words)


def merge_turnover(
    facts: list[TurnoverFact], titles: frozenset[str] = frozenset()
) -> list[TurnoverFact]:
    """A figure told twice (a title, a summary, 'около 950 млн' beside '$952,8 млн') is one
    fact: the more exact statement, completed with what the other adds. `titles`: the
    sentences that are the article's title."""
    merged: list[TurnoverFact] = []
    for fact in facts:
        for index, known in enumerate(merged):
            if _same_figure(known, fact, titles):
                merged[index] = _combine(known, fact, titles)
                break
        else:
            merged.append(fact)
    return merged


def _same_figure(a: TurnoverFact, b: TurnoverFact, titles: frozenset[str]) -> bool:
    if a.countries != b.countries:
        return False
    if (a.kind is Kind.ACTUAL) != (b.kind is Kind.ACTUAL):
        # "в 2025 году превысит $52 млрд" in a title of January 2026 reads as a preliminary
        # actual; the text's "как ожидается, превысит 52 млрд" says what it is: one figure
        return _retold_in_the_text(a, b, titles)
    if a.period is not None and b.period is not None and a.period != b.period:
        return False
    if (a.amount is None) != (b.amount is None):
        # "вырос на 8,1%" in the title is the "$603,5 млн, +8,1%" of the text; "выросла на
        # 12%" in the title, the "+12,1%" of the text rounded
        if _same_change(a.change_pct, b.change_pct):
            return True
        # "Trade up 17% in 2024" in the title, "$412.3 million last year" in the text: the
        # change of that sum, when both name the same period and the sum tells no change (a
        # sum of no period, "нынешний товарооборот — порядка 800 млн", is not that year's)
        told = a if a.amount is not None else b
        if a.period is None or a.period != b.period:
            return False
        # "grew by a third" in the title is the "+33.5%" of the text, told as a fraction
        return told.change_pct is None or _close_changes(a.change_pct, b.change_pct)
    if a.amount is not None and b.amount is not None:
        if a.currency != b.currency:
            return False
        close = abs(a.amount - b.amount) <= 0.01 * max(a.amount, b.amount)
        if not (close or _rounded(a, b) or _rounded(b, a)):
            return False
        return a.change_pct is None or b.change_pct is None or a.change_pct == b.change_pct
    # "Trade down 11%" in the title, "decreased by 11.2% in 2024" in the text: one change,
    # rounded — in the title, or of one period named by both (a change of no period in the
    # text, "это на 8% больше", may be any other's)
    if a.change_pct == b.change_pct:
        return True
    told_twice = (a.quote in titles) != (b.quote in titles) or (
        a.period is not None and a.period == b.period
    )
    return told_twice and _same_change(a.change_pct, b.change_pct)


def _rounded(rough: TurnoverFact, exact: TurnoverFact) -> bool:
    """'превысил $1 млрд' in the title, '$1 062,4 млн' in the text; 'приблизился к $1,2
    млрд', '$1 187,4 млн'; 'около $950 млн', '$952,8 млн': the rough figure, fewer digits
    and told as a bound or an approximation, is the exact one rounded the way it says."""
    assert rough.amount is not None
    assert exact.amount is not None
    digits = _digits(rough)
    if rough.approx in (None, Approx.EXACT) or digits >= _digits(exact):
        return False
    # One unit of the rough figure's last digit, but no more than a tenth of it: "almost $1
    # billion" is not $480 million, "over $1 billion" not $1.9 billion.
    unit = min(10.0 ** (len(str(int(rough.amount))) - digits), rough.amount / 10)
    if rough.approx is Approx.OVER:
        return rough.amount <= exact.amount < rough.amount + unit
    if rough.approx is Approx.UNDER:
        return rough.amount - unit < exact.amount <= rough.amount
    return abs(exact.amount - rough.amount) <= unit / 2


def _close_changes(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and abs(a - b) <= 1.0


def _same_change(a: float | None, b: float | None) -> bool:
    """The same change, one of them perhaps rounded to fewer decimals ('12%' for '12,1%')."""
    if a is None or b is None:
        return False
    if a == b:
        return True
    coarse, fine = (a, b) if _decimals(a) < _decimals(b) else (b, a)
    return _decimals(coarse) < _decimals(fine) and round(fine, _decimals(coarse)) == coarse


def _decimals(value: float) -> int:
    text = f"{value:f}".rstrip("0")
    return len(text.split(".")[1]) if "." in text else 0


def _digits(fact: TurnoverFact) -> int:
    """How precisely the amount is written: '$952,8 млн' says more than 'около 950 млн'."""
    if not fact.amount:
        return 0
    return len(f"{fact.amount:f}".rstrip("0").rstrip(".").replace(".", "").rstrip("0"))


def _telling(fact: TurnoverFact) -> tuple[int, bool, bool]:
    return (_digits(fact), fact.change_pct is not None, fact.period is not None)


def _retold_in_the_text(a: TurnoverFact, b: TurnoverFact, titles: frozenset[str]) -> bool:
    """The title's figure and the text's: the same sum of the same period, one told in the
    title only."""
    return (
        (a.quote in titles) != (b.quote in titles)
        and a.amount is not None
        and a.amount == b.amount
        and a.period is not None
        and a.period == b.period
    )


def _combine(known: TurnoverFact, other: TurnoverFact, titles: frozenset[str]) -> TurnoverFact:
    """The statement that tells most, completed by the other; the quote is every sentence
    the fact's parts come from, so each citation contains what it is cited for."""
    best, rest = (other, known) if _telling(other) > _telling(known) else (known, other)
    told_apart = (known.kind is Kind.ACTUAL) != (other.kind is Kind.ACTUAL)
    if told_apart:
        # the text says what the title's figure is (see `_retold_in_the_text`)
        best, rest = (other, known) if known.quote in titles else (known, other)
    period = best.period or rest.period
    change = best.change_pct if best.change_pct is not None else rest.change_pct
    if rest.change_pct is not None and change is not None:
        # "down 11%" in the title, "by 11.2%" in the text: the change as exactly as told
        change = max(change, rest.change_pct, key=_decimals)
    borrowed = (best.period is None and period is not None) or best.change_pct != change
    quote = best.quote
    if borrowed and rest.quote not in quote:
        quote = f"{best.quote} {rest.quote}"
    kind = known.kind if known.kind is not Kind.ACTUAL or best.kind is Kind.ACTUAL else best.kind
    return replace(
        best, period=period, change_pct=change, kind=best.kind if told_apart else kind, quote=quote
    )
