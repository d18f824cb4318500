"""Paths of the language fixtures (real Jetstream lines, see tests/fixtures/languages/SOURCES.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture
def jet() -> Path:
    return FIXTURES / "languages"


@pytest.fixture
def langid() -> Path:
    return FIXTURES / "langid"
