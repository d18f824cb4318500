"""Three accounts (X, Bluesky, Mastodon) with a daily prompt measured at two dates and follower counts, for the
comparisons over several dates and accounts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import numpy as np
import sqlalchemy as sa

from reichweite.model import AccountSnapshot, Post, Snapshot
from reichweite.store import save_account_snapshots, save_posts, save_snapshots

T0 = datetime(2026, 10, 1, 5, 30, tzinfo=UTC)
D1 = datetime(2026, 11, 6, 22, 59, 59, tzinfo=UTC)
D2 = datetime(2026, 11, 21, 22, 59, 59, tzinfo=UTC)
X, BS, M = ("x", "tagesfoto"), ("bluesky", "tagesfoto.bsky.social"), ("mastodon", "@tagesfoto@mastodon.example")
THEMES = ["Licht", "Wasser", "Stein", "Glas", "Holz", "Wolken", "Nebel", "Brücken", "Türen", "Regen"]


def seed_three_accounts(engine: sa.Engine) -> None:
    """10 daily prompts: on X every day, on Bluesky days 0–7, on Mastodon days 2–9; X figures from an archive
    (no replies) at D1 and with replies at D2; follower counts for X and Bluesky."""
    rng = np.random.default_rng(7)
    posts, snaps = [], []
    for day, theme in enumerate(THEMES):
        text = f"Tag {day} der #Fotochallenge: Thema {theme}. #Tagesfoto"
        created = T0 + timedelta(days=day)
        accounts = [("x", "tagesfoto", str(1_900_000 + day), 0)]
        if day <= 7:
            accounts.append(("bluesky", "tagesfoto.bsky.social", f"at://did:plc:t/app.bsky.feed.post/{day}", 4))
        if day >= 2:
            accounts.append(("mastodon", "@tagesfoto@mastodon.example",
                             f"https://mastodon.example/users/tagesfoto/statuses/{day}", 7))
        for platform, author, native, minutes in accounts:
            posts.append(Post(platform, native, author, created + timedelta(minutes=minutes), text,
                              url=native if native.startswith("http") else None))
            likes = int(rng.integers(0, 40))
            reposts = int(rng.integers(0, 6))
            replies = None if platform == "x" else int(rng.integers(0, 5))
            snaps.append(Snapshot(platform, native, D1 - timedelta(hours=2), "manual", likes=likes,
                                  reposts=reposts, replies=replies))
            if not (platform == "mastodon" and day == 9):  # one post not measured again
                snaps.append(Snapshot(platform, native, D2 - timedelta(hours=2), "manual",
                                      likes=likes + int(rng.integers(0, 10)), reposts=reposts + 1,
                                      replies=int(rng.integers(0, 5)) if replies is None else replies + 1))
    followers = [AccountSnapshot("x", "tagesfoto", D1 - timedelta(days=3), "manual", followers=1200),
                 AccountSnapshot("x", "tagesfoto", D2 - timedelta(days=3), "manual", followers=1260),
                 AccountSnapshot("bluesky", "tagesfoto.bsky.social", T0, "api", followers=800)]
    with engine.begin() as conn:
        ids = save_posts(conn, posts, source="manual")
        save_snapshots(conn, snaps, post_ids=ids)
        save_account_snapshots(conn, followers)
