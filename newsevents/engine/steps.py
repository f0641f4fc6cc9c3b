"""The pipeline's steps as plain functions, shared by every executor.

An executor (local, Ray) only decides where and in what batches these run; what happens to a
record is defined here once, so both engines give identical results.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from newsevents import settings
from newsevents.records import Article, Extraction, RawRecord, Reject
from newsevents.settings import Settings


@dataclass(slots=True)
class Batch:
    """What one batch of records became: the unit an executor hands to the writer."""

    articles: list[Article] = field(default_factory=list)
    extractions: list[Extraction] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)
    records_read: int = 0


def warnings_of(raw: RawRecord) -> list[Reject]:
    """Reader warnings (missing or impossible date, missing URL) become reject rows with
    stage 'read-warning': the article is still ingested, the problem stays visible."""
    excerpt = (raw.title or "")[:200]
    return [
        Reject(raw.source, raw.position, "read-warning", w["reason"], w["detail"], excerpt)
        for w in raw.meta.get("warnings", [])
    ]


def repair_records(records: Iterable[RawRecord | Reject]) -> Iterator[Article | Reject]:
    """Step: repair every raw record; unreadable ones pass through as rejects."""
    from newsevents.repair import RepairError, repair

    for record in records:
        if isinstance(record, Reject):
            yield record
            continue
        yield from warnings_of(record)
        try:
            yield repair(record)
        except RepairError as exc:
            excerpt = "\n".join(record.lines)[:300]
            yield Reject(record.source, record.position, "repair", exc.reason, exc.detail, excerpt)


def chunked(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """Lists of `size` items (the last one shorter)."""
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def process_batch(items: list[Article | Reject], extract: bool = True, config: Settings | None = None) -> Batch:
    """Step: run extraction over the articles of one batch (the expensive, batched stage).
    `config`: the driver's settings, for a task that may run in another process (Ray)."""
    if config is not None and config != settings.current():
        settings.configure(config)
    batch = Batch()
    for item in items:
        (batch.rejects if isinstance(item, Reject) else batch.articles).append(item)
    if extract and batch.articles:
        batch.extractions, failed = extract_safely(batch.articles)
        batch.rejects.extend(failed)
    return batch


def extract_safely(articles: list[Article]) -> tuple[list[Extraction], list[Reject]]:
    """Extract a batch; if the batch fails, retry article by article so one bad article
    costs only itself (kept as a reject with the error), never the run."""
    from newsevents.extract import extract_articles

    try:
        return extract_articles(articles), []
    except Exception:  # noqa: BLE001 - isolate the culprit below
        pass
    extractions, rejects = [], []
    for article in articles:
        try:
            extractions.extend(extract_articles([article]))
        except Exception as exc:  # noqa: BLE001 - recorded, the run goes on
            rejects.append(Reject(article.source, article.position, "extract", "extract-error",
                                  f"extraction failed ({type(exc).__name__}: {exc}); the article "
                                  "is stored without events - please report this input",
                                  article.text[:300]))
            extractions.append(Extraction(article.id, skipped=f"error: {type(exc).__name__}"))
    return extractions, rejects
