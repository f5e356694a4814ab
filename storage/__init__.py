"""SQLite storage: schema, migrations and repositories. The only package that holds SQL."""

from storage.analysis import AnalysisRepository
from storage.articles import ArticleRepository
from storage.audit import AuditRepository
from storage.database import Database, MigrationError, open_database
from storage.models import (
    Analysis,
    ArchiveStats,
    Article,
    AuditEntry,
    Citation,
    CitedProject,
    CitedTurnover,
    NewArticle,
    ProjectRecord,
    SearchFilters,
    SearchHit,
    Source,
    Story,
    StoryCandidate,
    TurnoverRecord,
)
from storage.search import SearchRepository
from storage.sources import SourceRepository

__all__ = [
    "Analysis",
    "AnalysisRepository",
    "ArchiveStats",
    "Article",
    "ArticleRepository",
    "AuditEntry",
    "AuditRepository",
    "Citation",
    "CitedProject",
    "CitedTurnover",
    "Database",
    "MigrationError",
    "NewArticle",
    "ProjectRecord",
    "SearchFilters",
    "SearchHit",
    "SearchRepository",
    "Source",
    "SourceRepository",
    "Story",
    "StoryCandidate",
    "TurnoverRecord",
    "open_database",
]
