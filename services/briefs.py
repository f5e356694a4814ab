"""Stories with the facts they state: what alerts and digests are made of."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from domain.reports import Figure, ProjectEntry, group_figures, group_projects
from services.news import StoryView
from storage import AnalysisRepository, Story


@dataclass(frozen=True, slots=True)
class StoryBrief:
    view: StoryView
    figures: list[Figure]
    projects: list[ProjectEntry]

    @property
    def story(self) -> Story:
        return self.view.story

    @property
    def has_facts(self) -> bool:
        return bool(self.figures or self.projects)

    def weight(self) -> tuple[int, int]:
        """Main stories first: new figures and projects, then the most retold."""
        return int(bool(self.figures)) + int(bool(self.projects)), len(self.view.articles)


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
        figures.sort(key=lambda f: ("actual", "forecast", "target").index(f.kind))
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
