"""Excel workbooks with xlsxwriter: ids as text, times in the report's zone, native charts possible; a data string is
always written as a string (never a formula or a link)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pandas as pd
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from reichweite.cells import workbook
from reichweite.redact import redact
from reichweite.timeutil import REPORT_TZ


def open_workbook(path: Path) -> Workbook:
    path.parent.mkdir(parents=True, exist_ok=True)
    return workbook(path, {"nan_inf_to_errors": True, "remove_timezone": True})


def write_frame(
    book: Workbook,
    name: str,
    frame: pd.DataFrame,
    *,
    text_columns: tuple[str, ...] = (),
    url_columns: tuple[str, ...] = (),
) -> Worksheet:
    """One sheet from a frame: header row, ids as text, missing values as empty cells, times local."""
    sheet = book.add_worksheet(name[:31])
    bold = book.add_format({"bold": True, "bg_color": "#f1f4f7", "border": 1})
    date_fmt = book.add_format({"num_format": "yyyy-mm-dd hh:mm"})
    text_fmt = book.add_format({"num_format": "@"})
    for col, title in enumerate(frame.columns):
        sheet.write_string(0, col, str(title), bold)
        width = max(10, min(60, len(str(title)) + 2))
        sheet.set_column(col, col, width)
    for col, title in enumerate(frame.columns):
        values = frame[title]
        for row, value in enumerate(values, start=1):
            if value is None or (not isinstance(value, (list, dict, str)) and pd.isna(value)):
                continue
            if isinstance(value, str):
                value = redact(value)
            if title in text_columns:
                sheet.write_string(row, col, str(value), text_fmt)
            elif title in url_columns and isinstance(value, str) and value.startswith(("http://", "https://")):
                sheet.write_url(row, col, value, string=value)
            elif isinstance(value, pd.Timestamp | datetime):
                stamp = pd.Timestamp(value)
                if stamp.tzinfo is not None:
                    stamp = stamp.tz_convert(REPORT_TZ).tz_localize(None)
                sheet.write_datetime(row, col, stamp.to_pydatetime(), date_fmt)
            elif isinstance(value, bool):
                sheet.write_boolean(row, col, value)
            elif isinstance(value, int | float) or hasattr(value, "item"):
                sheet.write_number(row, col, float(value))
            else:
                sheet.write_string(row, col, redact(str(value)))
    sheet.freeze_panes(1, 0)
    if len(frame.columns):
        sheet.autofilter(0, 0, max(len(frame), 1), len(frame.columns) - 1)
    return sheet
