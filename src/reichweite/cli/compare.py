"""`reichweite compare`: two or more accounts post by post (cross-posts), at one or more dates or post ages, with
statistics and, with --out, a report."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

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
    say,
)
from reichweite.errors import UsageError
from reichweite.terminal import bare
from reichweite.timeutil import parse_duration

if TYPE_CHECKING:
    from reichweite.jobs.compare import ComparisonResult


def _duration(option: str, value: str):  # type: ignore[no-untyped-def]
    try:
        return parse_duration(value)
    except ValueError as exc:
        raise UsageError(f"{option}: {exc}") from None


def _fmt(value: object, digits: int = 0) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return "–"
    return f"{value:,.{digits}f}" if isinstance(value, int | float) else str(value)


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
    from reichweite.api import ComparisonResult

    fmt = output_format(fmt, as_json)
    if len(accounts) < 2:
        raise UsageError("Give at least two accounts to compare (PLATFORM:HANDLE PLATFORM:HANDLE …).")
    if at and age:
        raise UsageError("Give either --at or --age, not both.")
    targets = [parse_target(value) for value in accounts]
    ats = [parse_at(value, tz) for value in at or []]
    ages = [parse_age(value) for value in age or []]
    result = reichweite.compare(
        db, *targets, at=ats or None, age=ages or None, tolerance=_duration("--tolerance", tolerance),
        quotes=quotes, window=_duration("--window", window), fuzzy_threshold=fuzzy_threshold, overrides=overrides,
        lang=lang, out=out, include_reposts=include_reposts, visibility=visibility, parts=parts,
    )
    if not isinstance(result, ComparisonResult):
        from reichweite.cli.compare_series import emit_series

        emit_series(result, fmt, output)
        return
    if result.parts_note:
        note(result.parts_note)
    gap = result.measurement_gap
    if result.age is None and gap is not None and gap.total_seconds() > 86400:
        note(f"The two sides were measured {gap.total_seconds() / 86400:.1f} days apart: the later one had more "
             "time to collect interactions" + (" (see the report)." if out else "."))
    if len(result.table.lacking):
        note(f"{len(result.table.lacking)} pairs lack figures at the chosen time"
             + (": listed in the report." if out else " (listed with --out, or in --format csv)."))
    hidden = [f"{label} {m.excluded['followers-only']}" for label, m in
              ((result.label_a, result.measured_a), (result.label_b, result.measured_b))
              if m.excluded.get("followers-only")]
    if hidden:
        note(f"Followers-only posts left out: {', '.join(hidden)} (include them with --visibility private).")
    if result.report:
        note(f"Report: {result.report}")
    empty = None if len(result.table.pairs) else "No post of the one account matched a post of the other."
    emit(result, fmt, output, lambda console: _summary(result, console), empty=empty)


def _summary(result: ComparisonResult, console: Console) -> None:
    s = result.stats
    table = Table(title=Text(bare(f"{result.label_a} vs {result.label_b}")))
    table.add_column("")
    table.add_column(Text(bare(result.label_a)), justify="right")
    table.add_column(Text(bare(result.label_b)), justify="right")
    table.add_row("pairs compared", str(s.n), str(s.n))
    share_a, share_b = _fmt((s.share_a or 0) * 100), _fmt((s.share_b or 0) * 100)
    table.add_row("wins", f"{s.wins_a} ({share_a} %)", f"{s.wins_b} ({share_b} %)")
    table.add_row("ties", str(s.ties), str(s.ties))
    table.add_row("median", _fmt(s.a.median, 1), _fmt(s.b.median, 1))
    table.add_row("mean", _fmt(s.a.mean, 1), _fmt(s.b.mean, 1))
    table.add_row("peak", _fmt(s.a.peak.value if s.a.peak else None), _fmt(s.b.peak.value if s.b.peak else None))
    table.add_row("unmatched posts", str(len(result.table.unmatched_a)), str(len(result.table.unmatched_b)))
    console.print(table)
    r, w = s.ratio, s.wilcoxon
    if r.median_ratio is not None:
        interval = f" (95 % interval {r.low:.2f}–{r.high:.2f})" if r.low is not None else f" ({r.reason})"
        console.print(f"median ratio (b+1)/(a+1): {r.median_ratio:.2f}{interval}", highlight=False)
    if w.p_value is not None:
        console.print(f"Wilcoxon signed-rank: p = {w.p_value:.4g} over {w.n_used} pairs that differ, "
                      f"rank-biserial r = {w.rank_biserial:.2f}", highlight=False)
    else:
        say(console)(f"Wilcoxon signed-rank not run: {w.reason}")
