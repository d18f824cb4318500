"""`reichweite languages` end to end: rules in the output, JSON, workbook, charts, HTML in de and en."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import openpyxl
from typer.testing import CliRunner

from reichweite.cli import app
from tests.support import SRC


def test_languages_report(jet: Path, tmp_path: Path) -> None:
    out = tmp_path / "report"
    result = CliRunner().invoke(app, ["languages", str(jet / "handcheck.jsonl"), "--detect", "all", "--lang", "de",
                                      "--out", str(out), "--report-lang", "de"])
    assert result.exit_code == 0, result.output
    flat = " ".join(result.output.split())  # sentences wrap at the terminal's width
    assert "2 malformed lines skipped" in flat
    assert "shares sum to more than 100 %" in flat
    assert "2025-12-08 first     25.00 %" in result.output
    assert "Declared = detected for 77.8 % of 9 posts" in result.output
    for name in ("languages.xlsx", "languages.html", "languages_top.png", "languages_de.png",
                 "languages_agreement.png"):
        assert (out / name).stat().st_size > 1000, name
    book = openpyxl.load_workbook(out / "languages.xlsx")
    assert {"per period", "overall first", "overall any", "overall detected", "share de",
            "declared x detected", "input"} <= set(book.sheetnames)
    sheet = book["per period"]
    header = [c.value for c in sheet[1]]
    rows = [dict(zip(header, (c.value for c in row), strict=True)) for row in sheet.iter_rows(min_row=2)]
    de = next(r for r in rows if r["period"] == "2025-12-08" and r["lang"] == "de")
    assert (de["posts_first"], de["share_first"], de["posts_detected"]) == (2, 0.25, 1)
    html = (out / "languages.html").read_text(encoding="utf-8")
    assert "Zählregeln" in html and "mehr als 100 %" in html and "data:image/png;base64," in html


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
