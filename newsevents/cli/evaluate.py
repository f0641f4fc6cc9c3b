"""`newsevents eval`: precision, recall and F1 of extraction against gold annotations."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from newsevents.cli.app import DICT_OPTION_HELP, app, use_dictionaries

out = Console()


@app.command("eval")
def evaluate_command(
    gold: Path = typer.Argument(..., help="Gold JSONL (e.g. tests/data/gold/gold.jsonl)."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
    details: bool = typer.Option(False, "--details", help="List every miss and false alarm, per article."),
    build_from: list[Path] = typer.Option(None, "--build-from", help="First rebuild GOLD from these annotation sheets (annotations.tsv; repeat the option for several)."),
    dicts: list[Path] = typer.Option(None, "--dict", help=DICT_OPTION_HELP),
    by_root: bool = typer.Option(False, "--by-root", help="Also show event precision / recall per CAMEO root."),
    example: Path = typer.Option(Path("tests/data/examples/koreatimes-2022-01-25-raw.txt"), "--example", help="With --build-from: the example record."),
    corpus: Path = typer.Option(Path("sample/corpus-usgov.jsonl"), "--corpus", help="With --build-from: the corpus the sheet refers to."),
) -> None:
    """Score events (root and full code), quotes, amounts and dates against gold."""
    from newsevents.evaluate import build_gold, evaluate, load_gold, summary_dict, to_jsonable
    from newsevents.events.taxonomy import cameo_codes

    use_dictionaries(dicts)

    if build_from:
        records = build_gold(build_from, example, corpus)
        gold.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
        out.print(f"wrote {len(records)} gold articles to {gold}")
    if not gold.exists():
        raise typer.BadParameter(f"no gold file at {gold}")
    result = evaluate(load_gold(gold))
    if as_json:
        print(json.dumps(to_jsonable(result) if details else summary_dict(result), indent=1, default=str))
        return
    table = Table("what", "precision", "recall", "F1", "tp", "fp", "fn",
                  title=f"{result['articles']} gold articles ({gold})")
    for key, score in result["totals"].items():
        table.add_row(key.replace("_", " "), f"{score.precision:.3f}", f"{score.recall:.3f}",
                      f"{score.f1:.3f}", str(score.tp), str(score.fp), str(score.fn))
    out.print(table)
    if by_root:
        names = cameo_codes()
        roots = Table("root", "name", "precision", "recall", "tp", "fp", "fn", title="events per CAMEO root")
        for root, score in result["by_root"].items():
            roots.add_row(root, names[root].name.capitalize() if root in names else "", f"{score.precision:.3f}",
                          f"{score.recall:.3f}", str(score.tp), str(score.fp), str(score.fn))
        out.print(roots)
    if details:
        for key, score in result["totals"].items():
            for item in score.misses:
                out.print(f"[red]miss[/] {key} {item}")
            for item in score.false_alarms:
                out.print(f"[yellow]false alarm[/] {key} {item}")
