"""Spike alerts: a day whose mentions for a dyad stand far above that dyad's recent past.

For each country-level dyad (roles rolled up, direction ignored), the daily mention count is
compared with the mean and standard deviation of the previous `window` days (days without
mentions count as zero). A day is a spike when it has at least `min_volume` mentions and a
z-score of at least `z_threshold` (the standard deviation is floored at 1 so that a quiet
dyad's first few mentions do not explode the score).
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from typing import Any

from newsevents import settings
from newsevents.store import queries


def spikes(store, window: int | None = None, min_volume: int | None = None, z_threshold: float | None = None,
           since: dt.date | None = None, limit: int = 50) -> list[dict[str, Any]]:
    config = settings.current()  # spike_window, spike_min_mentions, spike_z unless given
    window = config.spike_window if window is None else window
    min_volume = config.spike_min_mentions if min_volume is None else min_volume
    z_threshold = config.spike_z if z_threshold is None else z_threshold
    rows = queries.daily_dyad_mentions(store)
    series: dict[tuple[str, str], dict[dt.date, tuple[int, float]]] = defaultdict(dict)
    for r in rows:
        series[(r["a"], r["b"])][r["day"]] = (r["mentions"], r["tension"])
    alerts = []
    for (a, b), days in series.items():
        for day, (mentions, tension) in days.items():
            if mentions < min_volume or (since and day < since):
                continue
            history = [days.get(day - dt.timedelta(days=k), (0, 0.0))[0] for k in range(1, window + 1)]
            mean = sum(history) / window
            std = max(1.0, math.sqrt(sum((h - mean) ** 2 for h in history) / window))
            z = (mentions - mean) / std
            if z >= z_threshold:
                alerts.append({"dyad": f"{a}-{b}", "a": a, "b": b, "date": day.isoformat(),
                               "mentions": mentions, "baseline": round(mean, 2), "z": round(z, 2),
                               "tension": round(float(tension), 1)})
    alerts.sort(key=lambda x: (x["date"], x["z"]), reverse=True)
    alerts = alerts[:limit]
    for alert in alerts:
        alert["events"] = _evidence(store, alert["a"], alert["b"], alert["date"])
        alert["articles"] = sorted({(e["article_id"], e["title"]) for e in alert["events"]})
        alert["articles"] = [{"id": i, "title": t} for i, t in alert["articles"]]
    return alerts


def _evidence(store, a: str, b: str, day: str) -> list[dict[str, Any]]:
    return queries.dyad_day_events(store, a, b, day)
