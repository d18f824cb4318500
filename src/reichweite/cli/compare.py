"""`reichweite compare`: two accounts post by post (cross-posts), with statistics and, with --out, a report."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

import reichweite
from reichweite.cli.common import (
    AtOption,
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
from reichweite.errors import UsageError
from reichweite.timeutil import parse_duration


def _duration(option: str, value: str):  # type: ignore[no-untyped-def]
    try:
        return parse_duration(value)
    except ValueError as exc:
        raise UsageError(f"{option}: {exc}") from None


def compare(
    a: Annotated[str, typer.Argument(metavar="PLATFORM:HANDLE", help="Account A, e.g. x:tagesfoto")],
    b: Annotated[str, typer.Argument(metavar="PLATFORM:HANDLE", help="Account B, e.g. bluesky:tagesfoto.bsky.social")],
    at: AtOption = None,
    tz: TzOption = "Europe/Berlin",
    age: Annotated[
        str | None, typer.Option("--age", help="Figures at this post age (e.g. 7d) instead of --at.")
    ] = None,
    tolerance: Annotated[str, typer.Option("--tolerance", help="With --age: how long after the age a "
                                           "measurement may be.")] = "12h",
    quotes: Annotated[bool, typer.Option("--quotes", help="Count quotes as interactions too.")] = False,
    window: Annotated[str, typer.Option("--window", help="Largest time between the two posts of a pair.")] = "12h",
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
    """Compare two accounts post by post (cross-posts), with statistics; with --out also a report (xlsx, png,
    html)."""
    fmt = output_format(fmt, as_json)
    if at is not None and age is not None:
        raise UsageError("Give either --at or --age, not both.")
    targets = parse_target(a), parse_target(b)
    when = dict(at=parse_at(at, tz), age=parse_age(age), tolerance=_duration("--tolerance", tolerance))
    result = reichweite.compare(
        db, *targets, **when, quotes=quotes,
        window=_duration("--window", window), fuzzy_threshold=fuzzy_threshold, overrides=overrides, lang=lang,
        out=out, include_reposts=include_reposts, visibility=visibility, log=log,
    )
    from reichweite.report.comparison import T, terminal_notes, terminal_report

    for line in terminal_notes(result, result.lang):
        note(line)
    empty = None if len(result.table.pairs) else T("cmp.term.none", result.lang)

    def table(console: Console) -> None:
        for part in terminal_report(result, result.lang):
            console.print(part)

    emit(result, fmt, output, table, empty=empty, lang=result.lang)
