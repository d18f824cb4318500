"""The one place that defines interactions, engagement rate and poll participation."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

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


def interactions_definition(parts: Sequence[str]) -> str:
    return " + ".join(parts)


def engagement_rate(interactions_: int | None, denominator: int | None) -> float | None:
    """Interactions per follower at the time of the post (or per impression where known)."""
    if interactions_ is None or not denominator:
        return None
    return interactions_ / denominator


def participation(votes: int | None, views: int | None) -> float | None:
    """Poll participation = votes / views; None when either is unknown or views is 0."""
    if votes is None or not views:
        return None
    return votes / views
