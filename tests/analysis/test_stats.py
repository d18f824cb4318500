"""Paired statistics: wins, medians, peaks, Wilcoxon with reasons, seeded bootstrap, month/weekday in Berlin time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import numpy as np
import pandas as pd
import pytest

from reichweite.analysis.stats import (
    bootstrap_median_ratio,
    pair_ratio,
    paired_statistics,
    wilcoxon_test,
)

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)  # a Monday


def _pairs(a: list[int], b: list[int], start: datetime = T0) -> pd.DataFrame:
    n = len(a)
    return pd.DataFrame({
        "a_native_id": [str(100 + i) for i in range(n)],
        "b_native_id": [f"at://did:plc:b/app.bsky.feed.post/{i}" for i in range(n)],
        "a_created_at": [start + timedelta(days=i) for i in range(n)],
        "b_created_at": [start + timedelta(days=i, minutes=4) for i in range(n)],
        "a_text": [f"Tag {i} A" for i in range(n)],
        "b_text": [f"Tag {i} B" for i in range(n)],
        "a_url": [f"https://x.com/a/status/{100 + i}" for i in range(n)],
        "b_url": [f"https://bsky.app/profile/b/post/{i}" for i in range(n)],
        "a_interactions": pd.array(a, dtype="Int64"),
        "b_interactions": pd.array(b, dtype="Int64"),
    })


def test_wilcoxon_small_exact_case_by_hand() -> None:
    # d = b - a = 1, 2, -3, 4, 5, 6 → ranks 1..6, W+ = 18, W- = 3; exact two-sided p = 2 * 5/64
    a = np.array([10, 10, 10, 10, 10, 10])
    b = a + np.array([1, 2, -3, 4, 5, 6])
    result = wilcoxon_test(a, b)
    assert result.reason is None
    assert result.method == "exact"
    assert result.statistic == 3
    assert result.p_value == pytest.approx(10 / 64)
    assert result.rank_biserial == pytest.approx((18 - 3) / 21)
    assert (result.n_used, result.n_zero_differences) == (6, 0)


def test_wilcoxon_all_zero_differences_gives_reason_not_p() -> None:
    result = wilcoxon_test(np.array([3, 5, 0]), np.array([3, 5, 0]))
    assert result.p_value is None and result.statistic is None
    assert "all 3 differences are zero" in (result.reason or "")


def test_wilcoxon_too_few_pairs_says_why() -> None:
    result = wilcoxon_test(np.array([1, 2, 3, 9]), np.array([2, 4, 3, 1]))
    assert result.p_value is None
    assert result.n_used == 3 and result.n_zero_differences == 1
    assert "only 3 pairs differ" in (result.reason or "") and "0.250" in (result.reason or "")


def test_wilcoxon_no_pairs() -> None:
    result = wilcoxon_test(np.array([]), np.array([]))
    assert result.p_value is None and result.reason == "no pairs with figures on both sides"


def test_ratio_keeps_zeros() -> None:
    assert list(pair_ratio(np.array([0, 0, 3, 9]), np.array([0, 3, 0, 19]))) == [1.0, 4.0, 0.25, 2.0]


def test_bootstrap_is_seeded_and_covers_the_median() -> None:
    rng = np.random.default_rng(5)
    ratios = np.exp(rng.normal(0.5, 0.6, 60))
    first = bootstrap_median_ratio(ratios, resamples=2000)
    again = bootstrap_median_ratio(ratios, resamples=2000)
    other_seed = bootstrap_median_ratio(ratios, resamples=2000, seed=1)
    assert (first.low, first.high) == (again.low, again.high)
    assert (first.low, first.high) != (other_seed.low, other_seed.high)
    assert first.low < first.median_ratio < first.high
    assert first.median_ratio == pytest.approx(float(np.median(ratios)))
    # the true median of the log-normal (e^0.5 ≈ 1.65) is inside a 95 % interval from 60 draws
    assert first.low < np.exp(0.5) < first.high


def test_bootstrap_degenerate_inputs() -> None:
    assert bootstrap_median_ratio(np.array([])).reason == "no pairs with figures on both sides"
    one = bootstrap_median_ratio(np.array([2.0]))
    assert one.median_ratio == 2.0 and one.low is None and "one pair" in (one.reason or "")
    same = bootstrap_median_ratio(np.array([1.5] * 10), resamples=200)
    assert (same.low, same.median_ratio, same.high) == (1.5, 1.5, 1.5)


def test_paired_statistics_summary_and_peaks() -> None:
    a = [5, 0, 12, 7, 40, 3, 3]
    b = [9, 2, 10, 7, 15, 8, 90]
    s = paired_statistics(_pairs(a, b), resamples=500)
    assert s.n == 7
    assert (s.wins_a, s.wins_b, s.ties) == (2, 4, 1)
    assert s.share_b == pytest.approx(4 / 7)
    assert s.a.median == 5 and s.b.median == 9
    assert s.a.mean == pytest.approx(sum(a) / 7) and s.b.total == sum(b)
    assert s.a.peak is not None and s.a.peak.value == 40 and s.a.peak.native_id == "104"
    assert s.b.peak is not None and s.b.peak.value == 90 and s.b.peak.url == "https://bsky.app/profile/b/post/6"
    assert s.b.peak.created_at == T0 + timedelta(days=6, minutes=4)
    assert s.zero_a == 1 and s.zero_b == 0
    assert s.median_difference == float(np.median(np.array(b) - np.array(a)))
    assert s.ratio.median_ratio == pytest.approx(float(np.median(pair_ratio(np.array(a), np.array(b)))))
    assert s.wilcoxon.n_used == 6 and s.wilcoxon.p_value is not None
    as_dict = s.as_dict()
    assert as_dict["wilcoxon"]["reason"] is None and as_dict["a"]["peak"]["value"] == 40


def test_month_and_weekday_follow_berlin_time() -> None:
    # 22:30 UTC on Sunday 31 May 2026 is 00:30 on Monday 1 June in Berlin (CEST)
    start = datetime(2026, 5, 31, 22, 30, tzinfo=UTC)
    s = paired_statistics(_pairs([1, 2], [3, 1], start=start), resamples=100)
    assert list(s.by_month["group"]) == ["2026-06"]
    assert list(s.by_weekday["group"]) == ["mon", "tue"]
    assert list(s.by_weekday["wins_b"]) == [1, 0]
    assert list(s.daily["a"]) == [1, 2] and str(s.daily["day"].iloc[0]) == "2026-06-01"


def test_pairs_without_figures_are_not_counted() -> None:
    frame = _pairs([1, 2, 3], [2, 3, 4])
    frame.loc[1, "b_interactions"] = pd.NA
    s = paired_statistics(frame, resamples=100)
    assert s.n == 2 and s.wins_b == 2
