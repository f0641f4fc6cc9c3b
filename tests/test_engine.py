import json
import re
import shutil

import duckdb
import pytest

from conftest import CORPUS, EXAMPLE_RAW
from newsevents.corpus.stories import vector_tag
from newsevents.engine import run_ingest
from newsevents.store import Store

TABLES = ["articles", "blocks", "sentences", "events", "quotes", "amounts", "places", "rejects",
          "stories", "story_articles", "unique_events"]


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("in")
    shutil.copy(EXAMPLE_RAW, folder / "example.txt")
    lines = CORPUS.read_text("utf-8").splitlines()[:12]
    (folder / "part1.jsonl").write_text("\n".join(lines[:6]) + "\n{broken\n")
    (folder / "part2.jsonl").write_text("\n".join(lines[6:]) + "\n")
    (folder / "empty.txt").write_text("")
    (folder / ".hidden.jsonl").write_text(lines[0] + "\n")  # skipped, with a row saying so
    return folder


def counts(db):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    finally:
        con.close()


VOLATILE = {"ingested_at", "extracted_at", "rejected_at", "first_seen"}  # wall-clock columns


class Vector:
    """A stored story vector, equal to another within float noise: MiniLM's output depends in
    the last bits on how articles were batched (padding), which workers and engines differ in."""

    def __init__(self, model, blob):
        from newsevents.corpus.stories import unpack

        self.values = unpack("minilm" if model == "minilm" else "tfidf", blob)

    def __eq__(self, other):
        import numpy as np

        return isinstance(other, Vector) and np.allclose(self.values, other.values, atol=1e-4)

    def __repr__(self):
        return f"Vector({self.values[:3]}...)"


def full_snapshot(db):
    """Every table of the database, every column but the wall-clock ones, sorted: two
    databases with equal full snapshots hold the same data."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        tables = [r[0] for r in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' ORDER BY 1").fetchall()]
        out = {}
        for table in tables:
            columns = [r[0] for r in con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
                [table]).fetchall() if r[0] not in VOLATILE]
            cols = ", ".join(f'"{c}"' for c in columns)
            if table == "article_vectors":
                out[table] = {(a, m): Vector(m, v) for a, m, v in
                              con.execute("SELECT article_id, model, vector FROM article_vectors").fetchall()}
                continue
            out[table] = sorted(map(repr, con.execute(f"SELECT {cols} FROM {table}").fetchall()))
        return out
    finally:
        con.close()


def snapshot(db):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {
            "articles": con.execute("SELECT id, title, published, credit, text FROM articles ORDER BY id").fetchall(),
            "events": con.execute("SELECT id, article_id, source_code, target_code, cameo, event_date, negated, "
                                  "hypothetical, historical FROM events ORDER BY id").fetchall(),
            "stories": con.execute("SELECT story_id, article_id FROM story_articles ORDER BY article_id").fetchall(),
        }
    finally:
        con.close()


def test_ingest_is_complete_idempotent_and_keeps_rejects(inputs, tmp_path):
    db = tmp_path / "c.duckdb"
    first = run_ingest([str(inputs)], str(db), workers=1, batch_size=4)
    assert first.ingested == 13 and first.events > 20
    assert dict(first.rejected) == {"bad-json": 1, "empty-file": 1, "skipped-hidden": 1}
    before = counts(db)
    second = run_ingest([str(inputs)], str(db), workers=1)
    assert second.ingested == 0 and second.already_stored == 13
    assert counts(db) == before


def test_workers_give_the_same_result(inputs, tmp_path):
    run_ingest([str(inputs)], str(tmp_path / "one.duckdb"), workers=1, batch_size=3)
    run_ingest([str(inputs)], str(tmp_path / "two.duckdb"), workers=2, batch_size=3)
    assert full_snapshot(tmp_path / "one.duckdb") == full_snapshot(tmp_path / "two.duckdb")


def test_rerun_completes_an_interrupted_run(inputs, tmp_path):
    db = tmp_path / "c.duckdb"
    run_ingest([str(inputs)], str(db), workers=1, extract=False, corpus=False)  # as if killed before NLP
    assert counts(db)["events"] == 0
    summary = run_ingest([str(inputs)], str(db), workers=1)
    assert summary.ingested == 0 and summary.extracted == 13 and counts(db)["events"] > 20
    clean = tmp_path / "clean.duckdb"  # the completed run holds what one uninterrupted run holds
    run_ingest([str(inputs)], str(clean), workers=1)
    assert full_snapshot(db) == full_snapshot(clean)


@pytest.mark.ray
def test_ray_engine_matches_local(inputs, tmp_path):
    ray = pytest.importorskip("ray")
    from newsevents.engine.ray_engine import run_ray_ingest

    run_ingest([str(inputs)], str(tmp_path / "local.duckdb"), workers=1)
    try:
        ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, ignore_reinit_error=True)
        summary = run_ray_ingest([str(inputs)], str(tmp_path / "ray.duckdb"), parquet_out=str(tmp_path / "pq"))
    finally:
        ray.shutdown()
    assert summary.ingested == 13
    assert dict(summary.rejected) == {"bad-json": 1, "empty-file": 1, "skipped-hidden": 1}
    local, remote = full_snapshot(tmp_path / "local.duckdb"), full_snapshot(tmp_path / "ray.duckdb")
    assert set(local) == set(remote)
    for table in local:
        assert local[table] == remote[table], table
    assert local["article_sources"]  # the Ray engine used to leave it empty
    assert (tmp_path / "pq" / "events").exists() and (tmp_path / "pq" / "article_sources").exists()
    from newsevents.engine.ray_engine import load_parquet

    assert load_parquet(tmp_path / "pq", str(tmp_path / "from-parquet.duckdb")) == 13
    assert full_snapshot(tmp_path / "from-parquet.duckdb") == remote  # the Parquet dataset is complete
    try:  # a clean rerun on Ray adds nothing and counts no rejects of earlier runs (--strict)
        ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, ignore_reinit_error=True)
        again = run_ray_ingest([str(inputs)], str(tmp_path / "ray.duckdb"))
        clean_input = run_ray_ingest([str(inputs / "part2.jsonl")], str(tmp_path / "ray.duckdb"))
    finally:
        ray.shutdown()
    assert not clean_input.rejected  # only this run's rejects count (--strict), not the database's
    assert again.ingested == 0 and again.already_stored == 13
    assert full_snapshot(tmp_path / "ray.duckdb") == remote


def test_cli_commands_end_to_end(inputs, tmp_path, use_settings):
    from typer.testing import CliRunner

    from newsevents.cli import app

    use_settings(story_model="auto")  # --stories sets it; restored after the test
    runner = CliRunner()
    db = str(tmp_path / "cli.duckdb")
    result = runner.invoke(app, ["ingest", str(inputs), "--db", db, "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert "13 new articles" in result.output and "bad-json" in result.output
    strict = runner.invoke(app, ["ingest", str(inputs), "--db", db, "--strict"])
    assert strict.exit_code == 1
    stats = runner.invoke(app, ["stats", "--db", db])
    assert "articles" in stats.output and "empty-file" in stats.output
    repaired = runner.invoke(app, ["repair", str(EXAMPLE_RAW), "--json"])
    assert json.loads(repaired.output)["credit"] == "AFP"
    events = runner.invoke(app, ["events", "--db", db, "--source", "RUS", "--format", "jsonl", "--limit", "0"])
    rows = [json.loads(line) for line in events.output.splitlines()]
    assert rows and all(r["source"]["code"].startswith("RUS") for r in rows)
    unique = runner.invoke(app, ["events", "--db", db, "--unique", "--format", "jsonl"])
    assert all("num_mentions" in json.loads(line) for line in unique.output.splitlines())
    stories = runner.invoke(app, ["stories", "--db", db, "--format", "jsonl", "--limit", "0"])
    assert sum(len(json.loads(l)["articles"]) for l in stories.output.splitlines()) == 13
    example_id = json.loads(runner.invoke(app, ["events", "--db", db, "--format", "jsonl", "--limit", "1"]).output)["article_id"]
    shown = runner.invoke(app, ["show", example_id, "--db", db, "--events"])
    assert shown.exit_code == 0 and "events" in shown.output
    extracted = runner.invoke(app, ["extract", str(EXAMPLE_RAW), "--json"])
    data = json.loads(extracted.output)
    assert {"events", "quotes", "amounts", "places"} <= set(data) and data["events"][0]["cameo"]
    bad = runner.invoke(app, ["events", "--db", db, "--since", "yesterday"])
    assert bad.exit_code != 0 and "YYYY-MM-DD" in bad.output
    missing = runner.invoke(app, ["stats", "--db", str(tmp_path / "nope.duckdb")])
    assert missing.exit_code == 2 and "newsevents ingest" in missing.output
    unknown_model = runner.invoke(app, ["ingest", str(inputs), "--db", db, "--stories", "bert"])
    message = " ".join(re.sub("[│╭╮╰╯─]", " ", unknown_model.output).split())  # rich's error box, unwrapped
    assert unknown_model.exit_code == 2 and "use one of auto, minilm, tfidf" in message
    tfidf_db = str(tmp_path / "tfidf.duckdb")
    cheap = runner.invoke(app, ["ingest", str(inputs), "--db", tfidf_db, "--workers", "1", "--stories", "tfidf"])
    assert cheap.exit_code == 0, cheap.output
    with Store(tfidf_db) as store:
        assert store.query("SELECT DISTINCT model FROM article_vectors") == [{"model": vector_tag("tfidf")}]
