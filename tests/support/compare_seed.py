"""A small store of cross-posts written with save_posts/save_snapshots (X archive-like, Bluesky API-like)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa

from reichweite.model import Post, Snapshot
from reichweite.store import save_posts, save_snapshots

T0 = datetime(2026, 8, 3, 5, 30, tzinfo=UTC)
ARCHIVE_AT = datetime(2026, 9, 1, 7, 12, 44, tzinfo=UTC)
FETCH_1 = datetime(2026, 8, 20, 12, 0, tzinfo=UTC)
FETCH_2 = datetime(2026, 9, 2, 12, 0, tzinfo=UTC)
DID = "did:plc:abcdefghijklmnopqrstuvwx"
X_LIKES = [10, 0, 7, 30, 4, 9, 12, 3]
X_REPOSTS = [2, 0, 1, 5, 0, 1, 2, 0]
BS_LIKES_1 = [15, 1, 6, 10, 8, 14, 20, 2]
BS_LIKES_2 = [20, 1, 7, 12, 9, 18, 25, 2]
BS_REPOSTS = [3, 0, 1, 1, 1, 2, 4, 0]
BS_REPLIES = [4, 0, 0, 2, 1, 1, 3, 0]


@dataclass
class Seeded:
    x_ids: list[str]
    bs_ids: list[str]
    x_only: str
    bs_only: str
    x_retweet: str
    hostile_text: str


def x_id(i: int) -> str:
    return str(2079070923125941070 + i * 362_000_000_000_000)


def bs_uri(i: int) -> str:
    return f"at://{DID}/app.bsky.feed.post/3lx{i:010d}"


def seed_store(engine: sa.Engine, *, with_replies: bool = False) -> Seeded:
    """8 daily cross-posts (X then Bluesky 4 minutes later), 1 X-only, 1 Bluesky-only, 1 retweet.

    X figures come from one archive snapshot (no replies); Bluesky from two API fetches; with_replies adds the X
    replies as a manual table would.
    """
    hostile = "Tag 0 <script>alert('x')</script> & #Tagesfoto"
    x_posts, bs_posts, x_snaps, bs_snaps = [], [], [], []
    for i in range(8):
        text = hostile if i == 0 else f"Tag {i} der #Fotochallenge: Thema {i}. #Tagesfoto"
        created = T0 + timedelta(days=i)
        x_posts.append(Post("x", x_id(i), "tagesfoto", created, text + " https://t.co/abcdefghij",
                            url=f"https://x.com/tagesfoto/status/{x_id(i)}"))
        x_snaps.append(Snapshot("x", x_id(i), ARCHIVE_AT, "archive", likes=X_LIKES[i], reposts=X_REPOSTS[i]))
        bs_posts.append(Post("bluesky", bs_uri(i), "tagesfoto.bsky.social", created + timedelta(minutes=4), text,
                             url=f"https://bsky.app/profile/tagesfoto.bsky.social/post/3lx{i:010d}"))
        for fetched, likes in ((FETCH_1, BS_LIKES_1[i]), (FETCH_2, BS_LIKES_2[i])):
            bs_snaps.append(Snapshot("bluesky", bs_uri(i), fetched, "api", likes=likes, reposts=BS_REPOSTS[i],
                                     replies=BS_REPLIES[i], quotes=0))
    x_only = x_id(20)
    x_posts.append(Post("x", x_only, "tagesfoto", T0 + timedelta(days=3, hours=12), "Kurze Umfrage nur hier"))
    x_snaps.append(Snapshot("x", x_only, ARCHIVE_AT, "archive", likes=5, reposts=0))
    retweet = x_id(21)
    x_posts.append(Post("x", retweet, "tagesfoto", T0 + timedelta(days=2, hours=3), "RT @other: Tag 2 der "
                        "#Fotochallenge: Thema 2. #Tagesfoto", kind="repost"))
    bs_only = bs_uri(30)
    bs_posts.append(Post("bluesky", bs_only, "tagesfoto.bsky.social", T0 + timedelta(days=5, hours=13),
                         "Hallo Bluesky!"))
    bs_snaps.append(Snapshot("bluesky", bs_only, FETCH_2, "api", likes=40, reposts=2, replies=5, quotes=1))
    with engine.begin() as conn:
        ids = save_posts(conn, x_posts, source="archive")
        save_snapshots(conn, x_snaps, post_ids=ids)
        ids = save_posts(conn, bs_posts, source="api")
        save_snapshots(conn, bs_snaps, post_ids=ids)
        if with_replies:
            replies = [Snapshot("x", x_id(i), ARCHIVE_AT + timedelta(hours=3), "manual", replies=i % 3)
                       for i in range(8)]
            replies.append(Snapshot("x", x_only, ARCHIVE_AT + timedelta(hours=3), "manual", replies=0))
            save_snapshots(conn, replies)
    return Seeded([x_id(i) for i in range(8)], [bs_uri(i) for i in range(8)], x_only, bs_only, retweet, hostile)
