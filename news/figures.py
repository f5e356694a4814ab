"""How a figure of a sentence is told: what it is (kind), how exact, for when, which way.

Its kind from the words between it and the sum before it — a goal noun, an infinitive of
raising or "aim to" make a target, the future tense, "ожидается" or "expected to" a forecast;
its exactness from the adverb or verb right before it (более, около, почти, exceeded); its
period, the nearest of its clause that is not a base of comparison or a span; a change's
direction from the nearest verb or comparative of growth or decline.
"""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

from news.amounts import Change, Money
from news.facts import Approx, Kind
from news.lexicon import Cue
from news.morph import Word
from news.periods import Period, PeriodMention, Role
from news.reading import Reading
from news.sentences import Clause

_APPROX_SKIP = frozenset(
    "на в до к to of at the a an чем than уровень уровня уровне отметку отметки отметке "
    "рубеж рубежа рубеже mark level сумму сумма сумме цифру цифра величину величины "
    "us usd $ ещё еще уже already ужо".split()
)
_MODALS = frozenset("может могут мог могла могли could may might можа могуць".split())
_ENGLISH_MODALS = frozenset("could may might".split())
_REACHING = frozenset({Cue.TARGET_VERB, Cue.OVER, Cue.UP, Cue.UNDER})
_FUTURE_WORDS = frozenset("will shall будзе".split())
# Belarusian perfective futures of the verbs of reaching, exceeding, growing ("перавысіць",
# "дасягне", "складзе"): pymorphy3 does not parse them. "-іць" is also the infinitive's
# ending, so after a modal, a verb of intent or a goal noun the form is an infinitive.
_BELARUSIAN_FUTURES = frozenset(
    "перавысіць перавысяць дасягне дасягнуць складзе складуць вырасце вырастуць "
    "павялічыцца павялічацца скароціцца знізіцца паменшыцца".split()
)
_NEGATIONS = frozenset("не no not".split())
_OVER_AFTER = re.compile(r"^\s*(?:с\s+(?:лишним|небольшим|гаком|чем-то)|plus\b|\+)", re.I)


class Figure(NamedTuple):
    start: int
    end: int
    money: Money | None = None
    change: Change | None = None


def segment(reading: Reading, figure: Figure, figures: list[Figure], clause: Clause) -> list[Word]:
    """The words that belong to this figure: from the sum before it to the sum after it."""
    sums = [f for f in figures if f.money is not None and clause.holds(f.start)]
    previous_end = max((f.end for f in sums if f.end <= figure.start), default=clause.start)
    later = [f for f in sums if f.start >= figure.end]
    end = figure.end if later and figure.money is not None else clause.end
    if figure.money is None and later:
        end = later[0].start
    return [w for w in reading.words if previous_end <= w.start and w.end <= end]


class Told(NamedTuple):
    """Where a figure is told: its clause, the periods and the words that may be its own."""

    clause: Clause
    periods: list[PeriodMention]
    words: list[Word]


def told_in(
    reading: Reading, figure: Figure, figures: list[Figure], periods: list[PeriodMention]
) -> Told:
    """A figure inside a relative or participial clause is told by that clause's verb and
    period ("…, который в 2024 году составил $4,4 млрд, …"); a figure after one by the words
    around it, the embedded clause left out ("довести товарооборот, …, до $10 млрд к 2030
    году"); any other by its clause and the words since the sum before it."""
    clause = reading.clause_of(figure.start)
    holes: list[Clause] = []
    for embedded in reading.embedded:
        if not clause.holds(embedded.start):
            continue
        if embedded.holds(figure.start):
            clause, holes = embedded, []
            break
        if embedded.end <= figure.start:
            holes.append(embedded)
    if not holes:
        return Told(clause, periods, segment(reading, figure, figures, clause))

    def kept(position: int) -> bool:
        return not any(hole.holds(position) for hole in holes)

    # a sum inside an embedded clause does not end the words before a figure after it
    others = [f for f in figures if kept(f.start)]
    words = [w for w in segment(reading, figure, others, clause) if kept(w.start)]
    return Told(clause, [p for p in periods if kept(p.start)], words)


def kind_of(segment: list[Word], reading: Reading, position: int) -> Kind | None:
    if any(Cue.COUNTERFACTUAL in w.cues for w in segment):
        return None
    complete = any(Cue.COMPLETE in w.cues and (w.tense == "past" or w.pos is None) for w in segment)
    targeted = any(Cue.TARGET_NOUN in w.cues for w in segment)
    for index, word in enumerate(segment):
        if not word.cues and word.form != "to":
            continue  # neither raising nor "to" + a verb of raising: most words
        infinitive = is_infinitive(word)
        raising = infinitive and bool(word.cues & {Cue.TARGET_VERB, Cue.TRADE})
        modal = any(w.form in _MODALS for w in segment[max(0, index - 2) : index])
        if raising and not modal:
            targeted = True  # "довести до", "наторговать на миллиард" (not "может достичь")
        following = segment[index + 1] if index + 1 < len(segment) else None
        expected = index > 0 and Cue.FORECAST in segment[index - 1].cues
        reaching = following is not None and (
            bool(following.cues & _REACHING) or following.form == "hit"
        )
        if word.form == "to" and reaching and _headline_future(segment[:index]):
            return Kind.FORECAST  # headlines' future: "Russia-Belarus trade to exceed $55bn"
        if word.form in _ENGLISH_MODALS and reaching:
            return Kind.FORECAST  # "trade may reach $50 bln": "May" the month is no verb
        if word.form == "to" and following is not None and Cue.TARGET_VERB in following.cues:
            if expected:
                return Kind.FORECAST  # "is expected to reach": a forecast, not a goal
            targeted = True
    if targeted and not complete:
        return Kind.TARGET
    if any(Cue.INTENT in w.cues for w in segment) and re.search(
        r"(?:\bдо|\bда|\bto|\bна\s+уровень|\bна\s+ўзровень)\s*$",
        reading.text[max(0, position - 20) : position],
    ):
        return Kind.TARGET
    if complete:
        return Kind.ACTUAL
    if any(Cue.FORECAST in w.cues for w in segment):
        return Kind.FORECAST
    for index, word in enumerate(segment):
        if word.pos == "VERB" and word.tense == "futr" and word.lemma != "быть":
            return Kind.FORECAST
        if word.form in _FUTURE_WORDS:
            return Kind.FORECAST
        if word.form in _MODALS and any(is_infinitive(w) for w in segment[index + 1 : index + 3]):
            return Kind.FORECAST
        if word.form in _BELARUSIAN_FUTURES and not _governs_infinitive(segment[:index]):
            return Kind.FORECAST
    return Kind.ACTUAL


def _headline_future(before: list[Word]) -> bool:
    """'trade to exceed', 'trade set to top', 'turnover on track to reach': right after the
    trade noun, or after a word of what is expected of it, the infinitive is its future."""
    forms = [w.form for w in before]
    for lead in ([], ["set"], ["poised"], ["likely"], ["due"], ["on", "track"]):
        n = len(lead)
        if forms[len(forms) - n :] == lead and len(before) > n and Cue.TRADE in before[-n - 1].cues:
            return True
    return False


def is_infinitive(word: Word) -> bool:
    # pymorphy3 takes a Belarusian word for some Russian noun; "-ць", "-ці" are Belarusian only
    return word.pos == "INFN" or word.form.endswith(("ць", "ці"))


def _governs_infinitive(before: list[Word]) -> bool:
    """A modal, a verb of intent or a goal noun just before: what follows is an infinitive."""
    return any(w.form in _MODALS or w.cues & {Cue.INTENT, Cue.TARGET_NOUN} for w in before[-3:])


def settle_kind(kind: Kind, period: Period | None, published: date | None) -> Kind:
    """A forecast for a period already over is a preliminary figure: an actual one."""
    over = (
        period is not None
        and published is not None
        and (period.year, period.last_month) < (published.year, published.month)
    )
    return Kind.ACTUAL if kind is Kind.FORECAST and over else kind


_DEADLINE_YEAR = re.compile(r"(?:\bк|\bby|\bдо|\bда)\s+(?P<year>(?:19|20)\d\d)\b")


def past_goal(reading: Reading, clause: Clause, published: date | None) -> bool:
    """'Ещё в 2017 году ставили цель выйти на 2 млрд долларов к 2020 году', told in 2023: a
    goal whose deadline had passed when it was told is history, not a target."""
    told = reading.text[clause.start : clause.end].lower()
    if _GOAL_MET.search(told):
        return True  # "the goal of $1 billion … has long been surpassed", «цель … перевыполнена»
    if published is None:
        return False
    deadlines = [int(m.group("year")) for m in _DEADLINE_YEAR.finditer(told)]
    if any(year < published.year for year in deadlines):
        return True
    if deadlines or not _HOPED.search(told):
        return False
    # "Ещё в 2019 году мы рассчитывали выйти на 250 млн", "In 2019 we had hoped to reach …",
    # «…разлічвалі выйсці на 250 мільёнаў, але пандэмія ўсё перакрэсліла»: a hope of the past
    after = reading.text[clause.end : clause.end + 12].lower()
    return bool(_BUT.match(after)) or any(
        int(m.group("year")) < published.year for m in _IN_YEAR.finditer(told)
    )


# A goal hoped for in the past tense; a year it was hoped in; the contrast that it failed.
_HOPED = re.compile(
    r"\b(?:рассчитывал[аи]?|планировал[аи]?|надеял(?:ся|ась|ись)|хотел[аи]?|собирал(?:ся|ась|"
    r"ись)|намеревал(?:ся|ась|ись)|разлічвал[аі]?|планавал[аі]?|спадзявал(?:ся|ася|іся)|"
    r"хацел[аі]?|збіраўся|збіралася|збіраліся|(?:had\s+)?hoped|had\s+expected|planned\s+to|"
    r"intended\s+to|aimed\s+to|wanted\s+to|counted\s+on)\b"
)
_IN_YEAR = re.compile(r"(?:\bв|\bу|\bin|\bеще|\bещё)\s+(?P<year>(?:19|20)\d\d)\b")
_BUT = re.compile(r"\W*(?:но|однако|але|аднак|but|however)\b")


# A goal told as reached already: history, whatever its year.
_GOAL_MET = re.compile(
    r"\b(?:has|have|had)\s+(?:long\s+|already\s+|since\s+)?been\s+(?:surpassed|exceeded|"
    r"achieved|reached|met|fulfilled|overfulfilled)\b|\b(?:перевыполнен\w*|перавыкана\w*)"
    r"|\b(?:цель|задача|планка|мэта)\s[^.;]{0,60}?(?:достигнут[аы]?|выполнен[аы]?|"
    r"превышен[аы]?|дасягнут[аы]?|выканан[аы]?)\b"
)


def approximation(reading: Reading, money: Money) -> Approx:
    if _OVER_AFTER.match(reading.text[money.end : money.end + 20]):
        return Approx.OVER
    before = [w for w in reading.words if w.end <= money.start]
    clause = reading.clause_of(money.start)
    steps = 0
    verbs_passed = 0
    for index in range(len(before) - 1, -1, -1):
        word = before[index]
        if not clause.holds(word.start) or steps > 5:
            break
        steps += 1
        negated = index > 0 and before[index - 1].form in _NEGATIONS
        if Cue.OVER in word.cues:
            return Approx.OVER
        if Cue.UNDER in word.cues:
            return Approx.OVER if negated else Approx.UNDER
        if Cue.ABOUT in word.cues:
            return Approx.ABOUT
        if word.form in _APPROX_SKIP or word.pos in {"PREP", "ADJF", "PRCL", "CONJ"}:
            continue
        if word.pos in {"VERB", "GRND", "PRTS", "PRTF", "INFN"} or (
            word.pos is None and reading.english and verbs_passed == 0
        ):
            verbs_passed += 1
            if verbs_passed > 1:
                break
            continue
        break
    return Approx.EXACT


_PHRASE_BREAK = re.compile(r"[,;:—–()]")


def is_difference(reading: Reading, money: Money) -> bool:
    """'$56 million more than in 2017', 'на 11 млрд меньше': a difference, not a level."""
    after = [w for w in reading.words if w.start >= money.end][:2]
    # the comparative right after the sum, in its phrase: "…составила 290 млн долларов, это
    # больше, чем год назад" compares the level with a year before
    if any(
        Cue.COMPARATIVE in w.cues and not _PHRASE_BREAK.search(reading.text, money.end, w.start)
        for w in after
    ):
        return True
    before = [w for w in reading.words if w.end <= money.start]
    clause = reading.clause_of(money.start)
    if before and before[-1].form in {"на", "by"}:
        # "увеличился на $100 млн": how much it grew by, not what it came to
        verbs = [w for w in before[-4:-1] if clause.holds(w.start)]
        return any(Cue.UP in w.cues or Cue.DOWN in w.cues for w in verbs)
    return False


def period_right_after(periods: list[PeriodMention], position: int, text: str) -> bool:
    return any(
        p.role is Role.POINT
        and 0 <= p.start - position <= 6
        and text[position : p.start].strip() in {"", "in", "в", "за"}
        for p in periods
    )


def period_of(
    reading: Reading,
    figure: Figure,
    figures: list[Figure],
    clause: Clause,
    periods: list[PeriodMention],
    kind: Kind,
) -> Period | None:
    in_clause = [p for p in periods if clause.holds(p.start)]
    wanted = (Role.POINT,) if kind is Kind.ACTUAL else (Role.POINT, Role.DEADLINE)
    points = [p for p in in_clause if p.role in wanted and p.period is not None]
    if not points:
        if in_clause:
            return None  # only a base, a span or an open period: none can be given
        return _lead_in_period(reading, clause, periods, figures) if kind is Kind.ACTUAL else None
    peers = [
        f
        for f in figures
        if clause.holds(f.start) and (f.money is not None) == (figure.money is not None)
    ]
    if len(peers) == len(points) > 1:
        return points[peers.index(figure)].period  # "from $215m in 2005 to $870m in 2010"
    nearest = min(points, key=lambda p: _distance(p, figure))
    return nearest.period


def _distance(period: PeriodMention, figure: Figure) -> int:
    if period.end <= figure.start:
        return figure.start - period.end
    return max(0, period.start - figure.end)


def _lead_in_period(
    reading: Reading, clause: Clause, periods: list[PeriodMention], figures: list[Figure]
) -> Period | None:
    """'По данным за 2023 год: оборот составил …' — a period set in an earlier clause that
    states no figure of its own."""
    for earlier in reversed([c for c in reading.clauses if c.end <= clause.start]):
        if any(earlier.holds(f.start) for f in figures):
            return None
        points = [p for p in periods if earlier.holds(p.start)]
        if points:
            point = points[-1]
            return point.period if point.role is Role.POINT else None
    return None


def is_year_on_year(
    reading: Reading, change: Change, clause: Clause, periods: list[PeriodMention]
) -> bool:
    """Not a share ('72.5 percent of the total'), not a level ('с 0,1% до 1,24%'), not growth
    over several years ('в 8 раз за 30 лет', 'fourfold from 2005 to 2010')."""
    text = reading.text
    before_text = text[max(0, change.start - 25) : change.start].lower()
    if re.search(r"(?:\bс|\bдо|\bfrom|\bto|\bз|\bда)\s*$", before_text):
        return False
    if re.search(
        r"(?:\bдол[яиейю]\b|share|make\s+up|accounts?\s+for|приходится|пришлось)\W+\w*\s*$",
        before_text,
    ):
        return False
    following = [w for w in reading.words if w.start >= change.end][:1]
    if following:
        word = following[0]
        if word.form in {"of", "от"} or (
            word.pos in {"NOUN", "ADJF", "NPRO"}
            and word.case == "gent"
            and Cue.COMPARATIVE not in word.cues
        ):
            return False
    in_clause = [p for p in periods if clause.holds(p.start)]
    if any(p.role is Role.SPAN for p in in_clause):
        return False
    years = {p.period.year for p in in_clause if p.role is Role.POINT and p.period}
    return len(years) <= 1


def direction(reading: Reading, change: Change, clause: Clause) -> int:
    """+1 for growth, -1 for decline, from the nearest verb or comparative of the clause
    (or an earlier one: "а за пять месяцев — практически вдвое"); 0 when none says."""
    if change.sign:
        return change.sign
    words = reading.words
    in_clause = [w for w in words if clause.start <= w.start < clause.end]
    before = [w for w in in_clause if w.end <= change.start]
    after = [w for w in in_clause if w.start >= change.end][:3]
    for word in reversed(before):
        if Cue.DOWN in word.cues:
            return -1
        if Cue.UP in word.cues:
            return 1
    for word in after:
        if Cue.DOWN in word.cues:
            return -1
        if Cue.UP in word.cues:
            return 1
    earlier = [w for w in words if w.start < clause.start]
    for word in reversed(earlier):
        if Cue.DOWN in word.cues:
            return -1
        if Cue.UP in word.cues:
            return 1
    return 1 if change.is_factor and change.value > 1 else 0
