"""What a comparison reads from the store: each account's posts, their figures at each date or age, every snapshot of
them (for provenance and curves) and the accounts' follower measurements."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import pandas as pd
import sqlalchemy as sa

from reichweite.analysis.compare_results import EXCLUDED_KINDS, Measured, SourceDates
from reichweite.errors import ReichweiteError, Said
from reichweite.store import open_store, posts_frame, snapshots_as_of, snapshots_at_age
from reichweite.store.account_history import account_history
from reichweite.store.history import snapshot_history
from reichweite.visibility import SHOWN_BY_DEFAULT, shown


@dataclass(slots=True)
class Loaded:
    """Everything a comparison of accounts at some dates (or ages) reads, account by account."""

    accounts: list[tuple[str, str]]
    posts: list[pd.DataFrame]
    excluded: list[dict[str, int]]
    figures: list[list[pd.DataFrame]]  # [date][account]
    history: pd.DataFrame  # every snapshot of the posts (up to the last date)
    followers: list[pd.DataFrame]  # each account's measurements


def engine_of(db: str | sa.Engine | None) -> sa.Engine:
    return db if isinstance(db, sa.Engine) else open_store(db)


def _figures(
    conn: sa.Connection, frame: pd.DataFrame, at: datetime | None, age: timedelta | None, tolerance: timedelta
) -> pd.DataFrame:
    ids = [int(i) for i in frame["id"]]
    if age is not None:
        created = pd.Series(list(frame["created_at"]), index=ids)
        return snapshots_at_age(conn, created, age, tolerance)
    assert at is not None
    return snapshots_as_of(conn, ids, at)


def _source_dates(used: pd.DataFrame) -> list[SourceDates]:
    """Per source, the observed_at range of the snapshots used (one per post and source)."""
    out = []
    for source, group in used.groupby("source", sort=True):
        out.append(SourceDates(source=str(source), posts=int(group["post_id"].nunique()),
                               first_observed=group["observed_at"].min().to_pydatetime(),
                               last_observed=group["observed_at"].max().to_pydatetime()))
    return out


def measured(
    frame: pd.DataFrame, figures: pd.DataFrame, excluded: dict[str, int], history: pd.DataFrame | None,
    at: datetime | None = None,
) -> Measured:
    """What was measured when. As of a date: per source the latest snapshot ≤ date of each post (from history);
    at an age: the snapshots the age query picked."""
    used = figures[figures.index.isin(frame["id"])]
    if history is not None:
        mine = history[history["post_id"].isin(frame["id"])]
        if at is not None:
            mine = mine[mine["observed_at"] <= at]
        latest = mine.sort_values("observed_at").groupby(["post_id", "source"], as_index=False).tail(1)
        sources = _source_dates(latest)
    else:
        sources = _source_dates(used.rename_axis("post_id").reset_index())
    return Measured(
        posts=int(len(frame)),
        with_figures=int(len(used)),
        first_observed=used["observed_at"].min().to_pydatetime() if len(used) else None,
        last_observed=used["observed_at"].max().to_pydatetime() if len(used) else None,
        sources=sources,
        excluded=excluded,
    )


def account_posts(
    conn: sa.Connection, platform: str, handle: str, at: datetime | None, include_reposts: bool,
    visibility: frozenset[str] = SHOWN_BY_DEFAULT,
) -> tuple[pd.DataFrame, dict[str, int]]:
    """An account's posts that take part: dated, published by `at`, reposts only when asked, followers-only posts
    only when `visibility` includes them; what was left out is counted by reason."""
    frame = posts_frame(conn, platform, handle)
    if frame.empty:
        raise ReichweiteError(Said(
            f"No posts of {platform}:{handle} in the store. Import or collect them first "
            f"(e.g. `reichweite import x-archive PATH` or `reichweite collect bluesky HANDLE`).",
            "run.no_posts", account=f"{platform}:{handle}"))
    excluded: dict[str, int] = {}
    frame, hidden = shown(frame, visibility)
    if hidden:
        excluded["followers-only"] = hidden
    undated = frame["created_at"].isna()
    if undated.any():  # typed in by hand without a date: cannot be paired by time
        excluded["no created_at"] = int(undated.sum())
        frame = frame[~undated]
    if at is not None:
        frame = frame[frame["created_at"] <= at]
    if not include_reposts:
        for kind in EXCLUDED_KINDS:
            excluded[kind] = int((frame["kind"] == kind).sum())
        frame = frame[~frame["kind"].isin(EXCLUDED_KINDS)]
    return frame.reset_index(drop=True), excluded


def load(
    engine: sa.Engine,
    accounts: list[tuple[str, str]],
    *,
    ats: list[datetime] | None,
    ages: list[timedelta] | None,
    tolerance: timedelta,
    include_reposts: bool,
    visibility: frozenset[str] = SHOWN_BY_DEFAULT,
) -> Loaded:
    """Posts up to the last date (all posts at ages), their figures at every date or age, their snapshots up to the
    last date, the accounts' follower measurements; in one read transaction."""
    last = max(ats) if ats else None
    with engine.connect() as conn:
        posts, excluded = [], []
        for platform, handle in accounts:
            frame, left_out = account_posts(conn, platform, handle, last, include_reposts, visibility)
            posts.append(frame)
            excluded.append(left_out)
        if ats:
            figures = [[_figures(conn, frame, at, None, tolerance) for frame in posts] for at in ats]
        else:
            figures = [[_figures(conn, frame, None, age, tolerance) for frame in posts] for age in ages or []]
        ids = [int(i) for frame in posts for i in frame["id"]]
        history = snapshot_history(conn, ids, last)
        followers = [account_history(conn, platform, handle) for platform, handle in accounts]
    return Loaded(accounts=accounts, posts=posts, excluded=excluded, figures=figures, history=history,
                  followers=followers)
