"""The one place that defines interactions, rates per 1,000 followers, engagement rate and poll participation."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd

INTERACTION_PARTS: tuple[str, ...] = ("replies", "reposts", "likes")
INTERACTION_PARTS_WITH_QUOTES: tuple[str, ...] = ("replies", "reposts", "likes", "quotes")


def interaction_parts(with_quotes: bool = False) -> tuple[str, ...]:
    return INTERACTION_PARTS_WITH_QUOTES if with_quotes else INTERACTION_PARTS


def interactions(figures: Mapping[str, int | None], parts: Sequence[str] = INTERACTION_PARTS) -> int | None:
    """The sum of the given figures (default replies + reposts + likes).

    None when any of them is unknown: a missing figure is never counted as 0.
    """
    total = 0
    for part in parts:
        value = figures.get(part)
        if value is None or value != value:  # None or NaN
            return None
        total += int(value)
    return total


def interactions_column(frame: pd.DataFrame, parts: Sequence[str], prefix: str = "") -> pd.Series:
    """`interactions` over a frame's rows (columns <prefix><part>): unknown (NA) where any part is unknown."""
    if not parts:
        return pd.Series(pd.NA, index=frame.index, dtype="Int64")
    values = frame[[f"{prefix}{p}" for p in parts]].astype("Int64")
    return values.sum(axis=1, skipna=False).astype("Int64")


def interactions_definition(parts: Sequence[str]) -> str:
    return " + ".join(parts)


def engagement_rate(interactions_: int | None, denominator: int | None) -> float | None:
    """Interactions per follower at the time of the post (or per impression where known)."""
    if interactions_ is None or interactions_ != interactions_ or denominator is None or denominator != denominator:
        return None
    if not denominator:
        return None
    return interactions_ / denominator


PER_FOLLOWERS = 1000
RATE_DEFINITION = "per_1000_followers = interactions / followers × 1,000 (followers as of the date: the latest " \
                  "account measurement at or before it)"


def per_1000_followers(interactions_: int | None, followers: int | None) -> float | None:
    """Interactions per 1,000 followers; None when either is unknown or followers is 0."""
    rate = engagement_rate(interactions_, followers)
    return None if rate is None else rate * PER_FOLLOWERS


def per_1000_followers_column(interactions_: pd.Series, followers: pd.Series) -> pd.Series:
    """`per_1000_followers` over aligned columns (float, NaN where unknown or followers is 0)."""
    values = pd.to_numeric(interactions_, errors="coerce").astype("float64")
    counts = pd.to_numeric(followers, errors="coerce").astype("float64")
    counts = counts.where(counts > 0)
    return (values / counts * PER_FOLLOWERS).astype("float64")


def participation(votes: int | None, views: int | None) -> float | None:
    """Poll participation = votes / views; None when either is unknown or views is 0."""
    if votes is None or not views:
        return None
    return votes / views
