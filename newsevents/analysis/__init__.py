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

from newsevents.store import queries

FREQUENCIES = {"day": "day", "week": "week", "month": "month"}


def dyad_series(store, a: str, b: str = "*", freq: str = "day", since: dt.date | None = None,
                until: dt.date | None = None, directed: bool = False, fill: bool = False) -> list[dict[str, Any]]:
    """Per period: events by quad class, Goldstein sum and mean, conflict share, tension and
    cooperation indices, for A->B (and B->A unless directed).

    Each index comes with a 95% interval (`tension_low`, `tension_high`, ...): the mean of
    per-mention intensities +- 1.96 standard errors, the whole 0-100 range for a single
    mention, so that a lone mention scoring 100 reads as what it is. With `fill`, every
    period from the first to the last (or `since` to `until`) is listed; periods without
    events have 0 mentions and no index (None), never a zero tension."""
    if freq not in FREQUENCIES:
        raise ValueError(f"freq must be one of {', '.join(FREQUENCIES)}")
    rows = queries.dyad_period_rows(store, a, b, freq, since, until, directed)
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
    first, last = queries.dyad_date_range(store, a, b)
    first, last = since or first, until or last
    if not first or not last:
        return "day"
    span = (last - first).days
    return "day" if span <= 120 else "week" if span <= 3 * 366 else "month"


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
    return queries.dyad_period_events(store, a, b, start, end, directed, limit)
