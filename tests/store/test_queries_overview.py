"""The overview's store queries: the latest measurement per account, by either route, is the brute-force maximum."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import sqlalchemy as sa

from reichweite.model import Post, Snapshot
from reichweite.store import open_store, save_posts, save_snapshots
from reichweite.store import queries_overview as overview

T0 = datetime(2026, 1, 1, tzinfo=UTC)


def _fill(db: str) -> sa.Engine:
    engine = open_store(db)
    posts, snaps = [], []
    for a in range(3):
        for i in range(20):
            post = Post("x", f"{a}-{i}", f"acct{a}", T0 + timedelta(hours=i), text=f"t{i}")
            posts.append(post)
            # account 2 was measured long ago only (before the walk's recent days); the others recently, shuffled
            for k in (3, 1, 2):
                when = T0 + timedelta(days=k + (0 if a == 2 else 100 + i % 7))
                snaps.append(Snapshot("x", post.native_id, when, "api", likes=k))
    posts.append(Post("x", "never-measured", "acct3", T0, text="typed in, no figures yet"))
    with engine.begin() as conn:
        ids = save_posts(conn, posts, source="api")
        save_snapshots(conn, snaps, post_ids=ids)
    return engine


def test_last_measured_is_the_maximum(db_url: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    engine = _fill(db_url)
    with engine.connect() as conn:
        brute = {r.author: r.last.isoformat().replace("+00:00", "Z") for r in conn.execute(sa.text(
            "SELECT p.author, MAX(s.observed_at) AS last FROM snapshots s JOIN posts p ON p.id = s.post_id "
            "GROUP BY p.author").columns(last=overview.UTCDateTime()))}
        walked = {e["handle"]: e["last_measured"] for e in overview.accounts_overview(conn)}
        monkeypatch.setattr(overview, "MANY_ACCOUNTS", 1)  # the one-pass route for many accounts
        grouped = {e["handle"]: e["last_measured"] for e in overview.accounts_overview(conn)}
    assert walked == grouped == {**brute, "acct3": None}
    assert brute["acct2"] == "2026-01-04T00:00:00Z"
