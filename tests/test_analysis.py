"""Stage analysis: the tension and cooperation indices (one SQL expression each, in
store/queries.py), dyad series and spikes on a tiny hand-made database."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.analysis import dyad_series, period_events
from newsevents.analysis.alerts import spikes
from newsevents.store import Store, queries


def test_tension_and_cooperation_are_the_documented_expressions():
    """README and docs/ANALYSIS.md: tension = 100 * sum(max(0, -G)) / (10 * mentions).
    Changing the formula must be a deliberate change of this test and of the docs."""
    assert queries.tension_sql() == "100 * sum(greatest(0, -goldstein)) / (10 * count(*))"
    assert queries.cooperation_sql() == "100 * sum(greatest(0, goldstein)) / (10 * count(*))"


def event(i, day, src, tgt, goldstein, quad, negated=False):
    return {"id": f"e{i}", "article_id": "a1", "sentence_index": 0, "start_char": 0, "end_char": 10,
            "trigger": "x", "trigger_start": 0, "trigger_end": 1, "event_date": day, "source_code": src,
            "source_country": src[:3], "target_code": tgt, "target_country": tgt[:3], "cameo": "190",
            "root": "19", "quad_class": quad, "goldstein": goldstein, "negated": negated,
            "hypothetical": False, "historical": False, "confidence": 0.6}


@pytest.fixture
def store(tmp_path):
    import pyarrow as pa

    day = dt.date(2022, 1, 20)
    rows = [event(1, day, "RUSMIL", "UKR", -10.0, 4), event(2, day, "UKRGOV", "RUS", 4.0, 1),
            event(3, day, "RUS", "UKR", -10.0, 4, negated=True),  # left out of every measure
            event(4, day + dt.timedelta(days=2), "RUS", "UKR", -5.0, 3)]
    rows += [event(10 + k, dt.date(2022, 1, 1) + dt.timedelta(days=k % 14), "USA", "CHN", 1.0, 1) for k in range(3)]
    with Store(tmp_path / "a.duckdb") as s:
        s.con.register("_e", pa.Table.from_pylist(rows))
        s.con.execute("INSERT INTO articles (id, url, outlet, title, published, text, content_hash) "
                      "VALUES ('a1', 'https://x.example/1', 'x.example', 't', DATE '2022-01-20', 'text', 'h')")
        s.con.execute(f"INSERT INTO events ({', '.join(rows[0])}) SELECT {', '.join(rows[0])} FROM _e")
        yield s


def test_dyad_series_computes_tension_per_day_without_negated_events(store):
    series = dyad_series(store, "RUS", "UKR")
    first, second = series
    assert first["period"] == "2022-01-20" and first["mentions"] == 2
    assert first["tension"] == pytest.approx(100 * 10 / (10 * 2))  # -10 and +4: only the conflict counts
    assert first["cooperation"] == pytest.approx(100 * 4 / (10 * 2))
    assert second["tension"] == pytest.approx(50.0) and second["tension_low"] == 0.0  # one mention: the whole range
    assert [r["period"] for r in dyad_series(store, "RUS", "UKR", fill=True)] == [
        "2022-01-20", "2022-01-21", "2022-01-22"]
    assert dyad_series(store, "RUS", "UKR", fill=True)[1]["tension"] is None  # a gap, not zero
    assert len(dyad_series(store, "RUS", "UKR", directed=True)) == 2  # UKR->RUS is left out
    assert dyad_series(store, "RUS", "UKR", directed=True)[0]["mentions"] == 1


def test_period_events_are_the_evidence_of_a_point(store):
    found = period_events(store, "RUS", "UKR", "2022-01-20")
    assert [e["id"] for e in found] == ["e1", "e3", "e2"]  # strongest first; negated ones listed, marked
    assert [e["negated"] for e in found] == [False, True, False]


def test_spike_needs_volume_and_a_z_score(store):
    assert spikes(store) == []  # two mentions a day: under the default minimum of 3
    found = spikes(store, min_volume=2, z_threshold=1.0)
    assert [(a["dyad"], a["date"], a["mentions"]) for a in found] == [("RUS-UKR", "2022-01-20", 2)]
    assert {e["id"] for e in found[0]["events"]} == {"e1", "e2"}
