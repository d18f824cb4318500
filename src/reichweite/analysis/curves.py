"""Interactions over post age, from every stored measurement of the posts of a comparison.

At each measurement of a post its figures are taken as of that moment (each figure from the latest measurement of
any source that knows it, as everywhere else) and summed over the comparison's parts; its age is the time since the
post was published. Ages are put in bins (up to 1 hour, 1–6 hours, …); per account and bin the curve gives how
many posts were measured in the bin (a post counts once per bin, with its latest measurement there), the median and
the interquartile band (25th–75th percentile). Posts measured only once (no curve can be drawn for them) are counted
and named.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

import numpy as np
import pandas as pd

from reichweite.metrics import interactions_column

AGE_BINS: tuple[tuple[str, timedelta], ...] = (
    ("1h", timedelta(hours=1)), ("6h", timedelta(hours=6)), ("1d", timedelta(days=1)), ("3d", timedelta(days=3)),
    ("7d", timedelta(days=7)), ("14d", timedelta(days=14)), ("30d", timedelta(days=30)),
    ("60d", timedelta(days=60)), ("90d", timedelta(days=90)), ("180d", timedelta(days=180)),
    ("365d", timedelta(days=365)),
)
CURVE_COLUMNS: tuple[str, ...] = ("account", "age_bin", "age_from", "age_to", "posts", "median", "q1", "q3")
POINT_COLUMNS: tuple[str, ...] = ("account", "native_id", "observed_at", "age_hours", "age_bin", "interactions")


@dataclass(slots=True)
class Curves:
    """The curve per account and age bin, the points it was made of, and the posts measured only once."""

    curve: pd.DataFrame
    points: pd.DataFrame
    measured_once: pd.DataFrame  # account, native_id, url, observed_at
    parts: tuple[str, ...]


def bin_labels() -> list[str]:
    """'≤ 1h', '1h–6h', … '> 365d': the bins in order."""
    labels = [f"≤ {AGE_BINS[0][0]}"]
    labels += [f"{low}–{high}" for (low, _), (high, _) in zip(AGE_BINS, AGE_BINS[1:], strict=False)]
    return [*labels, f"> {AGE_BINS[-1][0]}"]


def _bin(age: pd.Series) -> pd.Series:
    edges = [pd.Timedelta(limit) for _, limit in AGE_BINS]
    codes = np.searchsorted(np.asarray(edges, dtype="timedelta64[ns]"), age.to_numpy(dtype="timedelta64[ns]"),
                            side="left")
    return pd.Series(codes, index=age.index)


def _as_of_each_measurement(history: pd.DataFrame, parts: tuple[str, ...]) -> pd.DataFrame:
    """Per post and measurement time: the figures as of then (forward-filled over sources), interactions."""
    frame = history.sort_values(["post_id", "observed_at"], kind="stable")
    figures = frame.groupby("post_id", sort=False)[list(parts)].ffill() if parts else frame[[]]
    merged = pd.concat([frame[["post_id", "observed_at"]], figures], axis=1)
    merged = merged.groupby(["post_id", "observed_at"], sort=False).last().reset_index()
    merged["interactions"] = interactions_column(merged, parts)
    return merged


def interaction_curves(posts: pd.DataFrame, history: pd.DataFrame, parts: tuple[str, ...]) -> Curves:
    """`posts`: id (the store's post id), account, native_id, url, created_at and optionally `parts` (each post's
    own parts as 'a + b' text, which then replace `parts`); `history`: the posts' snapshots (post_id, observed_at,
    figures). Measurements before a post's publication are ignored."""
    labels = bin_labels()
    info = posts.set_index("id")
    if history.empty or posts.empty:
        empty_once = pd.DataFrame(columns=["account", "native_id", "url", "observed_at"])
        return Curves(pd.DataFrame(columns=list(CURVE_COLUMNS)), pd.DataFrame(columns=list(POINT_COLUMNS)),
                      empty_once, parts)
    mine = history[history["post_id"].isin(info.index)]
    if "parts" in info.columns:
        pieces = [_as_of_each_measurement(mine[mine["post_id"].isin(info.index[info["parts"] == text])],
                                          tuple(text.split(" + ")) if text else ())
                  for text in info["parts"].unique()]
        measured = pd.concat(pieces, ignore_index=True) if pieces else _as_of_each_measurement(mine, parts)
    else:
        measured = _as_of_each_measurement(mine, parts)
    measured = measured[measured["interactions"].notna()]
    created = pd.to_datetime(measured["post_id"].map(info["created_at"]), utc=True)
    measured["age"] = pd.to_datetime(measured["observed_at"], utc=True) - created
    measured = measured[measured["age"] >= pd.Timedelta(0)].copy()
    measured["account"] = measured["post_id"].map(info["account"])
    measured["native_id"] = measured["post_id"].map(info["native_id"]).astype(str)
    measured["bin"] = _bin(measured["age"])
    # a post counts once per bin: its latest measurement there
    latest = measured.sort_values("observed_at", kind="stable").groupby(["post_id", "bin"], sort=False).tail(1)
    rows = []
    for (account, code), group in latest.groupby(["account", "bin"], sort=True):
        values = group["interactions"].astype(float)
        low = AGE_BINS[code - 1][1] if code > 0 else timedelta(0)
        high = AGE_BINS[code][1] if code < len(AGE_BINS) else None
        rows.append({
            "account": account, "age_bin": labels[code], "age_from": low, "age_to": high, "posts": int(len(group)),
            "median": float(values.median()), "q1": float(values.quantile(0.25)), "q3": float(values.quantile(0.75)),
        })
    curve = pd.DataFrame(rows, columns=list(CURVE_COLUMNS))
    points = pd.DataFrame({
        "account": latest["account"], "native_id": latest["native_id"], "observed_at": latest["observed_at"],
        "age_hours": latest["age"].dt.total_seconds() / 3600, "age_bin": [labels[c] for c in latest["bin"]],
        "interactions": latest["interactions"],
    }, columns=list(POINT_COLUMNS)).sort_values(["account", "native_id", "observed_at"]).reset_index(drop=True)
    times = measured.groupby("post_id")["observed_at"].nunique()
    counts = times.reindex(info.index, fill_value=0)
    once_ids = counts[counts == 1].index
    once = info.loc[once_ids, ["account", "native_id", "url"]].copy()
    once["observed_at"] = measured[measured["post_id"].isin(once_ids)].groupby("post_id")["observed_at"].first()
    once = once.reset_index(drop=True).sort_values(["account", "native_id"]).reset_index(drop=True)
    return Curves(curve, points, once, parts)
