"""What a comparison of two or more accounts says per account and per pair of accounts, at one date or age.

Per account, over the groups in which it and at least one other account have interactions ("compared"): how many,
wins (its post had strictly the most interactions of the group), shared first places, median, mean, total and peak
of interactions, the median per 1,000 followers and which followers count was used. Per pair of accounts: the paired
statistics of analysis.stats (wins, median ratio with its bootstrap interval, Wilcoxon) over the groups holding both.
With two accounts the per-account figures are exactly those of the pair.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from itertools import combinations
from typing import Any

import numpy as np
import pandas as pd

from reichweite.analysis.compare import GroupTable, PairTable, pair_table, plain
from reichweite.analysis.stats import (
    BOOTSTRAP_RESAMPLES,
    BOOTSTRAP_SEED,
    PairedStats,
    Peak,
    paired_statistics,
    side_summary,
)


@dataclass(slots=True)
class FollowersUsed:
    """A followers count a rate was computed with, and when and how it was measured."""

    followers: int
    observed_at: datetime
    source: str | None
    posts: int  # how many compared posts used it


@dataclass(slots=True)
class AccountSummary:
    key: str
    platform: str
    posts: int
    with_figures: int
    groups: int
    compared: int
    wins: int
    shared_first: int
    median: float | None
    mean: float | None
    total: int
    peak: Peak | None
    rated: int  # compared posts with a known followers count
    median_per_1000: float | None
    mean_per_1000: float | None
    followers: list[FollowersUsed] = field(default_factory=list)
    unmatched: int = 0

    def as_dict(self) -> dict[str, Any]:
        peak = None
        if self.peak is not None:
            peak = {"value": self.peak.value, "created_at": self.peak.created_at.isoformat(),
                    "text": self.peak.text, "url": self.peak.url, "native_id": self.peak.native_id}
        return {
            "posts": self.posts, "with_figures": self.with_figures, "groups": self.groups, "compared": self.compared,
            "wins": self.wins, "shared_first": self.shared_first, "median": self.median, "mean": self.mean,
            "total": self.total, "peak": peak, "rated": self.rated, "median_per_1000_followers": self.median_per_1000,
            "mean_per_1000_followers": self.mean_per_1000,
            "followers": [{"followers": f.followers, "observed_at": f.observed_at.isoformat(), "source": f.source,
                           "posts": f.posts} for f in self.followers],
            "unmatched": self.unmatched,
        }


@dataclass(slots=True)
class PairwiseResult:
    """One pair of accounts of a comparison: the pair table and its paired statistics."""

    first: str
    second: str
    table: PairTable
    stats: PairedStats


def _compared_mask(frame: pd.DataFrame, keys: list[str]) -> np.ndarray:
    """Per group and account: the account has interactions and at least one other account has too."""
    has = np.column_stack([frame[f"{k}_interactions"].notna().to_numpy() for k in keys]) if keys else np.zeros((0, 0))
    return has & (has.sum(axis=1, keepdims=True) >= 2)


def _followers_used(rows: pd.DataFrame, key: str) -> list[FollowersUsed]:
    known = rows[rows[f"{key}_followers"].notna() & rows[f"{key}_interactions"].notna()]
    if known.empty:
        return []
    counted = known.groupby([f"{key}_followers", f"{key}_followers_observed_at"], sort=True, dropna=False)
    out = []
    for (followers, observed_at), group in counted:
        source = group[f"{key}_followers_source"].iloc[0]
        out.append(FollowersUsed(int(followers), pd.Timestamp(observed_at).to_pydatetime(),
                                 None if pd.isna(source) else str(source), int(len(group))))
    return sorted(out, key=lambda f: f.observed_at)


def account_summaries(table: GroupTable) -> list[AccountSummary]:
    """One summary per account, in the order of the comparison."""
    frame, keys = table.frame, table.keys
    compared = _compared_mask(frame, keys)
    values = np.column_stack([frame[f"{k}_interactions"].astype("float").to_numpy() for k in keys])
    masked = np.where(compared, values, -np.inf)
    top = masked.max(axis=1, keepdims=True)
    at_top = compared & (masked == top)
    single_top = at_top.sum(axis=1) == 1
    out = []
    for i, key in enumerate(keys):
        rows = frame[compared[:, i]]
        summary = side_summary(rows[f"{key}_interactions"].astype("int64"), rows, key)
        rates = rows[f"{key}_per_1000_followers"].astype("float").dropna()
        side = table.sides[key]
        out.append(AccountSummary(
            key=key, platform=table.platforms[key], posts=int(len(side)),
            with_figures=int(side["has_figures"].sum()), groups=int(frame[f"{key}_native_id"].notna().sum()),
            compared=summary.n, wins=int((at_top[:, i] & single_top).sum()),
            shared_first=int((at_top[:, i] & ~single_top).sum()), median=summary.median, mean=summary.mean,
            total=summary.total, peak=summary.peak, rated=int(len(rates)),
            median_per_1000=float(rates.median()) if len(rates) else None,
            mean_per_1000=float(rates.mean()) if len(rates) else None,
            followers=_followers_used(rows, key), unmatched=len(table.grouping.unmatched[key]),
        ))
    return out


def pairwise(
    table: GroupTable, *, seed: int = BOOTSTRAP_SEED, resamples: int = BOOTSTRAP_RESAMPLES
) -> list[PairwiseResult]:
    """Every pair of accounts (in the order of the comparison: a–b, a–c, b–c …) with its paired statistics."""
    out = []
    for first, second in combinations(table.keys, 2):
        pairs = pair_table(table, first, second)
        out.append(PairwiseResult(first, second, pairs,
                                  paired_statistics(pairs.compared, seed=seed, resamples=resamples)))
    return out


def pairwise_row(result: PairwiseResult) -> dict[str, Any]:
    """One pair of accounts as plain values: n, wins, median ratio with interval, Wilcoxon."""
    s = result.stats
    return {
        "first": result.first, "second": result.second, "n": s.n, "wins_first": s.wins_a, "wins_second": s.wins_b,
        "ties": s.ties, "median_first": s.a.median, "median_second": s.b.median,
        "median_ratio": s.ratio.median_ratio, "low": s.ratio.low, "high": s.ratio.high, "level": s.ratio.level,
        "ratio_reason": s.ratio.reason, "wilcoxon_p": plain(s.wilcoxon.p_value),
        "rank_biserial": plain(s.wilcoxon.rank_biserial), "wilcoxon_reason": s.wilcoxon.reason,
    }
