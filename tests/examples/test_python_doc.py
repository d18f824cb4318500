"""docs/python.md's worked example, run as a reader runs it: it prints what the page says it prints."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_worked_example_prints_what_the_page_shows(tmp_path: Path) -> None:
    page = (ROOT / "docs" / "python.md").read_text(encoding="utf-8")
    code = re.search(r"```python\n(.*?)```", page, re.S).group(1)  # type: ignore[union-attr]
    shown = re.search(r"prints\n\n```text\n(.*?)```", page, re.S).group(1)  # type: ignore[union-attr]
    (tmp_path / "examples").symlink_to(ROOT / "examples")  # the page runs from the repository's root folder
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, timeout=300,
                          env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr
    assert done.stdout == shown
    # the store and nothing else: no report is written without out=
    assert (tmp_path / "demo.db").exists()
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("demo.db")) == ["examples"]
