"""Comparisons asked for lately are computed again in the background: when the server starts (so the first request
after a restart finds them kept) and after each change of the store (an import), never served stale."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from .conftest import ACCOUNTS, ROOT, make_client, wait_for_job

COMPUTED = "computed in"


def _runs(caplog: pytest.LogCaptureFixture) -> int:
    return sum(COMPUTED in r.getMessage() for r in caplog.records if r.name == "reichweite.web")


def _idle(client: object) -> None:
    warmer = client.app.state.warmer  # type: ignore[attr-defined]
    assert warmer.settled(180), "the comparisons asked for lately were not computed in time"


def test_a_restarted_server_has_the_recent_comparison_ready_and_an_import_never_leaves_it_stale(
        demo_db: str, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="reichweite.web")
    at = (datetime.now(UTC) + timedelta(days=1)).date().isoformat()
    params = {"account": ACCOUNTS, "at": at}
    first = make_client(demo_db)
    page = first.get("/compare", params=params)
    assert page.status_code == 200 and 'data-key="n">88<' in page.text
    assert _runs(caplog) == 1

    restarted = make_client(demo_db)  # a new app over the same store: nothing kept in memory
    _idle(restarted)
    assert _runs(caplog) == 2  # computed once at start, in the background
    again = restarted.get("/compare", params=params)
    body = restarted.get("/api/compare", params=params)
    assert _runs(caplog) == 2, "the first request after the restart ran the comparison"
    assert 'data-key="n">88<' in again.text
    pair = body.json()["pairs"][0]

    # an import of new figures for A's first post, through the app's own import job
    table = tmp_path / "figures.csv"
    observed = (datetime.now(UTC) - timedelta(hours=1)).strftime("%Y-%m-%d %H:%M:%S")
    table.write_text("platform,post_url,post_id,created_at,text,observed_at,likes,replies,reposts,quotes,views\n"
                     f"x,{pair['a_url']},{pair['a_native_id']},,,{observed},987654,0,0,0,\n", encoding="utf-8")
    with table.open("rb") as handle:
        started = restarted.post("/api/imports", files={"file": ("figures.csv", handle, "text/csv")})
    assert started.status_code == 202, started.text
    assert wait_for_job(restarted, started.json()["job"])["status"] == "done"

    changed = restarted.get("/api/compare", params=params).json()  # computed anew or by the warmer: never the old
    assert changed["pairs"][0]["a_interactions"] == 987654
    done = subprocess.run([sys.executable, "-m", "reichweite", "compare", *ACCOUNTS, "--at", at, "--json",
                           "--db", demo_db], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr
    assert changed == {**json.loads(done.stdout), "report": None}
    _idle(restarted)
    runs = _runs(caplog)
    later = restarted.get("/compare", params=params)
    assert _runs(caplog) == runs  # the page after the import was computed ahead
    assert "987" in later.text


def test_overview_and_growth_are_kept_and_never_stale_after_an_import(demo_db: str, tmp_path: Path) -> None:
    from reichweite.web import views
    from reichweite.web.cache import results

    client = make_client(demo_db)
    engine = client.app.state.engine  # type: ignore[attr-defined]
    account = ACCOUNTS[1]
    before = client.get("/api/overview").json()
    growth = client.get("/api/accounts", params={"account": account}).json()
    hits = results(engine).stats.hits
    assert client.get("/api/overview").json() == before and results(engine).stats.hits > hits  # kept
    assert before == json.loads(json.dumps(views.overview(engine)))

    platform, handle = account.split(":", 1)
    observed = (datetime.now(UTC) + timedelta(minutes=1)).isoformat(timespec="seconds")  # the newest of the account
    table = tmp_path / "followers.csv"
    table.write_text("platform,handle,observed_at,followers,following,posts\n"
                     f"{platform},{handle},{observed},123456,7,8\n", encoding="utf-8")
    with table.open("rb") as handle_:
        started = client.post("/api/imports", files={"file": ("followers.csv", handle_, "text/csv")})
    assert wait_for_job(client, started.json()["job"])["status"] == "done"

    after = client.get("/api/overview").json()
    assert after != before and after == json.loads(json.dumps(views.overview(engine)))
    assert any(row.get("followers") == 123456 for row in after["accounts"]), after["accounts"]
    grown = client.get("/api/accounts", params={"account": account}).json()
    followers = [m["followers"] for m in grown["accounts"][0]["measurements"]]
    assert 123456 in followers and len(followers) == len(growth["accounts"][0]["measurements"]) + 1
    page = client.get("/accounts", params={"account": account}).text
    assert "123,456" in page
