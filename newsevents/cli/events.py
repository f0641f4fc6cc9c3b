"""Commands over events: extract (one record, no database) and events (query the store)."""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from newsevents.cli.app import DB_OPTION_HELP, DICT_OPTION_HELP, app, use_dictionaries
from newsevents.cli.articles import first_article, open_store
from newsevents.records import to_dict
from newsevents.store import DEFAULT_DB
from newsevents.store.db import event_dict

out = Console()
FORMATS = ("table", "jsonl", "csv")


def parse_day(value: str | None, option: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter(f"{option} takes a date as YYYY-MM-DD, not {value!r}") from exc


@app.command()
def extract(
    file: str = typer.Argument(..., help="One raw record (text record, JSONL first line, HTML, WARC first page); - for stdin."),
    as_json: bool = typer.Option(False, "--json", help="Print the repaired article plus events, quotes, amounts, dates, places and sentences as JSON."),
    fmt: str = typer.Option(None, "--format", help="Force the input format (textrecord, jsonl, html, warc)."),
    dicts: list[Path] = typer.Option(None, "--dict", help=DICT_OPTION_HELP),
) -> None:
    """Repair one record and extract who did what to whom; no database needed."""
    from newsevents.extract import extract_articles

    use_dictionaries(dicts)
    article = first_article(file, fmt)
    result = extract_articles([article])[0]
    if as_json:
        data = article.public_dict()
        data["skipped"] = result.skipped
        data["events"] = [{**to_dict(e), "span": [e.start, e.end],
                           "trigger_span": [e.trigger_start, e.trigger_end]} for e in result.events]
        for e in data["events"]:
            for key in ("start", "end", "trigger_start", "trigger_end"):
                e.pop(key)
        data["quotes"] = [to_dict(q) for q in result.quotes]
        data["amounts"] = [to_dict(m) for m in result.amounts]
        data["dates"] = [to_dict(d) for d in result.dates]
        data["places"] = [to_dict(p) for p in result.places]
        data["sentences"] = [to_dict(s) for s in result.sentences]
        print(json.dumps(data, ensure_ascii=False, indent=1))
        return
    out.rule(f"[bold]{article.title}")
    if result.skipped:
        out.print(f"[yellow]no extraction:[/] {result.skipped}")
    table = Table("sent", "source", "cameo", "target", "trigger", "date", "flags", title=f"{len(result.events)} events")
    for e in result.events:
        flags = ",".join(f for f in ("negated", "hypothetical", "historical") if getattr(e, f))
        table.add_row(str(e.sentence_index), e.source.code, e.cameo, e.target.code if e.target else "-",
                      e.trigger, str(e.date or ""), flags)
    out.print(table)
    for q in result.quotes:
        out.print(f"[green]quote[/] {q.speaker['name']} ({q.speaker['code'] or '?'}): \u201c{q.text}\u201d")
    for m in result.amounts:
        out.print(f"[cyan]amount[/] {m.text} = {m.value:g} {m.unit or ''} ({m.object or '-'})")
    for d in result.dates:
        out.print(f"[magenta]date[/] {d.text} -> {d.date} ({d.granularity})")


@app.command()
def events(
    db: Path = typer.Option(DEFAULT_DB, "--db", help=DB_OPTION_HELP),
    actor: str = typer.Option(None, "--actor", help="Actor on either side: code prefix (RUS matches RUSGOV, RUSMIL) or organisation (NATO)."),
    source: str = typer.Option(None, "--source", help="Source actor (code prefix or organisation)."),
    target: str = typer.Option(None, "--target", help="Target actor (code prefix or organisation)."),
    code: str = typer.Option(None, "--code", help="CAMEO code prefix: 19 (fight), 112 (accuse), ..."),
    since: str = typer.Option(None, "--since", help="First event date, YYYY-MM-DD."),
    until: str = typer.Option(None, "--until", help="Last event date, YYYY-MM-DD."),
    article: str = typer.Option(None, "--article", help="Only events of this article id."),
    unique: bool = typer.Option(False, "--unique", help="One row per event across articles, with NumMentions/NumArticles/NumSources."),
    limit: int = typer.Option(None, "--limit", min=0, help="At most this many rows (0: all). Default: 100 for the table, all for jsonl and csv."),
    fmt: str = typer.Option("table", "--format", help="table, jsonl or csv."),
) -> None:
    """List extracted events, filtered; each row traces back to its article and sentence."""
    if fmt not in FORMATS:
        raise typer.BadParameter(f"--format must be one of {', '.join(FORMATS)}")
    since_d, until_d = parse_day(since, "--since"), parse_day(until, "--until")
    if limit is None:
        limit = 100 if fmt == "table" else 0  # machine formats stream everything
    store = open_store(db)
    try:
        _print_events(store, unique, fmt, limit, actor, source, target, code, since_d, until_d, article)
    finally:
        store.close()


def _print_events(store, unique, fmt, limit, actor, source, target, code, since_d, until_d, article) -> None:
    from newsevents.store.queries import unique_events
    from newsevents.store import queries

    if unique:
        rows = unique_events(store, actor, target, code, since_d, until_d, article, limit or None)
    else:
        # machine formats print as rows come, a few thousand at a time
        stream = (event_dict(r) for r in queries.events_stream(
            store, limit or None, actor=actor, source=source, target=target, code=code, since=since_d,
            until=until_d, article=article))
        rows = stream if fmt != "table" else list(stream)
    if fmt == "jsonl":
        for row in rows:
            print(json.dumps(row, ensure_ascii=False, default=str))
    elif fmt == "csv":
        from newsevents.store.export import EVENT_FIELDS, flat_event

        flat = [_flatten(r) for r in rows] if unique else (flat_event(r) for r in rows)
        fields = EVENT_FIELDS if not unique else list(dict.fromkeys(k for r in flat for k in r))
        writer = csv.DictWriter(sys.stdout, fieldnames=fields)
        writer.writeheader()
        writer.writerows(flat)
    elif unique:
        table = Table("date", "source", "cameo", "target", "mentions", "articles", "outlets", title=f"{len(rows)} unique events")
        for r in rows:
            table.add_row(str(r["event_date"]), r["source_code"], r["cameo"], r["target_code"] or "-",
                          str(r["num_mentions"]), str(r["num_articles"]), str(r["num_sources"]))
        out.print(table)
    else:
        table = Table("date", "source", "cameo", "target", "trigger", "flags", "sentence", title=f"{len(rows)} events")
        # one line per event: the sentence gets what is left of the terminal, cut with an ellipsis
        room = max(16, out.width - 64)
        for r in rows:
            flags = ",".join(f[:4] for f in ("negated", "hypothetical", "historical") if r[f])
            sentence = r["sentence"] or ""
            table.add_row(str(r["date"]), r["source"]["code"], r["cameo"],
                          (r["target"] or {}).get("code", "-"), r["trigger"], flags,
                          sentence if len(sentence) <= room else sentence[: room - 1] + "…")
        out.print(table)
    if fmt == "table" and limit and len(rows) == limit:
        print(f"first {limit} rows shown; --limit N for more, --limit 0 for all", file=sys.stderr)


def _flatten(row: dict) -> dict:
    flat = {}
    for key, value in row.items():
        if isinstance(value, dict):
            for k, v in value.items():
                flat[f"{key}_{k}"] = v
        elif isinstance(value, list):
            flat[key] = len(value)
        else:
            flat[key] = value
    return flat
