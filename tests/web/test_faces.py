"""The faces call the Python API: no module of the web app or the command line imports a job at run time (the
web app reads the store's overview and job queries itself; `reichweite serve` starts the web app)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src" / "reichweite"


def runtime_imports(path: Path) -> list[str]:
    """Modules a file imports, leaving out those only type checkers read (`if TYPE_CHECKING:`)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only = {id(node) for block in ast.walk(tree) if isinstance(block, ast.If)
                   and "TYPE_CHECKING" in ast.unparse(block.test) for stmt in block.body for node in ast.walk(stmt)}
    found = []
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.ImportFrom) and node.module:
            found.append(node.module)
        elif isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
    return found


@pytest.mark.parametrize(("face", "forbidden"), [
    ("web", ("reichweite.jobs", "reichweite.cli")),
    ("cli", ("reichweite.jobs",)),
])
def test_a_face_calls_the_api_not_the_jobs(face: str, forbidden: tuple[str, ...]) -> None:
    offending = [f"{path.relative_to(SRC)}: {module}" for path in sorted((SRC / face).rglob("*.py"))
                 for module in runtime_imports(path) if module.startswith(forbidden)]
    assert not offending, offending


def test_the_check_sees_an_import_inside_a_function(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from reichweite.jobs import a\n"
                      "def f():\n    from reichweite.jobs.compare import compare\n", encoding="utf-8")
    assert runtime_imports(module) == ["typing", "reichweite.jobs.compare"]
