"""Commands of this stage; registered on the shared Typer app."""

from newsevents.cli.app import app  # noqa: F401
