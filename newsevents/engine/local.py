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
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from newsevents import settings
from newsevents.engine.core import Done, finish_corpus, run_pipeline
from newsevents.engine.steps import Batch, chunked, process_batch, repair_records  # noqa: F401  (chunked: re-exported)
from newsevents.read import read_paths
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


def run_ingest(
    paths: list[str],
    db: str,
    fmt: str | None = None,
    field_map: dict[str, str] | None = None,
    workers: int | None = None,
    batch_size: int | None = None,
    extract: bool = True,
    corpus: bool = True,
    on_progress: Callable[[RunSummary], None] | None = None,
) -> RunSummary:
    """Read, repair, extract and store everything under `paths` into the DuckDB file `db`."""
    batch_size = settings.current().batch_size if batch_size is None else batch_size
    if batch_size < 1:
        raise ValueError(f"batch size must be at least 1, not {batch_size}")
    started = time.perf_counter()
    summary = RunSummary()
    workers = workers or default_workers()
    # spawn, not fork: workers start clean (spaCy and torch are not fork-safe once loaded)
    # the settings go to each worker explicitly (not through the environment)
    pool = (mp.get_context("spawn").Pool(workers, initializer=settings.configure, initargs=(settings.current(),))
            if extract and workers > 1 else None)
    try:
        with Store(db) as store:
            items = repair_records(read_paths(paths, fmt=fmt, field_map=field_map))
            if pool is None:
                submit = lambda todo: Done(process_batch(todo, extract))  # noqa: E731
            else:
                submit = lambda todo: pool.apply_async(process_batch, (todo, extract))  # noqa: E731
            run_pipeline(items, store, summary, submit, in_flight=2 * workers if pool else 1,
                         batch_size=batch_size, extract=extract, on_progress=on_progress)
            finish_corpus(store, summary, corpus)
    finally:
        if pool is not None:
            pool.close()
            pool.join()
    summary.seconds = time.perf_counter() - started
    return summary
