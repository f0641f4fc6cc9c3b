"""Commands that look at relations over time: tension, export, serve."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from newsevents.cli.app import DB_OPTION_HELP, app
from newsevents.cli.articles import open_store
from newsevents.cli.events import parse_day
from newsevents.store import DEFAULT_DB

out = Console()
BARS = " ▁▂▃▄▅▆▇█"


def sparkline(values: list[float | None], top: float = 100.0) -> str:
    """One character per period; a period without events (None) is a blank, not a zero."""
    return "".join(" " if v is None else "·" if top and v == 0 else
                   BARS[max(1, min(len(BARS) - 1, round(v / top * (len(BARS) - 1))))] if top else BARS[0]
                   for v in values)


@app.command()
def tension(
    a: str = typer.Argument(..., help="Actor code or prefix: RUS (all Russian actors), RUSGOV, NATO, or * for anyone."),
    b: str = typer.Argument("*", help="The other actor (default: anyone)."),
    db: Path = typer.Option(DEFAULT_DB, "--db", help=DB_OPTION_HELP),
    since: str = typer.Option(None, "--since", help="From YYYY-MM-DD."),
    until: str = typer.Option(None, "--until", help="Until YYYY-MM-DD."),
    weekly: bool = typer.Option(False, "--weekly", help="Weekly instead of daily points."),
    directed: bool = typer.Option(False, "--directed", help="Only A acting on B (default: both directions)."),
    top: int = typer.Option(3, "--top", help="Events shown for each of the highest peaks."),
) -> None:
    """Tension and cooperation between two actors over time, with the events behind the peaks.

    Tension (0-100) is the mention-weighted mean conflict intensity of a period; see
    docs/ANALYSIS.md for the definition."""
    from newsevents.analysis import dyad_series, period_events

    freq = "week" if weekly else "day"
    with open_store(db) as store:
        series = dyad_series(store, a, b, freq, parse_day(since, "--since"), parse_day(until, "--until"), directed,
                             fill=True)
        if not any(p["mentions"] for p in series):
            out.print(f"no events between {a.upper()} and {b.upper()} in {db}")
            raise typer.Exit(0)
        peaks = sorted((p for p in series if p["mentions"]), key=lambda p: (p["tension"] * p["mentions"]), reverse=True)[:3]
        evidence = {p["period"]: period_events(store, a, b, p["period"], freq, directed, top) for p in peaks}
    label = "daily" if freq == "day" else "weekly"
    out.rule(f"[bold]{a.upper()} – {b.upper()}[/] ({label}, {sum(p['mentions'] for p in series)} mentions)")
    out.print(f"tension     [red]{sparkline([p['tension'] for p in series])}[/]")
    out.print(f"cooperation [green]{sparkline([p['cooperation'] for p in series])}[/]")
    top = max(p["mentions"] for p in series)
    out.print(f"mentions    [blue]{sparkline([p['mentions'] or None for p in series], top)}[/]  (max {top}; blank: no events)")
    out.print(f"            {series[0]['period']} … {series[-1]['period']}")
    table = Table(freq, "mentions", "tension", "cooperation", "mean Goldstein", "conflict share")
    table.add_column("95% interval (tension)")
    for p in [p for p in series if p["mentions"]][-20:]:
        table.add_row(p["period"], str(p["mentions"]), f"{p['tension']:.1f}", f"{p['cooperation']:.1f}",
                      f"{p['goldstein_mean']:+.2f}", f"{p['conflict_share']:.0%}",
                      f"{p['tension_low']:.0f}-{p['tension_high']:.0f}")
    out.print(table)
    for period, events in evidence.items():
        out.print(f"[bold]peak {period}[/]")
        for e in events:
            out.print(f"  {e['source_code']} {e['cameo']} {e['target_code'] or '-'} ({e['goldstein']:+.1f}) "
                      f"{(e['sentence'] or '')[:110]}  [dim]{e['article_id']}[/]")


@app.command()
def export(
    out_path: Path = typer.Argument(..., metavar="OUT", help="File to write; its extension gives the format unless --format says it (.parquet, .jsonl, .csv, .tsv = gdelt)."),
    fmt: str = typer.Option(None, "--format", help="parquet, jsonl, csv (every event mention, one schema) or gdelt (GDELT 2.0 event table of events that happened, plus OUT.mentions.tsv)."),
    db: Path = typer.Option(DEFAULT_DB, "--db", help=DB_OPTION_HELP),
    since: str = typer.Option(None, "--since", help="From YYYY-MM-DD."),
    until: str = typer.Option(None, "--until", help="Until YYYY-MM-DD."),
    actor: str = typer.Option(None, "--actor", help="Only events with this actor (code prefix or organisation) on either side."),
) -> None:
    """Export events for other tools: Parquet/JSONL/CSV mentions or a GDELT-compatible table."""
    from newsevents.store.export import export as run_export
    from newsevents.store.export import format_for

    try:
        fmt = format_for(out_path, fmt)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--format") from exc
    since_d, until_d = parse_day(since, "--since"), parse_day(until, "--until")
    report: dict = {}
    with open_store(db) as store:
        count = run_export(store, fmt, out_path, since_d, until_d, actor, report)
    out.print(f"{count} rows written to {out_path} ({fmt})", markup=False)
    for key, value in report.items():
        out.print(f"  {key}: {value}", markup=False)


@app.command()
def serve(
    db: Path = typer.Option(DEFAULT_DB, "--db", help=DB_OPTION_HELP),
    host: str = typer.Option("127.0.0.1", "--host", help="Interface to bind (default: this machine only)."),
    port: int = typer.Option(8000, "--port", min=0, max=65535, help="Port."),
    watch: Path = typer.Option(None, "--watch", help="Also ingest every new or changed file in this folder while serving (the dashboard shows each batch once written)."),
    interval: float = typer.Option(5.0, "--interval", min=0.1, help="With --watch: seconds between scans of the folder."),
    workers: int = typer.Option(1, "--workers", "-w", min=1, help="With --watch: extraction worker processes."),
) -> None:
    """Serve the read-only API (/api, docs at /docs) and the dashboard.

    Without --watch the database is opened per request, so `newsevents ingest` can run beside
    the dashboard (requests answer 503 while it writes). With --watch DIR this process ingests
    DIR itself and the dashboard stays up throughout."""
    import uvicorn

    from newsevents.web import create_app

    if watch is not None and not watch.is_dir():
        raise typer.BadParameter(f"{watch}: not a folder", param_hint="--watch")
    application = create_app(str(db), watch=str(watch) if watch else None, watch_interval=interval,
                             watch_workers=workers)
    out.print(f"dashboard on http://{host}:{port}/  ·  API docs on http://{host}:{port}/docs"
              + (f"  ·  ingesting new files of {watch}" if watch else ""), markup=False)
    uvicorn.run(application, host=host, port=port, log_level="warning")
