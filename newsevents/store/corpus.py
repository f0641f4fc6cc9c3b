"""The corpus stage's writes (newsevents/corpus/ decides, this module holds the SQL):
aggregated events (event keys, unique_events), duplicate links and MinHash rows, story
vectors and assignments."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pyarrow as pa

KEY_SQL = ("md5(concat_ws('|', coalesce(CAST(event_date AS VARCHAR), ''), source_code, "
           "coalesce(target_code, ''), cameo, coalesce(location_name, ''), CAST(negated AS VARCHAR), "
           "CAST(hypothetical AS VARCHAR)))")


def update_event_keys(store) -> dict[str, int]:
    with store.transaction():
        touched = store.con.execute(
            f"SELECT DISTINCT {KEY_SQL} FROM events WHERE event_key IS NULL").fetchall()
        store.con.execute(f"UPDATE events SET event_key = {KEY_SQL} WHERE event_key IS NULL")
        keys = [t[0] for t in touched]
        if keys:
            store.con.execute("DELETE FROM unique_events WHERE event_key IN (SELECT unnest(?))", [keys])
            store.con.execute(
                """INSERT INTO unique_events
                   SELECT e.event_key, any_value(e.event_date), any_value(e.source_code),
                          any_value(e.target_code), any_value(e.cameo), any_value(e.root),
                          any_value(e.quad_class), any_value(e.goldstein), any_value(e.location_name),
                          count(*), count(DISTINCT e.article_id), count(DISTINCT a.outlet),
                          min(a.ingested_at), min(e.id)
                   FROM events e JOIN articles a ON a.id = e.article_id
                   WHERE e.event_key IN (SELECT unnest(?)) GROUP BY e.event_key""", [keys])
    return {"event_keys": len(touched)}



# -- duplicates (corpus/dedup.py) -----------------------------------------------------------

def unhashed_article_ids(store) -> list[str]:
    """Articles without a MinHash signature, in arrival order."""
    return [r[0] for r in store.con.execute(
        "SELECT a.id FROM articles a LEFT JOIN minhash_signatures s ON s.article_id = a.id "
        "WHERE s.article_id IS NULL ORDER BY a.ingested_at, a.id").fetchall()]


def articles_to_hash(store, ids: list[str]) -> list[dict[str, Any]]:
    store.con.register("_chunk_ids", pa.table({"id": ids}))
    try:
        return store.query("SELECT a.id, a.text, a.content_hash, a.credit FROM _chunk_ids c "
                           "JOIN articles a USING (id) ORDER BY a.ingested_at, a.id")
    finally:
        store.con.unregister("_chunk_ids")


def first_id_by_hash(store, hashes: list[str]) -> dict[str, str]:
    """content hash -> the first stored article with it."""
    return {r["content_hash"]: r["id"] for r in store.query(
        "SELECT content_hash, first(id ORDER BY ingested_at, id) AS id FROM articles "
        "WHERE content_hash IN (SELECT unnest(?)) GROUP BY content_hash", [hashes])}


def stored_duplicates(store, ids: set[str]) -> set[str]:
    if not ids:
        return set()
    rows = store.con.execute("SELECT article_id FROM duplicates WHERE article_id IN (SELECT unnest(?))",
                             [list(ids)]).fetchall()
    return {r[0] for r in rows}


def bucket_partners(store, new_buckets: pa.Table, per_bucket: int) -> list[tuple[str, str]]:
    """(new article, earlier article) pairs sharing an LSH bucket; each bucket offers its
    first `per_bucket` articles, originals first (`new_buckets`: band, bucket, article_id, pos)."""
    store.con.register("_new_buckets", new_buckets)
    try:
        return store.con.execute(
            """WITH offered AS (
                   SELECT m.band, m.bucket, m.article_id, -1 AS pos, d.article_id IS NOT NULL AS copy
                   FROM minhash_buckets m SEMI JOIN _new_buckets n USING (band, bucket)
                   LEFT JOIN duplicates d ON d.article_id = m.article_id
                   UNION ALL SELECT band, bucket, article_id, pos, false FROM _new_buckets),
               partners AS (
                   SELECT * FROM offered QUALIFY row_number() OVER (
                       PARTITION BY band, bucket ORDER BY copy, pos, article_id) <= ?)
               SELECT DISTINCT n.article_id, p.article_id FROM _new_buckets n
               JOIN partners p USING (band, bucket) WHERE p.pos < n.pos""",
            [per_bucket]).fetchall()
    finally:
        store.con.unregister("_new_buckets")


def texts_of(store, ids: list[str]) -> list[tuple[str, str]]:
    if not ids:
        return []
    store.con.register("_want", pa.table({"id": ids}))
    try:
        return store.con.execute("SELECT a.id, a.text FROM _want JOIN articles a USING (id)").fetchall()
    finally:
        store.con.unregister("_want")


def write_duplicates(store, link_table: pa.Table, sig_table: pa.Table, bucket_table: pa.Table) -> None:
    """Links, signatures and buckets of one chunk, in one transaction."""
    with store.transaction():
        if link_table.num_rows:
            store.con.register("_links", link_table)
            store.con.execute("INSERT OR REPLACE INTO duplicates SELECT * FROM _links")
            # the fuller version is never itself a duplicate of the copy
            store.con.execute("DELETE FROM duplicates d USING _links l "
                              "WHERE d.article_id = l.duplicate_of AND d.duplicate_of = l.article_id")
            store.con.unregister("_links")
        for table, rows in (("minhash_signatures", sig_table), ("minhash_buckets", bucket_table)):
            if rows.num_rows:
                store.con.register("_rows", rows)
                store.con.execute(f"INSERT INTO {table} SELECT * FROM _rows" if table == "minhash_buckets"
                                  else f"INSERT OR IGNORE INTO {table} SELECT * FROM _rows")
                store.con.unregister("_rows")


def duplicate_parents(store) -> dict[str, str]:
    """article -> the article it is a copy of."""
    return {r["article_id"]: r["duplicate_of"] for r in store.query("SELECT article_id, duplicate_of FROM duplicates")}



# -- stories (corpus/stories.py) ------------------------------------------------------------

def _batches(cursor, size: int = 5000) -> Iterator[list[tuple]]:
    """Rows of a query on its own cursor, `size` at a time (the store's connection may write
    meanwhile); the cursor closes when the generator does."""
    try:
        while rows := cursor.fetchmany(size):
            yield rows
    finally:
        cursor.close()


def unassigned_articles(store, tag: str) -> Iterator[list[tuple]]:
    """(id, published, duplicate_of, vector of `tag` or None) of every article in no story,
    in date order."""
    cursor = store.con.cursor()
    cursor.execute(
        "SELECT a.id, a.published, d.duplicate_of, v.vector FROM articles a "
        "LEFT JOIN story_articles s ON s.article_id = a.id "
        "LEFT JOIN duplicates d ON d.article_id = a.id "
        "LEFT JOIN article_vectors v ON v.article_id = a.id AND v.model = ? "
        "WHERE s.article_id IS NULL ORDER BY a.published NULLS LAST, a.ingested_at, a.id", [tag])
    return _batches(cursor)


def story_members(store, stories: list[str]) -> Iterator[list[tuple]]:
    """(story, article, published, vector model, vector) of every member of `stories`."""
    cursor = store.con.cursor()
    cursor.execute(
        "SELECT s.story_id, a.id, a.published, v.model, v.vector FROM story_articles s "
        "JOIN articles a ON a.id = s.article_id LEFT JOIN article_vectors v ON v.article_id = a.id "
        "WHERE s.story_id IN (SELECT unnest(?))", [stories])
    return _batches(cursor)


def story_count(store) -> int:
    return store.con.execute("SELECT count(*) FROM stories").fetchone()[0]


def stories_of(store, article_ids: list[str]) -> dict[str, str]:
    """article -> its story."""
    return {r["article_id"]: r["story_id"] for r in store.query(
        "SELECT article_id, story_id FROM story_articles WHERE article_id IN (SELECT unnest(?))", [article_ids])}


def stories_between(store, first, last) -> list[str]:
    """Stories whose dates reach into [first, last]; with no dates, the undated stories."""
    if first is None:
        return [r["id"] for r in store.query("SELECT id FROM stories WHERE first_date IS NULL")]
    return [r["id"] for r in store.query("SELECT id FROM stories WHERE first_date <= ? AND last_date >= ?",
                                         [last, first])]


def titles_and_texts(store, ids: list[str]) -> dict[str, dict[str, Any]]:
    return {r["id"]: r for r in store.query("SELECT id, title, text FROM articles WHERE id IN (SELECT unnest(?))", [ids])}


def write_vectors(store, vectors: pa.Table) -> None:
    store.con.register("_vectors_in", vectors)
    try:
        store.con.execute("INSERT OR REPLACE INTO article_vectors SELECT * FROM _vectors_in")
    finally:
        store.con.unregister("_vectors_in")


def write_stories(store, tables: dict[str, pa.Table]) -> None:
    """One transaction: vectors made (`_v`), memberships (`_sa`), and each touched story's
    label (its central member's title), dates and counts (`_touched`)."""
    try:
        with store.transaction():
            for name, table in tables.items():
                store.con.register(name, table)
            store.con.execute("INSERT OR REPLACE INTO article_vectors SELECT * FROM _v")
            store.con.execute("INSERT OR REPLACE INTO story_articles SELECT story_id, article_id FROM _sa")
            store.con.execute(
                """INSERT OR REPLACE INTO stories
                   SELECT t.story_id, coalesce(c.title, 'story of ' || count(*) || ' articles'),
                          min(a.published), max(a.published), count(*), count(DISTINCT a.outlet)
                   FROM _touched t JOIN story_articles sa USING (story_id) JOIN articles a ON a.id = sa.article_id
                   LEFT JOIN articles c ON c.id = t.central
                   GROUP BY t.story_id, c.title""")
    finally:
        for name in tables:
            store.con.unregister(name)
