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
