"""Ordered schema migrations. Entry N upgrades a database from user_version N to N + 1.

Never edit an entry that has shipped: append a new one.
"""

MIGRATIONS: tuple[str, ...] = (
    # 1: sources and the articles they give.
    """
    CREATE TABLE sources (
        id INTEGER PRIMARY KEY,
        url TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL DEFAULT '',
        enabled INTEGER NOT NULL DEFAULT 1,
        etag TEXT,
        last_modified TEXT,
        check_interval INTEGER NOT NULL,
        next_check_at TEXT NOT NULL,
        consecutive_failures INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        last_error_at TEXT,
        last_success_at TEXT,
        created_at TEXT NOT NULL
    );
    CREATE INDEX sources_due ON sources (enabled, next_check_at);

    CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        source_id INTEGER REFERENCES sources (id) ON DELETE SET NULL,
        url TEXT NOT NULL UNIQUE,
        guid TEXT,
        outlet TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL,
        summary TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL DEFAULT '',
        published_at TEXT,
        fetched_at TEXT NOT NULL,
        language TEXT,
        content_hash TEXT NOT NULL
    );
    CREATE UNIQUE INDEX articles_source_guid ON articles (source_id, guid)
        WHERE guid IS NOT NULL;
    CREATE INDEX articles_newest ON articles (
        coalesce(published_at, fetched_at) DESC, id DESC
    );
    CREATE INDEX articles_content_hash ON articles (content_hash);
    """,
)
