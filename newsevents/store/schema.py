"""The DuckDB schema, versioned. Each migration moves the schema one version forward.

Add a migration by appending to MIGRATIONS; never edit one that has shipped.
"""

from __future__ import annotations

MIGRATIONS: list[list[str]] = [
    # version 1: corpus of repaired articles, extraction results, corpus-level grouping
    [
        """CREATE TABLE IF NOT EXISTS articles (
            id VARCHAR PRIMARY KEY,
            url VARCHAR,
            canonical_url VARCHAR,
            outlet VARCHAR,
            title VARCHAR,
            published DATE,
            credit VARCHAR,
            text VARCHAR,
            language VARCHAR,
            source VARCHAR,
            position BIGINT,
            reader VARCHAR,
            repair_report JSON,
            content_hash VARCHAR,
            n_words INTEGER,
            ingested_at TIMESTAMP DEFAULT current_timestamp
        )""",
        """CREATE TABLE IF NOT EXISTS blocks (
            article_id VARCHAR,
            idx INTEGER,
            kind VARCHAR,
            text VARCHAR,
            start_char INTEGER,
            end_char INTEGER,
            PRIMARY KEY (article_id, idx)
        )""",
        """CREATE TABLE IF NOT EXISTS rejects (
            source VARCHAR,
            position BIGINT,
            stage VARCHAR,
            reason VARCHAR,
            detail VARCHAR,
            excerpt VARCHAR,
            rejected_at TIMESTAMP DEFAULT current_timestamp,
            PRIMARY KEY (source, position, stage, reason)
        )""",
        """CREATE TABLE IF NOT EXISTS sentences (
            article_id VARCHAR,
            idx INTEGER,
            start_char INTEGER,
            end_char INTEGER,
            text VARCHAR,
            PRIMARY KEY (article_id, idx)
        )""",
        """CREATE TABLE IF NOT EXISTS events (
            id VARCHAR PRIMARY KEY,
            article_id VARCHAR,
            sentence_index INTEGER,
            start_char INTEGER,
            end_char INTEGER,
            trigger VARCHAR,
            trigger_start INTEGER,
            trigger_end INTEGER,
            event_date DATE,
            source_code VARCHAR, source_name VARCHAR, source_country VARCHAR,
            source_role VARCHAR, source_org VARCHAR,
            target_code VARCHAR, target_name VARCHAR, target_country VARCHAR,
            target_role VARCHAR, target_org VARCHAR,
            cameo VARCHAR,
            root VARCHAR,
            quad_class TINYINT,
            goldstein DOUBLE,
            negated BOOLEAN,
            hypothetical BOOLEAN,
            historical BOOLEAN,
            reported_by_code VARCHAR, reported_by_name VARCHAR,
            location_name VARCHAR, location_country VARCHAR,
            lat DOUBLE, lon DOUBLE,
            confidence DOUBLE,
            event_key VARCHAR
        )""",
        """CREATE TABLE IF NOT EXISTS quotes (
            article_id VARCHAR,
            idx INTEGER,
            speaker_name VARCHAR,
            speaker_code VARCHAR,
            text VARCHAR,
            sentence_index INTEGER,
            start_char INTEGER,
            end_char INTEGER,
            PRIMARY KEY (article_id, idx)
        )""",
        """CREATE TABLE IF NOT EXISTS amounts (
            article_id VARCHAR,
            idx INTEGER,
            text VARCHAR,
            value DOUBLE,
            unit VARCHAR,
            object VARCHAR,
            sentence_index INTEGER,
            start_char INTEGER,
            end_char INTEGER,
            PRIMARY KEY (article_id, idx)
        )""",
        """CREATE TABLE IF NOT EXISTS date_mentions (
            article_id VARCHAR,
            idx INTEGER,
            text VARCHAR,
            resolved DATE,
            granularity VARCHAR,
            sentence_index INTEGER,
            start_char INTEGER,
            end_char INTEGER,
            PRIMARY KEY (article_id, idx)
        )""",
        """CREATE TABLE IF NOT EXISTS places (
            article_id VARCHAR,
            idx INTEGER,
            name VARCHAR,
            country VARCHAR,
            lat DOUBLE,
            lon DOUBLE,
            sentence_index INTEGER,
            start_char INTEGER,
            end_char INTEGER,
            PRIMARY KEY (article_id, idx)
        )""",
        # extraction status per article: lets a rerun finish what a killed run left
        """CREATE TABLE IF NOT EXISTS extractions (
            article_id VARCHAR PRIMARY KEY,
            language VARCHAR,
            skipped VARCHAR,
            n_sentences INTEGER,
            n_events INTEGER,
            extracted_at TIMESTAMP DEFAULT current_timestamp
        )""",
        # corpus stage: duplicates, near-duplicates and syndicated copies
        """CREATE TABLE IF NOT EXISTS duplicates (
            article_id VARCHAR PRIMARY KEY,
            duplicate_of VARCHAR,
            kind VARCHAR,
            similarity DOUBLE
        )""",
        """CREATE TABLE IF NOT EXISTS minhash_buckets (
            band SMALLINT,
            bucket UBIGINT,
            article_id VARCHAR
        )""",
        """CREATE TABLE IF NOT EXISTS stories (
            id VARCHAR PRIMARY KEY,
            label VARCHAR,
            first_date DATE,
            last_date DATE,
            n_articles INTEGER,
            n_outlets INTEGER
        )""",
        """CREATE TABLE IF NOT EXISTS story_articles (
            story_id VARCHAR,
            article_id VARCHAR PRIMARY KEY
        )""",
    ],
    # version 2: every place an article was seen, persistent MinHash signatures and story
    # vectors for incremental corpus updates, aggregated events
    [
        """CREATE TABLE IF NOT EXISTS article_sources (
            article_id VARCHAR,
            source VARCHAR,
            position BIGINT,
            url VARCHAR,
            PRIMARY KEY (article_id, source, position)
        )""",
        """CREATE TABLE IF NOT EXISTS minhash_signatures (
            article_id VARCHAR PRIMARY KEY,
            signature BLOB
        )""",
        """CREATE TABLE IF NOT EXISTS article_vectors (
            article_id VARCHAR PRIMARY KEY,
            model VARCHAR,
            vector BLOB
        )""",
        """CREATE TABLE IF NOT EXISTS unique_events (
            event_key VARCHAR PRIMARY KEY,
            event_date DATE,
            source_code VARCHAR,
            target_code VARCHAR,
            cameo VARCHAR,
            root VARCHAR,
            quad_class TINYINT,
            goldstein DOUBLE,
            location_name VARCHAR,
            num_mentions INTEGER,
            num_articles INTEGER,
            num_sources INTEGER,
            first_seen TIMESTAMP,
            example_event_id VARCHAR
        )""",
        "CREATE INDEX IF NOT EXISTS idx_buckets ON minhash_buckets (band, bucket)",
        "CREATE INDEX IF NOT EXISTS idx_events_article ON events (article_id)",
    ],
    # v3: candidate lookup is one hash join per chunk, which never used the bucket index;
    # keeping it up to date cost more than the join itself on large corpora
    [
        "DROP INDEX IF EXISTS idx_buckets",
    ],
]

SCHEMA_VERSION = len(MIGRATIONS)
