"""The Python API for reading figures: compare accounts post by post (`compare`, its options as one
`CompareOptions`), and an account's posts, account figures, polls and measurement history."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from reichweite.api.arguments import (
    Duration,
    StoreLike,
    Target,
    When,
    as_of,
    duration,
    report_lang,
    several,
    store_of,
    target,
    visibility_of,
)
from reichweite.errors import Said, UsageError
from reichweite.results import Accounts, Polls, Posts

if TYPE_CHECKING:
    import pandas as pd

    from reichweite.analysis.compare_results import CompareOptions, ComparisonResult, SeriesResult

def compare_options(
    *, tolerance: Duration = "12h", quotes: bool = False, window: Duration = "12h", fuzzy_threshold: float = 90.0,
    overrides: str | Path | None = None, include_reposts: bool = False, parts: str | None = None,
    visibility: str | Sequence[str] | None = None,
) -> CompareOptions:
    """How `compare` matches and counts posts, from the same arguments (text or typed) as `compare` takes."""
    from reichweite.analysis.compare_results import CompareOptions
    from reichweite.analysis.parts import parse_parts

    try:
        rule = parse_parts(parts)
    except ValueError as exc:
        raise UsageError(exc.args[0]) from None
    return CompareOptions(
        tolerance=duration(tolerance, "tolerance"), quotes=quotes, window=duration(window, "window"),
        fuzzy_threshold=fuzzy_threshold, overrides=str(overrides) if overrides else None, rule=rule,
        include_reposts=include_reposts, visibility=visibility_of(visibility))


def compare(
    store: StoreLike, a: Target, b: Target, *more: Target, at: When | Sequence[When] = None,
    age: Duration | Sequence[Duration] | None = None, tolerance: Duration = "12h", quotes: bool = False,
    window: Duration = "12h", fuzzy_threshold: float = 90.0, overrides: str | Path | None = None,
    include_reposts: bool = False, lang: str | None = None, out: str | Path | None = None, parts: str | None = None,
    visibility: str | Sequence[str] | None = None, log: bool = False, options: CompareOptions | None = None,
) -> ComparisonResult | SeriesResult:
    """Compare accounts post by post (cross-posts): groups of the same post, interactions, statistics.

    Two accounts at one date (`at`, default now) or one post `age`: a `ComparisonResult` (`.table.pairs` the pairs,
    `.matched_posts()` one row per matched post). More accounts (`*more`) or several dates (`at=[d1, d2]`) or ages
    (`age=["1h", "7d"]`, earliest first): a `SeriesResult` (`.dates` per date the accounts' summaries and every pair's
    statistics, `.change_summary` the change between consecutive dates, `.curves` interactions over post age,
    `.listing()` one row per date, group and account). `parts`: common (default), known or a list such as
    "likes,reposts". How posts are matched and counted may also come as one `options` (see `compare_options`),
    then without the single arguments. With `out` the report (HTML, workbook, charts; on a logarithmic scale with
    `log`) is written there. `.to_json()` is the JSON of `reichweite compare --json` with the same arguments."""
    from reichweite.jobs.compare import compare as run
    from reichweite.jobs.compare_series import compare_series

    ats = [w for w in (as_of(v) for v in several(at)) if w is not None]
    ages = [d for d in (duration(v, "age") for v in several(age)) if d is not None]
    if ats and ages:
        raise UsageError(Said("Give either --at or --age, not both.", "use.at_or_age"))
    given = compare_options(tolerance=tolerance, quotes=quotes, window=window, fuzzy_threshold=fuzzy_threshold,
                            overrides=overrides, include_reposts=include_reposts, parts=parts, visibility=visibility)
    if options is not None and given != type(options)():
        raise UsageError(Said("Give the comparison's options either as options or one by one, not both.",
                              "opt.options_twice"))
    sides = [target(a), target(b), *(target(m) for m in more)]
    report = dict(options=options or given, lang=report_lang(lang), out=Path(out) if out is not None else None, log=log)
    engine = store_of(store, create=False).engine
    if len(sides) == 2 and len(ats) <= 1 and len(ages) <= 1:
        return run(engine, *sides, at=ats[0] if ats else None, age=ages[0] if ages else None, **report)
    return compare_series(engine, sides, ats=ats or None, ages=ages or None, **report)


def posts(store: StoreLike, account: Target, *, at: When = None, visibility: str | Sequence[str] | None = None
          ) -> Posts:
    """An account's posts with kind and their figures as of `at` (default now). Followers-only posts only when
    `visibility` includes 'private' (`.left_out` says how many were left out)."""
    from reichweite.jobs.compare import listed_posts
    from reichweite.timeutil import utcnow

    platform, handle = target(account)
    when, levels = as_of(at) or utcnow(), visibility_of(visibility)
    frame, left_out = listed_posts(store_of(store, create=False).engine, platform, handle, when, visibility=levels)
    return Posts(platform, handle, when, frame, left_out)


def accounts(store: StoreLike, account: Target, *, at: When = None) -> Accounts:
    """Followers, following and posts as of `at` of one account ('platform:handle') or of every account of a
    platform ('platform')."""
    from reichweite.jobs.platforms import accounts_as_of
    from reichweite.timeutil import utcnow

    if isinstance(account, str) and ":" not in account:
        platform, handle = target((account, "-"))[0], None
    else:
        platform, handle = target(account)
    when = as_of(at) or utcnow()
    frame = accounts_as_of(store_of(store, create=False).engine, platform, handle, when)
    return Accounts(platform, handle, when, frame)


def polls(store: StoreLike, account: Target | None = None, *, at: When = None, out: str | Path | None = None,
          lang: str | None = None, visibility: str | Sequence[str] | None = None) -> Polls:
    """Polls (of an account, a platform, or all) with options, votes, views and participation as of `at`."""
    from reichweite.jobs.polls import polls_as_of, polls_left_out
    from reichweite.timeutil import utcnow

    platform = handle = None
    if isinstance(account, str) and ":" not in account:
        platform = target((account, "-"))[0]
    elif account is not None:
        platform, handle = target(account)
    when, language, levels = as_of(at) or utcnow(), report_lang(lang), visibility_of(visibility)
    engine = store_of(store, create=False).engine
    found = Polls(when, polls_as_of(engine, platform, handle, when, visibility=levels),
                  left_out=polls_left_out(engine, platform, handle, when, visibility=levels))
    if out is not None:
        from reichweite.report.polls import write_polls_report

        found.files = write_polls_report(found.polls, Path(out), when, language, left_out=found.left_out)
    return found


def account_history(store: StoreLike, account: Target) -> pd.DataFrame:
    """Every stored measurement of an account's followers, following and posts, oldest first (observed_at, source,
    followers, following, posts)."""
    from reichweite.jobs.platforms import account_handle
    from reichweite.store.queries_overview import account_history as history

    platform, handle = target(account)
    with store_of(store, create=False).engine.connect() as conn:
        return history(conn, platform, account_handle(platform, handle))
