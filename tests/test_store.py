import datetime as dt

import pytest

from newsevents.records import (
    Actor, Article, Block, Event, Extraction, Location, Quote, Reject, Sentence,
)
from newsevents.store import Store, StoreError
from newsevents.store.db import event_dict
from newsevents.store.schema import SCHEMA_VERSION


def make_article(aid="a1", text="Russia warned Ukraine.\n\nNATO met in Brussels."):
    paras = text.split("\n\n")
    blocks, pos = [], 0
    for p in paras:
        blocks.append(Block("paragraph", p, pos, pos + len(p)))
        pos += len(p) + 2
    return Article(id=aid, url=f"https://example.com/{aid}", canonical_url=f"https://example.com/{aid}",
                   outlet="example.com", title="T", published=dt.date(2022, 1, 25), credit="AFP",
                   blocks=blocks, text=text)


def make_extraction(aid="a1"):
    rus = Actor("RUSGOV", "Russia", "RUS", "GOV")
    ukr = Actor("UKR", "Ukraine", "UKR")
    event = Event(id=f"{aid}-e1", article_id=aid, url=None, sentence_index=0,
                  sentence="Russia warned Ukraine.", trigger="warned", date=dt.date(2022, 1, 24),
                  source=rus, target=ukr, cameo="130", root="13", quad_class=3, goldstein=-4.4,
                  location=Location("Moscow", "RUS", 55.75, 37.62), start=0, end=22,
                  trigger_start=7, trigger_end=13)
    return Extraction(article_id=aid, language="en",
                      sentences=[Sentence(0, 0, 22, "Russia warned Ukraine.")],
                      events=[event],
                      quotes=[Quote({"name": "Dmitry Peskov", "code": "RUSGOV"}, "x", 0, 1, 2)])


def test_migrates_to_current_version_and_reopens(tmp_path):
    path = tmp_path / "c.duckdb"
    with Store(path) as store:
        assert store.schema_version() == SCHEMA_VERSION
    with Store(path) as store:  # a second open migrates nothing and keeps the version
        assert store.schema_version() == SCHEMA_VERSION


def test_writes_are_idempotent(tmp_path):
    path = tmp_path / "c.duckdb"
    reject = Reject("f.jsonl", 3, "read", "bad-json", "line 3 is not JSON", "{oops")
    for _ in range(2):
        with Store(path) as store:
            store.write_batch([make_article()], [make_extraction()], [reject])
    with Store(path, read_only=True) as store:
        counts = store.con.execute(
            "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM blocks), "
            "(SELECT count(*) FROM events), (SELECT count(*) FROM rejects), "
            "(SELECT count(*) FROM quotes), (SELECT count(*) FROM extractions)").fetchone()
    assert counts == (1, 2, 1, 1, 1, 1)


def test_find_article_by_id_prefix_and_url(tmp_path):
    with Store(tmp_path / "c.duckdb") as store:
        store.write_batch([make_article("abc123"), make_article("abd456")])
        assert store.find_article("https://example.com/abc123")["id"] == "abc123"
        assert store.find_article("abd")["id"] == "abd456"
        assert store.find_article("ab") is None  # ambiguous prefix
        article = store.find_article("abc123")
        assert [b["kind"] for b in article["blocks"]] == ["paragraph", "paragraph"]
        assert article["text"][article["blocks"][1]["start_char"]:article["blocks"][1]["end_char"]] \
            == "NATO met in Brussels."


def test_event_round_trip_matches_json_contract(tmp_path):
    with Store(tmp_path / "c.duckdb") as store:
        store.write_batch([make_article()], [make_extraction()])
        row = store.query("SELECT * FROM events")[0]
    event = event_dict(row)
    assert event["source"] == {"code": "RUSGOV", "name": "Russia", "country": "RUS", "role": "GOV", "org": None}
    assert event["target"]["code"] == "UKR"
    assert (event["cameo"], event["root"], event["date"]) == ("130", "13", "2022-01-24")
    assert event["location"] == {"name": "Moscow", "country": "RUS", "lat": 55.75, "lon": 37.62}


def test_failed_batch_leaves_nothing_half_written(tmp_path):
    with Store(tmp_path / "c.duckdb") as store:
        bad = make_extraction()
        bad.events[0].quad_class = "not-a-number"  # fails inside the transaction
        with pytest.raises(Exception):
            store.write_batch([make_article()], [bad])
        assert store.con.execute("SELECT count(*) FROM articles").fetchone()[0] == 0


def test_read_only_open_of_missing_file_says_what_to_do(tmp_path):
    with pytest.raises(StoreError, match="newsevents ingest"):
        Store(tmp_path / "missing.duckdb", read_only=True)
