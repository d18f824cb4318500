"""Jobs kept in the store: a restart shows finished jobs and marks interrupted ones; a killed server loses no
finished import and keeps no row of a half-done one (each import is one transaction)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import httpx
import sqlalchemy as sa

from reichweite.store import open_store
from reichweite.store.job_state import INTERRUPTED, create_job, get_job, start_job

from .conftest import DATA, ROOT, free_port, make_client


def test_a_restart_marks_queued_and_running_jobs_as_interrupted(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    engine = open_store(db)
    with engine.begin() as conn:
        running = create_job(conn, "import", "a.zip")
        start_job(conn, running)
        queued = create_job(conn, "collect", "bluesky:a")
    client = make_client(db)  # the app starting again
    for job_id in (running, queued):
        job = client.get(f"/api/jobs/{job_id}").json()
        assert job["status"] == "failed"
        assert job["message"] == INTERRUPTED
        assert job["finished_at"] is not None
    page = client.get("/").text
    assert "a.zip" in page and "bluesky:a" in page


def _bulk_archive(path: Path, copies: int) -> Path:
    """The demo archive with its tweets repeated under new ids, for the account bulk_demo (synthetic)."""
    tweets_js = (DATA / "x-archive" / "data" / "tweets.js").read_text(encoding="utf-8")
    prefix, _, body = tweets_js.partition("=")
    tweets = json.loads(body)
    many = []
    for copy in range(copies):
        for item in tweets:
            tweet = dict(item["tweet"])
            tweet["id"] = tweet["id_str"] = f"9{copy:05d}{tweet['id_str'][-12:]}"
            tweet.pop("edit_info", None)
            many.append({"tweet": tweet})
    manifest = (DATA / "x-archive" / "data" / "manifest.js").read_text(encoding="utf-8")
    manifest = manifest.replace('"tagesfoto_demo"', '"bulk_demo"').replace('"count" : "97"',
                                                                          f'"count" : "{len(many)}"')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("data/manifest.js", manifest)
        archive.writestr("data/tweets.js", prefix + "= " + json.dumps(many))
    return path


def _start(db: str, port: int) -> subprocess.Popen:
    process = subprocess.Popen(
        [sys.executable, "-m", "reichweite", "serve", "--db", db, "--port", str(port)],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.time() + 60
    while True:
        try:
            httpx.get(f"http://127.0.0.1:{port}/api/jobs", timeout=2)
            return process
        except httpx.HTTPError:
            if time.time() > deadline or process.poll() is not None:
                process.kill()
                raise AssertionError(f"serve did not start: {process.stderr.read().decode()}") from None
            time.sleep(0.2)


def _wait(base: str, job_id: str, until: tuple[str, ...], timeout: float = 120) -> dict:
    deadline = time.time() + timeout
    while True:
        job = httpx.get(f"{base}/api/jobs/{job_id}", timeout=60).json()
        if job["status"] in until:
            return job
        assert time.time() < deadline, job
        time.sleep(0.05)


def test_a_killed_server_keeps_finished_imports_and_no_row_of_a_half_done_one(tmp_path: Path) -> None:
    import shutil

    db = str(tmp_path / "s.db")
    demo = shutil.make_archive(str(tmp_path / "demo"), "zip", DATA / "x-archive")
    bulk = _bulk_archive(tmp_path / "bulk.zip", copies=250)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = _start(db, port)
    try:
        with open(demo, "rb") as fh:
            done_id = httpx.post(f"{base}/api/imports", files={"file": ("demo.zip", fh)}, timeout=30).json()["job"]
        assert _wait(base, done_id, ("done", "failed"))["status"] == "done"
        with open(bulk, "rb") as fh:
            half_id = httpx.post(f"{base}/api/imports", files={"file": ("bulk.zip", fh)}, timeout=60).json()["job"]
        _wait(base, half_id, ("running",))
        time.sleep(1.0)
        status = httpx.get(f"{base}/api/jobs/{half_id}", timeout=60).json()["status"]
        assert status == "running", "import too quick to kill"
        os.killpg(server.pid, signal.SIGKILL)
        server.wait(10)
        engine = sa.create_engine(f"sqlite:///{db}")
        with engine.connect() as conn:
            counts = dict(conn.execute(sa.text("SELECT author, COUNT(*) FROM posts GROUP BY author")).all())
        engine.dispose()
        assert counts == {"tagesfoto_demo": 97}
        server = _start(db, port)
        finished = httpx.get(f"{base}/api/jobs/{done_id}").json()
        interrupted = httpx.get(f"{base}/api/jobs/{half_id}").json()
        assert finished["status"] == "done" and finished["message"].startswith("x-archive tagesfoto_demo: 97 posts")
        assert interrupted["status"] == "failed" and interrupted["message"] == INTERRUPTED
        with open(bulk, "rb") as fh:  # the same import again completes
            again = httpx.post(f"{base}/api/imports", files={"file": ("bulk.zip", fh)}, timeout=60).json()["job"]
        assert _wait(base, again, ("done", "failed"))["status"] == "done"
    finally:
        if server.poll() is None:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(10)
    with open_store(db).connect() as conn:
        assert get_job(conn, again).message.startswith(f"x-archive bulk_demo: {250 * 97:,} posts")


def test_job_summaries_are_strict_json() -> None:
    from datetime import date

    import numpy as np

    from reichweite.web.workers import strict_json

    got = strict_json({"share": float("nan"), "n": np.int64(3), "x": [float("inf"), 1.5], "day": date(2026, 1, 2)})
    assert got == {"share": None, "n": 3, "x": [None, 1.5], "day": "2026-01-02"}
    json.dumps(got, allow_nan=False)
