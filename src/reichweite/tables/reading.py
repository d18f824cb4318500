"""The rows of a CSV file or of an XLSX workbook's sheets, as they are: one encoding per file, Excel's `sep=`
line, date cells showing only a date as dates, and no formula taken for a value it does not hold."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Collection
from datetime import datetime
from pathlib import Path
from typing import Any

from reichweite.cells import csv_value
from reichweite.errors import InputError, Said
from reichweite.textfile import decode_text, excel_sep_line, guess_delimiter
from reichweite.workbooks import capped_rows, check_workbook, unreadable_xlsx

Rows = list[tuple[int, list[Any]]]
_TIME_CODES = re.compile(r"[hs]|am/pm", re.IGNORECASE)


def read_csv_rows(path: Path) -> Rows:
    """(line number, cells) of a CSV file; an empty cell is None."""
    text, _ = decode_text(path.read_bytes(), path)
    text, delimiter = excel_sep_line(text)
    skipped = 1 if delimiter else 0  # row numbers stay those of the file
    if delimiter is None:
        lines = [line for line in text.splitlines() if line.strip() and not line.lstrip().startswith(("#", '"#'))]
        delimiter = guess_delimiter(lines[0] if lines else "")  # German Excel writes ';'
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        out = []
        for cells in reader:
            out.append((reader.line_num + skipped, [csv_value(c) if c.strip() else None for c in cells]))
        return out
    except csv.Error as exc:
        raise InputError(path, Said(f"not a readable CSV file ({exc})", "tab.csv_unreadable",
                                    reason=str(exc))) from None


def _cell_value(cell: Any) -> Any:
    """A cell's value; a date-time cell formatted to show only the date is the bare date it shows."""
    value = cell.value
    if isinstance(value, datetime) and value.time() == datetime.min.time():
        shown = re.sub(r'"[^"]*"|\[[^\]]*\]|\\.', "", str(getattr(cell, "number_format", "") or ""))
        if not _TIME_CODES.search(shown):
            return value.date()
    return value


def _open(path: Path, *, data_only: bool) -> Any:
    import openpyxl

    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=data_only)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError, EOFError) as exc:
        raise InputError(path, unreadable_xlsx(f"{type(exc).__name__}: {exc}")) from None
    except Exception as exc:  # openpyxl raises many kinds on damaged files
        raise InputError(path, unreadable_xlsx(type(exc).__name__)) from None


def _uncomputed(path: Path, sheet: str, formulas: Any, rows: Rows) -> None:
    """Formula cells whose file holds no computed value (written by a program, never opened in a spreadsheet)
    would read as empty: refuse them, naming the cells."""
    empty = []
    for (number, values), cells in zip(rows, formulas.iter_rows(), strict=False):
        for index, cell in enumerate(cells):
            if getattr(cell, "data_type", None) == "f" and (index >= len(values) or values[index] is None):
                empty.append(f"{getattr(cell, 'column_letter', '?')}{number}")
    if empty:
        cells = ", ".join(empty[:8])
        more = Said(f" and {len(empty) - 8} more", "tab.and_more", n=len(empty) - 8) if len(empty) > 8 else ""
        raise InputError(f"{path} [{sheet}]", Said(
            f"formula cells without a computed value: {cells}{more}. The file was written by a program that does "
            "not compute formulas; open it in Excel or LibreOffice and save it, or write the values themselves",
            "tab.formulas", cells=cells, more=more))


def read_xlsx_rows(path: Path, skip_sheets: Collection[str] = ()) -> list[tuple[str, Rows]]:
    """(sheet name, rows) of every sheet but those named in skip_sheets (lower case). Formulas count by the value
    the file holds for them; one without a value is refused. Read under the workbook limits (--max-cells …)."""
    check_workbook(path)
    book = _open(path, data_only=True)
    formulas = _open(path, data_only=False)
    sheets = []
    try:
        for sheet in book.worksheets:
            if sheet.title.strip().lower() in skip_sheets:
                continue
            rows = [(n, [_cell_value(c) for c in cells])
                    for n, cells in enumerate(capped_rows(f"{path} [{sheet.title}]", sheet), start=1)]
            _uncomputed(path, sheet.title, formulas[sheet.title], rows)
            sheets.append((sheet.title, rows))
    except InputError:
        raise
    except Exception as exc:
        raise InputError(path, Said(f"cannot read the workbook's cells ({type(exc).__name__})", "tab.xlsx_cells",
                                    reason=type(exc).__name__)) from None
    finally:
        book.close()
        formulas.close()
    return sheets
