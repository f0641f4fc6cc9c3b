"""Stage: analysis. How relations between actors move: dyad series, tension, spikes.

Every event row is one mention; aggregated events weigh by their mentions simply by being
counted once per row. Negated events ("Russia denies it plans to invade") are left out of
the measures; hypothetical ones (threats, warnings of what could happen) are kept, because
threats are themselves part of the tension (CAMEO codes them as verbal conflict).

Tension index of a period (0-100): the mention-weighted mean conflict intensity,
100 * sum(max(0, -Goldstein)) / (10 * mentions). 0 means all cooperation, 100 means every
mention was the most violent kind (Goldstein -10). Cooperation is the mirror image with
max(0, Goldstein). Both are documented in docs/ANALYSIS.md.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

FREQUENCIES = {"day": "day", "week": "week", "month": "month"}


def actor_clause(column: str, actor: str) -> tuple[str, list[Any]]:
    """An actor as a filter (store.queries.actor_match): a country or code prefix rolls up
    roles (RUS = RUSGOV + RUSMIL + ...); an organisation matches exactly; '*' is anyone."""
    from newsevents.store.queries import actor_match

    return actor_match(column, actor)


def dyad_series(store, a: str, b: str = "*", freq: str = "day", since: dt.date | None = None,
                until: dt.date | None = None, directed: bool = False, fill: bool = False) -> list[dict[str, Any]]:
    """Per period: events by quad class, Goldstein sum and mean, conflict share, tension and
    cooperation indices, for A->B (and B->A unless directed).

    Each index comes with a 95% interval (`tension_low`, `tension_high`, ...): the mean of
    per-mention intensities +- 1.96 standard errors, the whole 0-100 range for a single
    mention, so that a lone mention scoring 100 reads as what it is. With `fill`, every
    period from the first to the last (or `since` to `until`) is listed; periods without
    events have 0 mentions and no index (None), never a zero tension."""
    from newsevents.store.queries import cooperation_sql, tension_sql

    if freq not in FREQUENCIES:
        raise ValueError(f"freq must be one of {', '.join(FREQUENCIES)}")
    ab, p_ab = _pair("source", a, "target", b)
    where, params = f"({ab})", list(p_ab)
    if not directed:
        ba, p_ba = _pair("source", b, "target", a)
        where, params = f"({ab} OR {ba})", p_ab + p_ba
    where += " AND NOT negated AND event_date IS NOT NULL"
    if since:
        where += " AND event_date >= ?"
        params.append(since)
    if until:
        where += " AND event_date <= ?"
        params.append(until)
    rows = store.query(
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
    for row in rows:
        row["period"] = row["period"].isoformat()
        for key in ("goldstein_sum", "goldstein_mean", "conflict_share", "tension", "cooperation"):
            row[key] = round(float(row[key]), 3)
        n = row["mentions"]
        for key in ("tension", "cooperation"):
            sd = float(row.pop(f"{key}_sd"))
            half = 100.0 if n < 2 else 1.96 * sd / math.sqrt(n)
            row[f"{key}_low"] = round(max(0.0, row[key] - half), 1)
            row[f"{key}_high"] = round(min(100.0, row[key] + half), 1)
    if fill:
        rows = fill_periods(rows, freq, since, until)
    return rows


def period_starts(first: dt.date, last: dt.date, freq: str) -> list[dt.date]:
    """Every period start from the period holding `first` to the one holding `last`."""
    if freq == "week":
        first = first - dt.timedelta(days=first.weekday())
    elif freq == "month":
        first = first.replace(day=1)
    out, day = [], first
    while day <= last:
        out.append(day)
        try:  # the last period of the calendar (9999-12) has no next one
            if freq == "day":
                day += dt.timedelta(days=1)
            elif freq == "week":
                day += dt.timedelta(days=7)
            else:
                day = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        except OverflowError:
            break
    return out


EMPTY_KEYS = ("mentions", "events", "verbal_coop", "material_coop", "verbal_conflict", "material_conflict")


def fill_periods(rows: list[dict[str, Any]], freq: str, since: dt.date | None = None,
                 until: dt.date | None = None) -> list[dict[str, Any]]:
    """The series on a continuous axis: periods without events get 0 mentions and None for
    every index (drawn as a gap, not as zero)."""
    if not rows and not (since and until):
        return rows
    first = since or dt.date.fromisoformat(rows[0]["period"])
    last = until or dt.date.fromisoformat(rows[-1]["period"])
    if (last - first).days > 40_000:
        return rows
    known = {r["period"]: r for r in rows}
    out = []
    for day in period_starts(first, last, freq):
        key = day.isoformat()
        out.append(known.get(key) or {"period": key, **{k: 0 for k in EMPTY_KEYS},
                                      "goldstein_sum": 0.0, "goldstein_mean": None, "conflict_share": None,
                                      "tension": None, "cooperation": None, "tension_low": None,
                                      "tension_high": None, "cooperation_low": None, "cooperation_high": None})
    return out


def auto_freq(store, a: str, b: str = "*", since: dt.date | None = None, until: dt.date | None = None) -> str:
    """day for up to ~4 months of data, week up to ~3 years, else month."""
    ab, p_ab = _pair("source", a, "target", b)
    ba, p_ba = _pair("source", b, "target", a)
    first, last = store.con.execute(
        f"SELECT min(event_date), max(event_date) FROM events WHERE (({ab}) OR ({ba})) AND event_date IS NOT NULL",
        p_ab + p_ba).fetchone()
    first, last = since or first, until or last
    if not first or not last:
        return "day"
    span = (last - first).days
    return "day" if span <= 120 else "week" if span <= 3 * 366 else "month"


def _pair(src: str, a: str, dst: str, b: str) -> tuple[str, list[Any]]:
    sa, pa = actor_clause(src, a)
    sb, pb = actor_clause(dst, b)
    return f"({sa} AND {sb})", pa + pb


def period_events(store, a: str, b: str, period: str, freq: str = "day", directed: bool = False,
                  limit: int = 50) -> list[dict[str, Any]]:
    """The events behind one point of a dyad series, each with its sentence and article."""
    start = dt.date.fromisoformat(period)
    try:
        end = {"day": lambda: start + dt.timedelta(days=1), "week": lambda: start + dt.timedelta(days=7),
               "month": lambda: (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)}[freq]()
    except OverflowError:  # a period at the end of the calendar (9999-12-31)
        end = None
    if end is None or end <= start:
        end = dt.date.max
    ab, p_ab = _pair("e.source", a, "e.target", b)
    where, params = f"({ab})", list(p_ab)
    if not directed:
        ba, p_ba = _pair("e.source", b, "e.target", a)
        where, params = f"({ab} OR {ba})", p_ab + p_ba
    return store.query(
        f"""SELECT e.id, e.article_id, a.title, a.url, a.outlet, e.event_date, e.source_code, e.target_code,
                   e.cameo, e.goldstein, e.quad_class, e.trigger, e.negated, e.hypothetical, s.text AS sentence
            FROM events e JOIN articles a ON a.id = e.article_id
            LEFT JOIN sentences s ON s.article_id = e.article_id AND s.idx = e.sentence_index
            WHERE {where} AND e.event_date >= ? AND e.event_date < ?
            ORDER BY abs(e.goldstein) DESC, e.id LIMIT {int(limit)}""", params + [start, end])
