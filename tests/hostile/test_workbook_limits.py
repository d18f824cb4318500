"""Workbooks under limits: a sheet spanning too many cells or columns is refused in one line before its rows are
walked (one cell at XFD1048576 got the process killed before)."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from reichweite import limits
from reichweite.limits import LimitExceeded, Limits
from reichweite.tables.tabular import read_tables

from .bombs import MIB, run_measured, xlsx_far_cell


def test_one_cell_at_xfd1048576_is_one_line_in_little_memory(tmp_path: Path) -> None:
    run = run_measured("import", "table", str(xlsx_far_cell(tmp_path)), cwd=tmp_path, timeout=120)
    assert run.returncode != 0
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and "far-cell.xlsx [Sheet]: spans 16,384 columns (limit 1,000)" in lines[0]
    assert "--max-columns" in lines[0]
    assert run.peak_rss < 1_000_000_000, f"peak {run.peak_rss / MIB:.0f} MiB"


def test_the_cell_limit_counts_rows_times_columns(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["platform", "post_url", "observed_at", "likes"])
    for i in range(3000):
        sheet.append(["bluesky", f"https://bsky.app/profile/a/post/{i}", "2026-03-08 09:00", i])
    path = tmp_path / "posts.xlsx"
    book.save(path)
    assert len(read_tables(path)[0].rows) == 3000
    with limits.use(Limits(cells=10_000)), pytest.raises(LimitExceeded, match=r"--max-cells"):
        read_tables(path)
