"""Interactions per 1,000 followers: the definition, and which followers count a date gets."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pandas as pd

from reichweite.analysis.rates import followers_as_of
from reichweite.metrics import per_1000_followers, per_1000_followers_column

D = datetime(2026, 11, 6, 12, tzinfo=UTC)


def test_per_1000_followers_is_unknown_without_followers_or_interactions() -> None:
    assert per_1000_followers(30, 1200) == 25.0
    assert per_1000_followers(None, 1200) is None and per_1000_followers(5, None) is None
    assert per_1000_followers(5, 0) is None
    column = per_1000_followers_column(pd.Series([30, None, 5, 7], dtype="Int64"),
                                       pd.Series([1200, 1200, 0, None], dtype="Int64"))
    assert [None if pd.isna(v) else v for v in column] == [25.0, None, None, None]


def test_followers_as_of_takes_the_latest_known_count_at_or_before() -> None:
    history = pd.DataFrame({
        "observed_at": [D - timedelta(days=7), D - timedelta(days=1), D, D + timedelta(days=1)],
        "followers": pd.array([900, None, 1000, 1100], dtype="Int64"),  # the count of D−1 was not readable
        "source": ["api", "manual", "manual", "api"],
    })
    times = pd.Series([D - timedelta(days=8), D - timedelta(hours=1), D, D + timedelta(days=3)], index=[5, 6, 7, 8])
    found = followers_as_of(history, times)
    assert list(found.index) == [5, 6, 7, 8]
    assert [None if pd.isna(v) else int(v) for v in found["followers"]] == [None, 900, 1000, 1100]
    assert found.loc[6, "followers_observed_at"] == D - timedelta(days=7) and found.loc[6, "followers_source"] == "api"
    assert followers_as_of(None, times)["followers"].isna().all()
