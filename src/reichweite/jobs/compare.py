"""Cross-post comparison as a job: store → matching → per-pair table → statistics → report.

`compare(...)` is what `reichweite compare` runs; `posts(...)` is what `reichweite posts` runs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pandas as pd
import sqlalchemy as sa

from reichweite.analysis.compare import GroupTable, PairTable, format_duration, pairs_for_json
from reichweite.analysis.curves import Curves
from reichweite.analysis.parts import PartsRule, parse_parts
from reichweite.analysis.stats import PairedStats
from reichweite.analysis.summary import AccountSummary
from reichweite.errors import UsageError
from reichweite.jobs.compare_load import (
    EXCLUDED_KINDS,
    PLATFORM_LABELS,
    Measured,
    SourceDates,
    account_label,
    engine_of,
)
from reichweite.metrics import RATE_DEFINITION, interactions_definition
from reichweite.report.machine import plain
from reichweite.store import posts_frame, snapshots_as_of
from reichweite.timeutil import utcnow
from reichweite.visibility import SHOWN_BY_DEFAULT, level_of, shown

__all__ = ["EXCLUDED_KINDS", "PLATFORM_LABELS", "ComparisonResult", "Measured", "SourceDates", "compare",
           "listed_posts", "posts"]


@dataclass(slots=True)
class ComparisonResult:
    a: tuple[str, str]
    b: tuple[str, str]
    at: datetime | None
    age: timedelta | None
    tolerance: timedelta
    quotes: bool
    window: timedelta
    fuzzy_threshold: float
    overrides: str | None
    unresolved_overrides: list[tuple[str, str]]
    table: PairTable
    stats: PairedStats
    measured_a: Measured
    measured_b: Measured
    snapshots: pd.DataFrame = field(repr=False)
    lang: str = "en"
    out: Path | None = None
    files: list[Path] = field(default_factory=list)
    rule: PartsRule = field(default_factory=PartsRule)
    groups: GroupTable | None = field(default=None, repr=False)
    summaries: list[AccountSummary] = field(default_factory=list, repr=False)
    curves: Curves | None = field(default=None, repr=False)
    visibility: frozenset[str] = SHOWN_BY_DEFAULT

    @property
    def label_a(self) -> str:
        return account_label(self.a)

    @property
    def label_b(self) -> str:
        return account_label(self.b)

    @property
    def platform_label_a(self) -> str:
        return PLATFORM_LABELS.get(self.a[0], self.a[0])

    @property
    def platform_label_b(self) -> str:
        return PLATFORM_LABELS.get(self.b[0], self.b[0])

    @property
    def parts_note(self) -> str | None:
        return self.table.parts_note(self.platform_label_a, self.platform_label_b)

    @property
    def measurement_gap(self) -> timedelta | None:
        """How far apart the two sides' latest measurements are (None when a side has none)."""
        a, b = self.measured_a.last_observed, self.measured_b.last_observed
        return abs(a - b) if a is not None and b is not None else None

    @property
    def report(self) -> Path | None:
        return self.out / "index.html" if self.out is not None and self.files else None

    def definitions(self) -> dict[str, Any]:
        return {
            "interactions": interactions_definition(self.table.parts),
            "requested_interactions": interactions_definition(self.table.requested_parts),
            "parts_note": self.parts_note,
            "measurement_gap_hours": round(self.measurement_gap.total_seconds() / 3600, 1)
            if self.measurement_gap is not None else None,
            "as_of": self.at.isoformat() if self.at else None,
            "age": format_duration(self.age) if self.age is not None else None,
            "tolerance": format_duration(self.tolerance) if self.age is not None else None,
            "window": format_duration(self.window),
            "fuzzy_threshold": self.fuzzy_threshold,
            "overrides": self.overrides,
            "unresolved_overrides": [list(p) for p in self.unresolved_overrides],
            "excluded_kinds": list(EXCLUDED_KINDS),
            "difference": "b - a",
            "ratio": "(b + 1) / (a + 1)",
            "test": "Wilcoxon signed-rank, two-sided, paired, zero differences left out",
            "interval": self.stats.ratio.method,
            "parts_rule": self.rule.label,
            "parts_coverage": self.table.coverage,
            "per_1000_followers": RATE_DEFINITION,
        }

    def matched_posts(self) -> pd.DataFrame:
        """One row per matched post (a pair is a group of two): see `matched_posts`."""
        return matched_posts(self)

    def rows(self) -> pd.DataFrame:
        """The rows of `reichweite compare --format csv|jsonl`: the matched posts in long form."""
        return matched_posts(self)

    def to_json(self) -> dict[str, Any]:
        rates = {s.key: s.as_dict() for s in self.summaries}
        return plain({
            "a": {"platform": self.a[0], "handle": self.a[1], "measured": self.measured_a.as_dict(),
                  "summary": rates.get("a")},
            "b": {"platform": self.b[0], "handle": self.b[1], "measured": self.measured_b.as_dict(),
                  "summary": rates.get("b")},
            "definitions": self.definitions(),
            "summary": {
                **self.stats.as_dict(),
                "pairs_matched": int(len(self.table.pairs)),
                "pairs_lacking_figures": int(len(self.table.lacking)),
            },
            "pairs": pairs_for_json(self.table),
            "unmatched_a": [str(i) for i in self.table.unmatched_a["native_id"]],
            "unmatched_b": [str(i) for i in self.table.unmatched_b["native_id"]],
            "report": str(self.report) if self.report else None,
        })


MATCHED_POST_COLUMNS = ["as_of", "age", "group", "account", "platform", "handle", "post_id", "url", "created_at",
                        "observed_at", "likes", "reposts", "replies", "quotes", "interactions", "per_1000_followers",
                        "match", "lacking_figures"]


def matched_posts(result: ComparisonResult) -> pd.DataFrame:
    """The matched posts in long form, one row per post: its group (the pair, numbered in order of A's posts), the
    account, the post, its figures and interactions as of the comparison's date (or at its age). A row without
    figures at that time has them null and lacking_figures true. per_1000_followers is null where the account's
    followers as of that time are unknown."""
    rows: list[dict[str, Any]] = []
    age = format_duration(result.age) if result.age is not None else None
    for group, pair in enumerate(result.table.pairs.to_dict("records"), 1):
        lacking = pair.get("lacking")
        for side, (platform, handle) in (("a", result.a), ("b", result.b)):
            rows.append({
                "as_of": result.at, "age": age, "group": group, "account": f"{platform}:{handle}",
                "platform": platform, "handle": handle, "post_id": pair.get(f"{side}_native_id"),
                "url": pair.get(f"{side}_url"), "created_at": pair.get(f"{side}_created_at"),
                "observed_at": pair.get(f"{side}_observed_at"),
                **{part: pair.get(f"{side}_{part}") for part in ("likes", "reposts", "replies", "quotes")},
                "interactions": pair.get(f"{side}_interactions"),
                "per_1000_followers": pair.get(f"{side}_per_1000_followers"),
                "match": pair.get("method"), "lacking_figures": lacking in (side, "both", "parts"),
            })
    return pd.DataFrame(rows, columns=MATCHED_POST_COLUMNS, dtype=object)


def compare(
    db: str | sa.Engine | None,
    a: tuple[str, str],
    b: tuple[str, str],
    *,
    at: datetime | None = None,
    age: timedelta | None = None,
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
) -> ComparisonResult:
    """Compare account A with account B post by post; writes the report to `out` when it is given (charts on a
    logarithmic scale with `log`).

    Figures are taken as of `at` (default: now) or at a post `age` (nearest snapshot after created_at + age within
    `tolerance`); the two are exclusive. `parts`: common (default), known or a list (see analysis.parts).
    Followers-only posts are left out (and counted) unless `visibility` includes `private`.
    """
    from reichweite.jobs.compare_series import Options, run_comparison
    from reichweite.report.i18n import resolve_lang

    if at is not None and age is not None:
        raise UsageError("Give either --at or --age, not both.")
    if not 0 <= fuzzy_threshold <= 100:  # NaN too
        raise UsageError(f"--fuzzy-threshold {fuzzy_threshold:g}: expected a similarity from 0 to 100 (100 turns "
                          "fuzzy matching off)")
    if age is None and at is None:
        at = utcnow()
    try:
        lang = resolve_lang(lang)
        rule = parts if isinstance(parts, PartsRule) else parse_parts(parts)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    options = Options(tolerance=tolerance, quotes=quotes, window=window, fuzzy_threshold=fuzzy_threshold,
                      overrides=str(overrides) if overrides else None, rule=rule, include_reposts=include_reposts,
                      visibility=visibility)
    loaded, grouping, dates, curves = run_comparison(
        engine_of(db), [a, b], ats=[at] if at is not None else None, ages=[age] if age is not None else None,
        options=options,
    )
    date = dates[0]
    pair = date.pairwise[0]
    result = ComparisonResult(
        a=a, b=b, at=at, age=age, tolerance=tolerance, quotes=quotes, window=window,
        fuzzy_threshold=fuzzy_threshold, overrides=options.overrides,
        unresolved_overrides=list(grouping.unresolved_overrides),
        table=pair.table, stats=pair.stats, measured_a=date.measured[0], measured_b=date.measured[1],
        snapshots=loaded.history, lang=lang, out=out, rule=rule, groups=date.table, summaries=date.summaries,
        curves=curves, visibility=visibility,
    )
    if out is not None:
        from reichweite.report.comparison_files import write_comparison_report

        result.files = write_comparison_report(result, out, lang, log=log)
    return result


def posts(
    db: str | sa.Engine | None, platform: str, handle: str, at: datetime | None = None, *,
    visibility: frozenset[str] = SHOWN_BY_DEFAULT,
) -> pd.DataFrame:
    """An account's posts with kind and their figures as of `at` (default now): what `reichweite posts` lists.
    Followers-only posts only when `visibility` includes them (listed_posts also says how many it left out)."""
    return listed_posts(db, platform, handle, at, visibility=visibility)[0]


def listed_posts(
    db: str | sa.Engine | None, platform: str, handle: str, at: datetime | None = None, *,
    visibility: frozenset[str] = SHOWN_BY_DEFAULT,
) -> tuple[pd.DataFrame, int]:
    """posts() and how many posts it left out for their visibility (followers-only)."""
    at = at or utcnow()
    engine = engine_of(db)
    with engine.connect() as conn:
        frame = posts_frame(conn, platform, handle)
        frame = frame[frame["created_at"] <= at] if not frame.empty else frame
        frame, left_out = shown(frame, visibility)
        figures = snapshots_as_of(conn, [int(i) for i in frame["id"]], at)
    columns = ["native_id", "created_at", "kind", "visibility", "content_warning", "text", "likes", "replies",
               "reposts", "quotes", "observed_at", "source", "url"]
    if frame.empty:
        return pd.DataFrame(columns=columns), left_out
    joined = frame.join(figures.reindex(columns=["likes", "replies", "reposts", "quotes", "observed_at", "source"]),
                        on="id", how="left")
    joined["visibility"] = joined["visibility"].map(level_of)
    return joined[columns].reset_index(drop=True), left_out
