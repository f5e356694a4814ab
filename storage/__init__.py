"""SQLite storage: schema, migrations and repositories. The only package that holds SQL."""

from storage.analysis import AnalysisRepository
from storage.articles import ArticleRepository
from storage.audience import ChannelRepository, PeopleRepository, SubscriptionRepository
from storage.audit import AuditRepository
from storage.database import Database, MigrationError, open_database
from storage.fulltext import SearchRepository
from storage.models import (
    Analysis,
    ArchiveStats,
    Article,
    AuditEntry,
    Channel,
    Citation,
    CitedProject,
    CitedTurnover,
    DeliveryMode,
    MessageKind,
    MessageState,
    NewArticle,
    OutboxCounts,
    OutboxMessage,
    OutgoingMessage,
    ProjectRecord,
    SearchFilters,
    SearchHit,
    Source,
    Story,
    StoryCandidate,
    Subscription,
    Topics,
    TurnoverRecord,
)
from storage.outbox import OutboxRepository
from storage.sources import SourceRepository

__all__ = [
    "Analysis",
    "AnalysisRepository",
    "ArchiveStats",
    "Article",
    "ArticleRepository",
    "AuditEntry",
    "AuditRepository",
    "Channel",
    "ChannelRepository",
    "Citation",
    "CitedProject",
    "CitedTurnover",
    "Database",
    "DeliveryMode",
    "MessageKind",
    "MessageState",
    "MigrationError",
    "NewArticle",
    "OutboxCounts",
    "OutboxMessage",
    "OutboxRepository",
    "OutgoingMessage",
    "PeopleRepository",
    "ProjectRecord",
    "SearchFilters",
    "SearchHit",
    "SearchRepository",
    "Source",
    "SourceRepository",
    "Story",
    "StoryCandidate",
    "Subscription",
    "SubscriptionRepository",
    "Topics",
    "TurnoverRecord",
    "open_database",
]
