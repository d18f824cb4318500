"""The floors of the house (docs: README's Layout): data moves one way, and no module imports a floor above it.

Every import counts, at the top of a module or inside a function: platform readers and typed-in tables never import
the store, an analysis, a report or a job; an analysis never imports the store, a report, a job or a reader; the
store imports no reader, no analysis and no report; no job imports the Python API (reichweite.api, its results) or a
face (cli, web); the registry imports nothing of reichweite; and no two modules import each other, however indirectly.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator

import pytest

from tests.support import SRC

PACKAGE = SRC / "reichweite"
FACES = {"cli", "web"}
# The Python API (`import reichweite`) is the floor the faces call: above the jobs, below the faces.
API = {"reichweite.api", "reichweite.api_over_time", "reichweite.results"}
ABOVE = FACES | {"api"}
FORBIDDEN = {
    "platforms": {"store", "analysis", "report", "jobs", "engines", "tables"} | ABOVE,
    "tables": {"store", "analysis", "report", "jobs", "engines"} | ABOVE,
    "analysis": {"store", "report", "jobs", "platforms", "tables", "engines"} | ABOVE,
    "store": {"platforms", "tables", "analysis", "report", "jobs", "engines"} | ABOVE,
    "report": {"store", "jobs", "engines"} | ABOVE,
    "engines": {"store", "report", "jobs"} | ABOVE,
    "jobs": ABOVE,
    "api": FACES,
}
FLOORS = {"platforms", "tables", "store", "analysis", "engines", "report", "jobs"} | ABOVE
ENTRY_POINTS = {"reichweite.__main__"}  # `python -m reichweite` starts the command line


def _modules() -> dict[str, ast.Module]:
    out = {}
    for path in PACKAGE.rglob("*.py"):
        parts = ["reichweite", *path.relative_to(PACKAGE).with_suffix("").parts]
        if "migrations" in parts:
            continue
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = ast.parse(path.read_text(encoding="utf-8"), str(path))
    return out


MODULES = _modules()


def _imported(name: str, tree: ast.Module) -> Iterator[str]:
    """The reichweite modules a module imports (resolved to modules, not to the names inside them)."""
    package = name if name in PACKAGES else name.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            candidates = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            candidates = [base, *(f"{base}.{a.name}" for a in node.names)]
        else:
            continue
        for candidate in candidates:
            while candidate and candidate not in MODULES:
                candidate = candidate.rpartition(".")[0]
            if candidate.startswith("reichweite") and candidate != name and candidate != "reichweite":
                yield candidate


PACKAGES = {name for name in MODULES if (PACKAGE / "/".join(name.split(".")[1:]) / "__init__.py").exists()}
EDGES = {name: set(_imported(name, tree)) for name, tree in MODULES.items()}


def _floor(name: str) -> str:
    if name in API:
        return "api"
    return name.split(".")[1] if "." in name else ""


@pytest.mark.parametrize("floor", sorted(FORBIDDEN))
def test_no_floor_imports_one_above_it(floor: str) -> None:
    wrong = sorted(f"{m} imports {t}" for m, targets in EDGES.items() if _floor(m) == floor
                   for t in targets if _floor(t) in FORBIDDEN[floor])
    assert wrong == []


def test_the_bottom_imports_no_floor_and_the_registry_nothing() -> None:
    """Modules beside the floors (model, registry, errors, timeutil …) are below all of them."""
    bottom = [m for m in MODULES if m.count(".") == 1 and m not in PACKAGES | ENTRY_POINTS | API]
    wrong = sorted(f"{m} imports {t}" for m in bottom for t in EDGES[m] if _floor(t) in FLOORS)
    assert wrong == []
    assert EDGES["reichweite.registry"] == set()


def _cycles() -> list[set[str]]:
    """Strongly connected groups of modules (Tarjan), each a circle of imports."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[set[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in EDGES.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = set()
            while True:
                member = stack.pop()
                group.add(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(group)

    for node in sorted(MODULES):
        if node not in index:
            visit(node)
    return found


def test_no_circles_of_imports() -> None:
    circles = [sorted(c) for c in _cycles()]
    assert circles == []


def test_the_check_sees_imports_inside_functions() -> None:
    """The graph is not blind to function-local imports (a circle hidden in a function is still a circle)."""
    tree = ast.parse("def f():\n    from reichweite.store import open_store\n")
    assert "reichweite.store" in set(_imported("reichweite.platforms.http", tree))
