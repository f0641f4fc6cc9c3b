"""The Typer application every command module registers on."""

import typer

app = typer.Typer(
    name="newsevents",
    help=(
        "Turn raw news into traceable event data: read and repair articles, extract who did "
        "what to whom (CAMEO), count syndicated copies once, and follow tensions over time.\n\n"
        "Start with `newsevents ingest FOLDER` (writes newsevents.duckdb), then "
        "`newsevents stats`, `newsevents events`, `newsevents serve`."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

DB_OPTION_HELP = "DuckDB file holding the corpus."

DICT_OPTION_HELP = ("A folder of your own dictionaries (people.tsv, country_aliases.tsv, metonyms.tsv, "
                    "roles.tsv, blocs.tsv, verbs.tsv, nouns.tsv in the formats of newsevents/data/); its "
                    "entries win over ours. Repeat for several; also NEWSEVENTS_DICT. See docs/DICTIONARIES.md.")


def use_dictionaries(dirs: list) -> None:
    """Apply --dict folders (a missing folder is a usage error, exit 2)."""
    if not dirs:
        return
    from newsevents.actors.userdicts import use_dicts

    try:
        use_dicts(dirs)
    except FileNotFoundError as exc:
        raise typer.BadParameter(str(exc), param_hint="--dict") from exc
