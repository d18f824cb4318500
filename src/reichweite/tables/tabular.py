"""Figures typed in by hand: CSV or XLSX tables following a documented layout (posts, accounts, …).

A layout is a name, its columns (required ones, optional ones, one-of groups) and a loader that turns rows into
records. This module reads tables and their cells; the known layouts are listed in reichweite.tables.detect, which
recognises a file's layout from its header row.

Rules shared by every layout: the first non-empty row not starting with `#` is the header; rows whose first cell
starts with `#` are comments (the templates' explanations and example); an empty cell means unknown, never 0.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from reichweite.errors import InputError, Said, said_of
from reichweite.tables.counts import CountError, parse_count
from reichweite.tables.headers import aliases, header_key
from reichweite.tables.reading import read_csv_rows, read_xlsx_rows
from reichweite.timeutil import REPORT_TZ, DateError, Order, cell_moment, slash_order

EXACT_INTEGERS = 2**53  # the largest integer a spreadsheet's number cell (a double) holds exactly
_SCIENTIFIC = re.compile(r"\d(?:[.,]\d+)?[eE]\+?\d+")
README_SHEETS = {"readme", "anleitung", "hilfe", "help", "liesmich"}
_EXCEL_EPOCH = datetime(1899, 12, 30)
EXCEL_SERIALS = (25569, 73051)  # the serial numbers a date column may hold as numbers: 1970-01-01 … 2099-12-31


@dataclass(frozen=True)
class ReadOptions:
    """What the command line adds to a table: the zone of its times, the accounts its columns or rows belong to
    (`--accounts x:NAME,bluesky:NAME`, as (platform, handle) pairs) and when the figures were read (`--at`)."""

    tz: ZoneInfo = REPORT_TZ
    accounts: tuple[tuple[str, str], ...] = ()
    at: datetime | None = None


@dataclass(frozen=True)
class Column:
    name: str
    help: str
    example: str = ""
    required: bool = False
    template: bool = True  # shown in the template (a polls table may hold more options than its template shows)


@dataclass
class Row:
    """One data row: its number in the file (1-based, as a spreadsheet shows it) and its cells by column."""

    number: int
    cells: dict[str, Any]

    def text(self, column: str) -> str | None:
        value = self.cells.get(column)
        if value is None:
            return None
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        text = str(value).strip()
        return text or None


@dataclass
class Table:
    path: Path
    sheet: str | None
    header_row: int
    header: list[str]
    rows: list[Row]
    _orders: dict[str, Order | None] = field(default_factory=dict, repr=False)
    titles: dict[str, str] = field(default_factory=dict)  # column → its header as written

    def title(self, column: str) -> str:
        return self.titles.get(column, column)

    def renamed(self, names: dict[str, str]) -> Table:
        """The table with its columns renamed (column → new name); headers as written are kept for messages."""
        return Table(self.path, self.sheet, self.header_row, [names.get(c, c) for c in self.header],
                     [Row(r.number, {names.get(c, c): v for c, v in r.cells.items()}) for r in self.rows],
                     titles={names.get(c, c): self.title(c) for c in self.header})

    def date_order(self, column: str) -> Order | None:
        """Day or month first for the column's slash dates, decided once by its unambiguous values."""
        if column not in self._orders:
            where = f"{self.path} [{self.sheet}]" if self.sheet else str(self.path)
            cells = [(f"row {r.number}", r.cells.get(column)) for r in self.rows]
            try:
                self._orders[column] = slash_order(cells, f"column {column}")
            except DateError as exc:
                raise InputError(where, said_of(exc)) from None
        return self._orders[column]

    def id_text(self, row: Row, column: str) -> str | None:
        """An id cell as text. A number cell holds about 15 digits exactly: an id beyond 2^53 in one has lost its
        last digits (2000000000000000123 becomes 2000000000000000000, another post), and Excel's 2E+18 has lost
        them all; both are refused, asking for a text cell."""
        value = row.cells.get(column)
        if isinstance(value, int | float) and not isinstance(value, bool):
            if abs(value) > EXACT_INTEGERS or (isinstance(value, float) and not value.is_integer()):
                shown = f"{value:.0f}" if isinstance(value, float) and value.is_integer() else repr(value)
                raise self.error(row, column, Said(f"{shown} is a number cell, which cannot hold an id this "
                                                   "long exactly (it keeps about 15 digits); format the column as "
                                                   "text and type the id again", "row.number_id", shown=shown))
            return str(int(value))
        text = row.text(column)
        if text and _SCIENTIFIC.fullmatch(text):
            raise self.error(row, column, Said(f"{text!r} is an id Excel shortened (it shows long numbers like "
                                               "that and saves them so); format the column as text and type the id "
                                               "again", "row.excel_id", text=repr(text)))
        return text

    def where_header(self) -> str:
        return f"{self.path} [{self.sheet}]" if self.sheet else str(self.path)

    def where(self, row: Row) -> str:
        return f"{self.path} [{self.sheet}] row {row.number}" if self.sheet else f"{self.path} row {row.number}"

    def error(self, row: Row, column: str | None, message: str) -> InputError:
        where = f"{self.path} [{self.sheet}]" if self.sheet else str(self.path)
        if column and isinstance(message, Said):
            title = self.title(column)  # a column the table lacks is named as a German template heads it
            message = Said(f"{title}: {message}", "error.cell", column=title if column in self.titles else (title,),
                           detail=message)
        elif column:
            message = f"{self.title(column)}: {message}"
        return InputError(where, message, row=row.number)


@dataclass
class Loaded:
    """What one table (or sheet) holds, as records; the import job stores it with the layout's saver."""

    layout: str
    table: Table
    records: dict[str, list[Any]] = field(default_factory=dict)


@dataclass(frozen=True)
class Layout:
    name: str
    description: str
    columns: tuple[Column, ...]
    loader: Callable[[Table, ReadOptions], Loaded]
    one_of: tuple[str, ...] = ()  # at least one of these columns must be present
    # a layout told apart by more than its column names (the wide posts table): True when the table is one
    recognise: Callable[[Table], bool] | None = None

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]

    @property
    def required(self) -> set[str]:
        return {c.name for c in self.columns if c.required}


def in_words_of(layout: Layout, table: Table) -> Table:
    """The table with its columns named as the layout names them ('Gefällt mir' → likes, 'Stichtag' →
    observed_at); a column the layout does not know keeps its name. Two columns meaning one are refused."""
    words = aliases(layout.name, layout.names)
    names = {c: words.get(header_key(table.title(c)), c) for c in table.header}
    seen: dict[str, str] = {}
    for column, name in names.items():
        if name in seen and name in layout.names:
            first, second = repr(table.title(seen[name])), repr(table.title(column))
            raise InputError(table.where_header(), Said(f"columns {first} and {second} both mean {name}",
                                                        "tab.both_mean", first=first, second=second, name=(name,)),
                             row=table.header_row)
        seen[name] = column
    return table.renamed(names)


# ---------------------------------------------------------------- reading cells


def parse_when(table: Table, row: Row, column: str, tz: ZoneInfo, *, required: bool = False) -> datetime | None:
    """A date/time cell → UTC by the one date rule (reichweite.timeutil): values without a time zone are taken in
    tz (default Europe/Berlin), a bare date is the end of that day, slash dates are read the column's way."""
    try:
        when = cell_moment(excel_serial(row.cells.get(column)), tz, bare="end", order=table.date_order(column))
    except DateError as exc:
        raise table.error(row, column, said_of(exc)) from None
    if when is None and required:
        raise table.error(row, column, Said("is empty; every row needs the date and time of the measurement",
                                            "row.no_measured_at"))
    return when


def excel_serial(value: Any) -> Any:
    """A date cell Excel stored as its serial number (a column formatted as General shows 45251): the date or
    date-time it means. Other values stay as they are."""
    if isinstance(value, int | float) and not isinstance(value, bool) and EXCEL_SERIALS[0] <= value <= EXCEL_SERIALS[1]:
        moment = _EXCEL_EPOCH + timedelta(days=float(value))
        return moment.date() if float(value).is_integer() else moment.replace(microsecond=0)
    return value


def published_at(table: Table, row: Row, column: str, tz: ZoneInfo, *, required: bool = False) -> datetime | None:
    """When a post was published. A date without a time is taken as noon of that day (in tz), not its end: a post
    typed in by its day then pairs with its cross-post of the same day, whatever the hour (±12 h)."""
    when = parse_when(table, row, column, tz, required=required)
    if when is not None and when.astimezone(tz).time() == time.max:
        local = when.astimezone(tz)
        return datetime.combine(local.date(), time(12), tz).astimezone(UTC)
    return when


def typed_day(table: Table, row: Row, column: str, tz: ZoneInfo) -> date:
    """The calendar day a date cell names, in tz (the day a post was published, as typed in)."""
    value = excel_serial(row.cells.get(column))
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    when = parse_when(table, row, column, tz, required=True)
    assert when is not None
    return when.astimezone(tz).date()  # a bare date is read as its end: still that day


def parse_figure(table: Table, row: Row, column: str) -> tuple[int | None, str | None]:
    try:
        return parse_count(row.cells.get(column))
    except CountError as exc:
        raise table.error(row, column, said_of(exc)) from None


# ---------------------------------------------------------------- reading files


def _normalise_header(value: Any) -> str:
    return re.sub(r"[\s\-]+", "_", str(value).strip().lstrip("\ufeff").lower()) if value is not None else ""


def _is_comment(cells: list[Any]) -> bool:
    first = next((c for c in cells if c is not None and str(c).strip()), None)
    return first is not None and str(first).strip().startswith("#")


def _filled(cells: list[Any]) -> int:
    return sum(1 for c in cells if c is not None and str(c).strip())


def _title_rows(body: list[tuple[int, list[Any]]]) -> int:
    """How many rows above the header are titles: a sheet's heading, often merged across the columns, holds one
    cell; the header below it holds several."""
    count = 0
    while count < len(body) - 1 and _filled(body[count][1]) == 1 and _filled(body[count + 1][1]) >= 1:
        count += 1
    return count if count < len(body) and _filled(body[count][1]) >= 2 else 0


def _build_table(path: Path, sheet: str | None, raw_rows: list[tuple[int, list[Any]]]) -> Table | None:
    where = f"{path} [{sheet}]" if sheet else str(path)
    body = [(n, cells) for n, cells in raw_rows if any(c is not None and str(c).strip() for c in cells)]
    body = [(n, cells) for n, cells in body if not _is_comment(cells)]
    body = body[_title_rows(body):]
    if not body:
        return None
    header_row, header_cells = body[0]
    header = [_normalise_header(c) for c in header_cells]
    seen: set[str] = set()
    for name in header:
        if name and name in seen:
            raise InputError(where, Said(f"column {name!r} appears twice in the header", "tab.column_twice",
                                         name=repr(name)), row=header_row)
        seen.add(name)
    rows = []
    for number, cells in body[1:]:
        values: dict[str, Any] = {}
        for index, value in enumerate(cells):
            empty = value is None or (isinstance(value, str) and not value.strip())
            name = header[index] if index < len(header) else ""
            if not name:
                if not empty:
                    shown = repr(str(value)[:40])
                    raise InputError(where, Said(f"a value ({shown}) in column {index + 1}, which has no header",
                                                 "tab.no_header_above", value=shown, n=str(index + 1)), row=number)
                continue
            values[name] = None if empty else value
        rows.append(Row(number, values))
    titles = {name: str(cell).strip().lstrip("\ufeff") for name, cell in zip(header, header_cells, strict=False)
              if name}
    return Table(path, sheet, header_row, [h for h in header if h], rows, titles=titles)


def read_tables(path: str | Path) -> list[Table]:
    """The tables of a CSV file, or of every sheet of an XLSX workbook except README sheets."""
    path = Path(path)
    if not path.is_file():
        raise InputError(path, Said("no such file", "tab.no_such_file"))
    suffix = path.suffix.lower()
    if suffix in (".csv", ".tsv", ".txt"):
        tables = [_build_table(path, None, read_csv_rows(path))]
    elif suffix in (".xlsx", ".xlsm"):
        tables = [_build_table(path, name, rows) for name, rows in read_xlsx_rows(path, README_SHEETS)]
    elif suffix == ".xls":
        raise InputError(path, Said("old .xls workbooks are not read: save it as .xlsx or .csv", "tab.xls"))
    else:
        raise InputError(path, Said("expected a .csv or .xlsx file", "tab.suffix"))
    found = [t for t in tables if t is not None]
    if not found:
        raise InputError(path, Said("no header row found (the file is empty or holds only # comments)",
                                    "tab.no_header"))
    return found
