"""Cells written from data are text, never something a spreadsheet runs.

CSV: a cell starting with `=`, `+`, `-`, `@`, a tab, CR or LF (or their full-width forms) is read as a formula by
Excel, LibreOffice and Google Sheets; as OWASP recommends, such a cell gets a leading `'` (a plain number such as
`-5` or `+3.5` stays as it is). Every CSV writer goes through `csv_cell` / `csv_writer` / `csv_frame`.
XLSX: workbooks are opened with xlsxwriter's string-to-formula and string-to-URL conversions off, so even
`write()`/`write_row()` keep a data string a string.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd
    from xlsxwriter.workbook import Workbook

FORMULA_START = frozenset("=+-@\t\r\n\uff1d\uff0b\uff0d\uff20")
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d[\d.,]*|[.,]\d+)(?:[eE][+-]?\d+)?")
WORKBOOK_OPTIONS = {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False}


def csv_cell(value: Any) -> Any:
    """A CSV cell that no spreadsheet runs: text starting like a formula gets a leading `'`; others unchanged."""
    if isinstance(value, str) and value and value[0] in FORMULA_START and not _PLAIN_NUMBER.fullmatch(value):
        return "'" + value
    return value


def csv_value(cell: str) -> str:
    """The value of a CSV cell as csv_cell wrote it: the `'` before a formula-like start is taken off again."""
    if len(cell) > 1 and cell[0] == "'" and cell[1] in FORMULA_START:
        return cell[1:]
    return cell


def csv_row(values: Iterable[Any]) -> list[Any]:
    return [csv_cell(v) for v in values]


class SafeCsvWriter:
    """csv.writer whose every cell goes through csv_cell."""

    def __init__(self, handle: IO[str], **options: Any) -> None:
        self._writer = csv.writer(handle, **options)

    def writerow(self, row: Iterable[Any]) -> Any:
        return self._writer.writerow(csv_row(row))

    def writerows(self, rows: Iterable[Iterable[Any]]) -> None:
        for row in rows:
            self.writerow(row)


def csv_writer(handle: IO[str], **options: Any) -> SafeCsvWriter:
    """Like csv.writer(handle, …), with every cell neutralised."""
    return SafeCsvWriter(handle, **options)


class SafeDictWriter(csv.DictWriter):
    """csv.DictWriter whose every value goes through csv_cell (the header is ours and stays as written)."""

    def writerow(self, rowdict: Any) -> Any:
        return super().writerow({k: csv_cell(v) for k, v in rowdict.items()})

    def writerows(self, rowdicts: Iterable[Any]) -> None:
        for row in rowdicts:
            self.writerow(row)


def csv_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of the frame for `to_csv`: every text cell neutralised, numbers and times untouched."""
    out = frame.copy()
    for column in out.columns:
        if out[column].dtype == object or str(out[column].dtype) in ("string", "str"):
            out[column] = out[column].map(csv_cell)
    out.columns = [csv_cell(c) if isinstance(c, str) else c for c in out.columns]
    return out


def workbook(path: str | Path, options: dict[str, Any] | None = None) -> Workbook:
    """An xlsxwriter workbook that writes data strings as strings, never as formulas or links."""
    import xlsxwriter

    return xlsxwriter.Workbook(str(path), {**WORKBOOK_OPTIONS, **(options or {})})
