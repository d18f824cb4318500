"""Paired statistics for two sides A and B of matched posts: who wins how often, by how much, how sure.

Every result carries the reason when it could not be computed, so a report never shows a bare number.

Ratio: per pair r = (b + 1) / (a + 1). The +1 on both sides keeps pairs where a side has 0 interactions (a plain
b / a is undefined for a = 0 and infinite-looking for tiny a); it pulls ratios of small counts towards 1, which
makes the ratio conservative, never more extreme. The interval is a percentile bootstrap of the median of r over
pairs (pairs are resampled with replacement, so the pairing is kept), seeded so that a report can be reproduced.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import numpy as np
import pandas as pd
from scipy import stats as sps

from reichweite.timeutil import REPORT_TZ, iso_utc

BOOTSTRAP_SEED = 20260301
BOOTSTRAP_RESAMPLES = 9999
CONFIDENCE = 0.95
# below this many non-zero differences the exact two-sided p-value cannot fall under 0.05 (2 / 2**5 = 0.0625)
MIN_WILCOXON_N = 6
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass(slots=True)
class Peak:
    """The pair in which one side had its most interactions."""

    value: int
    created_at: datetime
    text: str
    url: str | None
    native_id: str


@dataclass(slots=True)
class SideSummary:
    n: int
    total: int
    mean: float | None
    median: float | None
    peak: Peak | None


@dataclass(slots=True)
class WilcoxonResult:
    """Paired Wilcoxon signed-rank test of B − A. `reason` says why it was not run (then p_value is None)."""

    n_pairs: int
    n_used: int
    n_zero_differences: int
    statistic: float | None = None
    p_value: float | None = None
    method: str | None = None
    rank_biserial: float | None = None
    reason: str | None = None


@dataclass(slots=True)
class RatioInterval:
    """Median of (b+1)/(a+1) over pairs with a percentile-bootstrap interval."""

    median_ratio: float | None
    low: float | None = None
    high: float | None = None
    level: float = CONFIDENCE
    resamples: int = BOOTSTRAP_RESAMPLES
    seed: int = BOOTSTRAP_SEED
    method: str = "percentile bootstrap over pairs, ratio (b+1)/(a+1)"
    reason: str | None = None


@dataclass(slots=True)
class PairedStats:
    n: int
    a: SideSummary
    b: SideSummary
    wins_a: int
    wins_b: int
    ties: int
    median_difference: float | None
    mean_difference: float | None
    wilcoxon: WilcoxonResult
    ratio: RatioInterval
    zero_a: int
    zero_b: int
    by_month: pd.DataFrame = field(repr=False)
    by_weekday: pd.DataFrame = field(repr=False)
    daily: pd.DataFrame = field(repr=False)

    @property
    def share_a(self) -> float | None:
        return self.wins_a / self.n if self.n else None

    @property
    def share_b(self) -> float | None:
        return self.wins_b / self.n if self.n else None

    @property
    def share_ties(self) -> float | None:
        return self.ties / self.n if self.n else None

    def as_dict(self) -> dict[str, Any]:
        """Plain values for JSON (no frames except the breakdowns as lists of records)."""

        def side(s: SideSummary) -> dict[str, Any]:
            peak = None
            if s.peak is not None:
                peak = {"value": s.peak.value, "created_at": iso_utc(s.peak.created_at), "text": s.peak.text,
                        "url": s.peak.url, "native_id": s.peak.native_id}
            return {"n": s.n, "total": s.total, "mean": s.mean, "median": s.median, "peak": peak}

        w, r = self.wilcoxon, self.ratio
        return {
            "n": self.n,
            "a": side(self.a),
            "b": side(self.b),
            "wins_a": self.wins_a, "wins_b": self.wins_b, "ties": self.ties,
            "share_a": self.share_a, "share_b": self.share_b, "share_ties": self.share_ties,
            "median_difference": self.median_difference, "mean_difference": self.mean_difference,
            "zero_a": self.zero_a, "zero_b": self.zero_b,
            "wilcoxon": {
                "n_pairs": w.n_pairs, "n_used": w.n_used, "n_zero_differences": w.n_zero_differences,
                "statistic": w.statistic, "p_value": w.p_value, "method": w.method,
                "rank_biserial": w.rank_biserial, "reason": w.reason,
            },
            "ratio": {
                "median_ratio": r.median_ratio, "low": r.low, "high": r.high, "level": r.level,
                "resamples": r.resamples, "seed": r.seed, "method": r.method, "reason": r.reason,
            },
            "by_month": _records(self.by_month),
            "by_weekday": _records(self.by_weekday),
        }


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    out = []
    for row in frame.to_dict("records"):
        out.append({k: (None if isinstance(v, float) and math.isnan(v) else v) for k, v in row.items()})
    return out


def pair_ratio(a: np.ndarray | pd.Series, b: np.ndarray | pd.Series) -> np.ndarray:
    """(b + 1) / (a + 1) per pair: defined for zeros, see the module docstring."""
    return (np.asarray(b, dtype=float) + 1.0) / (np.asarray(a, dtype=float) + 1.0)


def side_summary(values: pd.Series, frame: pd.DataFrame, prefix: str) -> SideSummary:
    """n, total, mean, median and peak of one side's interactions (frame holds <prefix>_created_at/_text/...)."""
    n = int(values.size)
    if n == 0:
        return SideSummary(n=0, total=0, mean=None, median=None, peak=None)
    arr = values.to_numpy(dtype=float)
    top = int(np.argmax(arr))  # the first of equal maxima: the earliest post, frames are sorted by time
    row = frame.iloc[top]
    url = row.get(f"{prefix}_url")
    peak = Peak(
        value=int(arr[top]),
        created_at=pd.Timestamp(row[f"{prefix}_created_at"]).to_pydatetime(),
        text=str(row.get(f"{prefix}_text") or ""),
        url=None if url is None or (isinstance(url, float) and math.isnan(url)) else str(url),
        native_id=str(row[f"{prefix}_native_id"]),
    )
    return SideSummary(n=n, total=int(arr.sum()), mean=float(arr.mean()), median=float(np.median(arr)), peak=peak)


def wilcoxon_test(a: np.ndarray, b: np.ndarray) -> WilcoxonResult:
    """Two-sided paired Wilcoxon signed-rank test on d = b − a; zero differences are left out (Wilcoxon's rule).

    Effect size: matched-pairs rank-biserial correlation (W+ − W−) / (W+ + W−), from −1 (A always higher) to +1.
    """
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    d = b - a
    nonzero = d[d != 0]
    result = WilcoxonResult(n_pairs=int(d.size), n_used=int(nonzero.size), n_zero_differences=int((d == 0).sum()))
    if d.size == 0:
        result.reason = "no pairs with figures on both sides"
        return result
    if nonzero.size == 0:
        result.reason = f"all {d.size} differences are zero: both sides are equal, there is nothing to test"
        return result
    if nonzero.size < MIN_WILCOXON_N:
        smallest = 2.0 / 2**nonzero.size
        result.reason = (
            f"only {nonzero.size} pairs differ; with so few the smallest possible p-value is {smallest:.3f}, "
            "so the test could not show a difference even if there were one"
        )
        return result
    ranks = sps.rankdata(np.abs(nonzero))
    w_plus = float(ranks[nonzero > 0].sum())
    w_minus = float(ranks[nonzero < 0].sum())
    # exact null distribution for small samples without ties; otherwise the normal approximation (tie-corrected)
    exact = nonzero.size <= 50 and len(np.unique(np.abs(nonzero))) == nonzero.size
    test = sps.wilcoxon(nonzero, alternative="two-sided", method="exact" if exact else "approx")
    result.statistic = float(test.statistic)
    result.p_value = float(test.pvalue)
    result.method = "exact" if exact else "normal approximation"
    result.rank_biserial = (w_plus - w_minus) / (w_plus + w_minus)
    return result


def bootstrap_median_ratio(
    ratios: np.ndarray, *, seed: int = BOOTSTRAP_SEED, resamples: int = BOOTSTRAP_RESAMPLES, level: float = CONFIDENCE
) -> RatioInterval:
    """Median of the per-pair ratios and its percentile-bootstrap interval (pairs resampled with replacement)."""
    ratios = np.asarray(ratios, dtype=float)
    if ratios.size == 0:
        return RatioInterval(median_ratio=None, reason="no pairs with figures on both sides", seed=seed,
                             resamples=resamples, level=level)
    median = float(np.median(ratios))
    if ratios.size < 2:
        return RatioInterval(median_ratio=median, reason="one pair only: no interval can be estimated", seed=seed,
                             resamples=resamples, level=level)
    medians = _resampled_medians(ratios, seed, resamples)
    alpha = (1.0 - level) / 2.0
    low, high = np.quantile(medians, [alpha, 1.0 - alpha])
    return RatioInterval(median_ratio=median, low=float(low), high=float(high), level=level, resamples=resamples,
                         seed=seed)


def _resampled_medians(ratios: np.ndarray, seed: int, resamples: int) -> np.ndarray:
    """The median of each resample (pairs drawn with replacement, in blocks to bound memory), exactly as np.median
    of the drawn ratios gives it, found by counting instead of sorting: each draw becomes the rank of its ratio,
    the ranks are counted per resample, and the middle rank (the two middle ranks for an even count) is where the
    running count passes half the draws; its ratio is looked up. The draws (and so the interval for a seed) are
    those of drawing the ratios themselves."""
    n = ratios.size
    order = np.argsort(ratios, kind="stable")
    ordered = ratios[order]
    rank = np.empty(n, dtype=np.intp)
    rank[order] = np.arange(n)
    half = n // 2
    rng = np.random.default_rng(seed)
    medians = np.empty(resamples)
    block = max(1, 2_000_000 // n)
    rows = max(1, min(block, 150_000 // n))  # resamples counted at once: their counts stay in the CPU cache
    offsets = np.arange(rows)[:, None] * n
    for start in range(0, resamples, block):
        drawn = rank[rng.integers(0, n, size=(min(resamples, start + block) - start, n))]
        for first in range(0, len(drawn), rows):
            part = drawn[first : first + rows]
            part += offsets[: len(part)]  # resample i counts in bins i·n … i·n + n − 1
            running = np.bincount(part.ravel(), minlength=part.size).reshape(part.shape).cumsum(axis=1)
            upper = ordered[(running <= half).sum(axis=1)]
            at = start + first
            if n % 2:
                medians[at : at + len(part)] = upper
            else:  # np.median's mean of the two middle values
                medians[at : at + len(part)] = (ordered[(running <= half - 1).sum(axis=1)] + upper) / 2.0
    return medians


def _group_table(frame: pd.DataFrame, key: pd.Series, a: str, b: str) -> pd.DataFrame:
    rows = []
    for value, group in frame.groupby(key, sort=True):
        av, bv = group[a].to_numpy(dtype=float), group[b].to_numpy(dtype=float)
        rows.append({
            "group": value,
            "n": int(len(group)),
            "median_a": float(np.median(av)),
            "median_b": float(np.median(bv)),
            "mean_a": float(av.mean()),
            "mean_b": float(bv.mean()),
            "wins_a": int((av > bv).sum()),
            "wins_b": int((bv > av).sum()),
            "ties": int((av == bv).sum()),
            "median_ratio": float(np.median(pair_ratio(av, bv))),
        })
    columns = ["group", "n", "median_a", "median_b", "mean_a", "mean_b", "wins_a", "wins_b", "ties", "median_ratio"]
    return pd.DataFrame(rows, columns=columns)


def paired_statistics(
    pairs: pd.DataFrame,
    *,
    a: str = "a_interactions",
    b: str = "b_interactions",
    tz: ZoneInfo = REPORT_TZ,
    seed: int = BOOTSTRAP_SEED,
    resamples: int = BOOTSTRAP_RESAMPLES,
) -> PairedStats:
    """Statistics of pairs that have figures on both sides.

    `pairs` holds one row per pair with the two interaction columns and, per side, <side>_created_at, _text,
    _url, _native_id. Month, weekday and day are taken from A's post time in `tz`.
    """
    frame = pairs.dropna(subset=[a, b]).sort_values("a_created_at", kind="stable").reset_index(drop=True)
    av = frame[a].astype("int64")
    bv = frame[b].astype("int64")
    local = pd.to_datetime(frame["a_created_at"], utc=True).dt.tz_convert(tz)
    diff = (bv - av).to_numpy(dtype=float)
    by_month = _group_table(frame, local.dt.strftime("%Y-%m"), a, b)
    weekday = _group_table(frame, local.dt.day_of_week, a, b)
    weekday["group"] = [WEEKDAYS[int(g)] for g in weekday["group"]]
    daily = (
        pd.DataFrame({"day": local.dt.date, "a": av, "b": bv})
        .groupby("day", sort=True).agg(a=("a", "sum"), b=("b", "sum"), pairs=("a", "size")).reset_index()
    )
    return PairedStats(
        n=int(len(frame)),
        a=side_summary(av, frame, "a"),
        b=side_summary(bv, frame, "b"),
        wins_a=int((av > bv).sum()),
        wins_b=int((bv > av).sum()),
        ties=int((av == bv).sum()),
        median_difference=float(np.median(diff)) if diff.size else None,
        mean_difference=float(diff.mean()) if diff.size else None,
        wilcoxon=wilcoxon_test(av.to_numpy(), bv.to_numpy()),
        ratio=bootstrap_median_ratio(pair_ratio(av, bv), seed=seed, resamples=resamples),
        zero_a=int((av == 0).sum()),
        zero_b=int((bv == 0).sum()),
        by_month=by_month,
        by_weekday=weekday,
        daily=daily,
    )
