"""Results kept by the web app are used only while the store is unchanged: a write by any connection shows."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa

from reichweite.jobs.compare import compare
from reichweite.model import Snapshot
from reichweite.store import open_store, save_snapshots
from reichweite.store.schema import posts
from reichweite.web.cache import ResultCache, StoreMarker, results

from .conftest import ACCOUNTS, X_HANDLE, csrf_of, make_client


def _remeasure(db: str, native_id: str, observed_at: datetime, likes: int) -> None:
    """A new measurement of one X post, stored by a connection of another engine (as a collection would)."""
    engine = open_store(db)
    with engine.begin() as conn:
        post_id = conn.execute(sa.select(posts.c.id).where(posts.c.platform == "x",
                                                           posts.c.native_id == native_id)).scalar_one()
        save_snapshots(conn, [Snapshot("x", native_id, observed_at, "api", likes=likes, replies=0, reposts=0,
                                       quotes=0)], post_ids={("x", native_id): post_id})
    engine.dispose()


def test_api_compare_is_kept_until_the_store_changes(demo_db: str) -> None:
    at = (datetime.now(UTC) + timedelta(days=1)).date().isoformat()
    client = make_client(demo_db)
    engine = client.app.state.engine  # type: ignore[attr-defined]
    cache = results(engine)
    first = client.get("/api/compare", params={"account": ACCOUNTS, "at": at})
    assert first.status_code == 200 and cache.stats.misses >= 1 and cache.stats.hits == 0
    again = client.get("/api/compare", params={"account": ACCOUNTS, "at": at})
    assert again.content == first.content and cache.stats.hits == 1

    pair = first.json()["pairs"][0]
    _remeasure(demo_db, pair["a_native_id"], datetime.now(UTC) - timedelta(minutes=1), likes=987_654)
    changed = client.get("/api/compare", params={"account": ACCOUNTS, "at": at}).json()
    assert changed["pairs"][0]["a_interactions"] != pair["a_interactions"]
    assert changed["pairs"][0]["a_interactions"] >= 987_654
    fresh = compare(engine, ("x", X_HANDLE), ("bluesky", ACCOUNTS[1].split(":", 1)[1]),
                    at=datetime.fromisoformat(changed["definitions"]["as_of"].replace("Z", "+00:00")), out=None)
    assert changed == json.loads(json.dumps({**fresh.to_json(), "report": None}))


def test_a_comparison_as_of_now_is_never_kept(demo_db: str) -> None:
    client = make_client(demo_db)
    cache = results(client.app.state.engine)  # type: ignore[attr-defined]
    for _ in range(2):
        assert client.get("/api/compare", params={"account": ACCOUNTS}).status_code == 200
    assert cache.stats.hits == 0 and cache.stats.uncached >= 2


def test_sqlite_marker_moves_with_a_commit_of_any_connection(sqlite_url: str) -> None:
    engine = open_store(sqlite_url)
    marker = StoreMarker(engine)
    start = marker.current()
    with engine.connect() as conn:  # reading changes nothing
        conn.execute(sa.select(sa.func.count()).select_from(posts)).scalar_one()
    assert marker.current() == start
    other = sqlite3.connect(sqlite_url)  # another program writing to the file
    other.execute("INSERT INTO posts (platform, native_id, author, kind, first_seen_at) "
                  "VALUES ('x', '1', 'a', 'post', '2026-01-01 00:00:00.000000')")
    other.commit()
    other.close()
    moved = marker.current()
    assert moved != start
    cache = ResultCache(engine)
    calls: list[int] = []
    assert cache.get("k", lambda: calls.append(1) or len(calls)) == 1
    assert cache.get("k", lambda: calls.append(1) or len(calls)) == 1
    with engine.begin() as conn:
        conn.execute(sa.delete(posts))
    assert cache.get("k", lambda: calls.append(1) or len(calls)) == 2
    marker.close()
    cache.marker.close()
    engine.dispose()


def test_marker_moves_with_a_write_on_each_backend(store: sa.Engine) -> None:
    marker = StoreMarker(store)
    start = marker.current()
    assert start is not None
    with store.begin() as conn:
        conn.execute(sa.insert(posts).values(platform="x", native_id="1", author="a", kind="post",
                                             first_seen_at=datetime(2026, 1, 1, tzinfo=UTC)))
    assert marker.current() != start


def test_compare_page_result_is_kept_per_language(demo_db: str) -> None:
    at = (datetime.now(UTC) + timedelta(days=1)).date().isoformat()
    client = make_client(demo_db)
    cache = results(client.app.state.engine)  # type: ignore[attr-defined]
    params = {"account": ACCOUNTS, "at": at}

    def result_of(html: str) -> str:
        return html[html.index('<section id="result"'):]

    english = client.get("/compare", params=params).text
    hits = cache.stats.hits
    assert result_of(client.get("/compare", params=params).text) == result_of(english)
    assert cache.stats.hits == hits + 1
    client.post("/lang", data={"lang": "de", "csrf_token": csrf_of(client)})
    german = result_of(client.get("/compare", params=params).text)
    assert german != result_of(english) and "Paare" in german and "Pairs" in result_of(english)
    htmx = client.get("/compare", params=params, headers={"hx-request": "true", "hx-target": "result"}).text
    assert htmx.strip() and htmx in german
