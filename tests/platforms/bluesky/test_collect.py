"""The Bluesky collector against a real HTTP server replaying AppView pages made of real items."""

from __future__ import annotations

import copy
import json
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from reichweite.errors import FetchError, NotFound, RateLimited
from reichweite.jobs.collect_bluesky import collect_bluesky
from reichweite.platforms.bluesky.appview import REASON_PIN, REASON_REPOST, BlueskyClient
from reichweite.platforms.http import ApiClient
from reichweite.store import open_store
from reichweite.store.schema import account_snapshots, collection_runs, posts, snapshots
from tests.support.appview import POSTS, AppView, Fault, author_feed_items, profiles_by_actor, serve

DID = "did:plc:5klvtukw5fucxsrkjldhrjxs"
HANDLE = "yomguithereal.bsky.social"
FEED = "app.bsky.feed.getAuthorFeed"
ITEMS = author_feed_items(DID)
OWN = [i for i in ITEMS if (i.get("reason") or {}).get("$type") != REASON_REPOST]
REPOSTS = [i for i in ITEMS if (i.get("reason") or {}).get("$type") == REASON_REPOST]


def _app() -> AppView:
    """Three pages: 3 items + a pin of an own post, a short page of 1 item that still has a cursor, the rest."""
    pin = {"post": copy.deepcopy(OWN[-1]["post"]), "reason": {"$type": REASON_PIN}}
    return AppView(
        profiles=profiles_by_actor(),
        pages={None: ([pin, *ITEMS[:3]], "c1"), "c1": (ITEMS[3:4], "c2"), "c2": (ITEMS[4:], None)},
        posts={i.get("post", i)["uri"]: i.get("post", i) for i in POSTS},
    )


def _api(url: str, **kw: float) -> ApiClient:
    return ApiClient(url, backoff=kw.get("backoff", 0.01), max_wait=kw.get("max_wait", 5.0), retries=3)


def _count(engine: sa.Engine, table: sa.Table) -> int:
    with engine.connect() as conn:
        return conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()


def _runs(engine: sa.Engine) -> list[tuple[str, int, str | None]]:
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(
            sa.select(collection_runs.c.status, collection_runs.c["items"], collection_runs.c.cursor)
            .order_by(collection_runs.c.id))]


def test_fixture_feed_is_what_the_test_assumes() -> None:
    assert len(ITEMS) == 7 and len(OWN) == 5 and len(REPOSTS) == 2


def test_collects_own_posts_across_pages_and_recollect_adds_snapshots_only(store: sa.Engine) -> None:
    app = _app()
    with serve(app) as url:
        first = collect_bluesky(store, "@YomguiThereal.bsky.social", appview=url, api=_api(url), quiet=True)
        second = collect_bluesky(store, HANDLE, appview=url, api=_api(url), quiet=True)
    assert app.feed_requests() == [None, "c1", "c2"] * 2  # the short page with a cursor is not the end
    assert (first.pages, first.posts_new, first.posts_known, first.snapshots) == (3, 5, 0, 5)
    assert first.skipped == 2
    assert (second.posts_new, second.posts_known, second.snapshots) == (0, 5, 5)
    assert _count(store, posts) == 5 and _count(store, snapshots) == 10
    assert _count(store, account_snapshots) == 2
    with store.connect() as conn:
        rows = {r.native_id: r for r in conn.execute(sa.select(posts))}
        reply = conn.execute(
            sa.select(snapshots.c.likes, snapshots.c.replies, snapshots.c.reposts, snapshots.c.quotes,
                      snapshots.c.source, snapshots.c.origin)
            .join(posts, posts.c.id == snapshots.c.post_id)
            .where(posts.c.native_id == f"at://{DID}/app.bsky.feed.post/3llp2zd2lec2r")
        ).all()
        followers = conn.execute(sa.select(account_snapshots.c.followers, account_snapshots.c.posts)).all()
    assert set(rows) == {i["post"]["uri"] for i in OWN}
    assert not {i["post"]["uri"] for i in REPOSTS} & set(rows)  # reposts by the author are not the author's posts
    assert sorted(r.kind for r in rows.values()) == ["post", "quote", "quote", "quote", "reply"]
    assert {(r.likes, r.replies, r.reposts, r.quotes, r.source) for r in reply} == {(2, 1, 0, 0, "api")}
    # origin = the request URL of the page it came from (the first page: no cursor)
    # origins keep scheme, host and path (no query: it could carry credentials)
    assert all(r.origin.endswith("/xrpc/app.bsky.feed.getAuthorFeed") for r in reply)
    assert followers == [(64, 2), (64, 2)]
    reply_post = rows[f"at://{DID}/app.bsky.feed.post/3llp2zd2lec2r"]
    assert reply_post.url == f"https://bsky.app/profile/{HANDLE}/post/3llp2zd2lec2r"
    assert reply_post.created_at == datetime(2025, 3, 31, 19, 15, 34, 173000, tzinfo=UTC)
    assert reply_post.raw["cid"] and reply_post.author_id == DID
    assert [s for s, _, _ in _runs(store)] == ["ok", "ok"]


def test_429_with_ratelimit_reset_waits_and_continues(tmp_path: Path) -> None:
    engine = open_store(str(tmp_path / "r.db"))
    app = _app()
    reset = int(time.time()) + 1
    app.fault(FEED, "c1", Fault(429, b'{"error":"RateLimitExceeded","message":"Rate Limit Exceeded"}',
                                {"ratelimit-limit": "3000", "ratelimit-remaining": "0",
                                 "ratelimit-reset": str(reset), "ratelimit-policy": "3000;w=300"}))
    started = time.monotonic()
    with serve(app) as url:
        result = collect_bluesky(engine, HANDLE, appview=url, api=_api(url), quiet=True)
    assert time.monotonic() - started >= reset - time.time() - 0.5
    assert app.feed_requests() == [None, "c1", "c1", "c2"]
    assert result.posts_new == 5 and _runs(engine)[-1][0] == "ok"


def test_502_is_retried(tmp_path: Path) -> None:
    engine = open_store(str(tmp_path / "r.db"))
    app = _app()
    app.fault(FEED, None, Fault(502, b"<html>Bad Gateway</html>"))
    with serve(app) as url:
        result = collect_bluesky(engine, HANDLE, appview=url, api=_api(url), quiet=True)
    assert app.feed_requests() == [None, None, "c1", "c2"] and result.posts_new == 5


def test_malformed_body_keeps_what_was_stored_and_resume_continues(tmp_path: Path) -> None:
    engine = open_store(str(tmp_path / "r.db"))
    app = _app()
    app.fault(FEED, "c2", Fault(200, b'{"feed": [{"post": {"uri": "at://x'))
    with serve(app) as url, pytest.raises(FetchError) as info:
        collect_bluesky(engine, HANDLE, appview=url, api=_api(url), quiet=True)
    message = str(info.value)
    assert "not valid JSON" in message and "cursor=c2" in message
    first_pages = [i for i in [OWN[-1], *ITEMS[:4]] if (i.get("reason") or {}).get("$type") != REASON_REPOST]
    stored_first = len({i["post"]["uri"] for i in first_pages})
    assert f"{stored_first:,} posts of {HANDLE} were saved in 2 pages" in message and "--resume" in message
    assert _count(engine, posts) == stored_first
    assert _runs(engine) == [("partial", stored_first, "c2")]

    with serve(app) as url:
        resumed = collect_bluesky(engine, HANDLE, appview=url, api=_api(url), resume=True, quiet=True)
        again = collect_bluesky(engine, HANDLE, appview=url, api=_api(url), resume=True, quiet=True)
    assert resumed.resumed_from == "c2" and again.resumed_from is None  # nothing left to resume after an ok run
    assert app.feed_requests() == [None, "c1", "c2", "c2", None, "c1", "c2"]
    assert _count(engine, posts) == 5
    assert (resumed.posts_new, again.posts_new, again.posts_known) == (5 - stored_first, 0, 5)
    assert [s for s, _, _ in _runs(engine)] == ["partial", "ok", "ok"]


def test_rate_limit_too_far_ahead_stops_with_resume_advice(tmp_path: Path) -> None:
    engine = open_store(str(tmp_path / "r.db"))
    app = _app()
    app.fault(FEED, "c1", Fault(429, b"{}", {"ratelimit-reset": str(int(time.time()) + 3600)}))
    with serve(app) as url, pytest.raises(RateLimited) as info:
        collect_bluesky(engine, HANDLE, appview=url, api=_api(url, max_wait=2), quiet=True)
    assert "were saved in 1 page;" in str(info.value) and "--resume" in str(info.value)
    assert "run the same command again after" in str(info.value)
    status, items, cursor = _runs(engine)[0]
    assert status == "partial" and cursor == "c1" and items == _count(engine, posts) > 0


def test_unknown_handle_is_not_found(tmp_path: Path) -> None:
    engine = open_store(str(tmp_path / "r.db"))
    with serve(_app()) as url, pytest.raises(NotFound) as info:
        collect_bluesky(engine, "nobody.invalid", appview=url, api=_api(url), quiet=True)
    assert "no Bluesky account 'nobody.invalid'" in str(info.value) and "Profile not found" in str(info.value)
    assert "getProfile" in str(info.value)
    assert _runs(engine) == [("failed", 0, None)] and _count(engine, posts) == 0


def test_since_stops_paging_once_posts_are_older(tmp_path: Path) -> None:
    engine = open_store(str(tmp_path / "r.db"))
    app = _app()
    since = datetime(2025, 3, 31, 12, 0, tzinfo=UTC)
    with serve(app) as url:
        result = collect_bluesky(engine, HANDLE, appview=url, api=_api(url), since=since, quiet=True)
    newer = {i["post"]["uri"] for i in OWN if min(i["post"]["record"]["createdAt"], i["post"]["indexedAt"])
             >= "2025-03-31T12:00"}
    with engine.connect() as conn:
        stored = set(conn.execute(sa.select(posts.c.native_id)).scalars())
    assert stored == newer and len(newer) == 1
    assert app.feed_requests() == [None, "c1"]  # page c2 holds only older posts: not fetched
    assert result.pages == 2


def test_absent_counts_stay_unknown(tmp_path: Path) -> None:
    engine = open_store(str(tmp_path / "r.db"))
    app = _app()
    items, cursor = app.pages["c1"]
    edited = copy.deepcopy(items)  # older AppView data lacks quoteCount/likeCount: drop them from a real item
    del edited[0]["post"]["likeCount"], edited[0]["post"]["quoteCount"]
    app.pages["c1"] = (edited, cursor)
    with serve(app) as url:
        collect_bluesky(engine, HANDLE, appview=url, api=_api(url), quiet=True)
    with engine.connect() as conn:
        row = conn.execute(
            sa.select(snapshots.c.likes, snapshots.c.quotes, snapshots.c.reposts)
            .join(posts, posts.c.id == snapshots.c.post_id).where(posts.c.native_id == edited[0]["post"]["uri"])
        ).one()
    assert row.likes is None and row.quotes is None and row.reposts == edited[0]["post"]["repostCount"]


def test_get_posts_remeasures_in_batches_of_25() -> None:
    app = _app()
    uris = [i.get("post", i)["uri"] for i in POSTS][:30]
    with serve(app) as url, BlueskyClient(url, api=_api(url)) as client:
        measured = client.posts(uris)
    assert [nsid for nsid, _ in app.log] == ["app.bsky.feed.getPosts"] * 2
    assert [len(q["uris"]) for _, q in app.log] == [25, 5]
    assert [p.native_id for p, _ in measured] == uris
    first = POSTS[0].get("post", POSTS[0])
    assert (measured[0][1].likes, measured[0][1].reposts) == (first["likeCount"], first["repostCount"])


def test_every_real_item_parses_and_odd_dates_do_not_break_it() -> None:
    from reichweite.platforms.bluesky.appview import post_view_to_records

    now = datetime.now(UTC)
    records = [post_view_to_records(i.get("post", i), now, "test")[0] for i in POSTS]
    assert len(records) == 123
    # one real post says createdAt/indexedAt "0000-10-14…": no usable time, kept with created_at unknown
    year_zero = [i.get("post", i)["uri"] for i in POSTS if i.get("post", i)["indexedAt"].startswith("0000")]
    assert [r.native_id for r in records if r.created_at is None] == year_zero and len(year_zero) == 1
    for item, post in zip(POSTS, records, strict=True):
        record = item.get("post", item)["record"]
        facet_tags = {f["tag"] for fc in record.get("facets", []) for f in fc["features"] if "tag" in f}
        assert facet_tags | set(record.get("tags", [])) == set(post.hashtags)
        assert (post.kind == "reply") == ("reply" in record)
    assert json.dumps(records[0].raw)  # raw JSON kept


def test_a_refused_resume_cursor_is_forgotten(tmp_path: Path) -> None:
    engine = open_store(str(tmp_path / "r.db"))
    app = _app()
    app.fault(FEED, "c1", Fault(502, b"Bad Gateway"), Fault(502, b"Bad Gateway"), Fault(502, b"Bad Gateway"),
              Fault(502, b"Bad Gateway"))
    with serve(app) as url:
        with pytest.raises(FetchError, match="HTTP 502; gave up after 4 attempts.*add --resume"):
            collect_bluesky(engine, HANDLE, appview=url, api=_api(url), quiet=True)
        app.pages = {k if k != "c1" else "c1-new": v for k, v in app.pages.items()}  # the old cursor expired
        with pytest.raises(FetchError, match="Malformed cursor.*the saved cursor was refused: run the same command "
                                             "without --resume"):
            collect_bluesky(engine, HANDLE, appview=url, api=_api(url), resume=True, quiet=True)
        assert _runs(engine)[-1] == ("partial", 0, None)  # the account's figures were stored, no post
        app.pages[None] = (app.pages[None][0], "c1-new")
        again = collect_bluesky(engine, HANDLE, appview=url, api=_api(url), resume=True, quiet=True)
    assert again.resumed_from is None and again.posts_known + again.posts_new == 5
