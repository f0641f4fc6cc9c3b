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
from typing import Any

FREQUENCIES = {"day": "day", "week": "week", "month": "month"}


def actor_clause(column: str, actor: str) -> tuple[str, list[Any]]:
    """An actor as a filter: a country or code prefix rolls up roles (RUS = RUSGOV + RUSMIL
    + ...); an organisation matches exactly; '*' is anyone."""
    if actor in ("*", "", None):
        return "TRUE", []
    return f"({column}_code LIKE ? OR {column}_org = ?)", [actor.upper() + "%", actor.upper()]


def dyad_series(store, a: str, b: str = "*", freq: str = "day", since: dt.date | None = None,
                until: dt.date | None = None, directed: bool = False) -> list[dict[str, Any]]:
    """Per period: events by quad class, Goldstein sum and mean, conflict share, tension and
    cooperation indices, for A->B (and B->A unless directed)."""
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
                   100 * sum(greatest(0, -goldstein)) / (10 * count(*)) AS tension,
                   100 * sum(greatest(0, goldstein)) / (10 * count(*)) AS cooperation
            FROM events WHERE {where} GROUP BY period ORDER BY period""", params)
    for row in rows:
        row["period"] = row["period"].isoformat()
        for key in ("goldstein_sum", "goldstein_mean", "conflict_share", "tension", "cooperation"):
            row[key] = round(float(row[key]), 3)
    return rows


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
