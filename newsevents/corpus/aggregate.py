"""Events counted like GDELT, but traceable: the same date, source, target, CAMEO code,
location and modality across articles is one event, with NumMentions (event rows),
NumArticles, NumSources (outlets), first seen, and every mention kept in `events`.
Syndicated copies therefore add mentions, never events."""

from __future__ import annotations

import datetime as dt
from typing import Any

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
