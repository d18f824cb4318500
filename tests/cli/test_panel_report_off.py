"""`reichweite panel report` on a long company table where figures were typed as switched off (off, abgeschaltet,
Deaktiviert): every form of the report — terminal, csv, json, workbook, HTML — shows them as off (German
"abgeschaltet"), never as unknown, never as 0 and never in a sum; totals checked against sums done by hand."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

BMW, SAP, MB = "DE0005190003", "DE0007164600", "DE0007100000"
TABLE = """platform,company,observed_at,followers,employees
linkedin,Daimler,2019-06-30,1000,
linkedin,SAP,2019-06-30,2000,
linkedin,BMW,2019-06-30,1500,
xing,Daimler,2019-06-30,100,
xing,SAP,2019-06-30,300,
xing,BMW,2019-06-30,abgeschaltet,
linkedin,Mercedes-Benz Group,2022-06-30,1500,
linkedin,SAP,2022-06-30,2600,
linkedin,BMW,2022-06-30,off,
xing,Mercedes-Benz Group,2022-06-30,120,
xing,SAP,2022-06-30,Deaktiviert,
xing,BMW,2022-06-30,210,
"""
# by hand: (total, measured, off) per date and platform over the three companies typed
BY_HAND = {("2019-06-30", "linkedin"): (4500, 3, 0), ("2019-06-30", "xing"): (400, 2, 1),
           ("2022-06-30", "linkedin"): (4100, 2, 1), ("2022-06-30", "xing"): (330, 2, 1)}


@pytest.fixture
def db(cli, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    path = tmp_path / "dax.csv"
    path.write_text(TABLE, encoding="utf-8")
    store = tmp_path / "panel.db"
    ran = cli("--db", store, "import", "table", path)
    assert ran.code == 0, ran.err
    return store


def test_csv_and_json_count_off_apart_from_the_sums(cli, db: Path) -> None:  # type: ignore[no-untyped-def]
    ran = cli("--db", db, "panel", "report", "dax", "--format", "csv")
    assert ran.code == 0, ran.err
    rows = list(csv.DictReader(io.StringIO(ran.out)))
    got = {(r["date"], r["platform"]): (int(r["followers_total"]), int(r["followers_measured"]),
                                        int(r["followers_off"])) for r in rows}
    assert got == BY_HAND
    ran = cli("--db", db, "panel", "report", "dax", "--json")
    found = json.loads(ran.out)
    bmw = next(c for c in found["companies"] if c["company_key"] == BMW)  # the latest date, 2022-06-30
    assert (bmw["linkedin_followers"], bmw["linkedin_followers_state"], bmw["linkedin_rank"]) == (None, "off", None)
    assert (bmw["xing_followers"], bmw["xing_rank"]) == (210, 1)
    sap = next(c for c in found["companies"] if c["company_key"] == SAP)
    assert (sap["xing_followers"], sap["xing_followers_state"], sap["xing_rank"]) == (None, "off", None)
    series = {(r["date"], r["platform"], r["company_key"]): r for r in found["series"]}
    assert (series["2019-06-30", "xing", BMW]["value"], series["2019-06-30", "xing", BMW]["state"]) == (None, "off")
    assert series["2019-06-30", "linkedin", MB]["name"] == "Daimler"
    unknown = series["2019-06-30", "xing", "DE0008404005"]  # Allianz: a member nobody measured, not off
    assert (unknown["value"], unknown["state"]) == (None, None)


@pytest.mark.parametrize(("lang", "word"), [("de", "abgeschaltet"), ("en", "off")])
def test_terminal_says_how_many_switched_off(cli, db: Path, lang: str, word: str) -> None:  # type: ignore[no-untyped-def]
    ran = cli("--db", db, "panel", "report", "dax", "--lang", lang)
    assert ran.code == 0, ran.err
    lines = [line for line in ran.out.splitlines() if "Xing" in line or "LinkedIn" in line]
    assert len(lines) == 4
    assert "(3/30)" in lines[0] and word not in lines[0]
    assert all(f", 1 {word})" in line for line in lines[1:])
    assert ("4.100" if lang == "de" else "4,100") in lines[2]


def test_workbook_and_html_show_off_as_a_word(cli, db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "report"
    ran = cli("--db", db, "panel", "report", "dax", "--lang", "de", "--out", out)
    assert ran.code == 0, ran.err
    book = load_workbook(out / "dax.xlsx")
    sheet = book["Unternehmen"]
    head = [c.value for c in sheet[1]]
    rows = {r[head.index("Unternehmen")]: r for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert rows["BMW"][head.index("LinkedIn: Follower")] == "abgeschaltet"
    assert rows["BMW"][head.index("Xing: Follower")] == 210
    assert rows["SAP"][head.index("Xing: Follower")] == "abgeschaltet"
    assert rows["Allianz"][head.index("Xing: Follower")] is None  # unknown stays empty
    totals = book["Summen"]
    head = [c.value for c in totals[1]]
    sums = [(r[head.index("Follower: Summe")], r[head.index("Follower: abgeschaltet")])
            for r in totals.iter_rows(min_row=2, values_only=True)]
    assert sums == [(v[0], v[2]) for _, v in sorted(BY_HAND.items())]
    html = (out / "dax.html").read_text(encoding="utf-8")
    bmw = html[html.index("<td>BMW</td>"):].split("</tr>")[0]
    assert bmw.count(">abgeschaltet<") == 1 and ">210<" in bmw and ">0<" not in bmw
    assert "Abgeschaltet: eine Zahl" in html
    measured = book["Messungen"]
    head = [c.value for c in measured[1]]
    typed = {(r[head.index("Stichtag")].year, r[head.index("Plattform")]): r[head.index("Follower")]
             for r in measured.iter_rows(min_row=2, values_only=True) if r[head.index("Unternehmen")] == "BMW"}
    assert typed == {(2019, "LinkedIn"): 1500, (2019, "Xing"): "abgeschaltet", (2022, "LinkedIn"): "abgeschaltet",
                     (2022, "Xing"): 210}


def test_the_chart_labels_off_and_leaves_out_who_was_not_measured(db: Path) -> None:
    import reichweite
    from reichweite.report.panel import chart_specs
    from tests.support.chart_data import chart_rows

    found = reichweite.panel_report(db, "dax")
    spec = chart_specs(found.result, "en")["dax_companies_followers"]
    bars = {(r["name"], r["platform"]): r["value"] for r in chart_rows(spec)[0]}
    assert bars == {("SAP (off on Xing)", "LinkedIn"): 2600, ("SAP (off on Xing)", "Xing"): None,
                    ("Mercedes-Benz Group", "LinkedIn"): 1500, ("Mercedes-Benz Group", "Xing"): 120,
                    ("BMW (off on LinkedIn)", "LinkedIn"): None, ("BMW (off on LinkedIn)", "Xing"): 210}
    assert "37 members not measured that day, not shown" in spec["title"]["subtitle"]  # 40 members on 30.06.2022
