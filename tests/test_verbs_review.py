"""The reviewed PETRARCH2 verbs (petrarch/verbs-reviewed.tsv -> verbs-petrarch.tsv): sentences
written for these tests (not from the gold, not CAMEO codebook examples) with verbs the
review kept, and the file's own consistency."""

import csv
import datetime as dt
from importlib import resources

import pytest

from newsevents.events.taxonomy import cameo_codes
from newsevents.extract import extract_articles
from newsevents.records import Article, Block


def coded(text):
    """(source, target or '-', cameo) of every event of a one-paragraph article."""
    article = Article("t1", "https://example.com/t1", None, "example.com", "T", dt.date(2023, 3, 1), None,
                      [Block("paragraph", text, 0, len(text))], text)
    [result] = extract_articles([article])
    return [(e.source.code, e.target.code if e.target else "-", e.cameo) for e in result.events]


def _table(name: str) -> list[dict]:
    text = resources.files("newsevents.data").joinpath(name).read_text("utf-8")
    return list(csv.DictReader([l for l in text.splitlines() if l.strip() and not l.startswith("#")], delimiter="\t"))


@pytest.mark.parametrize("sentence,expected", [
    ("Serbia ruled out talks with Kosovo.", ("SRB", "KSV", "125")),
    ("Israeli forces demolished Palestinian homes in Hebron.", ("ISRMIL", "PSE", "1712")),
    ("Sweden implored Turkey to approve its NATO bid.", ("SWE", "TUR", "020")),
    ("China disputed the Philippine account of the collision.", ("CHN", "PHL", "110")),
    ("The United States cautioned Iran against enriching uranium.", ("USA", "IRN", "130")),
    ("Kenya contacted Ethiopia about the border dispute.", ("KEN", "ETH", "040")),
    ("Norway withheld aid from Myanmar after the coup.", ("NOR", "MMR", "162")),
    ("Canada castigated Saudi Arabia over the arrests.", ("CAN", "SAU", "111")),
    ("Japan extended its condolences to Turkey after the earthquake.", ("JPN", "TUR", "018")),
    ("Egypt spurned the Ethiopian offer.", ("EGY", "ETH", "127")),
])
def test_reviewed_verbs_code_their_act(sentence, expected):
    assert expected in coded(sentence)


def test_a_dropped_polysemous_verb_codes_nothing():
    # 'defeat' was dropped: elections and sports as often as battles
    assert coded("The Serbian team defeated Croatia in the final.") == []


def test_every_reviewed_row_has_a_valid_code_a_decision_and_a_reason():
    codes = cameo_codes()
    reviewed = _table("petrarch/verbs-reviewed.tsv")
    assert len(reviewed) > 20000
    bad = [r for r in reviewed if r["cameo"] not in codes or r["decision"] not in ("keep", "drop")
           or not (r["reason"] or "").strip() or not r["pattern"].strip()]
    assert bad == []
    candidates = {(r["pattern"], r["cameo"]) for r in _table("petrarch/verbs-candidates.tsv")}
    assert {(r["pattern"], r["cameo"]) for r in reviewed} <= candidates


def test_the_coder_reads_only_reviewed_keeps_of_the_reviewed_verbs():
    decision = {(r["pattern"], r["cameo"]): r["decision"] for r in _table("petrarch/verbs-reviewed.tsv")}
    imported = _table("verbs-petrarch.tsv")
    assert {r["note"] for r in imported} <= {"audited", "reviewed", "reviewed, gold-checked"}
    assert [r for r in imported if decision.get((r["pattern"], r["cameo"])) == "drop"] == []
    assert all(decision.get((r["pattern"], r["cameo"])) == "keep" for r in imported if r["note"].startswith("reviewed"))
