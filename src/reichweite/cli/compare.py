"""`reichweite compare`: two or more accounts post by post (cross-posts), at one or more dates or post ages, with
statistics and, with --out, a report."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

import reichweite
from reichweite.cli.common import (
    DbOption,
    FormatOption,
    JsonOption,
    LangOption,
    OutputOption,
    TzOption,
    VisibilityOption,
    check_out,
    emit,
    note,
    output_format,
    parse_age,
    parse_at,
    parse_target,
)
from reichweite.errors import Said, UsageError, option_said
from reichweite.timeutil import parse_duration


def _duration(option: str, value: str):  # type: ignore[no-untyped-def]
    try:
        return parse_duration(value)
    except ValueError as exc:
        raise UsageError(option_said(option, exc)) from None


ACCOUNTS_HELP = ("Two or more accounts, e.g. x:tagesfoto bluesky:tagesfoto.bsky.social "
                 "mastodon:@tagesfoto@mastodon.social")
AT_HELP = ("Measurement date (Stichtag): figures as of this date/time, e.g. 2023-11-21, 21.11.2023 or "
           "21.11.2023 18:00. A bare date means the end of that day (in --tz). Give it again for several dates "
           "(earliest first): each date's comparison and the change between them.")
PARTS_HELP = ("Which interaction parts count when a part is known on one side only: common (parts every compared "
              "post knows), known (each group the parts all its posts know) or a list, e.g. likes,reposts.")


def compare(
    accounts: Annotated[list[str], typer.Argument(metavar="PLATFORM:HANDLE…", help=ACCOUNTS_HELP)],
    at: Annotated[list[str] | None, typer.Option("--at", help=AT_HELP)] = None,
    tz: TzOption = "Europe/Berlin",
    age: Annotated[
        list[str] | None, typer.Option("--age", help="Figures at this post age (e.g. 7d) instead of --at; give it "
                                                     "again for several ages (e.g. --age 1h --age 7d).")
    ] = None,
    tolerance: Annotated[str, typer.Option("--tolerance", help="With --age: how long after the age a "
                                           "measurement may be.")] = "12h",
    quotes: Annotated[bool, typer.Option("--quotes", help="Count quotes as interactions too.")] = False,
    parts: Annotated[str, typer.Option("--parts", metavar="common|known|LIST", help=PARTS_HELP)] = "common",
    window: Annotated[str, typer.Option("--window", help="Largest time between two posts of a group.")] = "12h",
    fuzzy_threshold: Annotated[float, typer.Option("--fuzzy-threshold", help="Similarity (0–100) from which "
                                                   "slightly edited texts are paired; 100 turns fuzzy off.")] = 90.0,
    overrides: Annotated[Path | None, typer.Option("--overrides", help="File forcing or forbidding pairs.")] = None,
    include_reposts: Annotated[bool, typer.Option("--include-reposts", help="Do not leave out reposts.")] = False,
    lang: LangOption = None,
    log: Annotated[bool, typer.Option("--log", help="Charts on a logarithmic scale (default: linear).")] = False,
    out: Annotated[Path | None, typer.Option("--out", help="Write the report (xlsx, png, html) to this folder.",
                                             callback=check_out)] = None,
    visibility: VisibilityOption = None,
    fmt: FormatOption = None,
    output: OutputOption = None,
    as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """Compare two or more accounts post by post (cross-posts), with statistics, at one or more dates (--at) or post
    ages (--age); with --out also a report (xlsx, png, html)."""
    from reichweite.api import ComparisonResult, compare_options

    fmt = output_format(fmt, as_json)
    if len(accounts) < 2:
        raise UsageError(Said("Give at least two accounts to compare (PLATFORM:HANDLE PLATFORM:HANDLE …).",
                                    "use.two_accounts_form"))
    if at and age:
        raise UsageError(Said("Give either --at or --age, not both.", "use.at_or_age"))
    targets = [parse_target(value) for value in accounts]
    ats = [parse_at(value, tz) for value in at or []]
    ages = [parse_age(value) for value in age or []]
    options = compare_options(
        tolerance=_duration("--tolerance", tolerance), quotes=quotes, window=_duration("--window", window),
        fuzzy_threshold=fuzzy_threshold, overrides=overrides, include_reposts=include_reposts, parts=parts,
        visibility=visibility)
    result = reichweite.compare(db, *targets, at=ats or None, age=ages or None, options=options, lang=lang, out=out,
                                log=log)
    if not isinstance(result, ComparisonResult):
        from reichweite.cli.compare_series import emit_series

        emit_series(result, fmt, output)
        return
    from reichweite.report.comparison import T, terminal_notes, terminal_report

    for line in terminal_notes(result, result.lang):
        note(line)
    empty = None if len(result.table.pairs) else T("cmp.term.none", result.lang)

    def table(console: Console) -> None:
        for part in terminal_report(result, result.lang):
            console.print(part)

    emit(result, fmt, output, table, empty=empty, lang=result.lang)
