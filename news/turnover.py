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
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from typing import NamedTuple

from news.countries import Place, PlaceKind
from news.facts import Kind, TurnoverFact
from news.figures import (
    Figure,
    approximation,
    direction,
    is_difference,
    is_year_on_year,
    kind_of,
    period_of,
    period_right_after,
    segment,
    settle_kind,
)
from news.lexicon import NOT_TRADE_AFTER, NOT_TRADE_FORMS, Cue
from news.morph import Word
from news.periods import PeriodMention, Role, resolve_whole_years
from news.reading import Reading
from news.sentences import Clause

_ATTACHED_AFTER = re.compile(r"^\s*(?:(?:в|во|по|of|in|по\s+линии)\s+)?(?:[^\W\d_]+\s+)?$")
_POSSESSIVES = frozenset("её ее его их its their яе яго іх".split())
_FOREIGN_TRADE = frozenset("внешнеторговый внешний foreign external знешнегандлёвы".split())
_UNITS_AFTER = re.compile(
    r"^\s*(?:тонн|т\b|tonnes|tons|units|штук|единиц|машин|человек|people|head|голов|"
    r"кубометр|м3|км|kilomet|гектар|hectares|мест|jobs|vehicles|tractors|тракторов|автомоб)",
    re.IGNORECASE,
)
_BASE_BEFORE = re.compile(
    r"(?:\bпротив|\bagainst|\bversus|\bvs\.?|\bcompared\s+(?:with|to)|\bпо\s+сравнению\s+с[о]?|"
    r"\bс|\bсо|\bfrom|\bз)\s*$",
    re.IGNORECASE,
)
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")
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


@dataclass(frozen=True, slots=True)
class TradeContext:
    """What the whole article says about its parties."""

    pair: tuple[str, str]
    pairs: tuple[tuple[str, str], ...]
    home: str  # the party named most: the other side of "trade with X"
    published: date | None


def read_turnover(readings: list[Reading], article: TradeContext) -> list[TurnoverFact]:
    facts: list[TurnoverFact] = []
    context = _Context()
    for reading in readings:
        _read_sentence(reading, article, context, facts)
    return merge_turnover(facts)


def _markers(reading: Reading) -> list[_Marker]:
    words = reading.words
    found: list[_Marker] = []
    for index in reading.cued:
        word = words[index]
        following = words[index + 1] if index + 1 < len(words) else None
        if Cue.TRADE in word.cues:
            # "товарооборот компании", "торговый дом": a firm's sales, not a pair's trade
            topic = Topic.TRADE if _is_trade_noun(word, following) else Topic.OTHER
            if topic is Topic.TRADE or word.form not in NOT_TRADE_FORMS:
                found.append(_Marker(index, topic))
        elif Cue.ONE_WAY in word.cues:
            found.append(_Marker(index, Topic.ONE_WAY))
        elif Cue.OTHER_MONEY in word.cues:
            found.append(_Marker(index, Topic.OTHER))
    return found


def _is_trade_noun(word: Word, following: Word | None) -> bool:
    if word.form in NOT_TRADE_FORMS:
        return False
    return following is None or following.form not in NOT_TRADE_AFTER


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
        found.append(index)
    return found


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
    if after and _ATTACHED_AFTER.match(reading.text[figure.end : words[after[0].position].start]):
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
    if context.dangling_trade and not markers:
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
    if not trade_here and not trade_before:
        # No trade is named or referred to: no figure here can be turnover. Only a year
        # named may anchor a later "за весь год", and the topic is handed on.
        if markers:
            context.topic = markers[-1].topic
        if _YEAR_DIGITS.search(reading.text):
            context.unread.append(reading)
        context.dangling_trade = False
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
            facts.append(fact)
            read_here.append(len(facts) - 1)
        else:
            pending_changes.append((figure, governed))
    for figure, governed in pending_changes:
        _read_change(
            reading, figure, governed, figures, periods_here(), article, context, facts, read_here
        )

    # Hand on what the next sentence may refer back to.
    concrete = [m.topic for m in markers]
    if concrete:
        context.topic = concrete[-1]
    context.dangling_trade = bool(
        concrete and concrete[-1] is Topic.TRADE and not read_here and not reading.money
    )
    if read_here:
        context.last_fact = read_here[-1]
        context.currency = facts[read_here[-1]].currency or context.currency
    trade_markers = [m for m in markers if m.topic is Topic.TRADE]
    if trade_markers:
        clause = reading.clause_of(words[trade_markers[-1].position].start)
        context.places = tuple(p for p in reading.places if clause.holds(p.start))
    if found:
        _hand_on_year(found[0], context)
    else:
        context.unread.append(reading)  # its year is read if a later "за весь год" needs it


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
    if is_difference(reading, money):
        return None
    clause = reading.clause_of(money.start)
    base = _BASE_BEFORE.search(text[max(0, money.start - 25) : money.start])
    if base and not period_right_after(periods, money.end, text):
        return None  # "против $129,8 млн", "from $100m": the point of comparison
    told = segment(reading, figure, figures, clause)
    kind = kind_of(told, reading, money.start)
    if kind is None:
        return None
    countries = _countries(reading, governed, clause, article, context)
    if countries is None:
        return None
    period = period_of(reading, figure, figures, clause, periods, kind)
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
) -> None:
    change = figure.change
    assert change is not None
    clause = reading.clause_of(change.start)
    if not is_year_on_year(reading, change, clause, periods):
        return
    way = direction(reading, change, clause)
    if way == 0:
        return
    told = segment(reading, figure, figures, clause)
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
    if same_clause or (len(owners) == 1 and period is None):
        index = (same_clause or owners)[-1]
        facts[index] = replace(facts[index], change_pct=percent)
        return
    if not read_here and _ANAPHORIC_START.match(reading.text) and context.last_fact is not None:
        # "Это на 24% больше, чем в прошлом году": the figure of the sentence before.
        previous = facts[context.last_fact]
        if previous.change_pct is None and previous.kind is Kind.ACTUAL:
            quote = f"{previous.quote} {reading.text}"  # both sentences state the fact
            facts[context.last_fact] = replace(previous, change_pct=percent, quote=quote)
            return
    countries = _countries(reading, governed, clause, article, context)
    if countries is None:
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
) -> tuple[str, ...] | None:
    """The pair whose trade this is, or None when it is no tracked pair's."""
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
    if any(Cue.SECTOR in w.cues for w in scope_words):
        return None  # one sector's trade
    marker = governed.marker_index
    if any(Cue.REGION in w.cues for w in scope_words):
        return None  # one region's trade
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
    return tuple(sorted(article.pair))


def _union_is_a_party(reading: Reading, places: list[Place]) -> bool:
    """'торговля Казахстана со странами союза', 'trade with the EAEU': a union traded, not a
    pair — unlike 'в рамках ЕАЭС', where the union is only the setting."""
    for place in places:
        if place.kind is not PlaceKind.AGGREGATE:
            continue
        named = reading.text[place.start : place.end].lower()
        before = reading.text[max(0, place.start - 12) : place.start].lower()
        if named.startswith(("стран", "государств", "member")) or re.search(
            r"(?:\bс|\bсо|\bwith|\bмежду|\bпаміж|\bз)\s*$", before
        ):
            return True
    return False


def _other(pair: tuple[str, str], code: str) -> str:
    return pair[1] if pair[0] == code else pair[0]


def _total_foreign_trade(words: list[Word], marker: int) -> bool:
    before = words[max(0, marker - 1) : marker]
    if not any(w.lemma in _FOREIGN_TRADE or w.form in _FOREIGN_TRADE for w in before):
        return bool(re.match(r"внешнеторгов", words[marker].form))
    return not any(Cue.BILATERAL in w.cues for w in words)


def merge_turnover(facts: list[TurnoverFact]) -> list[TurnoverFact]:
    """A figure told twice (a title, a summary, 'около 950 млн' beside '$952,8 млн') is one
    fact: the more exact statement, completed with what the other adds."""
    merged: list[TurnoverFact] = []
    for fact in facts:
        for index, known in enumerate(merged):
            if _same_figure(known, fact):
                merged[index] = _combine(known, fact)
                break
        else:
            merged.append(fact)
    return merged


def _same_figure(a: TurnoverFact, b: TurnoverFact) -> bool:
    if a.countries != b.countries:
        return False
    if (a.kind is Kind.ACTUAL) != (b.kind is Kind.ACTUAL):
        return False
    if a.period is not None and b.period is not None and a.period != b.period:
        return False
    if (a.amount is None) != (b.amount is None):
        # "вырос на 8,1%" in the title is the "$603,5 млн, +8,1%" of the text
        return a.change_pct is not None and a.change_pct == b.change_pct
    if a.amount is not None and b.amount is not None:
        if abs(a.amount - b.amount) > 0.01 * max(a.amount, b.amount) or a.currency != b.currency:
            return False
        return a.change_pct is None or b.change_pct is None or a.change_pct == b.change_pct
    return a.change_pct == b.change_pct


def _digits(fact: TurnoverFact) -> int:
    """How precisely the amount is written: '$952,8 млн' says more than 'около 950 млн'."""
    if not fact.amount:
        return 0
    return len(f"{fact.amount:f}".rstrip("0").rstrip(".").replace(".", "").rstrip("0"))


def _telling(fact: TurnoverFact) -> tuple[int, bool, bool]:
    return (_digits(fact), fact.change_pct is not None, fact.period is not None)


def _combine(known: TurnoverFact, other: TurnoverFact) -> TurnoverFact:
    """The statement that tells most, completed by the other; the quote is every sentence
    the fact's parts come from, so each citation contains what it is cited for."""
    best, rest = (other, known) if _telling(other) > _telling(known) else (known, other)
    period = best.period or rest.period
    change = best.change_pct if best.change_pct is not None else rest.change_pct
    borrowed = (best.period is None and period is not None) or (
        best.change_pct is None and change is not None
    )
    quote = best.quote
    if borrowed and rest.quote not in quote:
        quote = f"{best.quote} {rest.quote}"
    return replace(
        best,
        period=period,
        change_pct=change,
        kind=known.kind if known.kind is not Kind.ACTUAL or best.kind is Kind.ACTUAL else best.kind,
        quote=quote,
    )
