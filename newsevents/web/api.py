"""The JSON API router (/api/...). The SQL lives in newsevents.store.queries."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import Response

from newsevents.analysis import auto_freq, dyad_series, period_events
from newsevents.analysis.alerts import spikes
from newsevents.analysis.names import actor_name, all_cameo_roots, cameo_name
from newsevents.store.queries import unique_events
from newsevents.store import Store, queries
from newsevents.store.db import event_dict

MAX_LIMIT = 500
ACTOR_PATTERN = r"^[A-Za-z*][A-Za-z0-9]{0,11}$"
CODE_PATTERN = r"^\d{1,4}$"
Limit = Query(50, ge=1, le=MAX_LIMIT, description=f"Rows per page (1-{MAX_LIMIT}).")
Offset = Query(0, ge=0, le=10_000_000, description="Rows to skip.")
Freq = Query("day", pattern="^(day|week|month)$")

router = APIRouter(prefix="/api")


def get_store(request: Request) -> Store:
    """A cursor for this request (web/live.py: released when the response is built)."""
    return request.app.state.database.store()


class EventFilters:
    """The event filters every event view shares (list, download, map, search)."""

    def __init__(self,
                 actor: str | None = Query(None, pattern=ACTOR_PATTERN, description="Actor on either side: code prefix (RUS = every Russian actor) or organisation (NATO)."),
                 source: str | None = Query(None, pattern=ACTOR_PATTERN, description="Source actor (code prefix or organisation)."),
                 target: str | None = Query(None, pattern=ACTOR_PATTERN, description="Target actor (code prefix or organisation)."),
                 code: str | None = Query(None, pattern=CODE_PATTERN, description="CAMEO code prefix: 19 (fight), 112 (accuse)."),
                 since: dt.date | None = Query(None, description="First event date."),
                 until: dt.date | None = Query(None, description="Last event date."),
                 article: str | None = Query(None, max_length=100, description="Only this article's events."),
                 flags: str | None = Query(None, pattern="^(asserted|negated|hypothetical|historical)$",
                                           description="asserted (neither negated nor hypothetical), negated, hypothetical or historical.")):
        self.values = {"actor": actor, "source": source, "target": target, "code": code, "since": since,
                       "until": until, "article": article, "flags": flags}


def named_event(row: dict[str, Any]) -> dict[str, Any]:
    """An event in the JSON contract, with the names of its codes."""
    e = event_dict(row)
    e["cameo_name"] = cameo_name(e["cameo"])
    e["title"], e["outlet"] = row.get("title"), row.get("outlet")
    for side in ("source", "target"):
        if e[side]:
            e[side]["label"] = actor_name(e[side]["code"])
    return e


@router.get("/stats", tags=["corpus"], summary="Counts of the corpus, articles per language")
def stats(s: Store = Depends(get_store)) -> dict[str, Any]:
    return queries.stats(s) | {"languages": queries.languages(s),
                               "note": "Events, quotes and places are extracted from English articles only; "
                                       "articles in other languages are stored and searchable."}


@router.get("/cameo", tags=["corpus"], summary="CAMEO root codes and their names")
def cameo() -> dict[str, Any]:
    return {"items": [{"code": c, "name": n} for c, n in all_cameo_roots()]}


def _search_filters(outlet, since, until, actor, code, language) -> dict[str, Any]:
    return {"outlet": outlet, "since": since, "until": until, "actor": actor,
            "root": code[:2] if code else None, "language": language}


@router.get("/search", tags=["search"], summary="Full-text search over articles: BM25, phrases, highlighted snippets")
def search(request: Request, q: str = Query(..., min_length=1, max_length=200,
                                            description='Words (all must occur), "quoted phrases", OR, -excluded.'),
           outlet: str | None = Query(None, max_length=200), since: dt.date | None = None, until: dt.date | None = None,
           actor: str | None = Query(None, pattern=ACTOR_PATTERN, description="Articles with an event of this actor."),
           code: str | None = Query(None, pattern=CODE_PATTERN, description="Articles with an event of this CAMEO root."),
           language: str | None = Query(None, max_length=8),
           limit: int = Limit, offset: int = Offset, s: Store = Depends(get_store)) -> dict[str, Any]:
    return queries.search_articles(s, request.app.state.index, q, limit, offset,
                                   **_search_filters(outlet, since, until, actor, code, language))


@router.get("/search/events", tags=["search"], summary="Full-text search over event sentences")
def search_events(request: Request, q: str = Query(..., min_length=1, max_length=200),
                  outlet: str | None = Query(None, max_length=200), since: dt.date | None = None,
                  until: dt.date | None = None, actor: str | None = Query(None, pattern=ACTOR_PATTERN),
                  code: str | None = Query(None, pattern=CODE_PATTERN), limit: int = Limit, offset: int = Offset,
                  s: Store = Depends(get_store)) -> dict[str, Any]:
    found = queries.search_events(s, request.app.state.index, q, limit, offset,
                                  **_search_filters(outlet, since, until, actor, code, None))
    found["items"] = [named_event(r) | {"snippet_html": r["snippet_html"], "score": r["score"]} for r in found["items"]]
    return found


@router.get("/articles", tags=["articles"], summary="Articles, newest first (with q: search results)")
def articles(request: Request, q: str | None = Query(None, max_length=200), outlet: str | None = None,
             since: dt.date | None = None, until: dt.date | None = None,
             limit: int = Limit, offset: int = Offset, s: Store = Depends(get_store)) -> dict[str, Any]:
    if q and q.strip():
        return queries.search_articles(s, request.app.state.index, q, limit, offset,
                                       outlet=outlet, since=since, until=until)
    total, rows = queries.list_articles(s, outlet, since, until, limit, offset)
    return {"total": total, "limit": limit, "offset": offset, "items": rows}


def article_data(s: Store, article_id: str) -> dict[str, Any]:
    found = s.find_article(article_id)
    if found is None:
        raise HTTPException(404, f"no article {article_id!r}")
    marks = queries.article_marks(s, found["id"])
    found["events"] = [named_event({**e, "url": found["url"]}) | {
        "span": [e["start_char"], e["end_char"]], "trigger_span": [e["trigger_start"], e["trigger_end"]]}
        for e in marks["events"]]
    found["quotes"], found["story"] = marks["quotes"], marks["story"]
    return found


@router.get("/articles/{article_id}", tags=["articles"], summary="One article with blocks, events and quotes")
def article(article_id: str, s: Store = Depends(get_store)) -> dict[str, Any]:
    return article_data(s, article_id)


@router.get("/events", tags=["events"], summary="Event mentions, filtered, newest first")
def events(f: EventFilters = Depends(), limit: int = Limit, offset: int = Offset,
           s: Store = Depends(get_store)) -> dict[str, Any]:
    rows = queries.events(s, limit, offset, **f.values)
    return {"total": queries.events_count(s, **f.values), "limit": limit, "offset": offset,
            "items": [named_event(r) for r in rows]}


@router.get("/events/download", tags=["events"], summary="The filtered events as a CSV or Parquet file")
def events_download(f: EventFilters = Depends(), format: str = Query("csv", pattern="^(csv|parquet)$"),
                    limit: int = Query(1_000_000, ge=1, le=5_000_000), s: Store = Depends(get_store)) -> Response:
    table = queries.events_arrow(s, limit, **f.values)
    buffer = io.BytesIO()
    if format == "csv":
        import pyarrow.csv as pacsv

        pacsv.write_csv(table, buffer)
        media = "text/csv"
    else:
        import pyarrow.parquet as pq

        pq.write_table(table, buffer)
        media = "application/vnd.apache.parquet"
    return Response(buffer.getvalue(), media_type=media,
                    headers={"Content-Disposition": f'attachment; filename="events.{format}"'})


@router.get("/events/unique", tags=["events"], summary="Aggregated events with mention counts")
def events_unique(actor: str | None = Query(None, pattern=ACTOR_PATTERN), target: str | None = Query(None, pattern=ACTOR_PATTERN),
                  code: str | None = Query(None, pattern=CODE_PATTERN), since: dt.date | None = None,
                  until: dt.date | None = None, limit: int = Limit, s: Store = Depends(get_store)) -> dict[str, Any]:
    return {"items": unique_events(s, actor, target, code, since, until, None, limit)}


@router.get("/quotes", tags=["quotes"], summary="Quotes with their speakers")
def quotes(speaker: str | None = Query(None, max_length=100), limit: int = Limit, offset: int = Offset,
           s: Store = Depends(get_store)) -> dict[str, Any]:
    rows = queries.list_quotes(s, speaker, limit, offset)
    return {"limit": limit, "offset": offset, "items": rows}


@router.get("/stories", tags=["stories"], summary="Story clusters, largest first")
def stories(since: dt.date | None = None, until: dt.date | None = None, limit: int = Limit, offset: int = Offset,
            s: Store = Depends(get_store)) -> dict[str, Any]:
    return {"total": queries.stories_count(s, since, until), "limit": limit, "offset": offset,
            "items": queries.stories(s, since, until, limit, offset)}


def story_data(s: Store, story_id: str) -> dict[str, Any]:
    story = queries.find_story(s, story_id)
    if story is None:
        raise HTTPException(404, f"no story {story_id!r} (or the prefix is not unique)")
    for e in story["events"]:
        e["cameo_name"] = cameo_name(e["cameo"])
    return story


@router.get("/stories/{story_id}", tags=["stories"], summary="One story (id or unique prefix): outlets, articles, events")
def story(story_id: str, s: Store = Depends(get_store)) -> dict[str, Any]:
    return story_data(s, story_id)


@router.get("/actors", tags=["actors"], summary="Most active actor codes (roles apart)")
def actors(limit: int = Limit, s: Store = Depends(get_store)) -> dict[str, Any]:
    return {"items": [r | {"label": actor_name(r["code"])} for r in queries.actor_codes(s, limit)]}


@router.get("/actors/top", tags=["actors"], summary="Most active country-level actors (roles rolled up)")
def actors_top(limit: int = Limit, since: dt.date | None = None, until: dt.date | None = None,
               s: Store = Depends(get_store)) -> dict[str, Any]:
    return {"items": [r | {"label": actor_name(r["code"])} for r in queries.top_actors(s, limit, since, until)]}


@router.get("/actors/{actor}", tags=["actors"], summary="An actor's profile: roles, dyads, events over time")
def actor_profile(actor: str, since: dt.date | None = None, until: dt.date | None = None,
                  s: Store = Depends(get_store)) -> dict[str, Any]:
    if not __import__("re").match(ACTOR_PATTERN, actor) or actor == "*":
        raise HTTPException(422, "an actor is a code such as RUS, RUSGOV or NATO")
    profile = queries.actor_profile(s, actor, since, until)
    if profile is None:
        raise HTTPException(404, f"no events with actor {actor.upper()!r}")
    profile["label"] = actor_name(profile["actor"])
    for r in profile["codes"]:
        r["label"] = actor_name(r["code"])
    for d in profile["dyads"]:
        d["a_label"], d["b_label"] = actor_name(d["a"]), actor_name(d["b"])
    for r in profile["roots"]:
        r["name"] = cameo_name(r["root"])
    return profile


@router.get("/dyads", tags=["dyads"], summary="Most active country-level dyads")
def dyads(limit: int = Limit, since: dt.date | None = None, until: dt.date | None = None,
          s: Store = Depends(get_store)) -> dict[str, Any]:
    return {"items": [d | {"a_label": actor_name(d["a"]), "b_label": actor_name(d["b"])}
                      for d in queries.dyads(s, limit, since, until)]}


@router.get("/dyad", tags=["dyads"], summary="Tension and cooperation over time between two actors")
def dyad(a: str = Query(..., pattern=ACTOR_PATTERN), b: str = Query("*", pattern=ACTOR_PATTERN),
         freq: str = Query("day", pattern="^(day|week|month|auto)$"), since: dt.date | None = None,
         until: dt.date | None = None, directed: bool = False,
         fill: bool = Query(True, description="List periods without events too (0 mentions, no index)."),
         s: Store = Depends(get_store)) -> dict[str, Any]:
    if freq == "auto":
        freq = auto_freq(s, a, b, since, until)
    if since and until and since > until:
        raise HTTPException(422, "since is after until")
    return {"a": a.upper(), "b": b.upper(), "a_label": actor_name(a), "b_label": actor_name(b), "freq": freq,
            "series": dyad_series(s, a, b, freq, since, until, directed, fill=fill)}


@router.get("/dyad/events", tags=["dyads"], summary="The events behind one point of a dyad series")
def dyad_events(a: str = Query(..., pattern=ACTOR_PATTERN), b: str = Query("*", pattern=ACTOR_PATTERN),
                period: dt.date = Query(...), freq: str = Freq,
                directed: bool = False, limit: int = Limit, s: Store = Depends(get_store)) -> dict[str, Any]:
    rows = period_events(s, a, b, period.isoformat(), freq, directed, limit)
    return {"items": [r | {"cameo_name": cameo_name(r["cameo"]), "source_label": actor_name(r["source_code"]),
                           "target_label": actor_name(r["target_code"])} for r in rows]}


@router.get("/alerts", tags=["dyads"], summary="Spikes: days far above a dyad's recent past")
def alerts(window: int = Query(14, ge=3, le=365), min_volume: int = Query(3, ge=1, le=10_000),
           z: float = Query(2.5, ge=0.5, le=20), limit: int = Query(20, ge=1, le=200),
           s: Store = Depends(get_store)) -> dict[str, Any]:
    return {"items": spikes(s, window, min_volume, z, limit=limit)}


@router.get("/network", tags=["dyads"], summary="Actors as nodes, dyads as weighted edges")
def network(limit: int = Query(60, ge=1, le=MAX_LIMIT), since: dt.date | None = None, until: dt.date | None = None,
            s: Store = Depends(get_store)) -> dict[str, Any]:
    edges = queries.dyads(s, limit, since, until)
    nodes = sorted({e["a"] for e in edges} | {e["b"] for e in edges})
    return {"nodes": [{"id": n, "label": actor_name(n)} for n in nodes], "edges": edges}


@router.get("/map", tags=["events"], summary="Located events grouped by place, for a map")
def map_points(f: EventFilters = Depends(), s: Store = Depends(get_store)) -> dict[str, Any]:
    points = queries.map_points(s, **f.values)
    ids = [i for p in points[:300] for i in p["event_ids"]]
    by_id = {r["id"]: r for r in queries.events(s, None, ids=ids)} if ids else {}
    for p in points:
        p["events"] = [{"id": i, "article_id": by_id[i]["article_id"], "title": by_id[i]["title"],
                        "date": by_id[i]["event_date"].isoformat() if by_id[i]["event_date"] else None,
                        "source": by_id[i]["source_code"], "target": by_id[i]["target_code"],
                        "cameo": by_id[i]["cameo"], "cameo_name": cameo_name(by_id[i]["cameo"])}
                       for i in p.pop("event_ids") if i in by_id]
    return {"located": sum(p["mentions"] for p in points), "total": queries.events_count(s, **f.values),
            "items": points}
