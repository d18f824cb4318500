"""The panel report: charts, workbook and HTML in German and English, and the CLI's JSON and text output."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
import sqlalchemy as sa

from reichweite.analysis.panel import Composition
from reichweite.jobs.panel_report import panel_report
from reichweite.jobs.panels import import_company_table
from tests.support import EXAMPLES
from tests.support.panels import run_cli

EXAMPLE = EXAMPLES / "panel-data" / "dax_panel_synthetic.xlsx"


def _sheet_rows(path: Path, sheet: str) -> list[dict]:
    book = openpyxl.load_workbook(path, read_only=True)
    rows = list(book[sheet].iter_rows(values_only=True))
    return [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]


@pytest.mark.parametrize("lang", ["de", "en"])
def test_report_files(store: sa.Engine, synthetic_panel_xlsx: Path, tmp_path: Path, lang: str) -> None:
    import_company_table(store, synthetic_panel_xlsx)
    result, files = panel_report(store, "dax", ["linkedin", "xing"], Composition("as-of"), out=tmp_path / "out",
                                 lang=lang, threshold=10_000)
    charts = ("chart_totals", "chart_followers", "chart_employees")
    assert set(files) == {*charts, *(f"{c}_svg" for c in charts), "workbook", "html"}
    for key in charts:
        assert files[key].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and files[key].stat().st_size > 10_000
        assert files[f"{key}_svg"].read_text(encoding="utf-8").startswith("<svg")
    words = {
        "de": {"sheets": ("Summen", "Mitgliedschaft", "Messungen", "Hinweise"), "date": "Stichtag",
               "platform": "Plattform", "members": "Mitglieder", "followers_total": "Follower: Summe",
               "employees_total": "Mitarbeitende: Summe", "employees_measured": "Mitarbeitende: gemessen",
               "name": "Unternehmen", "counted": "gezählt", "origin": "Herkunft"},
        "en": {"sheets": ("Totals", "Membership", "Measurements", "Notes"), "date": "Date", "platform": "Platform",
               "members": "Members", "followers_total": "Followers: Total", "employees_total": "Employees: Total",
               "employees_measured": "Employees: measured", "name": "Company", "counted": "counted",
               "origin": "Origin"},
    }[lang]
    sheets = words["sheets"]
    totals = _sheet_rows(files["workbook"], sheets[0])
    row = next(r for r in totals if r[words["platform"]] == "LinkedIn" and r[words["date"]] == datetime(2019, 6, 30))
    assert row[words["followers_total"]] == 290_007 and row[words["members"]] == 30
    xing_2010 = next(r for r in totals if r[words["platform"]] == "Xing" and r[words["date"]] == datetime(2010, 6, 30))
    assert xing_2010[words["employees_total"]] is None and xing_2010[words["employees_measured"]] == 0  # empty, not 0
    members = _sheet_rows(files["workbook"], sheets[1])
    in_2019 = {r[words["name"]] for r in members if r[words["date"]] == datetime(2019, 6, 30)}
    in_2021 = {r[words["name"]] for r in members if r[words["date"]] == datetime(2021, 6, 30)}
    assert len(in_2019) == len(in_2021) == 30
    assert "Wirecard" in in_2019 - in_2021 and "Delivery Hero" in in_2021 - in_2019
    raw = _sheet_rows(files["workbook"], sheets[2])
    assert len(raw) == len(result.measurements)
    lufthansa = [r for r in raw if r[words["name"]] == "Deutsche Lufthansa"
                 and r[words["date"]] == datetime(2021, 6, 30)]
    assert len(lufthansa) == 1 and lufthansa[0][words["counted"]] is False
    assert lufthansa[0][words["origin"]] == "dax_synthetic.xlsx, sheet 2021-06-30, row 32"
    book = openpyxl.load_workbook(files["workbook"])
    assert book[sheets[0]]["A2"].number_format == {"de": "dd.mm.yyyy", "en": "d mmm yyyy"}[lang]
    assert book[sheets[0]]["F2"].number_format == {"de": "0.0 %", "en": "0.0%"}[lang]  # coverage, a real share
    notes = [text for _, text in book[sheets[3]].iter_rows(min_row=2, values_only=True)]
    assert any(caveat in text for text in notes for caveat in ("Lücken ohne ausdrückliche", "Gaps without"))
    html = files["html"].read_text(encoding="utf-8")
    assert "data:image/svg+xml;base64," in html and "<script" not in html
    caveat = {"de": "Lücken ohne ausdrückliche", "en": "Gaps without an explicit"}[lang]
    assert caveat in html
    definition = {"de": "wer am Tag D ausscheidet, zählt an D nicht mehr mit",
                  "en": "a company leaving on day D is not counted on D"}[lang]
    assert definition in html
    assert {"de": "290.007", "en": "290,007"}[lang] in html
    assert "Could NOT verify / residual risk" in html  # the shipped notes, in full
    assert "thepaypers.com says &#34;joined on August 17&#34;" in html  # escaped like every text


def test_example_workbook(store: sa.Engine, tmp_path: Path) -> None:
    """The shipped SYNTHETIC example: yearly sheets 2010–2024 in the wide layout, names as people write them."""
    summary = import_company_table(store, EXAMPLE)
    assert summary["dates"][0] == "2010-06-30" and summary["dates"][-1] == "2024-06-30"
    assert summary["new_companies"] == 0  # Daimler, Deutsche Post, HeidelbergCement, Linde … all matched
    result, _ = panel_report(store, "dax", ["linkedin", "xing"], Composition("as-of"), out=None, lang="en")
    counted = result.measurements[result.measurements["counted"]]
    def names(day: date) -> set[str]:
        return set(counted.loc[counted["date"] == day, "name"])
    assert "Wirecard" in names(date(2019, 6, 30)) and "Wirecard" not in names(date(2021, 6, 30))
    assert "Delivery Hero" in names(date(2021, 6, 30)) and "Delivery Hero" not in names(date(2019, 6, 30))
    members = result.members.groupby("date").size()
    assert {d.year: int(n) for d, n in members.items()} == {y: 30 if y <= 2021 else 40 for y in range(2010, 2025)}


def test_cli_report_json_and_text(sqlite_url: str, synthetic_panel_xlsx: Path, tmp_path: Path) -> None:
    assert run_cli("import", "table", str(synthetic_panel_xlsx), db=sqlite_url).returncode == 0
    out = run_cli("panel", "report", "dax", "--platforms", "linkedin,xing", "--composition", "fixed:2019-06-30",
                  "--threshold", "10000", "--json", db=sqlite_url)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["composition"] == "fixed:2019-06-30" and data["files"] == {}
    by = {(r["date"], r["platform"]): r for r in data["totals"]}
    assert by[("2021-06-30", "linkedin")]["followers_total"] == 1_212_000  # see test_panel_totals
    assert by[("2021-06-30", "linkedin")]["followers_measured"] == 27
    text = run_cli("panel", "report", "dax", "--out", str(tmp_path / "r"), "--lang", "de", db=sqlite_url)
    assert text.returncode == 0, text.stderr
    assert "Stichtag ┃ Plattform ┃ Follower ┃ Mitarbeitende" in " ".join(text.stdout.split())
    assert "│30.06.2019 │ LinkedIn │ 290.007 (30/30) │" in " ".join(text.stdout.split())
    assert not any("followers" in line for line in text.stdout.splitlines())
    assert f"Geschrieben: {tmp_path / 'r' / 'dax.xlsx'}" in text.stderr and "Geschrieben" not in text.stdout
    assert (tmp_path / "r" / "dax.html").exists() and (tmp_path / "r" / "dax.xlsx").exists()
    bad = run_cli("panel", "report", "dax", "--composition", "fixed", db=sqlite_url)
    assert bad.returncode == 2 and "use as-of or fixed:DATE" in bad.stderr
