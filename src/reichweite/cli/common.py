"""Options shared by every command, so each says --db, --json, --lang and --out the same way, and the few helpers
every command module uses (messages on stderr, the store)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from reichweite.errors import UsageError
from reichweite.timeutil import parse_as_of, parse_duration


def routed(key: str) -> Callable[[typer.Context, typer.CallbackParam, Any], Any]:
    """A callback making an option typed anywhere on the command line reach the command that runs: on the root
    (`reichweite --db x.db import table …`), on a group (`reichweite import --db x.db table …`) or on the command
    itself. The innermost one typed wins; one typed on the command line beats the environment variable."""

    def callback(ctx: typer.Context, param: typer.CallbackParam, value: Any) -> Any:
        source = ctx.get_parameter_source(param.name or key)
        if source is not None and source.name == "COMMANDLINE":
            ctx.meta[f"reichweite.{key}"] = value
            return value
        return ctx.meta.get(f"reichweite.{key}", value)

    return callback


DbOption = Annotated[
    str | None,
    typer.Option(
        "--db", envvar="REICHWEITE_DB", show_envvar=True, callback=routed("db"),
        help="SQLite file or database URL (postgresql://…). Default: ./reichweite.db",
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print the result as JSON on stdout, for scripts.")]
LangOption = Annotated[
    str | None, typer.Option("--lang", help="Report language: de or en (default: from the locale).")
]
OutOption = Annotated[Path, typer.Option("--out", help="Folder the report is written to.")]
AtOption = Annotated[
    str | None,
    typer.Option(
        "--at",
        help="Measurement date (Stichtag): figures as of this date/time. A bare date means end of day.",
    ),
]


FormatOption = Annotated[
    str | None,
    typer.Option("--format", metavar="table|csv|jsonl|json",
                 help="table (for people, the default), csv, jsonl (one JSON object per line) or json.",
                 autocompletion=lambda: ["table", "csv", "jsonl", "json"]),
]
OutputOption = Annotated[
    str | None,
    typer.Option("--output", "-o", metavar="FILE", help="Write the data to FILE instead of stdout ('-' = stdout)."),
]


def output_format(fmt: str | None, as_json: bool) -> str:
    """--format, with --json as its synonym for json."""
    from reichweite.report.machine import FORMATS

    if fmt is None:
        return "json" if as_json else "table"
    fmt = fmt.strip().lower()
    if fmt not in FORMATS:
        raise UsageError(f"--format {fmt!r}: use one of {', '.join(FORMATS)}")
    if as_json and fmt != "json":
        raise UsageError(f"--json means --format json; it does not go with --format {fmt}")
    return fmt


def emit(result: Any, fmt: str, output: str | None, table: Callable[[Console], None], *,
         empty: str | None = None) -> None:
    """Print the result: `table` draws it for people; csv/jsonl write result.rows(), json result.to_json(), to
    stdout or to -o FILE. With `empty` (nothing found) the data (an empty table, list or file) is still written, the
    sentence goes to stderr and the exit code is 1."""
    from reichweite.report import machine

    with machine.destination(output) as handle:
        if fmt == "table":
            table(Console(file=handle) if handle is not sys.stdout else Console())
        else:
            machine.write(fmt, rows=result.rows(), document=result.to_json(), handle=handle)
    if output not in (None, "-"):
        note(f"Wrote {output}")
    if empty:
        note(empty)
        raise typer.Exit(1)


def note(message: str) -> None:
    """Anything that is not the command's data (progress, warnings, 'wrote …') goes to stderr."""
    typer.echo(message, err=True)


def existing(*paths: Path) -> None:
    """Say a missing input file before a store is opened (or created) for it."""
    from reichweite.errors import InputError

    for path in paths:
        if not Path(path).exists():
            raise InputError(path, "no such file or folder")


def report_language(lang: str | None) -> str:
    """--lang checked: de or en (default from the locale)."""
    from reichweite.report.i18n import resolve_lang

    try:
        return resolve_lang(lang)
    except ValueError as exc:
        raise UsageError(str(exc)) from None


def parse_at(value: str | None):  # type: ignore[no-untyped-def]
    if value is None:
        return None
    try:
        return parse_as_of(value)
    except ValueError as exc:
        raise UsageError(f"--at: {exc}") from None


def parse_age(value: str | None):  # type: ignore[no-untyped-def]
    if value is None:
        return None
    try:
        return parse_duration(value)
    except ValueError as exc:
        raise UsageError(f"--age: {exc}") from None


def parse_day(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise UsageError(f"{option} {value!r}: expected a date like 2020-09-01") from None


def parse_target(value: str) -> tuple[str, str]:
    """'bluesky:alice.bsky.social' → ('bluesky', 'alice.bsky.social')."""
    from reichweite.model import PLATFORMS

    platform, sep, handle = value.partition(":")
    platform = platform.strip().lower()
    if not sep or platform not in PLATFORMS or not handle.strip():
        raise UsageError(f"{value!r}: expected PLATFORM:HANDLE with PLATFORM one of {', '.join(PLATFORMS)}")
    return platform, handle.strip().lstrip("@") if platform != "mastodon" else handle.strip()


def print_json(data: Any) -> None:
    """Strict JSON on stdout (null for missing values, times ISO 8601 UTC with Z)."""
    from reichweite.report.machine import write_json

    write_json(data, sys.stdout)
