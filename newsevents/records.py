"""Typed records that flow one way through the pipeline.

read -> RawRecord | Reject
repair -> Article
nlp + actors + events + extract -> Extraction (sentences, events, quotes, amounts, dates, places)
store writes all of them; corpus and analysis read them back from the database.

Every record is a plain dataclass so that it pickles cheaply (multiprocessing, Ray) and
turns into JSON with `to_dict`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Any


def to_dict(record: Any) -> Any:
    """JSON-ready form of a record (dates as ISO strings, nested records as dicts)."""
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        return {f.name: to_dict(getattr(record, f.name)) for f in dataclasses.fields(record)}
    if isinstance(record, (list, tuple)):
        return [to_dict(x) for x in record]
    if isinstance(record, dict):
        return {k: to_dict(v) for k, v in record.items()}
    if isinstance(record, (dt.date, dt.datetime)):
        return record.isoformat()
    return record


@dataclass(slots=True)
class RawRecord:
    """One news record as a reader found it, before any repair.

    `lines` is the body as the source had it, one entry per line (scraped records) or per
    paragraph (JSONL/HTML texts split on blank lines). `published` is the raw date string.
    """

    source: str  # file path (or "-" for stdin), plus member name for archives
    position: int  # line number, record index or byte offset inside `source`
    reader: str  # "textrecord", "jsonl", "html", "warc", ...
    title: str | None
    published: str | None
    url: str | None
    lines: list[str]
    outlet: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Reject:
    """A record that could not be used, kept aside with a specific reason."""

    source: str
    position: int
    stage: str  # "read", "repair", "extract", ...
    reason: str  # short machine-readable code, e.g. "bad-date", "no-body", "binary"
    detail: str  # human sentence saying what is wrong and what to do
    excerpt: str = ""  # at most a few hundred characters of the raw input


@dataclass(slots=True)
class Block:
    kind: str  # "paragraph" or "heading"
    text: str
    start: int = 0  # character offsets into Article.text
    end: int = 0


@dataclass(slots=True)
class RepairReport:
    lines_in: int = 0
    containers: int = 0  # lines that glue several paragraphs together
    duplicates_removed: int = 0
    recovered_from_containers: int = 0  # paragraphs found only inside containers
    headings_split: int = 0
    credit_found: str | None = None
    order_source: str = "input"  # "container", "input", ...
    order_confidence: float = 1.0  # 0..1, how sure the reconstructed order is right
    mojibake_fixed: bool = False
    notes: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Article:
    """A repaired article: paragraphs once each, in order, headings split, credit apart."""

    id: str
    url: str | None
    canonical_url: str | None
    outlet: str | None
    title: str | None
    published: dt.date | None
    credit: str | None
    blocks: list[Block]
    text: str  # blocks joined by "\n\n"; block offsets point into it
    source: str = ""
    position: int = 0
    reader: str = ""
    report: RepairReport = field(default_factory=RepairReport)
    language: str | None = None

    def public_dict(self) -> dict[str, Any]:
        """The `repair --json` contract."""
        return {
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "url": self.url,
            "outlet": self.outlet,
            "credit": self.credit,
            "blocks": [{"kind": b.kind, "text": b.text} for b in self.blocks],
        }


@dataclass(slots=True)
class Sentence:
    index: int
    start: int  # offsets into Article.text
    end: int
    text: str


@dataclass(slots=True)
class Actor:
    """A resolved actor in CAMEO style: code = country + role ("RUSGOV"), or an org ("NATO")."""

    code: str
    name: str
    country: str | None = None  # ISO 3166 alpha-3
    role: str | None = None  # GOV, MIL, LEG, JUD, OPP, REB, BUS, MED, CVL, ...
    org: str | None = None  # "NATO", "EU", "UN", ...


@dataclass(slots=True)
class Location:
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass(slots=True)
class Event:
    id: str
    article_id: str
    url: str | None
    sentence_index: int
    sentence: str
    trigger: str
    date: dt.date | None
    source: Actor
    target: Actor | None
    cameo: str
    root: str
    quad_class: int
    goldstein: float
    negated: bool = False
    hypothetical: bool = False
    historical: bool = False
    reported_by: Actor | None = None
    location: Location | None = None
    confidence: float = 0.5
    start: int = 0  # span of the sentence in Article.text
    end: int = 0
    trigger_start: int = 0  # span of the trigger in Article.text
    trigger_end: int = 0


@dataclass(slots=True)
class Quote:
    speaker: dict[str, Any]  # {"name": ..., "code": ...}
    text: str
    sentence_index: int
    start: int = 0
    end: int = 0


@dataclass(slots=True)
class Amount:
    text: str
    value: float
    unit: str | None
    object: str | None
    sentence_index: int = 0
    start: int = 0
    end: int = 0


@dataclass(slots=True)
class DateMention:
    text: str
    date: dt.date | None  # resolved absolute date (first day for weeks/months)
    granularity: str  # "day", "week", "month", "year"
    sentence_index: int = 0
    start: int = 0
    end: int = 0


@dataclass(slots=True)
class Place:
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    sentence_index: int = 0
    start: int = 0
    end: int = 0


@dataclass(slots=True)
class Extraction:
    """Everything the NLP stages found in one article."""

    article_id: str
    language: str | None = None
    skipped: str | None = None  # reason when extraction was skipped (non-English, empty, ...)
    sentences: list[Sentence] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    story_vector: bytes | None = None  # title + lede as a story vector (corpus.stories.pack)
    story_model: str | None = None  # its tag (corpus.stories.vector_tag)
