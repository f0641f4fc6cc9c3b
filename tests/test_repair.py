import datetime as dt

import pytest

from newsevents.records import RawRecord
from newsevents.repair import RepairError, parse_date, repair
from newsevents.repair.credit import strip_dateline_credit, strip_trailing_credit
from newsevents.repair.headings import split_heading
from newsevents.repair.order import split_glued


def raw(lines, title="Title", published="20220125", url="https://www.example.com/a?utm_source=x"):
    return RawRecord("t", 0, "textrecord", title, published, url, lines)


def test_example_record_gives_exactly_the_expected_article(example_article, expected_example):
    assert example_article.public_dict() == expected_example
    report = example_article.report
    assert report.containers == 2 and report.recovered_from_containers == 2
    assert report.headings_split == 1 and report.credit_found == "AFP"
    assert report.order_confidence >= 0.8


def test_block_offsets_point_into_the_text(example_article):
    for block in example_article.blocks:
        assert example_article.text[block.start:block.end] == block.text


def test_clean_record_passes_through_unchanged():
    lines = ["First paragraph of the story is here.", "Second paragraph follows it here.",
             "Third paragraph, with a quote: \"we agree,\" he said."]
    article = repair(raw(lines))
    assert [b.text for b in article.blocks] == lines
    assert article.report.containers == 0 and article.credit is None


def test_containers_recover_order_and_hidden_paragraphs():
    p = ["Alpha leads the story with the main news of the day.",
         "Bravo adds a second fact about the events described.",
         "Charlie exists only inside the long glued line.",
         "Delta closes the account with a final remark."]
    container = p[0] + p[1] + p[2] + " " + p[3]
    article = repair(raw([p[3], p[1], container, p[0]]))
    assert [b.text for b in article.blocks] == p
    assert article.report.recovered_from_containers == 1


def test_two_containers_ordered_by_credit_and_lede():
    p = ["Russia moved troops toward the border, officials said on Tuesday.",
         "The deployment alarmed neighbours across the region.",
         "Diplomats will meet again next week in Vienna.",
         "Talks have so far produced little progress. Reuters"]
    first, second = p[0] + p[1], p[2] + p[3]
    article = repair(raw([p[1], second, p[3], first, p[0], p[2]], title="Russia moves troops to border"))
    assert [b.text for b in article.blocks] == p[:3] + ["Talks have so far produced little progress."]
    assert article.credit == "Reuters"


@pytest.mark.parametrize("glued, parts", [
    ("Talks went on all day.A fragile truce held.", ["Talks went on all day.", "A fragile truce held."]),
    ("He left at noon.U.S. officials said so.", ["He left at noon.", "U.S. officials said so."]),
    ("Can I have the spare?Q: I'm sure there's more.", ["Can I have the spare?", "Q: I'm sure there's more."]),
    ("as you know, soQUESTION: I know. Yeah.", ["as you know, so", "QUESTION: I know. Yeah."]),
    ("provided the following readout:Secretary Austin spoke today.",
     ["provided the following readout:", "Secretary Austin spoke today."]),
    ("2:39 p.m. ESTMR PRICE: Good afternoon.", ["2:39 p.m. EST", "MR PRICE: Good afternoon."]),
    ('"We will respond," he said."The talks failed," she said.',
     ['"We will respond," he said.', '"The talks failed," she said.']),
    ('He called it "a farce.""We are done," she said.', ['He called it "a farce."', '"We are done," she said.']),
])
def test_glued_paragraph_seams(glued, parts):
    assert split_glued(glued) == parts


@pytest.mark.parametrize("text", [
    "WASHINGTON, DCRepresentative Eliot Engel made the following statement.",
    "The U.S. Army said on Monday that it would help.",
    "Mr. Smith met Dr. Jones at 10 a.m. on Friday.",
])
def test_no_false_seams(text):
    assert split_glued(text) == [text]


def test_short_lines_split_off_container_edges_only_when_glued():
    opening = "2:35 p.m. EST"
    turn = "MR PRICE: Good afternoon, everyone. One item at the top today before questions."
    rest = "We urge Russia to release those held on fabricated charges without delay."
    ending = "Thank you."
    article = repair(raw([turn, opening + turn + rest + ending, opening, rest, ending]))
    assert [b.text for b in article.blocks] == [opening, turn, rest, ending]
    # "Thank you. In my remarks ..." is one paragraph that opens with a known short line
    p = ["Thank you. In my remarks tonight I spoke about the crisis in some detail.",
         "At the exact time we are gathered here, a message of war was delivered.", "Thank you."]
    article = repair(raw([p[1], p[0] + p[1] + p[2], p[2]]))
    assert [b.text for b in article.blocks] == p


def test_unlinked_chains_ordered_by_name_introduction_and_formulas():
    p = ["MR PRICE: Good afternoon, everyone. We start today with Alexei Navalny.",
         "Russian authorities added imprisoned opposition figure Alexei Navalny to a list.",
         "Mr. Navalny remains imprisoned on politically fabricated grounds, we said.",
         "With that, happy to take your questions."]
    first, second = p[0] + p[1], p[2] + p[3]
    article = repair(raw([second, p[2], first, p[1]], title="Department Press Briefing"))
    assert [b.text for b in article.blocks] == p
    assert article.report.order_confidence >= 0.8


def test_heading_glued_to_next_sentence_is_split():
    heading, rest = split_heading("Divisions in the WestThe United States has promised to provide answers.")
    assert (heading, rest) == ("Divisions in the West", "The United States has promised to provide answers.")


@pytest.mark.parametrize("text", [
    "YouTube removed the channel after a complaint from the ministry.",
    "McDonald said the company would reopen its restaurants soon.",
    "Apple unveiled the iPhone at an event in California on Tuesday.",
    "The UN Security Council met on Monday.",
])
def test_no_false_headings(text):
    assert split_heading(text) == (None, text)


@pytest.mark.parametrize("text,credit", [
    ('... the Ukrainian Armed forces." AFP', "AFP"),
    ("The talks ended without a deal. (Reuters)", "Reuters"),
    ("Officials declined to comment. -- AP", "AP"),
    ("The ministry confirmed the figures. AFP/Yonhap", "AFP/Yonhap"),
])
def test_trailing_credits(text, credit):
    assert strip_trailing_credit(text)[1] == credit


@pytest.mark.parametrize("text", [
    "He told the AP that the talks had failed.",
    "The report was first published by Reuters",
    "Shares of Bloomberg rivals rose.",
])
def test_no_false_credits(text):
    assert strip_trailing_credit(text) == (text, None)


def test_dateline_credit():
    assert strip_dateline_credit("MOSCOW (AFP) - Russia said on Tuesday ...") == ("MOSCOW - Russia said on Tuesday ...", "AFP")


def test_credit_alone_on_a_line_and_mojibake():
    article = repair(raw(["The minister said the talks were â€œconstructiveâ€\x9d on Monday.", "AFP"]))
    assert article.credit == "AFP"
    assert article.blocks[0].text == 'The minister said the talks were "constructive" on Monday.'


def test_ids_outlets_and_dates():
    article = repair(raw(["One paragraph of text."], url="http://www.example.com/a/?utm_source=tw&id=3#top"))
    again = repair(raw(["Another copy, same address."], url="https://example.com/a?id=3"))
    assert article.id == again.id and article.outlet == "example.com"
    assert article.canonical_url == "https://example.com/a?id=3"
    assert article.published == dt.date(2022, 1, 25)


@pytest.mark.parametrize("value,expected", [
    ("20220125", dt.date(2022, 1, 25)), ("2022-01-25T10:00:00Z", dt.date(2022, 1, 25)),
    ("January 25, 2022", dt.date(2022, 1, 25)), ("25 Jan 2022", dt.date(2022, 1, 25)),
    ("20221345", None), ("", None), (None, None), ("soon", None),
])
def test_parse_date(value, expected):
    assert parse_date(value) == expected


def test_no_body_is_an_error():
    with pytest.raises(RepairError) as err:
        repair(raw(["", "  "]))
    assert err.value.reason == "no-body"


def test_simulated_records_meet_quality_floor():
    """Regression guard on the noise simulator (full figures: python -m bench.repair_quality)."""
    from bench.repair_quality import score

    result = score(150, seed=7)
    assert result["paragraph_precision"] >= 0.98
    assert result["paragraph_recall"] >= 0.98
    assert result["exact_order"] >= 0.9
    assert result["credit_right"] >= 0.95


def test_one_line_record_without_full_stop_is_its_text_not_a_heading():
    article = repair(raw(["Oman recalls its envoy from Bahrain"]))
    assert [(b.kind, b.text) for b in article.blocks] == [("paragraph", "Oman recalls its envoy from Bahrain")]


def test_a_heading_before_a_paragraph_stays_a_heading():
    article = repair(raw(["Talks resume", "Negotiators from both sides met again on Monday in Muscat."]))
    assert [b.kind for b in article.blocks] == ["heading", "paragraph"]


def _containers_reference(units):
    """find_containers as it was (quadratic): the reference for the linear one."""
    from newsevents.repair.order import MIN_UNIT

    joined = "\n".join(units)
    inside = sorted((u for u in units if len(u) >= MIN_UNIT and joined.count(u) > 1), key=len)
    return {c for c in units if any(len(u) < len(c) and u in c for u in inside)}


def test_find_containers_is_linear_and_unchanged():
    import random
    import time

    from newsevents.repair.order import find_containers

    rng = random.Random(13)
    words = "the minister said talks would continue in Geneva next week with all parties".split()
    for _ in range(200):
        paras = [" ".join(rng.choice(words) for _ in range(rng.randint(2, 14))) for _ in range(rng.randint(1, 12))]
        units = paras + [" ".join(rng.sample(paras, min(len(paras), rng.randint(1, 3)))) for _ in range(rng.randint(0, 3))]
        rng.shuffle(units)
        assert find_containers(units) == _containers_reference(units), units
    lines = [f"Paragraph {i} says the minister met the envoy in Geneva on day {i}." for i in range(100_000)]
    started = time.perf_counter()
    assert find_containers(lines) == set()
    assert time.perf_counter() - started < 10  # was 88 s for the whole repair
