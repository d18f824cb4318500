"""Helpers shared by the tests: paths, the local replay server for HTTP sources, CLI runners, seeded stores."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "src"
FIXTURES = ROOT / "tests" / "fixtures"
EXAMPLES = ROOT / "examples"
DOCS = ROOT / "docs"
