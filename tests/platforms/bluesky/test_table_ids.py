"""A bsky.app URL typed into a table and the collector's at-uri name the same post, in either order."""

from __future__ import annotations

import csv
from pathlib import Path

import sqlalchemy as sa

from reichweite.jobs.collect_bluesky import collect_bluesky
from reichweite.jobs.import_table import import_table
from reichweite.platforms.http import ApiClient
from reichweite.store import open_store
from reichweite.store.schema import posts, snapshots
from tests.support.appview import AppView, author_feed_items, profiles_by_actor, serve

DID = "did:plc:5klvtukw5fucxsrkjldhrjxs"
URI = f"at://{DID}/app.bsky.feed.post/3llp2zd2lec2r"


def _table(tmp_path: Path, url: str, observed: str = "2026-03-08 09:00") -> Path:
    path = tmp_path / f"t{observed[:10]}.csv"
    with path.open("w", newline="") as f:
        csv.writer(f).writerows([["platform", "post_url", "observed_at", "views"], ["bluesky", url, observed, "80"]])
    return path


def _collect(engine: sa.Engine) -> None:
    app = AppView(profiles=profiles_by_actor(), pages={None: (author_feed_items(DID), None)})
    with serve(app) as url:
        collect_bluesky(engine, "yomguithereal.bsky.social", appview=url, api=ApiClient(url, backoff=0.01),
                        quiet=True)


def _state(engine: sa.Engine) -> tuple[list[str], list[tuple[str, int | None, int | None]]]:
    with engine.connect() as conn:
        ids = sorted(conn.execute(sa.select(posts.c.native_id)).scalars())
        snaps = conn.execute(
            sa.select(snapshots.c.source, snapshots.c.likes, snapshots.c.views)
            .join(posts, posts.c.id == snapshots.c.post_id).where(posts.c.native_id == URI)
            .order_by(snapshots.c.source)
        ).all()
    return ids, [tuple(s) for s in snaps]


def test_table_after_collection_resolves_to_the_stored_post(tmp_path: Path) -> None:
    engine = open_store(str(tmp_path / "r.db"))
    _collect(engine)
    url = "https://bsky.app/profile/YomguiThereal.bsky.social/post/3llp2zd2lec2r"
    result = import_table(engine, _table(tmp_path, url))
    assert result.parts[0][3]["posts_new"] == 0
    ids, snaps = _state(engine)
    assert len(ids) == 5 and URI in ids
    assert snaps == [("api", 2, None), ("manual", None, 80)]


def test_table_before_collection_is_adopted_by_the_collector(tmp_path: Path, store: sa.Engine) -> None:
    engine = store  # SQLite and PostgreSQL
    import_table(engine, _table(tmp_path, "https://bsky.app/profile/yomguithereal.bsky.social/post/3llp2zd2lec2r"))
    with engine.connect() as conn:
        assert conn.execute(sa.select(posts.c.native_id)).scalars().all() == [
            "at://yomguithereal.bsky.social/app.bsky.feed.post/3llp2zd2lec2r"]
    _collect(engine)
    ids, snaps = _state(engine)
    assert len(ids) == 5 and all(i.startswith(f"at://{DID}/") for i in ids)
    assert snaps == [("api", 2, None), ("manual", None, 80)]


def test_did_urls_need_no_resolution(tmp_path: Path) -> None:
    engine = open_store(str(tmp_path / "r.db"))
    import_table(engine, _table(tmp_path, f"https://bsky.app/profile/{DID}/post/3llp2zd2lec2r"))
    _collect(engine)
    ids, snaps = _state(engine)
    assert len(ids) == 5 and snaps == [("api", 2, None), ("manual", None, 80)]
    with engine.connect() as conn:
        authors = set(conn.execute(sa.select(posts.c.author)).scalars())
    assert authors == {"yomguithereal.bsky.social"}  # the DID stood in for the handle until collection


def test_a_handle_change_moves_stored_posts_to_the_new_handle(tmp_path: Path) -> None:
    engine = open_store(str(tmp_path / "r.db"))
    _collect(engine)
    with engine.begin() as conn:
        conn.execute(posts.update().values(author="old-handle.bsky.social"))
    _collect(engine)
    with engine.connect() as conn:
        assert set(conn.execute(sa.select(posts.c.author)).scalars()) == {"yomguithereal.bsky.social"}
        assert conn.execute(sa.select(sa.func.count()).select_from(posts)).scalar_one() == 5
