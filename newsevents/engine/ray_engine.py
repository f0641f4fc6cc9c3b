"""The Ray executor: the same steps as the local engine, spread over a Ray cluster.

Input files are the unit of distribution: Ray Data reads and repairs each file in a task,
extracts in batches on every CPU of the cluster, and writes one Parquet dataset per table
(articles, blocks, events, ...). The driver then loads those partitions into the DuckDB file
with the same `INSERT OR IGNORE` as the local writer, and runs the corpus stage, so both
engines give identical tables. With `parquet_out` the Parquet dataset is kept for DuckDB,
Spark or any Arrow reader.
"""

from __future__ import annotations

import os
import pickle
import shutil
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from newsevents.engine.local import RunSummary
from newsevents.engine.steps import process_batch, repair_records
from newsevents.store import Store
from newsevents.store.db import article_row, block_rows, extraction_rows, reject_row

TABLES = ("articles", "blocks", "rejects", "sentences", "events", "quotes", "amounts", "article_vectors",
          "date_mentions", "places", "extractions")


def _read_and_repair(row: dict[str, Any], fmt: str | None, field_map: dict | None) -> list[dict[str, Any]]:
    """Ray task: one input file -> its repaired articles and rejects, pickled."""
    from newsevents.read import read_paths

    return [{"item": pickle.dumps(item)} for item in
            repair_records(read_paths([row["path"]], fmt=fmt, field_map=field_map))]


class _Extract:
    """Ray actor class for map_batches: loads spaCy once per worker, extracts a batch and
    returns the rows of every table, tagged with the table name."""

    def __init__(self, extract: bool):
        self.extract = extract

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[Any]]:
        items = [pickle.loads(b) for b in batch["item"]]
        result = process_batch(items, self.extract)
        tables: dict[str, list[dict[str, Any]]] = {
            "articles": [article_row(a) for a in result.articles],
            "blocks": [r for a in result.articles for r in block_rows(a)],
            "rejects": [reject_row(r) for r in result.rejects],
        }
        for extraction in result.extractions:
            for name, rows in extraction_rows(extraction).items():
                tables.setdefault(name, []).extend(rows)
        out_tables, out_rows = [], []
        for name, rows in tables.items():
            for row in rows:
                out_tables.append(name)
                out_rows.append(pickle.dumps(row))
        return {"table": out_tables, "row": out_rows}


def input_files(paths: list[str]) -> list[str]:
    """Expand folders and globs into the sorted file list the local reader would walk."""
    from newsevents.read import expand_paths

    return [str(p) for p in expand_paths(paths)]


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

    started = time.perf_counter()
    if not ray.is_initialized():
        settings = {k: v for k, v in os.environ.items() if k.startswith("NEWSEVENTS_")}  # e.g. the story model
        ray.init(address=address, num_cpus=None if address else num_cpus, runtime_env={"env_vars": settings},
                 include_dashboard=False, log_to_driver=False, ignore_reinit_error=True)
    files = input_files(paths)
    summary = RunSummary()
    out_dir = Path(parquet_out) if parquet_out else Path(tempfile.mkdtemp(prefix="newsevents-ray-"))
    try:
        ds = ray.data.from_items([{"path": f} for f in files], override_num_blocks=max(1, len(files)))
        ds = ds.flat_map(_read_and_repair, fn_kwargs={"fmt": fmt, "field_map": field_map})
        ds = ds.map_batches(_Extract, fn_constructor_kwargs={"extract": extract},
                            batch_size=batch_size, concurrency=(1, max(1, int(ray.cluster_resources().get("CPU", 1)))))
        writer = _PartitionWriter(out_dir)
        for batch in ds.iter_batches(batch_size=4096, batch_format="pyarrow"):
            for table, payload in zip(batch.column("table").to_pylist(), batch.column("row").to_pylist()):
                writer.add(table, pickle.loads(payload))
        writer.close()
        summary = load_parquet(out_dir, db, summary)
        summary.records = writer.counts["articles"] + sum(summary.rejected.values())
        if corpus and summary.ingested:
            from newsevents.corpus import update_corpus

            with Store(db) as store:
                summary.corpus = update_corpus(store)
    finally:
        if not parquet_out:
            shutil.rmtree(out_dir, ignore_errors=True)
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


def load_parquet(out_dir: Path, db: str, summary: RunSummary) -> RunSummary:
    """Load a Parquet dataset written by the Ray engine into the DuckDB file, idempotently."""
    with Store(db) as store:
        before = store.con.execute("SELECT count(*) FROM articles").fetchone()[0]
        events_before = store.con.execute("SELECT count(*) FROM events").fetchone()[0]
        store.con.execute("BEGIN TRANSACTION")
        for table in TABLES:
            for part in sorted((out_dir / table).glob("*.parquet")):
                # part by part: each part has its own inferred types, DuckDB casts on insert
                described = store.con.execute("SELECT * FROM read_parquet(?) LIMIT 0", [str(part)])
                columns = ", ".join(f'"{d[0]}"' for d in described.description)
                store.con.execute(
                    f"INSERT OR IGNORE INTO {table} ({columns}) SELECT {columns} FROM read_parquet(?)",
                    [str(part)])
        store.con.execute("COMMIT")
        summary.ingested = store.con.execute("SELECT count(*) FROM articles").fetchone()[0] - before
        summary.events = store.con.execute("SELECT count(*) FROM events").fetchone()[0] - events_before
        rejected = store.query("SELECT stage, reason, count(*) AS n FROM rejects GROUP BY ALL")
    summary.rejected = Counter({r["reason"]: r["n"] for r in rejected if r["stage"] != "read-warning"})
    summary.warnings = Counter({r["reason"]: r["n"] for r in rejected if r["stage"] == "read-warning"})
    return summary
