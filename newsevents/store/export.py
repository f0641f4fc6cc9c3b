"""Exports: every event mention as Parquet, JSONL or CSV, or one row per aggregated event in
the GDELT 2.0 event table layout (61 tab-separated columns, no header). docs/ANALYSIS.md
maps every GDELT column to its source here, and says which stay empty and why."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
from pathlib import Path

FORMATS = ("parquet", "jsonl", "csv", "gdelt")

GDELT_COLUMNS = [
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *[f"Actor1{c}" for c in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
                             "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code")],
    *[f"Actor2{c}" for c in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
                             "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code")],
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *[f"{g}_{c}" for g in ("Actor1Geo", "Actor2Geo", "ActionGeo")
      for c in ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")],
    "DATEADDED", "SOURCEURL",
]
assert len(GDELT_COLUMNS) == 61


def _where(since, until, actor) -> tuple[str, list]:
    where, params = ["TRUE"], []
    if since:
        where.append("e.event_date >= ?")
        params.append(since)
    if until:
        where.append("e.event_date <= ?")
        params.append(until)
    if actor:
        where.append("(e.source_code LIKE ? OR e.target_code LIKE ? OR e.source_org = ? OR e.target_org = ?)")
        params += [actor.upper() + "%", actor.upper() + "%", actor.upper(), actor.upper()]
    return " AND ".join(where), params


def export(store, fmt: str, out: str | Path, since: dt.date | None = None, until: dt.date | None = None,
           actor: str | None = None) -> int:
    """Write the events to `out`; returns the number of rows written."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}")
    where, params = _where(since, until, actor)
    if fmt == "gdelt":
        return _gdelt(store, out, where, params)
    query = (f"SELECT e.*, a.url, a.outlet, a.title, a.published, s.text AS sentence FROM events e "
             f"JOIN articles a ON a.id = e.article_id LEFT JOIN sentences s ON s.article_id = e.article_id "
             f"AND s.idx = e.sentence_index WHERE {where} ORDER BY e.event_date, e.id")
    options = {"parquet": "FORMAT PARQUET", "jsonl": "FORMAT JSON", "csv": "FORMAT CSV, HEADER"}[fmt]
    # stream: a cursor yields Arrow record batches that COPY consumes as they come
    reader = store.con.cursor().sql(query, params=params).to_arrow_reader()
    store.con.register("_export", reader)
    try:
        return store.con.execute(f"COPY (SELECT * FROM _export) TO '{_quote(out)}' ({options})").fetchone()[0]
    finally:
        store.con.unregister("_export")


def _quote(path) -> str:
    return str(path).replace("'", "''")


def _gdelt(store, out, where: str, params: list) -> int:
    rows = store.query(
        f"""SELECT u.*, e.source_code, e.source_name, e.source_country, e.source_role, e.source_org,
                   e.target_code, e.target_name, e.target_country, e.target_role, e.target_org,
                   e.location_name, e.location_country, e.lat, e.lon, e.sentence_index, a.url
            FROM unique_events u JOIN events e ON e.id = u.example_event_id
            JOIN articles a ON a.id = e.article_id
            WHERE {where} ORDER BY u.event_date, u.event_key""", params)
    with open(out, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, delimiter="\t", lineterminator="\n")
        for r in rows:
            writer.writerow(gdelt_row(r))
    return len(rows)


def gdelt_row(r: dict) -> list:
    day = r["event_date"]
    fraction = round(day.year + (day.timetuple().tm_yday - 1) / 365.0, 4) if day else ""

    def actor(prefix: str) -> list:
        if not r.get(f"{prefix}_code"):
            return [""] * 10
        return [r[f"{prefix}_code"], (r[f"{prefix}_name"] or "").upper(), r[f"{prefix}_country"] or "",
                r[f"{prefix}_org"] or "", "", "", "", r[f"{prefix}_role"] or "", "", ""]

    geo = [""] * 8
    if r.get("location_name"):
        geo = [4 if r.get("lat") is not None else 1, r["location_name"], r["location_country"] or "",
               "", "", r.get("lat") if r.get("lat") is not None else "",
               r.get("lon") if r.get("lon") is not None else "", ""]
    event_id = int(hashlib.md5(r["event_key"].encode()).hexdigest()[:15], 16)
    added = r["first_seen"].strftime("%Y%m%d%H%M%S") if r.get("first_seen") else ""
    return [
        event_id, day.strftime("%Y%m%d") if day else "", day.strftime("%Y%m") if day else "",
        day.year if day else "", fraction, *actor("source"), *actor("target"),
        1 if r.get("sentence_index") == 0 else 0, r["cameo"], r["cameo"][:3], r["root"], r["quad_class"],
        r["goldstein"], r["num_mentions"], r["num_sources"], r["num_articles"], "",
        *[""] * 8, *[""] * 8, *geo, added, r["url"] or "",
    ]
