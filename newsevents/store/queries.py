"""The read-side SQL, one function per query, shared by the web API, the dashboard pages and
the CLI (docs/ARCHITECTURE.md). Every function takes a `Store` (or a Store over a cursor)
and returns plain dicts.

One actor filter, one meaning (`actor_match`): an actor is a code prefix or an
organisation. `RUS` matches RUS, RUSGOV, RUSMIL, ...; `RUSGOV` only the government; `NATO`
the organisation. `actor` filters match either side of an event, `source` / `target` one side.

One tension expression (`tension_sql`): the mention-weighted mean conflict intensity on a
0-100 scale, 100 * sum(max(0, -Goldstein)) / (10 * mentions) (docs/ANALYSIS.md).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

EVENT_COLUMNS = ("e.*, a.url, a.title, a.outlet, s.text AS sentence")
EVENT_FROM = ("events e JOIN articles a ON a.id = e.article_id "
              "LEFT JOIN sentences s ON s.article_id = e.article_id AND s.idx = e.sentence_index")


def tension_sql(goldstein: str = "goldstein") -> str:
    return f"100 * sum(greatest(0, -{goldstein})) / (10 * count(*))"


def cooperation_sql(goldstein: str = "goldstein") -> str:
    return f"100 * sum(greatest(0, {goldstein})) / (10 * count(*))"


def actor_key(side: str) -> str:
    """The country-level actor of one side: the organisation, else the country, else the code
    (RUSGOV and RUSMIL roll up to RUS, NATO stays NATO)."""
    return f"coalesce({side}_org, {side}_country, {side}_code)"


def actor_match(side: str, actor: str | None) -> tuple[str, list[Any]]:
    """`side` is a column prefix such as 'e.source'."""
    if actor in (None, "", "*"):
        return "TRUE", []
    actor = actor.upper()
    return f"({side}_code LIKE ? OR {side}_org = ?)", [actor + "%", actor]


def event_where(actor: str | None = None, source: str | None = None, target: str | None = None,
                code: str | None = None, since: dt.date | None = None, until: dt.date | None = None,
                article: str | None = None, ids: list[str] | None = None, located: bool = False,
                flags: str | None = None, t: str = "e") -> tuple[str, list[Any]]:
    """WHERE clause over `events AS t`. `code` is a CAMEO prefix (19 = fight, 112 = accuse);
    `flags` is 'asserted' (neither negated nor hypothetical), 'negated' or 'hypothetical'."""
    where, params = [], []
    if actor not in (None, "", "*"):
        s_sql, s_p = actor_match(f"{t}.source", actor)
        t_sql, t_p = actor_match(f"{t}.target", actor)
        where.append(f"({s_sql} OR {t_sql})")
        params += s_p + t_p
    for side, value in (("source", source), ("target", target)):
        if value not in (None, "", "*"):
            sql, p = actor_match(f"{t}.{side}", value)
            where.append(sql)
            params += p
    if code:
        where.append(f"{t}.cameo LIKE ?")
        params.append(code + "%")
    dates, date_params = _date_where(since, until, f"{t}.")
    if dates:
        where.append(dates.removeprefix(" AND "))
        params += date_params
    if article:
        where.append(f"{t}.article_id = ?")
        params.append(article)
    if ids is not None:
        where.append(f"{t}.id IN (SELECT unnest(?))")
        params.append(list(ids))
    if located:
        where.append(f"({t}.location_name IS NOT NULL)")
    if flags == "asserted":
        where.append(f"NOT {t}.negated AND NOT {t}.hypothetical")
    elif flags in ("negated", "hypothetical", "historical"):
        where.append(f"{t}.{flags}")
    return " AND ".join(where) or "TRUE", params


def events(store, limit: int | None = 50, offset: int = 0, order: str = "recent", **filters: Any) -> list[dict[str, Any]]:
    """Event mentions with their sentence, article URL, title and outlet."""
    where, params = event_where(**filters)
    order_sql = {"recent": "e.event_date DESC NULLS LAST, e.id",
                 "date": "e.event_date, e.article_id, e.start_char"}[order]
    sql = f"SELECT {EVENT_COLUMNS} FROM {EVENT_FROM} WHERE {where} ORDER BY {order_sql}"
    if limit:
        sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
    return store.query(sql, params)


def events_stream(store, limit: int | None = None, **filters: Any) -> Iterator[dict[str, Any]]:
    """The rows of `events` in date order, fetched a few thousand at a time (exports, CLI)."""
    where, params = event_where(**filters)
    sql = f"SELECT {EVENT_COLUMNS} FROM {EVENT_FROM} WHERE {where} ORDER BY e.event_date, e.article_id, e.start_char"
    cursor = store.con.execute(sql + (f" LIMIT {int(limit)}" if limit else ""), params)
    names = [d[0] for d in cursor.description]
    while batch := cursor.fetchmany(5000):
        for row in batch:
            yield dict(zip(names, row))


def events_count(store, **filters: Any) -> int:
    where, params = event_where(**filters)
    return store.con.execute(f"SELECT count(*) FROM events e WHERE {where}", params).fetchone()[0]


def events_arrow(store, limit: int = 1_000_000, **filters: Any):
    """The same rows as `events` as an Arrow table, flat columns (downloads)."""
    where, params = event_where(**filters)
    return store.con.sql(
        f"SELECT e.id, e.event_date, e.source_code, e.source_name, e.target_code, e.target_name, e.cameo, "
        f"e.root, e.quad_class, e.goldstein, e.negated, e.hypothetical, e.historical, e.trigger, "
        f"e.location_name, e.location_country, e.lat, e.lon, e.article_id, a.url, a.outlet, a.title, "
        f"s.text AS sentence FROM {EVENT_FROM} WHERE {where} "
        f"ORDER BY e.event_date DESC NULLS LAST, e.id LIMIT {int(limit)}", params=params).to_arrow_table()


# -- corpus --------------------------------------------------------------------------------
def stats(store) -> dict[str, Any]:
    """Counts for `newsevents stats`, /api/stats and the overview."""
    con = store.con
    counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in
              ("articles", "events", "unique_events", "quotes", "amounts", "stories", "duplicates", "rejects")}
    n_outlets, first, last, undated = con.execute(
        "SELECT count(DISTINCT outlet), min(published), max(published), "
        "count(*) FILTER (WHERE published IS NULL) FROM articles").fetchone()
    counts.update(outlets=n_outlets, first=first.isoformat() if first else None,
                  last=last.isoformat() if last else None, undated=undated)
    return counts


def languages(store) -> list[dict[str, Any]]:
    """Articles per language and how many of them were extracted (only English is)."""
    return store.query(
        """SELECT coalesce(a.language, x.language, 'und') AS language, count(*) AS articles,
                  count(*) FILTER (WHERE x.article_id IS NOT NULL AND x.skipped IS NULL) AS extracted
           FROM articles a LEFT JOIN extractions x ON x.article_id = a.id
           GROUP BY ALL ORDER BY articles DESC, language""")


def rejects_by_reason(store) -> list[dict[str, Any]]:
    return store.query("SELECT stage, reason, count(*) AS n FROM rejects GROUP BY ALL ORDER BY n DESC")


def top_outlets(store, limit: int = 10) -> list[dict[str, Any]]:
    return store.query(f"SELECT outlet, count(*) AS n FROM articles GROUP BY outlet ORDER BY n DESC, outlet LIMIT {int(limit)}")


def top_credits(store, limit: int = 10) -> list[dict[str, Any]]:
    return store.query("SELECT credit, count(*) AS n FROM articles WHERE credit IS NOT NULL "
                       f"GROUP BY credit ORDER BY n DESC LIMIT {int(limit)}")


# -- stories -------------------------------------------------------------------------------
def stories(store, since: dt.date | None = None, until: dt.date | None = None,
            limit: int | None = 50, offset: int = 0) -> list[dict[str, Any]]:
    """Story clusters, largest first (a story overlaps [since, until])."""
    where, params = ["TRUE"], []
    if since:
        where.append("(s.last_date >= ? OR s.last_date IS NULL)")
        params.append(since)
    if until:
        where.append("(s.first_date <= ? OR s.first_date IS NULL)")
        params.append(until)
    sql = (f"SELECT s.* FROM stories s WHERE {' AND '.join(where)} "
           f"ORDER BY s.n_articles DESC, s.last_date DESC NULLS LAST, s.id")
    if limit:
        sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
    return store.query(sql, params)


def stories_count(store, since=None, until=None) -> int:
    return len(stories(store, since, until, None)) if (since or until) else \
        store.con.execute("SELECT count(*) FROM stories").fetchone()[0]


def story_members(store, story_ids: list[str]) -> list[dict[str, Any]]:
    return store.query(
        "SELECT sa.story_id, a.id, a.title, a.url, a.outlet, a.published FROM story_articles sa "
        "JOIN articles a ON a.id = sa.article_id WHERE sa.story_id IN (SELECT unnest(?)) "
        "ORDER BY a.published NULLS LAST, a.id", [list(story_ids)])


def find_story(store, story_id: str) -> dict[str, Any] | None:
    """One story by id or unique id prefix (the CLI prints 12 characters), with its articles,
    outlets and aggregated events; None when no story or more than one matches."""
    found = store.query("SELECT * FROM stories WHERE id = ?", [story_id]) or \
        store.query("SELECT * FROM stories WHERE id LIKE ? ORDER BY id LIMIT 2", [story_id + "%"])
    if len(found) != 1:
        return None
    story = found[0]
    story["articles"] = store.query(
        "SELECT a.id, a.title, a.url, a.outlet, a.published, a.credit FROM story_articles sa "
        "JOIN articles a ON a.id = sa.article_id WHERE sa.story_id = ? ORDER BY a.published NULLS LAST, a.id",
        [story["id"]])
    story["outlets"] = sorted({a["outlet"] for a in story["articles"] if a["outlet"]})
    story["events"] = store.query(
        "SELECT * FROM unique_events WHERE event_key IN (SELECT e.event_key FROM events e JOIN story_articles sa "
        "ON sa.article_id = e.article_id WHERE sa.story_id = ?) ORDER BY event_date NULLS LAST, num_mentions DESC",
        [story["id"]])
    return story


# -- articles ------------------------------------------------------------------------------
def article_marks(store, article_id: str) -> dict[str, list[dict[str, Any]]]:
    """What the article page marks in the text: events (with flags and actor names) and quotes."""
    return {"events": store.query("SELECT * FROM events WHERE article_id = ? ORDER BY start_char, trigger_start",
                                  [article_id]),
            "quotes": store.query("SELECT * FROM quotes WHERE article_id = ? ORDER BY idx", [article_id]),
            "story": (store.query("SELECT story_id FROM story_articles WHERE article_id = ?", [article_id])
                      or [{}])[0].get("story_id")}


def search_articles(store, index, q: str, limit: int = 20, offset: int = 0, **filters: Any) -> dict[str, Any]:
    """Full-text search (store/search.py) ranked by BM25, joined to the article rows."""
    total, hits = index.search_articles(q, limit, offset, **filters)
    rows = {r["id"]: r for r in store.query(
        "SELECT id, title, url, outlet, published, credit, language, left(text, 240) AS lede FROM articles "
        "WHERE id IN (SELECT unnest(?))", [[h["id"] for h in hits]])}
    items = []
    for h in hits:
        row = rows.get(h["id"])
        if row:
            items.append(row | {"score": h["score"], "title_html": h["title_html"], "snippet_html": h["text_html"]})
    return {"total": total, "limit": limit, "offset": offset, "items": items}


def search_events(store, index, q: str, limit: int = 20, offset: int = 0, **filters: Any) -> dict[str, Any]:
    total, hits = index.search_events(q, limit, offset, **filters)
    rows = {r["id"]: r for r in events(store, None, ids=[h["id"] for h in hits])}
    items = [rows[h["id"]] | {"score": h["score"], "snippet_html": h["text_html"]} for h in hits if h["id"] in rows]
    return {"total": total, "limit": limit, "offset": offset, "items": items}


# -- actors and dyads ----------------------------------------------------------------------
def _date_where(since, until, t: str = "") -> tuple[str, list[Any]]:
    """' AND event_date >= ? AND event_date <= ?' (either may be absent) and its parameters."""
    where, params = [], []
    if since:
        where.append(f"{t}event_date >= ?")
        params.append(since)
    if until:
        where.append(f"{t}event_date <= ?")
        params.append(until)
    return (" AND " + " AND ".join(where)) if where else "", params


def top_actors(store, limit: int = 10, since=None, until=None) -> list[dict[str, Any]]:
    """Most mentioned country-level actors (roles rolled up, as in dyads)."""
    dates, params = _date_where(since, until)
    return store.query(
        f"""SELECT key AS code, count(*) AS mentions, avg(goldstein) AS goldstein_mean,
                   list(DISTINCT code ORDER BY code) AS codes FROM (
              SELECT {actor_key('source')} AS key, source_code AS code, goldstein FROM events WHERE TRUE {dates}
              UNION ALL SELECT {actor_key('target')}, target_code, goldstein FROM events
                WHERE target_code IS NOT NULL {dates})
            GROUP BY key ORDER BY mentions DESC, key LIMIT {int(limit)}""", params + params)


def actor_codes(store, limit: int = 50) -> list[dict[str, Any]]:
    """Most mentioned actor codes, roles apart (the /api/actors list)."""
    return store.query(
        f"""SELECT code, any_value(name) AS name, count(*) AS mentions, avg(goldstein) AS goldstein_mean FROM (
              SELECT source_code AS code, source_name AS name, goldstein FROM events
              UNION ALL SELECT target_code, target_name, goldstein FROM events WHERE target_code IS NOT NULL)
            GROUP BY code ORDER BY mentions DESC, code LIMIT {int(limit)}""")


def dyads(store, limit: int = 50, since=None, until=None, actor: str | None = None) -> list[dict[str, Any]]:
    """Country-level dyads (direction ignored), most mentioned first; negated events left out."""
    src, dst = actor_key("source"), actor_key("target")
    dates, params = _date_where(since, until)
    having = ""
    if actor:
        having = " HAVING a = ? OR b = ?"
        params = params + [actor.upper(), actor.upper()]
    return store.query(
        f"""SELECT least({src}, {dst}) AS a, greatest({src}, {dst}) AS b, count(*) AS mentions,
                   round(avg(goldstein), 2) AS goldstein_mean, round({tension_sql()}, 1) AS tension
            FROM events WHERE target_code IS NOT NULL AND NOT negated AND {src} <> {dst} {dates}
            GROUP BY ALL{having} ORDER BY mentions DESC, a, b LIMIT {int(limit)}""", params)


def actor_profile(store, actor: str, since=None, until=None) -> dict[str, Any] | None:
    """An actor's page: its codes (roles), counts as source and target, its dyads, events per
    month by quad class, and CAMEO roots it is involved in."""
    where, params = event_where(actor=actor, since=since, until=until)
    head = store.con.execute(
        f"""SELECT count(*), count(*) FILTER (WHERE {actor_match('e.source', actor)[0]}),
                   min(event_date), max(event_date), avg(goldstein)
            FROM events e WHERE {where}""", actor_match('e.source', actor)[1] + params).fetchone()
    if not head[0]:
        return None
    codes = store.query(
        f"""SELECT code, any_value(name) AS name, count(*) AS mentions FROM (
              SELECT source_code AS code, source_name AS name FROM events e WHERE {actor_match('e.source', actor)[0]}
              UNION ALL SELECT target_code, target_name FROM events e WHERE {actor_match('e.target', actor)[0]})
            GROUP BY code ORDER BY mentions DESC, code LIMIT 20""",
        actor_match('e.source', actor)[1] + actor_match('e.target', actor)[1])
    timeline = store.query(
        f"""SELECT date_trunc('month', event_date)::DATE AS period, quad_class, count(*) AS mentions
            FROM events e WHERE {where} AND event_date IS NOT NULL AND NOT negated GROUP BY ALL ORDER BY period""", params)
    roots = store.query(f"SELECT root, count(*) AS mentions FROM events e WHERE {where} GROUP BY root "
                        f"ORDER BY mentions DESC, root LIMIT 12", params)
    return {"actor": actor.upper(), "mentions": head[0], "as_source": head[1], "as_target": head[0] - head[1],
            "first": head[2].isoformat() if head[2] else None, "last": head[3].isoformat() if head[3] else None,
            "goldstein_mean": round(head[4], 2) if head[4] is not None else None, "codes": codes,
            "dyads": dyads(store, 20, since, until, actor=actor), "roots": roots,
            "timeline": [r | {"period": r["period"].isoformat()} for r in timeline]}


def map_points(store, limit: int = 5000, **filters: Any) -> list[dict[str, Any]]:
    """Located events grouped by place: coordinates of the city, or of the capital when only
    the country is known (precision 'country')."""
    from newsevents.nlp.places import country_points

    where, params = event_where(located=True, **filters)
    rows = store.query(
        f"""SELECT e.location_name AS name, e.location_country AS country, any_value(e.lat) AS lat,
                   any_value(e.lon) AS lon, count(*) AS mentions, avg(e.goldstein) AS goldstein_mean,
                   list(e.id ORDER BY e.event_date DESC NULLS LAST, e.id)[1:5] AS event_ids
            FROM events e WHERE {where} GROUP BY ALL ORDER BY mentions DESC LIMIT {int(limit)}""", params)
    capitals = country_points()
    points = []
    for r in rows:
        if r["lat"] is not None:
            points.append(r | {"precision": "place"})
        elif r["country"] in capitals:
            lat, lon, _ = capitals[r["country"]]
            points.append(r | {"lat": lat, "lon": lon, "precision": "country"})
    return points


# -- analysis (newsevents/analysis): dyad series, spikes ------------------------------------

def dyad_clause(a: str, b: str = "*", directed: bool = False, prefix: str = "") -> tuple[str, list[Any]]:
    """Events of the dyad A->B (and B->A unless `directed`); `prefix` such as 'e.'."""
    def pair(x: str, y: str) -> tuple[str, list[Any]]:
        sx, px = actor_match(f"{prefix}source", x)
        sy, py = actor_match(f"{prefix}target", y)
        return f"({sx} AND {sy})", px + py

    ab, p_ab = pair(a, b)
    if directed:
        return f"({ab})", p_ab
    ba, p_ba = pair(b, a)
    return f"({ab} OR {ba})", p_ab + p_ba


def dyad_period_rows(store, a: str, b: str, freq: str, since: dt.date | None, until: dt.date | None,
                     directed: bool) -> list[dict[str, Any]]:
    """Per period (`freq`: day, week or month) of the dyad's dated, not negated mentions:
    counts by quad class, Goldstein sum and mean, conflict share, tension and cooperation
    with the standard deviations of the per-mention intensities."""
    if freq not in ("day", "week", "month"):
        raise ValueError(f"freq must be day, week or month, not {freq!r}")
    where, params = dyad_clause(a, b, directed)
    where += " AND NOT negated AND event_date IS NOT NULL"
    if since:
        where += " AND event_date >= ?"
        params.append(since)
    if until:
        where += " AND event_date <= ?"
        params.append(until)
    return store.query(
        f"""SELECT date_trunc('{freq}', event_date)::DATE AS period,
                   count(*) AS mentions,
                   count(DISTINCT coalesce(event_key, id)) AS events,
                   count(*) FILTER (WHERE quad_class = 1) AS verbal_coop,
                   count(*) FILTER (WHERE quad_class = 2) AS material_coop,
                   count(*) FILTER (WHERE quad_class = 3) AS verbal_conflict,
                   count(*) FILTER (WHERE quad_class = 4) AS material_conflict,
                   sum(goldstein) AS goldstein_sum,
                   avg(goldstein) AS goldstein_mean,
                   avg(CASE WHEN quad_class >= 3 THEN 1.0 ELSE 0.0 END) AS conflict_share,
                   {tension_sql()} AS tension,
                   {cooperation_sql()} AS cooperation,
                   coalesce(stddev_samp(10 * greatest(0, -goldstein)), 0) AS tension_sd,
                   coalesce(stddev_samp(10 * greatest(0, goldstein)), 0) AS cooperation_sd
            FROM events WHERE {where} GROUP BY period ORDER BY period""", params)


def dyad_date_range(store, a: str, b: str = "*") -> tuple[dt.date | None, dt.date | None]:
    """First and last event date of the dyad, both directions."""
    where, params = dyad_clause(a, b)
    return tuple(store.con.execute(
        f"SELECT min(event_date), max(event_date) FROM events WHERE {where} AND event_date IS NOT NULL",
        params).fetchone())


def dyad_period_events(store, a: str, b: str, start: dt.date, end: dt.date, directed: bool,
                       limit: int) -> list[dict[str, Any]]:
    """The dyad's events of [start, end), strongest first, with sentence and article."""
    where, params = dyad_clause(a, b, directed, prefix="e.")
    return store.query(
        f"""SELECT e.id, e.article_id, a.title, a.url, a.outlet, e.event_date, e.source_code, e.target_code,
                   e.cameo, e.goldstein, e.quad_class, e.trigger, e.negated, e.hypothetical, s.text AS sentence
            FROM events e JOIN articles a ON a.id = e.article_id
            LEFT JOIN sentences s ON s.article_id = e.article_id AND s.idx = e.sentence_index
            WHERE {where} AND e.event_date >= ? AND e.event_date < ?
            ORDER BY abs(e.goldstein) DESC, e.id LIMIT {int(limit)}""", params + [start, end])


def daily_dyad_mentions(store) -> list[dict[str, Any]]:
    """Mentions and tension per undirected country-level dyad and day (spike alerts)."""
    src, dst = actor_key("source"), actor_key("target")
    return store.query(
        f"""SELECT least({src}, {dst}) AS a, greatest({src}, {dst}) AS b, event_date AS day,
                   count(*) AS mentions, {tension_sql()} AS tension
            FROM events WHERE target_code IS NOT NULL AND NOT negated AND event_date IS NOT NULL
              AND {src} <> {dst}
            GROUP BY ALL""")


def dyad_day_events(store, a: str, b: str, day, limit: int = 20) -> list[dict[str, Any]]:
    """The not negated events of a country-level dyad on one day, most conflictual first."""
    src, dst = actor_key("e.source"), actor_key("e.target")
    return store.query(
        f"""SELECT e.id, e.article_id, a.title, e.source_code, e.target_code, e.cameo, e.goldstein,
                   e.trigger, s.text AS sentence
            FROM events e JOIN articles a ON a.id = e.article_id
            LEFT JOIN sentences s ON s.article_id = e.article_id AND s.idx = e.sentence_index
            WHERE e.event_date = ? AND NOT e.negated
              AND (({src} = ? AND {dst} = ?) OR ({src} = ? AND {dst} = ?))
            ORDER BY e.goldstein LIMIT {int(limit)}""", [day, a, b, b, a])


# -- articles, quotes, duplicates (web API, dashboard pages, CLI) -----------------------------

def article_events(store, article_id: str) -> list[dict[str, Any]]:
    """The events of one article in text order (every column of `events`)."""
    return store.query("SELECT * FROM events WHERE article_id = ? ORDER BY start_char, trigger_start", [article_id])


def article_quote_spans(store, article_id: str) -> list[dict[str, Any]]:
    return store.query("SELECT start_char, end_char FROM quotes WHERE article_id = ?", [article_id])


def list_articles(store, outlet: str | None = None, since: dt.date | None = None, until: dt.date | None = None,
                  limit: int = 50, offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
    """(total, one page of articles newest first, each with its first 240 characters)."""
    where, params = ["TRUE"], []
    for sql, value in (("outlet = ?", outlet), ("published >= ?", since), ("published <= ?", until)):
        if value:
            where.append(sql)
            params.append(value)
    clause = " AND ".join(where)
    total = store.con.execute(f"SELECT count(*) FROM articles WHERE {clause}", params).fetchone()[0]
    rows = store.query(f"SELECT id, title, url, outlet, published, credit, language, left(text, 240) AS lede "
                       f"FROM articles WHERE {clause} ORDER BY published DESC NULLS LAST, id "
                       f"LIMIT {int(limit)} OFFSET {int(offset)}", params)
    return total, rows


def list_quotes(store, speaker: str | None = None, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
    """Quotes newest article first, with the article's title and URL; `speaker` matches part of the name."""
    where, params = ("speaker_name ILIKE ?", [f"%{speaker}%"]) if speaker else ("TRUE", [])
    return store.query(f"SELECT q.*, a.title, a.url FROM quotes q JOIN articles a ON a.id = q.article_id "
                       f"WHERE {where} ORDER BY a.published DESC NULLS LAST, q.article_id, q.idx "
                       f"LIMIT {int(limit)} OFFSET {int(offset)}", params)


def events_of_articles(store, article_ids: list[str]) -> list[dict[str, Any]]:
    """The events of these articles (with sentence and article columns), in date order."""
    if not article_ids:
        return []
    return store.query(f"SELECT {EVENT_COLUMNS} FROM {EVENT_FROM} WHERE e.article_id IN (SELECT unnest(?)) "
                       f"ORDER BY e.event_date NULLS LAST, e.article_id, e.start_char", [article_ids])


def duplicate_links(store) -> dict[str, dict[str, Any]]:
    """article id -> its row of `duplicates` (what it copies, how, how similar)."""
    return {r["article_id"]: r for r in store.query("SELECT * FROM duplicates")}


def article_briefs(store, ids: list[str]) -> dict[str, dict[str, Any]]:
    """id -> id, url, outlet, title, credit, n_words."""
    return {r["id"]: r for r in store.query(
        "SELECT id, url, outlet, title, credit, n_words FROM articles WHERE id IN (SELECT unnest(?))", [list(ids)])}


def article_sources(store) -> list[dict[str, Any]]:
    return store.query("SELECT article_id, source, url FROM article_sources")


# -- aggregated events (unique_events) -------------------------------------------------------

def event_filters(actor: str | None = None, target: str | None = None, code: str | None = None,
                  since: dt.date | str | None = None, until: dt.date | str | None = None,
                  article: str | None = None, table: str = "e") -> tuple[str, list[Any]]:
    """WHERE clause shared by `events`, `events --unique`, the API and exports.
    `actor`/`target` match a code prefix (RUS matches RUSGOV) or an organisation."""
    where, params = ["TRUE"], []
    if actor:
        where.append(f"({table}.source_code LIKE ? OR {table}.target_code LIKE ?)"
                     if table == "u" else f"({table}.source_code LIKE ? OR {table}.source_org = ?)")
        params += [actor.upper() + "%", actor.upper() + "%" if table == "u" else actor.upper()]
    if target:
        where.append(f"{table}.target_code LIKE ?")
        params.append(target.upper() + "%")
    if code:
        where.append(f"{table}.cameo LIKE ?")
        params.append(code + "%")
    if since:
        where.append(f"{table}.event_date >= ?")
        params.append(str(since))
    if until:
        where.append(f"{table}.event_date <= ?")
        params.append(str(until))
    if article:
        where.append("e.article_id = ?" if table == "e" else
                     "u.event_key IN (SELECT event_key FROM events WHERE article_id = ?)")
        params.append(article)
    return " AND ".join(where), params


def unique_events(store, actor=None, target=None, code=None, since=None, until=None,
                  article=None, limit=None) -> list[dict[str, Any]]:
    """Aggregated events, most mentioned first, each with its mentions."""
    where, params = event_filters(actor, target, code, since, until, article, table="u")
    sql = f"SELECT * FROM unique_events u WHERE {where} ORDER BY num_mentions DESC, event_date DESC"
    if limit:
        sql += f" LIMIT {int(limit)}"
    rows = store.query(sql, params)
    if not rows:
        return rows
    mentions = store.query(
        "SELECT e.event_key, e.id, e.article_id, a.url, a.outlet, e.sentence_index, e.start_char, "
        "e.end_char, e.trigger_start, e.trigger_end FROM events e JOIN articles a ON a.id = e.article_id "
        "WHERE e.event_key IN (SELECT unnest(?)) ORDER BY a.published, e.id", [[r["event_key"] for r in rows]])
    by_key: dict[str, list] = {}
    for m in mentions:
        by_key.setdefault(m.pop("event_key"), []).append(m)
    for row in rows:
        row["mentions"] = by_key.get(row["event_key"], [])
        for key in ("event_date", "first_seen"):
            if row[key] is not None:
                row[key] = row[key].isoformat()
    return rows
