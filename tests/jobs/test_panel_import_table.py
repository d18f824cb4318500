"""The company layouts through the shared `reichweite import table` (layout registry), the template round trip,
and a LinkedIn page followers export as company figures — on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
import sqlalchemy as sa

from reichweite.errors import InputError
from reichweite.jobs.import_table import import_table
from reichweite.jobs.panels import import_company_page, import_company_table
from reichweite.report.table_template import write_template
from reichweite.store.panels import company_snapshots_frame
from reichweite.store.schema_panels import company_snapshots
from reichweite.tables.company_table import read_company_table
from reichweite.tables.company_template import write_companies_template
from tests import support
from tests.support.panels import WIDE_HEADER, run_cli, write_wide

FIXTURES = support.FIXTURES / "panels"


def _count(store: sa.Engine) -> int:
    with store.connect() as conn:
        return conn.execute(sa.select(sa.func.count()).select_from(company_snapshots)).scalar_one()


def test_import_table_recognises_the_wide_layout(store: sa.Engine, synthetic_panel_xlsx: Path) -> None:
    result = import_table(store, synthetic_panel_xlsx)
    assert {layout for layout, *_ in result.parts} == {"company pages (wide)"}
    assert len(result.parts) == 15  # one part per date sheet; the README sheet is skipped
    stored = _count(store)
    assert stored == sum(counts["company_snapshots_added"] for *_, counts in result.parts)
    again = import_table(store, synthetic_panel_xlsx)
    assert sum(c["company_snapshots_added"] for *_, c in again.parts) == 0
    assert sum(c["already_stored"] for *_, c in again.parts) == stored
    assert _count(store) == stored


def test_import_table_long_layout_and_error_rolls_back(store: sa.Engine, tmp_path: Path) -> None:
    good = tmp_path / "long.csv"
    good.write_text("platform,company,isin,observed_at,followers,employees\n"
                    "linkedin,Deutsche Post,,2023-06-30,\"2,9 Mio.\",210000\n"
                    "xing,DHL Group,,2023-06-30,61.000,\n", encoding="utf-8")
    result = import_table(store, good)
    assert result.parts[0][0] == "company pages" and result.parts[0][3]["company_snapshots_added"] == 2
    with store.connect() as conn:
        frame = company_snapshots_frame(conn)
    assert set(frame["company_key"]) == {"DE0005552004"}
    bad = tmp_path / "bad.csv"
    bad.write_text("platform,company,observed_at,followers\nlinkedin,SAP,2023-06-30,5\n"
                   "linkedin,Daimlr,2023-06-30,6\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"'Daimlr' \(row 3\); closest known: Mercedes-Benz Group"):
        import_table(store, bad)
    assert _count(store) == 2


def test_same_date_on_two_sheets_is_a_duplicate(store: sa.Engine, tmp_path: Path) -> None:
    path = write_wide(tmp_path / "twice.xlsx", {
        "2019-06-30": [["SAP", 1, 1, None, None]],
        "30.06.2019": [["SAP SE", 2, 2, None, None]],
    }, WIDE_HEADER)
    message = (r"duplicate measurement of SAP SE on linkedin for 2019-06-30: sheet 2019-06-30, row 2 \(SAP\) and "
               r"sheet 30.06.2019, row 2 \(SAP SE\)")
    with pytest.raises(InputError, match=message):
        import_table(store, path)
    with pytest.raises(InputError, match=message):
        import_company_table(store, path)
    assert _count(store) == 0


def test_cli_import_table_and_unknown_names(sqlite_url: str, synthetic_panel_xlsx: Path, tmp_path: Path) -> None:
    done = run_cli("import", "table", str(synthetic_panel_xlsx), db=sqlite_url)
    assert done.returncode == 0, done.stderr
    # 30 companies on two platforms, minus SAP's Xing figures, which are missing in 2019
    assert "company pages (wide) [2019-06-30]: 30 rows, 59 company snapshots added" in done.stdout
    typo = write_wide(tmp_path / "typo.xlsx", {"2024-06-30": [["Heidelberg Zement", 1, 1, 1, 1]]}, WIDE_HEADER)
    failed = run_cli("import", "table", str(typo), db=sqlite_url)
    assert failed.returncode == 1
    assert failed.stderr.startswith("Error: ") and failed.stderr.count("\n") == 1
    assert "'Heidelberg Zement' (sheet 2024-06-30, row 2); closest known: Heidelberg Materials" in failed.stderr
    added = run_cli("import", "companies", str(typo), "--add-unknown", "--json", db=sqlite_url)
    assert added.returncode == 0 and '"new_companies": 1' in added.stdout


def test_templates_read_back(tmp_path: Path) -> None:
    long = write_template("companies", tmp_path / "long.xlsx")
    assert read_company_table(long) == []  # header and a commented example only
    wide = write_companies_template(tmp_path / "wide.xlsx", wide=True,
                                    companies=[("SAP", "DE0007164600"), ("Siemens", "DE0007236101")])
    book = openpyxl.load_workbook(wide)
    sheet = book[book.sheetnames[0]]
    sheet["C2"], sheet["F3"] = "1,2 Mio.", 4711
    book.save(wide)
    rows = read_company_table(wide)
    assert [(r.company, r.isin, r.platform, r.followers, r.followers_shown, r.employees) for r in rows] == [
        ("SAP", "DE0007164600", "linkedin", 1_200_000, "1,2 Mio.", None),
        ("Siemens", "DE0007236101", "xing", None, None, 4711),
    ]
    assert book.sheetnames[-1] == "README"
    with pytest.raises(Exception, match="wide layout needs a sheet per date"):
        write_companies_template(tmp_path / "wide.csv", wide=True)


def test_linkedin_page_followers_export_as_company_figures(store: sa.Engine) -> None:
    path = FIXTURES / "beispiel-ag_followers_1718755200000.xlsx"
    with pytest.raises(InputError, match=r"give --followers-on-last-day N \(the count the page showed at the end "
                                         r"of 2024-06-14\)"):
        import_company_page(store, path, company="Beispiel AG", add_unknown=True)
    summary = import_company_page(store, path, company="Beispiel AG", followers_on_last_day=5000, add_unknown=True)
    assert summary["added"] == 1 and summary["dates"] == ["2024-06-14"]
    summary = import_company_page(store, path, company="Beispiel AG", followers_on_last_day=5000, all_days=True)
    assert summary["added"] == 13 and summary["already_stored"] == 1
    with store.connect() as conn:
        frame = company_snapshots_frame(conn)
    assert set(frame["source"]) == {"archive"} and set(frame["name"]) == {"Beispiel AG"}
    by_day = dict(zip([t.date().isoformat() for t in frame["observed_at"]], frame["followers"], strict=True))
    # back-computed from 5,000 at the end of 14 June: 4,998 on 13 June (2 new on the 14th), 4,989 on 12 June
    # (9 new on the 13th)
    assert by_day["2024-06-14"] == 5000 and by_day["2024-06-13"] == 4998 and by_day["2024-06-12"] == 4989
