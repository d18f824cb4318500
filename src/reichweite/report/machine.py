"""Machine output: strict JSON, JSON Lines and CSV that scripts can trust.

One rule for every command and the web API: a missing value is null (JSON) or an empty cell (CSV), never NaN or
Infinity; a time is ISO 8601 in UTC ending in `Z`; a CSV cell from data is never a formula (reichweite.cells).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

import pandas as pd

from reichweite.cells import csv_writer
from reichweite.jsonvalues import plain, records
from reichweite.terminal import bare

FORMATS = ("table", "csv", "jsonl", "json")

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
