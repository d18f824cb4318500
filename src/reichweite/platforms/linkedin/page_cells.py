"""The cells of LinkedIn's page analytics workbooks: loading .xls (xlrd) and .xlsx (openpyxl), and reading counts,
rates and days the way the exports write them, with errors that name file, sheet, row and column."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

from reichweite.errors import InputError, Said, os_reason
from reichweite.model import MAX_COUNT
from reichweite.timeutil import read_moment
from reichweite.workbooks import xlsx_sheets

# --- reading workbooks ------------------------------------------------------------------------------------------

def load_sheets(path: Path) -> list[tuple[str, list[list[Any]]]]:
    """All sheets as lists of row values (dates as datetime), for .xlsx (openpyxl) and .xls (xlrd)."""
    try:
        head = path.read_bytes()[:8]
    except OSError as exc:
        reason = os_reason(exc)
        raise InputError(path, Said(f"cannot read the file ({reason})", "tab.cannot_read", reason=reason)) from None
    if head.startswith(b"PK"):
        return xlsx_sheets(path)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        import xlrd

        try:
            book = xlrd.open_workbook(str(path))
        except xlrd.XLRDError as exc:
            raise InputError(path, Said(f"not a readable .xls workbook ({exc})", "tab.xls_unreadable",
                                        reason=str(exc))) from None
        sheets = []
        for sheet in book.sheets():
            rows = []
            for r in range(sheet.nrows):
                values = []
                for cell in sheet.row(r):
                    if cell.ctype == xlrd.XL_CELL_DATE:
                        values.append(xlrd.xldate.xldate_as_datetime(cell.value, book.datemode))
                    elif cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
                        values.append(None)
                    else:
                        values.append(cell.value)
                rows.append(values)
            sheets.append((sheet.name, rows))
        return sheets
    raise InputError(path, Said("not an Excel workbook (.xls or .xlsx) as LinkedIn's page analytics export writes",
                                "tab.li.not_excel"))


# --- values -----------------------------------------------------------------------------------------------------

_GROUPED = re.compile(r"\d{1,3}([.,\u2009\u202f ]\d{3})+")


def parse_count(value: Any) -> int | None:
    """A count from a cell (see `_parse_count`); one past 64 bits is refused: no real figure is."""
    count = _parse_count(value)
    if count is not None and not 0 <= count <= MAX_COUNT:
        shown = repr(str(value)[:40])
        raise ValueError(Said(f"{shown} is not a count (beyond any real figure)", "tab.li.beyond", value=shown))
    return count


def _parse_count(value: Any) -> int | None:
    """A count from a cell: 1234, 1234.0, '1,234', '1.234'. Empty or '-' is unknown (None), never 0."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if value != value:
            return None
        if value != int(value):
            raise ValueError(Said(f"{value!r} is not a whole number", "tab.li.not_whole", value=repr(value)))
        return int(value)
    s = str(value).strip().replace("\u00a0", " ")
    if s in ("", "-", "–", "—", "n/a", "N/A"):
        return None
    if re.fullmatch(r"\d+", s):
        return int(s)
    if _GROUPED.fullmatch(s):
        return int(re.sub(r"\D", "", s))
    if re.fullmatch(r"\d+[.,]0+", s):
        return int(re.split(r"[.,]", s)[0])
    raise ValueError(Said(f"{value!r} is not a count", "tab.li.not_count", value=repr(value)))


def parse_rate(value: Any) -> float | None:
    """A rate as a fraction: 0.034, '3.4%', '3,4 %' → 0.034."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    s = str(value).strip().replace("\u00a0", "").replace(" ", "")
    if s in ("", "-", "–", "—"):
        return None
    percent = s.endswith("%")
    number = float(s.rstrip("%").replace(",", "."))
    return number / 100 if percent else number


def parse_day(value: Any) -> date:
    """A day from a cell: a datetime, '06/18/2024' (LinkedIn writes month first), '18.06.2024', '2024-06-18' — any
    spelling of the date rule (reichweite.timeutil); a time written with it is ignored."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return read_moment(str(value).strip(), order="mdy")[0]


class Cells:
    """Typed access to the cells of one data row, with errors naming file, sheet, row and column."""

    def __init__(self, path: Path, sheet: str, header: list[Any], row: list[Any], number: int) -> None:
        self.path, self.sheet, self.header, self.row, self.number = path, sheet, header, row, number

    def raw(self, column: int | None) -> Any:
        if column is None or column >= len(self.row):
            return None
        return self.row[column]

    def _fail(self, column: int, value: Any, expected: Said) -> InputError:
        sheet, title, shown = repr(self.sheet), repr(self.header[column]), repr(value)
        return InputError(self.path, Said(f"sheet {sheet}, column {title}: {shown} is not {expected}",
                                          "tab.li.cell", sheet=sheet, column=title, value=shown, expected=expected),
                          row=self.number)

    def count(self, column: int | None) -> int | None:
        value = self.raw(column)
        try:
            return parse_count(value)
        except ValueError:
            raise self._fail(column, value, Said("a count", "tab.li.a_count")) from None  # type: ignore[arg-type]

    def rate(self, column: int | None) -> float | None:
        value = self.raw(column)
        try:
            return parse_rate(value)
        except ValueError:
            raise self._fail(column, value, Said("a rate", "tab.li.a_rate")) from None  # type: ignore[arg-type]

    def day(self, column: int) -> date | None:
        value = self.raw(column)
        if value is None or str(value).strip() == "":
            return None
        try:
            return parse_day(value)
        except ValueError:
            raise self._fail(column, value, Said("a date like 06/18/2024 or 18.06.2024", "tab.li.a_day")) from None

    def text(self, column: int | None) -> str | None:
        value = self.raw(column)
        if value is None:
            return None
        s = str(value).strip()
        return s or None
