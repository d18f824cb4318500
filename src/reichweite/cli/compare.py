"""`reichweite compare` (cross-post comparison with report) and `reichweite posts` (an account's posts as of a date)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import pandas as pd
import typer
from rich.console import Console
from rich.table import Table

from reichweite.cli import app
from reichweite.cli.common import (
    AtOption,
    DbOption,
    JsonOption,
    LangOption,
    TzOption,
    VisibilityOption,
    check_out,
    echo,
    parse_age,
    parse_at,
    parse_target,
    print_json,
)
from reichweite.errors import ConfigError
from reichweite.report.html import local_time
from reichweite.terminal import plain
from reichweite.timeutil import parse_duration
from reichweite.visibility import parse_visibility


def _duration(option: str, value: str):  # type: ignore[no-untyped-def]
    try:
        return parse_duration(value)
    except ValueError as exc:
        raise ConfigError(f"{option}: {exc}") from None


@app.command("compare")
def compare_cmd(
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
    out: Annotated[Path, typer.Option("--out", help="Folder the report is written to.", callback=check_out)
                   ] = Path("report"),
    as_json: JsonOption = False,
    visibility: VisibilityOption = None,
    db: DbOption = None,
) -> None:
    """Compare two accounts post by post (cross-posts), with statistics and a report (xlsx, png, html)."""
    from reichweite.jobs.compare import compare

    if at is not None and age is not None:
        raise ConfigError("Give either --at or --age, not both.")
    result = compare(
        db, parse_target(a), parse_target(b), at=parse_at(at, tz), age=parse_age(age),
        tolerance=_duration("--tolerance", tolerance), quotes=quotes, window=_duration("--window", window),
        fuzzy_threshold=fuzzy_threshold, overrides=overrides, lang=lang, out=out, include_reposts=include_reposts,
        visibility=parse_visibility(visibility), log=log,
    )
    if as_json:
        print_json(result.to_json())
        return
    from reichweite.report.comparison import terminal_report

    console = Console()
    for part in terminal_report(result, result.lang):
        console.print(part)


@app.command("posts")
def posts_cmd(
    target: Annotated[str, typer.Argument(metavar="PLATFORM:HANDLE", help="e.g. bluesky:alice.bsky.social")],
    at: AtOption = None,
    tz: TzOption = "Europe/Berlin",
    as_json: JsonOption = False,
    visibility: VisibilityOption = None,
    db: DbOption = None,
) -> None:
    """An account's posts with kind and their figures as of a date (default: now). Followers-only posts only with
    --visibility private (how many were left out is said)."""
    from reichweite.jobs.compare import listed_posts

    platform, handle = parse_target(target)
    levels = parse_visibility(visibility)
    frame, left_out = listed_posts(db, platform, handle, parse_at(at, tz), visibility=levels)
    if left_out:
        echo(f"{left_out} followers-only posts left out (include them with --visibility private).", err=True)
    columns = ["native_id", "created_at", "kind", "visibility", "content_warning", "text", "likes", "replies",
               "reposts", "quotes", "observed_at"]
    if as_json:
        records = json.loads(frame[columns].rename(columns={"native_id": "id"}).to_json(orient="records",
                                                                                        date_format="iso"))
        print_json(records)
        return
    table = Table(title=plain(f"{platform}:{handle} — {len(frame)} posts (times Europe/Berlin)"))
    for col in ("id", "created_at", "kind", "text", "likes", "replies", "reposts", "quotes", "observed_at"):
        numeric = col in ("likes", "replies", "reposts", "quotes")
        if col == "text":
            table.add_column(col, no_wrap=True, overflow="ellipsis", max_width=40)
        else:
            table.add_column(col, justify="right" if numeric else "left", no_wrap=True, overflow="fold",
                             min_width=len(col) if numeric else None)
    for row in frame.itertuples(index=False):
        table.add_row(
            _cell(row.native_id), _when(row.created_at), _cell(row.kind),
            _cell(f"(CW: {row.content_warning}) {row.text}" if row.content_warning else row.text), _cell(row.likes),
            _cell(row.replies), _cell(row.reposts), _cell(row.quotes), _when(row.observed_at),
        )
    Console().print(table)


def _cell(value: object) -> str:
    return "–" if value is None or (not isinstance(value, str) and pd.isna(value)) else plain(value)


def _when(value: object) -> str:
    return "–" if value is None or pd.isna(value) else local_time(value)  # type: ignore[arg-type]
