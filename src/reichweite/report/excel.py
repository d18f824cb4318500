"""Excel workbooks as analysts want them, with xlsxwriter.

Every column has a kind that gives its number format: counts `#,##0`, ratios `0.00`, shares as real numbers in
`0.0 %`, p-values scientific only below 0.001, days as dates without a time, moments in the report's time zone (named
in the header). Ids are text, links are links, a data string is always a string (never a formula) and redacted of
secrets. Columns are as wide
as their content, the header row is frozen and filtered, and a sheet "Hinweise"/"Notes" holds definitions, the time
zone and the provenance. A sheet larger than Excel allows is refused with a clear message, before anything is written.
"""

from __future__ import annotations

import numbers
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pandas as pd
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from reichweite.cells import workbook
from reichweite.errors import ReichweiteError, Said
from reichweite.redact import redact
from reichweite.report.i18n import format_number
from reichweite.timeutil import REPORT_TZ

# rows of a worksheet in Excel (and LibreOffice) including the header row
EXCEL_ROWS = 1_048_576
SHEET_NAME = 31
MIN_WIDTH, MAX_WIDTH = 8, 60

NUMBER_FORMATS = {
    "count": "#,##0",
    "decimal": "#,##0.0",
    "ratio": "0.00",
    "p": "[<0.001]0.00E+00;0.0000",
    "id": "@",
}
SHARE_FORMATS = {"de": "0.0 %", "en": "0.0%"}
DAY_FORMATS = {"de": "dd.mm.yyyy", "en": "d mmm yyyy"}
MOMENT_FORMATS = {"de": "dd.mm.yyyy hh:mm", "en": "d mmm yyyy hh:mm"}
KINDS = ("text", "id", "url", "count", "decimal", "ratio", "share", "percent", "p", "day", "moment", "bool", "minutes")


class TooManyRows(ReichweiteError):
    """A sheet would hold more rows than Excel can show."""

    exit_code = 1


@dataclass(frozen=True)
class Col:
    """One column of a sheet: the frame's column, its header in the report's language, its kind (see KINDS) and,
    for coded values ('api', 'exact' …), how to word them."""

    key: str
    header: str
    kind: str = "text"
    words: Callable[[Any], str] | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"column {self.key!r}: unknown kind {self.kind!r}")


def open_workbook(path: Path) -> Workbook:
    path.parent.mkdir(parents=True, exist_ok=True)
    return workbook(path, {"nan_inf_to_errors": True, "remove_timezone": True})


def check_rows(name: str, rows: int) -> None:
    """Refuse a sheet Excel cannot hold: say which, how many rows, and what to do instead."""
    if rows + 1 > EXCEL_ROWS:
        raise TooManyRows(Said(
            f"The workbook sheet {name!r} would need {rows:,} rows, but Excel holds at most {EXCEL_ROWS - 1:,} below "
            "the header. Nothing was written. Use --json for data this large, or narrow it (fewer accounts or a "
            "shorter period).", "opt.excel_rows", sheet=repr(name), rows=rows, most=EXCEL_ROWS - 1))


def sheet_name(name: str) -> str:
    """Excel's limits on sheet names: 31 characters, none of []:*?/\\."""
    cleaned = "".join("_" if c in "[]:*?/\\" else c for c in name).strip("'")
    return cleaned[:SHEET_NAME] or "_"


def _missing(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, list | dict | str):
        return False
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _local(value: Any) -> datetime:
    stamp = pd.Timestamp(value)
    if stamp.tzinfo is None:
        stamp = stamp.tz_localize("UTC")
    return stamp.tz_convert(REPORT_TZ).tz_localize(None).to_pydatetime()


class _Formats:
    """The cell formats of one workbook, made once."""

    def __init__(self, book: Workbook, lang: str) -> None:
        self.lang = lang
        self.header = book.add_format({"bold": True, "bg_color": "#f1f4f7", "border": 1, "text_wrap": True,
                                       "valign": "top"})
        self.wrap = book.add_format({"text_wrap": True, "valign": "top"})
        self.section = book.add_format({"bold": True, "valign": "top"})
        self.by_kind = {kind: book.add_format({"num_format": fmt}) for kind, fmt in NUMBER_FORMATS.items()}
        self.by_kind["share"] = self.by_kind["percent"] = book.add_format({"num_format": SHARE_FORMATS[lang]})
        self.by_kind["day"] = book.add_format({"num_format": DAY_FORMATS[lang]})
        self.by_kind["moment"] = book.add_format({"num_format": MOMENT_FORMATS[lang]})
        self.by_kind["minutes"] = self.by_kind["decimal"]


def _formats(book: Workbook, lang: str) -> _Formats:
    """The workbook's formats for the language, made on first use and kept with the workbook."""
    cached = getattr(book, "_reichweite_formats", None)
    if cached is None or cached.lang != lang:
        cached = _Formats(book, lang)
        book._reichweite_formats = cached  # type: ignore[attr-defined]
    return cached


def _shown_width(value: Any, kind: str, lang: str) -> int:
    """About how many characters the cell shows, for the column width."""
    if isinstance(value, str):
        return len(value)
    if kind in ("count", "decimal", "ratio", "minutes"):
        digits = {"count": 0, "decimal": 1, "minutes": 1, "ratio": 2}[kind]
        return len(format_number(float(value), lang, digits))
    if kind in ("share", "percent"):
        return 8
    if kind == "p":
        return 9
    if kind == "day":
        return 11
    if kind == "moment":
        return 17
    if kind == "bool":
        return 6
    return max((len(line) for line in str(value).splitlines()), default=0)


def _write_cell(sheet: Worksheet, row: int, col: int, value: Any, column: Col, formats: _Formats) -> None:
    kind = column.kind
    if isinstance(value, str):
        value = redact(value)  # no secret reaches a workbook, whatever column it is in
    if column.words is not None:
        sheet.write_string(row, col, column.words(value))
    elif kind == "id":
        sheet.write_string(row, col, str(value), formats.by_kind["id"])
    elif kind == "url":
        if isinstance(value, str) and value.startswith(("https://", "http://")) and len(value) <= 2079:
            sheet.write_url(row, col, value, string=value)
        else:
            sheet.write_string(row, col, str(value))
    elif kind == "moment":
        sheet.write_datetime(row, col, _local(value), formats.by_kind["moment"])
    elif kind == "day":
        day = value if isinstance(value, date) and not isinstance(value, datetime) else pd.Timestamp(value).date()
        sheet.write_datetime(row, col, datetime(day.year, day.month, day.day), formats.by_kind["day"])
    elif kind == "bool":
        sheet.write_boolean(row, col, bool(value))
    elif kind in ("count", "decimal", "ratio", "share", "p") and isinstance(value, str):
        sheet.write_string(row, col, value)  # a word among the numbers ('abgeschaltet')
    elif kind in ("count", "decimal", "ratio", "share", "p"):
        sheet.write_number(row, col, float(value), formats.by_kind[kind])
    elif kind == "percent":  # percentage points (12.5 for 12.5 %) shown as a share
        sheet.write_number(row, col, float(value) / 100, formats.by_kind["percent"])
    elif kind == "minutes":  # seconds shown in minutes
        sheet.write_number(row, col, float(value) / 60, formats.by_kind["minutes"])
    else:
        sheet.write_string(row, col, str(value))


def write_sheet(book: Workbook, name: str, frame: pd.DataFrame, columns: Sequence[Col], lang: str, *,
                row_kinds: Sequence[str] | None = None) -> Worksheet:
    """One sheet: the given columns of `frame` under their headers, each cell in its kind's format, missing values
    as empty cells. `row_kinds` gives a kind per row instead (for a sheet of measures, one per row), applied to every
    column after the first."""
    check_rows(name, len(frame))
    formats = _formats(book, lang)
    sheet = book.add_worksheet(sheet_name(name))
    widths = [max(MIN_WIDTH, min(MAX_WIDTH, max(len(w) for w in c.header.split()) + 2)) for c in columns]
    for col, column in enumerate(columns):
        sheet.write_string(0, col, column.header, formats.header)
        values = frame[column.key] if column.key in frame.columns else pd.Series([None] * len(frame))
        for row, value in enumerate(values, start=1):
            if _missing(value):
                continue
            cell = column
            if row_kinds is not None and col > 0:
                cell = Col(column.key, column.header, row_kinds[row - 1])
            _write_cell(sheet, row, col, value, cell, formats)
            shown = cell.words(value) if cell.words is not None else value
            widths[col] = max(widths[col], min(MAX_WIDTH, _shown_width(shown, "text" if cell.words else cell.kind,
                                                                       lang) + 2))
    for col, width in enumerate(widths):
        sheet.set_column(col, col, width, formats.wrap if columns[col].kind == "text" and width >= MAX_WIDTH else None)
    sheet.set_row(0, None, formats.header)
    sheet.freeze_panes(1, 0)
    if columns:
        sheet.autofilter(0, 0, max(len(frame), 1), len(columns) - 1)
    return sheet


def write_notes(book: Workbook, name: str, headers: tuple[str, str], notes: Sequence[tuple[str, str]],
                lang: str) -> Worksheet:
    """The sheet of notes: a section name and a text per row (definitions, time zone, provenance, measurements)."""
    formats = _formats(book, lang)
    sheet = book.add_worksheet(sheet_name(name))
    sheet.write_string(0, 0, headers[0], formats.header)
    sheet.write_string(0, 1, headers[1], formats.header)
    sheet.set_column(0, 0, max(16, max((len(s) for s, _ in notes), default=0) + 2))
    sheet.set_column(1, 1, 110, formats.wrap)
    previous = None
    for row, (section, text) in enumerate(notes, start=1):
        if section != previous:
            sheet.write_string(row, 0, section, formats.section)
            previous = section
        sheet.write_string(row, 1, text, formats.wrap)
    sheet.freeze_panes(1, 0)
    return sheet


def guess_columns(frame: pd.DataFrame, headers: dict[str, str] | None = None, *,
                  kinds: dict[str, str] | None = None) -> list[Col]:
    """Columns for a frame without a written spec: the kind from the dtype (whole numbers count, other numbers
    get two decimals, times are moments), headers from `headers` or the column name."""
    headers, kinds = headers or {}, kinds or {}
    out = []
    for key in frame.columns:
        series = frame[key]
        if key in kinds:
            kind = kinds[key]
        elif pd.api.types.is_bool_dtype(series):
            kind = "bool"
        elif pd.api.types.is_datetime64_any_dtype(series):
            kind = "moment"
        elif pd.api.types.is_integer_dtype(series):
            kind = "count"
        elif pd.api.types.is_float_dtype(series) or _numbers(series):
            whole = pd.Series(_numbers(series) or series.dropna().tolist(), dtype=float)
            kind = "count" if len(whole) and (whole == whole.round()).all() else "ratio"
        else:
            kind = "text"
        out.append(Col(str(key), headers.get(str(key), str(key)), kind))
    return out


def _numbers(series: pd.Series) -> list[float]:
    """The numbers of a column that mixes numbers and words (figures and 'abgeschaltet'); none for a text column."""
    if series.dtype != object:
        return []
    values = [v for v in series if not _missing(v)]
    found = [float(v) for v in values if isinstance(v, numbers.Real) and not isinstance(v, bool)]
    return found if found and all(isinstance(v, str | numbers.Real) for v in values) else []


def write_frame(book: Workbook, name: str, frame: pd.DataFrame, *, text_columns: tuple[str, ...] = (),
                url_columns: tuple[str, ...] = (), lang: str = "en") -> Worksheet:
    """A sheet from a frame whose columns are already worded: kinds guessed from the dtypes (see guess_columns)."""
    kinds = {**{c: "id" for c in text_columns}, **{c: "url" for c in url_columns}}
    return write_sheet(book, name, frame, guess_columns(frame, kinds=kinds), lang)
