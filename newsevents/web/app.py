"""The HTTP API (under /api, OpenAPI at /docs) and the dashboard pages. Invalid parameters
are 4xx with a message, never a 500.

Database access (newsevents.web.live): by default every request opens its own short-lived
read-only connection, so the file is not locked between requests and `newsevents ingest`
can run beside the dashboard (while it holds the write lock, requests answer 503 with a
Retry-After). With `watch` (`newsevents serve --watch DIR`) the serving process owns the
database and ingests new files of DIR itself; requests read committed data through cursors
while it writes."""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from newsevents.analysis import dyad_series, period_events
from newsevents.analysis.alerts import spikes
from newsevents.corpus.aggregate import event_filters, unique_events
from newsevents.store import Store, StoreError
from newsevents.store.db import event_dict

HERE = Path(__file__).parent
MAX_LIMIT = 500
ACTOR_PATTERN = r"^[A-Za-z*][A-Za-z0-9]{0,11}$"
Limit = Query(50, ge=1, le=MAX_LIMIT, description=f"Rows per page (1-{MAX_LIMIT}).")
Offset = Query(0, ge=0, le=10_000_000, description="Rows to skip.")


def create_app(db_path: str, watch: str | None = None, watch_interval: float = 5.0,
               watch_workers: int = 1) -> FastAPI:
    from newsevents.web.live import Database
    from newsevents.web.safety import SecurityHeaders, web_link

    database = Database(db_path, watch, watch_interval, watch_workers)
    app = FastAPI(title="newsevents", version="0.1.0",
                  description="Read-only access to a newsevents corpus: articles, events (CAMEO), quotes, "
                              "stories, actors, dyad series and spike alerts. Every event links to its "
                              "article and sentence.")
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    templates = Jinja2Templates(directory=HERE / "templates")
    templates.env.filters["web_link"] = web_link
    app.add_middleware(SecurityHeaders, templates=HERE / "templates")
    database.install(app)
    app.state.database = database

    def store() -> Store:
        return database.store()

    # -- API ---------------------------------------------------------------------------
    @app.get("/api/stats", tags=["corpus"], summary="Counts of the corpus")
    def stats() -> dict[str, Any]:
        s = store()
        one = lambda sql: s.con.execute(sql).fetchone()[0]  # noqa: E731
        return {t: one(f"SELECT count(*) FROM {t}") for t in
                ("articles", "events", "unique_events", "quotes", "stories", "duplicates", "rejects")}

    @app.get("/api/articles", tags=["articles"], summary="Articles, newest first")
    def articles(q: str | None = Query(None, max_length=200, description="Words that must all appear in title or text."),
                 outlet: str | None = None, since: dt.date | None = None, until: dt.date | None = None,
                 limit: int = Limit, offset: int = Offset) -> dict[str, Any]:
        return _search(store(), q, outlet, since, until, limit, offset)

    @app.get("/api/search", tags=["articles"], summary="Full-text search over articles, ranked")
    def search(q: str = Query(..., min_length=1, max_length=200), limit: int = Limit, offset: int = Offset) -> dict[str, Any]:
        return _search(store(), q, None, None, None, limit, offset)

    @app.get("/api/articles/{article_id}", tags=["articles"], summary="One article with blocks, events and quotes")
    def article(article_id: str) -> dict[str, Any]:
        s = store()
        found = s.find_article(article_id)
        if found is None:
            raise HTTPException(404, f"no article {article_id!r}")
        found["events"] = [event_dict({**e, "url": found["url"]}) | {"span": [e["start_char"], e["end_char"]],
                           "trigger_span": [e["trigger_start"], e["trigger_end"]]}
                           for e in s.query("SELECT * FROM events WHERE article_id = ? ORDER BY start_char", [found["id"]])]
        found["quotes"] = s.query("SELECT * FROM quotes WHERE article_id = ? ORDER BY idx", [found["id"]])
        found["story"] = (s.query("SELECT story_id FROM story_articles WHERE article_id = ?", [found["id"]]) or [{}])[0].get("story_id")
        return found

    @app.get("/api/events", tags=["events"], summary="Event mentions, filtered")
    def events(actor: str | None = Query(None, pattern=ACTOR_PATTERN), target: str | None = Query(None, pattern=ACTOR_PATTERN),
               code: str | None = Query(None, pattern=r"^\d{1,4}$"), since: dt.date | None = None,
               until: dt.date | None = None, article: str | None = None,
               limit: int = Limit, offset: int = Offset) -> dict[str, Any]:
        where, params = event_filters(actor, target, code, since, until, article)
        rows = store().query(
            f"SELECT e.*, a.url, s.text AS sentence FROM events e JOIN articles a ON a.id = e.article_id "
            f"LEFT JOIN sentences s ON s.article_id = e.article_id AND s.idx = e.sentence_index "
            f"WHERE {where} ORDER BY e.event_date DESC NULLS LAST, e.id LIMIT {limit} OFFSET {offset}", params)
        return {"limit": limit, "offset": offset, "items": [event_dict(r) for r in rows]}

    @app.get("/api/events/unique", tags=["events"], summary="Aggregated events with mention counts")
    def events_unique(actor: str | None = Query(None, pattern=ACTOR_PATTERN), target: str | None = Query(None, pattern=ACTOR_PATTERN),
                      code: str | None = Query(None, pattern=r"^\d{1,4}$"), since: dt.date | None = None,
                      until: dt.date | None = None, limit: int = Limit) -> dict[str, Any]:
        return {"items": unique_events(store(), actor, target, code, since, until, None, limit)}

    @app.get("/api/quotes", tags=["quotes"], summary="Quotes with their speakers")
    def quotes(speaker: str | None = Query(None, max_length=100), limit: int = Limit, offset: int = Offset) -> dict[str, Any]:
        where, params = ("speaker_name ILIKE ?", [f"%{speaker}%"]) if speaker else ("TRUE", [])
        rows = store().query(f"SELECT q.*, a.title, a.url FROM quotes q JOIN articles a ON a.id = q.article_id "
                             f"WHERE {where} ORDER BY a.published DESC NULLS LAST, q.article_id, q.idx "
                             f"LIMIT {limit} OFFSET {offset}", params)
        return {"limit": limit, "offset": offset, "items": rows}

    @app.get("/api/stories", tags=["stories"], summary="Story clusters, largest first")
    def stories(since: dt.date | None = None, until: dt.date | None = None, limit: int = Limit, offset: int = Offset) -> dict[str, Any]:
        where, params = ["TRUE"], []
        if since:
            where.append("(last_date >= ? OR last_date IS NULL)")
            params.append(since)
        if until:
            where.append("(first_date <= ? OR first_date IS NULL)")
            params.append(until)
        rows = store().query(f"SELECT * FROM stories WHERE {' AND '.join(where)} ORDER BY n_articles DESC, "
                             f"last_date DESC NULLS LAST, id LIMIT {limit} OFFSET {offset}", params)
        return {"limit": limit, "offset": offset, "items": rows}

    @app.get("/api/stories/{story_id}", tags=["stories"], summary="One story: outlets, articles, events")
    def story(story_id: str) -> dict[str, Any]:
        return _story(store(), story_id)

    @app.get("/api/actors", tags=["actors"], summary="Most active actors")
    def actors(limit: int = Limit) -> dict[str, Any]:
        rows = store().query(
            f"""SELECT code, any_value(name) AS name, count(*) AS mentions,
                       avg(goldstein) AS goldstein_mean FROM (
                  SELECT source_code AS code, source_name AS name, goldstein FROM events
                  UNION ALL SELECT target_code, target_name, goldstein FROM events WHERE target_code IS NOT NULL)
                GROUP BY code ORDER BY mentions DESC, code LIMIT {limit}""")
        return {"items": rows}

    @app.get("/api/dyads", tags=["dyads"], summary="Most active country-level dyads")
    def dyads(limit: int = Limit) -> dict[str, Any]:
        return {"items": _top_dyads(store(), limit)}

    @app.get("/api/dyad", tags=["dyads"], summary="Tension and cooperation over time between two actors")
    def dyad(a: str = Query(..., pattern=ACTOR_PATTERN), b: str = Query("*", pattern=ACTOR_PATTERN),
             freq: str = Query("day", pattern="^(day|week|month)$"), since: dt.date | None = None,
             until: dt.date | None = None, directed: bool = False) -> dict[str, Any]:
        return {"a": a.upper(), "b": b.upper(), "freq": freq,
                "series": dyad_series(store(), a, b, freq, since, until, directed)}

    @app.get("/api/dyad/events", tags=["dyads"], summary="The events behind one point of a dyad series")
    def dyad_events(a: str = Query(..., pattern=ACTOR_PATTERN), b: str = Query("*", pattern=ACTOR_PATTERN),
                    period: dt.date = Query(...), freq: str = Query("day", pattern="^(day|week|month)$"),
                    directed: bool = False, limit: int = Limit) -> dict[str, Any]:
        return {"items": period_events(store(), a, b, period.isoformat(), freq, directed, limit)}

    @app.get("/api/alerts", tags=["dyads"], summary="Spikes: days far above a dyad's recent past")
    def alerts(window: int = Query(14, ge=3, le=365), min_volume: int = Query(3, ge=1, le=10_000),
               z: float = Query(2.5, ge=0.5, le=20), limit: int = Query(20, ge=1, le=200)) -> dict[str, Any]:
        return {"items": spikes(store(), window, min_volume, z, limit=limit)}

    @app.get("/api/network", tags=["dyads"], summary="Actors as nodes, dyads as weighted edges")
    def network(limit: int = Query(60, ge=1, le=MAX_LIMIT)) -> dict[str, Any]:
        edges = _top_dyads(store(), limit)
        nodes = sorted({e["a"] for e in edges} | {e["b"] for e in edges})
        return {"nodes": [{"id": n} for n in nodes], "edges": edges}

    # -- pages -------------------------------------------------------------------------
    def page(request: Request, name: str, **context: Any) -> HTMLResponse:
        return templates.TemplateResponse(request, name, context)

    @app.api_route("/", methods=["GET", "HEAD"], response_class=HTMLResponse, include_in_schema=False)
    def overview(request: Request) -> HTMLResponse:
        s = store()
        return page(request, "overview.html", stats=stats(), actors=actors(10)["items"],
                    dyads=_top_dyads(s, 10), alerts=spikes(s, limit=8))

    @app.get("/dyad", response_class=HTMLResponse, include_in_schema=False)
    def dyad_page(request: Request, a: str = Query("USA", pattern=ACTOR_PATTERN),
                  b: str = Query("RUS", pattern=ACTOR_PATTERN),
                  freq: str = Query("day", pattern="^(day|week|month)$")) -> HTMLResponse:
        return page(request, "dyad.html", a=a.upper(), b=b.upper(), freq=freq)

    @app.get("/network", response_class=HTMLResponse, include_in_schema=False)
    def network_page(request: Request) -> HTMLResponse:
        return page(request, "network.html")

    @app.get("/article/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, article_id: str) -> HTMLResponse:
        data = article(article_id)
        return page(request, "article.html", article=data, blocks=highlight(data))

    @app.get("/story/{story_id}", response_class=HTMLResponse, include_in_schema=False)
    def story_page(request: Request, story_id: str) -> HTMLResponse:
        return page(request, "story.html", story=_story(store(), story_id))

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, q: str = Query("", max_length=200)) -> HTMLResponse:
        results = _search(store(), q, None, None, None, 50, 0) if q.strip() else {"items": [], "total": 0}
        return page(request, "search.html", q=q, results=results)

    return app


def _search(s: Store, q: str | None, outlet, since, until, limit: int, offset: int) -> dict[str, Any]:
    """Every word must occur in title or text; ranked by occurrences, title hits counting 5x.
    (DuckDB's fts extension needs a download, which this offline tool cannot do.)"""
    where, params, rank, rank_params = ["TRUE"], [], "0", []
    words = [w for w in (q or "").split() if w][:8]
    for w in words:
        where.append("(title ILIKE ? OR text ILIKE ?)")
        params += [f"%{w}%", f"%{w}%"]
        rank += " + 5 * (length(lower(coalesce(title, ''))) - length(replace(lower(coalesce(title, '')), ?, ''))) / length(?)" \
                " + (length(lower(text)) - length(replace(lower(text), ?, ''))) / length(?)"
        rank_params += [w.lower()] * 4
    if outlet:
        where.append("outlet = ?")
        params.append(outlet)
    if since:
        where.append("published >= ?")
        params.append(since)
    if until:
        where.append("published <= ?")
        params.append(until)
    clause = " AND ".join(where)
    total = s.con.execute(f"SELECT count(*) FROM articles WHERE {clause}", params).fetchone()[0]
    rows = s.query(f"SELECT id, title, url, outlet, published, credit, left(text, 240) AS snippet, "
                   f"({rank}) AS score FROM articles WHERE {clause} "
                   f"ORDER BY score DESC, published DESC NULLS LAST, id LIMIT {limit} OFFSET {offset}",
                   rank_params + params)
    return {"total": total, "limit": limit, "offset": offset, "items": rows}


def _top_dyads(s: Store, limit: int) -> list[dict[str, Any]]:
    src = "coalesce(source_org, source_country, source_code)"
    dst = "coalesce(target_org, target_country, target_code)"
    return s.query(
        f"""SELECT least({src}, {dst}) AS a, greatest({src}, {dst}) AS b, count(*) AS mentions,
                   round(avg(goldstein), 2) AS goldstein_mean,
                   round(100 * sum(greatest(0, -goldstein)) / (10 * count(*)), 1) AS tension
            FROM events WHERE target_code IS NOT NULL AND NOT negated AND {src} <> {dst}
            GROUP BY ALL ORDER BY mentions DESC, a, b LIMIT {int(limit)}""")


def _story(s: Store, story_id: str) -> dict[str, Any]:
    found = s.query("SELECT * FROM stories WHERE id = ?", [story_id])
    if not found:
        raise HTTPException(404, f"no story {story_id!r}")
    story = found[0]
    story["articles"] = s.query(
        "SELECT a.id, a.title, a.url, a.outlet, a.published, a.credit FROM story_articles sa "
        "JOIN articles a ON a.id = sa.article_id WHERE sa.story_id = ? ORDER BY a.published, a.id", [story_id])
    story["outlets"] = sorted({a["outlet"] for a in story["articles"] if a["outlet"]})
    story["events"] = s.query(
        "SELECT * FROM unique_events WHERE event_key IN (SELECT e.event_key FROM events e JOIN story_articles sa "
        "ON sa.article_id = e.article_id WHERE sa.story_id = ?) ORDER BY num_mentions DESC, event_date", [story_id])
    return story


def highlight(article: dict[str, Any]) -> list[dict[str, Any]]:
    """Blocks as HTML with event triggers and quotes marked, from the stored offsets."""
    marks = [(e["trigger_span"][0], e["trigger_span"][1], "event",
              f"{e['source']['code']} {e['cameo']} {(e['target'] or {}).get('code', '-')}") for e in article["events"]]
    marks += [(q["start_char"], q["end_char"], "quote", q["speaker_name"] or "") for q in article["quotes"]]
    out = []
    for block in article["blocks"]:
        start, end = block["start_char"], block["end_char"]
        inside = sorted((m for m in marks if start <= m[0] < end), key=lambda m: (m[0], -m[1]))
        pieces, cursor = [], start
        for m_start, m_end, kind, title in inside:
            if m_start < cursor:
                continue  # overlapping marks: keep the first
            m_end = min(m_end, end)
            pieces.append(html.escape(article["text"][cursor:m_start]))
            pieces.append(f'<mark class="{kind}" title="{html.escape(title)}">'
                          f'{html.escape(article["text"][m_start:m_end])}</mark>')
            cursor = m_end
        pieces.append(html.escape(article["text"][cursor:end]))
        out.append({"kind": block["kind"], "html": "".join(pieces)})
    return out
