"""Crash safety (issue #13): a run killed (os._exit, as kill -9: no cleanup, no rollback) at
several points - after the articles are written, at the start of the corpus stage, after
dedup, after stories - and then rerun ends identical, table for table, to a clean run. On
both engines: they share the write-and-corpus core (newsevents/engine/core.py)."""

import os
import subprocess
import sys

import pytest

from conftest import ROOT
from newsevents.engine import run_ingest
from test_engine import full_snapshot, inputs  # noqa: F401 - the shared input fixture

POINTS = ["after-write", "corpus-start", "after-dedup", "after-stories"]


@pytest.fixture(scope="module")
def clean(inputs, tmp_path_factory):  # noqa: F811
    db = tmp_path_factory.mktemp("clean") / "clean.duckdb"
    run_ingest([str(inputs)], str(db), workers=1)
    return full_snapshot(db)


def ingest_killed_at(point, inputs, db):  # noqa: F811
    env = {**os.environ, "NEWSEVENTS_CRASH_AT": point, "PYTHONPATH": str(ROOT)}
    code = ("import sys; from newsevents.engine import run_ingest; "
            "run_ingest([sys.argv[1]], sys.argv[2], workers=1)")
    done = subprocess.run([sys.executable, "-c", code, str(inputs), str(db)], env=env, timeout=300)
    return done.returncode


@pytest.mark.slow
@pytest.mark.parametrize("point", POINTS)
def test_local_rerun_after_kill_equals_a_clean_run(point, inputs, clean, tmp_path):  # noqa: F811
    db = tmp_path / "killed.duckdb"
    assert ingest_killed_at(point, inputs, db) == 137
    killed = full_snapshot(db)
    assert killed["articles"] == clean["articles"]  # the write committed before the kill
    assert killed != clean  # the corpus stage had not finished
    summary = run_ingest([str(inputs)], str(db), workers=1)
    assert summary.ingested == 0 and summary.corpus  # nothing new, but the corpus stage ran
    assert full_snapshot(db) == clean
    again = run_ingest([str(inputs)], str(db), workers=1)
    assert not again.corpus  # finished: a further rerun has nothing to complete


@pytest.mark.slow
@pytest.mark.ray
def test_ray_rerun_after_crash_equals_a_clean_run(inputs, clean, tmp_path, use_settings):  # noqa: F811
    ray = pytest.importorskip("ray")
    from newsevents.engine.core import SimulatedCrash
    from newsevents.engine.ray_engine import run_ray_ingest

    use_settings(crash_mode="raise")
    try:
        ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, ignore_reinit_error=True)
        for point in ("after-write", "after-dedup"):
            db = tmp_path / f"{point}.duckdb"
            use_settings(crash_at=point)
            with pytest.raises(SimulatedCrash):
                run_ray_ingest([str(inputs)], str(db))
            use_settings(crash_at="")
            summary = run_ray_ingest([str(inputs)], str(db))
            assert summary.ingested == 0 and summary.corpus, point
            assert full_snapshot(db) == clean, point
    finally:
        ray.shutdown()


@pytest.mark.slow
@pytest.mark.parametrize("after", [2.5, 6.0])
def test_real_sigkill_at_any_moment_then_rerun_equals_a_clean_run(after, inputs, clean, tmp_path):  # noqa: F811
    """A real kill -9 wherever the run happens to be (reading, extracting, writing, in the
    corpus stage): the rerun must always end at the clean database."""
    import signal
    import time

    db = tmp_path / "killed.duckdb"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    code = ("import sys; from newsevents.engine import run_ingest; "
            "run_ingest([sys.argv[1]], sys.argv[2], workers=1, batch_size=2)")
    proc = subprocess.Popen([sys.executable, "-c", code, str(inputs), str(db)], env=env)
    time.sleep(after)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    run_ingest([str(inputs)], str(db), workers=1)
    assert full_snapshot(db) == clean
