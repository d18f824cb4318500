"""The records a comparison of accounts ends in: what was measured when, the options it ran with, the result of two
accounts at one date (`ComparisonResult`) and of two or more accounts at one or more dates (`SeriesResult`).

Jobs make them, reports read them, the Python API returns them; they say themselves as strict JSON.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pandas as pd

from reichweite import registry
from reichweite.analysis.compare import GroupTable, PairTable, format_duration, pairs_for_json
from reichweite.analysis.compare import plain as cell
from reichweite.analysis.curves import Curves
from reichweite.analysis.listing import group_listing
from reichweite.analysis.matching.groups import Grouping
from reichweite.analysis.parts import PartsRule
from reichweite.analysis.stats import PairedStats
from reichweite.analysis.summary import AccountSummary, PairwiseResult, pairwise_row
from reichweite.errors import Said, UsageError
from reichweite.jsonvalues import plain
from reichweite.metrics import RATE_DEFINITION, interactions_definition
from reichweite.visibility import SHOWN_BY_DEFAULT

PLATFORM_LABELS = {p.name: p.label for p in registry.PLATFORMS}
EXCLUDED_KINDS: tuple[str, ...] = ("repost",)


def platform_label(platform: str) -> str:
    return PLATFORM_LABELS.get(platform, platform)


def account_label(account: tuple[str, str]) -> str:
    return f"{platform_label(account[0])} @{account[1].lstrip('@')}"  # Mastodon handles carry their own @


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

    def as_dict(self) -> dict[str, Any]:
        return {
            "posts": self.posts, "with_figures": self.with_figures,
            "first_observed": self.first_observed.isoformat() if self.first_observed else None,
            "last_observed": self.last_observed.isoformat() if self.last_observed else None,
            "sources": [{"source": d.source, "posts": d.posts, "first_observed": d.first_observed.isoformat(),
                         "last_observed": d.last_observed.isoformat()} for d in self.sources],
            "excluded": self.excluded,
        }


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


@dataclass(frozen=True, slots=True)
class CompareOptions:
    """How posts are matched and counted in a comparison, the same for two accounts at one date and for a series:
    `window` the largest time between two posts of a group, `fuzzy_threshold` the similarity (0–100) from which
    slightly edited texts are paired (100: fuzzy matching off), `overrides` a file forcing or forbidding pairs,
    `rule` which interaction parts count, `quotes` quotes counted too, `tolerance` (at post ages) how long after
    the age a measurement may be, `include_reposts` reposts kept, `visibility` the levels that take part
    (followers-only posts only when it includes private)."""

    tolerance: timedelta = timedelta(hours=12)
    quotes: bool = False
    window: timedelta = timedelta(hours=12)
    fuzzy_threshold: float = 90.0
    overrides: str | None = None
    rule: PartsRule = PartsRule()
    include_reposts: bool = False
    visibility: frozenset[str] = SHOWN_BY_DEFAULT

    def __post_init__(self) -> None:
        if not 0 <= self.fuzzy_threshold <= 100:  # NaN too
            raise UsageError(Said(f"--fuzzy-threshold {self.fuzzy_threshold:g}: expected a similarity from 0 to 100 "
                                  "(100 turns fuzzy matching off)", "anl.fuzzy_threshold",
                                  value=f"{self.fuzzy_threshold:g}"))


@dataclass(slots=True)
class SeriesResult:
    accounts: list[tuple[str, str]]
    options: CompareOptions
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
            return [{k: cell(v) for k, v in row.items()} for row in frame.to_dict("records")]

        return plain({
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


@dataclass(slots=True)
class ComparisonResult:
    a: tuple[str, str]
    b: tuple[str, str]
    at: datetime | None
    age: timedelta | None
    options: CompareOptions
    unresolved_overrides: list[tuple[str, str]]
    table: PairTable
    stats: PairedStats
    measured_a: Measured
    measured_b: Measured
    snapshots: pd.DataFrame = field(repr=False)
    lang: str = "en"
    out: Path | None = None
    files: list[Path] = field(default_factory=list)
    groups: GroupTable | None = field(default=None, repr=False)
    summaries: list[AccountSummary] = field(default_factory=list, repr=False)
    curves: Curves | None = field(default=None, repr=False)

    # the options, each by its own name too
    @property
    def tolerance(self) -> timedelta:
        return self.options.tolerance

    @property
    def quotes(self) -> bool:
        return self.options.quotes

    @property
    def window(self) -> timedelta:
        return self.options.window

    @property
    def fuzzy_threshold(self) -> float:
        return self.options.fuzzy_threshold

    @property
    def overrides(self) -> str | None:
        return self.options.overrides

    @property
    def rule(self) -> PartsRule:
        return self.options.rule

    @property
    def visibility(self) -> frozenset[str]:
        return self.options.visibility

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
