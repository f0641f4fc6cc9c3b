"""Stage: repair. A raw record becomes an Article: each paragraph once, in the original
order, sub-headings split off, the wire credit recognised, text normalised."""

from __future__ import annotations

import re

import ftfy
from ftfy.badness import is_bad

from newsevents.ids import article_id, canonical_url, outlet_of
from newsevents.read.dates import parse_date
from newsevents.records import Article, Block, RawRecord, RepairReport
from newsevents.repair.credit import strip_dateline_credit
from newsevents.repair.order import reconstruct

__all__ = ["RepairError", "parse_date", "repair"]


class RepairError(ValueError):
    """A record that cannot become an article; `reason` is a short code for the rejects table."""

    def __init__(self, reason: str, detail: str):
        super().__init__(f"{reason}: {detail}")
        self.reason, self.detail = reason, detail


_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")


def normalise_line(line: str) -> str:
    """Fix mojibake and odd spaces without changing any word (double spaces are kept: they
    mark a dropped dash, and the text must stay what the outlet printed)."""
    if line.isascii() and "&" not in line:
        fixed = _CONTROL.sub("", line)  # no mojibake, no entity: nothing else for ftfy to fix
    else:
        fixed = ftfy.fix_text(line, uncurl_quotes=True, fix_line_breaks=True)
    fixed = _ZERO_WIDTH.sub("", fixed)
    return _SPACES.sub(" ", fixed).strip()


def repair(raw: RawRecord) -> Article:
    lines = [normalise_line(line) for line in raw.lines]
    title = normalise_line(raw.title) if raw.title else None
    if title:  # a body that repeats the headline as its first line
        lines = [line for i, line in enumerate(lines) if not (i < 3 and line == title)]
    if not any(lines):
        raise RepairError("no-body", "the record has a title but no body text; check the "
                          "scraper or the field mapping (--field-map) for this source")
    rebuilt = reconstruct(lines, title)
    pieces = rebuilt.pieces
    credit = rebuilt.credit
    if pieces and pieces[0].kind == "paragraph":
        first, dateline_credit = strip_dateline_credit(pieces[0].text)
        if dateline_credit:
            pieces[0].text, credit = first, credit or dateline_credit
    # a heading introduces what follows it: heading-like lines after the last paragraph are
    # the text itself ("Russia recalls its ambassador" with no full stop is a one-line story)
    trailing = len(pieces)
    while trailing and pieces[trailing - 1].kind == "heading":
        trailing -= 1
    for piece in pieces[trailing:]:
        piece.kind = "paragraph"
    if not any(p.kind == "paragraph" for p in pieces):
        raise RepairError("no-body", "no paragraph is left after repair (only headings or a "
                          "credit); the record holds no article text")

    blocks, offset, parts = [], 0, []
    for piece in pieces:
        blocks.append(Block(piece.kind, piece.text, offset, offset + len(piece.text)))
        parts.append(piece.text)
        offset += len(piece.text) + 2
    text = "\n\n".join(parts)
    canon = canonical_url(raw.url)
    report = RepairReport(
        lines_in=len(raw.lines), containers=rebuilt.containers,
        duplicates_removed=rebuilt.duplicates_removed,
        recovered_from_containers=rebuilt.recovered, headings_split=rebuilt.headings,
        credit_found=credit, order_source=rebuilt.order_source,
        order_confidence=rebuilt.order_confidence,
        mojibake_fixed=any(not line.isascii() and is_bad(line) for line in raw.lines[:200]),
        notes=rebuilt.notes,
    )
    return Article(
        id=article_id(canon, text), url=raw.url.strip() if raw.url else None,
        canonical_url=canon, outlet=raw.outlet or outlet_of(raw.url), title=title,
        published=parse_date(raw.published), credit=credit, blocks=blocks, text=text,
        source=raw.source, position=raw.position, reader=raw.reader, report=report,
    )
