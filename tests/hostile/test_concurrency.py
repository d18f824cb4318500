"""Several processes at once: a fresh store opened by all of them (the migration runs under a lock, once), and the
same archive imported by all of them (each says how many posts it really added; together they add each post once)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

from reichweite.store import open_store
from tests.support import FIXTURES, SRC

PROCESSES = 2
START = """
import os, sys, time
from reichweite.cli import main
from reichweite.store import open_store
print("ready", flush=True)
while not os.path.exists(sys.argv[1]):  # every process is loaded and waits: they begin within a millisecond
    time.sleep(0.0005)
if sys.argv[2] == "open":
    open_store(sys.argv[3]).dispose()
    print("opened")
else:
    sys.argv = ["reichweite", *sys.argv[3:]]
    main()
"""


def _at_once(gate: Path, *args: str) -> list[subprocess.CompletedProcess[str]]:
    """Run the same thing in several processes that start it at the same moment (when `gate` appears)."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in (str(SRC), os.environ.get("PYTHONPATH")) if p))
    procs = [subprocess.Popen([sys.executable, "-c", START, str(gate), *args], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env=env) for _ in range(PROCESSES)]
    for proc in procs:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    gate.touch()
    done = []
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        done.append(subprocess.CompletedProcess(proc.args, proc.returncode, out, err))
    return done


def test_processes_opening_a_fresh_store_at_once_all_succeed(db_url: str, tmp_path: Path) -> None:
    done = _at_once(tmp_path / "go", "open", db_url)
    assert [d.returncode for d in done] == [0] * PROCESSES, [d.stderr[-300:] for d in done]
    assert all(d.stdout.strip() == "opened" for d in done)
    engine = open_store(db_url)
    with engine.connect() as conn:
        versions = [r[0] for r in conn.execute(sa.text("SELECT version_num FROM alembic_version"))]
    engine.dispose()
    assert len(versions) == len(set(versions)) and "0061_post_visibility" in versions


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_concurrent_identical_imports_each_report_what_they_added(
    backend: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    db = str(tmp_path / "store.db") if backend == "sqlite" else request.getfixturevalue("pg_url")
    open_store(db).dispose()
    done = _at_once(tmp_path / "go", "run", "import", "x-archive", str(FIXTURES / "x_archive"), "--db", db)
    assert [d.returncode for d in done] == [0] * PROCESSES, [d.stderr[-300:] for d in done]
    new = []
    for d in done:
        match = re.search(r": ([\d,]+) posts \(([\d,]+) new, ([\d,]+) known", d.stdout)
        assert match, d.stdout
        total, added, known = (int(g.replace(",", "")) for g in match.groups())
        assert added + known == total
        new.append(added)
    engine = open_store(db)
    with engine.connect() as conn:
        stored = conn.execute(sa.text("SELECT count(*) FROM posts WHERE platform = 'x'")).scalar_one()
    engine.dispose()
    assert sum(new) == stored == total  # one process added them all, the others found them known
    assert sorted(new) == [0] * (PROCESSES - 1) + [total]
