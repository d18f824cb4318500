"""Cross-post comparison as a job: store → matching → per-pair table → statistics → report.

`compare(...)` is what `reichweite compare` runs; `posts(...)` is what `reichweite posts` runs.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pandas as pd
import sqlalchemy as sa

from reichweite.analysis.compare_results import EXCLUDED_KINDS, PLATFORM_LABELS, CompareOptions, ComparisonResult
from reichweite.errors import Said, UsageError
from reichweite.jobs.compare_load import engine_of
from reichweite.jobs.compare_series import report_lang, run_comparison
from reichweite.report.comparison_files import write_comparison_report
from reichweite.store import posts_frame, snapshots_as_of
from reichweite.timeutil import utcnow
from reichweite.visibility import SHOWN_BY_DEFAULT, level_of, shown

__all__ = ["EXCLUDED_KINDS", "PLATFORM_LABELS", "ComparisonResult", "compare", "listed_posts", "posts"]


def compare(
    db: str | sa.Engine | None,
    a: tuple[str, str],
    b: tuple[str, str],
    *,
    at: datetime | None = None,
    age: timedelta | None = None,
    options: CompareOptions | None = None,
    lang: str | None = None,
    out: Path | None = None,
    log: bool = False,
) -> ComparisonResult:
    """Compare account A with account B post by post, matched and counted by `options` (default: CompareOptions());
    writes the report to `out` when it is given (in `lang`, charts on a logarithmic scale with `log`).

    Figures are taken as of `at` (default: now) or at a post `age` (nearest snapshot after created_at + age within
    the options' tolerance); the two are exclusive.
    """
    if at is not None and age is not None:
        raise UsageError(Said("Give either --at or --age, not both.", "use.at_or_age"))
    if age is None and at is None:
        at = utcnow()
    options = options or CompareOptions()
    lang = report_lang(lang)
    loaded, grouping, dates, curves = run_comparison(
        engine_of(db), [a, b], ats=[at] if at is not None else None, ages=[age] if age is not None else None,
        options=options,
    )
    date = dates[0]
    pair = date.pairwise[0]
    result = ComparisonResult(
        a=a, b=b, at=at, age=age, options=options, unresolved_overrides=list(grouping.unresolved_overrides),
        table=pair.table, stats=pair.stats, measured_a=date.measured[0], measured_b=date.measured[1],
        snapshots=loaded.history, lang=lang, out=out, groups=date.table, summaries=date.summaries, curves=curves,
    )
    if out is not None:
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
