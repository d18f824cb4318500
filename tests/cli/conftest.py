"""Running `reichweite …` as a user does: in this process through the entry point's own rule (fast), or in a fresh
interpreter (the real entry point, for what only a process shows)."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from reichweite.cli import run

SRC = Path(__file__).resolve().parents[2] / "src"


@dataclass
class Ran:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """`reichweite ARGS` in this process: exit code, stdout, stderr. REICHWEITE_DB is unset unless env gives it."""

    def _cli(*args: str | Path, env: dict[str, str] | None = None) -> Ran:
        monkeypatch.delenv("REICHWEITE_DB", raising=False)
        for key, value in (env or {}).items():
            monkeypatch.setenv(key, value)
        capsys.readouterr()
        code = run([str(a) for a in args])
        out = capsys.readouterr()
        return Ran(code, out.out, out.err)

    return _cli


def process(*args: str | Path, cwd: Path | None = None, env: dict[str, str] | None = None) -> Ran:
    """`python -m reichweite ARGS` in a fresh interpreter."""
    base = {k: v for k, v in os.environ.items() if k != "REICHWEITE_DB"}
    base["PYTHONPATH"] = os.pathsep.join(p for p in (str(SRC), os.environ.get("PYTHONPATH")) if p)
    done = subprocess.run([sys.executable, "-m", "reichweite", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, env={**base, **(env or {})}, timeout=300)
    return Ran(done.returncode, done.stdout, done.stderr)


ACCOUNTS_CSV = "platform,handle,observed_at,followers,following,posts\n" \
               "xing,beispiel-ag,2026-03-08 09:00,1200,10,17\n"


@pytest.fixture
def accounts_csv(tmp_path: Path) -> Path:
    path = tmp_path / "accounts.csv"
    path.write_text(ACCOUNTS_CSV, encoding="utf-8")
    return path


@pytest.fixture(params=["--lang", "locale"])
def german_way(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> tuple[list[str], dict[str, str]]:
    """The two ways to ask for German, as (arguments, environment): --lang de under an English locale, or a German
    locale (LANG) without --lang. LC_ALL and LC_MESSAGES are unset, as they would outrank LANG."""
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    if request.param == "--lang":
        return ["--lang", "de"], {"LANG": "en_GB.UTF-8"}
    return [], {"LANG": "de_DE.UTF-8"}
