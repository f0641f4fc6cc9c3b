"""The CAMEO coder on sentences written for these tests (not taken from the gold or from the
CAMEO codebook): each construction it codes, and the ones it must leave alone."""

import datetime as dt

import pytest

from newsevents.extract import extract_articles
from newsevents.records import Article, Block

PUB = dt.date(2022, 1, 25)


def article(text, published=PUB, aid="t1", outlet="example.com"):
    blocks, pos = [], 0
    for part in text.split("\n\n"):
        blocks.append(Block("paragraph", part, pos, pos + len(part)))
        pos += len(part) + 2
    return Article(aid, f"https://{outlet}/{aid}", None, outlet, "T", published, None, blocks, text)


def coded(text, **kwargs):
    """(source, target or '-', cameo) of every event, in order."""
    [result] = extract_articles([article(text, **kwargs)])
    return [(e.source.code, e.target.code if e.target else "-", e.cameo) for e in result.events]


def events(text, **kwargs):
    [result] = extract_articles([article(text, **kwargs)])
    return result.events


# -- modality: intent, demands, appeals, refusals, threats ----------------------------
@pytest.mark.parametrize("sentence,expected", [
    ("Germany promised to deliver 40 tanks to Poland.", ("DEU", "POL", "0332")),
    ("The Japanese government pledged to provide humanitarian assistance to Turkey.", ("JPNGOV", "TUR", "0333")),
    ("Turkey agreed to hold talks with Greece next month.", ("TUR", "GRC", "036")),
    ("The European Union demanded that Belarus release the detained journalists.", ("EU", "BLR", "1053")),
    ("France called on Iran to free the French hostages.", ("FRA", "IRN", "0253")),
    ("Brazil refused to extradite the suspect to Italy.", ("BRA", "ITA", "120")),
])
def test_governed_acts_make_the_governing_code_specific(sentence, expected):
    assert coded(sentence)[0] == expected


def test_intent_is_not_hypothetical_and_the_promised_act_is_not_coded_as_done():
    found = events("Germany promised to deliver 40 tanks to Poland.")
    assert [(e.cameo, e.hypothetical) for e in found] == [("0332", False)]


def test_the_act_warned_of_is_not_the_speakers_act_nor_a_done_act():
    found = coded("Washington warned that Beijing could invade Taiwan.")
    assert [c[2][:2] for c in found] == ["13"]
    assert found[0][0] == "USAGOV"


def test_a_fact_reported_in_a_warning_is_still_coded():
    found = coded("Lithuania warned that Russia has deployed missiles to Kaliningrad.")
    assert ("RUS", "-", "154") in found or any(c[0] == "RUS" and c[2].startswith("15") for c in found)


def test_a_decision_is_the_owners_not_the_praisers():
    found = coded("Kenya welcomed Ethiopia's decision to withdraw its troops.")
    assert ("KEN", "ETH", "051") in found
    assert not any(c[0] == "KEN" and c[2].startswith("08") for c in found)


# -- robustness -----------------------------------------------------------------------
def test_verbless_fragment_with_a_relative_pronoun_returns():
    # once looped forever: spaCy makes a new Token object on every .head access
    assert coded("The sanctions they imposed on Russia.") is not None
