"""The embedded DuckDB store.

Writes go in batches, one transaction per batch, with `INSERT OR IGNORE` on every primary
key: a run killed midway keeps every batch already committed, and a rerun adds only what
is missing, never a duplicate.
"""

from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from newsevents import settings
from newsevents.ids import content_hash
from newsevents.records import Article, Event, Extraction, Reject, to_dict
from newsevents.store.schema import MIGRATIONS, SCHEMA_VERSION

DEFAULT_DB = "newsevents.duckdb"


class StoreError(RuntimeError):
    pass


class Store:
    """A DuckDB file holding the corpus. Use as a context manager."""

    def __init__(self, path: str | Path = DEFAULT_DB, read_only: bool = False):
        self.path = str(path)
        if read_only and self.path != ":memory:" and not Path(self.path).exists():
            raise StoreError(
                f"no database at {self.path}: run `newsevents ingest PATH --db {self.path}` first"
            )
        self.con = self._connect(read_only)
        if not read_only:
            self.migrate()
            return
        version = self.schema_version()
        if version > SCHEMA_VERSION:
            self.con.close()
            raise StoreError(f"{self.path} has schema version {version}, newer than this newsevents "
                             f"({SCHEMA_VERSION}); upgrade newsevents")
        if version < SCHEMA_VERSION and self.path != ":memory:":
            # an older schema: migrate it forward once (needs the write lock), then read
            self.con.close()
            try:
                with Store(self.path):
                    pass
            except StoreError as exc:
                raise StoreError(f"{self.path} has the older schema version {version} and could not "
                                 f"be migrated now ({exc}); run `newsevents stats --db {self.path}` "
                                 "when no ingest is running") from exc
            self.con = self._connect(read_only)

    def _connect(self, read_only: bool):
        """Connect; a writer waits up to `lock_wait` seconds (a setting, NEWSEVENTS_LOCK_WAIT;
        default 10) for a lock held by a reader, e.g. `newsevents serve` between two page views."""
        import time

        deadline = time.monotonic() + settings.current().lock_wait
        while True:
            try:
                return duckdb.connect(self.path, read_only=read_only)
            except (duckdb.IOException, duckdb.ConnectionException) as exc:
                text = str(exc).lower()
                busy = "lock" in text or "different configuration" in text
                if busy and not read_only and time.monotonic() < deadline:
                    time.sleep(0.2)
                    continue
                raise StoreError(f"cannot open database {self.path}: {exc}") from exc
            except duckdb.Error as exc:  # truncated or damaged file
                raise StoreError(f"cannot open database {self.path}: it is damaged or not a DuckDB "
                                 f"file ({type(exc).__name__}: {exc})") from exc

    @classmethod
    def view(cls, con) -> "Store":
        """A Store over an existing connection or cursor (one per web request)."""
        store = cls.__new__(cls)
        store.path, store.con = "<cursor>", con
        return store

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    # schema -------------------------------------------------------------------------
    def schema_version(self) -> int:
        try:
            return self._schema_version()
        except duckdb.Error as exc:
            raise StoreError(f"cannot read database {self.path}: it is damaged or not a newsevents "
                             f"database ({type(exc).__name__}: {exc})") from exc

    def _schema_version(self) -> int:
        exists = self.con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'meta'"
        ).fetchone()[0]
        if not exists:
            return 0
        row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        return int(row[0]) if row else 0

    def migrate(self) -> None:
        """Bring the schema forward to SCHEMA_VERSION, one migration at a time."""
        self.con.execute("CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
        version = self.schema_version()
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path} has schema version {version}, newer than this newsevents "
                f"({SCHEMA_VERSION}); upgrade newsevents"
            )
        for number in range(version, SCHEMA_VERSION):
            with self.transaction():
                for statement in MIGRATIONS[number]:
                    self.con.execute(statement)
                self.con.execute(
                    "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(number + 1)]
                )

    @contextmanager
    def transaction(self):
        """One write transaction: committed when the block ends, rolled back if it raises.
        The only place BEGIN / COMMIT / ROLLBACK are written."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield self
        except BaseException:
            if not isinstance(sys.exc_info()[1], SystemExit):
                self.con.execute("ROLLBACK")
            raise
        else:
            self.con.execute("COMMIT")

    # writing ------------------------------------------------------------------------
    def known_article_ids(self, ids: Iterable[str]) -> set[str]:
        ids = list(ids)
        if not ids:
            return set()
        rows = self.con.execute(
            "SELECT id FROM articles WHERE id IN (SELECT unnest(?))", [ids]
        ).fetchall()
        return {r[0] for r in rows}

    def article_hashes(self, ids: Iterable[str]) -> dict[str, str]:
        """id -> content hash of the stored articles among `ids`."""
        ids = list(ids)
        if not ids:
            return {}
        rows = self.con.execute(
            "SELECT id, content_hash FROM articles WHERE id IN (SELECT unnest(?))", [ids]
        ).fetchall()
        return dict(rows)

    def corpus_pending(self) -> bool:
        """True when something written has not been through the corpus stage yet (set in
        every write transaction, cleared when the corpus stage completes)."""
        row = self.con.execute("SELECT value FROM meta WHERE key = 'corpus_pending'").fetchone()
        if row is not None:
            return row[0] == "1"
        # a database written before the mark existed: pending if anything lacks corpus data
        return bool(self.con.execute(
            "SELECT (SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM minhash_signatures s "
            "WHERE s.article_id = a.id)) + (SELECT count(*) FROM events WHERE event_key IS NULL)").fetchone()[0])

    def set_corpus_pending(self, pending: bool) -> None:
        self.con.execute("INSERT OR REPLACE INTO meta VALUES ('corpus_pending', ?)", ["1" if pending else "0"])

    def extracted_article_ids(self, ids: Iterable[str]) -> set[str]:
        ids = list(ids)
        if not ids:
            return set()
        rows = self.con.execute(
            "SELECT article_id FROM extractions WHERE article_id IN (SELECT unnest(?))", [ids]
        ).fetchall()
        return {r[0] for r in rows}

    def write_batch(
        self,
        articles: Sequence[Article] = (),
        extractions: Sequence[Extraction] = (),
        rejects: Sequence[Reject] = (),
    ) -> None:
        """Write one batch in one transaction; rows already present are left as they are."""
        detected = {x.article_id: x.language for x in extractions if x.language}
        tables = batch_tables(articles, extractions, rejects)
        with self.transaction():
            for name, rows in tables.items():
                self._insert(name, rows)
            if detected:  # articles stored before without extraction (--no-extract, a killed run)
                self.con.register("_languages", pa.table({"id": list(detected), "language": list(detected.values())}))
                try:
                    self.con.execute("UPDATE articles SET language = l.language FROM _languages l "
                                     "WHERE articles.id = l.id AND articles.language IS NULL")
                finally:
                    self.con.unregister("_languages")
            if articles or extractions:
                self.set_corpus_pending(True)

    def record_sources(self, articles: Sequence[Article]) -> None:
        """Remember where an already-stored article was seen again (same id from another
        file or line): kept once, every source listed."""
        self._insert("article_sources", source_rows(articles))

    def _insert(self, table: str, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        arrow = pa.Table.from_pylist(rows)
        columns = ", ".join(f'"{c}"' for c in arrow.column_names)
        self.con.register("_incoming", arrow)
        try:
            self.con.execute(
                f"INSERT OR IGNORE INTO {table} ({columns}) SELECT {columns} FROM _incoming"
            )
        finally:
            self.con.unregister("_incoming")

    def load_parquet(self, tables: Sequence[str], out_dir: Path) -> int:
        """Insert the Parquet part files of `out_dir/<table>/` (written by the Ray engine's
        --parquet-out) in one transaction, `INSERT OR IGNORE`; returns the new articles."""
        before = self.con.execute("SELECT count(*) FROM articles").fetchone()[0]
        with self.transaction():
            for table in tables:
                for part in sorted((Path(out_dir) / table).glob("*.parquet")):
                    # part by part: each part has its own inferred types, DuckDB casts on insert
                    described = self.con.execute("SELECT * FROM read_parquet(?) LIMIT 0", [str(part)])
                    columns = ", ".join(f'"{d[0]}"' for d in described.description)
                    self.con.execute(
                        f"INSERT OR IGNORE INTO {table} ({columns}) SELECT {columns} FROM read_parquet(?)",
                        [str(part)])
            self.set_corpus_pending(True)
        return self.con.execute("SELECT count(*) FROM articles").fetchone()[0] - before

    # reading ------------------------------------------------------------------------
    def query(self, sql: str, params: Sequence[Any] | None = None) -> list[dict[str, Any]]:
        cursor = self.con.execute(sql, params or [])
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]

    def find_article(self, id_or_url: str) -> dict[str, Any] | None:
        rows = self.query(
            "SELECT * FROM articles WHERE id = ? OR url = ? OR canonical_url = ? LIMIT 1",
            [id_or_url, id_or_url, id_or_url],
        )
        if not rows:
            rows = self.query(
                "SELECT * FROM articles WHERE id LIKE ? ORDER BY id LIMIT 2", [id_or_url + "%"]
            )
            if len(rows) != 1:
                return None
        article = rows[0]
        article["blocks"] = self.query(
            "SELECT kind, text, start_char, end_char FROM blocks WHERE article_id = ? ORDER BY idx",
            [article["id"]],
        )
        article["repair_report"] = json.loads(article["repair_report"] or "{}")
        return article


# row builders -------------------------------------------------------------------------
def batch_tables(articles: Sequence[Article], extractions: Sequence[Extraction],
                 rejects: Sequence[Reject]) -> dict[str, list[dict[str, Any]]]:
    """The rows of every table for one batch: what the store writes and what the Ray engine
    puts in its Parquet dataset, so the two cannot drift."""
    detected = {x.article_id: x.language for x in extractions if x.language}
    tables: dict[str, list[dict[str, Any]]] = {
        # the language the extraction stage detected, when the reader did not give one
        "articles": [article_row(a) | ({"language": a.language or detected.get(a.id)}) for a in articles],
        "blocks": [r for a in articles for r in block_rows(a)],
        "rejects": [reject_row(r) for r in rejects],
        "article_sources": source_rows(articles),
    }
    for extraction in extractions:
        for name, rows in extraction_rows(extraction).items():
            tables.setdefault(name, []).extend(rows)
    return tables


def article_row(a: Article) -> dict[str, Any]:
    return {
        "id": a.id,
        "url": a.url,
        "canonical_url": a.canonical_url,
        "outlet": a.outlet,
        "title": a.title,
        "published": a.published,
        "credit": a.credit,
        "text": a.text,
        "language": a.language,
        "source": a.source,
        "position": a.position,
        "reader": a.reader,
        "repair_report": json.dumps(to_dict(a.report)),
        "content_hash": content_hash(a.text),
        "n_words": len(a.text.split()),
    }


def block_rows(a: Article) -> list[dict[str, Any]]:
    return [
        {"article_id": a.id, "idx": i, "kind": b.kind, "text": b.text,
         "start_char": b.start, "end_char": b.end}
        for i, b in enumerate(a.blocks)
    ]


def source_rows(articles: Sequence[Article]) -> list[dict[str, Any]]:
    return [{"article_id": a.id, "source": a.source, "position": a.position, "url": a.url}
            for a in articles]


def reject_row(r: Reject) -> dict[str, Any]:
    return {"source": r.source, "position": r.position, "stage": r.stage, "reason": r.reason,
            "detail": r.detail, "excerpt": r.excerpt[:500]}


def event_row(e: Event) -> dict[str, Any]:
    def actor(prefix: str, a: Any) -> dict[str, Any]:
        return {f"{prefix}_{k}": (getattr(a, k) if a else None)
                for k in ("code", "name", "country", "role", "org")}

    loc = e.location
    return {
        "id": e.id, "article_id": e.article_id, "sentence_index": e.sentence_index,
        "start_char": e.start, "end_char": e.end, "trigger": e.trigger,
        "trigger_start": e.trigger_start, "trigger_end": e.trigger_end, "event_date": e.date,
        **actor("source", e.source), **actor("target", e.target),
        "cameo": e.cameo, "root": e.root, "quad_class": e.quad_class, "goldstein": e.goldstein,
        "negated": e.negated, "hypothetical": e.hypothetical, "historical": e.historical,
        "reported_by_code": e.reported_by.code if e.reported_by else None,
        "reported_by_name": e.reported_by.name if e.reported_by else None,
        "location_name": loc.name if loc else None, "location_country": loc.country if loc else None,
        "lat": loc.lat if loc else None, "lon": loc.lon if loc else None,
        "confidence": e.confidence,
    }


def extraction_rows(x: Extraction) -> dict[str, list[dict[str, Any]]]:
    aid = x.article_id
    return {
        "sentences": [{"article_id": aid, "idx": s.index, "start_char": s.start,
                       "end_char": s.end, "text": s.text} for s in x.sentences],
        "events": [event_row(e) for e in x.events],
        "quotes": [{"article_id": aid, "idx": i, "speaker_name": q.speaker.get("name"),
                    "speaker_code": q.speaker.get("code"), "text": q.text,
                    "sentence_index": q.sentence_index, "start_char": q.start, "end_char": q.end}
                   for i, q in enumerate(x.quotes)],
        "amounts": [{"article_id": aid, "idx": i, "text": m.text, "value": m.value,
                     "unit": m.unit, "object": m.object, "sentence_index": m.sentence_index,
                     "start_char": m.start, "end_char": m.end} for i, m in enumerate(x.amounts)],
        "date_mentions": [{"article_id": aid, "idx": i, "text": d.text, "resolved": d.date,
                           "granularity": d.granularity, "sentence_index": d.sentence_index,
                           "start_char": d.start, "end_char": d.end}
                          for i, d in enumerate(x.dates)],
        "places": [{"article_id": aid, "idx": i, "name": p.name, "country": p.country,
                    "lat": p.lat, "lon": p.lon, "sentence_index": p.sentence_index,
                    "start_char": p.start, "end_char": p.end} for i, p in enumerate(x.places)],
        "extractions": [{"article_id": aid, "language": x.language, "skipped": x.skipped,
                         "n_sentences": len(x.sentences), "n_events": len(x.events)}],
        "article_vectors": ([{"article_id": aid, "model": x.story_model, "vector": x.story_vector}]
                            if x.story_vector is not None else []),
    }


def event_dict(row: dict[str, Any]) -> dict[str, Any]:
    """A stored event row in the JSON contract of `newsevents extract` / `events`."""

    def actor(prefix: str) -> dict[str, Any] | None:
        if row.get(f"{prefix}_code") is None:
            return None
        return {k: row.get(f"{prefix}_{k}") for k in ("code", "name", "country", "role", "org")}

    date = row.get("event_date")
    return {
        "id": row["id"], "article_id": row["article_id"], "url": row.get("url"),
        "sentence_index": row["sentence_index"], "sentence": row.get("sentence"),
        "trigger": row["trigger"], "date": date.isoformat() if date else None,
        "source": actor("source"), "target": actor("target"),
        "cameo": row["cameo"], "root": row["root"], "quad_class": row["quad_class"],
        "goldstein": row["goldstein"], "negated": row["negated"],
        "hypothetical": row["hypothetical"], "historical": row["historical"],
        "reported_by": ({"code": row["reported_by_code"], "name": row["reported_by_name"]}
                        if row.get("reported_by_code") else None),
        "location": ({"name": row["location_name"], "country": row["location_country"],
                      "lat": row["lat"], "lon": row["lon"]} if row.get("location_name") else None),
        "confidence": row["confidence"],
    }
