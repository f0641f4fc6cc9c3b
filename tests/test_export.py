"""Truthful exports (issue #13): GDELT files hold only dated events that happened, with FIPS
ActionGeo codes and a mentions table beside them; machine formats share one event schema and
stream every row; the format comes from the extension."""

import csv
import json

import pytest

from conftest import DATA
from newsevents.engine import run_ingest
from newsevents.store import Store
from newsevents.store.export import EVENT_FIELDS, GDELT_COLUMNS, GDELT_MENTION_COLUMNS, export, fips, format_for


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("export") / "e.duckdb"
    run_ingest([str(DATA / "hostile-events.jsonl")], str(path), workers=1)
    return path


def cli(argv, capsys):
    from newsevents.cli import main

    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    out = capsys.readouterr()
    return exit_info.value.code, out.out, out.err


def test_gdelt_holds_only_dated_events_that_happened(db, tmp_path):
    report = {}
    with Store(db, read_only=True) as store:
        flags = store.query("SELECT negated, hypothetical, event_date IS NULL AS undated FROM events")
        written = export(store, "gdelt", tmp_path / "g.tsv", report=report)
    assert any(f["negated"] for f in flags) and any(f["undated"] for f in flags)  # the input has both
    rows = list(csv.reader(open(tmp_path / "g.tsv"), delimiter="\t"))
    assert len(rows) == written >= 1 and all(len(r) == len(GDELT_COLUMNS) for r in rows)
    for row in rows:
        event = dict(zip(GDELT_COLUMNS, row))
        assert event["SQLDATE"].isdigit() and len(event["SQLDATE"]) == 8  # loads as an int
    # "Russia denies it has plans to invade Ukraine" is not a RUS 190 UKR event
    with Store(db, read_only=True) as store:
        negated_key = store.query("SELECT event_key FROM events WHERE negated")[0]["event_key"]
    assert report["left out: negated, hypothetical or historical"] >= 1 and report["left out: undated"] >= 1
    mentions = list(csv.reader(open(tmp_path / "g.mentions.tsv"), delimiter="\t"))
    assert mentions and all(len(m) == len(GDELT_MENTION_COLUMNS) for m in mentions)
    assert {m[0] for m in mentions} == {r[0] for r in rows}
    assert negated_key  # present in the database, absent from the file
    assert all("invade" not in m[5] for m in mentions)


def test_action_geo_country_codes_are_fips():
    assert (fips("GBR"), fips("DEU"), fips("UKR"), fips("RUS"), fips(None)) == ("UK", "GM", "UP", "RS", "")


def test_format_from_extension():
    assert [format_for(n, None) for n in ("a.csv", "a.jsonl", "a.parquet", "a.tsv")] == ["csv", "jsonl", "parquet", "gdelt"]
    assert format_for("a.csv", "jsonl") == "jsonl"
    with pytest.raises(ValueError):
        format_for("a.txt", None)


def test_machine_formats_share_one_event_schema(db, tmp_path, capsys):
    code, out, err = cli(["events", "--db", str(db), "--format", "csv"], capsys)
    assert code == 0, err
    rows = list(csv.DictReader(out.splitlines()))
    assert list(rows[0]) == EVENT_FIELDS and len(rows) == 4  # used to crash after two rows (target)
    code, out, _ = cli(["events", "--db", str(db), "--format", "jsonl"], capsys)
    as_json = [json.loads(line) for line in out.splitlines()]
    code, _, _ = cli(["export", str(tmp_path / "x.csv"), "--db", str(db)], capsys)
    assert code == 0 and (tmp_path / "x.csv").read_text().startswith(",".join(EVENT_FIELDS))  # CSV, not Parquet
    code, _, _ = cli(["export", str(tmp_path / "x.jsonl"), "--db", str(db)], capsys)
    exported = [json.loads(line) for line in open(tmp_path / "x.jsonl")]
    assert sorted(exported, key=lambda e: e["id"]) == sorted(as_json, key=lambda e: e["id"])
    code, _, _ = cli(["export", str(tmp_path / "x.parquet"), "--db", str(db)], capsys)
    import pyarrow.parquet as pq

    table = pq.read_table(tmp_path / "x.parquet")
    assert table.column_names == EVENT_FIELDS and table.num_rows == 4
    code, _, err = cli(["export", str(tmp_path / "x.txt"), "--db", str(db)], capsys)
    assert code == 2 and "--format" in err and err.count("\n") == 1
