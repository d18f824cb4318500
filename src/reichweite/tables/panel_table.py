"""Panel membership files: a row per membership spell [joined, left) of a company, from CSV/XLSX or built in."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

from reichweite.errors import InputError, Said, said_of
from reichweite.names import ISIN_PATTERN, normalise
from reichweite.tables.tabular import Row, Table, read_tables
from reichweite.timeutil import DateError, cell_day

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


def _day(table: Table, row: Row, column: str) -> date | None:
    try:
        return cell_day(row.cells.get(column), order=table.date_order(column))
    except DateError as exc:
        raise table.error(row, column, said_of(exc)) from None


def read_membership_table(path: Path, *, default_source: str | None = None) -> list[MembershipRow]:
    """Spells from the first table that has a company column and a joined or left column.

    Checks that joined < left and that ISINs look like ISINs; check_overlaps checks the spells per company.
    """
    path = Path(path)
    for table in read_tables(path):
        names = {h: next((k for k, v in _COLUMNS.items() if normalise(h) in v), None) for h in table.header}
        found = set(names.values())
        if "company" in found and found & {"joined", "left"}:
            return _rows(table, names, default_source or path.name)
    raise InputError(path, Said("expected a membership table with the columns company, joined, left (isin and "
                                "source optional); dates as 2020-08-24, an empty joined/left meaning open-ended",
                                "tab.panel.no_table"))


def _rows(table: Table, names: dict[str, str | None], default_source: str) -> list[MembershipRow]:
    rows: list[MembershipRow] = []
    by_role = {role: header for header, role in names.items() if role}
    for row in table.rows:
        def get(role: str, row: Row = row) -> Any:
            return row.cells.get(by_role[role]) if role in by_role else None

        company = _cell(get("company"))
        if company is None:
            raise table.error(row, by_role["company"], Said("is empty; every spell needs the company's name",
                                                            "tab.panel.no_name"))
        isin = _cell(get("isin"))
        if isin is not None:
            isin = isin.upper()
            if not ISIN_PATTERN.match(isin):
                raise table.error(row, by_role["isin"], Said(f"{isin!r} is not an ISIN (two letters, nine "
                                                             "characters, a digit)", "tab.panel.isin",
                                                             value=repr(isin)))
        joined = _day(table, row, by_role["joined"]) if "joined" in by_role else None
        left = _day(table, row, by_role["left"]) if "left" in by_role else None
        if joined is not None and left is not None and not joined < left:
            raise table.error(row, None, Said(f"{company}: joined {joined} is not before left {left}",
                                              "tab.panel.order", company=company, joined=str(joined),
                                              left=str(left)))
        rows.append(MembershipRow(company, isin, joined, left, _cell(get("source")) or default_source,
                                  Said(f"row {row.number}", "tab.row", n=str(row.number))))
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
                raise InputError(path, Said(f"{b.company} ({b.where}) overlaps {a.company} ({a.where}): spells of "
                                            "one company must not overlap", "tab.panel.overlap", later=b.company,
                                            later_where=b.where, earlier=a.company, earlier_where=a.where))


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


def builtin_company_names() -> list[dict[str, str | None]]:
    """The names companies carried over time (company_names.csv): key (ISIN), name, valid_from, valid_to."""
    with data_file("company_names.csv").open(encoding="utf-8", newline="") as handle:
        return [{"key": r["isin"], "name": r["name"], "valid_from": r["valid_from"] or None,
                 "valid_to": r["valid_to"] or None} for r in csv.DictReader(handle)]
