"""Polls: options, votes, views and participation (= votes / views, from reichweite.metrics). Pure functions."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import pandas as pd

from reichweite.metrics import participation


@dataclass(slots=True)
class PollOption:
    title: str
    votes: int | None
    share: float | None  # of all votes; None when the votes are unknown
    participation: float | None = None  # the option's votes / the poll's views; None when either is unknown


@dataclass(slots=True)
class PollResult:
    platform: str
    native_id: str
    author: str
    created_at: datetime | None
    text: str
    url: str | None
    observed_at: datetime | None
    source: str | None
    votes: int | None
    voters: int | None
    views: int | None
    participation: float | None
    options: list[PollOption] = field(default_factory=list)
    content_warning: str | None = None


def _known(value: Any) -> int | None:
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return None
    return int(value)


def poll_options(raw: Any, total: int | None, views: int | None = None) -> list[PollOption]:
    options = []
    for item in raw if isinstance(raw, list) else []:
        if not isinstance(item, dict):
            continue
        votes = _known(item.get("votes"))
        share = votes / total if votes is not None and total else None
        options.append(PollOption(str(item.get("title") or ""), votes, share, participation(votes, views)))
    return options


def poll_results(posts: pd.DataFrame, figures: pd.DataFrame) -> list[PollResult]:
    """One result per poll post. `posts` as from store.posts_frame (column id), `figures` as from
    store.snapshots_as_of (indexed by post id). Votes come from the poll's total, else the sum of the options when
    every option is known; participation is unknown (None) where views are unknown, never 0."""
    results = []
    for post in posts.itertuples(index=False):
        row = figures.loc[post.id] if post.id in figures.index else None
        has_poll = row is not None and (
            _known(row["poll_votes"]) is not None or _known(row["poll_voters"]) is not None
            or isinstance(row["poll_options"], list)
        )
        if post.kind != "poll" and not has_poll:
            continue
        votes = _known(row["poll_votes"]) if row is not None else None
        raw_options = row["poll_options"] if row is not None else None
        if votes is None and isinstance(raw_options, list) and raw_options:
            counts = [_known(o.get("votes")) for o in raw_options if isinstance(o, dict)]
            votes = sum(counts) if counts and all(c is not None for c in counts) else None  # type: ignore[misc]
        views = _known(row["views"]) if row is not None else None
        results.append(PollResult(
            platform=post.platform, native_id=post.native_id, author=post.author, created_at=post.created_at,
            text=post.text or "", url=post.url,
            observed_at=row["observed_at"] if row is not None else None,
            source=row["source"] if row is not None else None,
            votes=votes, voters=_known(row["poll_voters"]) if row is not None else None, views=views,
            participation=participation(votes, views), options=poll_options(raw_options, votes, views),
            content_warning=getattr(post, "content_warning", None) or None,
        ))
    return results
