"""Hostile input (issue #13): nothing crashes, nothing hangs, every good record is kept and
every bad one has a row in `rejects` with a specific reason. Read-level cases use
`read_paths` (fast); the ones about what is stored run the local engine without NLP."""

import gzip
import io
import json
import os
import sys

import duckdb
import pytest

from newsevents.engine import run_ingest
from newsevents.read import read_paths
from newsevents.records import RawRecord, Reject

BODY = "The minister said the talks would continue next week in Geneva with all parties present. "


def record(i, **extra):
    return {"title": f"Talks go on {i}", "text": BODY * 3 + f"Record {i}.", "url": f"https://ex.com/a/{i}",
            "date": "2022-01-24", **extra}


def split(items):
    items = list(items)
    return ([i for i in items if isinstance(i, RawRecord)],
            [i for i in items if isinstance(i, Reject) and i.stage != "read-warning"],
            [i for i in items if isinstance(i, Reject) and i.stage == "read-warning"])


def jsonl(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def rows(db, sql):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_broken_ipv6_url_keeps_the_run_and_every_good_record(tmp_path):
    path = jsonl(tmp_path / "in.jsonl", [record(1), record(2, url="http://[broken/x"), record(3),
                                         record(4, url="javascript:alert(1)")])
    db = tmp_path / "c.duckdb"
    summary = run_ingest([str(path)], str(db), workers=1, extract=False)
    assert summary.ingested == 4
    urls = sorted(str(u) for (u,) in rows(db, "SELECT url FROM articles"))
    assert urls == ["None", "None", "https://ex.com/a/1", "https://ex.com/a/3"]  # never stored: not http(s)
    assert summary.warnings["bad-url"] == 2


def test_deeply_nested_json_line_loses_only_itself(tmp_path):
    path = tmp_path / "deep.jsonl"
    path.write_text(json.dumps(record(1)) + "\n" + "[" * 100_000 + "]" * 100_000 + "\n"
                    + json.dumps(record(2)) + "\n")
    good, bad, _ = split(read_paths([str(path)]))
    assert [r.position for r in good] == [1, 3]
    assert [(r.position, r.reason) for r in bad] == [(2, "bad-json")] and "nested" in bad[0].detail


def test_truncated_zst_and_gz_keep_the_records_before_the_damage(tmp_path):
    zstandard = pytest.importorskip("zstandard")
    data = "".join(json.dumps(record(i)) + "\n" for i in range(2000)).encode()
    z = zstandard.ZstdCompressor().compress(data)
    (tmp_path / "t.jsonl.zst").write_bytes(z[: len(z) // 2])
    g = gzip.compress(data)
    (tmp_path / "t.jsonl.gz").write_bytes(g[: len(g) // 2])
    for name in ("t.jsonl.zst", "t.jsonl.gz"):
        good, bad, _ = split(read_paths([str(tmp_path / name)]))
        assert len(good) > 500, name
        assert [r.reason for r in bad] == ["truncated-archive"], (name, [(r.reason, r.detail) for r in bad])
    (tmp_path / "ok.jsonl.zst").write_bytes(z + zstandard.ZstdCompressor().compress(b"\n"))  # two frames
    good, bad, _ = split(read_paths([str(tmp_path / "ok.jsonl.zst")]))
    assert len(good) == 2000 and not bad


def _warc(path, pages, extra=()):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as f:
        writer = WARCWriter(f, gzip=True)
        for i in range(pages):
            body = (f"<html><head><title>Story {i}</title></head><body><article><p>{BODY * 4}</p>"
                    "</article></body></html>").encode()
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(f"https://ex.com/w/{i}", "response",
                                                          payload=io.BytesIO(body), http_headers=headers))
        for url, ctype in extra:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(b"%PDF-1.4"),
                                                          http_headers=headers))


def test_truncated_warc_keeps_its_complete_responses_and_says_so(tmp_path):
    _warc(tmp_path / "w.warc.gz", 5)
    data = (tmp_path / "w.warc.gz").read_bytes()
    (tmp_path / "t.warc.gz").write_bytes(data[: int(len(data) * 0.9)])
    good, bad, _ = split(read_paths([str(tmp_path / "t.warc.gz")]))
    assert len(good) == 4
    assert [r.reason for r in bad] == ["truncated-archive"]
    good, bad, _ = split(read_paths([str(tmp_path / "w.warc.gz")]))
    assert len(good) == 5 and not bad


def test_non_html_warc_responses_get_a_row(tmp_path):
    _warc(tmp_path / "w.warc.gz", 1, extra=[("https://ex.com/doc.pdf", "application/pdf")])
    good, bad, _ = split(read_paths([str(tmp_path / "w.warc.gz")]))
    assert len(good) == 1 and [r.reason for r in bad] == ["not-html"] and "application/pdf" in bad[0].detail


def test_pretty_printed_json_array_is_read_as_records(tmp_path):
    path = tmp_path / "dump.json"
    path.write_text(json.dumps([record(1), record(2), "not an object", record(3)], indent=2))
    good, bad, _ = split(read_paths([str(path)]))
    assert [r.position for r in good] == [1, 2, 4]
    assert [(r.position, r.reason) for r in bad] == [(3, "bad-json")]


def test_cr_only_line_endings_and_utf16_are_read(tmp_path):
    text = "A title\r2022-01-24\rhttps://ex.com/cr\r" + BODY + "\r" + BODY + "\r"
    (tmp_path / "cr.txt").write_bytes(text.encode())
    (tmp_path / "u16.txt").write_bytes(text.replace("\r", "\n").replace("/cr", "/u16").encode("utf-16"))
    (tmp_path / "u16.jsonl").write_bytes((json.dumps(record(5)) + "\r\n").encode("utf-16"))
    (tmp_path / "cr.jsonl").write_bytes((json.dumps(record(6)) + "\r" + json.dumps(record(7)) + "\r").encode())
    good, bad, _ = split(read_paths([str(tmp_path)]))
    assert not bad, [(r.source, r.reason) for r in bad]
    assert sorted(r.url for r in good) == ["https://ex.com/a/5", "https://ex.com/a/6", "https://ex.com/a/7",
                                           "https://ex.com/cr", "https://ex.com/u16"]
    cr = next(r for r in good if r.url.endswith("/cr"))
    assert cr.title == "A title" and cr.published == "2022-01-24" and len(cr.lines) == 2


def test_every_skipped_input_has_a_row(tmp_path):
    folder = tmp_path / "in"
    (folder / ".hidden").mkdir(parents=True)
    jsonl(folder / "good.jsonl", [record(1)])
    jsonl(folder / ".dotfile.jsonl", [record(2)])
    jsonl(folder / ".hidden" / "x.jsonl", [record(3)])
    locked = folder / "locked"
    locked.mkdir()
    jsonl(locked / "y.jsonl", [record(4)])
    locked.chmod(0)
    try:
        good, bad, _ = split(read_paths([str(folder)]))
    finally:
        locked.chmod(0o755)
    assert len(good) == (2 if os.geteuid() == 0 else 1)
    reasons = sorted((os.path.basename(r.source), r.reason) for r in bad)
    expected = [(".dotfile.jsonl", "skipped-hidden"), (".hidden", "skipped-hidden")]
    if os.geteuid() != 0:  # root reads everything
        expected.append(("locked", "unreadable"))
    assert reasons == sorted(expected)


def test_changed_text_at_a_stored_url_is_kept_as_a_revision(tmp_path):
    db = tmp_path / "c.duckdb"
    first = jsonl(tmp_path / "v1.jsonl", [record(1)])
    second = jsonl(tmp_path / "v2.jsonl", [record(1, text=BODY * 3 + "Updated: the talks were postponed.")])
    run_ingest([str(first)], str(db), workers=1, extract=False)
    summary = run_ingest([str(second)], str(db), workers=1, extract=False)
    assert summary.ingested == 1 and summary.warnings["revision"] == 1
    assert rows(db, "SELECT count(*), count(DISTINCT url) FROM articles") == [(2, 1)]
    again = run_ingest([str(first), str(second)], str(db), workers=1, extract=False)  # idempotent
    assert again.ingested == 0 and again.already_stored == 2 and not again.warnings


def test_future_publication_dates_are_kept_with_a_warning(tmp_path):
    path = jsonl(tmp_path / "f.jsonl", [record(1, date="2099-05-01"), record(2, date="3000-01-01"), record(3)])
    good, bad, _ = split(read_paths([str(path)]))
    assert len(good) == 3 and not bad
    reasons = [w["reason"] for r in good for w in r.meta["warnings"]]
    assert reasons.count("future-date") == 2


def test_a_huge_text_record_is_cut_with_a_warning_and_bounded_memory(tmp_path, monkeypatch):
    import newsevents.read.formats as formats

    monkeypatch.setattr(formats, "MAX_RECORD", 100_000)
    path = tmp_path / "big.txt.gz"
    with gzip.open(path, "wt") as f:
        f.write("Title\n2022-01-24\nhttps://ex.com/big\n")
        for i in range(200_000):
            f.write(f"line {i} of a very long dump\n")
    good, bad, _ = split(read_paths([str(path)]))
    assert len(good) == 1 and sum(len(x) for x in good[0].lines) < 200_000
    assert [w["reason"] for w in good[0].meta["warnings"]] == ["record-cut"]


def test_an_html_page_over_the_limit_is_rejected_not_cut(tmp_path, monkeypatch):
    import newsevents.read.formats as formats

    monkeypatch.setattr(formats, "MAX_HTML", 10_000)
    (tmp_path / "big.html").write_text("<html><body><p>" + BODY * 500 + "</p></body></html>")
    good, bad, _ = split(read_paths([str(tmp_path / "big.html")]))
    assert not good and [r.reason for r in bad] == ["too-large"]


def cli(argv, capsys):
    from newsevents.cli import main

    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    out = capsys.readouterr()
    return exit_info.value.code, out.out, out.err


def test_file_names_with_markup_are_printed_literally(tmp_path, capsys):
    folder = tmp_path / "in" / "["
    folder.mkdir(parents=True)
    (folder / "]weird [bold].jsonl").write_text("{broken\n" + json.dumps(record(1)) + "\n")
    code, out, err = cli(["ingest", str(folder), "--db", str(tmp_path / "c.duckdb"), "--no-extract",
                          "--workers", "1"], capsys)
    assert code == 0, err
    assert "[/]weird [bold].jsonl:1 [bad-json]" in out.replace("\n", "")


@pytest.mark.parametrize("argv, message", [
    (["--batch-size", "0"], "--batch-size"),
    (["--batch-size", "-1"], "--batch-size"),
    (["--format", "bogus"], "'bogus' is not a format"),
    (["--engine", "spark"], "--engine"),
    (["--workers", "-3"], "--workers"),
    (["--field-map", "[1]"], "--field-map"),
])
def test_bad_ingest_options_are_one_line_errors_with_exit_2(tmp_path, capsys, argv, message):
    path = jsonl(tmp_path / "in.jsonl", [record(1)])
    code, out, err = cli(["ingest", str(path), "--db", str(tmp_path / "c.duckdb"), *argv], capsys)
    assert code == 2 and message in err and err.count("\n") == 1 and "Traceback" not in err
    assert not (tmp_path / "c.duckdb").exists()


def test_missing_input_path_is_an_error(tmp_path, capsys):
    code, _, err = cli(["ingest", str(tmp_path / "does-not-exist"), "--db", str(tmp_path / "c.duckdb")], capsys)
    assert code == 2 and "no such file" in err and err.count("\n") == 1
    assert not (tmp_path / "c.duckdb").exists()


def test_bad_database_files_are_clean_errors(tmp_path, capsys):
    path = jsonl(tmp_path / "in.jsonl", [record(1)])
    junk = tmp_path / "junk.duckdb"
    junk.write_bytes(b"this is not a database" * 100)
    for argv in (["stats", "--db", str(junk)], ["ingest", str(path), "--db", str(junk), "--no-extract"]):
        code, _, err = cli(argv, capsys)
        assert code == 2 and err.startswith("error:") and err.count("\n") == 1, err
    good = tmp_path / "good.duckdb"
    run_ingest([str(path)], str(good), workers=1, extract=False)
    truncated = tmp_path / "truncated.duckdb"
    truncated.write_bytes(good.read_bytes()[:5000])
    code, _, err = cli(["stats", "--db", str(truncated)], capsys)
    assert code == 2 and err.startswith("error:") and err.count("\n") == 1, err
    con = duckdb.connect(str(good))
    con.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    con.close()
    for argv in (["stats", "--db", str(good)], ["ingest", str(path), "--db", str(good)]):
        code, _, err = cli(argv, capsys)
        assert code == 2 and "newer than this newsevents" in err and err.count("\n") == 1, err


@pytest.mark.skipif(sys.platform != "linux", reason="uses /dev/full")
def test_full_disk_on_export_is_a_clean_error(tmp_path, capsys):
    path = jsonl(tmp_path / "in.jsonl", [record(1)])
    db = tmp_path / "c.duckdb"
    run_ingest([str(path)], str(db), workers=1)
    code, _, err = cli(["export", "/dev/full", "--format", "csv", "--db", str(db)], capsys)
    assert code == 2 and err.startswith("error:") and err.count("\n") == 1, err


def test_repair_text_mode_with_a_huge_markup_title_is_fast(tmp_path, capsys):
    import time

    path = tmp_path / "t.txt"
    path.write_text("[bold]Word" * 20_000 + "\n2022-01-24\nhttps://ex.com/t\n" + (BODY + "\n") * 5)
    started = time.perf_counter()
    code, out, err = cli(["repair", str(path)], capsys)
    assert code == 0, err
    assert time.perf_counter() - started < 20 and "[bold]Word" in out  # literal, cut, fast


def test_bad_serve_options_are_one_line_errors(tmp_path, capsys):
    for argv, message in ((["serve", "--db", str(tmp_path / "none.duckdb")], "newsevents ingest"),
                          (["serve", "--db", str(tmp_path / "x.duckdb"), "--watch", str(tmp_path / "nope")], "--watch"),
                          (["serve", "--port", "70000"], "--port"),
                          (["events", "--limit", "-1"], "--limit"),
                          (["export", str(tmp_path / "x.csv"), "--since", "yesterday"], "YYYY-MM-DD")):
        code, _, err = cli(argv, capsys)
        assert code == 2 and message in err and err.count("\n") == 1, (argv, err)


def test_a_file_of_junk_lines_gives_bounded_reject_rows(tmp_path):
    import time

    from newsevents.read import MAX_SAME_REJECTS

    path = tmp_path / "junk.jsonl.gz"
    with gzip.open(path, "wt") as f:
        f.write(json.dumps(record(1)) + "\n")
        for i in range(200_000):
            f.write(f"short junk line {i}\n")
        f.write(json.dumps(record(2)) + "\n")
    started = time.perf_counter()
    good, bad, _ = split(read_paths([str(path)]))
    assert len(good) == 2 and len(bad) == MAX_SAME_REJECTS + 1
    assert "199,000 more records" in bad[-1].detail and time.perf_counter() - started < 30
