"""Stage: cli. `newsevents COMMAND --help` explains each command."""

from newsevents.cli.app import app
from newsevents.cli import (  # noqa: F401  (each module registers its commands)
    analysis,
    articles,
    corpus,
    evaluate,
    events,
    ingest,
)


def main() -> None:
    app()
