"""Frames read without per-row conversion give exactly what the row-by-row reading through UTCDateTime gave."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pandas as pd
import sqlalchemy as sa

from reichweite.model import Post
from reichweite.store import posts_frame, save_posts
from reichweite.store.schema import posts

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def _posts_by_rows(conn: sa.Connection, platform: str, author: str) -> pd.DataFrame:
    """The earlier reading: one mapping per row, each time converted by UTCDateTime."""
    cols = [posts.c[c] for c in (
        "id", "platform", "native_id", "author", "author_id", "created_at", "text", "langs", "hashtags",
        "kind", "url", "reply_to", "visibility", "content_warning",
    )]
    query = (sa.select(*cols).where(posts.c.platform == platform, sa.func.lower(posts.c.author) == author.lower())
             .order_by(posts.c.created_at, posts.c.id))
    return pd.DataFrame(conn.execute(query).mappings().all())


def test_posts_frame_equals_the_row_by_row_reading(store: sa.Engine) -> None:
    times = [T0, T0 + timedelta(microseconds=123_456), T0 + timedelta(days=400, seconds=1),
             datetime(2026, 3, 1, 11, 0, tzinfo=UTC).astimezone(), None]  # whole seconds, fractions, a local time
    items = [Post(platform="mastodon", native_id=f"10{i}", author="@Anna@example.social", created_at=t,  # type: ignore[arg-type]
                  text=f"Beitrag {i} über Reichweite", langs=["de"] if i % 2 else [], hashtags=["fotoprompt"],
                  url=f"https://example.social/@anna/10{i}", visibility="public" if i else None,
                  content_warning="CW" if i == 2 else None)
             for i, t in enumerate(times)]
    with store.begin() as conn:
        save_posts(conn, items, source="api")
        save_posts(conn, [Post(platform="mastodon", native_id="999", author="@other@example.social",
                               created_at=T0, text="nicht dabei")], source="api")
    with store.connect() as conn:
        frame = posts_frame(conn, "mastodon", "@anna@EXAMPLE.social")
        expected = _posts_by_rows(conn, "mastodon", "@anna@example.social")
    assert len(frame) == 5
    pd.testing.assert_frame_equal(frame, expected)
    assert T0 + timedelta(microseconds=123_456) in set(frame["created_at"].dropna())
    assert pd.isna(frame["created_at"]).sum() == 1


def test_posts_frame_of_an_unknown_author_is_empty_with_the_columns(store: sa.Engine) -> None:
    with store.connect() as conn:
        frame = posts_frame(conn, "x", "nobody")
    assert frame.empty and "created_at" in frame.columns and "text" in frame.columns


def test_account_history_equals_the_row_by_row_reading(store: sa.Engine) -> None:
    from reichweite.model import AccountSnapshot
    from reichweite.store import save_account_snapshots
    from reichweite.store.queries_overview import account_history
    from reichweite.store.schema import account_snapshots, accounts

    with store.begin() as conn:
        save_account_snapshots(conn, [
            AccountSnapshot("bluesky", "anna.bsky.social", T0 + timedelta(days=d, microseconds=7 * d), "api",
                            followers=100 + d if d != 2 else None, following=50, posts=d)
            for d in range(5)])
    with store.connect() as conn:
        frame = account_history(conn, "bluesky", "Anna.bsky.social")
        query = (sa.select(account_snapshots.c.observed_at, account_snapshots.c.source, account_snapshots.c.followers,
                           account_snapshots.c.following, account_snapshots.c.posts)
                 .select_from(account_snapshots.join(accounts, accounts.c.id == account_snapshots.c.account_id))
                 .where(accounts.c.platform == "bluesky", sa.func.lower(accounts.c.handle) == "anna.bsky.social")
                 .order_by(account_snapshots.c.observed_at))
        expected = pd.DataFrame(conn.execute(query).mappings().all(),
                                columns=["observed_at", "source", "followers", "following", "posts"])
        assert account_history(conn, "bluesky", "nobody").empty
    assert len(frame) == 5
    pd.testing.assert_frame_equal(frame, expected)
