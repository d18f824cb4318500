"""The polls job: poll posts from the store and their figures as of a date."""

from __future__ import annotations

from datetime import datetime

import pandas as pd
import sqlalchemy as sa

from reichweite.analysis.polls import PollResult, poll_results
from reichweite.errors import Said
from reichweite.jobs.platforms import account_handle
from reichweite.model import PLATFORMS
from reichweite.store import snapshots_as_of
from reichweite.store.schema import posts, snapshots
from reichweite.visibility import SHOWN_BY_DEFAULT, shown


def poll_posts(conn: sa.Connection, platform: str | None, handle: str | None) -> pd.DataFrame:
    """Posts that are polls: kind 'poll' or measured with poll votes/voters."""
    with_votes = sa.select(snapshots.c.post_id).where(
        sa.or_(snapshots.c.poll_votes.is_not(None), snapshots.c.poll_voters.is_not(None))
    )
    cols = [posts.c[c] for c in ("id", "platform", "native_id", "author", "created_at", "text", "kind", "url",
                                 "visibility", "content_warning")]
    query = sa.select(*cols).where(sa.or_(posts.c.kind == "poll", posts.c.id.in_(with_votes)))
    if platform:
        query = query.where(posts.c.platform == platform)
    if handle:
        query = query.where(sa.func.lower(posts.c.author) == handle.lower())
    rows = conn.execute(query.order_by(posts.c.created_at, posts.c.id)).mappings().all()
    return pd.DataFrame(rows, columns=[c.name for c in cols])


def _polls_frame(
    conn: sa.Connection, platform: str | None, handle: str | None, at: datetime, visibility: frozenset[str]
) -> tuple[pd.DataFrame, int]:
    if platform is not None and platform not in PLATFORMS:
        raise ValueError(Said(f"unknown platform {platform!r}", "tab.unknown_platform", value=repr(platform)))
    if handle and platform:
        handle = account_handle(platform, handle)
    frame = poll_posts(conn, platform, handle)
    frame = frame[frame["created_at"].isna() | (frame["created_at"] <= at)] if not frame.empty else frame
    return shown(frame, visibility)


def polls_as_of(
    engine: sa.Engine, platform: str | None, handle: str | None, at: datetime, *,
    visibility: frozenset[str] = SHOWN_BY_DEFAULT,
) -> list[PollResult]:
    """Every poll (of a platform / account) with options, votes, views and participation as of `at`.
    Polls published after `at` are left out, and followers-only polls unless `visibility` includes them."""
    with engine.connect() as conn:
        frame, _ = _polls_frame(conn, platform, handle, at, visibility)
        figures = snapshots_as_of(conn, [int(i) for i in frame["id"]], at)
    return poll_results(frame, figures)


def polls_left_out(
    engine: sa.Engine, platform: str | None, handle: str | None, at: datetime, *,
    visibility: frozenset[str] = SHOWN_BY_DEFAULT,
) -> int:
    """How many polls polls_as_of leaves out for their visibility (followers-only)."""
    with engine.connect() as conn:
        return _polls_frame(conn, platform, handle, at, visibility)[1]
