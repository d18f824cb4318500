"""Followers as of a date for each post of an account, and with them interactions per 1,000 followers.

The followers count used is the latest account measurement with a known count at or before the date (as of a date:
the date; at a post age: the time the post's figures were measured). No count at or before it: the rate is unknown.
"""

from __future__ import annotations

from datetime import datetime

import pandas as pd

from reichweite.metrics import per_1000_followers_column

HISTORY_COLUMNS: tuple[str, ...] = ("observed_at", "followers", "source")


def followers_as_of(history: pd.DataFrame | None, times: pd.Series) -> pd.DataFrame:
    """Per time in `times`: followers, followers_observed_at and followers_source of the latest account measurement
    with a known followers count at or before it (all NA where there is none). Index as `times`."""
    out = pd.DataFrame({
        "followers": pd.array([pd.NA] * len(times), dtype="Int64"),
        "followers_observed_at": pd.Series(pd.NaT, index=times.index, dtype="datetime64[ns, UTC]"),
        "followers_source": pd.Series(None, index=times.index, dtype=object),
    }, index=times.index)
    if history is None or history.empty or times.empty:
        return out
    known = history[history["followers"].notna()].sort_values("observed_at", kind="stable")
    if known.empty:
        return out
    right = pd.DataFrame({
        "_at": pd.to_datetime(known["observed_at"], utc=True).astype("datetime64[ns, UTC]"),
        "followers": known["followers"].astype("Int64").to_numpy(),
        "followers_observed_at": pd.to_datetime(known["observed_at"], utc=True).astype("datetime64[ns, UTC]"),
        "followers_source": known["source"].astype(object).to_numpy() if "source" in known else None,
    })
    left = pd.DataFrame({"_at": pd.to_datetime(times, utc=True).astype("datetime64[ns, UTC]"),
                         "_row": range(len(times))})
    valid = left["_at"].notna()
    merged = pd.merge_asof(left[valid].sort_values("_at"), right, on="_at", direction="backward")
    merged = merged.set_index("_row").sort_index()
    rows = times.index[merged.index.to_numpy()]
    out.loc[rows, "followers"] = merged["followers"].to_numpy()
    out.loc[rows, "followers_observed_at"] = merged["followers_observed_at"].to_numpy()
    out.loc[rows, "followers_source"] = merged["followers_source"].to_numpy()
    return out


def attach_followers(side: pd.DataFrame, history: pd.DataFrame | None, as_of: datetime | None) -> None:
    """Add followers, followers_observed_at, followers_source and per_1000_followers to an account's posts (in
    place): as of `as_of`, or (at an age) as of each post's observed_at."""
    if as_of is not None:  # one count for all posts
        one = followers_as_of(history, pd.Series([pd.Timestamp(as_of)]))
        for column in one.columns:
            side[column] = pd.Series(one[column].iloc[0], index=side.index, dtype=one[column].dtype)
    else:
        found = followers_as_of(history, pd.to_datetime(side["observed_at"], utc=True))
        for column in found.columns:
            side[column] = found[column]
    side["per_1000_followers"] = per_1000_followers_column(side["interactions"], side["followers"])
