"""Dashboard pages (server-rendered Jinja templates; charts fetch the JSON API)."""

from __future__ import annotations

import datetime as dt
import html
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.responses import HTMLResponse

from newsevents.analysis.alerts import spikes
from newsevents.analysis.names import QUAD_CLASSES, actor_name, all_cameo_roots, cameo_name
from newsevents.store import Store, queries
from newsevents.web import api
from newsevents.web.api import ACTOR_PATTERN, CODE_PATTERN, EventFilters, get_store

router = APIRouter(include_in_schema=False)
PAGE = 50


def register_filters(templates) -> None:
    templates.env.filters["cameo_name"] = cameo_name
    templates.env.filters["actor_name"] = actor_name
    templates.env.globals["quad_classes"] = QUAD_CLASSES
    templates.env.globals["cameo_roots"] = all_cameo_roots()


def page(request: Request, name: str, **context: Any) -> HTMLResponse:
    return request.app.state.templates.TemplateResponse(request, name, context)


def query_string(values: dict[str, Any], **extra: Any) -> str:
    return urlencode({k: v for k, v in {**values, **extra}.items() if v not in (None, "")})


@router.api_route("/", methods=["GET", "HEAD"], response_class=HTMLResponse)
def overview(request: Request, s: Store = Depends(get_store)) -> HTMLResponse:
    return page(request, "overview.html", stats=api.stats(s), actors=queries.top_actors(s, 10),
                dyads=queries.dyads(s, 10), alerts=spikes(s, limit=8))


@router.get("/dyad", response_class=HTMLResponse)
def dyad_page(request: Request, a: str = Query("USA", pattern=ACTOR_PATTERN), b: str = Query("RUS", pattern=ACTOR_PATTERN),
              freq: str = Query("auto", pattern="^(auto|day|week|month)$"),
              since: dt.date | None = None, until: dt.date | None = None) -> HTMLResponse:
    return page(request, "dyad.html", a=a.upper(), b=b.upper(), freq=freq, since=since or "", until=until or "",
                events_query=query_string({"actor": a.upper(), "since": since, "until": until}))


@router.get("/network", response_class=HTMLResponse)
def network_page(request: Request, since: dt.date | None = None, until: dt.date | None = None) -> HTMLResponse:
    return page(request, "network.html", since=since or "", until=until or "")


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request, f: EventFilters = Depends()) -> HTMLResponse:
    return page(request, "map.html", f=f.values, api_query=query_string(f.values))


@router.get("/events", response_class=HTMLResponse)
def events_page(request: Request, f: EventFilters = Depends(), offset: int = Query(0, ge=0, le=10_000_000),
                s: Store = Depends(get_store)) -> HTMLResponse:
    data = api.events(f, PAGE, offset, s)
    return page(request, "events.html", f=f.values, data=data, offset=offset, page_size=PAGE,
                qs=query_string(f.values), prev_qs=query_string(f.values, offset=max(0, offset - PAGE)),
                next_qs=query_string(f.values, offset=offset + PAGE))


@router.get("/stories", response_class=HTMLResponse)
def stories_page(request: Request, since: dt.date | None = None, until: dt.date | None = None,
                 offset: int = Query(0, ge=0, le=10_000_000), s: Store = Depends(get_store)) -> HTMLResponse:
    rows = queries.stories(s, since, until, PAGE, offset)
    members: dict[str, list] = {}
    for m in queries.story_members(s, [r["id"] for r in rows]):
        members.setdefault(m["story_id"], []).append(m)
    return page(request, "stories.html", stories=rows, members=members, since=since or "", until=until or "",
                total=queries.stories_count(s, since, until), offset=offset, page_size=PAGE,
                prev_qs=query_string({"since": since, "until": until}, offset=max(0, offset - PAGE)),
                next_qs=query_string({"since": since, "until": until}, offset=offset + PAGE))


@router.get("/story/{story_id}", response_class=HTMLResponse)
def story_page(request: Request, story_id: str, s: Store = Depends(get_store)) -> HTMLResponse:
    story = api.story_data(s, story_id)
    events = queries.events_of_articles(s, [a["id"] for a in story["articles"]])
    named = [api.named_event(e) for e in events]
    timeline = jsonable_encoder({"articles": story["articles"], "events": named})
    return page(request, "story.html", story=story, events=named, timeline=timeline)


@router.get("/actor/{actor}", response_class=HTMLResponse)
def actor_page(request: Request, actor: str, since: dt.date | None = None, until: dt.date | None = None,
               s: Store = Depends(get_store)) -> HTMLResponse:
    profile = api.actor_profile(actor, since, until, s)
    recent = [api.named_event(r) for r in queries.events(s, 20, 0, actor=actor, since=since, until=until)]
    return page(request, "actor.html", p=profile, recent=recent, since=since or "", until=until or "")


@router.get("/article/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str, s: Store = Depends(get_store)) -> HTMLResponse:
    data = api.article_data(s, article_id)
    return page(request, "article.html", article=data, blocks=highlight(data))


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, q: str = Query("", max_length=200), kind: str = Query("articles", pattern="^(articles|events)$"),
                outlet: str | None = Query(None, max_length=200), since: dt.date | None = None,
                until: dt.date | None = None, actor: str | None = Query(None, pattern=r"^$|" + ACTOR_PATTERN),
                code: str | None = Query(None, pattern=r"^$|" + CODE_PATTERN),
                offset: int = Query(0, ge=0, le=10_000), s: Store = Depends(get_store)) -> HTMLResponse:
    filters = {"outlet": outlet or None, "since": since, "until": until, "actor": actor or None,
               "code": code or None}
    results: dict[str, Any] = {"items": [], "total": 0}
    if q.strip():
        if kind == "events":
            results = api.search_events(request, q, filters["outlet"], since, until, filters["actor"],
                                        filters["code"], PAGE, offset, s)
        else:
            results = api.search(request, q, filters["outlet"], since, until, filters["actor"],
                                 filters["code"], None, PAGE, offset, s)
    outlets = [r["outlet"] for r in queries.top_outlets(s, 30) if r["outlet"]]
    return page(request, "search.html", q=q, kind=kind, f=filters, results=results, outlets=outlets,
                offset=offset, page_size=PAGE,
                next_qs=query_string({"q": q, "kind": kind, **filters}, offset=offset + PAGE))


def highlight(article: dict[str, Any]) -> list[dict[str, Any]]:
    """Blocks as HTML with event triggers, their actors and quotes marked, from the stored
    offsets; negated and hypothetical events are marked as such."""
    text = article["text"]
    marks = []
    for e in article["events"]:
        flags = [f for f in ("negated", "hypothetical", "historical") if e[f]]
        title = (f"{e['source']['code']} {e['cameo']} {e['cameo_name']} {(e['target'] or {}).get('code', '')}"
                 + (f" ({', '.join(flags)})" if flags else ""))
        marks.append((e["trigger_span"][0], e["trigger_span"][1], "event " + " ".join(flags), title))
        start, end = e["span"]
        sentence_start = max(0, start)
        for side in ("source", "target"):
            actor = e[side]
            name = (actor or {}).get("name")
            if not name or len(name) < 2:
                continue
            at = text.find(name, sentence_start, end)
            if at >= 0:
                marks.append((at, at + len(name), "actor", f"{actor['code']}: {actor_name(actor['code'])}"))
    marks += [(q["start_char"], q["end_char"], "quote", q["speaker_name"] or "") for q in article["quotes"]]
    out = []
    for block in article["blocks"]:
        start, end = block["start_char"], block["end_char"]
        # actors and triggers inside quotes are still shown: marks are nested by keeping the
        # first of overlapping marks only when they truly overlap
        inside = sorted((m for m in marks if start <= m[0] < end), key=lambda m: (m[0], -m[1]))
        pieces, cursor = [], start
        for m_start, m_end, kind, title in inside:
            if m_start < cursor:
                continue
            m_end = min(m_end, end)
            pieces.append(html.escape(text[cursor:m_start]))
            pieces.append(f'<mark class="{kind.strip()}" title="{html.escape(title)}">'
                          f'{html.escape(text[m_start:m_end])}</mark>')
            cursor = m_end
        pieces.append(html.escape(text[cursor:end]))
        out.append({"kind": block["kind"], "html": "".join(pieces)})
    return out
