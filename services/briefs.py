"""Stories with the facts they state, loaded for alerts and digests."""

from __future__ import annotations

from collections.abc import Sequence

from domain.pages import StoryView
from domain.reports import StoryBrief, group_figures, group_projects
from news.facts import Kind
from storage import AnalysisRepository, Story


async def load_briefs(analysis: AnalysisRepository, stories: Sequence[Story]) -> list[StoryBrief]:
    """Each story with its outlets and its facts, grouped across those outlets."""
    ids = [story.id for story in stories]
    articles = await analysis.articles_of(ids)
    turnover, projects = await analysis.story_facts(ids)
    briefs = []
    for story in stories:
        figures = group_figures(
            [(c.record, c.citation) for c in turnover if c.citation.story_id == story.id]
        )
        # Actual figures first, the newest period first; then forecasts and targets.
        figures.sort(key=lambda f: f.period_to or "", reverse=True)
        figures.sort(key=lambda f: (Kind.ACTUAL, Kind.FORECAST, Kind.TARGET).index(f.kind))
        briefs.append(
            StoryBrief(
                view=StoryView(story, articles.get(story.id, [])),
                figures=figures,
                projects=group_projects(
                    [(c.record, c.citation) for c in projects if c.citation.story_id == story.id]
                ),
            )
        )
    return briefs
