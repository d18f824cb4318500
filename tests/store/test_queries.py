"""The store on SQLite and PostgreSQL: posts once, snapshots append-only, as-of and at-age questions."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pandas as pd
import sqlalchemy as sa

from reichweite.model import AccountSnapshot, Post, Snapshot
from reichweite.store import (
    account_snapshots_as_of,
    open_store,
    posts_frame,
    save_account_snapshots,
    save_posts,
    save_snapshots,
    snapshots_as_of,
    snapshots_at_age,
)
from reichweite.store.schema import posts, snapshots

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def _post(n: int, **kw) -> Post:
    return Post(platform="bluesky", native_id=f"at://did:plc:a/app.bsky.feed.post/{n}", author="alice.bsky.social",
                created_at=T0 + timedelta(days=n), text=f"Tag {n} #fotoprompt", **kw)


def test_posts_are_stored_once_and_fill_unknown_fields(store: sa.Engine) -> None:
    with store.begin() as conn:
        first = save_posts(conn, [_post(1), _post(2)], source="api")
    with store.begin() as conn:
        bare = Post(platform="bluesky", native_id=_post(3).native_id, author="alice.bsky.social", created_at=None)  # type: ignore[arg-type]
        again = save_posts(conn, [_post(1), bare], source="manual")
        save_posts(conn, [_post(3)], source="api")
    assert first[("bluesky", _post(1).native_id)] == again[("bluesky", _post(1).native_id)]
    with store.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(posts)).scalar_one() == 3
        frame = posts_frame(conn, "bluesky", "ALICE.bsky.social")
    assert list(frame["text"]) == ["Tag 1 #fotoprompt", "Tag 2 #fotoprompt", "Tag 3 #fotoprompt"]
    assert frame["created_at"].iloc[2] == T0 + timedelta(days=3)


def test_snapshots_are_append_only_without_duplicates(store: sa.Engine) -> None:
    with store.begin() as conn:
        ids = save_posts(conn, [_post(1)], source="api")
        snap = Snapshot("bluesky", _post(1).native_id, T0 + timedelta(days=2), "api", likes=5, replies=1, reposts=0)
        assert save_snapshots(conn, [snap], post_ids=ids) == 1
    with store.begin() as conn:
        assert save_snapshots(conn, [snap]) == 0
        later = Snapshot("bluesky", _post(1).native_id, T0 + timedelta(days=9), "api", likes=9, replies=2, reposts=1)
        assert save_snapshots(conn, [later]) == 1
    with store.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(snapshots)).scalar_one() == 2


def test_as_of_takes_latest_snapshot_per_figure_and_source(store: sa.Engine) -> None:
    nid = _post(1).native_id
    with store.begin() as conn:
        ids = save_posts(conn, [_post(1)], source="api")
        save_snapshots(conn, [
            Snapshot("bluesky", nid, T0 + timedelta(days=2), "api", likes=5, replies=1, reposts=0),
            Snapshot("bluesky", nid, T0 + timedelta(days=5), "api", likes=8, replies=None, reposts=2),
            Snapshot("bluesky", nid, T0 + timedelta(days=4), "manual", replies=3),
            Snapshot("bluesky", nid, T0 + timedelta(days=30), "api", likes=50, replies=9, reposts=9),
        ])
        pid = ids[("bluesky", nid)]
        early = snapshots_as_of(conn, [pid], T0 + timedelta(days=3))
        mid = snapshots_as_of(conn, [pid], T0 + timedelta(days=6))
        before = snapshots_as_of(conn, [pid], T0)
    assert early.loc[pid, "likes"] == 5 and early.loc[pid, "replies"] == 1
    # replies unknown in the latest api snapshot: taken from the manual one (day 4)
    assert (mid.loc[pid, "likes"], mid.loc[pid, "replies"], mid.loc[pid, "reposts"]) == (8, 3, 2)
    assert mid.loc[pid, "observed_at"] == T0 + timedelta(days=5)
    assert pd.isna(mid.loc[pid, "quotes"])
    assert before.empty


def test_at_age_takes_nearest_after_within_tolerance(store: sa.Engine) -> None:
    with store.begin() as conn:
        ids = save_posts(conn, [_post(1), _post(2)], source="api")
        p1, p2 = ids[("bluesky", _post(1).native_id)], ids[("bluesky", _post(2).native_id)]
        c1, c2 = _post(1).created_at, _post(2).created_at
        n1 = _post(1).native_id
        save_snapshots(conn, [
            Snapshot("bluesky", n1, c1 + timedelta(days=6, hours=23), "api", likes=1, replies=0, reposts=0),
            Snapshot("bluesky", n1, c1 + timedelta(days=7, hours=2), "api", likes=7, replies=0, reposts=0),
            Snapshot("bluesky", n1, c1 + timedelta(days=7, hours=5), "api", likes=9, replies=0, reposts=0),
            Snapshot("bluesky", _post(2).native_id, c2 + timedelta(days=9), "api", likes=4, replies=0, reposts=0),
        ])
        created = pd.Series({p1: c1, p2: c2})
        frame = snapshots_at_age(conn, created, timedelta(days=7), timedelta(hours=12))
    assert frame.loc[p1, "likes"] == 7
    assert p2 not in frame.index  # nothing within 12 h after day 7: absent, not 0


def test_account_snapshots_as_of(store: sa.Engine) -> None:
    with store.begin() as conn:
        save_account_snapshots(conn, [
            AccountSnapshot("bluesky", "alice.bsky.social", T0, "api", followers=100, following=10, posts=5),
            AccountSnapshot(
                "bluesky", "alice.bsky.social", T0 + timedelta(days=1), "api", followers=120, following=11, posts=6
            ),
        ])
        assert save_account_snapshots(conn, [
            AccountSnapshot("bluesky", "alice.bsky.social", T0, "api", followers=100, following=10, posts=5)
        ]) == 0
        frame = account_snapshots_as_of(conn, "bluesky", "alice.bsky.social", T0 + timedelta(hours=1))
    assert frame.loc[0, "followers"] == 100


def test_a_failed_import_leaves_nothing_behind(db_url: str) -> None:
    engine = open_store(db_url)
    try:
        with engine.begin() as conn:
            save_posts(conn, [_post(1)], source="api")
            raise RuntimeError("the file broke off in the middle")
    except RuntimeError:
        pass
    with engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(posts)).scalar_one() == 0
    engine.dispose()
