"""Adding a table-only platform is one registry entry: the entry shown in docs/adding-a-platform.md, put into a copy
of the registry, goes through templates, `import table`, `import companies`, `posts`, `accounts` and `panel report`
(the end-to-end tests of tests/test_registry.py, run on that copy) with no other file changed."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.support import DOCS, ROOT, SRC


def _documented_entry() -> tuple[str, str]:
    """(name, code) of the `Platform(...)` example of docs/adding-a-platform.md."""
    text = (DOCS / "adding-a-platform.md").read_text(encoding="utf-8")
    block = re.search(r"```python\n(.*?)```", text, re.S)
    assert block, "docs/adding-a-platform.md shows no entry"
    code = textwrap.dedent(block.group(1))
    name = re.search(r'Platform\(\s*"([a-z]+)"', code)
    assert name, code
    return name.group(1), code


def _package_with(entry: str, into: Path) -> Path:
    """src/reichweite linked file by file into `into`, but with registry.py holding one more entry."""
    package = into / "reichweite"
    package.mkdir(parents=True)
    for item in (SRC / "reichweite").iterdir():
        if item.name not in ("registry.py", "__pycache__"):
            (package / item.name).symlink_to(item)
    registry = (SRC / "reichweite" / "registry.py").read_text(encoding="utf-8")
    end = registry.index("\n)\n\nBY_NAME")
    (package / "registry.py").write_text(registry[:end] + "\n" + textwrap.indent(entry.rstrip(), "    ")
                                         + registry[end:], encoding="utf-8")
    return into


def test_the_documented_entry_alone_makes_a_working_platform(tmp_path: Path) -> None:
    name, entry = _documented_entry()
    source = _package_with(entry, tmp_path / "src")
    env = {**os.environ, "PYTHONPATH": str(source), "PYTHONDONTWRITEBYTECODE": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "tests/test_registry.py", "-q", "-p", "no:cacheprovider",
         "-k", f"{name} or test_entries", "--basetemp", str(tmp_path / "runs")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    # the platform's own runs: posts and accounts typed in, company figures and the panel report, its mentions
    passed = re.search(r"(\d+) passed", done.stdout)
    assert passed and int(passed.group(1)) == 4, done.stdout[-1000:]
