"""Running `reichweite` as a user does: through main() in-process (fast) or as a separate process."""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
from collections.abc import Iterator

import sqlalchemy as sa

from tests.support import SRC


def run(*args: str, env: dict[str, str] | None = None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """`python -m reichweite ARGS` with its real stdout, stderr and exit code."""
    full = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in (str(SRC), os.environ.get("PYTHONPATH")) if p),
                COLUMNS="200", **(env or {}))
    return subprocess.run([sys.executable, "-m", "reichweite", *args], capture_output=True, text=True, env=full,
                          timeout=timeout)


def run_main(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """`reichweite ARGS` through its real entry point main() in this process (a process start costs seconds on a
    busy machine): stdout, stderr and the exit code as a user sees them. Secrets learnt by an earlier run are
    forgotten first, as in a fresh process."""
    from reichweite import redact
    from reichweite.cli import main

    saved_env, saved_argv, saved_hook = dict(os.environ), sys.argv, sys.excepthook
    redact._registered.clear()
    os.environ.update(env or {})
    sys.argv = ["reichweite", *args]
    out, err = io.StringIO(), io.StringIO()
    code = 0
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                main()
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
            except Exception:  # what the process would print: main()'s hook for unexpected errors
                sys.excepthook(*sys.exc_info())
                code = 1
    finally:
        os.environ.clear()
        os.environ.update(saved_env)
        sys.argv, sys.excepthook = saved_argv, saved_hook
    return subprocess.CompletedProcess(["reichweite", *args], code, out.getvalue(), err.getvalue())


def one_line_error(done: subprocess.CompletedProcess[str], *needles: str) -> str:
    """The process failed with exactly one line on stderr (no traceback) that names every needle."""
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, done.stderr
    assert "Traceback" not in done.stderr
    for needle in needles:
        assert needle in lines[0], (needle, lines[0])
    return lines[0]


@contextlib.contextmanager
def store_at(db_url: str, revision: str) -> Iterator[sa.Connection]:
    """A store as an older reichweite left it: migrated up to `revision` only; yields a connection (one
    transaction) to fill it with what such a version stored."""
    from alembic import command
    from alembic.config import Config

    from reichweite.store.db import MIGRATIONS, resolve_url

    engine = sa.create_engine(resolve_url(db_url))
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    try:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, revision)
            yield conn
    finally:
        engine.dispose()
