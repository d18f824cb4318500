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
