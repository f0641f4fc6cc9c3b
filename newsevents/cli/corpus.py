"""Commands over the corpus: duplicates, stories, story."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from newsevents.cli.app import DB_OPTION_HELP, app
from newsevents.cli.articles import open_store
from newsevents.cli.events import parse_day
from newsevents.store import queries
from newsevents.store import DEFAULT_DB

out = Console()


@app.command()
def duplicates(
    db: Path = typer.Option(DEFAULT_DB, "--db", help=DB_OPTION_HELP),
    fmt: str = typer.Option("table", "--format", help="table or jsonl."),
) -> None:
    """Groups of duplicate, near-duplicate and syndicated articles around their fullest version."""
    from newsevents.corpus.dedup import representative

    with open_store(db) as store:
        roots = representative(store)
        links = queries.duplicate_links(store)
        info = queries.article_briefs(store, list(set(roots) | set(roots.values())))
        sources = queries.article_sources(store)
    groups: dict[str, list[dict]] = {}
    for article, root in roots.items():
        link = links[article]
        groups.setdefault(root, []).append({**info.get(article, {"id": article}), "kind": link["kind"],
                                            "similarity": link["similarity"], "linked_to": link["duplicate_of"]})
    if fmt == "jsonl":
        for root, copies in groups.items():
            print(json.dumps({"original": info.get(root, {"id": root}), "copies": copies}, default=str))
        return
    if not groups:
        out.print(f"no duplicates in {db}" + (f" ({len(sources)} repeated inputs)" if sources else ""))
        return
    table = Table("original", "copy", "kind", "similarity", "outlet", title=f"{len(groups)} groups")
    for root, copies in groups.items():
        for c in copies:
            table.add_row(f"{root[:10]} {(info.get(root, {}).get('title') or '')[:40]}", c["id"][:10],
                          c["kind"], f"{c['similarity']:.2f}", c.get("outlet") or "")
    out.print(table)


@app.command()
def stories(
    db: Path = typer.Option(DEFAULT_DB, "--db", help=DB_OPTION_HELP),
    since: str = typer.Option(None, "--since", help="Stories last seen on or after YYYY-MM-DD."),
    until: str = typer.Option(None, "--until", help="Stories first seen on or before YYYY-MM-DD."),
    limit: int = typer.Option(50, "--limit", help="At most this many stories (0: all)."),
    fmt: str = typer.Option("table", "--format", help="table or jsonl."),
) -> None:
    """Story clusters: the articles of all outlets that reported the same news event."""
    from newsevents.store import queries

    since_d, until_d = parse_day(since, "--since"), parse_day(until, "--until")
    with open_store(db) as store:
        rows = queries.stories(store, since_d, until_d, limit or None)
        members = queries.story_members(store, [r["id"] for r in rows])
        for m in members:
            for key in ("title", "published"):
                m.pop(key)
    by_story: dict[str, list] = {}
    for m in members:
        by_story.setdefault(m.pop("story_id"), []).append(m)
    if fmt == "jsonl":
        for r in rows:
            print(json.dumps({"id": r["id"], "label": r["label"], "first_date": _iso(r["first_date"]),
                              "last_date": _iso(r["last_date"]), "articles": by_story.get(r["id"], [])}))
        return
    table = Table("id", "label", "dates", "articles", "outlets", title=f"{len(rows)} stories")
    for r in rows:
        table.add_row(r["id"][:12], (r["label"] or "")[:70], f"{_iso(r['first_date']) or '?'}..{_iso(r['last_date']) or '?'}",
                      str(r["n_articles"]), str(r["n_outlets"]))
    out.print(table)


@app.command()
def story(
    story_id: str = typer.Argument(..., help="Story id (or a unique prefix) from `newsevents stories`."),
    db: Path = typer.Option(DEFAULT_DB, "--db", help=DB_OPTION_HELP),
) -> None:
    """One story: its outlets, its articles and the events they report."""
    from newsevents.store import queries

    with open_store(db) as store:
        s = queries.find_story(store, story_id)
        if s is None:
            out.print(f"[red]no story (or more than one) matches {story_id!r}[/]")
            raise typer.Exit(1)
        articles, events = s["articles"], s["events"]
    out.rule(f"[bold]{s['label']}")
    out.print(f"{_iso(s['first_date'])} .. {_iso(s['last_date'])}, {s['n_articles']} articles from {s['n_outlets']} outlets")
    for a in articles:
        out.print(f"  {_iso(a['published']) or 'undated'}  {a['outlet'] or '-':24} {a['title']}  [dim]{a['id']}[/]")
    table = Table("date", "source", "cameo", "target", "mentions", "outlets", title=f"{len(events)} events")
    for e in events:
        table.add_row(_iso(e["event_date"]) or "", e["source_code"], e["cameo"], e["target_code"] or "-",
                      str(e["num_mentions"]), str(e["num_sources"]))
    out.print(table)


def _iso(value) -> str | None:
    return value.isoformat() if value else None
