"""`reichweite posts`, `accounts` and `polls`: what the store holds for an account as of a date."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import pandas as pd
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
    parse_account,
    parse_at,
    parse_target,
    parse_tz,
    prose,
    report_language,
    say,
)
from reichweite.cli.growth import EveryOption, FromOption, GrowthOutOption, ToOption, show_growth
from reichweite.cli.tables import Column, fits, print_drawn, print_table
from reichweite.errors import Said, UsageError
from reichweite.report.i18n import format_moment, format_number
from reichweite.results import Posts
from reichweite.terminal import bare
from reichweite.timeutil import REPORT_TZ, utcnow

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
    from reichweite.report.accounts import T

    fmt, account, when = output_format(fmt, as_json), parse_target(target), parse_at(at, tz)
    language = report_language(lang)
    found = reichweite.posts(db, account, at=when, visibility=visibility)
    if found.left_out:
        note(T.n("posts.left_out", language, found.left_out))
    empty = None if len(found.frame) else T("posts.none", language, target=target,
                                            when=format_moment(found.as_of, language))
    emit(found, fmt, output, lambda console: _posts_table(found, console, language), empty=empty, lang=language)


def _posts_table(found: Posts, console: Console, lang: str) -> None:
    """Ids and times are never folded; texts wrap between words. On a terminal wide enough one line per post;
    narrower, each post is one row of two cells (id and time | figures and text). Headers, kinds, numbers and times
    in the report's language."""
    from reichweite.report.accounts import T

    frame = found.frame
    if not len(frame):
        return
    ids, prefix = _short_ids([str(i) for i in frame["native_id"]])
    title = T.n("posts.title", lang, len(frame), account=f"{found.platform}:{found.handle}", tz=str(REPORT_TZ))
    head = {name: T(f"col.{name}", lang) for name in ("native_id", "created_at", "kind", "text", "observed_at",
                                                     *FIGURES)}

    def when(value: object) -> str:
        return format_moment(None if value is None or pd.isna(value) else value, lang)  # type: ignore[arg-type]

    def kind(value: object) -> str:
        return T(f"value.kind.{value}", lang) if f"value.kind.{value}" in T else _cell(value)

    def count(value: object) -> str:
        return format_number(None if value is None or pd.isna(value) else value, lang)  # type: ignore[arg-type]

    wide = [Column(head["native_id"], "id", label=True), Column(head["created_at"]), Column(head["kind"]),
            Column(head["text"]), *(Column(head[name], "figure") for name in FIGURES), Column(head["observed_at"])]
    rows = [[native_id, when(row.created_at), kind(row.kind), _text(row),
             *(count(getattr(row, name)) for name in FIGURES), when(row.observed_at)]
            for row, native_id in zip(frame.itertuples(index=False), ids, strict=True)]
    if fits(console, wide, rows):  # one line per post on a wide terminal, texts wrapped
        print_table(console, title, wide, rows)
    else:  # each post one row of two cells: id, time and kind | figures, measured and text
        print_table(console, title, [
            Column(f"{head['native_id']} · {head['created_at']} · {head['kind']}", "id", label=True),
            Column(f"{T('posts.figures', lang)} · {head['observed_at']} · {head['text']}")],
            [[f"{r[0]}\n{r[1]}\n{r[2]}", ", ".join(f"{head[name]} {r[4 + i]}" for i, name in enumerate(FIGURES))
              + f"\n{head['observed_at']} {r[-1]}\n{r[3]}"] for r in rows], lines=True)
    if prefix:
        say(console)(T("posts.id_prefix", lang, prefix=prefix))


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
    --from/--to/--every of one or more accounts at the end of each day, week or month, with the change. Several
    accounts with --at (default: now): the same records as --every, of one step ending at --at."""
    from reichweite.report.accounts import accounts_table, none_found

    fmt, language = output_format(fmt, as_json), report_language(lang)
    if start is not None or end is not None or every is not None:
        if at is not None:
            raise UsageError(Said("--at gives one date; for several use --from/--to/--every, not both.",
                                    "use.at_or_steps"))
        zone, language = parse_tz(tz), report_language(lang)
        found_growth = reichweite.account_growth(db, [parse_target(t) for t in targets], start=start, end=end,
                                                 every=every or "week", tz=zone, out=out, lang=language)
        show_growth(found_growth, fmt, output, language)
        return
    if len(targets) > 1:  # several accounts as of one date: the series of one step, the records of --every
        zone, when = parse_tz(tz), parse_at(at, tz) or utcnow()
        found_growth = reichweite.account_growth(db, [parse_target(t) for t in targets], start=when, end=when,
                                                 every="day", tz=zone, out=out, lang=language)
        show_growth(found_growth, fmt, output, language)
        return
    if out is not None:
        raise UsageError(Said("--out writes the figures over time: give --from/--to/--every, or several accounts, "
                              "with it.", "opt.out_over_time"))
    target, when = targets[0], parse_at(at, tz)
    account = parse_account(target)
    found = reichweite.accounts(db, account, at=when)
    empty = None if len(found.frame) else none_found(target, found.as_of, language)

    def table(console: Console) -> None:
        if len(found.frame):
            drawn = accounts_table(found.rows().to_dict("records"), found.as_of, language)
            print_table(console, drawn["title"], [Column(h, "figure" if n else "id", label=i == 0) for i, (h, n) in
                                                  enumerate(zip(drawn["headers"], drawn["numeric"], strict=True))],
                        drawn["rows"])

    emit(found, fmt, output, table, empty=empty, lang=language)


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
    from reichweite.report.polls import T, polls_sections, polls_text

    fmt, when, language = output_format(fmt, as_json), parse_at(at, tz), report_language(lang)
    account = None
    if target:
        account = parse_account(target)
    found = reichweite.polls(db, account, at=when, out=out, lang=language, visibility=visibility)
    for path in found.files:
        note(T("polls.written", language, path=str(path)))
    empty = None if found.polls else polls_text([], found.as_of, language, left_out=found.left_out)

    def table(console: Console) -> None:
        for part in polls_sections(found.polls, found.as_of, language, left_out=found.left_out):
            if isinstance(part, str):
                prose(console, part)
            else:
                print_drawn(console, part)

    emit(found, fmt, output, table if found.polls else lambda console: None, empty=empty, lang=language)
