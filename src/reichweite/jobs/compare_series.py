"""A comparison of two or more accounts at one or more dates (or post ages) as a job: store → groups of the same
post → a table per date → per-account summaries, every pair's statistics, the change between dates, rates per 1,000
followers and interactions over post age → report.

`compare_series(...)` is what `reichweite compare A B [C …] --at D1 --at D2` runs; `run_comparison` is the part
`compare` (two accounts, one date) shares with it.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from pathlib import Path

import pandas as pd
import sqlalchemy as sa

from reichweite.analysis.compare import build_groups, format_duration
from reichweite.analysis.compare_results import CompareOptions, DateResult, SeriesResult
from reichweite.analysis.curves import Curves, interaction_curves
from reichweite.analysis.matching.crosspost import load_overrides
from reichweite.analysis.matching.groups import Grouping, account_keys, match_groups
from reichweite.analysis.over_time import account_changes, group_changes
from reichweite.analysis.summary import account_summaries, pairwise
from reichweite.errors import Said, UsageError
from reichweite.jobs.compare_load import Loaded, engine_of, load, measured
from reichweite.report.i18n import resolve_lang
from reichweite.report.series_files import write_series_report
from reichweite.timeutil import REPORT_TZ, utcnow


def date_label(as_of: datetime | None, age: timedelta | None) -> str:
    """'2026-11-06' for the end of a day in the report's time zone, '2026-11-06 09:00' otherwise, '7d' for ages."""
    if as_of is None:
        return format_duration(age) if age is not None else "–"
    local = as_of.astimezone(REPORT_TZ)
    if local.time() >= time(23, 59, 59):
        return local.strftime("%Y-%m-%d")
    return local.strftime("%Y-%m-%d %H:%M")


def run_comparison(
    engine: sa.Engine,
    accounts: list[tuple[str, str]],
    *,
    ats: list[datetime] | None,
    ages: list[timedelta] | None,
    options: CompareOptions,
    pair_stats: bool = True,
) -> tuple[Loaded, Grouping, list[DateResult], Curves]:
    """Everything but the report: groups, a table per date with summaries and pairs, the curves."""
    loaded = load(engine, accounts, ats=ats, ages=ages, tolerance=options.tolerance,
                  include_reposts=options.include_reposts, visibility=options.visibility)
    rules = load_overrides(options.overrides) if options.overrides else None
    grouping = match_groups([p[["native_id", "created_at", "text"]] for p in loaded.posts],
                            window=options.window, fuzzy_threshold=options.fuzzy_threshold,
                            fuzzy=options.fuzzy_threshold < 100, overrides=rules)
    count = len(ats or ages or [])
    as_of: list[datetime | None] = list(ats) if ats else [None] * count
    age_list: list[timedelta | None] = list(ages) if ages else [None] * count
    labels = [date_label(a, g) for a, g in zip(as_of, age_list, strict=True)]
    tables = build_groups(loaded.posts, loaded.figures, grouping, [a[0] for a in accounts], rule=options.rule,
                          quotes=options.quotes, followers=loaded.followers, as_of=as_of, ages=age_list,
                          labels=labels if count > 1 else None)
    dates = []
    for index, table in enumerate(tables):
        at = as_of[index]
        dates.append(DateResult(
            label=labels[index], as_of=at, age=age_list[index], table=table,
            summaries=account_summaries(table), pairwise=pairwise(table) if pair_stats else [],
            measured=[measured(posts, loaded.figures[index][i], loaded.excluded[i],
                               loaded.history if at is not None else None, at)
                      for i, posts in enumerate(loaded.posts)],
        ))
    posts = pd.concat([
        p.assign(account=k, parts=tables[-1].sides[k].set_index("id")["parts"].reindex(p["id"]).to_numpy())
        if len(tables) else p.assign(account=k)
        for k, p in zip(grouping.keys, loaded.posts, strict=True)
    ], ignore_index=True)
    columns = [c for c in ("id", "account", "native_id", "url", "created_at", "parts") if c in posts.columns]
    curves = interaction_curves(posts[columns], loaded.history, tables[-1].parts if tables else ())
    return loaded, grouping, dates, curves


def check_dates(ats: list[datetime] | None, ages: list[timedelta] | None) -> None:
    if ats and ages:
        raise UsageError(Said("Give either --at or --age, not both.", "use.at_or_age"))
    for values, option in ((ats, "--at"), (ages, "--age")):
        if values and len(set(values)) != len(values):
            raise UsageError(Said(f"{option}: the same value is given twice.", "use.twice", option=option))
        if values and list(values) != sorted(values):
            raise UsageError(Said(f"{option}: give the values in order, earliest first.", "use.order",
                                      option=option))


def report_lang(lang: str | None) -> str:
    """The report's language: `lang` if given, else from the locale."""
    try:
        return resolve_lang(lang)
    except ValueError as exc:
        raise UsageError(exc.args[0] if exc.args and isinstance(exc.args[0], Said) else str(exc)) from None


def compare_series(
    db: str | sa.Engine | None,
    accounts: list[tuple[str, str]],
    *,
    ats: list[datetime] | None = None,
    ages: list[timedelta] | None = None,
    options: CompareOptions | None = None,
    lang: str | None = None,
    out: Path | None = None,
    log: bool = False,
) -> SeriesResult:
    """Compare two or more accounts at each date of `ats` (default: now) or each post age of `ages`, matched and
    counted by `options` (default: CompareOptions()); writes the report to `out` unless it is None (in `lang`,
    charts on a logarithmic scale with `log`)."""
    check_dates(ats, ages)
    if len(accounts) < 2:
        raise UsageError(Said("Give at least two accounts to compare.", "use.two_accounts"))
    if len(set(accounts)) != len(accounts):
        raise UsageError(Said("An account is given twice.", "use.account_twice"))
    account_keys(len(accounts))
    if not ats and not ages:
        ats = [utcnow()]
    options = options or CompareOptions()
    lang = report_lang(lang)
    loaded, grouping, dates, curves = run_comparison(engine_of(db), accounts, ats=ats, ages=ages, options=options)
    changes = group_changes([d.table for d in dates], [d.label for d in dates])
    result = SeriesResult(
        accounts=accounts, options=options, grouping=grouping, dates=dates, changes=changes,
        change_summary=account_changes(changes), curves=curves, snapshots=loaded.history, lang=lang, out=out,
    )
    if out is not None:
        result.files = write_series_report(result, out, lang, log=log)
    return result
