"""Interactions over post age from every measurement: bins, medians, the interquartile band, posts measured once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pandas as pd
import pytest

from reichweite.analysis.curves import bin_labels, interaction_curves

T0 = datetime(2026, 11, 1, 7, 0, tzinfo=UTC)
H = timedelta(hours=1)


def _snap(post_id: int, after: timedelta, source: str = "api", **figures: int | None) -> dict:
    return {"post_id": post_id, "observed_at": T0 + after, "source": source,
            **{p: figures.get(p) for p in ("likes", "replies", "reposts", "quotes")}}


POSTS = pd.DataFrame({
    "id": [1, 2, 3, 4],
    "account": ["a", "a", "b", "b"],
    "native_id": ["x1", "x2", "bs1", "bs2"],
    "url": ["https://x.com/t/status/1", None, "https://bsky.app/profile/t/post/1", None],
    "created_at": [T0, T0, T0 + timedelta(minutes=4), T0],
})


def _history(rows: list[dict]) -> pd.DataFrame:
    frame = pd.DataFrame(rows)
    for part in ("likes", "replies", "reposts", "quotes"):
        frame[part] = frame[part].astype("Int64")
    return frame


def test_curve_per_account_and_age_bin_with_the_band() -> None:
    history = _history([
        _snap(1, 30 * timedelta(minutes=1), likes=2, reposts=0),
        _snap(1, 2 * H, likes=5, reposts=1),
        _snap(1, 5 * H, likes=6, reposts=1),  # same bin as 2 h: the later one counts
        _snap(2, 3 * H, likes=1, reposts=0),
        _snap(2, 50 * H, likes=3, reposts=0),
        _snap(3, 2 * H, likes=10, reposts=2),
        _snap(4, 2 * H, likes=20, reposts=4),
        _snap(4, -2 * H, likes=0, reposts=0),  # before publication: ignored
    ])
    curves = interaction_curves(POSTS, history, ("reposts", "likes"))
    curve = curves.curve.set_index(["account", "age_bin"])
    labels = bin_labels()
    assert labels[:3] == ["≤ 1h", "1h–6h", "6h–1d"] and labels[-1] == "> 365d"
    assert curve.loc[("a", "≤ 1h"), "posts"] == 1 and curve.loc[("a", "≤ 1h"), "median"] == 2
    assert curve.loc[("a", "1h–6h"), "posts"] == 2 and curve.loc[("a", "1h–6h"), "median"] == 4.0  # 7 and 1
    assert curve.loc[("a", "1h–6h"), "q1"] == pytest.approx(2.5) and curve.loc[("a", "1h–6h"), "q3"] == 5.5
    assert curve.loc[("a", "1d–3d"), "median"] == 3
    assert curve.loc[("b", "1h–6h"), "posts"] == 2 and curve.loc[("b", "1h–6h"), "median"] == 18.0
    # bs1 and bs2 were measured once (bs2's measurement before publication does not count)
    assert list(curves.measured_once["native_id"]) == ["bs1", "bs2"]
    assert list(curves.measured_once["url"].fillna("–")) == ["https://bsky.app/profile/t/post/1", "–"]


def test_figures_of_several_sources_are_combined_as_of_each_measurement() -> None:
    history = _history([
        _snap(1, 24 * 10 * H, "archive", likes=10, reposts=2),  # the archive knows no replies
        _snap(1, 24 * 10 * H + 3 * H, "manual", replies=4),
        _snap(1, 24 * 20 * H, "api", likes=12, reposts=2, replies=5),
    ])
    curves = interaction_curves(POSTS, history, ("replies", "reposts", "likes"))
    points = curves.points
    assert list(points["interactions"]) == [16, 19]  # the archive alone has no replies: not a point
    assert list(points["age_bin"]) == ["7d–14d", "14d–30d"]
    assert curves.measured_once.empty  # x1 has two measurements with interactions; the others none
