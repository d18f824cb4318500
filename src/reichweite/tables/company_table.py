"""Company-page figures typed into a spreadsheet: the long layout (a row per company, platform and date) and the
wide layout people keep in Excel (a sheet per measurement date, a row per company, a column per platform and figure).

Files are read with the shared table reader (reichweite.tables.tabular: header detection, # comments, README
sheets) and figures with the shared count parser ("1,2 Mio.", "4.5K"). Both layouts are listed in
reichweite.tables.detect, so `reichweite import table FILE` recognises them. Returns rows with the company name as
written; matching names to companies is done by the caller (reichweite.jobs.panels).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from reichweite import registry
from reichweite.errors import InputError, Said, said_of
from reichweite.names import normalise
from reichweite.tables.counts import CountError
from reichweite.tables.counts import parse_count as parse_shared_count
from reichweite.tables.tabular import Column, Layout, Loaded, Row, Table, in_words_of, read_tables
from reichweite.timeutil import REPORT_TZ, DateError, Order, cell_moment, parse_day, read_moment, to_utc

FIGURES = ("followers", "employees")
_SLOTS = ("followers", "followers_shown", "employees", "employees_shown")
_FOLLOWER_WORDS = {"follower", "followers", "abonnenten", "abonnent", "abonnentinnen", "fans"}
_EMPLOYEE_WORDS = {
    "mitarbeiter", "mitarbeitende", "mitarbeiterinnen", "beschaeftigte", "employees", "employee", "staff",
}
_SHOWN_WORDS = {"shown", "angezeigt", "anzeige", "displayed"}
COMPANY_COLUMNS = ("company", "unternehmen", "firma", "name")
LONG_COLUMNS = ("platform", "company", "isin", "observed_at", "followers", "followers_shown", "employees",
                "employees_shown")
_MISSING = {"-", "–", "—", "n/a", "na", "k a", "ka", "?", "unbekannt", "unknown", "nicht gemessen"}
# a figure the company switched off (LinkedIn's 'Follow' disabled, an employee count hidden): stored as 'off'
OFF_WORDS = {"off", "abgeschaltet", "deaktiviert"}
OFF = "off"


@dataclass(slots=True)
class CompanyRow:
    """One company's figures on one platform at one date, as read from a file."""

    platform: str
    company: str
    isin: str | None
    observed_at: datetime
    followers: int | None
    followers_shown: str | None
    employees: int | None
    employees_shown: str | None
    where: str  # "sheet 2019-06-30, row 7", for messages
    origin: str  # file name and place, stored with the snapshot
    followers_state: str | None = None  # 'off': switched off by the company
    employees_state: str | None = None


def parse_count(value: Any) -> tuple[int | None, str | None]:
    """A figure as typed: (number, shown text); exact numbers have no shown text, '1,2 Mio.' → (1200000, '1,2 Mio.').

    The shared parser (reichweite.tables.counts) plus what company pages show: a missing figure written as '-' or
    'n/a' is (None, None), never 0; '10.001+' (LinkedIn's size band) is the number with its shown text.
    Raises ValueError for anything else.
    """
    if isinstance(value, str):
        text = " ".join(value.split())
        if normalise(text) in _MISSING or text in _MISSING:
            return None, None
        if text.endswith("+") and len(text) > 1:
            number, _ = parse_shared_count(text[:-1])
            return number, text
    return parse_shared_count(value)


def measurement_time(value: Any, tz: ZoneInfo = REPORT_TZ, *, order: Order | None = None) -> datetime:
    """A measurement date or time as UTC, in any spelling of the date rule (reichweite.timeutil). A company-page
    measurement is a day: a bare date means noon in the given zone, so that the day reads the same in UTC, in the
    report's zone and in the zone it was typed in. A time alone is refused (DateError)."""
    if isinstance(value, datetime):
        if value.tzinfo is None and value.time() == time(0):
            value = datetime.combine(value.date(), time(12))
        return to_utc(value, tz)
    if isinstance(value, date):
        return to_utc(datetime.combine(value, time(12)), tz)
    if value is None or isinstance(value, time | int | float):
        return cell_moment(value, tz) or _no_date()
    day, clock, written = read_moment(str(value), order=order)
    return to_utc(datetime.combine(day, clock or time(12)), written or tz)


def _no_date() -> datetime:
    raise DateError(Said("is empty", "tab.empty"))


def parse_sheet_date(text: str) -> date | None:
    """A sheet named by its date ('2019-06-30', '30.06.2019', '30.6.19', '30 Jun 2019') → the date; else None."""
    try:
        return parse_day(text)
    except DateError:
        return None


def _figure_of(words: list[str]) -> str | None:
    if any(w in _FOLLOWER_WORDS for w in words):
        return "followers"
    if any(w in _EMPLOYEE_WORDS for w in words):
        return "employees"
    return None


def classify_wide_column(header: str) -> tuple[str, str, bool] | None:
    """'LinkedIn Follower' → ('linkedin', 'followers', False); 'Xing Mitarbeiter (angezeigt)' → (…, True)."""
    words = normalise(header).split()
    known = registry.names_with("companies")
    platforms = [w for w in words if w in known]
    figure = _figure_of(words)
    if len(platforms) != 1 or figure is None:
        return None
    return platforms[0], figure, any(w in _SHOWN_WORDS for w in words)


def unplaced_figure_columns(header: list[str]) -> list[str]:
    """Columns that name a figure (followers, employees) but no single known platform: never dropped silently."""
    return [h for h in header if _figure_of(normalise(h).split()) and classify_wide_column(h) is None]


def table_layout(table: Table) -> str | None:
    """'long', 'wide' or None (not a company table) from a table's header."""
    header = set(table.header)
    if {"platform", "company", "observed_at"} <= header and header & set(FIGURES):
        return "long"
    if header & set(COMPANY_COLUMNS) and any(classify_wide_column(h) for h in table.header):
        return "wide"
    return None


def _place(table: Table, row: Row) -> str:
    """'sheet 2019-06-30, row 4' or 'row 4', said in the user's language where a message names the row."""
    if table.sheet:
        return Said(f"sheet {table.sheet}, row {row.number}", "tab.sheet_row", sheet=table.sheet, n=str(row.number))
    return Said(f"row {row.number}", "tab.row", n=str(row.number))


def is_off(value: Any) -> bool:
    """The cell says the company switched the figure off: off, abgeschaltet, deaktiviert (any case)."""
    return isinstance(value, str) and " ".join(value.split()).lower() in OFF_WORDS


def _figure(table: Table, row: Row, column: str) -> tuple[int | None, str | None]:
    if is_off(row.cells.get(column)):
        return None, None
    try:
        return parse_count(row.cells.get(column))
    except (CountError, ValueError) as exc:
        raise table.error(row, column, said_of(exc)) from None


def load_long(table: Table, tz: ZoneInfo = REPORT_TZ) -> list[CompanyRow]:
    out: list[CompanyRow] = []
    for row in table.rows:
        company = row.text("company")
        if company is None:
            raise table.error(row, "company", Said("is empty; every row needs the company's name",
                                                   "tab.company.no_name"))
        platform = (row.text("platform") or "").lower()
        if platform not in registry.names_with("companies"):
            known = ", ".join(registry.names_with("companies"))
            raise table.error(row, "platform", Said(f"{row.text('platform')!r} is not one of {known}",
                                                    "error.not_one_of", value=repr(row.text("platform")),
                                                    choices=known))
        try:
            observed_at = measurement_time(row.cells.get("observed_at"), tz, order=table.date_order("observed_at"))
        except DateError as exc:
            raise table.error(row, "observed_at", said_of(exc)) from None
        figures: dict[str, Any] = {}
        for fig in FIGURES:
            value, shown = _figure(table, row, fig)
            shown = row.text(f"{fig}_shown") or shown
            if is_off(row.cells.get(fig)) or is_off(shown):
                figures[fig], figures[f"{fig}_shown"], figures[f"{fig}_state"] = None, None, OFF
                continue
            if value is None and shown is not None:
                value, _ = _figure(table, row, f"{fig}_shown")
            figures[fig], figures[f"{fig}_shown"] = value, shown
        if all(figures[f] is None and figures.get(f"{f}_state") is None for f in FIGURES):
            continue  # nothing was measured: no snapshot (a missing figure is never 0)
        place = _place(table, row)
        out.append(CompanyRow(platform, company, row.text("isin"), observed_at, where=place,
                              origin=f"{table.path.name}, {place}", **figures))
    return out


def load_wide(table: Table, tz: ZoneInfo = REPORT_TZ) -> list[CompanyRow]:
    where = f"{table.path} [{table.sheet}]" if table.sheet else str(table.path)
    day = parse_sheet_date(table.sheet or "")
    if day is None:
        raise InputError(where, Said(f"sheet {table.sheet!r} holds company figures, but its name is not a "
                                     "measurement date: name each sheet by its date, e.g. 2019-06-30",
                                     "tab.company.sheet_date", sheet=repr(table.sheet))
                         if table.sheet else Said("the wide layout needs a workbook with one sheet per measurement "
                                                  "date (named like 2019-06-30); a CSV file holds the long layout",
                                                  "tab.company.wide_csv"))
    observed_at = measurement_time(day, tz)
    company_col = next(c for c in table.header if c in COMPANY_COLUMNS)
    if unplaced := unplaced_figure_columns(table.header):
        shown, known = ", ".join(repr(c) for c in unplaced), ", ".join(registry.names_with("companies"))
        raise InputError(where, Said(f"column(s) {shown} hold figures of no known platform; name one of {known} in "
                                     "the header (e.g. 'Facebook Follower')", "tab.company.unplaced", columns=shown,
                                     platforms=known), row=table.header_row)
    figure_cols = {c: spec for c in table.header if (spec := classify_wide_column(c))}
    seen: dict[tuple[str, str, bool], str] = {}
    for col, spec in figure_cols.items():
        if spec in seen:
            raise InputError(where, Said(f"columns {seen[spec]!r} and {col!r} both hold {spec[0]} {spec[1]}",
                                         "tab.company.both_hold", first=repr(seen[spec]), second=repr(col),
                                         platform=spec[0], field=(spec[1],)), row=table.header_row)
        seen[spec] = col
    out: list[CompanyRow] = []
    for row in table.rows:
        company = row.text(company_col)
        if company is None:
            if any(row.text(c) for c in figure_cols):
                raise table.error(row, company_col, Said("is empty, but the row has figures",
                                                         "tab.company.no_name_figures"))
            continue
        per_platform: dict[str, dict[str, Any]] = {}
        for col, (platform, fig, shown_col) in figure_cols.items():
            slot = per_platform.setdefault(platform, dict.fromkeys(_SLOTS))
            if is_off(row.cells.get(col)):
                slot[f"{fig}_state"] = OFF
                continue
            value, shown = _figure(table, row, col)
            if shown_col:
                text = row.text(col)
                slot[f"{fig}_shown"] = text or slot[f"{fig}_shown"]
                slot[fig] = slot[fig] if slot[fig] is not None else value
            else:
                slot[fig] = value if value is not None else slot[fig]
                slot[f"{fig}_shown"] = slot[f"{fig}_shown"] or shown
        place = _place(table, row)
        for platform, figures in per_platform.items():
            if all(figures[f] is None and figures.get(f"{f}_state") is None for f in FIGURES):
                continue
            out.append(CompanyRow(platform, company, row.text("isin"), observed_at, where=place,
                                  origin=f"{table.path.name}, {place}", **figures))
    return out


def _in_long_words(table: Table) -> Table:
    """A long table with German headers (Plattform, Unternehmen, Stichtag …) in the long layout's names."""
    try:
        named = in_words_of(LONG_LAYOUT, table)
    except InputError:
        return table  # two columns meaning one: not a long table (a wide sheet may say Unternehmen and Name)
    return named if table_layout(named) == "long" else table


def read_company_table(path: Path, *, tz: ZoneInfo = REPORT_TZ) -> list[CompanyRow]:
    """All company rows of a file in the long or wide layout; sheets of other shapes are skipped. Raises
    InputError when no sheet has either layout."""
    rows: list[CompanyRow] = []
    found = False
    for table in read_tables(path):
        table = _in_long_words(table)
        layout = table_layout(table)
        if layout == "long":
            rows.extend(load_long(table, tz))
        elif layout == "wide":
            rows.extend(load_wide(table, tz))
        found = found or layout is not None
    if not found:
        raise InputError(path, Said("no company table found: expected the columns platform, company, observed_at, "
                                    "followers, employees (long layout) or one sheet per date with columns like "
                                    "'Company', 'LinkedIn Follower', 'Xing Mitarbeiter' (wide layout)",
                                    "tab.company.none"))
    return rows


# --------------------------------------------------------------- the layouts for `reichweite import table`

_FIGURE_HELP = ("whole number or as shown (1,2 Mio., 4.5K); empty = not measured, never 0; off (abgeschaltet, "
                "deaktiviert) = switched off by the company")
WIDE_WORDS = {"followers": ("follower", "followers"), "employees": ("mitarbeiter", "employees")}
WIDE_PLATFORMS = registry.names_with("companies")


def _wide_columns() -> tuple[Column, ...]:
    columns = [Column(name, "the company's name (matched by ISIN, known names and aliases)", "Daimler")
               for name in COMPANY_COLUMNS]
    columns.append(Column("isin", "ISIN, optional: the surest way to name the company", "DE0007100000"))
    for platform in WIDE_PLATFORMS:
        for fig, words in WIDE_WORDS.items():
            for word in words:
                for suffix in ("", "_angezeigt", "_shown"):
                    columns.append(Column(f"{platform}_{word}{suffix}", f"{platform} {fig}: {_FIGURE_HELP}", ""))
    return tuple(columns)


# What the loaders' records are called in `import table` summaries, and what their saver is registered under.
LONG_RECORDS = "company pages"
WIDE_RECORDS = "company pages (wide)"


def _loaded(kind: str, table: Table, rows: list[CompanyRow]) -> Loaded:
    return Loaded(kind, table, {"company_rows": rows})


LONG_LAYOUT = Layout(
    name="companies",
    description="Company pages: followers and employees per company, platform and date (long layout).",
    columns=(
        Column("platform", ", ".join(registry.names_with("companies")), "xing", required=True),
        Column("company", "the company's name (matched by ISIN, known names and aliases)", "Deutsche Post",
               required=True),
        Column("isin", "ISIN, optional: the surest way to name the company", "DE0005552004"),
        Column("observed_at", "the measurement date, e.g. 2019-06-30 or 30.06.2019", "2019-06-30", required=True),
        Column("followers", f"followers: {_FIGURE_HELP}", "1,2 Mio."),
        Column("followers_shown", "followers as the page showed them, when followers holds the exact number", ""),
        Column("employees", f"employees: {_FIGURE_HELP}", "12345"),
        Column("employees_shown", "employees as the page showed them, when employees holds the exact number", ""),
    ),
    loader=lambda table, options: _loaded(LONG_RECORDS, table, load_long(table, options.tz)),
)

WIDE_LAYOUT = Layout(
    name="companies-wide",
    description="Company pages, one sheet per measurement date (named by the date), one row per company, "
                "columns like 'LinkedIn Follower', 'Xing Mitarbeiter' (wide layout).",
    columns=_wide_columns(),
    loader=lambda table, options: _loaded(WIDE_RECORDS, table, load_wide(table, options.tz)),
    one_of=COMPANY_COLUMNS,
)
