"""Stage cli: a few commands through typer's CliRunner on a tiny ingested database."""

from __future__ import annotations

import csv
import io

import pytest
from typer.testing import CliRunner

from newsevents.cli import app

from conftest import EXAMPLE_RAW


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "tiny.duckdb"
    result = CliRunner().invoke(app, ["ingest", str(EXAMPLE_RAW), "--db", str(path), "--workers", "1",
                                      "--stories", "tfidf"])
    assert result.exit_code == 0, result.output
    return path


def test_help_lists_the_commands_and_the_config_option():
    result = CliRunner().invoke(app, ["--help"])
    assert result.exit_code == 0
    for word in ("ingest", "stats", "events", "serve", "--config"):
        assert word in result.output


def test_stats_counts_the_ingested_article(db):
    result = CliRunner().invoke(app, ["stats", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "koreatimes" in result.output.lower() or "1" in result.output


def test_events_as_csv_have_a_header_and_one_row_per_event(db):
    from newsevents.store import Store

    with Store(db, read_only=True) as store:
        stored = store.query("SELECT count(*) AS n FROM events")[0]["n"]
    result = CliRunner().invoke(app, ["events", "--db", str(db), "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert stored > 0 and len(rows) == stored
    assert {"cameo", "source.code", "sentence"} <= set(rows[0]) or {"cameo", "sentence"} <= set(rows[0])


def test_config_file_settings_reach_the_command(tmp_path, db):
    from newsevents import settings

    config = tmp_path / "newsevents.toml"
    config.write_text('story_model = "tfidf"\nspike_z = 3.5\n')
    result = CliRunner().invoke(app, ["--config", str(config), "stats", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert settings.current().spike_z == 3.5 and settings.current().story_model == "tfidf"
    bad = tmp_path / "bad.toml"
    bad.write_text("no_such_knob = 1\n")
    result = CliRunner().invoke(app, ["--config", str(bad), "stats", "--db", str(db)])
    assert result.exit_code == 2 and "no_such_knob" in result.output
