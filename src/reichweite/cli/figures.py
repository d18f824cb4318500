"""`reichweite posts`, `accounts` and `polls`: what the store holds for an account as of a date."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import pandas as pd
import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

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
    parse_account,
    parse_at,
    parse_target,
    parse_tz,
    report_language,
    say,
)
from reichweite.cli.growth import EveryOption, FromOption, GrowthOutOption, ToOption, show_growth
from reichweite.errors import UsageError
from reichweite.report.html import local_time
from reichweite.results import Posts
from reichweite.terminal import bare

FIGURES = ("likes", "replies", "reposts", "quotes")


def posts(
    target: Annotated[str, typer.Argument(metavar="PLATFORM:HANDLE", help="e.g. bluesky:alice.bsky.social")],
    at: AtOption = None,
    tz: TzOption = "Europe/Berlin",
    fmt: FormatOption = None,
    output: OutputOption = None,
    as_json: JsonOption = False,
    lang: LangOption = None,
    visibility: VisibilityOption = None,
    db: DbOption = None,
) -> None:
    """An account's posts with kind and their figures as of a date (default: now). Followers-only posts only with
    --visibility private (how many were left out is said)."""
    fmt, account, when = output_format(fmt, as_json), parse_target(target), parse_at(at, tz)
    found = reichweite.posts(db, account, at=when, visibility=visibility)
    if found.left_out:
        note(f"{found.left_out} followers-only posts left out (include them with --visibility private).")
    empty = None if len(found.frame) else \
        f"No posts of {target} in the store as of {_when(found.as_of)} (Europe/Berlin)."
    emit(found, fmt, output, lambda console: _posts_table(found, console), empty=empty)


def _posts_table(found: Posts, console: Console) -> None:
    """Ids and times are never folded; texts wrap. From 120 columns one line per post; narrower, each post is one
    row of two cells (id and time | figures and text)."""
    frame = found.frame
    if not len(frame):
        return
    ids, prefix = _short_ids([str(i) for i in frame["native_id"]])
    title = f"{found.platform}:{found.handle} — {len(frame)} posts (times Europe/Berlin)"
    if console.width >= 120:
        table = Table(title=title, title_justify="left", pad_edge=False)
        table.add_column("id", no_wrap=True, min_width=max(len(i) for i in ids))
        table.add_column("created_at", no_wrap=True, min_width=16)
        table.add_column("kind", no_wrap=True)
        table.add_column("text", overflow="fold", ratio=1, min_width=12)
        for name in FIGURES:
            table.add_column(name, justify="right", no_wrap=True)
        table.add_column("observed_at", no_wrap=True, min_width=16)
        for row, native_id in zip(frame.itertuples(index=False), ids, strict=True):
            table.add_row(Text(bare(native_id)), _when(row.created_at), _cell(row.kind), Text(_text(row)),
                          *(_cell(getattr(row, name)) for name in FIGURES), _when(row.observed_at))
    else:
        table = Table(title=title, title_justify="left", pad_edge=False, show_lines=True)
        table.add_column("id · created_at · kind", no_wrap=True, min_width=max(16, *(len(i) for i in ids)))
        table.add_column("figures · observed_at · text", overflow="fold", ratio=1)
        for row, native_id in zip(frame.itertuples(index=False), ids, strict=True):
            figures = ", ".join(f"{name} {_cell(getattr(row, name))}" for name in FIGURES)
            table.add_row(Text(f"{bare(native_id)}\n{_when(row.created_at)}\n{_cell(row.kind)}"),
                          Text(f"{figures}\nmeasured {_when(row.observed_at)}\n{_text(row)}"))
    console.print(table)
    if prefix:
        say(console)(f"id: the last part of\n{prefix}<id>")


def _short_ids(ids: list[str]) -> tuple[list[str], str | None]:
    """Bluesky's at:// URIs of one account differ only in their last part: shown as that part, with the common
    prefix said once. Other ids are shown whole."""
    if ids and all(i.startswith("at://") for i in ids):
        prefixes = {i.rsplit("/", 1)[0] for i in ids}
        if len(prefixes) == 1:
            return [i.rsplit("/", 1)[1] for i in ids], prefixes.pop() + "/"
    return ids, None


def _text(row: object) -> str:
    """The post's text, its content warning before it."""
    warning = getattr(row, "content_warning", None)
    text = _cell(getattr(row, "text", None))
    return f"(CW: {bare(warning)}) {text}" if isinstance(warning, str) and warning else text


def _cell(value: object) -> str:
    return "–" if value is None or (not isinstance(value, str) and pd.isna(value)) else bare(value)


def _when(value: object) -> str:
    return "–" if value is None or pd.isna(value) else local_time(value)  # type: ignore[arg-type]


def accounts(
    targets: Annotated[list[str], typer.Argument(
        metavar="TARGET", help="PLATFORM:HANDLE, or just PLATFORM for every account of it; several "
                                  "PLATFORM:HANDLE with --from/--to/--every.")],
    at: AtOption = None,
    start: FromOption = None,
    end: ToOption = None,
    every: EveryOption = None,
    tz: TzOption = "Europe/Berlin",
    fmt: FormatOption = None,
    output: OutputOption = None,
    as_json: JsonOption = False,
    out: GrowthOutOption = None,
    lang: LangOption = None,
    db: DbOption = None,
) -> None:
    """Followers, following and posts of an account as of a date (the latest account snapshot ≤ --at); with
    --from/--to/--every of one or more accounts at the end of each day, week or month, with the change."""
    fmt = output_format(fmt, as_json)
    if start is not None or end is not None or every is not None:
        if at is not None:
            raise UsageError("--at gives one date; for several use --from/--to/--every, not both.")
        zone, language = parse_tz(tz), report_language(lang)
        found_growth = reichweite.account_growth(db, [parse_target(t) for t in targets], start=start, end=end,
                                                 every=every or "week", tz=zone, out=out, lang=language)
        show_growth(found_growth, fmt, output, language)
        return
    if out is not None:
        raise UsageError("--out writes the figures over time: give --from/--to/--every with it.")
    if len(targets) > 1:
        raise UsageError("Several accounts: give --from/--to/--every for their figures over time, or one account "
                         "for its figures as of --at.")
    target, when = targets[0], parse_at(at, tz)
    account = parse_account(target)
    found = reichweite.accounts(db, account, at=when)
    empty = None if len(found.frame) else f"No account figures for {target} as of {_when(found.as_of)} (Europe/Berlin)."

    def table(console: Console) -> None:
        rows = found.rows().to_dict("records")
        if not rows:
            return
        table = Table(title=f"As of {_when(found.as_of)} (latest snapshots; times Europe/Berlin)",
                      title_justify="left", pad_edge=False)
        table.add_column("account", no_wrap=True)
        for name in ("followers", "following", "posts"):
            table.add_column(name, justify="right", no_wrap=True)
        shown = any(r.get("followers_shown") for r in rows)
        if shown:
            table.add_column("shown", overflow="fold")
        table.add_column("measured", no_wrap=True, min_width=16)
        for r in rows:
            cells = [Text(bare(f"{r['platform']}:{r['handle']}")), *(_count(r.get(n)) for n in
                                                                    ("followers", "following", "posts"))]
            cells += [_cell(r.get("followers_shown"))] if shown else []
            table.add_row(*cells, _when(r["observed_at"]))
        console.print(table)

    emit(found, fmt, output, table, empty=empty)


def _count(value: object) -> str:
    if value is None or value != value:
        return "–"
    return f"{int(value):,}"  # type: ignore[call-overload]


def polls(
    target: Annotated[str | None, typer.Argument(help="PLATFORM:HANDLE or PLATFORM (default: every platform).")] = None,
    at: AtOption = None,
    tz: TzOption = "Europe/Berlin",
    fmt: FormatOption = None,
    output: OutputOption = None,
    as_json: JsonOption = False,
    out: Annotated[Path | None, typer.Option("--out", help="Also write polls.html and polls.xlsx here.",
                                             callback=check_out)] = None,
    lang: LangOption = None,
    visibility: VisibilityOption = None,
    db: DbOption = None,
) -> None:
    """Polls with options, votes, views and participation (= votes / views; unknown where views are unknown)."""
    from reichweite.report.polls import polls_text

    fmt, when = output_format(fmt, as_json), parse_at(at, tz)
    account = None
    if target:
        account = parse_account(target)
    found = reichweite.polls(db, account, at=when, out=out, lang=lang, visibility=visibility)
    for path in found.files:
        note(f"Wrote {path}")
    empty = None if found.polls else f"No polls as of {_when(found.as_of)} (Europe/Berlin)."
    emit(found, fmt, output, lambda console: found.polls and say(console)(
        polls_text(found.polls, found.as_of, found.left_out, width=console.width)), empty=empty)
