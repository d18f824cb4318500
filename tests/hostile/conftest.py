"""Running `reichweite` as a user does (a separate process), for the hostile-input tests."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"


def run(*args: str, env: dict[str, str] | None = None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """`python -m reichweite ARGS` with its real stdout, stderr and exit code."""
    full = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in (str(SRC), os.environ.get("PYTHONPATH")) if p),
                COLUMNS="200", **(env or {}))
    return subprocess.run([sys.executable, "-m", "reichweite", *args], capture_output=True, text=True, env=full,
                          timeout=timeout)


def one_line_error(done: subprocess.CompletedProcess[str], *needles: str) -> str:
    """The process failed with exactly one line on stderr (no traceback) that names every needle."""
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, done.stderr
    assert "Traceback" not in done.stderr
    for needle in needles:
        assert needle in lines[0], (needle, lines[0])
    return lines[0]
