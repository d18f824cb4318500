"""Web app fixtures: the demo store built with the real jobs, an app client, a live server on 127.0.0.1."""

from __future__ import annotations

import shutil
import socket
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
DATA = EXAMPLES / "data"
X_HANDLE = "tagesfoto_demo"
BSKY_HANDLE = "tagesfoto-demo.bsky.social"
ACCOUNTS = [f"x:{X_HANDLE}", f"bluesky:{BSKY_HANDLE}"]
ORIGIN = "http://127.0.0.1:8765"


def appview():  # type: ignore[no-untyped-def]
    """The local AppView replaying the demo's recorded responses (examples/appview_replay.py)."""
    if str(EXAMPLES) not in sys.path:
        sys.path.insert(0, str(EXAMPLES))
    from appview_replay import serve_appview

    return serve_appview(DATA / "appview")


@pytest.fixture(scope="session")
def demo_store_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo's store, built once per session with the jobs `make demo` runs (archive, AppView replay, table)."""
    from reichweite.jobs.collect_bluesky import collect_bluesky
    from reichweite.jobs.import_table import import_table
    from reichweite.jobs.import_x_archive import import_x_archive
    from reichweite.store import open_store

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    engine = open_store(str(path))
    import_x_archive(engine, DATA / "x-archive")
    with appview() as (url, _log):
        collect_bluesky(engine, BSKY_HANDLE, appview=url, quiet=True)
    import_table(engine, DATA / "x-replies.csv")
    with engine.connect() as conn:
        conn.execute(sa.text("PRAGMA wal_checkpoint(TRUNCATE)"))
    engine.dispose()
    return path


@pytest.fixture
def demo_db(demo_store_file: Path, tmp_path: Path) -> str:
    """A copy of the demo store this test may change."""
    target = tmp_path / "demo.db"
    shutil.copy(demo_store_file, target)
    return str(target)


def make_client(db: str, **settings: object) -> TestClient:
    from reichweite.web.app import create_app
    from reichweite.web.settings import WebSettings

    app = create_app(WebSettings(db=db, **settings))  # type: ignore[arg-type]
    return TestClient(app, base_url=ORIGIN)


def csrf_of(client: TestClient) -> str:
    """The CSRF token of the client's session, read from a page as a browser would."""
    import re

    page = client.get("/import").text
    found = re.search(r'name="csrf-token" content="([^"]+)"', page)
    assert found, "no csrf-token meta on the page"
    return found.group(1)


def wait_for_job(client: TestClient, job_id: str, timeout: float = 60, headers: dict | None = None) -> dict:
    deadline = time.time() + timeout
    while True:
        job = client.get(f"/api/jobs/{job_id}", headers=headers or {}).json()
        if job["status"] in ("done", "failed"):
            return job
        if time.time() > deadline:
            raise AssertionError(f"job still {job['status']} after {timeout} s: {job}")
        time.sleep(0.1)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LiveServer:
    """uvicorn serving the app in a thread of the test process, on a free port of 127.0.0.1."""

    def __init__(self, app: object) -> None:
        import uvicorn

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.time() + 20
        while not self.server.started:
            if time.time() > deadline:
                raise RuntimeError("the web app did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(10)


CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """One headless Debian Chromium for the whole session, driven by Playwright."""
    from playwright.sync_api import sync_playwright

    executable = shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(executable).exists():
        pytest.fail("Chromium is not installed: run `make test`, which installs it")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS, headless=True)
        try:
            yield browser
        finally:
            browser.close()
