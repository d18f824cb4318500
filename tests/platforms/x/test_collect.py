"""X API v2: token handling, user lookup, timeline with next_token, public_metrics, polls, rate limits, errors."""

from __future__ import annotations

import json
import logging
import traceback
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa

from reichweite.errors import ConfigError, FetchError, RateLimited
from reichweite.jobs.collect import collect
from reichweite.platforms.x import api as x_api
from reichweite.platforms.x.collector import XCollector
from reichweite.store import open_store, posts_frame, snapshots_as_of
from reichweite.store.schema import account_snapshots, collection_runs, posts, snapshots
from tests.support.cli import TOKEN, run_cli
from tests.support.replay import Reply, json_reply

NOW = datetime(2026, 8, 1, 15, 0, tzinfo=UTC)
PAGE1 = ["1383055313276964865", "1383055194603323392", "1383054927191175168", "1383054846186639361"]
PAGE2 = ["1385164195260469248", "1384605207619719170", "1618628579440619521"]


def _setup(replay) -> None:
    replay.timeline("BeatriceMazoyer", [PAGE1, PAGE2])
    replay.add_poll("1385164195260469248", [("Ja", 10), ("Nein", 5)])


def test_missing_token_says_how_to_set_it(monkeypatch, tmp_path) -> None:
    monkeypatch.delenv("X_BEARER_TOKEN", raising=False)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    with pytest.raises(ConfigError) as info:
        x_api.bearer_token()
    assert "export X_BEARER_TOKEN" in str(info.value) and "keyring set reichweite x_bearer_token" in str(info.value)
    result = run_cli("collect", "x", "someone", "--db", str(tmp_path / "x.db"))
    assert result.code == 1 and "keyring set reichweite x_bearer_token" in result.err
    assert not (tmp_path / "x.db").exists()  # nothing opened before the token question


def test_token_from_keyring(monkeypatch) -> None:
    import keyring
    from keyring.backend import KeyringBackend

    class MemoryKeyring(KeyringBackend):
        priority = 1
        store: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.store.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.store[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.store.pop((service, username), None)

    monkeypatch.delenv("X_BEARER_TOKEN", raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        keyring.set_password("reichweite", "x_bearer_token", "from-the-keyring")
        assert x_api.bearer_token() == "from-the-keyring"
    finally:
        keyring.set_keyring(previous)


def test_collect_timeline_metrics_and_poll(x_replay, tmp_path) -> None:
    server, replay = x_replay
    _setup(replay)
    engine = open_store(str(tmp_path / "x.db"))
    result = collect(engine, "x", "BeatriceMazoyer", now=NOW, collector=XCollector(server.url))
    # 7 tweets over two pages (the second asked for with the first page's next_token); retweets get no figures
    assert (result.status, result.posts_seen, result.posts_new, result.account_snapshots) == ("ok", 7, 7, 1)
    tokens = [r.arg("pagination_token") for r in server.requests if r.path.endswith("/tweets")]
    assert tokens == [None, "page-1"]
    first = server.requests[1]
    assert first.arg("expansions") == "attachments.poll_ids" and "public_metrics" in first.arg("tweet.fields")
    assert "voting_status" in first.arg("poll.fields")
    with engine.connect() as conn:
        frame = posts_frame(conn, "x", "BeatriceMazoyer").set_index("native_id")
        figures = snapshots_as_of(conn, list(frame["id"]), NOW)
        account = conn.execute(sa.select(account_snapshots)).mappings().one()
    assert frame.loc["1383055313276964865", "kind"] == "repost"
    assert frame.loc["1383054846186639361", "kind"] == "reply" and frame.loc["1383054846186639361", "langs"] == ["sv"]
    assert frame.loc["1383054927191175168", "hashtags"] == ["ayush", "liver", "transplantation", "india", "giloy"]
    assert frame.loc["1385164195260469248", "kind"] == "poll"
    assert len(figures) == 4  # 3 retweets: their metrics are the retweeted tweet's, not stored
    single = figures.loc[frame.loc["1618628579440619521", "id"]]
    assert single["views"] == 0 and single["likes"] == 0  # impression_count present: a real 0
    reply = figures.loc[frame.loc["1383054846186639361", "id"]]
    assert reply["views"] is pd_na() and reply["bookmarks"] is pd_na()  # not in the payload: unknown
    poll = figures.loc[frame.loc["1385164195260469248", "id"]]
    assert poll["poll_votes"] == 15 and poll["poll_options"] == [{"title": "Ja", "votes": 10},
                                                                   {"title": "Nein", "votes": 5}]
    assert (account["followers"], account["following"], account["posts"]) == (57, 269, 372)


def pd_na():  # noqa: ANN201
    import pandas as pd

    return pd.NA


def test_rate_limit_reset_is_honoured(x_replay, tmp_path) -> None:
    server, replay = x_replay
    _setup(replay)
    reset = int((datetime.now(UTC) + timedelta(seconds=20)).timestamp())
    server.fail("/users/", json_reply({"title": "Too Many Requests", "status": 429}, 429, [
        ("x-rate-limit-limit", "900"), ("x-rate-limit-remaining", "0"), ("x-rate-limit-reset", str(reset))]))
    waits: list[float] = []
    engine = open_store(str(tmp_path / "x.db"))
    collect(
        engine, "x", "BeatriceMazoyer", now=NOW,
        collector=XCollector(server.url, client_options={"sleep": waits.append})
    )
    assert len(waits) == 1 and 15 < waits[0] <= 22
    # a reset far away: stop, say when to re-run; the run is recorded
    server.fail("/users/by/", json_reply({"title": "Too Many Requests"}, 429, [
        ("x-rate-limit-reset", str(int(datetime.now(UTC).timestamp()) + 3 * 3600))]))
    with pytest.raises(RateLimited, match="run the same command again after"):
        collect(
            engine, "x", "BeatriceMazoyer", now=NOW, collector=XCollector(server.url, client_options={"max_wait": 60})
        )
    with engine.connect() as conn:
        assert [r.status for r in conn.execute(sa.select(collection_runs.c.status))] == ["ok", "failed"]


def test_token_never_appears_in_errors_tracebacks_logs_or_store(x_replay, tmp_path, caplog) -> None:
    server, replay = x_replay
    _setup(replay)
    caplog.set_level(logging.DEBUG)
    engine = open_store(str(tmp_path / "x.db"))
    collector = XCollector(server.url, client_options={"sleep": lambda s: None, "retries": 1})
    server.fail("/users/", Reply(500, b"oops"), Reply(500, b"oops"))
    with pytest.raises(FetchError) as info:
        collect(engine, collector.platform, "BeatriceMazoyer", now=NOW, collector=collector)
    text = "".join(traceback.format_exception(info.value)) + repr(collector.client) + repr(collector)
    wrong = XCollector(server.url, token="not-" + TOKEN)
    with pytest.raises(FetchError) as unauthorized:
        collect(engine, wrong.platform, "BeatriceMazoyer", now=NOW, collector=wrong)
    assert "HTTP 401" in str(unauthorized.value)
    text += "".join(traceback.format_exception(unauthorized.value)) + caplog.text + repr(wrong) + repr(wrong.client)
    collect(engine, collector.platform, "BeatriceMazoyer", now=NOW, collector=collector)
    with engine.connect() as conn:
        for table in (posts, snapshots, account_snapshots, collection_runs):
            text += json.dumps([dict(r) for r in conn.execute(sa.select(table)).mappings()], default=str)
    assert "BearerAuth" not in repr(collector.client) and "Authorization" not in repr(collector.client)
    assert TOKEN not in text and TOKEN[10:30] not in text


def test_malformed_and_unknown_user(x_replay, tmp_path) -> None:
    server, replay = x_replay
    with x_api.x_client(server.url, TOKEN) as client:
        with pytest.raises(FetchError, match="Could not find user with username"):
            x_api.lookup_user(client, "nobody_here_1")
        server.fail("/users/by/", Reply(200, b"<html>maintenance</html>"))
        with pytest.raises(FetchError, match="not valid JSON"):
            x_api.lookup_user(client, "BeatriceMazoyer")


def test_cli_collect_x_on_both_backends(x_replay, db_url) -> None:
    server, replay = x_replay
    _setup(replay)
    result = run_cli("collect", "x", "BeatriceMazoyer", "--api-url", server.url, "--db", db_url,
                     "--now", "2026-08-01T15:00:00Z")
    assert result.code == 0, result.err
    assert ("x BeatriceMazoyer: ok; 7 posts read in 2 pages (7 new, 0 known), 4 post snapshots, "
            "1 account snapshot") in result.out
    polls = json.loads(run_cli("polls", "x:BeatriceMazoyer", "--db", db_url, "--json").out)["polls"]
    assert [(p["votes"], p["views"], p["participation"]) for p in polls] == [(15, None, None)]
