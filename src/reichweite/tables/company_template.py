"""`reichweite template companies`: an empty table in the long or the wide layout, which the company-table reader
reads back as it is."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from reichweite import registry
from reichweite.cells import csv_writer, workbook
from reichweite.errors import Said, UsageError
from reichweite.outfiles import new_file, written_whole

LONG_HEADER = ("platform", "company", "isin", "observed_at", "followers", "employees")
DEFAULT_PLATFORMS = ("linkedin", "xing")
NOTES = (
    "Company page figures: one value per company, platform and measurement date.",
    "Long layout: one row per company, platform and date; columns platform ("
    + ", ".join(registry.names_with("companies")) + "), company, isin (optional), observed_at (2019-06-30), "
    "followers, employees.",
    "Wide layout: one sheet per measurement date, named by the date (2019-06-30); one row per company; columns "
    "'LinkedIn Follower', 'LinkedIn Mitarbeiter', 'Xing Follower', 'Facebook Follower', … (English: Followers, "
    "Employees).",
    "Figures: exact numbers (1234567 or 1.234.567) or as shown on screen ('1,2 Mio.', '4.5K', '10.001+'); the text "
    "as shown is kept beside the number.",
    "Leave a cell empty when a figure is unknown: it is never counted as 0. Write off (or abgeschaltet, "
    "deaktiviert) when the company switched the figure off.",
    "Import: reichweite import table FILE (names are matched by ISIN and known names; unknown names are listed "
    "with the closest known ones; `reichweite import companies FILE --add-unknown` adds them as new companies).",
)


def write_companies_template(path: Path, *, wide: bool = False, companies: Sequence[tuple[str, str | None]] = (),
                             day: date | None = None, force: bool = False,
                             platforms: Sequence[str] = DEFAULT_PLATFORMS) -> Path:
    """Write the template; `companies` (name, isin) pre-fills the rows for each of `platforms`, `day` names the wide
    layout's sheet. Names are written as text (never as formulas); an existing file is replaced only with `force`."""
    path = Path(path)
    known = registry.names_with("companies")
    if not platforms or any(p not in known for p in platforms):
        given, shown = repr(", ".join(platforms)), ", ".join(known)
        raise UsageError(Said(f"--platforms {given}: give some of {shown}", "tab.company.platforms", value=given,
                              choices=shown))
    suffix = path.suffix.lower()
    if suffix not in {".csv", ".xlsx"}:
        raise UsageError(Said(f"{path}: the template is written as .csv or .xlsx; give a file name ending in one of "
                              "them", "error.template_suffix", path=str(path)))
    if wide and suffix != ".xlsx":
        raise UsageError(Said(f"{path}: the wide layout needs a sheet per date: use a .xlsx file name",
                              "error.template_wide", path=str(path)))
    new_file(path, force=force, what="template")
    with written_whole(path) as temporary:
        if suffix == ".csv":
            _write_csv(temporary, companies, day or date.today(), platforms)
        else:
            _write_xlsx(temporary, wide, companies, day or date.today(), platforms)
    return path


def _write_csv(path: Path, companies: Sequence[tuple[str, str | None]], day: date, platforms: Sequence[str]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv_writer(handle)
        writer.writerow(LONG_HEADER)
        for name, isin in companies:
            for platform in platforms:
                writer.writerow([platform, name, isin or "", day.isoformat(), "", ""])


def _write_xlsx(path: Path, wide: bool, companies: Sequence[tuple[str, str | None]], day: date,
                platforms: Sequence[str]) -> None:
    book = workbook(path)
    bold = book.add_format({"bold": True, "bg_color": "#f1f4f7", "border": 1})
    text = book.add_format({"num_format": "@"})
    if wide:
        figures = ("Follower", "Mitarbeiter")
        header = ["Company", "ISIN"] + [f"{registry.label(p)} {f}" for p in platforms for f in figures]
        sheet = book.add_worksheet(day.isoformat())
        sheet.write_row(0, 0, header, bold)
        for row, (name, isin) in enumerate(companies, start=1):
            sheet.write_string(row, 0, name)
            if isin:
                sheet.write_string(row, 1, isin, text)
        sheet.set_column(0, 0, 34)
        sheet.set_column(1, len(header) - 1, 18)
    else:
        sheet = book.add_worksheet("companies")
        sheet.write_row(0, 0, LONG_HEADER, bold)
        row = 1
        for name, isin in companies:
            for platform in platforms:
                for col, value in enumerate((platform, name, isin or "", day.isoformat())):
                    sheet.write_string(row, col, value, text)
                row += 1
        sheet.set_column(0, len(LONG_HEADER) - 1, 20)
    sheet.freeze_panes(1, 1 if wide else 0)
    notes = book.add_worksheet("README")
    for row, line in enumerate(NOTES):
        notes.write_string(row, 0, line)
    notes.set_column(0, 0, 120)
    book.close()
