"""Machine output: strict JSON, JSON Lines and CSV that scripts can trust.

One rule for every command and the web API: a missing value is null (JSON) or an empty cell (CSV), never NaN or
Infinity; a time is ISO 8601 in UTC ending in `Z`; a CSV cell from data is never a formula (reichweite.cells).
"""

from __future__ import annotations

import json
import math
import re
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

import pandas as pd

from reichweite.cells import csv_writer
from reichweite.terminal import bare
from reichweite.timeutil import iso_utc

FORMATS = ("table", "csv", "jsonl", "json")
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


# DEL and the C1 controls (U+0080–U+009F, e.g. CSI) as \u escapes: JSON leaves them raw unless asked, and a
# terminal showing the output would run them (C0 controls are escaped by json itself)
_C1_ESCAPES = {c: f"\\u{c:04x}" for c in range(0x7F, 0xA0)}


def dumps(data: Any, *, indent: int | None = 2) -> str:
    """Strict JSON text: refuses NaN and Infinity (plain() has turned them into null); no raw control character."""
    return json.dumps(plain(data), ensure_ascii=False, indent=indent, allow_nan=False).translate(_C1_ESCAPES)


def write_json(data: Any, handle: IO[str]) -> None:
    handle.write(dumps(data))
    handle.write("\n")


def write_jsonl(rows: pd.DataFrame, handle: IO[str]) -> None:
    for row in records(rows):
        handle.write(json.dumps(row, ensure_ascii=False, allow_nan=False).translate(_C1_ESCAPES))
        handle.write("\n")


def csv_text(value: Any) -> Any:
    """A plain value as a CSV cell: empty for null, JSON for nested lists and objects, text without control
    characters and escape sequences (CSV is not escaped: shown on a terminal, they would be run)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return bare(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, allow_nan=False)
    return value


def write_csv(rows: pd.DataFrame, handle: IO[str]) -> None:
    writer = csv_writer(handle, lineterminator="\n")
    writer.writerow([str(c) for c in rows.columns])
    for row in records(rows):
        writer.writerow([csv_text(v) for v in row.values()])


def write(fmt: str, *, rows: pd.DataFrame, document: Any, handle: IO[str]) -> None:
    """Write the result in a machine format: `json` the whole document, `jsonl` and `csv` one line per row."""
    if fmt == "json":
        write_json(document, handle)
    elif fmt == "jsonl":
        write_jsonl(rows, handle)
    elif fmt == "csv":
        write_csv(rows, handle)
    else:
        raise ValueError(f"not a machine format: {fmt!r}")


@contextmanager
def destination(path: str | Path | None) -> Iterator[IO[str]]:
    """stdout for None or '-', else the file, written whole (the old file stays until the new one is complete)."""
    if path is None or str(path) == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    from reichweite.outfiles import written_whole

    with written_whole(Path(path)) as temporary, temporary.open("w", encoding="utf-8", newline="") as handle:
        yield handle


def frame_of(rows: Iterable[Mapping[str, Any]], columns: Sequence[str]) -> pd.DataFrame:
    """Rows (dicts) as a frame with exactly these columns, in this order; a missing key is null."""
    return pd.DataFrame([[row.get(c) for c in columns] for row in rows], columns=list(columns), dtype=object)
