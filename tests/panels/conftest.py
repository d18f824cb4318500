"""Fixtures of the panel tests (the synthetic panel itself is built in synthetic.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from panels.synthetic import WIDE_HEADER, synthetic_panel_sheets, write_wide


@pytest.fixture
def synthetic_panel_xlsx(tmp_path: Path) -> Path:
    """The SYNTHETIC 2010–2024 DAX panel as a workbook with a sheet per measurement date."""
    return write_wide(tmp_path / "dax_synthetic.xlsx", synthetic_panel_sheets(), WIDE_HEADER)
