"""Panel membership files: a row per membership spell [joined, left) of a company, from CSV/XLSX or built in."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

import pandas as pd

from reichweite.analysis.company_names import ISIN_PATTERN, normalise
from reichweite.errors import InputError
from reichweite.sources.company_table import parse_sheet_date, read_sheets

_COLUMNS = {
    "company": {"company", "unternehmen", "firma", "name"},
    "isin": {"isin"},
    "joined": {"joined", "from", "von", "seit", "aufgenommen", "in", "start"},
    "left": {"left", "to", "bis", "until", "ausgeschieden", "out", "end"},
    "source": {"source", "quelle", "sources", "quellen"},
}


@dataclass(frozen=True, slots=True)
class BuiltinPanel:
    name: str
    title: str
    file: str
    notes_file: str


BUILTIN_PANELS = {
    "dax": BuiltinPanel("dax", "DAX", "dax_membership.csv", "dax_membership.NOTES.md"),
}


@dataclass(slots=True)
class MembershipRow:
    """One spell as read: the company as written, the half-open interval [joined, left), where it came from."""

    company: str
    isin: str | None
    joined: date | None
    left: date | None
    source: str
    where: str


def data_file(name: str) -> Path:
    """A file shipped in reichweite/data."""
    return Path(str(resources.files("reichweite") / "data" / name))


def _cell(value: Any) -> str | None:
    if value is None or (isinstance(value, float) and value != value):
        return None
    text = " ".join(str(value).split())
    return text or None


def _day(path: str, row: int, column: str, value: Any) -> date | None:
    if isinstance(value, pd.Timestamp):
        return value.date()
    if isinstance(value, date):
        return value
    text = _cell(value)
    if text is None:
        return None
    day = parse_sheet_date(text.split(" ")[0].split("T")[0])
    if day is None:
        raise InputError(path, f"column {column!r}: expected a date like 2020-08-24, got {text!r}", row=row)
    return day


def read_membership_table(path: Path, *, default_source: str | None = None) -> list[MembershipRow]:
    """Spells from the first sheet that has a company column and a joined or left column.

    Checks that joined < left, that ISINs look like ISINs, and that spells of one company do not overlap.
    """
    path = Path(path)
    for sheet, frame in read_sheets(path).items():
        names = {str(c): next((k for k, v in _COLUMNS.items() if normalise(str(c)) in v), None) for c in frame.columns}
        found = set(names.values())
        if "company" in found and found & {"joined", "left"}:
            return _rows(path, sheet, frame, names, default_source or path.name)
    raise InputError(path, "expected a membership table with the columns company, joined, left (isin and source "
                           "optional); dates as 2020-08-24, an empty joined/left meaning open-ended")


def _rows(path: Path, sheet: str, frame: pd.DataFrame, names: dict[str, str | None],
          default_source: str) -> list[MembershipRow]:
    where = f"{path}, sheet {sheet}" if sheet else str(path)
    rows: list[MembershipRow] = []
    for i, record in enumerate(frame.to_dict("records")):
        row = i + 2
        cells = {names[str(k)]: v for k, v in record.items() if names.get(str(k))}
        company = _cell(cells.get("company"))
        if company is None:
            if any(_cell(v) for v in cells.values()):
                raise InputError(where, "the company name is missing", row=row)
            continue
        isin = _cell(cells.get("isin"))
        if isin is not None:
            isin = isin.upper()
            if not ISIN_PATTERN.match(isin):
                raise InputError(where, f"isin {isin!r} is not an ISIN (two letters, nine characters, a digit)",
                                 row=row)
        joined = _day(where, row, "joined", cells.get("joined"))
        left = _day(where, row, "left", cells.get("left"))
        if joined is not None and left is not None and not joined < left:
            raise InputError(where, f"{company}: joined {joined} is not before left {left}", row=row)
        rows.append(MembershipRow(company, isin, joined, left, _cell(cells.get("source")) or default_source,
                                  f"row {row}"))
    return rows


def check_overlaps(path: object, spells: list[tuple[str, MembershipRow]]) -> None:
    """Spells of one company (by key) must not overlap: raises InputError naming both rows."""
    by_key: dict[str, list[MembershipRow]] = {}
    for key, spell in spells:
        by_key.setdefault(key, []).append(spell)
    for items in by_key.values():
        items.sort(key=lambda s: s.joined or date.min)
        for a, b in zip(items, items[1:], strict=False):
            if a.left is None or (b.joined or date.min) < a.left:
                raise InputError(path, f"{b.company} ({b.where}) overlaps {a.company} ({a.where}): "
                                       "spells of one company must not overlap")


def read_builtin_panel(name: str) -> tuple[BuiltinPanel, list[MembershipRow], str]:
    """A panel shipped with reichweite: its spells and its notes (sources and caveats)."""
    panel = BUILTIN_PANELS[name]
    path = data_file(panel.file)
    rows = read_membership_table(path, default_source=f"builtin:{panel.file}")
    notes = data_file(panel.notes_file).read_text(encoding="utf-8")
    return panel, rows, notes


def builtin_aliases() -> dict[str, list[str]]:
    """Extra names of well-known companies by ISIN (former names, short names, spellings with umlauts)."""
    out: dict[str, list[str]] = {}
    with data_file("company_aliases.csv").open(encoding="utf-8", newline="") as handle:
        for record in csv.DictReader(handle):
            out.setdefault(record["isin"], []).append(record["alias"])
    return out
