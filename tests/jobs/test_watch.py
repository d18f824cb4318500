"""The watch list: planning what is due, the lock, --every, failures recorded, and a run killed with SIGKILL."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from filelock import FileLock

from reichweite.errors import ConfigError
from reichweite.jobs.watch import run_watch
from reichweite.schedule import Plan, account_due, due_ages, load_watch_list, missed_ages, next_run
from reichweite.store import open_store
from reichweite.store.schema import collection_runs, posts, snapshots
from tests.support import SRC
from tests.support.cli import TOKEN, run_cli
from tests.support.replay import Reply, XReplay

CREATED = datetime(2026, 8, 1, 12, 0, tzinfo=UTC)
H = timedelta(hours=1)
NON_RETWEETS = ["1385164195260469248", "1384605207619719170", "1384603875454328841", "1384158791877287943",
                "1383483507071021058", "1383054846186639361", "1618628579440619521"]


def test_due_ages_follow_the_plan() -> None:
    plan = Plan(post_ages=[H, 24 * H, 7 * 24 * H], tolerance=2 * H, accounts_every=24 * H)
    assert due_ages(CREATED, [], plan, CREATED + 30 * timedelta(minutes=1)) == []  # too young
    assert due_ages(CREATED, [], plan, CREATED + 2 * H) == [H]
    assert due_ages(CREATED, [CREATED + 90 * timedelta(minutes=1)], plan, CREATED + 2 * H) == []  # taken
    assert due_ages(CREATED, [CREATED + 10 * timedelta(minutes=1)], plan, CREATED + 2 * H) == [H]  # before window
    assert due_ages(CREATED, [], plan, CREATED + 3 * H + timedelta(seconds=1)) == []  # window passed
    assert missed_ages(CREATED, [], plan, CREATED + 25 * H) == [H]
    assert due_ages(CREATED, [CREATED + 2 * H], plan, CREATED + 25 * H) == [24 * H]
    assert account_due(None, plan, CREATED) and not account_due(CREATED, plan, CREATED + 23 * H)
    assert account_due(CREATED, plan, CREATED + 24 * H)
    assert next_run(CREATED + 16 * timedelta(minutes=1), 15 * timedelta(minutes=1), CREATED) == CREATED + 30 * \
        timedelta(minutes=1)


def test_watch_list_errors_name_file_and_key(tmp_path: Path) -> None:
    path = tmp_path / "watch.toml"
    path.write_text('[plan]\npost_ages = ["1h", "soon"]\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"watch.toml: plan.post_ages = 'soon' is not a duration"):
        load_watch_list(path)
    path.write_text('[mastodon]\naccounts = ["@a@b.c"]\ninstance = "x"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"\[mastodon\] unknown option\(s\) instance \(allowed: accounts, inst"):
        load_watch_list(path)
    path.write_text('[myspace]\naccounts = ["a"]\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown section"):
        load_watch_list(path)
    path.write_text('[plan\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_watch_list(path)
    result = run_cli("collect", "--config", str(tmp_path / "missing.toml"), "--db", str(tmp_path / "w.db"))
    assert result.code == 1 and "no such watch list" in result.err


def _x_watch(tmp_path: Path, url: str, *, ages: str = '["1h", "24h"]') -> Path:
    watch = tmp_path / "watch.toml"
    watch.write_text(f'[plan]\npost_ages = {ages}\ntolerance = "2h"\naccounts_every = "1d"\n\n'
                     f'[x]\napi_url = "{url}"\naccounts = ["BeatriceMazoyer"]\n', encoding="utf-8")
    return watch


def _x_pages(replay: XReplay) -> None:
    """Seven real non-retweets, one per page, dated 10 minutes apart before 13:00 on 2026-08-01."""
    replay.timeline("BeatriceMazoyer", [[i] for i in NON_RETWEETS])
    for n, tweet_id in enumerate(NON_RETWEETS):
        replay.dates[tweet_id] = datetime(2026, 8, 1, 13, 0, tzinfo=UTC) - n * timedelta(minutes=10)


def test_second_run_exits_at_once_while_the_lock_is_held(tmp_path: Path, x_replay) -> None:
    server, replay = x_replay
    _x_pages(replay)
    watch = _x_watch(tmp_path, server.url)
    with FileLock(str(watch) + ".lock"):
        started = time.monotonic()
        result = run_cli("collect", "--config", str(watch), "--db", str(tmp_path / "w.db"))
        assert time.monotonic() - started < 5
    assert result.code == 0 and "Another collector holds" in result.err
    assert not server.requests


def test_every_runs_again_until_interrupted(tmp_path: Path, x_replay) -> None:
    server, replay = x_replay
    _x_pages(replay)
    watch = _x_watch(tmp_path, server.url)
    sleeps: list[float] = []

    def sleep(seconds: float) -> None:
        sleeps.append(seconds)
        if len(sleeps) == 2:
            raise KeyboardInterrupt

    lines: list[str] = []
    with pytest.raises(KeyboardInterrupt):
        run_watch(watch, open_store(str(tmp_path / "w.db")), every=timedelta(minutes=15), echo=lines.append,
                  sleep=sleep)
    assert sum(line.startswith("Collecting what is due") for line in lines) == 2
    assert all(0 <= s <= 900 for s in sleeps)
    # the lock is free again
    with FileLock(str(watch) + ".lock", timeout=0):
        pass


def test_a_failing_platform_is_recorded_and_the_run_goes_on(tmp_path: Path, x_replay, db_url: str) -> None:
    server, replay = x_replay
    _x_pages(replay)
    watch = tmp_path / "watch.toml"
    watch.write_text(f'[plan]\npost_ages = ["1h"]\n\n[mastodon]\ninstance_url = "{server.url}"\n'
                     f'accounts = ["@nobody@localhost"]\n\n[x]\napi_url = "{server.url}"\n'
                     f'accounts = ["BeatriceMazoyer"]\n', encoding="utf-8")
    server.fail("/users/by/", *[Reply(503, b"upstream down")] * 6)
    lines: list[str] = []
    run_watch(watch, open_store(db_url), now=datetime(2026, 8, 1, 14, tzinfo=UTC), echo=lines.append,
              client_options={"sleep": lambda s: None})  # retries without waiting
    out = "\n".join(lines)
    assert "mastodon @nobody@localhost: failed" in out and "x BeatriceMazoyer: failed" in out
    engine = open_store(db_url)
    with engine.connect() as conn:
        runs = conn.execute(sa.select(collection_runs.c.platform, collection_runs.c.status,
                                      collection_runs.c.message)).all()
        assert conn.execute(sa.select(sa.func.count()).select_from(snapshots)).scalar_one() == 0
    assert sorted((r.platform, r.status) for r in runs) == [("mastodon", "failed"), ("x", "failed")]
    assert any("HTTP 503; gave up" in r.message for r in runs)


def test_kill_9_mid_run_loses_nothing_and_the_next_run_adds_no_duplicates(tmp_path: Path, x_replay) -> None:
    server, replay = x_replay
    _x_pages(replay)
    server.delay = 0.6  # a slow server: each page takes a while
    db = tmp_path / "w.db"
    watch = _x_watch(tmp_path, server.url)
    env = {**os.environ, "PYTHONPATH": str(SRC), "X_BEARER_TOKEN": TOKEN}
    cmd = [sys.executable, "-m", "reichweite", "collect", "--config", str(watch), "--db", str(db),
           "--now", "2026-08-01T14:30:00Z"]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    engine = open_store(str(db))
    deadline = time.monotonic() + 60
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None:
        with engine.connect() as conn:
            stored = conn.execute(sa.select(sa.func.count()).select_from(posts)).scalar_one()
        if stored >= 3:
            break
        time.sleep(0.05)
    assert proc.poll() is None, "the collector ended before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL
    with engine.connect() as conn:
        before = conn.execute(sa.select(posts.c.native_id)).scalars().all()
        status = conn.execute(sa.select(collection_runs.c.status)).scalars().all()
    assert 3 <= len(before) < len(NON_RETWEETS) and status == ["running"]

    server.delay = 0
    again = subprocess.run([*cmd[:-1], "2026-08-01T14:35:00Z"], env=env, capture_output=True, text=True, timeout=120)
    assert again.returncode == 0, again.stderr
    with engine.connect() as conn:
        after = conn.execute(sa.select(posts.c.native_id)).scalars().all()
        snaps = conn.execute(sa.select(snapshots.c.post_id, snapshots.c.observed_at)).all()
        status = conn.execute(sa.select(collection_runs.c.status).order_by(collection_runs.c.id)).scalars().all()
    assert set(before) <= set(after) and sorted(after) == sorted(NON_RETWEETS)  # nothing lost, nothing twice
    per_post: dict[int, int] = {}
    for post_id, _ in snaps:
        per_post[post_id] = per_post.get(post_id, 0) + 1
    # one snapshot per post: what the killed run stored stays, the rest was taken by the second run
    assert len(per_post) == len(NON_RETWEETS) and set(per_post.values()) == {1}
    assert status == ["interrupted", "ok"]  # the killed run is marked by the next one
    assert "1 earlier run(s) had been stopped before they finished" in again.stderr
