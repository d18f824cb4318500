"""The `reichweite` command: one thin command per user job. Commands call functions and hold no logic."""

from __future__ import annotations

import sys
import traceback
from typing import Any

import typer

from reichweite import __version__
from reichweite.errors import ReichweiteError
from reichweite.limits import OPTIONS, SIZES, parse_count, parse_size, reset, set_for_process, with_values
from reichweite.redact import redact
from reichweite.terminal import bare

app = typer.Typer(
    name="reichweite",
    help="Measure and compare reach across Bluesky, X, Mastodon, LinkedIn and Xing.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
import_app = typer.Typer(help="Import exports and tables into the store.", no_args_is_help=True)
collect_app = typer.Typer(help="Collect posts and figures from platform APIs.", no_args_is_help=True)
template_app = typer.Typer(help="Write a CSV/XLSX template for figures typed in by hand.", no_args_is_help=True)
app.add_typer(import_app, name="import")
app.add_typer(collect_app, name="collect")
app.add_typer(template_app, name="template")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"reichweite {__version__}")
        raise typer.Exit()


def _limit(name: str, help: str) -> Any:
    option, env, _ = OPTIONS[name]
    return typer.Option(None, option, envvar=env, show_envvar=True, metavar="SIZE" if name in SIZES else "N",
                        help=help, rich_help_panel="Limits")


@app.callback()
def _root(
    ctx: typer.Context,
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version."),
    max_member_size: str | None = _limit("member_size", "Largest archive member unpacked (default 1GB)."),
    max_archive_size: str | None = _limit("archive_size", "Most bytes unpacked from one archive (default 4GB)."),
    max_ratio: str | None = _limit("ratio", "Highest compression ratio of an archive member (default 100)."),
    max_line_size: str | None = _limit("line_size", "Longest JSON line; longer ones count as malformed "
                                                    "(default 16MB)."),
    max_cells: str | None = _limit("cells", "Most cells a worksheet may span (default 20,000,000)."),
    max_columns: str | None = _limit("columns", "Most columns a worksheet may span (default 1,000)."),
) -> None:
    """Measure and compare reach across Bluesky, X, Mastodon, LinkedIn and Xing."""
    given = {"member_size": max_member_size, "archive_size": max_archive_size, "ratio": max_ratio,
             "line_size": max_line_size, "cells": max_cells, "columns": max_columns}
    values = {name: (parse_size if name in SIZES else parse_count)(OPTIONS[name][0], text)
              for name, text in given.items() if text is not None}
    if values:
        token = set_for_process(with_values(**values))
        ctx.call_on_close(lambda: reset(token))


# command modules register themselves on the apps above
import reichweite.cli.automation  # noqa: E402,F401,I001
import reichweite.cli.compare  # noqa: E402,F401,I001
import reichweite.cli.languages  # noqa: E402,F401,I001
import reichweite.cli.linkedin  # noqa: E402,F401,I001
import reichweite.cli.panels  # noqa: E402,F401,I001
import reichweite.cli.platforms  # noqa: E402,F401,I001
import reichweite.cli.serve  # noqa: E402,F401,I001
import reichweite.cli.sources  # noqa: E402,F401,I001
import reichweite.cli.store_cmd  # noqa: E402,F401,I001


def _redacted_traceback(kind, value, tb) -> None:  # type: ignore[no-untyped-def]
    """An unexpected error's traceback, shown with every secret redacted."""
    sys.stderr.write(redact("".join(traceback.format_exception(kind, value, tb))))


def main() -> None:
    """Entry point: a ReichweiteError becomes one line on stderr and exit code 2."""
    sys.excepthook = _redacted_traceback
    try:
        app(standalone_mode=False)
    except ReichweiteError as exc:
        print(f"Error: {' '.join(redact(bare(exc)).split(chr(10)))}", file=sys.stderr)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        print("Interrupted. What was stored so far is kept.", file=sys.stderr)
        sys.exit(130)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.Abort:
        sys.exit(1)
    except Exception as exc:  # usage errors: click's, or those of the click that newer typer versions bundle
        if callable(getattr(exc, "show", None)) and isinstance(getattr(exc, "exit_code", None), int):
            exc.show()  # type: ignore[attr-defined]
            sys.exit(exc.exit_code)  # type: ignore[attr-defined]
        raise
