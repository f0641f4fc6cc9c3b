"""`newsevents ingest`: raw news in, a DuckDB corpus of repaired articles and events out."""

from __future__ import annotations

import sys

import glob
import json
import os
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from newsevents.cli.app import DB_OPTION_HELP, DICT_OPTION_HELP, app, use_dictionaries
from newsevents.store import DEFAULT_DB, StoreError

console = Console(stderr=True)


@app.command()
def ingest(
    paths: list[str] = typer.Argument(..., help="Files, folders (read recursively), globs, or - for standard input. .gz/.bz2/.zst are opened transparently."),
    db: Path = typer.Option(DEFAULT_DB, "--db", help=DB_OPTION_HELP),
    fmt: str = typer.Option(None, "--format", help="Force the input format: textrecord, jsonl, html or warc (default: detected per file)."),
    field_map: str = typer.Option(None, "--field-map", help='JSONL keys for other shapes, as JSON: \'{"title": "headline", "text": "body", "url": "link", "published": "pub"}\'.'),
    workers: int = typer.Option(0, "--workers", "-w", min=0, help="Extraction worker processes (default: all cores)."),
    batch_size: int = typer.Option(None, "--batch-size", min=1, help="Articles per batch (one spaCy batch); default the batch_size setting, 32."),
    no_extract: bool = typer.Option(False, "--no-extract", help="Only read, repair and store articles; skip the NLP stage."),
    strict: bool = typer.Option(False, "--strict", help="Exit with status 1 if any record was rejected."),
    engine: str = typer.Option("local", "--engine", help="local: this machine's cores. ray: a Ray cluster (see docs/PERFORMANCE.md)."),
    address: str = typer.Option(None, "--address", help="Ray cluster address (e.g. ray://head:10001 or auto); default starts a local Ray."),
    parquet_out: Path = typer.Option(None, "--parquet-out", help="With --engine ray: keep the Parquet dataset (one folder per table) here."),
    dicts: list[Path] = typer.Option(None, "--dict", help=DICT_OPTION_HELP),
    stories: str = typer.Option(None, "--stories", help="Story vectors: minilm (sentence embeddings; groups differently worded reports, ~40 ms an article), tfidf (word overlap; nearly free) or auto (minilm when installed; the default, also via NEWSEVENTS_STORY_MODEL)."),
) -> None:
    """Read, repair and extract news into a DuckDB file.

    Every record is repaired (each paragraph once, in order, headings split, wire credit
    recognised), events, quotes, amounts, dates and places are extracted, and duplicates and
    stories are updated. Records that cannot be used are kept in the `rejects` table with a
    reason. Ingesting the same input again adds nothing; an interrupted run is completed by
    running it again.
    """
    from newsevents import settings
    from newsevents.nlp.vectors import MODELS, StoryModelError, model_name
    from newsevents.engine import run_ingest
    from newsevents.read import FORMATS

    if fmt is not None and fmt not in FORMATS:
        raise typer.BadParameter(f"{fmt!r} is not a format; use one of {', '.join(FORMATS)}",
                                 param_hint="--format")
    if engine not in ("local", "ray"):
        raise typer.BadParameter(f"must be local or ray, not {engine!r}", param_hint="--engine")
    for path in paths:
        if path != "-" and not os.path.exists(path) and not (any(c in path for c in "*?[") and glob.glob(path)):
            raise typer.BadParameter(f"{path}: no such file or folder", param_hint="PATHS")

    use_dictionaries(dicts)

    if stories is not None:
        if stories not in MODELS:
            raise typer.BadParameter(f"{stories!r} is not a story model; use one of {', '.join(MODELS)}",
                                     param_hint="--stories")
        settings.update(story_model=stories)  # the engines pass the settings to their workers
    if batch_size is not None:
        settings.update(batch_size=batch_size)
    batch_size = settings.current().batch_size
    try:
        model_name()
    except StoryModelError as exc:
        raise typer.BadParameter(str(exc), param_hint="--stories") from exc
    mapping = None
    if field_map:
        try:
            mapping = json.loads(field_map)
        except json.JSONDecodeError as exc:
            raise typer.BadParameter(f"--field-map is not valid JSON: {exc}") from exc
        if not isinstance(mapping, dict):
            raise typer.BadParameter("--field-map must be a JSON object such as '{\"text\": \"body\"}'")

    from newsevents.store import Store

    with Store(db):  # a locked, damaged or newer database is a clean error before any work
        pass
    with Progress(SpinnerColumn(), TextColumn("[bold]ingest[/]"), BarColumn(bar_width=None),
                  TextColumn("{task.fields[status]}"), TimeElapsedColumn(),
                  console=console, transient=True) as progress:
        task = progress.add_task("ingest", total=None, status="reading")

        def report(summary):
            progress.update(task, status=(f"{summary.records} records, {summary.ingested} new "
                                          f"articles, {summary.events} events, "
                                          f"{sum(summary.rejected.values())} rejected"))

        try:
            if engine == "ray":
                from newsevents.engine.ray_engine import run_ray_ingest

                progress.update(task, status="running on Ray")
                summary = run_ray_ingest(paths, str(db), address=address, fmt=fmt,
                                         field_map=mapping, batch_size=batch_size,
                                         extract=not no_extract,
                                         parquet_out=str(parquet_out) if parquet_out else None,
                                         num_cpus=workers or None)
            elif engine == "local":
                summary = run_ingest(paths, str(db), fmt=fmt, field_map=mapping,
                                     workers=workers or None, batch_size=batch_size,
                                     extract=not no_extract, on_progress=report)
            else:
                raise typer.BadParameter(f"--engine must be local or ray, not {engine!r}")
        except StoreError as exc:
            print(f"error: {' '.join(str(exc).split())}", file=sys.stderr)
            raise typer.Exit(2) from exc
    print_summary(summary, db)
    _search_index(db)
    if strict and summary.rejected:
        raise typer.Exit(1)


def _search_index(db: Path) -> None:
    """Build the full-text index beside the database (store/search.py), so that `serve`
    starts at once."""
    import duckdb

    from newsevents.store.search import ensure_index

    try:
        con = duckdb.connect(str(db), read_only=True)
    except duckdb.Error:
        return
    try:
        ensure_index(db, con)
    finally:
        con.close()


def print_summary(summary, db: Path) -> None:
    out = Console()
    rate = summary.records / summary.seconds if summary.seconds else 0.0
    out.print(f"[bold]{summary.ingested}[/] new articles into {escape(str(db))} "
              f"({summary.already_stored} already there), {summary.events} events, "
              f"{summary.records} records in {summary.seconds:.1f}s ({rate:.1f}/s)")
    if summary.corpus:
        out.print("corpus: " + ", ".join(f"{k} {v}" for k, v in summary.corpus.items()), markup=False)
    if summary.rejected or summary.warnings:
        table = Table("kept aside", "reason", "count", title="Rejected records and warnings")
        for reason, count in summary.rejected.most_common():
            table.add_row("rejected", escape(reason), str(count))
        for reason, count in summary.warnings.most_common():
            table.add_row("warning (ingested)", escape(reason), str(count))
        out.print(table)
        for r in summary.reject_examples[:5]:  # file names and reasons printed literally
            out.print(f"  {r.source}:{r.position} [{r.reason}] {r.detail}", markup=False, highlight=False)
        out.print(f"All of them: newsevents stats --db {db}  (table `rejects`)", markup=False)
