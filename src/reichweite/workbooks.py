"""Reading the cells of an .xlsx workbook under the limits: its zip members checked like an archive's, and no
sheet walked beyond `--max-cells` cells or `--max-columns` columns (one cell at XFD1048576 makes a sheet span
17 billion cells, which openpyxl would pad row by row)."""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from reichweite import limits as caps
from reichweite.archives import Archive
from reichweite.errors import InputError, Said, said_of
from reichweite.limits import LimitExceeded


def _span(where: str, rows: int, columns: int) -> None:
    limit = caps.current()
    if columns > limit.columns:
        raise LimitExceeded(where, Said(f"spans {columns:,} columns", "tab.span_columns", columns=columns), "columns",
                            limit.columns)
    if rows * columns > limit.cells:
        raise LimitExceeded(where, Said(f"spans {rows:,} rows × {columns:,} columns = {rows * columns:,} cells",
                                        "tab.span_cells", rows=rows, columns=columns, cells=rows * columns), "cells",
                            limit.cells)


def unreadable_xlsx(reason: str) -> Said:
    """'not a readable .xlsx workbook (reason)'; the reason a library gives stays as it is."""
    return Said(f"not a readable .xlsx workbook ({reason})", "tab.xlsx_unreadable", reason=reason)


def check_workbook(path: Path) -> None:
    """An .xlsx is a zip: the declared sizes of its members, before openpyxl unpacks any (a sharedStrings.xml
    bomb is read whole at opening)."""
    if not zipfile.is_zipfile(path):
        raise InputError(path, unreadable_xlsx(Said("not a zip file, as every .xlsx is", "tab.xlsx_not_zip")))
    try:
        with Archive(path) as archive:
            for name in archive.names:
                archive.check_declared(name)
    except LimitExceeded:
        raise
    except InputError as exc:
        raise InputError(path, unreadable_xlsx(said_of(exc))) from None


def capped_rows(where: str, sheet: Any, *, values_only: bool = False) -> Iterator[tuple[Any, ...]]:
    """The rows of an openpyxl sheet, refused (LimitExceeded) when it spans too many cells or columns — as the
    sheet declares itself before the first row, and as it is, should the declaration lie."""
    _span(where, sheet.max_row or 0, sheet.max_column or 0)
    limit = caps.current()
    cells = 0
    for rows, row in enumerate(sheet.iter_rows(values_only=values_only), start=1):
        cells += max(len(row), 1)
        if len(row) > limit.columns or cells > limit.cells:
            _span(where, rows, max(len(row), cells // rows))
        yield row


def xlsx_sheets(path: Path, *, skip: Callable[[str], bool] = lambda title: False
                ) -> list[tuple[str, list[list[Any]]]]:
    """(title, rows of cell values) of every sheet not skipped; raises InputError for a damaged workbook and
    LimitExceeded for one too large."""
    import openpyxl

    check_workbook(path)
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on damaged files
        raise InputError(path, unreadable_xlsx(f"{type(exc).__name__}: {exc}")) from None
    try:
        return [(sheet.title, [list(row) for row in capped_rows(f"{path} [{sheet.title}]", sheet, values_only=True)])
                for sheet in book.worksheets if not skip(sheet.title)]
    except InputError:
        raise
    except Exception as exc:
        reason = f"{type(exc).__name__}: {exc}"
        raise InputError(path, Said(f"cannot read the workbook's cells ({reason})", "tab.xlsx_cells",
                                    reason=reason)) from None
    finally:
        book.close()
