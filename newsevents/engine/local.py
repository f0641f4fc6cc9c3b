"""The local executor: stream records from input to database on this machine's cores.

Cheap steps (read, repair, the already-stored check) run in the main process; the
expensive one (NLP extraction) runs in worker processes over batches, at most
`2 * workers` batches in flight so memory stays bounded whatever the corpus size. The main
process is the single DuckDB writer, one transaction per batch: a run killed midway keeps
every committed batch, and a rerun skips what is stored and extracts what is not.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from newsevents.engine.steps import Batch, process_batch, repair_records
from newsevents.records import Article, Reject
from newsevents.store import Store


@dataclass
class RunSummary:
    records: int = 0  # articles and rejects that came out of read + repair
    ingested: int = 0
    already_stored: int = 0
    extracted: int = 0
    events: int = 0
    rejected: Counter = field(default_factory=Counter)  # reason -> count
    warnings: Counter = field(default_factory=Counter)
    reject_examples: list[Reject] = field(default_factory=list)
    corpus: dict[str, Any] = field(default_factory=dict)
    seconds: float = 0.0

    def add(self, batch: Batch, new_article_ids: set[str]) -> None:
        self.ingested += sum(1 for a in batch.articles if a.id in new_article_ids)
        self.extracted += len(batch.extractions)
        self.events += sum(len(x.events) for x in batch.extractions)
        for r in batch.rejects:
            counter = self.warnings if r.stage == "read-warning" else self.rejected
            counter[r.reason] += 1
            if r.stage != "read-warning" and len(self.reject_examples) < 10:
                self.reject_examples.append(r)


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def chunked(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def run_ingest(
    paths: list[str],
    db: str,
    fmt: str | None = None,
    field_map: dict[str, str] | None = None,
    workers: int | None = None,
    batch_size: int = 32,
    extract: bool = True,
    corpus: bool = True,
    on_progress: Callable[[RunSummary], None] | None = None,
) -> RunSummary:
    """Read, repair, extract and store everything under `paths` into the DuckDB file `db`."""
    from newsevents.read import read_paths

    started = time.perf_counter()
    summary = RunSummary()
    workers = workers or default_workers()
    # spawn, not fork: workers start clean (spaCy and torch are not fork-safe once loaded)
    pool = mp.get_context("spawn").Pool(workers) if extract and workers > 1 else None
    try:
        with Store(db) as store:
            writer = _Writer(store, summary, on_progress)
            items = repair_records(read_paths(paths, fmt=fmt, field_map=field_map))
            pending: list[tuple[Any, set[str], set[str]]] = []  # (result, new ids, ids held)
            for chunk in chunked(items, batch_size):
                summary.records += sum(1 for item in chunk if not (isinstance(item, Reject) and item.stage == "read-warning"))
                ids = {a.id for a in chunk if isinstance(a, Article)}
                if ids & (writer.buffered_ids | {i for _, _, held in pending for i in held}):
                    # a copy of one of these is in flight or unwritten (the same article twice in
                    # the input): write everything first, so the already-stored check sees it
                    for result, new, _ in pending:
                        writer.add(result.get(), new)
                    pending.clear()
                    writer.flush()
                todo, new_ids = _select_work(store, chunk, extract, summary)
                if pool is None:
                    writer.add(process_batch(todo, extract), new_ids)
                    continue
                held = {a.id for a in todo if isinstance(a, Article)}
                pending.append((pool.apply_async(process_batch, (todo, extract)), new_ids, held))
                while len(pending) >= 2 * workers:
                    result, new, _ = pending.pop(0)
                    writer.add(result.get(), new)
            for result, new, _ in pending:
                writer.add(result.get(), new)
            writer.flush()
            if corpus and (summary.ingested or summary.extracted):
                from newsevents.corpus import update_corpus

                summary.corpus = update_corpus(store)
    finally:
        if pool is not None:
            pool.close()
            pool.join()
    summary.seconds = time.perf_counter() - started
    return summary


def _select_work(
    store: Store, chunk: list[Article | Reject], extract: bool, summary: RunSummary
) -> tuple[list[Article | Reject], set[str]]:
    """Drop articles already stored (and extracted, when extracting); keep the first copy of
    an id seen twice in one batch. Returns the work and the ids that are new articles."""
    articles = [a for a in chunk if isinstance(a, Article)]
    ids = [a.id for a in articles]
    stored = store.known_article_ids(ids)
    done = store.extracted_article_ids(stored) if extract else stored
    seen: set[str] = set()
    todo: list[Article | Reject] = []
    repeated: list[Article] = []
    for item in chunk:
        if isinstance(item, Article):
            if item.id in done or item.id in seen:
                summary.already_stored += 1
                repeated.append(item)
                continue
            seen.add(item.id)
        todo.append(item)
    if repeated:
        store.record_sources(repeated)
    return todo, seen - stored


WRITE_ARTICLES = 256  # per transaction: DuckDB's cost is per statement, so fewer, larger writes


class _Writer:
    """Collects processed batches and writes them in transactions of about WRITE_ARTICLES
    articles. A crash loses only what was not yet written; the rerun redoes exactly that."""

    def __init__(self, store: Store, summary: RunSummary, on_progress: Callable[[RunSummary], None] | None):
        self.store, self.summary, self.on_progress = store, summary, on_progress
        self.buffer = Batch()
        self.buffered_ids: set[str] = set()

    def add(self, batch: Batch, new_ids: set[str]) -> None:
        self.buffered_ids |= {a.id for a in batch.articles}
        self.buffer.articles += batch.articles
        self.buffer.extractions += batch.extractions
        self.buffer.rejects += batch.rejects
        self.summary.add(batch, new_ids)
        if len(self.buffer.articles) + len(self.buffer.rejects) >= WRITE_ARTICLES:
            self.flush()
        elif self.on_progress:
            self.on_progress(self.summary)

    def flush(self) -> None:
        if self.buffer.articles or self.buffer.rejects or self.buffer.extractions:
            self.store.write_batch(self.buffer.articles, self.buffer.extractions, self.buffer.rejects)
        self.buffer = Batch()
        self.buffered_ids = set()
        if self.on_progress:
            self.on_progress(self.summary)
