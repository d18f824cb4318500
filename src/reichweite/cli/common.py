"""Options shared by every command, so each says --db, --json, --lang and --out the same way."""

from __future__ import annotations

import json
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Annotated, Any
from zoneinfo import ZoneInfo

import typer

from reichweite.errors import ConfigError
from reichweite.terminal import bare
from reichweite.timeutil import REPORT_TZ, Bare, DateError, parse_day, parse_duration, parse_moment, zone

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
        help="Measurement date (Stichtag): figures as of this date/time, e.g. 2023-11-21, 21.11.2023 or "
        "21.11.2023 18:00. A bare date means the end of that day (in --tz).",
    ),
]
TzOption = Annotated[
    str, typer.Option("--tz", help="Time zone of dates written without one, e.g. Europe/Berlin, UTC.")
]


def parse_lang(value: str | None) -> str:
    """--lang, or the language of the user's locale: de or en."""
    from reichweite.report.i18n import resolve_lang

    try:
        return resolve_lang(value)
    except ValueError as exc:
        raise ConfigError(str(exc)) from None


def parse_tz(value: str | ZoneInfo | None) -> ZoneInfo:
    """A --tz value → its zone (Europe/Berlin when not given)."""
    if value is None:
        return REPORT_TZ
    if isinstance(value, ZoneInfo):
        return value
    try:
        return zone(value)
    except DateError as exc:
        raise ConfigError(f"--tz: {exc}") from None


def parse_date_option(value: str | None, option: str, tz: str | ZoneInfo | None = None, *,
                      bare: Bare = "end") -> datetime | None:
    """A date option by the one date rule (reichweite.timeutil): a bare date is the end of that day in tz
    (bare="start" for lower bounds such as --since). A usage error names the option."""
    if value is None or not value.strip():
        return None
    zone_ = parse_tz(tz)
    try:
        return parse_moment(value, zone_, bare=bare)
    except DateError as exc:
        raise ConfigError(f"{option}: {exc}") from None


def parse_day_option(value: str | None, option: str) -> date | None:
    """A date option that names a day (panel dates) in any accepted spelling."""
    if value is None or not value.strip():
        return None
    try:
        return parse_day(value)
    except DateError as exc:
        raise ConfigError(f"{option}: {exc}") from None


def parse_at(value: str | None, tz: str | ZoneInfo | None = None) -> datetime | None:
    """--at: the end of a bare date's day in tz, whatever the date's spelling."""
    return parse_date_option(value, "--at", tz, bare="end")


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


def echo(message: object = "", *, err: bool = False) -> None:
    """A line for the terminal; text from data in it (handles, names, file contents) is shown without control
    characters or escape sequences."""
    typer.echo(bare(message), err=err)


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")
