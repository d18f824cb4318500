"""The collection runner as a user meets it. kill -9 in the middle of `reichweite collect mastodon|x`: a real process
against the local replay server, killed while the server holds its request for the second page. What the first page
stored stays; the next run (plain or --resume) completes, and no post is stored twice. Retries are said on stderr."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import sqlalchemy as sa

from reichweite.store import open_store
from reichweite.store.schema import collection_runs, posts, snapshots
from tests.support import SRC
from tests.support.cli import TOKEN, run_cli
from tests.support.replay import MastodonReplay, ReplayServer, Reply, Request, XReplay

MASTODON_HANDLE = "@mastodonpy_test@localhost:3000"
X_PAGES = [["1383055313276964865", "1383055194603323392", "1383054927191175168", "1383054846186639361"],
           ["1385164195260469248", "1384605207619719170", "1618628579440619521"]]


def _mastodon(server: ReplayServer) -> tuple[list[str], Callable[[Request], bool], int]:
    replay = server.handler
    assert isinstance(replay, MastodonReplay)
    replay.base = server.url
    replay.page_size = 4  # the server answers 4 statuses a page: 12 statuses in 3 pages
    args = ["mastodon", MASTODON_HANDLE, "--instance-url", server.url]
    return args, lambda r: r.path.endswith("/statuses") and r.arg("max_id") is not None, 12


def _x(server: ReplayServer) -> tuple[list[str], Callable[[Request], bool], int]:
    replay = server.handler
    assert isinstance(replay, XReplay)
    replay.timeline("BeatriceMazoyer", X_PAGES)
    args = ["x", "BeatriceMazoyer", "--api-url", server.url]
    return args, lambda r: r.path.endswith("/tweets") and r.arg("pagination_token") is not None, 7


def _reichweite(*args: str, db: str) -> list[str]:
    return [sys.executable, "-m", "reichweite", "collect", *args, "--db", db]


def _env() -> dict[str, str]:
    return {"PYTHONPATH": str(SRC), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "X_BEARER_TOKEN": TOKEN}


def _stored(db: str) -> tuple[list[str], list[tuple[str, int]], list[tuple[str, str | None]]]:
    engine = open_store(db)
    try:
        with engine.connect() as conn:
            ids = list(conn.execute(sa.select(posts.c.native_id).order_by(posts.c.id)).scalars())
            per_post = conn.execute(
                sa.select(posts.c.native_id, sa.func.count(snapshots.c.id))
                .join(snapshots, snapshots.c.post_id == posts.c.id).group_by(posts.c.native_id)
            ).all()
            runs = conn.execute(
                sa.select(collection_runs.c.status, collection_runs.c.cursor).order_by(collection_runs.c.id)
            ).all()
    finally:
        engine.dispose()
    return ids, [tuple(r) for r in per_post], [tuple(r) for r in runs]


@pytest.mark.parametrize("again", ["plain", "resume"])
@pytest.mark.parametrize("platform", ["mastodon", "x"])
def test_kill_9_mid_run_loses_nothing_and_the_next_run_completes(platform: str, again: str, tmp_path: Path) -> None:
    db = str(tmp_path / "r.db")
    replay = MastodonReplay() if platform == "mastodon" else XReplay(TOKEN)
    released = threading.Event()
    with ReplayServer(replay) as server:
        args, next_page, total = (_mastodon if platform == "mastodon" else _x)(server)

        def hold(request: Request) -> float:
            if next_page(request):
                released.wait(60)  # the answer waits until the process is killed
            return 0.0

        server.hold = hold
        process = subprocess.Popen(_reichweite(*args, db=db), env=_env(), stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE)
        try:
            deadline = time.monotonic() + 60
            while not any(next_page(r) for r in server.requests):  # the first page is stored before this request
                assert process.poll() is None, process.communicate()
                assert time.monotonic() < deadline, "the second page was never asked for"
                time.sleep(0.05)
            os.kill(process.pid, signal.SIGKILL)
            assert process.wait(30) == -signal.SIGKILL
        finally:
            released.set()
            if process.poll() is None:
                process.kill()
            process.communicate()

        kept, per_post, runs = _stored(db)
        assert 0 < len(kept) < total  # the first page, stored in its own transaction
        assert {n for _, n in per_post} == {1}
        assert runs[0][0] == "running" and runs[0][1] is not None  # killed: the cursor of the next page is saved

        server.requests.clear()
        extra = ["--resume"] if again == "resume" else []
        done = subprocess.run(_reichweite(*args, *extra, db=db), env=_env(), capture_output=True, text=True,
                              timeout=120)
        assert done.returncode == 0, done.stderr
        assert ": ok; " in done.stdout

    ids, per_post, runs = _stored(db)
    assert len(ids) == len(set(ids)) == total and set(kept) <= set(ids)
    assert [status for status, _ in runs] == ["interrupted", "ok"]
    snapshots_per_post = dict(per_post)  # posts with figures (an X retweet has none of its own)
    assert any(i in kept for i in snapshots_per_post)
    if again == "resume":
        assert done.stdout.startswith(f"{platform} ") and "(resumed from the saved cursor)" in done.stdout
        timeline = [r for r in server.requests if r.path.endswith(("/statuses", "/tweets"))]
        assert next_page(timeline[0])  # went on from the saved cursor, not from the top
        assert set(snapshots_per_post.values()) == {1}  # one measurement per post over the two runs
    else:
        # a plain run measures every post again: the first page's posts twice (once per run), the rest once
        assert all(n == (2 if i in kept else 1) for i, n in snapshots_per_post.items())


@pytest.mark.parametrize("quiet", [False, True])
@pytest.mark.parametrize("route", ["account", "watch list"])
def test_retries_say_on_stderr_what_they_wait_for(quiet: bool, route: str, mastodon_replay, tmp_path: Path) -> None:
    server, _ = mastodon_replay
    server.fail("/api/v1/accounts/lookup", Reply(502, b"Bad Gateway"))
    if route == "account":
        args = ["collect", "mastodon", MASTODON_HANDLE, "--instance-url", server.url]
    else:
        watch = tmp_path / "watch.toml"
        watch.write_text(f'[plan]\npost_ages = ["1h"]\n\n[mastodon]\ninstance_url = "{server.url}"\n'
                         f'accounts = ["{MASTODON_HANDLE}"]\n', encoding="utf-8")
        args = ["collect", "--config", str(watch)]
    result = run_cli(*args, *(["-q"] if quiet else []), "--db", str(tmp_path / "r.db"))
    assert result.code == 0, result.err
    said = f"{urlsplit(server.url).hostname} answered HTTP 502 (attempt 1 of 6): waiting 1 s before the next request"
    assert (said in result.err) is not quiet
    if route == "account":
        assert result.out.startswith(f"mastodon {MASTODON_HANDLE}: ok; ")
    else:
        assert f"mastodon {MASTODON_HANDLE}: ok; " in result.err
