"""Commands over single articles and the corpus as a whole: repair, show, stats."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from newsevents.cli.app import DB_OPTION_HELP, app
from newsevents.records import Reject, to_dict
from newsevents.store import queries
from newsevents.store import DEFAULT_DB, Store, StoreError

out = Console()
err = Console(stderr=True)


def open_store(db: Path) -> Store:
    try:
        return Store(db, read_only=True)
    except StoreError as exc:
        print(f"error: {' '.join(str(exc).split())}", file=sys.stderr)
        raise typer.Exit(2) from exc


def first_article(path: str, fmt: str | None):
    """Read and repair the first record of `path`; exit with the reject's reason if unusable."""
    from newsevents.engine.steps import repair_records
    from newsevents.read import read_paths

    for item in repair_records(read_paths([path], fmt=fmt)):
        if isinstance(item, Reject):
            if item.stage == "read-warning":
                err.print(f"[yellow]warning:[/] {item.reason}: {item.detail}")
                continue
            err.print(f"[red]cannot use {item.source}:{item.position}[/] [{item.reason}] {item.detail}")
            raise typer.Exit(1)
        return item
    err.print(f"[red]error:[/] no record found in {path}")
    raise typer.Exit(1)


@app.command()
def repair(
    file: str = typer.Argument(..., help="One raw record: scraped text record, JSONL (first line), HTML or WARC (first page); - for stdin."),
    as_json: bool = typer.Option(False, "--json", help='Print {"title","published","url","outlet","credit","blocks":[{"kind","text"}]}.'),
    report: bool = typer.Option(False, "--report", help="Also print the repair report (containers, duplicates removed, order confidence)."),
    fmt: str = typer.Option(None, "--format", help="Force the input format (textrecord, jsonl, html, warc)."),
) -> None:
    """Repair one record and print it; no database needed.

    Each paragraph comes out once, in the original order, sub-headings split off, the wire
    credit recognised and removed from the text.
    """
    article = first_article(file, fmt)
    if as_json:
        data = article.public_dict()
        if report:
            data["repair_report"] = to_dict(article.report)
        print(json.dumps(data, ensure_ascii=False, indent=1))
        return
    render_article(article.title, article.published, article.url, article.credit,
                   [{"kind": b.kind, "text": b.text} for b in article.blocks])
    if report:
        out.print(to_dict(article.report))


def _shown(text: str | None, size: int = 300) -> str:
    """Text for a one-line place (a rule, a header): markup escaped, cut with an ellipsis
    (rich's rule takes minutes on a 200 KB title)."""
    text = " ".join((text or "").split()[:200])
    return escape(text if len(text) <= size else text[: size - 1] + "…")


def render_article(title, published, url, credit, blocks, highlights=None) -> None:
    out.rule(f"[bold]{_shown(title) or '(no title)'}")
    out.print(f"[dim]{escape(str(published or 'undated'))}  {_shown(url, 500)}[/]")
    for block in blocks:
        if block["kind"] == "heading":
            out.print(Text(block["text"], style="bold underline"))
        else:
            text = Text(block["text"])
            for start, end, style in (highlights or {}).get(block.get("start_char"), []):
                text.stylize(style, start, end)
            out.print(text)
        out.print()
    if credit:
        out.print(f"[italic]Credit: {_shown(credit)}[/]")


@app.command()
def show(
    id_or_url: str = typer.Argument(..., help="Article id (or a unique prefix of it) or its URL."),
    db: Path = typer.Option(DEFAULT_DB, "--db", help=DB_OPTION_HELP),
    events: bool = typer.Option(False, "--events", help="Highlight event triggers and quotes, and list the events below the text."),
) -> None:
    """Show one stored article: title, date, headings, credit, and optionally its events."""
    with open_store(db) as store:
        article = store.find_article(id_or_url)
        if article is None:
            err.print(f"[red]no article[/] with id or url {id_or_url!r} in {db} "
                      "(try `newsevents stats` or the full id)")
            raise typer.Exit(1)
        highlights: dict[int, list[tuple[int, int, str]]] = {}
        rows = []
        if events:
            rows = queries.article_events(store, article["id"])
            spans = [(r["trigger_start"], r["trigger_end"], "bold reverse red") for r in rows]
            spans += [(q["start_char"], q["end_char"], "italic green")
                      for q in queries.article_quote_spans(store, article["id"])]
            for block in article["blocks"]:
                for start, end, style in spans:
                    if start is not None and block["start_char"] <= start < block["end_char"]:
                        highlights.setdefault(block["start_char"], []).append(
                            (start - block["start_char"], min(end, block["end_char"]) - block["start_char"], style))
    render_article(article["title"], article["published"], article["url"], article["credit"],
                   article["blocks"], highlights)
    if events:
        table = Table("sentence", "source", "cameo", "target", "trigger", "flags", title=f"{len(rows)} events")
        for r in rows:
            flags = ",".join(f for f in ("negated", "hypothetical", "historical") if r[f])
            table.add_row(str(r["sentence_index"]), r["source_code"] or "", r["cameo"],
                          r["target_code"] or "-", r["trigger"], flags)
        out.print(table)


@app.command()
def stats(db: Path = typer.Option(DEFAULT_DB, "--db", help=DB_OPTION_HELP)) -> None:
    """Counts of articles, outlets, dates, events and rejects by reason."""
    with open_store(db) as store:
        from newsevents.store import queries

        st = queries.stats(store)
        n_articles, n_outlets, first, last, undated = (st["articles"], st["outlets"], st["first"], st["last"],
                                                       st["undated"])
        n_events, n_quotes, n_amounts, n_dups, n_stories = (st["events"], st["quotes"], st["amounts"],
                                                            st["duplicates"], st["stories"])
        languages = queries.languages(store)
        rejects = queries.rejects_by_reason(store)
        outlets = queries.top_outlets(store)
        credits = queries.top_credits(store)
    table = Table("what", "count", title=f"newsevents corpus {db}")
    table.add_row("articles", str(n_articles))
    table.add_row("outlets", str(n_outlets))
    table.add_row("dates", f"{first or '-'} .. {last or '-'} ({undated} undated)")
    table.add_row("languages", ", ".join(f"{r['language']} {r['articles']}" for r in languages))
    table.add_row("extracted (English only)", str(sum(r["extracted"] for r in languages)))
    table.add_row("events", str(n_events))
    table.add_row("quotes", str(n_quotes))
    table.add_row("amounts", str(n_amounts))
    table.add_row("duplicate / syndicated copies", str(n_dups))
    table.add_row("stories", str(n_stories))
    out.print(table)
    if outlets:
        out.print("top outlets: " + ", ".join(f"{r['outlet']} ({r['n']})" for r in outlets))
    if credits:
        out.print("wire credits: " + ", ".join(f"{r['credit']} ({r['n']})" for r in credits))
    if rejects:
        rt = Table("stage", "reason", "count", title="rejects (table `rejects`)")
        for r in rejects:
            rt.add_row(r["stage"], r["reason"], str(r["n"]))
        out.print(rt)
    else:
        out.print("no rejects")
