"""Mastodon: lookup, Link-header pagination, counts, polls, HTML → text, rate limits and errors, on recorded answers."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pandas as pd
import pytest
import sqlalchemy as sa

from reichweite.errors import FetchError, NotFound, RateLimited, UsageError
from reichweite.jobs.collect import collect
from reichweite.platforms.http import ApiClient
from reichweite.platforms.mastodon import api as mastodon
from reichweite.platforms.mastodon.collector import MastodonCollector
from reichweite.store import open_store, posts_frame, snapshots_as_of
from reichweite.store.schema import account_snapshots, collection_runs, snapshots
from tests.support.cli import run_cli
from tests.support.replay import Reply, json_reply

NOW = datetime(2026, 8, 1, 15, 0, tzinfo=UTC)
HANDLE = "@mastodonpy_test@localhost:3000"


def test_html_to_text_keeps_breaks_links_and_entities() -> None:
    html = ('<p>Hallo &amp; willkommen!<br>Zweite Zeile</p><p>Mehr: <a href="https://example.org/a/b">'
            '<span class="invisible">https://</span><span class="ellipsis">example.org/a</span>'
            '<span class="invisible">/b</span></a> <a href="https://m.social/tags/Umfrage" class="mention hashtag">'
            '#<span>Umfrage</span></a></p>')
    assert mastodon.html_to_text(html) == "Hallo & willkommen!\nZweite Zeile\n\nMehr: https://example.org/a/b #Umfrage"
    assert mastodon.html_to_text("<p>it&#39;s cool guy too</p>") == "it's cool guy too"
    assert mastodon.html_to_text(None) == ""


def test_link_header_and_handles() -> None:
    link = ('<http://h/api/v1/accounts/1/statuses?limit=5&max_id=9>; rel="next", '
            '<http://h/api/v1/accounts/1/statuses?limit=5&min_id=12>; rel="prev"')
    assert mastodon.next_link(link) == "http://h/api/v1/accounts/1/statuses?limit=5&max_id=9"
    assert mastodon.next_link('<http://h/x?min_id=1>; rel="prev"') is None
    assert mastodon.normalise_handle("Alice@Mastodon.Social") == "@Alice@mastodon.social"
    assert mastodon.instance_url("@a@det.social") == "https://det.social"
    with pytest.raises(UsageError, match="@user@instance"):
        mastodon.normalise_handle("alice")


def test_pagination_follows_the_recorded_link_header(mastodon_replay) -> None:
    server, replay = mastodon_replay
    with ApiClient(server.url) as client:
        account = mastodon.lookup_account(client, HANDLE)
        pages = list(mastodon.iter_status_pages(client, account["id"], limit=5))
    assert account["statuses_count"] == 11 and account["username"] == "mastodonpy_test"
    assert [len(p.statuses) for p in pages] == [5, 5]
    # the second request is exactly the recorded rel="next" URL (max_id of the recorded Link header)
    assert "max_id=117020581882406424" in pages[1].url
    ids = [s["id"] for p in pages for s in p.statuses]
    assert ids == sorted(ids, key=int, reverse=True) and len(set(ids)) == 10


def test_collect_stores_posts_counts_and_account(mastodon_replay, tmp_path) -> None:
    server, replay = mastodon_replay
    engine = open_store(str(tmp_path / "m.db"))
    collector = MastodonCollector(server.url, page_limit=5)
    result = collect(engine, collector.platform, HANDLE, now=NOW, collector=collector)
    assert (result.status, result.posts_seen, result.posts_new, result.snapshots, result.account_snapshots) == (
        "ok", 10, 10, 10, 1)
    with engine.connect() as conn:
        frame = posts_frame(conn, "mastodon", HANDLE)
        figures = snapshots_as_of(conn, list(frame["id"]), NOW)
        account = conn.execute(sa.select(account_snapshots)).mappings().one()
    assert set(frame["text"]) == {f"Toot number {i}!" for i in range(10)}
    assert frame["native_id"].iloc[0].startswith("http://localhost:3000/@mastodonpy_test/")
    assert set(frame["langs"].map(tuple)) == {("en",)}
    assert (figures["likes"] == 0).all() and (figures["quotes"] == 0).all()
    assert figures["views"].isna().all()  # Mastodon shows no views: unknown, not 0
    assert (account["followers"], account["following"], account["posts"]) == (0, 0, 11)
    # running again at the same moment stores nothing twice
    again = collect(engine, collector.platform, HANDLE, now=NOW, collector=collector)
    assert (again.posts_new, again.snapshots, again.account_snapshots) == (0, 0, 0)


def test_poll_and_japanese_language_from_the_public_timeline_recording(mastodon_replay, tmp_path) -> None:
    server, replay = mastodon_replay
    replay.day = 1
    engine = open_store(str(tmp_path / "m.db"))
    collect(engine, "mastodon", "@admin@localhost:3000", now=NOW, collector=MastodonCollector(server.url))
    with engine.connect() as conn:
        frame = posts_frame(conn, "mastodon", "@admin@localhost:3000")
        figures = snapshots_as_of(conn, list(frame["id"]), NOW)
    poll = frame[frame["kind"] == "poll"].iloc[0]
    assert poll["text"] == "nice"
    row = figures.loc[poll["id"]]
    # recorded: votes 1, voters 1, options 0/1; the replay adds day 1's vote to the first option
    assert (row["poll_votes"], row["poll_voters"]) == (2, 2)
    assert row["poll_options"] == [{"title": "four twenty", "votes": 1}, {"title": "sixty-nine", "votes": 1}]
    assert row["likes"] == 3 and row["reposts"] == 1


def test_boost_is_a_repost_without_figures(mastodon_replay) -> None:
    _, replay = mastodon_replay
    original = replay.statuses["117020582721532745"]
    boost = {**original, "id": "117020599999999999", "uri": original["uri"] + "/activity", "url": None,
             "content": "", "reblog": original, "poll": None}
    post = mastodon.status_post(boost, "localhost:3000")
    assert post.kind == "repost" and post.native_id.endswith("/activity") and post.text == "nice"
    assert mastodon.status_snapshot(boost, NOW, "x") is None


def test_rate_limit_waits_for_the_iso_reset_then_continues(mastodon_replay) -> None:
    server, _ = mastodon_replay
    reset = (datetime.now(UTC) + timedelta(seconds=30)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    server.fail("/api/v1/accounts/lookup", json_reply(
        {"error": "Too many requests"}, 429,
        [("x-ratelimit-limit", "300"), ("x-ratelimit-remaining", "0"), ("x-ratelimit-reset", reset)]))
    waits: list[float] = []
    with ApiClient(server.url, sleep=waits.append) as client:
        assert mastodon.lookup_account(client, HANDLE)["id"] == "117020565966271181"
    assert len(waits) == 1 and 25 < waits[0] <= 32


def test_rate_limit_too_long_is_recorded_and_says_when_to_rerun(mastodon_replay, tmp_path) -> None:
    server, _ = mastodon_replay
    reset = (datetime.now(UTC) + timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    server.fail("/api/v1/accounts/117", Reply(429, b'{"error":"Too many requests"}', [("x-ratelimit-reset", reset)]))
    engine = open_store(str(tmp_path / "m.db"))
    collector = MastodonCollector(server.url, client_options={"max_wait": 60, "sleep": lambda s: None})
    with pytest.raises(RateLimited, match="run the same command again after"):
        collect(engine, collector.platform, HANDLE, now=NOW, collector=collector)
    with engine.connect() as conn:
        run = conn.execute(sa.select(collection_runs)).mappings().one()
        assert conn.execute(sa.select(sa.func.count()).select_from(snapshots)).scalar_one() == 0
    # the account answered, the statuses did not: partial, and nothing stored as 0
    assert run["status"] == "partial" and "Rate limit" in run["message"]


@pytest.mark.parametrize("fault", ["5xx", "malformed", "timeout"])
def test_errors_are_retried_or_reported_never_stored_as_zero(mastodon_replay, tmp_path, fault) -> None:
    server, _ = mastodon_replay
    if fault == "5xx":
        server.fail("/api/v1/accounts/117", Reply(503, b"<html>Service Unavailable</html>"),
                    Reply(502, b"bad gateway"))
        options = {"sleep": lambda s: None}
    elif fault == "malformed":
        server.fail("/api/v1/accounts/117", Reply(200, b'[{"id": "1", "content": '))
        options = {"sleep": lambda s: None}
    else:
        server.fail("/api/v1/accounts/117", *[Reply(200, b"[]", delay=1.5)] * 2)
        options = {"timeout": 0.5, "retries": 1, "sleep": lambda s: None}
    engine = open_store(str(tmp_path / "m.db"))
    collector = MastodonCollector(server.url, client_options=options)
    if fault == "5xx":  # two failures, then the recorded answer
        assert collect(
            engine, collector.platform, HANDLE, now=NOW, collector=collector
        ).snapshots == 12  # all statuses of the recordings
        return
    with pytest.raises(FetchError) as info:
        collect(engine, collector.platform, HANDLE, now=NOW, collector=collector)
    assert "/api/v1/accounts/117020565966271181/statuses" in str(info.value)
    assert ("not valid JSON" if fault == "malformed" else "timed out") in str(info.value)
    with engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(snapshots)).scalar_one() == 0
        assert conn.execute(sa.select(collection_runs.c.status)).scalar_one() == "partial"


def test_unknown_account_is_not_found(mastodon_replay) -> None:
    server, _ = mastodon_replay
    with ApiClient(server.url) as client, pytest.raises(NotFound, match="Record not found"):
        mastodon.lookup_account(client, "@nobody@localhost:3000")


def test_cli_collect_mastodon_on_both_backends(mastodon_replay, db_url) -> None:
    server, _ = mastodon_replay
    result = run_cli("collect", "mastodon", HANDLE, "--instance-url", server.url, "--db", db_url,
                     "--now", "2026-08-01T15:00:00Z")
    assert result.code == 0, result.err
    assert ("mastodon @mastodonpy_test@localhost:3000: ok; 12 posts read in 1 page (12 new, 0 known), "
            "12 post snapshots") in result.out
    shown = run_cli("accounts", f"mastodon:{HANDLE}", "--db", db_url, "--at", "2026-08-01T16:00:00Z", "--json")
    data = json.loads(shown.out)
    assert [(a["followers"], a["following"], a["posts"]) for a in data["accounts"]] == [(0, 0, 11)]
    engine = open_store(db_url)
    with engine.connect() as conn:
        runs = pd.DataFrame(conn.execute(sa.select(collection_runs)).mappings().all())
    assert list(runs["status"]) == ["ok"] and list(runs["target"]) == [HANDLE]
