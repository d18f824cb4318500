"""`reichweite posts`, `accounts` and `polls`: what the store holds for an account as of a date."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import pandas as pd
import typer
from rich.console import Console
from rich.table import Table

from reichweite.cli.common import (
    AtOption,
    DbOption,
    JsonOption,
    LangOption,
    note,
    parse_at,
    parse_target,
    print_json,
    store,
)
from reichweite.report.html import local_time
from reichweite.timeutil import utcnow


def posts(
    target: Annotated[str, typer.Argument(metavar="PLATFORM:HANDLE", help="e.g. bluesky:alice.bsky.social")],
    at: AtOption = None,
    as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """An account's posts with kind and their figures as of a date (default: now)."""
    from reichweite.jobs.compare import posts as account_posts

    (platform, handle), when = parse_target(target), parse_at(at)
    frame = account_posts(store(db, create=False), platform, handle, when)
    columns = ["native_id", "created_at", "kind", "text", "likes", "replies", "reposts", "quotes", "observed_at"]
    if as_json:
        records = json.loads(frame[columns].rename(columns={"native_id": "id"}).to_json(orient="records",
                                                                                        date_format="iso"))
        print_json(records)
        return
    table = Table(title=f"{platform}:{handle} — {len(frame)} posts (times Europe/Berlin)")
    for col in ("id", "created_at", "kind", "text", "likes", "replies", "reposts", "quotes", "observed_at"):
        numeric = col in ("likes", "replies", "reposts", "quotes")
        if col == "text":
            table.add_column(col, no_wrap=True, overflow="ellipsis", max_width=40)
        else:
            table.add_column(col, justify="right" if numeric else "left", no_wrap=True, overflow="fold",
                             min_width=len(col) if numeric else None)
    for row in frame.itertuples(index=False):
        table.add_row(
            _cell(row.native_id), _when(row.created_at), _cell(row.kind), _cell(row.text), _cell(row.likes),
            _cell(row.replies), _cell(row.reposts), _cell(row.quotes), _when(row.observed_at),
        )
    Console().print(table)


def _cell(value: object) -> str:
    return "–" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)


def _when(value: object) -> str:
    return "–" if value is None or pd.isna(value) else local_time(value)  # type: ignore[arg-type]


def accounts(
    target: Annotated[str, typer.Argument(help="PLATFORM:HANDLE, or just PLATFORM for every account of it.")],
    at: AtOption = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Followers, following and posts of an account as of a date (the latest account snapshot ≤ --at)."""
    from reichweite.jobs.platforms import accounts_as_of

    platform, handle = (parse_target(target) if ":" in target else (parse_target(f"{target}:x")[0], None))
    when = parse_at(at) or utcnow()
    frame = accounts_as_of(store(db, create=False), platform, handle, when)
    rows = [] if frame.empty else frame.to_dict("records")
    if as_json:
        print_json({"platform": platform, "handle": handle, "as_of": when.isoformat(), "accounts": [
            {k: (None if v is None or v != v else v) for k, v in r.items()} for r in rows
        ]})
        return
    if not rows:
        note(f"No account figures for {target} as of {when.isoformat()}.")
        raise typer.Exit(1)
    typer.echo(f"As of {when.isoformat()} (latest snapshot at or before it):")
    for r in rows:
        cells = [f"{name} {_fmt(r.get(name))}" for name in ("followers", "following", "posts")]
        shown = f" (shown: {r['followers_shown']})" if r.get("followers_shown") else ""
        typer.echo(f"  {r['platform']}:{r['handle']}  {', '.join(cells)}{shown}  measured {r['observed_at']}")


def _fmt(value: object) -> str:
    if value is None or value != value:
        return "–"
    return f"{int(value):,}"  # type: ignore[call-overload]


def polls(
    target: Annotated[str | None, typer.Argument(help="PLATFORM:HANDLE or PLATFORM (default: every platform).")] = None,
    at: AtOption = None,
    db: DbOption = None,
    as_json: JsonOption = False,
    out: Annotated[Path | None, typer.Option("--out", help="Also write polls.html and polls.xlsx here.")] = None,
    lang: LangOption = None,
) -> None:
    """Polls with options, votes, views and participation (= votes / views; unknown where views are unknown)."""
    from reichweite.jobs.polls import polls_as_of
    from reichweite.report.polls import polls_json, polls_text, write_polls_report

    platform: str | None = None
    handle: str | None = None
    if target:
        platform, handle = parse_target(target) if ":" in target else (parse_target(f"{target}:x")[0], None)
    when = parse_at(at) or utcnow()
    polls = polls_as_of(store(db, create=False), platform, handle, when)
    if out is not None:
        for path in write_polls_report(polls, out, when, lang):
            note(f"Wrote {path}")
    if as_json:
        print_json(polls_json(polls, when))
        return
    typer.echo(polls_text(polls, when))
