"""Shared fixtures: a store per test on SQLite and a real PostgreSQL server, replay servers, seeded stores, paths."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from reichweite.store import open_store
from tests.support import FIXTURES
from tests.support.cli import TOKEN
from tests.support.compare_seed import Seeded, seed_store
from tests.support.panels import WIDE_HEADER, synthetic_panel_sheets, write_wide
from tests.support.replay import MastodonReplay, ReplayServer, XReplay


def _pg_bin() -> Path | None:
    for candidate in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (candidate / "initdb").exists():
            return candidate
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_postgres_user(cmd: list[str]) -> list[str]:
    """PostgreSQL refuses to run as root: run its tools as the `postgres` user then."""
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *cmd]
    return cmd


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """A throw-away PostgreSQL cluster on 127.0.0.1; yields a base URL without a database name.

    REICHWEITE_TEST_PG may name an existing server instead (postgresql://user:pw@host:port).
    """
    if url := os.environ.get("REICHWEITE_TEST_PG"):
        yield url.rstrip("/")
        return
    bindir = _pg_bin()
    if bindir is None:
        pytest.fail("PostgreSQL is not installed: run `make test`, which installs it")
    root = Path(tempfile.mkdtemp(prefix="reichweite-pg-"))
    data = root / "data"
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
    subprocess.run(
        _as_postgres_user([str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8"]),
        check=True, capture_output=True,
    )
    port = _free_port()
    log = root / "server.log"
    subprocess.run(
        _as_postgres_user([
            str(bindir / "pg_ctl"), "-D", str(data), "-l", str(log), "-w", "-t", "60",
            "-o", f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off",
            "start",
        ]),
        check=True, capture_output=True,
    )
    url = f"postgresql+psycopg://postgres@127.0.0.1:{port}"
    deadline = time.time() + 30
    while True:
        try:
            sa.create_engine(f"{url}/postgres").connect().close()
            break
        except sa.exc.OperationalError:
            if time.time() > deadline:
                raise
            time.sleep(0.3)
    try:
        yield url
    finally:
        subprocess.run(
            _as_postgres_user([str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
            capture_output=True,
        )
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def pg_url(postgres_server: str) -> Iterator[str]:
    """A fresh, empty database on the test server."""
    name = "t_" + uuid.uuid4().hex[:12]
    admin = sa.create_engine(f"{postgres_server}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    try:
        yield f"{postgres_server}/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return str(tmp_path / "reichweite.db")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The store's URL on each backend: store tests run against SQLite and a real PostgreSQL."""
    if request.param == "sqlite":
        return str(tmp_path / "reichweite.db")
    return request.getfixturevalue("pg_url")


@pytest.fixture
def store(db_url: str) -> Iterator[sa.Engine]:
    engine = open_store(db_url)
    yield engine
    engine.dispose()


@pytest.fixture
def seeded(store: sa.Engine) -> tuple[sa.Engine, Seeded]:
    """The store with the cross-posts of tests/support/compare_seed.py."""
    return store, seed_store(store)


@pytest.fixture
def mastodon_replay() -> Iterator[tuple[ReplayServer, MastodonReplay]]:
    replay = MastodonReplay()
    with ReplayServer(replay) as server:
        replay.base = server.url
        yield server, replay


@pytest.fixture
def x_replay(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[ReplayServer, XReplay]]:
    monkeypatch.setenv("X_BEARER_TOKEN", TOKEN)
    replay = XReplay(TOKEN)
    with ReplayServer(replay) as server:
        yield server, replay


@pytest.fixture
def jet() -> Path:
    """Real Jetstream lines (tests/fixtures/languages/SOURCES.md)."""
    return FIXTURES / "languages"


@pytest.fixture
def langid() -> Path:
    return FIXTURES / "langid"


@pytest.fixture
def synthetic_panel_xlsx(tmp_path: Path) -> Path:
    """The SYNTHETIC 2010–2024 DAX panel as a workbook with a sheet per measurement date."""
    return write_wide(tmp_path / "dax_synthetic.xlsx", synthetic_panel_sheets(), WIDE_HEADER)
