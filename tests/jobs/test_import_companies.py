"""Company-page figures in: long layout (CSV), wide layout (XLSX, a sheet per date), unknown names, duplicates,
re-imports, one transaction — on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
import sqlalchemy as sa

from reichweite.errors import InputError
from reichweite.jobs.panels import import_company_table
from reichweite.store.panels import company_snapshots_frame
from reichweite.store.schema_panels import companies, company_snapshots
from reichweite.timeutil import REPORT_TZ
from tests.support.panels import WIDE_HEADER, write_wide

LONG = """platform,company,isin,observed_at,followers,employees
linkedin,SAP,DE0007164600,2023-06-30,"1,2 Mio.",108000
xing,SAP SE,,2023-06-30,45.300,
linkedin,Daimler AG,,2021-06-30,4.5K,
xing,Deutsche Post DHL,,30.06.2021,-,"12.345"
linkedin,BMW (St),,2021-06-30,,
"""


def _count(store: sa.Engine, table: sa.Table = company_snapshots) -> int:
    with store.connect() as conn:
        return conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()


def test_long_layout_with_figures_as_shown(store: sa.Engine, tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    path.write_text(LONG, encoding="utf-8")
    summary = import_company_table(store, path)
    assert summary["added"] == 4  # the BMW row has no figure at all: nothing measured, nothing stored
    assert summary["dates"] == ["2021-06-30", "2023-06-30"]
    with store.connect() as conn:
        frame = company_snapshots_frame(conn)
    got = {(r["company_key"], r["platform"]): r for r in frame.to_dict("records")}
    sap = got[("DE0007164600", "linkedin")]
    assert (sap["followers"], sap["followers_shown"], sap["employees"], sap["employees_shown"]) == (
        1_200_000, "1,2 Mio.", 108_000, None)
    assert got[("DE0007164600", "xing")]["followers"] == 45_300
    assert pd.isna(got[("DE0007164600", "xing")]["employees"])
    daimler = got[("DE0007100000", "linkedin")]
    assert (daimler["followers"], daimler["followers_shown"]) == (4_500, "4.5K")
    post = got[("DE0005552004", "xing")]
    assert pd.isna(post["followers"]) and post["employees"] == 12_345  # '-' is missing, never 0
    assert sap["observed_at"].astimezone(REPORT_TZ).date().isoformat() == "2023-06-30"
    assert sap["origin"] == "long.csv, row 2"
    # the same file again adds nothing
    again = import_company_table(store, path)
    assert (again["added"], again["already_stored"]) == (0, 4)
    assert _count(store) == 4


def test_wide_layout_sheet_per_date(store: sa.Engine, tmp_path: Path) -> None:
    path = write_wide(tmp_path / "wide.xlsx", {
        "2019-06-30": [["Wirecard", 7, 10, 3, 1], ["HeidelbergCement", 1000, 10, None, None]],
        "30.06.2021": [["Delivery Hero", 50, 10, 5, 1], ["Heidelberg Materials", "1,1 Tsd.", None, 100, 1]],
    }, WIDE_HEADER)
    summary = import_company_table(store, path)
    assert summary["added"] == 7 and summary["dates"] == ["2019-06-30", "2021-06-30"]
    with store.connect() as conn:
        frame = company_snapshots_frame(conn)
    hm = frame[(frame["company_key"] == "DE0006047004") & (frame["platform"] == "linkedin")]
    assert list(hm["followers"]) == [1000, 1100] and list(hm["followers_shown"].fillna("")) == ["", "1,1 Tsd."]
    assert len(frame[(frame["company_key"] == "DE0006047004") & (frame["platform"] == "xing")]) == 1
    assert set(frame["origin"]) >= {"wide.xlsx, sheet 2019-06-30, row 2", "wide.xlsx, sheet 30.06.2021, row 3"}


def test_wide_layout_with_english_headers_and_isin(store: sa.Engine, tmp_path: Path) -> None:
    header = ["Company", "ISIN", "LinkedIn followers", "LinkedIn employees", "XING Followers", "XING Employees"]
    path = write_wide(tmp_path / "en.xlsx", {"2024-06-30": [["Anything", "DE0007164600", 5, 6, 7, 8]]}, header)
    import_company_table(store, path)
    with store.connect() as conn:
        frame = company_snapshots_frame(conn)
    assert sorted(zip(frame["platform"], frame["followers"], frame["employees"], strict=True)) == [
        ("linkedin", 5, 6), ("xing", 7, 8)]
    assert set(frame["name"]) == {"SAP"}


def test_unknown_names_are_listed_with_suggestions_and_nothing_is_stored(store: sa.Engine, tmp_path: Path) -> None:
    path = write_wide(tmp_path / "typos.xlsx", {
        "2021-06-30": [["Daimlr", 1, 1, 1, 1], ["SAP", 2, 2, 2, 2], ["Zzyzx Holding", 3, 3, 3, 3]],
    }, WIDE_HEADER)
    with pytest.raises(InputError) as err:
        import_company_table(store, path)
    message = str(err.value)
    assert "2 unknown companies" in message
    assert "'Daimlr' (sheet 2021-06-30, row 2); closest known: Mercedes-Benz Group" in message
    assert "'Zzyzx Holding' (sheet 2021-06-30, row 4); no similar name known" in message
    assert "--add-unknown" in message
    assert _count(store) == 0  # one transaction: SAP's row was not stored either
    summary = import_company_table(store, path, add_unknown=True)
    assert summary["new_companies"] == 2 and summary["added"] == 6
    with store.connect() as conn:
        keys = set(conn.execute(sa.select(companies.c.key).where(companies.c.name.in_(["Daimlr", "Zzyzx Holding"])))
                   .scalars())
    assert keys == {"daimlr", "zzyzx-holding"}


def test_duplicate_measurement_names_both_rows(store: sa.Engine, tmp_path: Path) -> None:
    path = write_wide(tmp_path / "dup.xlsx", {
        "2021-06-30": [["Daimler", 1, 1, 1, 1], ["SAP", 2, 2, 2, 2], ["Mercedes-Benz Group", 3, 3, None, None]],
    }, WIDE_HEADER)
    with pytest.raises(InputError, match=r"duplicate measurement of Mercedes-Benz Group on linkedin for 2021-06-30: "
                                         r"sheet 2021-06-30, row 2 \(Daimler\) and sheet 2021-06-30, row 4"):
        import_company_table(store, path)
    assert _count(store) == 0


def test_duplicate_rows_in_long_layout(store: sa.Engine, tmp_path: Path) -> None:
    path = tmp_path / "dup.csv"
    path.write_text("platform;company;observed_at;followers\nxing;BASF;2020-01-01;10\nlinkedin;BASF;2020-01-01;10\n"
                    "XING;BASF SE;01.01.2020;11\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"dup.csv: duplicate measurement of BASF SE on xing for 2020-01-01: "
                                         r"row 2 \(BASF\) and row 4 \(BASF SE\)"):
        import_company_table(store, path)


def test_other_figures_for_a_stored_measurement_are_an_error(store: sa.Engine, tmp_path: Path) -> None:
    first = tmp_path / "a.csv"
    first.write_text("platform,company,observed_at,followers\nlinkedin,SAP,2020-01-01,10\n", encoding="utf-8")
    second = tmp_path / "b.csv"
    second.write_text("platform,company,observed_at,followers\nlinkedin,SAP,2020-01-01,12\n"
                      "linkedin,BASF,2020-01-01,5\n", encoding="utf-8")
    import_company_table(store, first)
    with pytest.raises(InputError, match=r"already stored with other figures \(from a.csv, row 2\): followers 10 vs "):
        import_company_table(store, second)
    assert _count(store) == 1


@pytest.mark.parametrize(("content", "message"), [
    ("platform,company,observed_at,followers\nlinkedin,SAP,2020-01-01,1.5\n",
     r"bad.csv, row 2: followers: '1.5' is not a whole number"),
    ("platform,company,observed_at,followers\nmyspace,SAP,2020-01-01,1\n",
     r"bad.csv, row 2: platform: 'myspace' is not one of"),
    ("platform,company,observed_at,followers\nxing,SAP,someday,1\n",
     r"bad.csv, row 2: observed_at: 'someday' is not a date"),
    ("platform,company,observed_at,followers\nxing,SAP,2020-01-01,3 Meilen\n", r"unknown unit 'Meilen'"),
    ("a,b\n1,2\n", r"no company table found"),
])
def test_bad_cells_name_file_row_and_expectation(store: sa.Engine, tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        import_company_table(store, path)


def test_wide_sheet_must_be_named_by_its_date(store: sa.Engine, tmp_path: Path) -> None:
    path = write_wide(tmp_path / "year.xlsx", {"2019": [["SAP", 1, 1, 1, 1]]}, WIDE_HEADER)
    with pytest.raises(InputError, match=r"sheet '2019' holds company figures, but its name is not a measurement date"):
        import_company_table(store, path)
