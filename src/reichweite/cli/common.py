"""Options shared by every command, so each says --db, --json, --lang and --out the same way."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

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
def check_lang(option: str):  # type: ignore[no-untyped-def]
    """A callback refusing a report language other than de or en before the command runs."""
    def check(value: str | None) -> str | None:
        if value is not None and value.strip().lower() not in ("de", "en"):
            raise ConfigError(f"{option} {value!r}: expected de or en")
        return value
    return check


def check_out(value: Path | None) -> Path | None:
    """A callback checking an --out folder before the command runs (reichweite.outfiles.out_folder)."""
    from reichweite.outfiles import out_folder

    return None if value is None else out_folder(value)


LangOption = Annotated[
    str | None,
    typer.Option("--lang", help="Report language: de or en (default: from the locale).", callback=check_lang("--lang")),
]
VisibilityOption = Annotated[
    str | None,
    typer.Option("--visibility", help="Which posts to include: public,unlisted (default); private adds followers-only "
                                      "posts (Mastodon); all = every stored post. Direct messages are never stored."),
]
OutOption = Annotated[Path, typer.Option("--out", help="Folder the report is written to.", callback=check_out)]
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
    from reichweite.model import PLATFORMS

    platform, sep, handle = value.partition(":")
    platform = platform.strip().lower()
    if not sep or platform not in PLATFORMS or not handle.strip():
        raise ConfigError(f"{value!r}: expected PLATFORM:HANDLE with PLATFORM one of {', '.join(PLATFORMS)}")
    return platform, handle.strip().lstrip("@") if platform != "mastodon" else handle.strip()


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")
