"""Reading the cells of an .xlsx workbook under the limits: its zip members checked like an archive's, and no
sheet walked beyond `--max-cells` cells or `--max-columns` columns (one cell at XFD1048576 makes a sheet span
17 billion cells, which openpyxl would pad row by row)."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reichweite import limits as caps
from reichweite.archives import Archive
from reichweite.errors import InputError
from reichweite.limits import LimitExceeded


def _span(where: str, rows: int, columns: int) -> None:
    limit = caps.current()
    if columns > limit.columns:
        raise LimitExceeded(where, f"spans {columns:,} columns", "columns", limit.columns)
    if rows * columns > limit.cells:
        raise LimitExceeded(where, f"spans {rows:,} rows × {columns:,} columns = {rows * columns:,} cells", "cells",
                            limit.cells)


def xlsx_sheets(path: Path, *, skip: Callable[[str], bool] = lambda title: False
                ) -> list[tuple[str, list[list[Any]]]]:
    """(title, rows of cell values) of every sheet not skipped; raises InputError for a damaged workbook and
    LimitExceeded for one too large."""
    import openpyxl

    if not zipfile.is_zipfile(path):
        raise InputError(path, "not a readable .xlsx workbook (not a zip file, as every .xlsx is)")
    try:
        with Archive(path) as archive:  # the declared sizes of every member, before openpyxl unpacks any
            for name in archive.names:
                archive.check_declared(name)
    except LimitExceeded:
        raise
    except InputError as exc:
        raise InputError(path, f"not a readable .xlsx workbook ({exc})") from None
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except LimitExceeded:
        raise
    except Exception as exc:  # openpyxl raises many kinds on damaged files
        raise InputError(path, f"not a readable .xlsx workbook ({type(exc).__name__}: {exc})") from None
    sheets = []
    try:
        for sheet in book.worksheets:
            if skip(sheet.title):
                continue
            where = f"{path} [{sheet.title}]"
            _span(where, sheet.max_row or 0, sheet.max_column or 0)  # as the sheet declares itself
            rows, cells = [], 0
            for row in sheet.iter_rows(values_only=True):  # and as it is, should the declaration lie
                cells += max(len(row), 1)
                if len(row) > caps.current().columns or cells > caps.current().cells:
                    _span(where, len(rows) + 1, max(len(row), cells // (len(rows) + 1)))
                rows.append(list(row))
            sheets.append((sheet.title, rows))
    except InputError:
        raise
    except Exception as exc:
        raise InputError(path, f"cannot read the workbook's cells ({type(exc).__name__}: {exc})") from None
    finally:
        book.close()
    return sheets
