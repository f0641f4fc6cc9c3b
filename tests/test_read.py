import bz2
import gzip
import io
import json
import os

import pytest
import zstandard

from conftest import CORPUS, EXAMPLE_RAW
from newsevents.read import read_paths
from newsevents.records import RawRecord, Reject


def records(paths, **kw):
    items = list(read_paths([str(p) for p in paths], **kw))
    return [i for i in items if isinstance(i, RawRecord)], [i for i in items if isinstance(i, Reject)]


def test_scraped_text_record_header_and_body():
    (rec,), rejects = records([EXAMPLE_RAW])
    assert not rejects
    assert rec.title == "Russia says US troop alert escalating tensions"
    assert rec.published == "20220125"
    assert rec.url == "http://www.koreatimes.co.kr/www/world/2022/01/501_322891.html"
    body = [l for l in EXAMPLE_RAW.read_text("utf-8").splitlines()[3:] if l.strip()]
    assert rec.lines == body and len(rec.lines) == 25
    assert rec.reader == "textrecord" and rec.meta["warnings"] == []


def test_corpus_jsonl_shape(tmp_path):
    recs, rejects = records([CORPUS])
    assert len(recs) == 71 and not rejects
    first = json.loads(CORPUS.read_text("utf-8").splitlines()[0])
    assert recs[0].title == first["title"] and recs[0].url == first["url"]
    assert recs[0].lines == [p.strip() for p in first["text"].splitlines() if p.strip()]
    assert recs[0].position == 1


def test_news_please_keys_and_field_map(tmp_path):
    path = tmp_path / "dump.jsonl"
    path.write_text(json.dumps({"title": "T", "maintext": "Para one.\nPara two.", "date_publish":
                                "2022-01-25 10:00:00", "url": "https://x.com/a", "source_domain": "x.com"}) + "\n"
                    + json.dumps({"hed": "H", "copy": "Only text.", "href": "https://y.com/b", "pub": "2022-02-01"}) + "\n")
    recs, rejects = records([path])
    assert recs[0].lines == ["Para one.", "Para two."] and recs[0].outlet == "x.com"
    assert recs[0].published.startswith("2022-01-25")
    assert rejects[0].reason == "no-body" and "--field-map" in rejects[0].detail
    recs, rejects = records([path], field_map={"title": "hed", "text": "copy", "url": "href", "published": "pub"})
    assert (recs[-1].title, recs[-1].url, recs[-1].published, recs[-1].lines) == \
        ("H", "https://y.com/b", "2022-02-01", ["Only text."])


def test_malformed_jsonl_line_is_rejected_and_neighbours_read(tmp_path):
    path = tmp_path / "mixed.jsonl"
    good = json.dumps({"title": "A", "text": "Body text here.", "url": "https://a.com/1", "date": "2022-01-01"})
    path.write_text(good + "\n{not json\n" + good.replace("/1", "/2") + "\n[1, 2]\n")
    recs, rejects = records([path])
    assert len(recs) == 2
    assert [(r.reason, r.position) for r in rejects] == [("bad-json", 2), ("bad-json", 4)]
    assert "{not json" in rejects[0].excerpt


@pytest.mark.parametrize("opener,suffix", [(gzip.open, ".gz"), (bz2.open, ".bz2")])
def test_compressed_inputs(tmp_path, opener, suffix):
    path = tmp_path / f"example.txt{suffix}"
    with opener(path, "wb") as f:
        f.write(EXAMPLE_RAW.read_bytes())
    (rec,), _ = records([path])
    assert rec.title.startswith("Russia says")


def test_zstd_and_stdin(tmp_path, monkeypatch):
    path = tmp_path / "c.jsonl.zst"
    path.write_bytes(zstandard.ZstdCompressor().compress(CORPUS.read_bytes()))
    recs, _ = records([path])
    assert len(recs) == 71
    fake = io.TextIOWrapper(io.BytesIO(gzip.compress(EXAMPLE_RAW.read_bytes())))
    monkeypatch.setattr("sys.stdin", fake)
    (rec,), _ = records(["-"])
    assert rec.url.endswith("501_322891.html")


def test_truncated_gzip_keeps_what_was_read(tmp_path):
    data = gzip.compress(CORPUS.read_bytes())
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    recs, rejects = records([path])
    assert 10 < len(recs) < 71
    assert rejects[-1].reason == "truncated-archive"


def test_empty_binary_and_missing_files(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "blank.txt").write_text("\n\n  \n")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 4)
    os.symlink(tmp_path / "nowhere", tmp_path / "broken.txt")
    _, rejects = records([tmp_path, tmp_path / "missing.jsonl"])
    reasons = sorted(r.reason for r in rejects)
    assert reasons == ["binary", "empty-file", "empty-file", "not-found", "unreadable"]
    assert all(r.detail for r in rejects)


def test_latin1_and_cp1252_text_is_decoded(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Café talks “resume”\n20220125\nhttps://x.fr/a\nLe ministre a déclaré que les négociations reprendraient.\n".encode("cp1252"))
    (rec,), rejects = records([path])
    assert rec.title == "Café talks “resume”" and "déclaré" in rec.lines[0]
    assert rec.meta["encoding"] == "cp1252" and not rejects


def test_missing_and_impossible_dates_and_urls_are_warnings(tmp_path):
    (tmp_path / "a.txt").write_text("Title\n20221345\nhttps://x.com/a\nBody line one.\n")
    (tmp_path / "b.txt").write_text("Title two\nBody without header lines.\nAnother line.\n")
    recs, rejects = records([tmp_path])
    assert len(recs) == 2 and not rejects
    assert [w["reason"] for w in recs[0].meta["warnings"]] == ["bad-date"]
    assert sorted(w["reason"] for w in recs[1].meta["warnings"]) == ["missing-date", "missing-url"]
    assert recs[1].lines == ["Body without header lines.", "Another line."]


def test_header_without_body(tmp_path):
    (tmp_path / "h.txt").write_text("Title\n20220125\nhttps://x.com/a\n")
    _, (reject,) = records([tmp_path / "h.txt"])
    assert reject.reason == "no-body"


def test_huge_single_line_is_rejected_without_loading(tmp_path):
    path = tmp_path / "huge.jsonl"
    good = json.dumps({"title": "A", "text": "Body.", "url": "https://a.com/1"})
    with open(path, "w") as f:
        f.write(good + "\n")
        f.write('{"text": "' + "x" * (50 * 1024 * 1024) + '"}\n')
        f.write(good.replace("/1", "/2") + "\n")
    recs, rejects = records([path])
    assert len(recs) == 2
    assert [r.reason for r in rejects] == ["line-too-long"]


def test_html_page_and_page_without_article(tmp_path):
    page = tmp_path / "page.html"
    page.write_text("""<html><head><title>Talks - News</title><link rel="canonical" href="https://news.example.com/talks">
    <meta property="article:published_time" content="2022-01-25"></head><body><nav>Home</nav><article>
    <h1>Talks resume in Geneva</h1><p>Russian and American diplomats met in Geneva on Monday to discuss security guarantees in Europe.</p>
    <p>The talks lasted more than seven hours, officials said, and will continue next week in Brussels with NATO members.</p>
    </article></body></html>""")
    empty = tmp_path / "login.html"
    empty.write_text("<html><body><form><input name=u></form></body></html>")
    recs, rejects = records([page, empty])
    assert recs[0].url == "https://news.example.com/talks" and recs[0].published == "2022-01-25"
    assert any("seven hours" in line for line in recs[0].lines)
    assert [r.reason for r in rejects] == ["no-article"]


def test_warc_responses_go_through_html(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    html = ("<html><head><title>Sanctions</title></head><body><article><p>The European Union imposed new "
            "sanctions on Russian banks on Tuesday, officials in Brussels said after a long meeting.</p>"
            "<p>Ministers also agreed to freeze the assets of several officials accused of aiding the war.</p>"
            "</article></body></html>").encode()
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        for uri, status, ctype in (("https://eu.example.org/s", "200 OK", "text/html"),
                                   ("https://eu.example.org/logo.png", "200 OK", "image/png"),
                                   ("https://eu.example.org/gone", "404 Not Found", "text/html")):
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(html),
                                                          http_headers=headers))
    recs, rejects = records([path])
    assert [r.url for r in recs] == ["https://eu.example.org/s"]
    assert [r.reason for r in rejects] == ["not-html", "http-error"]  # every response accounted for


def test_folder_with_thousands_of_files_some_unreadable(tmp_path):
    for i in range(2000):
        (tmp_path / f"{i:04d}.txt").write_text(f"Title {i}\n20220125\nhttps://x.com/{i}\nBody {i}.\n")
    (tmp_path / "0100.txt").unlink()
    (tmp_path / "0100.txt").mkdir()  # a folder named like a file: read as a folder (empty)
    for i in range(5):
        os.symlink(tmp_path / f"gone{i}", tmp_path / f"z{i}.txt")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02" * 100)
    recs, rejects = records([tmp_path])
    assert len(recs) == 1999
    assert sorted(r.reason for r in rejects) == ["binary"] + ["unreadable"] * 5
