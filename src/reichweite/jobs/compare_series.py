"""A comparison of two or more accounts at one or more dates (or post ages) as a job: store → groups of the same
post → a table per date → per-account summaries, every pair's statistics, the change between dates, rates per 1,000
followers and interactions over post age → report.

`compare_series(...)` is what `reichweite compare A B [C …] --at D1 --at D2` runs; `run_comparison` is the part
`compare` (two accounts, one date) shares with it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any

import pandas as pd
import sqlalchemy as sa

from reichweite.analysis.compare import GroupTable, build_groups, format_duration, plain
from reichweite.analysis.curves import Curves, interaction_curves
from reichweite.analysis.listing import group_listing
from reichweite.analysis.matching.groups import Grouping, match_groups
from reichweite.analysis.over_time import account_changes, group_changes
from reichweite.analysis.parts import PartsRule
from reichweite.analysis.summary import AccountSummary, PairwiseResult, account_summaries, pairwise, pairwise_row
from reichweite.errors import UsageError
from reichweite.jobs.compare_load import (
    EXCLUDED_KINDS,
    Loaded,
    Measured,
    account_label,
    engine_of,
    load,
    measured,
    platform_label,
)
from reichweite.metrics import RATE_DEFINITION, interactions_definition
from reichweite.report.machine import plain as machine_plain
from reichweite.timeutil import REPORT_TZ, utcnow
from reichweite.visibility import SHOWN_BY_DEFAULT


@dataclass(slots=True)
class DateResult:
    """One date (or age) of a comparison."""

    label: str
    as_of: datetime | None
    age: timedelta | None
    table: GroupTable
    summaries: list[AccountSummary]
    pairwise: list[PairwiseResult]
    measured: list[Measured]


@dataclass(slots=True)
class Options:
    tolerance: timedelta
    quotes: bool
    window: timedelta
    fuzzy_threshold: float
    overrides: str | None
    rule: PartsRule
    include_reposts: bool
    visibility: frozenset[str] = SHOWN_BY_DEFAULT  # followers-only posts take part only when it includes private


@dataclass(slots=True)
class SeriesResult:
    accounts: list[tuple[str, str]]
    options: Options
    grouping: Grouping
    dates: list[DateResult]
    changes: pd.DataFrame = field(repr=False)
    change_summary: pd.DataFrame = field(repr=False)
    curves: Curves = field(repr=False)
    snapshots: pd.DataFrame = field(repr=False)
    lang: str = "en"
    out: Path | None = None
    files: list[Path] = field(default_factory=list)

    @property
    def keys(self) -> list[str]:
        return self.grouping.keys

    @property
    def labels(self) -> list[str]:
        return [account_label(a) for a in self.accounts]

    @property
    def platform_labels(self) -> list[str]:
        return [platform_label(a[0]) for a in self.accounts]

    @property
    def report(self) -> Path | None:
        return self.out / "index.html" if self.out is not None and self.files else None

    def listing(self) -> pd.DataFrame:
        """One row per date (or age), group and account: what `--format csv|jsonl` prints."""
        return group_listing([d.table for d in self.dates], self.accounts)

    def rows(self) -> pd.DataFrame:
        """The rows of `reichweite compare --format csv|jsonl`: the listing."""
        return self.listing()

    def label_of(self, key: str) -> str:
        """'X @tagesfoto' for the account key 'a'."""
        return account_label(self.accounts[self.keys.index(key)])

    def definitions(self) -> dict[str, Any]:
        first = self.dates[0].table
        return {
            "interactions": interactions_definition(first.parts),
            "requested_interactions": interactions_definition(first.requested_parts),
            "parts_rule": self.options.rule.label,
            "per_1000_followers": RATE_DEFINITION,
            "window": format_duration(self.options.window),
            "fuzzy_threshold": self.options.fuzzy_threshold,
            "tolerance": format_duration(self.options.tolerance) if self.dates[0].age is not None else None,
            "overrides": self.options.overrides,
            "unresolved_overrides": [list(p) for p in self.grouping.unresolved_overrides],
            "excluded_kinds": [] if self.options.include_reposts else list(EXCLUDED_KINDS),
            "groups": "one post per account; each post paired with the group's first post (in account order) "
                      "within the window",
            "wins": "the account's post had strictly the most interactions of the group",
            "ratio": "(second + 1) / (first + 1) per group holding both",
            "change": "later − earlier; change % = change / earlier × 100 (unknown where earlier is 0)",
            "test": "Wilcoxon signed-rank, two-sided, paired, zero differences left out",
        }

    def to_json(self) -> dict[str, Any]:
        def date(d: DateResult) -> dict[str, Any]:
            return {
                "label": d.label,
                "as_of": d.as_of.isoformat() if d.as_of else None,
                "age": format_duration(d.age) if d.age is not None else None,
                "parts": list(d.table.parts),
                "left_out": [{"part": p.part, "account": p.side, "missing": p.missing, "total": p.total,
                              "at": p.as_of} for p in d.table.left_out],
                "coverage": d.table.coverage,
                "groups": int(len(d.table.frame)),
                "accounts": {s.key: {**s.as_dict(), "measured": m.as_dict()}
                             for s, m in zip(d.summaries, d.measured, strict=True)},
                "pairwise": [pairwise_row(p) for p in d.pairwise],
            }

        def records(frame: pd.DataFrame) -> list[dict[str, Any]]:
            return [{k: plain(v) for k, v in row.items()} for row in frame.to_dict("records")]

        return machine_plain({
            "accounts": [{"key": k, "platform": a[0], "handle": a[1], "label": account_label(a),
                          "unmatched": [str(i) for i in self.grouping.unmatched[k]]}
                         for k, a in zip(self.keys, self.accounts, strict=True)],
            "definitions": self.definitions(),
            "dates": [date(d) for d in self.dates],
            "change": records(self.change_summary),
            "curves": {"curve": records(self.curves.curve.assign(
                age_from=self.curves.curve["age_from"].map(_duration_text),
                age_to=self.curves.curve["age_to"].map(_duration_text))),
                "measured_once": records(self.curves.measured_once)},
            "report": str(self.report) if self.report else None,
        })


def _duration_text(value: Any) -> str | None:
    return None if value is None or pd.isna(value) else format_duration(pd.Timedelta(value).to_pytimedelta())


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
    options: Options,
    pair_stats: bool = True,
) -> tuple[Loaded, Grouping, list[DateResult], Curves]:
    """Everything but the report: groups, a table per date with summaries and pairs, the curves."""
    from reichweite.analysis.matching.crosspost import load_overrides

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
        raise UsageError("Give either --at or --age, not both.")
    for values, option in ((ats, "--at"), (ages, "--age")):
        if values and len(set(values)) != len(values):
            raise UsageError(f"{option}: the same value is given twice.")
        if values and list(values) != sorted(values):
            raise UsageError(f"{option}: give the values in order, earliest first.")


def compare_series(
    db: str | sa.Engine | None,
    accounts: list[tuple[str, str]],
    *,
    ats: list[datetime] | None = None,
    ages: list[timedelta] | None = None,
    tolerance: timedelta = timedelta(hours=12),
    quotes: bool = False,
    window: timedelta = timedelta(hours=12),
    fuzzy_threshold: float = 90.0,
    overrides: str | Path | None = None,
    parts: PartsRule | str | None = None,
    lang: str | None = None,
    out: Path | None = None,
    include_reposts: bool = False,
    visibility: frozenset[str] = SHOWN_BY_DEFAULT,
    log: bool = False,
) -> SeriesResult:
    """Compare two or more accounts at each date of `ats` (default: now) or each post age of `ages`; writes the
    report to `out` unless it is None (charts on a logarithmic scale with `log`). `parts`: common (default), known
    or a list (see analysis.parts). Followers-only posts are left out (and counted) unless `visibility` includes
    `private`."""
    from reichweite.analysis.parts import parse_parts
    from reichweite.report.i18n import resolve_lang

    check_dates(ats, ages)
    if not 0 <= fuzzy_threshold <= 100:  # NaN too
        raise UsageError(f"--fuzzy-threshold {fuzzy_threshold:g}: expected a similarity from 0 to 100 (100 turns "
                          "fuzzy matching off)")
    if len(accounts) < 2:
        raise UsageError("Give at least two accounts to compare.")
    if len(set(accounts)) != len(accounts):
        raise UsageError("An account is given twice.")
    if not ats and not ages:
        ats = [utcnow()]
    try:
        lang = resolve_lang(lang)
        rule = parts if isinstance(parts, PartsRule) else parse_parts(parts)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    options = Options(tolerance=tolerance, quotes=quotes, window=window, fuzzy_threshold=fuzzy_threshold,
                      overrides=str(overrides) if overrides else None, rule=rule,
                      include_reposts=include_reposts, visibility=visibility)
    loaded, grouping, dates, curves = run_comparison(engine_of(db), accounts, ats=ats, ages=ages, options=options)
    changes = group_changes([d.table for d in dates], [d.label for d in dates])
    result = SeriesResult(
        accounts=accounts, options=options, grouping=grouping, dates=dates, changes=changes,
        change_summary=account_changes(changes), curves=curves, snapshots=loaded.history, lang=lang, out=out,
    )
    if out is not None:
        from reichweite.report.series_files import write_series_report

        result.files = write_series_report(result, out, lang, log=log)
    return result
