"""SQLite storage: schema, migrations and repositories. The only package that holds SQL."""

from storage.articles import ArticleRepository
from storage.database import Database, MigrationError, open_database
from storage.models import Article, NewArticle, Source
from storage.sources import SourceRepository

__all__ = [
    "Article",
    "ArticleRepository",
    "Database",
    "MigrationError",
    "NewArticle",
    "Source",
    "SourceRepository",
    "open_database",
]
