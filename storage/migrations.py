"""Ordered schema migrations. Entry N upgrades a database from user_version N to N + 1.

Never edit an entry that has shipped: append a new one.

Two engines, one history. SQLite runs every step of MIGRATIONS; PostgreSQL joins at step
POSTGRES_BASE (10), whose POSTGRES_MIGRATIONS entry creates in one go what SQLite's first
ten steps made. **Every step from 10 on has a twin**: adding a step means two entries with
the same number, in SQLite's words and in PostgreSQL's:

    MIGRATIONS = (..., "ALTER TABLE subscriptions ADD COLUMN digest_hour INTEGER;")  # 11
    POSTGRES_MIGRATIONS[11] = "ALTER TABLE subscriptions ADD COLUMN digest_hour INTEGER;"

(the number is the schema version the step makes: MIGRATIONS[N - 1] and
POSTGRES_MIGRATIONS[N]). PostgreSQL's types differ where SQLite is loose: BIGINT for chat
and user ids and for keys, BYTEA for BLOB, DOUBLE PRECISION for REAL, PL/pgSQL functions
for triggers, `ON CONFLICT DO NOTHING` for `INSERT OR IGNORE`. A step without its twin
fails tests/test_storage.py (test_every_migration_has_its_postgresql_twin), and that test
also applies both histories and compares the columns they give.
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
    # 2: what the extractor read in each article, and stories that group retellings.
    """
    CREATE TABLE stories (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        countries TEXT NOT NULL DEFAULT '',
        first_seen_at TEXT NOT NULL,
        last_seen_at TEXT NOT NULL
    );
    CREATE INDEX stories_newest ON stories (last_seen_at DESC, id DESC);

    ALTER TABLE articles ADD COLUMN story_id INTEGER REFERENCES stories (id) ON DELETE SET NULL;
    ALTER TABLE articles ADD COLUMN relevant INTEGER;
    ALTER TABLE articles ADD COLUMN countries TEXT;
    ALTER TABLE articles ADD COLUMN facts_json TEXT;
    ALTER TABLE articles ADD COLUMN extractor_version INTEGER;
    ALTER TABLE articles ADD COLUMN signature BLOB;
    CREATE INDEX articles_story ON articles (story_id);
    CREATE INDEX articles_unanalysed ON articles (extractor_version);

    CREATE TABLE turnover_facts (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        pair TEXT NOT NULL,
        amount REAL,
        currency TEXT,
        approx TEXT NOT NULL,
        period_from TEXT,
        period_to TEXT,
        change_pct REAL,
        kind TEXT NOT NULL,
        quote TEXT NOT NULL,
        stated_at TEXT NOT NULL
    );
    CREATE INDEX turnover_by_pair ON turnover_facts (pair, stated_at DESC);
    CREATE INDEX turnover_by_article ON turnover_facts (article_id);

    CREATE TABLE project_facts (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        pair TEXT NOT NULL,
        status TEXT NOT NULL,
        count INTEGER,
        value REAL,
        currency TEXT,
        jobs INTEGER,
        companies TEXT NOT NULL DEFAULT '[]',
        places TEXT NOT NULL DEFAULT '[]',
        subject TEXT NOT NULL,
        quote TEXT NOT NULL,
        stated_at TEXT NOT NULL
    );
    CREATE INDEX projects_by_pair ON project_facts (pair, stated_at DESC);
    CREATE INDEX projects_by_article ON project_facts (article_id);
    """,
    # 3: operators — who did what, and which failing sources they were told about.
    """
    CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        operator_id INTEGER NOT NULL,
        action TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX audit_log_at ON audit_log (at DESC);
    ALTER TABLE sources ADD COLUMN outage_notified INTEGER NOT NULL DEFAULT 0;
    """,
    # 4: full-text search over lemmas, so any word form finds any other.
    """
    ALTER TABLE articles ADD COLUMN search_lemmas TEXT;
    CREATE VIRTUAL TABLE article_search USING fts5 (
        search_lemmas, content = 'articles', content_rowid = 'id', tokenize = 'unicode61'
    );
    CREATE TRIGGER article_search_insert AFTER INSERT ON articles
    WHEN new.search_lemmas IS NOT NULL BEGIN
        INSERT INTO article_search (rowid, search_lemmas) VALUES (new.id, new.search_lemmas);
    END;
    CREATE TRIGGER article_search_update AFTER UPDATE OF search_lemmas ON articles BEGIN
        INSERT INTO article_search (article_search, rowid, search_lemmas)
            SELECT 'delete', old.id, old.search_lemmas WHERE old.search_lemmas IS NOT NULL;
        INSERT INTO article_search (rowid, search_lemmas)
            SELECT new.id, new.search_lemmas WHERE new.search_lemmas IS NOT NULL;
    END;
    CREATE TRIGGER article_search_delete AFTER DELETE ON articles
    WHEN old.search_lemmas IS NOT NULL BEGIN
        INSERT INTO article_search (article_search, rowid, search_lemmas)
            VALUES ('delete', old.id, old.search_lemmas);
    END;

    CREATE TABLE saved_queries (
        id INTEGER PRIMARY KEY,
        query TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL
    );
    """,
    # 5: who receives news unasked (subscribers, channels) and the outbox that delivers it.
    """
    CREATE TABLE subscriptions (
        chat_id INTEGER PRIMARY KEY,
        active INTEGER NOT NULL DEFAULT 1,
        topics TEXT NOT NULL DEFAULT 'all',
        countries TEXT NOT NULL DEFAULT '',
        language TEXT,
        after_story_id INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );

    CREATE TABLE channels (
        chat_id INTEGER PRIMARY KEY,
        thread_id INTEGER,
        kind TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        username TEXT,
        admin_id INTEGER NOT NULL,
        language TEXT,
        active INTEGER NOT NULL DEFAULT 1,
        digest_time TEXT NOT NULL,
        timezone TEXT NOT NULL,
        post_empty INTEGER NOT NULL DEFAULT 0,
        after_story_id INTEGER NOT NULL DEFAULT 0,
        next_digest_at TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE INDEX channels_due ON channels (active, next_digest_at);
    CREATE INDEX channels_admin ON channels (admin_id);

    CREATE TABLE outbox (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        chat_id INTEGER NOT NULL,
        thread_id INTEGER,
        kind TEXT NOT NULL,
        text TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'pending',
        attempts INTEGER NOT NULL DEFAULT 0,
        not_before TEXT NOT NULL,
        last_error TEXT,
        created_at TEXT NOT NULL,
        sent_at TEXT,
        message_id INTEGER
    );
    CREATE INDEX outbox_due ON outbox (state, not_before, id);
    CREATE INDEX outbox_chat ON outbox (chat_id, state);

    CREATE TABLE delivery_cursors (
        name TEXT PRIMARY KEY,
        value INTEGER NOT NULL
    );
    """,
    # 6: a change-only turnover fact ("вырос на 20%") states no amount and so no approximation.
    """
    CREATE TABLE turnover_facts_new (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        pair TEXT NOT NULL,
        amount REAL,
        currency TEXT,
        approx TEXT,
        period_from TEXT,
        period_to TEXT,
        change_pct REAL,
        kind TEXT NOT NULL,
        quote TEXT NOT NULL,
        stated_at TEXT NOT NULL
    );
    INSERT INTO turnover_facts_new SELECT id, article_id, pair, amount, currency, approx,
        period_from, period_to, change_pct, kind, quote, stated_at FROM turnover_facts;
    DROP TABLE turnover_facts;
    ALTER TABLE turnover_facts_new RENAME TO turnover_facts;
    CREATE INDEX turnover_by_pair ON turnover_facts (pair, stated_at DESC);
    CREATE INDEX turnover_by_article ON turnover_facts (article_id);
    """,
    # 7: saved searches belong to the user who made them, behind an unguessable token,
    # and expire (the old table had global sequential ids that anyone could page through).
    """
    DROP TABLE saved_queries;
    CREATE TABLE saved_searches (
        id INTEGER PRIMARY KEY,
        user_id INTEGER NOT NULL,
        token TEXT NOT NULL,
        query TEXT NOT NULL,
        created_at TEXT NOT NULL,
        UNIQUE (user_id, query)
    );
    CREATE INDEX saved_searches_age ON saved_searches (created_at);
    """,
    # 8: delivery retries by time, not by count: when the first failed try was; and the
    # 'uncertain' state of a send whose answer never came (never re-sent on its own).
    """
    ALTER TABLE outbox ADD COLUMN first_error_at TEXT;
    CREATE INDEX outbox_problems ON outbox (state, id) WHERE state IN ('failed', 'uncertain');
    """,
    # 9: how each source's bytes were decoded, and how many of its entries still look
    # garbled (a problem shown to operators); a change of decoding re-reads its articles.
    """
    ALTER TABLE sources ADD COLUMN decoding TEXT;
    ALTER TABLE sources ADD COLUMN garbled INTEGER NOT NULL DEFAULT 0;
    """,
    # 10: what timers and filters walk, so that no query reads a whole table. The articles
    # still to read (or to read again) in reading order; outlets compared casefolded in a
    # column; each story's countries ('c:KZ'), pair ('p:BY,KZ') and outlets ('o:белта') as
    # tags in an index ordered by the story's last report, kept in step by triggers.
    """
    DROP INDEX articles_unanalysed;
    CREATE INDEX articles_to_read ON articles (
        extractor_version, coalesce(published_at, fetched_at), id
    );
    ALTER TABLE articles ADD COLUMN outlet_key TEXT NOT NULL DEFAULT '';
    UPDATE articles SET outlet_key = casefold(outlet);

    CREATE TABLE story_tags (
        tag TEXT NOT NULL,
        last_seen_at TEXT NOT NULL,
        story_id INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        PRIMARY KEY (tag, last_seen_at, story_id)
    ) WITHOUT ROWID;
    CREATE INDEX story_tags_story ON story_tags (story_id);
    INSERT OR IGNORE INTO story_tags (tag, last_seen_at, story_id)
        SELECT 'c:' || code.value, s.last_seen_at, s.id
        FROM stories s, json_each('["' || replace(s.countries, ',', '","') || '"]') code
        WHERE code.value != '';
    INSERT OR IGNORE INTO story_tags (tag, last_seen_at, story_id)
        SELECT 'p:' || countries, last_seen_at, id FROM stories WHERE countries LIKE '%,%';
    INSERT OR IGNORE INTO story_tags (tag, last_seen_at, story_id)
        SELECT DISTINCT 'o:' || a.outlet_key, s.last_seen_at, s.id
        FROM articles a JOIN stories s ON s.id = a.story_id;

    CREATE TRIGGER story_tags_of_new_story AFTER INSERT ON stories BEGIN
        INSERT OR IGNORE INTO story_tags (tag, last_seen_at, story_id)
            SELECT 'c:' || code.value, new.last_seen_at, new.id
            FROM json_each('["' || replace(new.countries, ',', '","') || '"]') code
            WHERE code.value != '';
        INSERT OR IGNORE INTO story_tags (tag, last_seen_at, story_id)
            SELECT 'p:' || new.countries, new.last_seen_at, new.id
            WHERE new.countries LIKE '%,%';
    END;
    CREATE TRIGGER story_tags_follow_story AFTER UPDATE OF last_seen_at ON stories
    WHEN new.last_seen_at != old.last_seen_at BEGIN
        UPDATE story_tags SET last_seen_at = new.last_seen_at WHERE story_id = new.id;
    END;
    CREATE TRIGGER story_tags_of_outlets AFTER UPDATE OF story_id ON articles
    WHEN new.story_id IS NOT old.story_id BEGIN
        DELETE FROM story_tags
        WHERE old.story_id IS NOT NULL AND story_id = old.story_id
          AND tag = 'o:' || old.outlet_key
          AND NOT EXISTS (
              SELECT 1 FROM articles
              WHERE story_id = old.story_id AND outlet_key = old.outlet_key
          );
        INSERT OR IGNORE INTO story_tags (tag, last_seen_at, story_id)
            SELECT 'o:' || new.outlet_key, last_seen_at, id FROM stories WHERE id = new.story_id;
    END;
    """,
    # 11: the language each person chose (/lang); subscribers' digests at their hour,
    # quiet hours and silent delivery; outbox messages sent without a sound.
    """
    CREATE TABLE people (
        user_id INTEGER PRIMARY KEY,
        language TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    ALTER TABLE subscriptions ADD COLUMN mode TEXT NOT NULL DEFAULT 'instant';
    ALTER TABLE subscriptions ADD COLUMN digest_time TEXT NOT NULL DEFAULT '09:00';
    ALTER TABLE subscriptions ADD COLUMN digest_day INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE subscriptions ADD COLUMN timezone TEXT;
    ALTER TABLE subscriptions ADD COLUMN quiet_from TEXT;
    ALTER TABLE subscriptions ADD COLUMN quiet_to TEXT;
    ALTER TABLE subscriptions ADD COLUMN silent INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE subscriptions ADD COLUMN next_digest_at TEXT;
    CREATE INDEX subscriptions_digests_due ON subscriptions (next_digest_at)
        WHERE active = 1 AND mode != 'instant';
    ALTER TABLE outbox ADD COLUMN silent INTEGER NOT NULL DEFAULT 0;
    """,
    # 12: a version of each pair's facts, bumped in the transaction that changes them (or the
    # articles they cite), so that a process keeps a pair's report until the version moves:
    # one indexed read per /turnover or /projects instead of reading and grouping every fact.
    """
    CREATE TABLE fact_versions (
        pair TEXT PRIMARY KEY,
        version INTEGER NOT NULL
    );
    INSERT INTO fact_versions (pair, version)
        SELECT pair, 1 FROM turnover_facts UNION SELECT pair, 1 FROM project_facts;
    """,
    # 13: on PostgreSQL, each article's search vector in a narrow table of its own (the
    # FTS5 table is that already): nothing to do here.
    "SELECT 1;",
)

# PostgreSQL joins the history at schema 10: its first step creates what ten SQLite steps
# made, in PostgreSQL's words (identity keys, bigint chat ids, a generated tsvector over the
# same lemma column FTS5 indexes, triggers as PL/pgSQL), plus the leases that let several
# workers and senders share it. Every later step is written for both engines: the same
# number in MIGRATIONS and here (see the module's docstring; tests/test_storage.py fails
# when one is missing or when the two give different columns).
POSTGRES_BASE = 10

POSTGRES_MIGRATIONS: dict[int, str] = {
    10: """
    CREATE FUNCTION casefold(value text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURN lower(value);

    CREATE TABLE sources (
        id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
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
        created_at TEXT NOT NULL,
        outage_notified INTEGER NOT NULL DEFAULT 0,
        decoding TEXT,
        garbled INTEGER NOT NULL DEFAULT 0,
        leased_until TEXT,
        leased_by TEXT
    );
    CREATE INDEX sources_due ON sources (enabled, next_check_at);

    CREATE TABLE stories (
        id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        title TEXT NOT NULL,
        countries TEXT NOT NULL DEFAULT '',
        first_seen_at TEXT NOT NULL,
        last_seen_at TEXT NOT NULL
    );
    CREATE INDEX stories_newest ON stories (last_seen_at DESC, id DESC);

    CREATE TABLE articles (
        id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        source_id BIGINT REFERENCES sources (id) ON DELETE SET NULL,
        url TEXT NOT NULL UNIQUE,
        guid TEXT,
        outlet TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL,
        summary TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL DEFAULT '',
        published_at TEXT,
        fetched_at TEXT NOT NULL,
        language TEXT,
        content_hash TEXT NOT NULL,
        story_id BIGINT REFERENCES stories (id) ON DELETE SET NULL,
        relevant INTEGER,
        countries TEXT,
        facts_json TEXT,
        extractor_version INTEGER,
        signature BYTEA,
        search_lemmas TEXT,
        outlet_key TEXT NOT NULL DEFAULT '',
        search_vector tsvector GENERATED ALWAYS AS
            (to_tsvector('simple', coalesce(search_lemmas, ''))) STORED
    );
    CREATE UNIQUE INDEX articles_source_guid ON articles (source_id, guid)
        WHERE guid IS NOT NULL;
    CREATE INDEX articles_newest ON articles (
        (coalesce(published_at, fetched_at)) DESC, id DESC
    );
    CREATE INDEX articles_content_hash ON articles (content_hash);
    CREATE INDEX articles_story ON articles (story_id);
    CREATE INDEX articles_to_read ON articles (
        extractor_version, (coalesce(published_at, fetched_at)), id
    );
    CREATE INDEX articles_search ON articles USING gin (search_vector);

    CREATE TABLE turnover_facts (
        id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        pair TEXT NOT NULL,
        amount DOUBLE PRECISION,
        currency TEXT,
        approx TEXT,
        period_from TEXT,
        period_to TEXT,
        change_pct DOUBLE PRECISION,
        kind TEXT NOT NULL,
        quote TEXT NOT NULL,
        stated_at TEXT NOT NULL
    );
    CREATE INDEX turnover_by_pair ON turnover_facts (pair, stated_at DESC);
    CREATE INDEX turnover_by_article ON turnover_facts (article_id);

    CREATE TABLE project_facts (
        id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        pair TEXT NOT NULL,
        status TEXT NOT NULL,
        count BIGINT,
        value DOUBLE PRECISION,
        currency TEXT,
        jobs BIGINT,
        companies TEXT NOT NULL DEFAULT '[]',
        places TEXT NOT NULL DEFAULT '[]',
        subject TEXT NOT NULL,
        quote TEXT NOT NULL,
        stated_at TEXT NOT NULL
    );
    CREATE INDEX projects_by_pair ON project_facts (pair, stated_at DESC);
    CREATE INDEX projects_by_article ON project_facts (article_id);

    CREATE TABLE audit_log (
        id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        at TEXT NOT NULL,
        operator_id BIGINT NOT NULL,
        action TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX audit_log_at ON audit_log (at DESC);

    CREATE TABLE saved_searches (
        id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        user_id BIGINT NOT NULL,
        token TEXT NOT NULL,
        query TEXT NOT NULL,
        created_at TEXT NOT NULL,
        UNIQUE (user_id, query)
    );
    CREATE INDEX saved_searches_age ON saved_searches (created_at);

    CREATE TABLE subscriptions (
        chat_id BIGINT PRIMARY KEY,
        active INTEGER NOT NULL DEFAULT 1,
        topics TEXT NOT NULL DEFAULT 'all',
        countries TEXT NOT NULL DEFAULT '',
        language TEXT,
        after_story_id BIGINT NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );

    CREATE TABLE channels (
        chat_id BIGINT PRIMARY KEY,
        thread_id BIGINT,
        kind TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        username TEXT,
        admin_id BIGINT NOT NULL,
        language TEXT,
        active INTEGER NOT NULL DEFAULT 1,
        digest_time TEXT NOT NULL,
        timezone TEXT NOT NULL,
        post_empty INTEGER NOT NULL DEFAULT 0,
        after_story_id BIGINT NOT NULL DEFAULT 0,
        next_digest_at TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE INDEX channels_due ON channels (active, next_digest_at);
    CREATE INDEX channels_admin ON channels (admin_id);

    CREATE TABLE outbox (
        id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        chat_id BIGINT NOT NULL,
        thread_id BIGINT,
        kind TEXT NOT NULL,
        text TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'pending',
        attempts INTEGER NOT NULL DEFAULT 0,
        not_before TEXT NOT NULL,
        last_error TEXT,
        created_at TEXT NOT NULL,
        sent_at TEXT,
        message_id BIGINT,
        first_error_at TEXT,
        leased_until TEXT,
        leased_by TEXT,
        sending_since TEXT
    );
    CREATE INDEX outbox_due ON outbox (state, not_before, id);
    CREATE INDEX outbox_chat ON outbox (chat_id, state);
    CREATE INDEX outbox_problems ON outbox (state, id) WHERE state IN ('failed', 'uncertain');

    CREATE TABLE delivery_cursors (
        name TEXT PRIMARY KEY,
        value BIGINT NOT NULL
    );

    CREATE TABLE story_tags (
        tag TEXT NOT NULL,
        last_seen_at TEXT NOT NULL,
        story_id BIGINT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        PRIMARY KEY (tag, last_seen_at, story_id)
    );
    CREATE INDEX story_tags_story ON story_tags (story_id);

    CREATE FUNCTION story_tags_of_new_story() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        INSERT INTO story_tags (tag, last_seen_at, story_id)
            SELECT 'c:' || code, NEW.last_seen_at, NEW.id
            FROM unnest(string_to_array(NEW.countries, ',')) AS code
            WHERE code != ''
            ON CONFLICT DO NOTHING;
        IF NEW.countries LIKE '%,%' THEN
            INSERT INTO story_tags (tag, last_seen_at, story_id)
                VALUES ('p:' || NEW.countries, NEW.last_seen_at, NEW.id)
                ON CONFLICT DO NOTHING;
        END IF;
        RETURN NULL;
    END $$;
    CREATE TRIGGER story_tags_of_new_story AFTER INSERT ON stories
        FOR EACH ROW EXECUTE FUNCTION story_tags_of_new_story();

    CREATE FUNCTION story_tags_follow_story() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        UPDATE story_tags SET last_seen_at = NEW.last_seen_at WHERE story_id = NEW.id;
        RETURN NULL;
    END $$;
    CREATE TRIGGER story_tags_follow_story AFTER UPDATE OF last_seen_at ON stories
        FOR EACH ROW WHEN (NEW.last_seen_at != OLD.last_seen_at)
        EXECUTE FUNCTION story_tags_follow_story();

    CREATE FUNCTION story_tags_of_outlets() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF OLD.story_id IS NOT NULL THEN
            DELETE FROM story_tags
            WHERE story_id = OLD.story_id AND tag = 'o:' || OLD.outlet_key
              AND NOT EXISTS (
                  SELECT 1 FROM articles
                  WHERE story_id = OLD.story_id AND outlet_key = OLD.outlet_key
              );
        END IF;
        INSERT INTO story_tags (tag, last_seen_at, story_id)
            SELECT 'o:' || NEW.outlet_key, last_seen_at, id FROM stories WHERE id = NEW.story_id
            ON CONFLICT DO NOTHING;
        RETURN NULL;
    END $$;
    CREATE TRIGGER story_tags_of_outlets AFTER UPDATE OF story_id ON articles
        FOR EACH ROW WHEN (NEW.story_id IS DISTINCT FROM OLD.story_id)
        EXECUTE FUNCTION story_tags_of_outlets();

    CREATE INDEX outbox_leases ON outbox (leased_until) WHERE state = 'pending';
    """,
    11: """
    CREATE TABLE people (
        user_id BIGINT PRIMARY KEY,
        language TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    ALTER TABLE subscriptions ADD COLUMN mode TEXT NOT NULL DEFAULT 'instant';
    ALTER TABLE subscriptions ADD COLUMN digest_time TEXT NOT NULL DEFAULT '09:00';
    ALTER TABLE subscriptions ADD COLUMN digest_day INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE subscriptions ADD COLUMN timezone TEXT;
    ALTER TABLE subscriptions ADD COLUMN quiet_from TEXT;
    ALTER TABLE subscriptions ADD COLUMN quiet_to TEXT;
    ALTER TABLE subscriptions ADD COLUMN silent INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE subscriptions ADD COLUMN next_digest_at TEXT;
    CREATE INDEX subscriptions_digests_due ON subscriptions (next_digest_at)
        WHERE active = 1 AND mode != 'instant';
    ALTER TABLE outbox ADD COLUMN silent INTEGER NOT NULL DEFAULT 0;
    """,
    12: """
    CREATE TABLE fact_versions (
        pair TEXT PRIMARY KEY,
        version BIGINT NOT NULL
    );
    INSERT INTO fact_versions (pair, version)
        SELECT pair, 1 FROM turnover_facts UNION SELECT pair, 1 FROM project_facts;

    -- An article's tsvector (~5 KB with positions) is stored out of line and was compressed,
    -- which it hardly is (by ~10 %): a search read and unpacked it for every recent match,
    -- twice (the match, then ts_rank). Stored plain, a common word's search takes half the
    -- time. Vectors written from now on; older rows as they are rewritten.
    ALTER TABLE articles ALTER COLUMN search_vector SET STORAGE EXTERNAL;
    """,
    # The search vector moves out of the articles into a narrow table of (article, vector),
    # as SQLite's FTS5 table is one, kept in step by triggers. An article's row is about a
    # page wide: the GIN index's matches were read from ~9 000 pages of articles to order
    # them by id, and every update of an article (its story, its text read again) computed
    # the generated vector anew. The narrow table's rows are ~60 bytes (the vector is stored
    # out of line, plain, as step 12 made it): the matches' ids come from ~800 pages, and the
    # newest are ranked from the vectors those rows point to, without reading the articles.
    # Only articles with lemmas (the relevant ones) have a row, as in the FTS5 table. A
    # vector still compressed (written before step 12) is copied unpacked (`|| ''`: the
    # same vector, new). The old column's space is given back as the articles' rows are
    # rewritten (a re-reading, a new story) or by VACUUM FULL.
    13: """
    CREATE TABLE article_search (
        article_id BIGINT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
        search_vector tsvector NOT NULL
    );
    ALTER TABLE article_search ALTER COLUMN search_vector SET STORAGE EXTERNAL;
    INSERT INTO article_search (article_id, search_vector)
        SELECT id, CASE WHEN pg_column_compression(search_vector) IS NULL THEN search_vector
                        ELSE search_vector || ''::tsvector END
        FROM articles WHERE search_lemmas IS NOT NULL ORDER BY id;
    CREATE INDEX article_search_vector ON article_search USING gin (search_vector);
    ANALYZE article_search;
    DROP INDEX articles_search;
    ALTER TABLE articles DROP COLUMN search_vector;

    CREATE FUNCTION article_search_follows() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF NEW.search_lemmas IS NULL THEN
            DELETE FROM article_search WHERE article_id = NEW.id;
        ELSE
            INSERT INTO article_search (article_id, search_vector)
                VALUES (NEW.id, to_tsvector('simple', NEW.search_lemmas))
                ON CONFLICT (article_id) DO UPDATE SET search_vector = excluded.search_vector;
        END IF;
        RETURN NULL;
    END $$;
    CREATE TRIGGER article_search_of_new AFTER INSERT ON articles
        FOR EACH ROW WHEN (NEW.search_lemmas IS NOT NULL)
        EXECUTE FUNCTION article_search_follows();
    CREATE TRIGGER article_search_follows AFTER UPDATE OF search_lemmas ON articles
        FOR EACH ROW WHEN (NEW.search_lemmas IS DISTINCT FROM OLD.search_lemmas)
        EXECUTE FUNCTION article_search_follows();
    """,
}
