"""Full-text search: a tantivy index (BM25, word boundaries, stemming, "quoted phrases",
highlighted snippets) beside the DuckDB file, in `<db>.search/`.

DuckDB's own `fts` extension is not usable here: the PyPI packages that carry it
(duckdb-extension-fts, duckdb-ext-fts) stop at DuckDB 1.5 while this project runs DuckDB 2.0,
and the extension would otherwise be downloaded at run time. tantivy is a PyPI wheel.

Two indexes: `articles` (title boosted, text, outlet, date, language, the actors and CAMEO
roots of the article's events) and `events` (one document per event mention: its sentence,
date, actor codes, CAMEO code). The index is rebuilt when the database has changed since it
was built (article and event counts are stamped in `stamp.json`); `ensure_index` does that
once at server start and after `newsevents ingest`.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path
from typing import Any

import tantivy

VERSION = 1
BATCH = 5000


def index_dir(db_path: str | Path) -> Path:
    return Path(str(db_path) + ".search")


def _article_schema() -> tantivy.Schema:
    b = tantivy.SchemaBuilder()
    b.add_text_field("id", stored=True, tokenizer_name="raw")
    b.add_text_field("title", stored=True, tokenizer_name="en_stem")
    b.add_text_field("text", stored=True, tokenizer_name="en_stem")
    b.add_text_field("outlet", tokenizer_name="raw")
    b.add_text_field("language", tokenizer_name="raw")
    b.add_text_field("actor", tokenizer_name="raw")
    b.add_text_field("root", tokenizer_name="raw")
    b.add_integer_field("day", indexed=True, fast=True)
    return b.build()


def _event_schema() -> tantivy.Schema:
    b = tantivy.SchemaBuilder()
    b.add_text_field("id", stored=True, tokenizer_name="raw")
    b.add_text_field("text", stored=True, tokenizer_name="en_stem")
    b.add_text_field("outlet", tokenizer_name="raw")
    b.add_text_field("actor", tokenizer_name="raw")
    b.add_text_field("root", tokenizer_name="raw")
    b.add_integer_field("day", indexed=True, fast=True)
    return b.build()


def _day(value: dt.date | None) -> int:
    return int(value.strftime("%Y%m%d")) if value else 0


def _actor_terms(*codes: str | None) -> list[str]:
    """RUSGOV -> RUSGOV and RUS: a filter on a country finds all its roles (the same meaning
    as `queries.actor_match`)."""
    out = set()
    for c in codes:
        if c:
            out |= {c, c[:3]}
    return sorted(out)


def _stamp(con) -> dict[str, int]:
    n_articles, n_events = con.execute(
        "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events)").fetchone()
    return {"version": VERSION, "articles": n_articles, "events": n_events}


def build(con, directory: Path | None) -> "SearchIndex":
    """Index every article and event of the database (directory None: in memory)."""
    if directory is not None:
        shutil.rmtree(directory, ignore_errors=True)
        (directory / "articles").mkdir(parents=True)
        (directory / "events").mkdir()
    a_index = tantivy.Index(_article_schema(), path=str(directory / "articles") if directory else None)
    e_index = tantivy.Index(_event_schema(), path=str(directory / "events") if directory else None)
    writer = a_index.writer(heap_size=128_000_000, num_threads=1)
    cursor = con.execute(
        """SELECT a.id, a.title, a.text, a.outlet, coalesce(a.language, x.language) AS language,
                  a.published, e.actors, e.roots
           FROM articles a LEFT JOIN extractions x ON x.article_id = a.id
           LEFT JOIN (SELECT article_id, list(DISTINCT source_code) || list(DISTINCT target_code)
                             || list(DISTINCT source_org) || list(DISTINCT target_org) AS actors,
                             list(DISTINCT root) AS roots FROM events GROUP BY article_id) e
             ON e.article_id = a.id""")
    while rows := cursor.fetchmany(BATCH):
        for aid, title, text, outlet, language, published, actors, roots in rows:
            doc = tantivy.Document(id=aid, title=title or "", text=text or "", day=_day(published))
            for field, values in (("outlet", [outlet]), ("language", [language]),
                                  ("actor", _actor_terms(*(actors or []))), ("root", roots or [])):
                for v in values:
                    if v:
                        doc.add_text(field, v)
            writer.add_document(doc)
    writer.commit()
    writer.wait_merging_threads()
    writer = e_index.writer(heap_size=128_000_000, num_threads=1)
    cursor = con.execute(
        """SELECT e.id, s.text, a.outlet, e.event_date, e.source_code, e.target_code, e.source_org,
                  e.target_org, e.root
           FROM events e JOIN articles a ON a.id = e.article_id
           LEFT JOIN sentences s ON s.article_id = e.article_id AND s.idx = e.sentence_index""")
    while rows := cursor.fetchmany(BATCH):
        for eid, text, outlet, day, src, tgt, src_org, tgt_org, root in rows:
            doc = tantivy.Document(id=eid, text=text or "", day=_day(day))
            for v in _actor_terms(src, tgt, src_org, tgt_org):
                doc.add_text("actor", v)
            if outlet:
                doc.add_text("outlet", outlet)
            if root:
                doc.add_text("root", root)
            writer.add_document(doc)
    writer.commit()
    writer.wait_merging_threads()
    a_index.reload()
    e_index.reload()
    if directory is not None:
        (directory / "stamp.json").write_text(json.dumps(_stamp(con)))
    return SearchIndex(a_index, e_index)


def ensure_index(db_path: str | Path, con) -> "SearchIndex":
    """Open the index beside the database, (re)building it if missing or out of date; in
    memory when the directory cannot be written."""
    directory = index_dir(db_path)
    try:
        stamp = json.loads((directory / "stamp.json").read_text())
        if stamp == _stamp(con):
            return SearchIndex(tantivy.Index.open(str(directory / "articles")),
                               tantivy.Index.open(str(directory / "events")))
    except (OSError, ValueError):
        pass
    try:
        return build(con, directory)
    except OSError:
        return build(con, None)


class SearchIndex:
    def __init__(self, articles: tantivy.Index, events: tantivy.Index):
        self.articles, self.events = articles, events

    def _query(self, index: tantivy.Index, q: str, fields: list[str], boosts: dict[str, float],
               outlet=None, since=None, until=None, actor=None, root=None, language=None):
        schema = index.schema
        try:
            text_query = index.parse_query(q, fields, field_boosts=boosts, conjunction_by_default=True)
        except ValueError:  # unbalanced quotes, stray operators: read it leniently
            text_query, _ = index.parse_query_lenient(q, fields, field_boosts=boosts, conjunction_by_default=True)
        must = [(tantivy.Occur.Must, text_query)]
        for field, value in (("outlet", outlet), ("root", root), ("language", language),
                             ("actor", actor.upper() if actor else None)):
            if value:
                must.append((tantivy.Occur.Must, tantivy.Query.term_query(schema, field, value)))
        if since or until:
            must.append((tantivy.Occur.Must, tantivy.Query.range_query(
                schema, "day", tantivy.FieldType.Integer, _day(since) if since else 1,
                _day(until) if until else 99991231)))
        return text_query if len(must) == 1 else tantivy.Query.boolean_query(must)

    def search_articles(self, q: str, limit: int = 20, offset: int = 0, **filters: Any
                        ) -> tuple[int, list[dict[str, Any]]]:
        """(total, [{id, score, snippet_html, title_html}]) best first."""
        query = self._query(self.articles, q, ["title", "text"], {"title": 3.0}, **filters)
        return self._run(self.articles, query, limit, offset, ("title", "text"))

    def search_events(self, q: str, limit: int = 20, offset: int = 0, **filters: Any
                      ) -> tuple[int, list[dict[str, Any]]]:
        filters.pop("language", None)
        query = self._query(self.events, q, ["text"], {}, **filters)
        return self._run(self.events, query, limit, offset, ("text",))

    @staticmethod
    def _run(index, query, limit, offset, fields) -> tuple[int, list[dict[str, Any]]]:
        searcher = index.searcher()
        result = searcher.search(query, limit, count=True, offset=offset)
        generators = {}
        for f in fields:
            generators[f] = tantivy.SnippetGenerator.create(searcher, query, index.schema, f)
            generators[f].set_max_num_chars(1000 if f == "title" else 260)
        hits = []
        for score, address in result.hits:
            doc = searcher.doc(address)
            hit = {"id": doc["id"][0], "score": round(score, 3)}
            for f in fields:
                hit[f"{f}_html"] = generators[f].snippet_from_doc(doc).to_html()
            hits.append(hit)
        return result.count, hits
