"""The Typer application every command module registers on."""

from pathlib import Path

import typer

from newsevents import settings

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



@app.callback()
def _configure(config: Path = typer.Option(
        None, "--config", metavar="FILE",
        help=f"Settings file (TOML; default ./{settings.CONFIG_FILE} when present). The environment "
             "(NEWSEVENTS_*) and command options win over it. See docs/SETTINGS.md.")) -> None:
    """Load the settings once for the command: file, then environment; options are applied by each command."""
    if config is not None and not config.is_file():
        raise typer.BadParameter(f"{config}: no such file", param_hint="--config")
    try:
        settings.configure(settings.load(config))
    except settings.SettingsError as exc:
        raise typer.BadParameter(str(exc), param_hint="--config" if config else "settings") from exc


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
