"""Company-page figures typed into a spreadsheet: the long layout (a row per company, platform and date) and the
wide layout people keep in Excel (a sheet per measurement date, a row per company, a column per platform and figure).

Returns rows with the company name as written; matching names to companies is done by the caller.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pandas as pd

from reichweite.analysis.company_names import normalise
from reichweite.errors import InputError
from reichweite.model import PLATFORMS
from reichweite.timeutil import REPORT_TZ, parse_datetime, to_utc

FIGURES = ("followers", "employees")
_SLOTS = ("followers", "followers_shown", "employees", "employees_shown")
_FOLLOWER_WORDS = {"follower", "followers", "abonnenten", "abonnent", "abonnentinnen", "fans"}
_EMPLOYEE_WORDS = {
    "mitarbeiter", "mitarbeitende", "mitarbeiterinnen", "beschaeftigte", "employees", "employee", "staff",
}
_SHOWN_WORDS = {"shown", "angezeigt", "anzeige", "displayed"}
_LONG_COLUMNS = {
    "platform": {"platform", "plattform", "netzwerk", "network"},
    "company": {"company", "unternehmen", "firma", "name", "konzern"},
    "isin": {"isin"},
    "observed_at": {"observed at", "observed", "date", "datum", "stichtag", "measured at", "gemessen am"},
    "followers": {"followers", "follower"},
    "followers_shown": {"followers shown", "follower angezeigt", "followers as shown"},
    "employees": {"employees", "mitarbeiter", "mitarbeitende"},
    "employees_shown": {"employees shown", "mitarbeiter angezeigt", "employees as shown"},
}
_MISSING = {"", "-", "–", "—", "n/a", "na", "nan", "none", "k a", "ka", "?", "unbekannt", "unknown"}
_MULTIPLIERS = {
    "k": 1_000, "tsd": 1_000, "t": 1_000, "tausend": 1_000, "thousand": 1_000,
    "m": 1_000_000, "mio": 1_000_000, "mn": 1_000_000, "million": 1_000_000, "millionen": 1_000_000,
    "mrd": 1_000_000_000, "b": 1_000_000_000, "bn": 1_000_000_000, "billion": 1_000_000_000,
}
_SHOWN = re.compile(r"^(?P<num>\d[\d.,'\s\u00a0\u202f]*?)\s*(?P<unit>[a-zA-Z]+\.?)?\s*(?P<plus>\+)?$")
_GROUPED = re.compile(r"^\d{1,3}([.,'\s\u00a0\u202f])\d{3}(\1\d{3})*$")


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


def parse_count(value: Any) -> tuple[int | None, str | None]:
    """A figure as typed: (number, shown text). Exact numbers have no shown text; '1,2 Mio.' → (1200000, '1,2 Mio.').

    A missing figure ('', '-', 'n/a') is (None, None), never 0. Raises ValueError for anything else.
    """
    if value is None or (isinstance(value, float) and value != value):
        return None, None
    if isinstance(value, bool):
        raise ValueError(f"expected a number, got {value!r}")
    if isinstance(value, int):
        return _non_negative(value), None
    if isinstance(value, float):
        if not value.is_integer():
            raise ValueError(f"expected a whole number, got {value!r}")
        return _non_negative(int(value)), None
    text = " ".join(str(value).split())
    if normalise(text) in _MISSING or text in _MISSING:
        return None, None
    m = _SHOWN.match(text)
    if not m:
        raise ValueError(f"expected a number like 12345, 12.345 or '1,2 Mio.', got {text!r}")
    num, unit, plus = m.group("num").strip(), m.group("unit"), m.group("plus")
    if unit is None:
        digits = _whole_number(num, text)
        return _non_negative(digits), (text if plus else None)
    factor = _MULTIPLIERS.get(unit.rstrip(".").lower())
    if factor is None:
        raise ValueError(f"unknown unit {unit!r} in {text!r} (use K, Tsd., Mio., M, Mrd.)")
    return _non_negative(round(_decimal(num, text) * factor)), text


def _non_negative(n: int) -> int:
    if n < 0:
        raise ValueError(f"a count cannot be negative: {n}")
    return n


def _whole_number(num: str, text: str) -> int:
    compact = num.replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
    if compact.isdigit():
        return int(compact)
    if _GROUPED.match(num) or _GROUPED.match(compact):
        return int(re.sub(r"\D", "", num))
    raise ValueError(f"{text!r} is not a whole number (write 1200 or 1.200, or give a unit: '1,2 Tsd.')")


def _decimal(num: str, text: str) -> float:
    compact = re.sub(r"[\s'\u00a0\u202f]", "", num)
    if "," in compact and "." in compact:  # the later one is the decimal separator
        dec = "," if compact.rfind(",") > compact.rfind(".") else "."
        compact = compact.replace("." if dec == "," else ",", "").replace(dec, ".")
    else:
        compact = compact.replace(",", ".")
    try:
        return float(compact)
    except ValueError:
        raise ValueError(f"not a number: {text!r}") from None


def measurement_time(value: Any) -> datetime:
    """A measurement date or time as UTC. A bare date means noon in the report's time zone, so that the
    measurement date reads the same in UTC and in local time."""
    if isinstance(value, pd.Timestamp):
        value = value.to_pydatetime()
    if isinstance(value, datetime):
        if value.tzinfo is None and value.time() == time(0):
            value = datetime.combine(value.date(), time(12))
        return to_utc(value, REPORT_TZ)
    if isinstance(value, date):
        return to_utc(datetime.combine(value, time(12)), REPORT_TZ)
    text = "" if value is None or (isinstance(value, float) and value != value) else str(value).strip()
    bare = parse_sheet_date(text)
    if bare is not None:
        return measurement_time(bare)
    return parse_datetime(text, REPORT_TZ)


def parse_sheet_date(text: str) -> date | None:
    """'2019-06-30', '30.06.2019' or '30.6.19' → a date; anything else → None."""
    s = text.strip()
    if m := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", s):
        return date(int(m[1]), int(m[2]), int(m[3]))
    if m := re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})", s):
        year = int(m[3]) + (2000 if len(m[3]) == 2 else 0)
        return date(year, int(m[2]), int(m[1]))
    return None


def classify_wide_column(header: str) -> tuple[str, str, bool] | None:
    """'LinkedIn Follower' → ('linkedin', 'followers', False); 'Xing Mitarbeiter (angezeigt)' → (…, True)."""
    words = normalise(header).split()
    platforms = [w for w in words if w in PLATFORMS]
    if len(platforms) != 1:
        return None
    figure = None
    if any(w in _FOLLOWER_WORDS for w in words):
        figure = "followers"
    elif any(w in _EMPLOYEE_WORDS for w in words):
        figure = "employees"
    if figure is None:
        return None
    return platforms[0], figure, any(w in _SHOWN_WORDS for w in words)


def _long_column(header: str) -> str | None:
    norm = normalise(header)
    for name, spellings in _LONG_COLUMNS.items():
        if norm in spellings or norm.replace(" ", "_") == name:
            return name
    return None


def read_sheets(path: Path) -> dict[str, pd.DataFrame]:
    """Every sheet of an XLSX/XLS file (or the one 'sheet' of a CSV), cells as typed, header in the first row."""
    path = Path(path)
    if not path.exists():
        raise InputError(path, "file not found")
    suffix = path.suffix.lower()
    try:
        if suffix in {".xlsx", ".xlsm", ".xls"}:
            sheets = pd.read_excel(path, sheet_name=None, dtype=object, header=0)
            return {str(name): frame for name, frame in sheets.items()}
        if suffix in {".csv", ".txt", ".tsv"}:
            return {"": _read_csv(path)}
    except (ValueError, OSError) as exc:
        raise InputError(path, f"cannot read the file: {exc}") from None
    raise InputError(path, f"expected a .csv or .xlsx file, got {suffix or 'no extension'}")


def _read_csv(path: Path) -> pd.DataFrame:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    first = text.splitlines()[0] if text else ""
    sep = max([",", ";", "\t"], key=first.count)
    from io import StringIO

    return pd.read_csv(StringIO(text), sep=sep, dtype=str, keep_default_na=False)


def sheet_layout(frame: pd.DataFrame) -> str | None:
    """'long', 'wide' or None (not a company table) from a sheet's header."""
    columns = {_long_column(str(c)) for c in frame.columns}
    if {"platform", "company", "observed_at"} <= columns and columns & set(FIGURES):
        return "long"
    has_company = any(_long_column(str(c)) == "company" for c in frame.columns)
    if has_company and any(classify_wide_column(str(c)) for c in frame.columns):
        return "wide"
    return None


def is_company_table(path: Path) -> bool:
    """Whether any sheet of the file has the long or wide company layout."""
    return any(sheet_layout(frame) for frame in read_sheets(path).values())


def _place(sheet: str, row: int) -> str:
    return f"sheet {sheet}, row {row}" if sheet else f"row {row}"


def _text(value: Any) -> str | None:
    if value is None or (isinstance(value, float) and value != value):
        return None
    text = " ".join(str(value).split())
    return text or None


def _loc(path: Path, sheet: str) -> str:
    return f"{path}, sheet {sheet}" if sheet else str(path)


def _figure(path: Path, sheet: str, row: int, column: str, value: Any) -> tuple[int | None, str | None]:
    try:
        return parse_count(value)
    except ValueError as exc:
        raise InputError(_loc(path, sheet), f"column {column!r}: {exc}", row=row) from None


def read_long(path: Path, sheet: str, frame: pd.DataFrame) -> list[CompanyRow]:
    names = {str(c): _long_column(str(c)) for c in frame.columns}
    out: list[CompanyRow] = []
    for i, record in enumerate(frame.to_dict("records")):
        row = i + 2
        cells = {names[str(k)]: v for k, v in record.items() if names[str(k)]}
        company = _text(cells.get("company"))
        if company is None and all(_text(v) is None for v in cells.values()):
            continue
        if company is None:
            raise InputError(_loc(path, sheet), "the company name is missing", row=row)
        platform = (_text(cells.get("platform")) or "").lower()
        if platform not in PLATFORMS:
            raise InputError(_loc(path, sheet), f"platform {platform!r}: expected one of {', '.join(PLATFORMS)}",
                             row=row)
        when = cells.get("observed_at")
        try:
            observed_at = measurement_time(when)
        except ValueError:
            raise InputError(_loc(path, sheet), f"observed_at {_text(when)!r}: expected a date like 2019-06-30",
                             row=row) from None
        figures: dict[str, Any] = {}
        for fig in FIGURES:
            value, shown = _figure(path, sheet, row, fig, cells.get(fig))
            shown = _text(cells.get(f"{fig}_shown")) or shown
            if value is None and shown is not None:
                value, _ = _figure(path, sheet, row, f"{fig}_shown", shown)
            figures[fig], figures[f"{fig}_shown"] = value, shown
        if figures["followers"] is None and figures["employees"] is None:
            continue
        place = _place(sheet, row)
        out.append(CompanyRow(platform, company, _text(cells.get("isin")), observed_at, where=place,
                              origin=f"{path.name}, {place}", **figures))
    return out


def read_wide(path: Path, sheet: str, frame: pd.DataFrame) -> list[CompanyRow]:
    day = parse_sheet_date(sheet)
    if day is None:
        raise InputError(path, f"sheet {sheet!r} holds company figures, but its name is not a measurement date: "
                               "name each sheet by its date, e.g. 2019-06-30")
    observed_at = measurement_time(day)
    company_col = next(str(c) for c in frame.columns if _long_column(str(c)) == "company")
    isin_col = next((str(c) for c in frame.columns if _long_column(str(c)) == "isin"), None)
    figure_cols = {str(c): spec for c in frame.columns if (spec := classify_wide_column(str(c)))}
    seen: dict[tuple[str, str, bool], str] = {}
    for col, spec in figure_cols.items():
        if spec in seen:
            raise InputError(_loc(path, sheet), f"columns {seen[spec]!r} and {col!r} both hold {spec[0]} {spec[1]}")
        seen[spec] = col
    out: list[CompanyRow] = []
    frame = frame.rename(columns=str)
    for i, record in enumerate(frame.to_dict("records")):
        row = i + 2
        company = _text(record.get(company_col))
        if company is None:
            if any(_text(record.get(c)) for c in figure_cols):
                raise InputError(_loc(path, sheet), "figures without a company name", row=row)
            continue
        per_platform: dict[str, dict[str, Any]] = {}
        for col, (platform, fig, shown_col) in figure_cols.items():
            slot = per_platform.setdefault(platform, dict.fromkeys(_SLOTS))
            if shown_col:
                text = _text(record.get(col))
                if text is not None:
                    slot[f"{fig}_shown"] = text
                    if slot[fig] is None:
                        slot[fig], _ = _figure(path, sheet, row, col, text)
            else:
                value, shown = _figure(path, sheet, row, col, record.get(col))
                slot[fig] = value if value is not None else slot[fig]
                slot[f"{fig}_shown"] = slot[f"{fig}_shown"] or shown
        place = _place(sheet, row)
        for platform, figures in per_platform.items():
            if figures["followers"] is None and figures["employees"] is None:
                continue
            out.append(CompanyRow(platform, company, _text(record.get(isin_col)) if isin_col else None, observed_at,
                                  where=place, origin=f"{path.name}, {place}", **figures))
    return out


def read_company_table(path: Path) -> list[CompanyRow]:
    """All company rows of a file in the long or wide layout (sheets of other shapes, like a notes sheet, are
    skipped). Raises InputError when no sheet has either layout."""
    path = Path(path)
    rows: list[CompanyRow] = []
    found = False
    for sheet, frame in read_sheets(path).items():
        layout = sheet_layout(frame)
        if layout == "long":
            rows.extend(read_long(path, sheet, frame))
        elif layout == "wide":
            rows.extend(read_wide(path, sheet, frame))
        found = found or layout is not None
    if not found:
        raise InputError(path, "no company table found: expected the columns platform, company, observed_at, "
                               "followers, employees (long layout) or one sheet per date with columns like "
                               "'Company', 'LinkedIn Follower', 'Xing Mitarbeiter' (wide layout)")
    return rows
