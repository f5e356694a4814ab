"""Joint projects: one fact per project or status group, with count, value and jobs.

Mentions (`news.project_mentions`) with their stages (`news.project_stages`) are grouped as
an analyst groups them: mentions of one project — one count, one name, one product, a bare
"the plant" after it, a value told in a sentence of its own, the title retelling the text —
are one fact whose stage is the most advanced current one ("сейчас возводятся" after
"создан" is underway, "заработала" after "строительство стартовало в 2016 году" is done).
"""

from __future__ import annotations

import re
from datetime import date

from news.facts import PersonFact, ProjectFact, Status
from news.lexicon import FACILITY_HEADS, GENERIC_HEADS, Cue
from news.project_mentions import (
    Mention,
    a_third_countrys,
    counted_group,
    find_mentions,
    jobs_in,
    tells_apart,
)
from news.project_stages import Stage, sentence_stages, stage_of
from news.reading import Reading
from news.subjects import companies_in

_GROUP_MEMBERS = re.compile(r"^\W*(?:среди\s+них|в\s+их\s+числе|among\s+them)", re.IGNORECASE)


def read_projects(
    readings: list[Reading],
    pair: tuple[str, str],
    people: list[PersonFact],
    published: date | None = None,
) -> list[ProjectFact]:
    """Every joint project of the pair the article states, one fact per project or group."""
    speaker = next((p.country for p in people if p.country in pair), None)
    specific: list[Mention] = []
    loose: list[Mention] = []
    headless: list[tuple[list[Stage], int | None]] = []
    for number, reading in enumerate(readings):
        if _GROUP_MEMBERS.match(reading.text):
            continue  # "Среди них — …": members of a group already counted
        last_head = specific[-1].head if specific else None
        total = None
        if number and tells_apart(reading):
            # "В портфеле 45 проектов. Из них 18 реализованы, 15 …": the group before, by parts
            total = counted_group(readings[number - 1], number - 1, pair, speaker)
        mentions = find_mentions(reading, number, pair, speaker, published, last_head, total)
        if total is not None and any(m.count and m.sentence == number for m in mentions):
            # the total is no status group once it is told by parts
            specific = [m for m in specific if m.sentence != number - 1 or m.count != total.count]
        # A headless sentence that speaks of a project's parts: its stage is the project's,
        # unless a third country does the work ("A Chinese investor is already building …").
        parts = [i for i in reading.cued if Cue.PROJECT_PART in reading.words[i].cues]
        if not mentions and parts:
            start = reading.words[parts[0]].start
            if not a_third_countrys(reading, reading.clause_of(start), start, pair):
                headless.append((sentence_stages(reading, published), jobs_in(reading.text)))
        for mention in mentions:
            (specific if mention.specific else loose).append(mention)
        if not mentions and specific and reading.text:
            # "Партнёром готов выступить … компания «ПОЖСНАБ»": a company named right after a
            # project belongs to it.
            last = specific[-1]
            if last.sentence == number - 1 and not last.companies:
                last.companies.extend(companies_in(reading.words, reading.text, quoted_only=True))
    title = [m for m in specific if readings[m.sentence].is_title]
    body = [m for m in specific if not readings[m.sentence].is_title]
    projects = _group(body, loose, title)
    if len(projects) == 1:
        # One project in the article: its parts' stages and its jobs may be told apart.
        only = projects[0]
        for stages, jobs in headless:
            only.stages.extend(stages)
            only.jobs = only.jobs or jobs
        if only.count is None:
            # jobs the article tells, not the staff of whatever firm it names
            told = (jobs_in(r.text, staff=False) for r in readings)
            only.jobs = only.jobs or next(filter(None, told), None)
    return [_fact(project, pair) for project in projects]


def _group(specific: list[Mention], loose: list[Mention], title: list[Mention]) -> list[Mention]:
    """Mentions of one project into one: the specific ones by what they name, the loose ones
    ("the plant", "стоимость проекта — $25 млн") into the project named before them, and the
    title's into the text's project of the same stage (a title retells the text)."""
    projects: list[Mention] = []
    for mention in specific:
        if mention.another:
            same = None
        elif mention.definite:
            # "the facility": the project told last, unless it stands in another place
            same = next(
                (
                    p
                    for p in reversed(projects)
                    if p.sentence <= mention.sentence and not _apart(p.places, mention.places)
                ),
                None,
            )
        else:
            same = next((p for p in projects if _same_project(p, mention)), None)
        if same is None:
            projects.append(mention)
        else:
            if same.count is None:
                same.count = mention.count  # a group told again by what it covers (below)
            _absorb(same, mention)
    # the last sentence each project was told in, its value told alone counting
    told: dict[int, int] = {id(p): p.sentence for p in projects}
    for mention in sorted(loose, key=lambda m: m.sentence):
        target = _nearest(projects, mention)
        same_value = next(
            (p for p in projects if _same_value(p, mention) or _same_jobs(p, mention)), None
        )
        group = _group_of_its_stage(projects, mention, told)
        if same_value is not None:
            _absorb(same_value, mention)
            _tell(told, same_value, mention)
        elif group is not None:
            _absorb(group, mention)  # "На реализованных проектах создано 5 тыс. рабочих мест"
            _tell(told, group, mention)
        elif (
            mention.of_the_group
            and target is not None
            and (target.count or 0) > 1
            and told.get(id(target), target.sentence) == mention.sentence - 1
        ):
            _absorb(target, mention)  # "Together they are worth $780 million": the group's
        elif mention.attached and (
            target is None
            or target.count
            # "Стоимость проекта — $85 млн. На комбинате будут заняты 1 200 человек."
            or not mention.sentence - 1 <= told.get(id(target), target.sentence) <= mention.sentence
        ):
            continue  # the staff of a plant that is not the project just named
        elif mention.attached and target is not None:
            _absorb(target, mention)  # "На предприятии трудоустроены 230 человек"
        elif (
            target is not None
            and (
                (mention.definite and target.count is None)
                or (mention.definite_group and (target.count or 0) > 1)
            )
            and not (mention.value and target.value and mention.value != target.value)
            and mention.sentence - 1 <= told.get(id(target), target.sentence) <= mention.sentence
        ):
            _absorb(target, mention)  # "The project will create 1,200 jobs": the one just told
            _tell(told, target, mention)
        elif mention.valued and (
            target is None
            or target.count
            # jobs alone are the project's just told ("The plant started production in May and
            # employs 250 people"), unless it has its own
            or (target.value is not None and (mention.value is not None or target.jobs))
        ):
            projects.append(mention)  # a value with no project before it: "портфель на $8 млрд"
        elif target is not None and target.count is None:
            _absorb(target, mention)
            _tell(told, target, mention)
    for mention in title:
        same = next((p for p in projects if _same_project(p, mention)), None) or next(
            (p for p in projects if stage_of(p) == stage_of(mention) and not p.count), None
        )
        if same is None:
            projects.append(mention)
        else:
            _absorb(same, mention)
    return projects


def _group_of_its_stage(
    projects: list[Mention], mention: Mention, told: dict[int, int]
) -> Mention | None:
    """The counted group a bare plural told just after names by its stage ("The implemented
    projects have created 5,000 jobs", «На рэалізаваных праектах створана …»): the last
    group of that stage told in the sentence before or this one, when it has no value of
    another amount."""
    if not mention.definite_group or not mention.stages:
        return None
    groups = [
        p
        for p in projects
        if (p.count or 0) > 1
        and stage_of(p) == stage_of(mention)
        and mention.sentence - 1 <= told.get(id(p), p.sentence) <= mention.sentence
        and not (mention.value and p.value and mention.value.amount != p.value.amount)
    ]
    return groups[-1] if groups else None


def _tell(told: dict[int, int], project: Mention, mention: Mention) -> None:
    """A loose mention right after the sentence its project was last told in tells it on."""
    last = told.get(id(project), project.sentence)
    if last <= mention.sentence <= last + 1:
        told[id(project)] = mention.sentence


def _same_project(a: Mention, b: Mention) -> bool:
    if (
        (a.count is None) != (b.count is None)
        and a.sentence == b.sentence
        and _same_value(a, b)
        and stage_of(a) == stage_of(b)
    ):
        # "12 совместных проектов на 130 млрд рублей — в станкостроении, микроэлектронике":
        # the group, and its sum told again by what it covers
        return True
    if a.count is not None or b.count is not None:
        return a.count == b.count and stage_of(a) == stage_of(b)
    if a.abroad != b.abroad:
        return False  # tractors made in Ganja and tractors to be made in Turkey
    if (a.sectors or b.sectors) and stage_of(a) == stage_of(b):
        return True  # "проекты в сельском хозяйстве" hold "кластер по переработке молока"
    if _apart(a.places, b.places):
        return False  # the same product in two places is two projects
    if a.value is not None and b.value is not None and a.value.amount != b.value.amount:
        return False
    if a.content & b.content:
        return True
    if not a.content and not b.content:
        if (
            a.head != b.head
            and {a.head, b.head} <= FACILITY_HEADS
            and (a.sentence == b.sentence or _told_apart(a, b))
        ):
            # "стекольный завод и логистический хаб": two facilities; so are a plant that works
            # and a terminal still talked of after it
            return False
        return a.head == b.head or a.head in FACILITY_HEADS or b.head in FACILITY_HEADS
    # A facility named again without what distinguishes it ("завод", "the plant", "Центр")
    # is the project of its own head, or the enterprise or project that the plant is.
    bare, other = (a, b) if not a.content else (b, a) if not b.content else (None, None)
    if bare is None or other is None or bare.head not in FACILITY_HEADS:
        return False
    if _told_apart(bare, other):
        return False
    if bare.head != other.head and _described(bare) and bare.sentence > other.sentence:
        # "малых ГЭС", "зернового терминала" after "предприятие по переработке хлопка": a
        # facility told with what it is, not the enterprise named again
        return False
    return bare.head == other.head or other.head in GENERIC_HEADS


def _described(mention: Mention) -> bool:
    """A head told with its modifiers ("малых ГЭС", "a grain terminal"), not bare ("завод")."""
    return len(mention.subject.split()) > 1 and not mention.definite


_ADVANCE = {Status.PROPOSED: 0, Status.PLANNED: 1, Status.UNDERWAY: 2, Status.DONE: 3}


def _told_apart(bare: Mention, other: Mention) -> bool:
    """A plant named bare is the project told with it, unless the two are told apart by
    their stages: in clauses of one sentence each with a stage of its own ("продолжается
    сборка тракторов, а стороны обсуждают строительство комплекса"), or the bare one told
    first as further on than what is told after it, which is then something yet to come
    ("на заводе … збіраюць трактары; бакі вядуць перамовы аб стварэнні вытворчасці
    камбайнаў"), not the plant named again; nor is a working plant told after one only
    agreed on."""
    bare_stage, other_stage = stage_of(bare), stage_of(other)
    if bare.sentence == other.sentence:
        return bare_stage != other_stage
    if bare.sentence < other.sentence and other_stage is Status.DONE:
        # "…соглашение о строительстве комплекса. В Худжанде с 2022 года работает
        # предприятие «ТаджБелАвто»": what is agreed on is not what has long worked
        return bare_stage in {Status.PLANNED, Status.PROPOSED}
    return bare.sentence < other.sentence and _ADVANCE[other_stage] < _ADVANCE[bare_stage]


def _apart(places: list[str], others: list[str]) -> bool:
    return bool(places and others and not set(places) & set(others))


def _same_value(a: Mention, b: Mention) -> bool:
    if a.value is None or b.value is None or a.value.currency != b.value.currency:
        return False
    return abs(a.value.amount - b.value.amount) <= 0.01 * max(a.value.amount, b.value.amount)


def _same_jobs(project: Mention, mention: Mention) -> bool:
    """'The plant … employs 250 people' and '… started production and employs 250 people':
    the same jobs told again, with no value of their own."""
    return (
        not mention.attached  # the staff of a plant, whose own rules are below
        and mention.value is None
        and mention.jobs is not None
        and mention.jobs == project.jobs
    )


def _nearest(projects: list[Mention], mention: Mention) -> Mention | None:
    before = [p for p in projects if p.sentence <= mention.sentence]
    if before:
        # the latest told, though a value told alone may have been added after it
        return max(reversed(before), key=lambda p: p.sentence)
    return projects[0] if projects else None


def _absorb(project: Mention, other: Mention) -> None:
    project.stages.extend(other.stages)
    project.value = project.value or other.value
    project.jobs = project.jobs or other.jobs
    project.companies.extend(c for c in other.companies if c not in project.companies)
    project.places.extend(p for p in other.places if p not in project.places)
    if not project.content and other.content:
        project.subject, project.content = other.subject, other.content


def _fact(project: Mention, pair: tuple[str, str]) -> ProjectFact:
    value = project.value
    return ProjectFact(
        countries=tuple(sorted(pair)),
        status=stage_of(project),
        count=project.count,
        value=value.amount if value else None,
        currency=value.currency if value else None,
        jobs=project.jobs,
        companies=tuple(project.companies),
        places=tuple(project.places),
        subject=project.subject,
        quote=project.quote,
    )
