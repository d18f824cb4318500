"""The bootstrap finds each resample's median by counting ranks; it must give exactly what np.median of the drawn
ratios gives (the way the interval was computed before), draw for draw."""

from __future__ import annotations

import numpy as np
import pytest

from reichweite.analysis.stats import BOOTSTRAP_SEED, _resampled_medians, bootstrap_median_ratio


def _medians_by_sorting(ratios: np.ndarray, seed: int, resamples: int) -> np.ndarray:
    """The earlier computation: draw pairs, take np.median of their ratios, block by block."""
    rng = np.random.default_rng(seed)
    medians = np.empty(resamples)
    block = max(1, 2_000_000 // ratios.size)
    for start in range(0, resamples, block):
        stop = min(resamples, start + block)
        idx = rng.integers(0, ratios.size, size=(stop - start, ratios.size))
        medians[start:stop] = np.median(ratios[idx], axis=1)
    return medians


def _ratios(n: int, kind: str, rng: np.random.Generator) -> np.ndarray:
    if kind == "distinct":
        return rng.random(n) * 5
    # ratios of small counts: many ties, as real (b+1)/(a+1) values are
    return (rng.integers(0, 30, n) + 1) / (rng.integers(0, 30, n) + 1)


@pytest.mark.parametrize("n", [2, 3, 4, 7, 100, 101, 1_001, 4_368, 40_000])
@pytest.mark.parametrize("kind", ["distinct", "ties"])
def test_counted_medians_equal_sorted_medians(n: int, kind: str) -> None:
    ratios = _ratios(n, kind, np.random.default_rng(n))
    # several blocks for the small sizes, a bounded cost for the large
    resamples = 9_999 if n <= 101 else 500 if n < 10_000 else 60
    counted = _resampled_medians(ratios, BOOTSTRAP_SEED, resamples)
    assert np.array_equal(counted, _medians_by_sorting(ratios, BOOTSTRAP_SEED, resamples))


def test_interval_equals_the_sorted_computation() -> None:
    ratios = _ratios(601, "ties", np.random.default_rng(7))
    result = bootstrap_median_ratio(ratios)
    low, high = np.quantile(_medians_by_sorting(ratios, BOOTSTRAP_SEED, 9_999), [0.025, 0.975])
    assert (result.low, result.high) == (float(low), float(high))
    assert result.median_ratio == float(np.median(ratios))
