"""The Ray executor: the same steps as the local engine, spread over a Ray cluster.

Input files are the unit of distribution: Ray Data reads and repairs each file in a task,
and extraction runs as Ray tasks in batches on every CPU of the cluster. The driver is the
single DuckDB writer and runs the very same write-and-corpus core as the local engine
(`newsevents.engine.core`: already-stored check, revisions, sources of repeats, one
transaction per batch, resumable corpus stage), so both engines give identical tables. With
`parquet_out` every written batch is also kept as a Parquet dataset (one folder per table)
for DuckDB, Spark or any Arrow reader.
"""

from __future__ import annotations

import os
import pickle
import time
from collections import Counter
from pathlib import Path
from typing import Any

from newsevents.engine.local import RunSummary
from newsevents.engine.steps import Batch, process_batch, repair_records
from newsevents.store import Store
from newsevents.store.db import batch_tables as store_batch_tables

TABLES = ("articles", "blocks", "rejects", "article_sources", "sentences", "events", "quotes", "amounts",
          "article_vectors", "date_mentions", "places", "extractions")


def _read_and_repair(row: dict[str, Any], fmt: str | None, field_map: dict | None) -> list[dict[str, Any]]:
    """Ray task: one input file -> its repaired articles and rejects, pickled (an input the
    walk skipped -> its reject row, as the local reader gives)."""
    from newsevents.read import capped, read_file
    from newsevents.records import Reject

    if row.get("skip_reason"):
        return [{"item": pickle.dumps(Reject(row["path"], 0, "read", row["skip_reason"], row["skip_detail"]))}]
    return [{"item": pickle.dumps(item)} for item in
            repair_records(capped(read_file(row["path"], fmt=fmt, field_map=field_map)))]


def batch_tables(batch: Batch) -> dict[str, list[dict[str, Any]]]:
    """The rows of every table for one written batch (the store's own builder)."""
    return store_batch_tables(batch.articles, batch.extractions, batch.rejects)


def input_files(paths: list[str]) -> list[dict[str, Any]]:
    """Expand folders and globs into the sorted list the local reader walks, skipped inputs
    (hidden files, unlistable folders) included with their reason."""
    from newsevents.read.sources import walk_paths

    return [{"path": str(p), "skip_reason": skip[0] if skip else "", "skip_detail": skip[1] if skip else ""}
            for p, skip in walk_paths(paths)]


class _RayHandle:
    def __init__(self, ref):
        self.ref = ref

    def get(self) -> Batch:
        import ray

        return ray.get(self.ref)


def run_ray_ingest(
    paths: list[str],
    db: str,
    address: str | None = None,
    fmt: str | None = None,
    field_map: dict[str, str] | None = None,
    batch_size: int = 32,
    extract: bool = True,
    corpus: bool = True,
    parquet_out: str | None = None,
    num_cpus: int | None = None,
) -> RunSummary:
    """Ingest `paths` on a Ray cluster (a local one when `address` is None)."""
    import ray

    from newsevents.engine.core import finish_corpus, run_pipeline

    if batch_size < 1:
        raise ValueError(f"batch size must be at least 1, not {batch_size}")
    started = time.perf_counter()
    if not ray.is_initialized():
        settings = {k: v for k, v in os.environ.items() if k.startswith("NEWSEVENTS_")}  # e.g. the story model
        ray.init(address=address, num_cpus=None if address else num_cpus, runtime_env={"env_vars": settings},
                 include_dashboard=False, log_to_driver=False, ignore_reinit_error=True)
    files = input_files(paths)
    summary = RunSummary()
    sink = _PartitionWriter(Path(parquet_out)) if parquet_out else None
    remote = ray.remote(num_cpus=1)(process_batch)
    cpus = max(1, int(ray.cluster_resources().get("CPU", 1)))
    with Store(db) as store:
        if files:
            ctx = ray.data.DataContext.get_current()
            ctx.execution_options.preserve_order = True  # the local reader's order: same ingest order
            ds = ray.data.from_items(files, override_num_blocks=max(1, len(files)))
            ds = ds.flat_map(_read_and_repair, fn_kwargs={"fmt": fmt, "field_map": field_map})
            items = (pickle.loads(row["item"]) for row in ds.iter_rows())
            run_pipeline(items, store, summary, lambda todo: _RayHandle(remote.remote(todo, extract)),
                         in_flight=2 * cpus, batch_size=batch_size, extract=extract,
                         sink=(lambda b: [sink.add(t, r) for t, rows in batch_tables(b).items() for r in rows])
                         if sink else None)
        if sink:
            sink.close()
        finish_corpus(store, summary, corpus)
    summary.seconds = time.perf_counter() - started
    return summary


class _PartitionWriter:
    """Streams table rows into Parquet part files of bounded size (memory stays flat)."""

    def __init__(self, out_dir: Path, rows_per_part: int = 50_000):
        self.out_dir, self.rows_per_part = out_dir, rows_per_part
        self.buffers: dict[str, list[dict[str, Any]]] = {}
        self.parts: Counter = Counter()
        self.counts: Counter = Counter()

    def add(self, table: str, row: dict[str, Any]) -> None:
        buffer = self.buffers.setdefault(table, [])
        buffer.append(row)
        self.counts[table] += 1
        if len(buffer) >= self.rows_per_part:
            self.flush(table)

    def flush(self, table: str) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        rows = self.buffers.pop(table, [])
        if rows:
            (self.out_dir / table).mkdir(parents=True, exist_ok=True)
            pq.write_table(pa.Table.from_pylist(rows),
                           self.out_dir / table / f"part-{self.parts[table]:05d}.parquet")
            self.parts[table] += 1

    def close(self) -> None:
        for table in list(self.buffers):
            self.flush(table)


def load_parquet(out_dir: Path, db: str) -> int:
    """Load a Parquet dataset written with `--parquet-out` into a DuckDB file, idempotently
    (`INSERT OR IGNORE`); returns the number of new articles. The corpus stage runs after."""
    from newsevents.engine.core import finish_corpus

    with Store(db) as store:
        before = store.con.execute("SELECT count(*) FROM articles").fetchone()[0]
        store.con.execute("BEGIN TRANSACTION")
        for table in TABLES:
            for part in sorted((Path(out_dir) / table).glob("*.parquet")):
                # part by part: each part has its own inferred types, DuckDB casts on insert
                described = store.con.execute("SELECT * FROM read_parquet(?) LIMIT 0", [str(part)])
                columns = ", ".join(f'"{d[0]}"' for d in described.description)
                store.con.execute(
                    f"INSERT OR IGNORE INTO {table} ({columns}) SELECT {columns} FROM read_parquet(?)",
                    [str(part)])
        store.set_corpus_pending(True)
        store.con.execute("COMMIT")
        added = store.con.execute("SELECT count(*) FROM articles").fetchone()[0] - before
        finish_corpus(store, RunSummary(), True)
    return added
