"""What is in the store, at a glance: accounts per platform with their latest measurement, the latest runs, and
an account's follower history. Read-only."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pandas as pd
import sqlalchemy as sa

from reichweite.store.frames import raw_time, tuples_frame, utc_column
from reichweite.store.schema import UTCDateTime, account_snapshots, accounts, collection_runs, posts, snapshots

MANY_ACCOUNTS = 50


def accounts_overview(conn: sa.Connection) -> list[dict[str, Any]]:
    """Per platform and author: posts, the latest measurement of a post, the latest follower count."""
    post_counts = (
        sa.select(posts.c.platform, posts.c.author, sa.func.count().label("posts"))
        .group_by(posts.c.platform, posts.c.author)
    )
    rows: dict[tuple[str, str], dict[str, Any]] = {}
    for r in conn.execute(post_counts):
        rows[(r.platform, r.author)] = {"platform": r.platform, "handle": r.author, "posts": int(r.posts),
                                        "last_measured": None, "followers": None,
                                        "followers_measured": None}
    if len(rows) <= MANY_ACCOUNTS:
        floor = recent_floor(conn) if conn.dialect.name == "sqlite" else None
        for (platform, author), entry in rows.items():
            entry["last_measured"] = _utc(last_measured(conn, platform, author, floor))
    else:  # one pass over the snapshots beats a walk per account
        measured = (sa.select(posts.c.platform, posts.c.author, sa.func.max(snapshots.c.observed_at).label("last"))
                    .select_from(snapshots.join(posts, posts.c.id == snapshots.c.post_id))
                    .group_by(posts.c.platform, posts.c.author))
        for r in conn.execute(measured):
            rows[(r.platform, r.author)]["last_measured"] = _utc(r.last)
    latest = (
        sa.select(accounts.c.platform, accounts.c.handle, account_snapshots.c.followers,
                  account_snapshots.c.observed_at)
        .select_from(account_snapshots.join(accounts, accounts.c.id == account_snapshots.c.account_id))
        .order_by(account_snapshots.c.observed_at)
    )
    for r in conn.execute(latest):
        entry = rows.setdefault((r.platform, r.handle), {
            "platform": r.platform, "handle": r.handle, "posts": 0, "last_measured": None,
            "followers": None, "followers_measured": None})
        if r.followers is not None:
            entry["followers"], entry["followers_measured"] = int(r.followers), _utc(r.observed_at)
    return sorted(rows.values(), key=lambda e: (e["platform"], e["handle"].lower()))


def account_names(conn: sa.Connection, *, with_posts: bool = False) -> list[str]:
    """Every account as PLATFORM:HANDLE (those with posts, and those with account figures unless `with_posts`)."""
    names = {f"{r.platform}:{r.author}" for r in conn.execute(sa.select(posts.c.platform, posts.c.author).distinct())}
    if not with_posts:  # two queries: inside a UNION, SQLite reads every post instead of skipping along the index
        known = conn.execute(sa.select(accounts.c.platform, accounts.c.handle))
        names.update(f"{r.platform}:{r.handle}" for r in known)
    return sorted(names)


RECENT = timedelta(days=7)
_LAST_MEASURED_SQLITE = sa.text(
    # newest first along the observed_at index, looking up each snapshot's post until one is the account's; bounded
    # to the store's last RECENT days (the rest is looked up post by post)
    "SELECT s.observed_at FROM snapshots AS s WHERE s.observed_at >= :floor AND EXISTS (SELECT 1 FROM posts AS p "
    "WHERE p.id = s.post_id AND p.platform = :platform AND p.author = :author) ORDER BY s.observed_at DESC LIMIT 1"
).bindparams(sa.bindparam("floor", type_=UTCDateTime())).columns(observed_at=UTCDateTime())


def last_measured(conn: sa.Connection, platform: str, author: str, floor: datetime | None = None) -> Any:
    """When a post of the account was last measured (None: never). On SQLite the snapshots since `floor` (default:
    RECENT before the store's latest) are walked newest first; an account measured before that, per post."""
    if conn.dialect.name == "sqlite":
        if floor is None:
            floor = recent_floor(conn)
        if floor is None:  # no snapshots at all
            return None
        found = conn.execute(_LAST_MEASURED_SQLITE, {"platform": platform, "author": author, "floor": floor}).scalar()
        if found is not None:
            return found
    query = (sa.select(sa.func.max(snapshots.c.observed_at))
             .select_from(snapshots.join(posts, posts.c.id == snapshots.c.post_id))
             .where(posts.c.platform == platform, posts.c.author == author))
    return conn.execute(query).scalar()


def recent_floor(conn: sa.Connection) -> datetime | None:
    """RECENT before the store's latest snapshot (None: no snapshots)."""
    latest = conn.execute(sa.select(sa.func.max(snapshots.c.observed_at))).scalar()
    return latest - RECENT if latest is not None else None


def latest_runs(conn: sa.Connection, limit: int = 20) -> list[dict[str, Any]]:
    query = sa.select(collection_runs).order_by(collection_runs.c.id.desc()).limit(limit)
    return [{"platform": r.platform, "target": r.target, "status": r.status, "items": int(r.items),
             "started_at": _utc(r.started_at), "finished_at": _utc(r.finished_at), "message": r.message}
            for r in conn.execute(query)]


def account_history(conn: sa.Connection, platform: str, handle: str) -> pd.DataFrame:
    """Every follower/following/posts measurement of one account, oldest first."""
    query = (
        sa.select(raw_time(conn, account_snapshots.c.observed_at).label("observed_at"), account_snapshots.c.source,
                  account_snapshots.c.followers, account_snapshots.c.following, account_snapshots.c.posts)
        .select_from(account_snapshots.join(accounts, accounts.c.id == account_snapshots.c.account_id))
        .where(accounts.c.platform == platform, sa.func.lower(accounts.c.handle) == handle.lower())
        .order_by(account_snapshots.c.observed_at)
    )
    frame = tuples_frame(conn, query, ["observed_at", "source", "followers", "following", "posts"])
    if len(frame):
        frame["observed_at"] = utc_column(frame["observed_at"])
    return frame


def _utc(value: Any) -> str | None:
    if value is None:
        return None
    return value.isoformat().replace("+00:00", "Z")
