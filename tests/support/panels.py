"""A SYNTHETIC yearly panel of DAX company pages, 2010–2024, built in the test from the real DAX membership.

The figures are chosen so totals can be written out by hand: on the sheet of year Y every company has
LinkedIn followers = 1000 × (Y − 2009) and Xing followers = 100, LinkedIn employees = 10; except
Wirecard (LinkedIn 7, Xing 3) and Delivery Hero (LinkedIn 50, Xing 5). SAP's Xing figures are missing in 2019,
nobody's Xing employees were noted in 2010, and Lufthansa is still measured in 2021 (900,000 LinkedIn
followers) although it left the DAX on 2020-06-22.
"""

from __future__ import annotations

import csv
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import xlsxwriter

from . import SRC

DAX_CSV = SRC / "reichweite" / "data" / "dax_membership.csv"
YEARS = range(2010, 2025)
SPECIAL_LINKEDIN = {"Wirecard": 7, "Delivery Hero": 50}
SPECIAL_XING = {"Wirecard": 3, "Delivery Hero": 5}
LUFTHANSA_2021 = 900_000


def dax_spells() -> list[dict]:
    """The membership CSV read with the csv module only (independent of the code under test)."""
    with DAX_CSV.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def dax_members(day: date) -> dict[str, str]:
    """ISIN → name as listed, for the spells with joined ≤ day < left (empty = open)."""
    out = {}
    for s in dax_spells():
        if (not s["joined"] or s["joined"] <= day.isoformat()) and (not s["left"] or day.isoformat() < s["left"]):
            out[s["isin"]] = s["company"]
    return out


def written(name: str, isin: str, day: date) -> str:
    """How a person would write the name in that year's sheet."""
    if isin == "DE0007100000":
        return "Daimler" if day < date(2022, 2, 1) else "Mercedes-Benz Group"
    if isin == "DE0005552004":
        return "Deutsche Post" if day.year < 2023 else "DHL Group"
    if isin == "DE0006047004":
        return "HeidelbergCement" if day.year < 2023 else "Heidelberg Materials"
    if isin in {"DE0006483001", "IE00BZ12WP82"}:
        return "Linde"
    if isin == "DE0008430026":
        return "Münchener Rück"
    return re.sub(r"\s*\([^)]*\)", "", name)


def measurement_day(year: int) -> date:
    return date(year, 6, 30)


def write_wide(path: Path, sheets: dict[str, list[list[object]]], header: list[str]) -> Path:
    book = xlsxwriter.Workbook(str(path))
    notes = book.add_worksheet("README")
    notes.write_string(0, 0, "SYNTHETIC test data: every figure is made up.")
    for name, rows in sheets.items():
        sheet = book.add_worksheet(name)
        sheet.write_row(0, 0, header)
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row):
                if value is None:
                    continue
                if isinstance(value, str):
                    sheet.write_string(r, c, value)
                else:
                    sheet.write_number(r, c, value)
    book.close()
    return path


WIDE_HEADER = ["Unternehmen", "LinkedIn Follower", "LinkedIn Mitarbeiter", "Xing Follower", "Xing Mitarbeiter"]


def synthetic_panel_sheets() -> dict[str, list[list[object]]]:
    sheets: dict[str, list[list[object]]] = {}
    for year in YEARS:
        day = measurement_day(year)
        rows = []
        for isin, listed in sorted(dax_members(day).items()):
            name = written(listed, isin, day)
            linkedin = SPECIAL_LINKEDIN.get(name, 1000 * (year - 2009))
            xing = SPECIAL_XING.get(name, 100)
            xing_staff = None if year == 2010 else 1
            if name == "SAP" and year == 2019:
                xing, xing_staff = None, None
            rows.append([name, linkedin, 10, xing, xing_staff])
        if year == 2021:
            rows.append(["Deutsche Lufthansa", LUFTHANSA_2021, 10, None, None])
        sheets[day.isoformat()] = rows
    return sheets


def run_cli(*args: str, db: str) -> subprocess.CompletedProcess:
    """The installed command as a user runs it (exit codes and one-line errors included)."""
    return subprocess.run(
        [sys.executable, "-m", "reichweite", *args, "--db", db], capture_output=True, text=True,
        env={"PYTHONPATH": str(SRC), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}, timeout=120,
    )
