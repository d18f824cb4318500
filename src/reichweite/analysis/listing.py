"""The long listing of a comparison: one row per date (or age), group and account with the post in that group —
every number of the report can be recomputed from it."""

from __future__ import annotations

from datetime import datetime, timedelta

import pandas as pd

from reichweite.analysis.compare import GroupTable, format_duration

LISTING_COLUMNS: tuple[str, ...] = (
    "as_of", "age", "group", "account", "platform", "handle", "post_id", "created_at", "interactions", "likes",
    "reposts", "replies", "quotes", "parts", "per_1000_followers", "followers", "followers_observed_at",
    "observed_at", "source", "method", "url", "key",
)


def _utc(value: datetime | None) -> str | None:
    return None if value is None else pd.Timestamp(value).tz_convert("UTC").isoformat().replace("+00:00", "Z")


def group_listing(tables: list[GroupTable], accounts: list[tuple[str, str]]) -> pd.DataFrame:
    """Rows in order of date, group (numbered from 1 in the order of the group table) and account; `account` is
    'platform:handle', `key` the account's letter in the comparison (a, b, c …)."""
    pieces = []
    for table in tables:
        frame = table.frame
        for index, key in enumerate(table.keys):
            present = frame[f"{key}_native_id"].notna()
            rows = frame[present]
            age: timedelta | None = table.age
            piece = pd.DataFrame({
                "as_of": _utc(table.as_of),
                "age": format_duration(age) if age is not None else None,
                "group": rows.index + 1,
                "account": f"{accounts[index][0]}:{accounts[index][1]}",
                "key": key,
                "platform": accounts[index][0],
                "handle": accounts[index][1],
                "post_id": rows[f"{key}_native_id"].astype(str),
                "created_at": rows[f"{key}_created_at"],
                "interactions": rows[f"{key}_interactions"].astype("Int64"),
                **{part: rows[f"{key}_{part}"].astype("Int64") for part in ("likes", "reposts", "replies", "quotes")},
                "parts": rows["parts"],
                "per_1000_followers": rows[f"{key}_per_1000_followers"].astype("float64"),
                "followers": rows[f"{key}_followers"].astype("Int64"),
                "followers_observed_at": rows[f"{key}_followers_observed_at"],
                "observed_at": rows[f"{key}_observed_at"],
                "source": rows[f"{key}_source"],
                "method": rows[f"{key}_method"],
                "url": rows[f"{key}_url"],
            })
            pieces.append(piece)
    if not pieces:
        return pd.DataFrame(columns=list(LISTING_COLUMNS))
    listing = pd.concat(pieces, ignore_index=True)
    order = {key: i for i, key in enumerate(tables[0].keys)} if tables else {}
    listing["_date"] = listing.groupby(["as_of", "age"], sort=False, dropna=False).ngroup()
    listing["_account"] = listing["key"].map(order)
    listing = listing.sort_values(["_date", "group", "_account"], kind="stable").drop(columns=["_date", "_account"])
    return listing[list(LISTING_COLUMNS)].reset_index(drop=True)
