"""Date cells of typed-in tables follow the one date rule: any accepted spelling, a bare date is the end of that
day in --tz, slash dates are read one way per column (or refused naming the rows), zone abbreviations are used or
refused, and a time without a date is refused."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import openpyxl
import pytest

from reichweite.errors import InputError
from reichweite.tables.company_table import read_company_table
from reichweite.tables.detect import load_file
from reichweite.tables.panel_table import read_membership_table

ACCOUNTS = "platform,handle,observed_at,followers\n"


def accounts_csv(tmp_path: Path, *dates: str) -> Path:
    path = tmp_path / "accounts.csv"
    path.write_text(ACCOUNTS + "".join(f"xing,alice-example,{d},{100 + i}\n" for i, d in enumerate(dates)),
                    encoding="utf-8")
    return path


def observed(path: Path, tz: ZoneInfo = ZoneInfo("Europe/Berlin")) -> list[datetime]:
    [loaded] = load_file(path, tz=tz)
    return [s.observed_at for s in loaded.records["account_snapshots"]]


@pytest.mark.parametrize("spelling", ["2023-11-21", "21.11.2023", "21.11.23", "21 Nov 2023", "21-Nov-23",
                                      "21. November 2023"])
def test_a_bare_date_is_the_end_of_that_day(tmp_path: Path, spelling: str) -> None:
    assert observed(accounts_csv(tmp_path, spelling)) == [datetime(2023, 11, 21, 22, 59, 59, 999999, tzinfo=UTC)]


def test_tz_decides_the_day(tmp_path: Path) -> None:
    path = accounts_csv(tmp_path, "21.11.2023", "21.11.2023 09:00")
    assert observed(path, ZoneInfo("UTC")) == [datetime(2023, 11, 21, 23, 59, 59, 999999, tzinfo=UTC),
                                               datetime(2023, 11, 21, 9, 0, tzinfo=UTC)]


def test_slash_dates_are_read_one_way_per_column(tmp_path: Path) -> None:
    path = accounts_csv(tmp_path, "12/05/2026 10:00", "13/05/2026 10:00")
    assert observed(path, ZoneInfo("UTC")) == [datetime(2026, 5, 12, 10, 0, tzinfo=UTC),
                                               datetime(2026, 5, 13, 10, 0, tzinfo=UTC)]
    path = accounts_csv(tmp_path, "05/12/2026 10:00", "05/13/2026 10:00")
    assert observed(path, ZoneInfo("UTC")) == [datetime(2026, 5, 12, 10, 0, tzinfo=UTC),
                                               datetime(2026, 5, 13, 10, 0, tzinfo=UTC)]


def test_a_column_of_undecidable_slash_dates_is_refused_naming_the_rows(tmp_path: Path) -> None:
    path = accounts_csv(tmp_path, "12/05/2026", "11/04/2026", "2026-05-14")
    with pytest.raises(InputError, match=r"column observed_at: slash dates that could be day or month first "
                                         r"\(row 2, row 3\) and none that tells"):
        load_file(path)


def test_a_column_mixing_both_orders_is_refused_naming_the_rows(tmp_path: Path) -> None:
    path = accounts_csv(tmp_path, "13/05/2026", "12/05/2026", "05/14/2026")
    with pytest.raises(InputError, match=r"column observed_at mixes day-first dates \(row 2\) and month-first "
                                         r"dates \(row 4\)"):
        load_file(path)


def test_zone_abbreviations_are_used_or_refused(tmp_path: Path) -> None:
    assert observed(accounts_csv(tmp_path, "2026-03-08 09:00 PST", "08.03.2026 09:00 MEZ")) == [
        datetime(2026, 3, 8, 17, 0, tzinfo=UTC), datetime(2026, 3, 8, 8, 0, tzinfo=UTC)]
    with pytest.raises(InputError, match=r"row 2: observed_at: '2026-03-08 09:00 CST': the time zone CST can mean"):
        load_file(accounts_csv(tmp_path, "2026-03-08 09:00 CST"))


def test_a_time_without_a_date_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"row 2: observed_at: '09:15' is a time without a date"):
        load_file(accounts_csv(tmp_path, "09:15"))


def _xlsx(tmp_path: Path, value: object, number_format: str) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "accounts"
    sheet.append(["platform", "handle", "observed_at", "followers"])
    sheet.append(["xing", "alice-example", value, 100])
    sheet["C2"].number_format = number_format
    path = tmp_path / "accounts.xlsx"
    book.save(path)
    return path


def test_xlsx_time_only_cell_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"\[accounts\], row 2: observed_at: 09:15:00 is a time without a date"):
        load_file(_xlsx(tmp_path, time(9, 15), "hh:mm"))


def test_xlsx_date_cell_is_a_bare_date_and_datetime_cell_keeps_its_time(tmp_path: Path) -> None:
    assert observed(_xlsx(tmp_path, datetime(2023, 11, 21), "dd.mm.yyyy")) == [
        datetime(2023, 11, 21, 22, 59, 59, 999999, tzinfo=UTC)]
    assert observed(_xlsx(tmp_path, datetime(2023, 11, 21), "yyyy-mm-dd hh:mm")) == [
        datetime(2023, 11, 20, 23, 0, tzinfo=UTC)]


def test_membership_and_company_dates_accept_every_spelling(tmp_path: Path) -> None:
    spells = tmp_path / "spells.csv"
    spells.write_text("company,joined,left\nSAP,\"Aug 24, 2020\",\nSiemens,24.08.20,13/09/2021\n", encoding="utf-8")
    rows = read_membership_table(spells)
    assert [(r.joined, r.left) for r in rows] == [(date(2020, 8, 24), None),
                                                  (date(2020, 8, 24), date(2021, 9, 13))]
    long = tmp_path / "companies.csv"
    long.write_text("platform,company,observed_at,followers\nlinkedin,SAP,06/30/2019,100\n"
                    "linkedin,Siemens,06/07/2019,200\n", encoding="utf-8")
    days = [r.observed_at.astimezone(ZoneInfo("Europe/Berlin")).date() for r in read_company_table(long)]
    assert days == [date(2019, 6, 30), date(2019, 6, 7)]


@pytest.mark.parametrize("zone", ["Europe/Berlin", "America/New_York", "Asia/Tokyo"])
def test_a_bare_company_page_date_is_that_days_noon_in_every_spelling(tmp_path: Path, zone: str) -> None:
    """A company-page figure is a day's figure (a panel's dates are days): typed as a bare date, in any spelling or
    as a date cell, it is noon of that day in --tz, so `--at` that day finds it, the day before does not, and its
    day is the same in UTC, in Berlin (the panel's days) and in the zone it was typed in. A time typed is kept."""
    spellings = ["2023-11-21", "21.11.2023", "21.11.23", "21. November 2023", "Nov 21, 2023"]
    tz = ZoneInfo(zone)
    long = tmp_path / "companies.csv"
    long.write_text("platform,company,observed_at,followers\n" + "".join(
        f"linkedin,Firma {i},\"{spelling}\",{100 + i}\n" for i, spelling in enumerate(spellings))
        + "linkedin,Firma mit Uhrzeit,21.11.2023 18:30,7\n", encoding="utf-8")
    book = openpyxl.Workbook()
    book.active.append(["platform", "company", "observed_at", "followers"])
    book.active.append(["linkedin", "Firma als Datumszelle", date(2023, 11, 21), 5])
    book.save(tmp_path / "companies.xlsx")
    rows = read_company_table(long, tz=tz) + read_company_table(tmp_path / "companies.xlsx", tz=tz)
    noon = datetime(2023, 11, 21, 12, 0, tzinfo=tz)
    assert [r.observed_at for r in rows] == [noon] * 5 + [datetime(2023, 11, 21, 18, 30, tzinfo=tz), noon]
    for r in rows[:5] + rows[6:]:
        assert {r.observed_at.astimezone(z).date() for z in (UTC, ZoneInfo("Europe/Berlin"), tz)} == {
            date(2023, 11, 21)}
        assert datetime.combine(date(2023, 11, 20), time.max, tzinfo=tz) < r.observed_at <= datetime.combine(
            date(2023, 11, 21), time.max, tzinfo=tz)
