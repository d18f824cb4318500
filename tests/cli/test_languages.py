"""`reichweite languages` end to end: rules in the output, JSON, workbook, charts, HTML in de and en."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import openpyxl
from typer.testing import CliRunner

from reichweite.cli import app
from tests.support import SRC


def _words(output: str) -> str:
    """The output's words in order, whatever the wrapping and the lines between table cells."""
    return " ".join(re.sub(r"[│┃]", " ", output).split())


def test_languages_report(jet: Path, tmp_path: Path) -> None:
    out = tmp_path / "report"
    result = CliRunner().invoke(app, ["languages", str(jet / "handcheck.jsonl"), "--detect", "all", "--lang", "de",
                                      "--out", str(out), "--report-lang", "de"])
    assert result.exit_code == 0, result.output
    shown = _words(result.output)
    assert "2 fehlerhafte Zeilen übersprungen" in shown
    assert "die Anteile summieren sich daher zu mehr als 100 %" in shown
    assert "Zeitraum Zählregel Anteil 95-%-Intervall n" in shown
    assert "08.12.2025 erste deklarierte Sprache 25,00 % [7,15 % – 59,07 %] 8" in shown
    assert "Deklariert = erkannt bei 77,8 % von 9 Posts mit beidem" in shown
    assert "nan" not in result.output
    for name in ("languages.xlsx", "languages.html", "languages_top.png", "languages_de.png",
                 "languages_agreement.png"):
        assert (out / name).stat().st_size > 1000, name
    book = openpyxl.load_workbook(out / "languages.xlsx")
    assert book.sheetnames == ["Je Zeitraum", "Gesamt erste Sprache", "Gesamt jede Sprache", "Gesamt erkannt",
                               "Anteil de", "Deklariert x erkannt", "Eingabe", "Hinweise"]
    sheet = book["Je Zeitraum"]
    header = [c.value for c in sheet[1]]
    rows = [dict(zip(header, (c.value for c in row), strict=True)) for row in sheet.iter_rows(min_row=2)]
    de = next(r for r in rows if r["Tag"] == datetime(2025, 12, 8) and r["Sprache"] == "Deutsch (de)")
    assert (de["Posts (erste deklarierte Sprache)"], de["Anteil (erste deklarierte Sprache)"],
            de["Posts (erkannte Sprache)"]) == (2, 0.25, 1)
    assert sheet["D2"].number_format == "0.0 %"
    html = (out / "languages.html").read_text(encoding="utf-8")
    assert "Zählregeln" in html and "mehr als 100 %" in html and "data:image/svg+xml;base64," in html


def test_languages_json_and_errors(jet: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["languages", str(jet / "archive"), "--detect", "none", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["stats"]["posts"] == 10 and data["stats"]["files"] == 2
    assert data["overall"]["first"][0] == {"lang": "en", "posts": 7, "share": 0.7}
    assert "detected" not in data["overall"]
    missing = subprocess.run([sys.executable, "-m", "reichweite", "languages", str(tmp_path / "none.jsonl")],
                             capture_output=True, text=True, env={"PYTHONPATH": str(SRC)}, timeout=120)
    assert missing.returncode == 1
    assert missing.stderr.strip() == f"Error: {tmp_path / 'none.jsonl'}: no such file or folder"


def test_workers_and_time_zone_options(jet: Path) -> None:
    args = ["languages", str(jet / "handcheck.jsonl"), "--detect", "all", "--json", "--tz", "Europe/Berlin"]
    one = CliRunner().invoke(app, args)
    two = CliRunner().invoke(app, [*args, "--workers", "2"])
    assert one.exit_code == 0 and two.exit_code == 0, one.output + two.output
    first, second = json.loads(one.output), json.loads(two.output)
    assert first["tz"] == "Europe/Berlin"
    assert first["overall"]["detected"] == second["overall"]["detected"] and first["overall"]["detected"]
    bad = CliRunner().invoke(app, [*args[:2], "--tz", "Mars/Olympus"])
    assert bad.exit_code != 0 and "--tz 'Mars/Olympus': not a time zone name" in str(bad.exception)


def test_top_language_lines_have_no_gaps(jet: Path) -> None:
    from reichweite.engines.languages import count_languages
    from reichweite.jobs.languages import build_report

    report = build_report(count_languages([jet / "handcheck.jsonl"], detect="none"), "de", 0.3)
    de = report.top_shares[report.top_shares["lang"] == "de"].set_index("period")["share"].to_dict()
    assert de == {"2025-12-05": 0.0, "2025-12-08": 0.25, "2026-05-25": 0.0}


def test_a_period_without_posts_reads_no_data(jet: Path, tmp_path: Path) -> None:
    """Only one post lacks a declared language, so two days have no post to detect: no data, never 'nan %'."""
    args = ["languages", str(jet / "archive"), "--detect", "missing", "--share-of", "de"]
    de = CliRunner().invoke(app, [*args, "--lang", "de", "--out", str(tmp_path)])
    assert de.exit_code == 0, de.output
    assert "08.12.2025 erkannte Sprache keine Daten" in _words(de.output)
    assert "nan" not in de.output.lower()
    html = (tmp_path / "languages.html").read_text(encoding="utf-8")
    assert "keine Daten" in html and "nan" not in html.lower().replace("nanosecond", "")
    en = CliRunner().invoke(app, [*args, "--lang", "en"])
    assert "8 Dec 2025 detected language no data" in _words(en.output)
    data = json.loads(CliRunner().invoke(app, [*args, "--json"]).output)
    empty = [r for r in data["lang_share"] if r["total"] == 0]
    assert empty and all(r["share"] is None and r["low"] is None for r in empty)
