"""Packaging metadata: the licence as an SPDX expression with its file, one source for the version."""

from __future__ import annotations

import importlib.metadata
import re
import tomllib

import reichweite
from tests.support import ROOT

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_the_licence_is_an_spdx_expression_with_its_file() -> None:
    project = PYPROJECT["project"]
    assert project["license"] == "MIT"
    assert project["license-files"] and all((ROOT / name).is_file() for name in project["license-files"])
    assert "MIT License" in (ROOT / "LICENSE").read_text(encoding="utf-8")
    # license as an SPDX string and license-files need setuptools 77 or later
    backend = [r for r in PYPROJECT["build-system"]["requires"] if re.match(r"setuptools\b", r)]
    assert len(backend) == 1 and int(re.search(r">=\s*(\d+)", backend[0]).group(1)) >= 77


def test_the_version_has_one_source() -> None:
    assert "version" in PYPROJECT["project"]["dynamic"] and "version" not in PYPROJECT["project"]
    assert PYPROJECT["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "reichweite.__version__"}
    assert importlib.metadata.version("reichweite") == reichweite.__version__
