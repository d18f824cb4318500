"""Options shared by every command, so each says --db, --json, --lang and --out the same way, and the few helpers
every command module uses (messages on stderr, the store)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Annotated, Any
from zoneinfo import ZoneInfo

import typer
from rich.console import Console

from reichweite import registry
from reichweite.errors import Said, UsageError, one_of, option_said
from reichweite.terminal import bare
from reichweite.timeutil import REPORT_TZ, Bare, DateError, parse_day, parse_duration, parse_moment, zone


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


def check_lang(option: str):  # type: ignore[no-untyped-def]
    """A callback refusing a report language other than de or en before the command runs."""
    def check(value: str | None) -> str | None:
        if value is not None and value.strip().lower() not in ("de", "en"):
            raise UsageError(Said(f"{option} {value!r}: expected de or en", "error.lang", option=option,
                                  value=repr(value)))
        return value
    return check


def _route_lang(ctx: typer.Context, param: typer.CallbackParam, value: str | None) -> str | None:
    """--lang typed on the root, a group or the command (the innermost wins, as --db): checked, and remembered as
    the language of every message the command prints, its errors too."""
    from reichweite.report.i18n import use_message_lang

    value = routed("lang")(ctx, param, check_lang("--lang")(value))
    if value is not None:
        use_message_lang(value)
    return value


def start_language(value: str | None) -> None:
    """A new command line: only its own --lang counts (not one of an earlier run in the same process)."""
    from reichweite.report.i18n import use_message_lang

    use_message_lang(value)


def language() -> str:
    """The language of the command's messages: --lang wherever it was typed, else from the locale (LC_ALL,
    LC_MESSAGES, LANG), as the reports choose theirs."""
    from reichweite.report.i18n import message_lang

    return message_lang()


def error_line(message: object, lang: str | None = None) -> str:
    """'Error: …' / 'Fehler: …' as one line, redacted."""
    from reichweite.report.messages import error_line as line

    return line(message, lang or language())


def check_out(value: Path | None) -> Path | None:
    """A callback checking an --out folder before the command runs (reichweite.outfiles.out_folder)."""
    from reichweite.outfiles import out_folder

    return None if value is None else out_folder(value)


LangOption = Annotated[
    str | None,
    typer.Option("--lang", metavar="de|en", callback=_route_lang, is_eager=True,  # before the others' checks
                 help="Report language, also of messages: de or en (default: from the locale)."),
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
        raise UsageError(one_of("--format", fmt, FORMATS))
    if as_json and fmt != "json":
        raise UsageError(Said(f"--json means --format json; it does not go with --format {fmt}", "use.json_format",
                              fmt=fmt))
    return fmt


def emit(result: Any, fmt: str, output: str | None, table: Callable[[Console], None], *,
         empty: str | None = None, lang: str = "en") -> None:
    """Print the result: `table` draws it for people; csv/jsonl write result.rows(), json result.to_json(), to
    stdout or to -o FILE (which is said in `lang`). With `empty` (nothing found) the data (an empty table, list or
    file) is still written, the sentence goes to stderr and the exit code is 1."""
    from reichweite.report import machine

    with machine.destination(output) as handle:
        if fmt == "table":
            table(Console(file=handle) if handle is not sys.stdout else Console())
        else:
            machine.write(fmt, rows=result.rows(), document=result.to_json(), handle=handle)
    if output not in (None, "-"):
        from reichweite.report.texts import Texts, common

        note(Texts(common.TEXTS)("report.wrote", lang, path=output))
    if empty:
        note(empty)
        raise typer.Exit(1)


def say(console: Console) -> Callable[[object], None]:
    """Print lines of text on the console as they are: no markup, no highlighting, no escape sequences from data."""
    return lambda text: console.print(bare(text), markup=False, highlight=False, soft_wrap=True)


def prose(console: Console, text: object, first: str = "", rest: str = "") -> None:
    """Sentences for people, wrapped at the console's width between words (ids and links are never broken)."""
    import textwrap

    line = say(console)
    for part in textwrap.wrap(bare(text), max(console.width, 40), initial_indent=first, subsequent_indent=rest,
                              break_long_words=False, break_on_hyphens=False):
        line(part)


def note(message: object) -> None:
    """Anything that is not the command's data (progress, warnings, 'wrote …') goes to stderr, shown without control
    characters or escape sequences from data."""
    typer.echo(bare(message), err=True)


def echo(message: object = "", *, err: bool = False) -> None:
    """A line for the terminal; text from data in it (handles, names, file contents) is shown without control
    characters or escape sequences."""
    typer.echo(bare(message), err=err)


def existing(*paths: Path) -> None:
    """Say a missing input file before a store is opened (or created) for it."""
    from reichweite.errors import InputError

    for path in paths:
        if not Path(path).exists():
            raise InputError(path, Said("no such file or folder", "error.no_such_file"))


def report_language(lang: str | None = None) -> str:
    """--lang checked: de or en (default: --lang typed on the root or group, else from the locale)."""
    from reichweite.report.i18n import resolve_lang

    if lang is None:
        return language()
    try:
        return resolve_lang(lang)
    except ValueError as exc:
        raise UsageError(Said(str(exc), "opt.lang_use", value=repr(lang.lower()))) from None


def parse_tz(value: str | ZoneInfo | None) -> ZoneInfo:
    """A --tz value → its zone (Europe/Berlin when not given)."""
    if value is None:
        return REPORT_TZ
    if isinstance(value, ZoneInfo):
        return value
    try:
        return zone(value)
    except DateError as exc:
        raise UsageError(option_said("--tz", exc)) from None


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
        raise UsageError(option_said(option, exc)) from None


def parse_day_option(value: str | None, option: str) -> date | None:
    """A date option that names a day (panel dates) in any accepted spelling."""
    if value is None or not value.strip():
        return None
    try:
        return parse_day(value)
    except DateError as exc:
        raise UsageError(option_said(option, exc)) from None


def parse_at(value: str | None, tz: str | ZoneInfo | None = None) -> datetime | None:
    """--at: the end of a bare date's day in tz, whatever the date's spelling."""
    return parse_date_option(value, "--at", tz, bare="end")


def parse_age(value: str | None):  # type: ignore[no-untyped-def]
    if value is None:
        return None
    try:
        return parse_duration(value)
    except ValueError as exc:
        raise UsageError(option_said("--age", exc)) from None


def parse_target(value: str) -> tuple[str, str]:
    """'bluesky:alice.bsky.social' → ('bluesky', 'alice.bsky.social')."""
    platform, sep, handle = value.partition(":")
    platform = platform.strip().lower()
    if not sep or platform not in registry.NAMES or not handle.strip():
        raise UsageError(Said(f"{value!r}: expected PLATFORM:HANDLE with PLATFORM one of {', '.join(registry.NAMES)}",
                              "error.target", value=repr(value), platforms=", ".join(registry.NAMES)))
    try:
        return platform, registry.normalise_handle(platform, handle)
    except ValueError as exc:
        raise UsageError(option_said(repr(value), exc)) from None


def parse_account(value: str) -> tuple[str, str] | str:
    """'bluesky:alice.bsky.social' → ('bluesky', 'alice.bsky.social'); a platform alone ('x') → 'x'."""
    if ":" in value:
        return parse_target(value)
    platform = value.strip().lower()
    if platform not in registry.NAMES:
        raise UsageError(Said(f"{value!r}: expected PLATFORM:HANDLE or PLATFORM, PLATFORM one of "
                              f"{', '.join(registry.NAMES)}", "error.account", value=repr(value),
                              platforms=", ".join(registry.NAMES)))
    return platform


def print_json(data: Any) -> None:
    """Strict JSON on stdout (null for missing values, times ISO 8601 UTC with Z)."""
    from reichweite.report.machine import write_json

    write_json(data, sys.stdout)
