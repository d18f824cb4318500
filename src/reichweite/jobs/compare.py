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

from reichweite.analysis.compare import PairTable, build_pairs, format_duration, pairs_for_json
from reichweite.analysis.stats import PairedStats, paired_statistics
from reichweite.errors import ConfigError, ReichweiteError
from reichweite.metrics import interactions_definition
from reichweite.store import open_store, posts_frame, snapshots_as_of, snapshots_at_age
from reichweite.store.history import snapshot_history
from reichweite.timeutil import utcnow

PLATFORM_LABELS = {"x": "X", "bluesky": "Bluesky", "mastodon": "Mastodon", "linkedin": "LinkedIn", "xing": "Xing"}
EXCLUDED_KINDS: tuple[str, ...] = ("repost",)


@dataclass(slots=True)
class SourceDates:
    """The measurements of one source that a comparison used: how many posts, observed from when to when."""

    source: str
    posts: int
    first_observed: datetime
    last_observed: datetime


@dataclass(slots=True)
class Measured:
    """When and by what one side's figures were measured."""

    posts: int
    with_figures: int
    first_observed: datetime | None
    last_observed: datetime | None
    sources: list[SourceDates]
    excluded: dict[str, int] = field(default_factory=dict)


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

    @property
    def label_a(self) -> str:
        return f"{PLATFORM_LABELS.get(self.a[0], self.a[0])} @{self.a[1]}"

    @property
    def label_b(self) -> str:
        return f"{PLATFORM_LABELS.get(self.b[0], self.b[0])} @{self.b[1]}"

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
        }

    def to_json(self) -> dict[str, Any]:
        def measured(m: Measured) -> dict[str, Any]:
            return {
                "posts": m.posts, "with_figures": m.with_figures,
                "first_observed": m.first_observed.isoformat() if m.first_observed else None,
                "last_observed": m.last_observed.isoformat() if m.last_observed else None,
                "sources": [{"source": d.source, "posts": d.posts, "first_observed": d.first_observed.isoformat(),
                             "last_observed": d.last_observed.isoformat()} for d in m.sources],
                "excluded": m.excluded,
            }

        return {
            "a": {"platform": self.a[0], "handle": self.a[1], "measured": measured(self.measured_a)},
            "b": {"platform": self.b[0], "handle": self.b[1], "measured": measured(self.measured_b)},
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
        }


def _engine(db: str | sa.Engine | None) -> sa.Engine:
    return db if isinstance(db, sa.Engine) else open_store(db)


def _figures(
    conn: sa.Connection, frame: pd.DataFrame, at: datetime | None, age: timedelta | None, tolerance: timedelta
) -> pd.DataFrame:
    ids = [int(i) for i in frame["id"]]
    if age is not None:
        created = pd.Series(list(frame["created_at"]), index=ids)
        return snapshots_at_age(conn, created, age, tolerance)
    assert at is not None
    return snapshots_as_of(conn, ids, at)


def _source_dates(used: pd.DataFrame) -> list[SourceDates]:
    """Per source, the observed_at range of the snapshots used (one per post and source)."""
    out = []
    for source, group in used.groupby("source", sort=True):
        out.append(SourceDates(source=str(source), posts=int(group["post_id"].nunique()),
                               first_observed=group["observed_at"].min().to_pydatetime(),
                               last_observed=group["observed_at"].max().to_pydatetime()))
    return out


def _measured(
    frame: pd.DataFrame, figures: pd.DataFrame, excluded: dict[str, int], history: pd.DataFrame | None
) -> Measured:
    """What was measured when. As of a date: per source the latest snapshot ≤ date of each post (from history);
    at an age: the snapshots the age query picked."""
    used = figures[figures.index.isin(frame["id"])]
    if history is not None:
        mine = history[history["post_id"].isin(frame["id"])]
        latest = mine.sort_values("observed_at").groupby(["post_id", "source"], as_index=False).tail(1)
        sources = _source_dates(latest)
    else:
        sources = _source_dates(used.rename_axis("post_id").reset_index())
    return Measured(
        posts=int(len(frame)),
        with_figures=int(len(used)),
        first_observed=used["observed_at"].min().to_pydatetime() if len(used) else None,
        last_observed=used["observed_at"].max().to_pydatetime() if len(used) else None,
        sources=sources,
        excluded=excluded,
    )


def _account_posts(
    conn: sa.Connection, platform: str, handle: str, at: datetime | None, include_reposts: bool
) -> tuple[pd.DataFrame, dict[str, int]]:
    frame = posts_frame(conn, platform, handle)
    if frame.empty:
        raise ReichweiteError(
            f"No posts of {platform}:{handle} in the store. Import or collect them first "
            f"(e.g. `reichweite import x-archive PATH` or `reichweite collect bluesky HANDLE`)."
        )
    excluded: dict[str, int] = {}
    undated = frame["created_at"].isna()
    if undated.any():  # typed in by hand without a date: cannot be paired by time
        excluded["no created_at"] = int(undated.sum())
        frame = frame[~undated]
    if at is not None:
        frame = frame[frame["created_at"] <= at]
    if not include_reposts:
        for kind in EXCLUDED_KINDS:
            excluded[kind] = int((frame["kind"] == kind).sum())
        frame = frame[~frame["kind"].isin(EXCLUDED_KINDS)]
    return frame.reset_index(drop=True), excluded


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
    lang: str | None = None,
    out: Path | None = Path("report"),
    include_reposts: bool = False,
    log: bool = False,
) -> ComparisonResult:
    """Compare account A with account B post by post; writes the report to `out` unless it is None (charts on a
    logarithmic scale with `log`).

    Figures are taken as of `at` (default: now) or at a post `age` (nearest snapshot after created_at + age within
    `tolerance`); the two are exclusive.
    """
    from reichweite.analysis.matching.crosspost import load_overrides, match_crossposts
    from reichweite.report.i18n import resolve_lang

    if at is not None and age is not None:
        raise ConfigError("Give either --at or --age, not both.")
    if age is None and at is None:
        at = utcnow()
    try:
        lang = resolve_lang(lang)
    except ValueError as exc:
        raise ConfigError(str(exc)) from None
    engine = _engine(db)
    with engine.connect() as conn:
        a_posts, a_excluded = _account_posts(conn, *a, at, include_reposts)
        b_posts, b_excluded = _account_posts(conn, *b, at, include_reposts)
        a_figures = _figures(conn, a_posts, at, age, tolerance)
        b_figures = _figures(conn, b_posts, at, age, tolerance)
        history = snapshot_history(conn, [*map(int, a_posts["id"]), *map(int, b_posts["id"])], at)
    rules = load_overrides(overrides) if overrides else None
    matching = match_crossposts(
        a_posts[["native_id", "created_at", "text"]],
        b_posts[["native_id", "created_at", "text"]],
        window=window,
        fuzzy_threshold=fuzzy_threshold,
        fuzzy=fuzzy_threshold < 100,
        overrides=rules,
    )
    table = build_pairs(a_posts, b_posts, a_figures, b_figures, matching, platform_a=a[0], platform_b=b[0],
                        quotes=quotes)
    result = ComparisonResult(
        a=a, b=b, at=at, age=age, tolerance=tolerance, quotes=quotes, window=window,
        fuzzy_threshold=fuzzy_threshold, overrides=str(overrides) if overrides else None,
        unresolved_overrides=list(getattr(matching, "unresolved_overrides", [])),
        table=table, stats=paired_statistics(table.compared),
        measured_a=_measured(a_posts, a_figures, a_excluded, history if age is None else None),
        measured_b=_measured(b_posts, b_figures, b_excluded, history if age is None else None),
        snapshots=history, lang=lang, out=out,
    )
    if out is not None:
        from reichweite.report.comparison_files import write_comparison_report

        result.files = write_comparison_report(result, out, lang, log=log)
    return result


def posts(db: str | sa.Engine | None, platform: str, handle: str, at: datetime | None = None) -> pd.DataFrame:
    """An account's posts with kind and their figures as of `at` (default now): what `reichweite posts` lists."""
    at = at or utcnow()
    engine = _engine(db)
    with engine.connect() as conn:
        frame = posts_frame(conn, platform, handle)
        frame = frame[frame["created_at"] <= at] if not frame.empty else frame
        figures = snapshots_as_of(conn, [int(i) for i in frame["id"]], at)
    columns = ["native_id", "created_at", "kind", "text", "likes", "replies", "reposts", "quotes", "observed_at",
               "source", "url"]
    if frame.empty:
        return pd.DataFrame(columns=columns)
    joined = frame.join(figures.reindex(columns=["likes", "replies", "reposts", "quotes", "observed_at", "source"]),
                        on="id", how="left")
    return joined[columns].reset_index(drop=True)
