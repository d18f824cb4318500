"""The `reichweite` command: one thin command per user job. Commands call functions and hold no logic.

Every command and command group is listed here, in the order `--help` shows them; each group lives in its own
module under cli/ (no module adds itself to the app when imported).
"""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Callable, Sequence
from typing import Any

import typer

from reichweite import __version__
from reichweite.cli import (
    automation,
    collect,
    compare,
    db,
    figures,
    imports,
    jetstream,
    languages,
    linkedin,
    panel,
    serve,
    template,
)
from reichweite.cli.common import DbOption, LangOption, start_language
from reichweite.cli.common import language as current_language
from reichweite.errors import ReichweiteError
from reichweite.limits import OPTIONS, SIZES, parse_count, parse_size, reset, set_for_process, with_values
from reichweite.redact import redact
from reichweite.terminal import bare

GROUPS: list[tuple[str, typer.Typer]] = [
    ("import", imports.app),
    ("collect", collect.app),
    ("template", template.app),
    ("panel", panel.app),
    ("linkedin", linkedin.app),
    ("automation", automation.app),
    ("jetstream", jetstream.app),
    ("db", db.app),
]
COMMANDS: list[tuple[str, Callable[..., Any]]] = [
    ("compare", compare.compare),
    ("posts", figures.posts),
    ("accounts", figures.accounts),
    ("polls", figures.polls),
    ("languages", languages.languages),
    ("serve", serve.serve),
]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"reichweite {__version__}")
        raise typer.Exit()


def _limit(name: str, help: str) -> Any:
    option, env, _ = OPTIONS[name]
    return typer.Option(None, option, envvar=env, show_envvar=True, metavar="SIZE" if name in SIZES else "N",
                        help=help, rich_help_panel="Limits")


def _root(
    ctx: typer.Context,
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version."),
    db: DbOption = None,
    lang: LangOption = None,
    max_member_size: str | None = _limit("member_size", "Largest archive member unpacked (default 1GB)."),
    max_archive_size: str | None = _limit("archive_size", "Most bytes unpacked from one archive (default 4GB)."),
    max_ratio: str | None = _limit("ratio", "Highest compression ratio of an archive member (default 100)."),
    max_line_size: str | None = _limit("line_size", "Longest JSON line; longer ones count as malformed "
                                                    "(default 16MB)."),
    max_cells: str | None = _limit("cells", "Most cells a worksheet may span (default 20,000,000)."),
    max_columns: str | None = _limit("columns", "Most columns a worksheet may span (default 1,000)."),
) -> None:
    """Measure and compare reach across Bluesky, X, Mastodon, LinkedIn and Xing."""
    start_language(lang)
    given = {"member_size": max_member_size, "archive_size": max_archive_size, "ratio": max_ratio,
             "line_size": max_line_size, "cells": max_cells, "columns": max_columns}
    values = {name: (parse_size if name in SIZES else parse_count)(OPTIONS[name][0], text)
              for name, text in given.items() if text is not None}
    if values:
        token = set_for_process(with_values(**values))
        ctx.call_on_close(lambda: reset(token))


def build_app() -> typer.Typer:
    """The root command with every group and command of the lists above."""
    root = typer.Typer(
        name="reichweite",
        help="Measure and compare reach across Bluesky, X, Mastodon, LinkedIn and Xing.",
        no_args_is_help=True,
        pretty_exceptions_enable=False,
        add_completion=True,
    )
    root.callback()(_root)
    for name, group in GROUPS:
        root.add_typer(group, name=name)
    for name, command in COMMANDS:
        root.command(name)(command)
    return root


app = build_app()


def run(args: Sequence[str] | None = None) -> int:
    """Run `reichweite ARGS` and return its exit code: 0 success, 1 runtime failure, 2 usage error, 130 interrupted.
    Errors are one line on stderr, never a traceback (REICHWEITE_DEBUG=1 shows it for unexpected ones)."""
    from reichweite.cli.helptext import help_in
    from reichweite.cli.usage import is_usage_error, typed_language, usage_lines
    from reichweite.report.messages import error_line, line, os_error

    argv = list(args) if args is not None else sys.argv[1:]
    typed = typed_language(argv)
    start_language(typed)

    def language() -> str:  # the --lang typed decides even when the parser fails before its callback runs
        return typed or current_language()

    try:
        command = typer.main.get_command(app)  # a fresh tree: its help is said in the language
        with help_in(command, language()):
            code = command.main(args=argv, prog_name="reichweite", standalone_mode=False)
    except ReichweiteError as exc:
        print(error_line(exc, language()), file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print(line("error.interrupted", language()), file=sys.stderr)
        return 130
    except typer.Exit as exc:
        return exc.exit_code
    except typer.Abort:
        print(line("error.aborted", language()), file=sys.stderr)
        return 1
    except ModuleNotFoundError as exc:  # a library of an optional extra, imported deep in a job
        from reichweite.extras import missing_extra

        found = missing_extra(exc, "This command")
        if found is None:
            raise
        print(error_line(found, language()), file=sys.stderr)
        return found.exit_code
    except BrokenPipeError:  # stdout closed early (`reichweite posts … | head`): not an error
        _silence_stdout()
        return 0
    except Exception as exc:
        if type(exc).__name__ == "NoArgsIsHelpError":  # a group typed without a command: its help
            exc.show()  # type: ignore[attr-defined]
            return exc.exit_code  # type: ignore[attr-defined]
        if is_usage_error(exc):  # a usage error of click (or the click typer bundles), said in the language
            for said in usage_lines(exc, language()):
                print(said, file=sys.stderr)
            return exc.exit_code  # type: ignore[attr-defined]
        if isinstance(exc, OSError):
            print(error_line(os_error(exc, language()), language()), file=sys.stderr)
            return 1
        if os.environ.get("REICHWEITE_DEBUG"):
            _redacted_traceback(type(exc), exc, exc.__traceback__)
            return 1
        message = redact(bare(exc)).strip().splitlines()[0] if bare(exc).strip() else ""
        print(error_line(line("error.unexpected", language(), kind=type(exc).__name__,
                              detail=": " + message if message else ""), language()), file=sys.stderr)
        return 1
    return code if isinstance(code, int) else 0


def _redacted_traceback(kind, value, tb) -> None:  # type: ignore[no-untyped-def]
    """An unexpected error's traceback, shown with every secret redacted."""
    sys.stderr.write(redact("".join(traceback.format_exception(kind, value, tb))))


def _silence_stdout() -> None:
    """After a broken pipe, point stdout at /dev/null so Python's exit flush does not fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def main() -> None:
    """Entry point of the `reichweite` command."""
    sys.excepthook = _redacted_traceback
    sys.exit(run())
