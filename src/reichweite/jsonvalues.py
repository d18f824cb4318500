"""Values as strict JSON can hold them: null for NaN/NaT/NA/±Infinity, times as ISO 8601 UTC with `Z`. Below every
floor, so a result record can say itself as JSON wherever it lives (report.machine writes the text)."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pandas as pd

from reichweite.timeutil import iso_utc

# a time some part already wrote as text in UTC ("…T12:00:00+00:00"): machine output writes it with Z
_ISO_UTC_TEXT = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?\+00:00$")
_UTC_OFFSET = re.compile(r"\+00:00$")


def plain(value: Any) -> Any:
    """A value as JSON can hold it strictly: null for NaN/NaT/NA/±Infinity, Python numbers for numpy ones, times as
    ISO 8601 UTC with Z, dates as YYYY-MM-DD, durations in seconds; mappings and sequences element by element."""
    kind = type(value)
    if kind is int or kind is bool or value is None:  # the most frequent values first
        return value
    if kind is float:
        return value if math.isfinite(value) else None
    if isinstance(value, str):
        return _UTC_OFFSET.sub("Z", value) if _ISO_UTC_TEXT.match(value) else value
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, pd.DataFrame):
        return records(value)
    if isinstance(value, list | tuple | set | frozenset | pd.Series | pd.Index):
        return [plain(v) for v in value]
    if isinstance(value, pd.Timestamp | datetime):
        return None if pd.isna(value) else iso_utc(value.to_pydatetime() if isinstance(value, pd.Timestamp)
                                                  else value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, pd.Timedelta | timedelta):
        return None if pd.isna(value) else value.total_seconds()
    if isinstance(value, Path):
        return str(value)
    if hasattr(value, "item") and not isinstance(value, int | float):  # numpy scalars
        value = value.item()
        if isinstance(value, datetime | date | timedelta):
            return plain(value)
    if isinstance(value, Decimal):
        value = float(value)
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, int):
        return value
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return str(value)


def records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """The frame's rows as plain dicts (column order kept)."""
    columns = [str(c) for c in frame.columns]
    return [dict(zip(columns, (plain(v) for v in row), strict=True)) for row in frame.itertuples(index=False)]
