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


def main(argv: list[str] | None = None) -> None:
    """The `newsevents` command. Every usage error (bad option, missing path, bad value) and
    every environment error (database locked, not a DuckDB file, newer schema, disk full)
    is one line on stderr and exit status 2 - never a traceback."""
    import sys

    import duckdb
    import typer

    try:  # typer vendors click in recent versions
        from typer._click import exceptions as click_exceptions
    except ImportError:  # pragma: no cover - older typer on plain click
        from click import exceptions as click_exceptions

    from newsevents.store import StoreError

    def fail(message: str, status: int = 2) -> None:
        print(f"error: {' '.join(str(message).split())}", file=sys.stderr)
        sys.exit(status)

    command = typer.main.get_command(app)
    try:
        result = command.main(args=argv, prog_name="newsevents", standalone_mode=False)
    except getattr(click_exceptions, "NoArgsIsHelpError", ()) as exc:
        print(exc.format_message(), file=sys.stderr)
        sys.exit(2)
    except click_exceptions.UsageError as exc:
        hint = f" (see `newsevents {exc.ctx.info_name} --help`)" if exc.ctx and exc.ctx.parent else ""
        fail(exc.format_message() + hint)
    except click_exceptions.ClickException as exc:
        fail(exc.format_message(), exc.exit_code)
    except typer.Abort:
        fail("interrupted", 130)
    except StoreError as exc:
        fail(str(exc))
    except duckdb.Error as exc:
        fail(f"database error ({type(exc).__name__}): {exc}")
    except BrokenPipeError:  # `newsevents events --format jsonl | head`: a normal end
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(0)
    except OSError as exc:
        fail(f"{exc.strerror or exc} ({exc.filename or 'while writing'})" if exc.strerror else str(exc))
    except KeyboardInterrupt:
        fail("interrupted", 130)
    sys.exit(result if isinstance(result, int) else 0)
