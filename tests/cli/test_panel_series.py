"""`reichweite panel series` as a user runs it on a wide workbook (a sheet per date, German headers): each
company's figures per date named as it was called then, figures typed as switched off shown as such and never summed,
LinkedIn and Xing side by side — against totals counted by hand."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest

from tests.support.chart_data import chart_rows
from tests.support.panels import WIDE_HEADER, dax_members, write_wide

MB, SAP, BMW, BAYER = "DE0007100000", "DE0007164600", "DE0005190003", "DE000BAY0017"

# Unternehmen, LinkedIn Follower, LinkedIn Mitarbeiter, Xing Follower, Xing Mitarbeiter
SHEETS = {
    "30.06.2019": [["Daimler", 1000, None, 100, None], ["SAP", 2000, None, 300, None],
                   ["BMW", 1500, None, 200, None], ["Bayer", 500, None, "off", None]],
    "30.06.2021": [["Daimler AG", 1200, None, 110, None], ["SAP SE", 2400, None, "abgeschaltet", None],
                   ["BMW", 1600, None, 210, None], ["Bayer", 600, None, "Off", None]],
    "30.06.2022": [["Mercedes-Benz Group", 1500, None, 120, None], ["SAP", 2600, None, 330, None],
                   ["BMW", "OFF", None, "deaktiviert", None], ["Bayer", 650, None, 80, None]],
}
# by hand, over the four companies (the other DAX members are not measured):
# LinkedIn 2019: 1000+2000+1500+500 = 5000; 2021: 1200+2400+1600+600 = 5800 (index 116);
#          2022: 1500+2600+650 = 4750, BMW off (index 95)
# Xing     2019: 100+300+200 = 600, Bayer off; 2021: 110+210 = 320, SAP and Bayer off (index 53.3);
#          2022: 120+330+80 = 530, BMW off (index 88.3)
TOTALS = {"2019-06-30": (5000, 0, 600, 1), "2021-06-30": (5800, 0, 320, 2), "2022-06-30": (4750, 1, 530, 1)}


@pytest.fixture
def panel_db(cli, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    db = tmp_path / "panel.db"
    book = write_wide(tmp_path / "dax.xlsx", SHEETS, WIDE_HEADER)
    ran = cli("--db", db, "import", "table", book)
    assert ran.code == 0, ran.err
    return db


def test_series_rows_name_companies_as_at_each_date_and_keep_off(cli, panel_db: Path) -> None:  # type: ignore[no-untyped-def]
    ran = cli("--db", panel_db, "panel", "series", "dax", "--format", "csv")
    assert ran.code == 0, ran.err
    rows = list(csv.DictReader(io.StringIO(ran.out)))
    got = {(r["date"], r["platform"], r["company_key"]): r for r in rows}
    assert {r["date"] for r in rows} == set(TOTALS)
    assert [got[d, "linkedin", MB]["name"] for d in sorted(TOTALS)] == ["Daimler", "Daimler", "Mercedes-Benz Group"]
    assert [got[d, "linkedin", MB]["value"] for d in sorted(TOTALS)] == ["1000", "1200", "1500"]
    sap_2021 = got["2021-06-30", "xing", SAP]
    assert (sap_2021["value"], sap_2021["state"]) == ("", "off")  # switched off: no number, never 0
    bmw_2022 = got["2022-06-30", "linkedin", BMW]
    assert (bmw_2022["value"], bmw_2022["state"]) == ("", "off")
    unmeasured = got["2019-06-30", "linkedin", "DE0008404005"]  # Allianz, a member nobody measured
    assert (unmeasured["value"], unmeasured["state"]) == ("", "")
    assert all(r["counted_members"] == "30" for r in rows if r["date"] != "2022-06-30")


def test_linkedin_and_xing_side_by_side_match_the_hand_totals(cli, panel_db: Path) -> None:  # type: ignore[no-untyped-def]
    document = json.loads(cli("--db", panel_db, "panel", "series", "dax", "--json").out)
    side = {r["date"]: r for r in document["side_by_side"]}
    for day, (linkedin, linkedin_off, xing, xing_off) in TOTALS.items():
        row = side[day]
        assert (row["linkedin_total"], row["linkedin_off"], row["xing_total"], row["xing_off"]) == \
            (linkedin, linkedin_off, xing, xing_off), day
        assert row["linkedin_index"] == pytest.approx(linkedin / 5000 * 100)
        assert row["xing_index"] == pytest.approx(xing / 600 * 100)
    assert side["2021-06-30"]["xing_measured"] == 2  # SAP and Bayer switched off are not measured figures


def test_the_tables_show_off_in_the_report_language(cli, panel_db: Path) -> None:  # type: ignore[no-untyped-def]
    german = cli("--db", panel_db, "panel", "series", "dax", "--platforms", "xing,linkedin", "--lang", "de",
                 "--from", "2021-06-30", env={"COLUMNS": "160"})
    assert german.code == 0, german.err
    sap = next(line for line in german.out.splitlines() if line.startswith("│SAP"))
    assert "abgeschaltet" in sap and "330" in sap and "30.06.2019" not in german.out
    mercedes = next(line for line in german.out.splitlines() if "Mercedes" in line)
    assert "Mercedes-Benz Group (Daimler)" in mercedes
    words = " ".join(german.out.split())
    assert "Xing Summe" in words and "Mitglieder zum jeweiligen Stichtag" in words
    english = cli("--db", panel_db, "panel", "series", "dax", "--lang", "en", env={"COLUMNS": "160"}).out
    bmw = next(line for line in english.splitlines() if line.startswith("│BMW"))
    assert bmw.split("│")[-2].strip() == "off" and " 0 " not in bmw
    employees = cli("--db", panel_db, "panel", "series", "dax", "--figure", "staff")
    assert employees.code == 2 and "--figure" in employees.err
    assert cli("--db", panel_db, "panel", "series", "dax", "--from", "2023-01-01").code == 1


def test_the_workbook_shows_off_as_a_word(cli, panel_db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import openpyxl

    ran = cli("--db", panel_db, "panel", "series", "dax", "--out", tmp_path / "out", "--lang", "de")
    assert ran.code == 0, ran.err
    book = openpyxl.load_workbook(tmp_path / "out" / "dax_series_followers.xlsx")
    xing = {row[0]: row[1:] for row in book["Xing Follower"].iter_rows(values_only=True)}
    assert xing["Unternehmen"] == ("30.06.2019", "30.06.2021", "30.06.2022")
    assert xing["SAP"] == (300, "abgeschaltet", 330)
    assert xing["Bayer"] == ("abgeschaltet", "abgeschaltet", 80)
    assert xing["Allianz"] == (None, None, None)


def test_the_charts_draw_the_hand_counts(cli, panel_db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import reichweite
    from reichweite.report.panel_series import chart_specs

    found = reichweite.panel_series(panel_db, "dax", out=tmp_path / "out", lang="en")
    for name in ("companies_linkedin", "companies_xing", "index", "two_axes"):
        png = found.files[f"chart_{name}_png"].read_bytes()
        assert png.startswith(b"\x89PNG") and found.files[f"chart_{name}_svg"].read_text().startswith("<svg")
    specs = chart_specs(found, "de")
    index = {(r["series"], r["day"]): r["value"] for r in chart_rows(specs["index"])[0]}
    assert index["LinkedIn", "2022-06-30"] == pytest.approx(95.0)
    assert index["Xing", "2021-06-30"] == pytest.approx(320 / 600 * 100)
    absolute = [layer["layer"][0] for layer in specs["two_axes"]["layer"]]
    blocks = chart_rows(specs["two_axes"])
    axes = [(part["encoding"]["y"]["axis"]["orient"], rows[0]["series"])
            for part, rows in zip(absolute, blocks, strict=True)]
    assert axes == [("left", "LinkedIn"), ("right", "Xing")]
    assert specs["two_axes"]["resolve"]["scale"]["y"] == "independent"
    assert [r["value"] for r in blocks[1]] == [600, 320, 530]
    xing = chart_rows(specs["companies_xing"])[0]
    sap = [(r["day"], r["value"], r["off"]) for r in xing if r["company"] == "SAP"]
    assert sap == [("2019-06-30", 300, False), ("2021-06-30", None, True), ("2022-06-30", 330, False)]
    mercedes = {r["company"] for r in xing if r["name"] in ("Daimler", "Mercedes-Benz Group")}
    assert mercedes == {"Mercedes-Benz Group (Daimler)"}
    # only the four companies typed get a small chart; the other members of any of the dates are counted instead
    assert {r["company"] for r in xing} == {"BMW", "Bayer", "Mercedes-Benz Group (Daimler)", "SAP"}
    members = set().union(*(dax_members(date.fromisoformat(d)) for d in TOTALS))
    subtitle = specs["companies_xing"]["title"]["subtitle"]
    assert f"{len(members) - 4} Mitglieder nie auf Xing gemessen, nicht gezeigt" in subtitle[1]
    for spec in specs.values():  # as of, time zone and source in every image
        assert "Stand 30.06.2022 · Kalendertage Europe/Berlin" in spec["title"]["subtitle"][-1]
        assert spec["title"]["subtitle"][-1].startswith("Quelle: ")



def test_renamed_companies_carry_the_name_of_each_date(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # typed with today's names at every date; the name history (company_names.csv) decides what a row is called:
    # Deutsche Post → DHL Group on 2023-07-01, HeidelbergCement → Heidelberg Materials on 2022-09-01
    table = tmp_path / "renames.csv"
    table.write_text("platform,company,observed_at,followers\n"
                     "linkedin,DHL Group,2019-06-30,1000\nlinkedin,Heidelberg Materials,2019-06-30,200\n"
                     "linkedin,DHL Group,2023-06-30,1500\nlinkedin,Heidelberg Materials,2023-06-30,300\n"
                     "linkedin,Deutsche Post,2024-06-30,1700\nlinkedin,HeidelbergCement,2024-06-30,310\n",
                     encoding="utf-8")
    db = tmp_path / "renames.db"
    assert cli("--db", db, "import", "table", table).code == 0
    rows = list(csv.DictReader(io.StringIO(cli("--db", db, "panel", "series", "dax", "--platforms", "linkedin",
                                               "--format", "csv").out)))
    names = {(r["date"][:4], r["company_key"]): (r["name"], r["value"]) for r in rows}
    post, heidelberg = "DE0005552004", "DE0006047004"
    assert [names[year, post] for year in ("2019", "2023", "2024")] == [
        ("Deutsche Post", "1000"), ("Deutsche Post", "1500"), ("DHL Group", "1700")]
    assert [names[year, heidelberg] for year in ("2019", "2023", "2024")] == [
        ("HeidelbergCement", "200"), ("Heidelberg Materials", "300"), ("Heidelberg Materials", "310")]
    assert names["2019", MB][0] == "Daimler" and names["2024", MB][0] == "Mercedes-Benz Group"
    table_out = cli("--db", db, "panel", "series", "dax", "--platforms", "linkedin", "--lang", "en",
                    env={"COLUMNS": "160"}).out
    assert "DHL Group (Deutsche Post)" in table_out and "Heidelberg Materials (HeidelbergCement)" in table_out
