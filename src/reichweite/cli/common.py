"""Options shared by every command, so each says --db, --json, --lang and --out the same way."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from reichweite import registry
from reichweite.errors import ConfigError
from reichweite.timeutil import parse_as_of, parse_duration

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db", envvar="REICHWEITE_DB", show_envvar=True,
        help="SQLite file or database URL (postgresql://…). Default: ./reichweite.db",
    ),
]


def from_group(ctx: typer.Context, name: str, value: Any) -> Any:
    """An option typed before the subcommand (`reichweite collect --db x.db bluesky …`) applies to it too, unless
    the subcommand has its own on the command line: never silently dropped, and above the environment variable."""

    def typed(context: Any) -> bool:
        source = context.get_parameter_source(name)
        return source is not None and source.name == "COMMANDLINE"

    if not typed(ctx) and ctx.parent is not None and typed(ctx.parent):
        return ctx.parent.params.get(name)
    return value


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


def parse_at(value: str | None):  # type: ignore[no-untyped-def]
    if value is None:
        return None
    try:
        return parse_as_of(value)
    except ValueError as exc:
        raise ConfigError(f"--at: {exc}") from None


def parse_age(value: str | None):  # type: ignore[no-untyped-def]
    if value is None:
        return None
    try:
        return parse_duration(value)
    except ValueError as exc:
        raise ConfigError(f"--age: {exc}") from None


def parse_target(value: str) -> tuple[str, str]:
    """'bluesky:alice.bsky.social' → ('bluesky', 'alice.bsky.social')."""
    platform, sep, handle = value.partition(":")
    platform = platform.strip().lower()
    if not sep or platform not in registry.NAMES or not handle.strip():
        raise ConfigError(f"{value!r}: expected PLATFORM:HANDLE with PLATFORM one of {', '.join(registry.NAMES)}")
    try:
        return platform, registry.normalise_handle(platform, handle)
    except ValueError as exc:
        raise ConfigError(f"{value!r}: {exc}") from None


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")
