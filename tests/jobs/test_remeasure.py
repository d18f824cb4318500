"""Re-measuring due posts the timeline did not show: Mastodon /statuses/:id, X /tweets?ids=, Bluesky getPosts."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa

from reichweite.jobs.collect import collect
from reichweite.platforms.bluesky.collector import BlueskyCollector
from reichweite.platforms.collector import KnownPost
from reichweite.platforms.mastodon.collector import MastodonCollector
from reichweite.platforms.x.collector import XCollector
from reichweite.store import open_store
from reichweite.store.schema import posts, snapshots
from tests.support.replay import BlueskyReplay, ReplayServer

DAY1 = datetime(2026, 8, 1, 15, tzinfo=UTC)
DAY2 = datetime(2026, 8, 2, 15, tzinfo=UTC)
DAY3 = datetime(2026, 8, 3, 15, tzinfo=UTC)


def first_page_only(_ids: list[str], _oldest: datetime | None) -> bool:
    return True


def _snapshots_of(engine: sa.Engine, native_id: str) -> list[tuple[datetime, int | None]]:
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(
            sa.select(snapshots.c.observed_at, snapshots.c.likes).join(posts, posts.c.id == snapshots.c.post_id)
            .where(posts.c.native_id == native_id).order_by(snapshots.c.observed_at))]


def test_mastodon_status_by_id(mastodon_replay, tmp_path: Path) -> None:
    server, replay = mastodon_replay
    engine = open_store(str(tmp_path / "r.db"))
    collector = MastodonCollector(server.url, page_limit=5)
    collect(engine, collector.platform, "@mastodonpy_test@localhost:3000", now=DAY1, collector=collector)
    oldest = "http://localhost:3000/@mastodonpy_test/117020581839088888"  # on the second page
    replay.day = 1
    result = collect(
        engine, collector.platform, "@mastodonpy_test@localhost:3000", now=DAY2, collector=collector,
        account_figures=False, keep=lambda p: False, remeasure=[KnownPost(oldest, oldest)], stop=first_page_only
    )
    assert result.remeasured == 1 and result.snapshots == 1
    assert any(r.path == "/api/v1/statuses/117020581839088888" for r in server.requests)
    assert _snapshots_of(engine, oldest) == [(DAY1, 0), (DAY2, 3)]


def test_x_tweets_lookup(x_replay, tmp_path: Path) -> None:
    server, replay = x_replay
    replay.timeline("BeatriceMazoyer", [["1385164195260469248"], ["1384605207619719170"]])
    engine = open_store(str(tmp_path / "r.db"))
    collector = XCollector(server.url)
    collect(engine, collector.platform, "BeatriceMazoyer", now=DAY1, collector=collector)
    replay.day = 1
    result = collect(
        engine, collector.platform, "BeatriceMazoyer", now=DAY2, collector=collector, account_figures=False,
        keep=lambda p: False, remeasure=[KnownPost("1384605207619719170")], stop=first_page_only
    )
    lookups = [r for r in server.requests if r.path == "/tweets"]
    assert result.remeasured == 1 and [r.arg("ids") for r in lookups] == ["1384605207619719170"]
    assert _snapshots_of(engine, "1384605207619719170") == [(DAY1, 1), (DAY2, 5)]


def test_bluesky_get_posts(tmp_path: Path) -> None:
    replay = BlueskyReplay("boogheta.bsky.social")
    uri = "at://did:plc:hbbrkyeqnurr25zqve3a5udb/app.bsky.feed.post/3ljpthyfcqs2e"
    with ReplayServer(replay) as server:
        engine = open_store(str(tmp_path / "r.db"))
        collector = BlueskyCollector(server.url)
        collect(engine, collector.platform, "boogheta.bsky.social", now=DAY1, collector=collector)
        replay.day = 1
        result = collect(
            engine, collector.platform, "boogheta.bsky.social", now=DAY2, collector=collector, account_figures=False,
            keep=lambda p: p.native_id == uri, remeasure=[KnownPost(uri)], stop=first_page_only
        )
        collector.close()
    # the single feed page holds every post, so the due one is measured from it, not fetched again
    assert result.remeasured == 0 and result.snapshots == 1
    requests = [r.path for r in server.requests]
    assert requests.count("/xrpc/app.bsky.feed.getPosts") == 0
    replay.feed_limit = 1  # the feed now shows only the newest post
    replay.day = 2
    with ReplayServer(replay) as server:
        collector = BlueskyCollector(server.url)
        result = collect(
            engine, collector.platform, "boogheta.bsky.social", now=DAY3, collector=collector, account_figures=False,
            keep=lambda p: False, remeasure=[KnownPost(uri)], stop=first_page_only
        )
        collector.close()
        assert [r.query["uris"] for r in server.requests if r.path.endswith("getPosts")] == [[uri]]
    assert result.remeasured == 1 and _snapshots_of(engine, uri) == [(DAY1, 7), (DAY2, 9), (DAY3, 11)]
