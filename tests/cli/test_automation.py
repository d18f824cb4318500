"""End to end: `reichweite automation linkedin` on a synthetic 2024 export (zip and folder) and the 2022 sample."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from reichweite.cli import app
from tests.support import FIXTURES, SRC

EXPORT = FIXTURES / "automation" / "export-2024"
BOTS = {"Kevin Pipeline", "Dennis Leadflow", "Ryan Outbound", "Marvin Reichtum", "Gary Wealthflow",
        "Anna Profitlova", "Coach Melanie Aufstieg", "Marco Funnelbau"}
GENUINE = {"Greta Sommerfeld", "Heike Brandstätter", "Tobias Wendler", "Miriam Kaltenbach", "Ulrike Hainbach",
           "Sam Okonkwo", "Aylin Demir", "Olivia Brenner", "Pieter de Vries"}
runner = CliRunner()


@pytest.fixture
def export_zip(tmp_path: Path) -> Path:
    target = tmp_path / "Basic_LinkedInDataExport_06-20-2024.zip"
    with zipfile.ZipFile(target, "w") as archive:
        for file in sorted(EXPORT.glob("*.csv")):
            archive.write(file, file.name)
    return target


def _json(args: list[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[dict]:
    monkeypatch.chdir(tmp_path)  # no ./reichweite.db there: no labels
    monkeypatch.delenv("REICHWEITE_DB", raising=False)
    result = runner.invoke(app, ["automation", "linkedin", *args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_bots_rank_on_top_with_reasons_and_genuine_contacts_are_not_flagged(
    export_zip: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    rows = _json([str(export_zip), "--lang", "en"], monkeypatch, tmp_path)
    assert {r["from"] for r in rows} == BOTS | GENUINE
    assert {r["from"] for r in rows[: len(BOTS)]} == BOTS
    assert all(r["flagged"] for r in rows[: len(BOTS)])
    assert not any(r["flagged"] for r in rows if r["from"] in GENUINE)
    assert [r["rank"] for r in rows] == list(range(1, len(rows) + 1))
    for row in rows:
        assert set(row) >= {"from", "score", "flagged", "reasons", "scored_by"}
        assert 0 <= row["score"] <= 1 and row["scored_by"] == "rules"
    by_name = {r["from"]: r for r in rows}
    kevin = by_name["Kevin Pipeline"]
    assert any(r.startswith("near-identical text from 2 other sender(s) (Dennis Leadflow, Ryan Outbound)")
               for r in kevin["reasons"])
    assert "pitch 5 h after their invitation +1" in kevin["reasons"]
    assert "2 messages, none answered +1" in kevin["reasons"]
    marvin = by_name["Marvin Reichtum"]["reasons"]
    assert "promises money or income (get rich, earn 7,233.34 €) +2.5" in marvin
    assert "guarantees results (GUARANTEED) +1" in marvin
    assert "the invitation itself is a pitch +1" in by_name["Marco Funnelbau"]["reasons"]
    assert by_name["Pieter de Vries"]["reasons"] == ["you started the contact (lowers the score) -2"]


def test_folder_and_zip_give_the_same_ranking(export_zip: Path, monkeypatch: pytest.MonkeyPatch,
                                              tmp_path: Path) -> None:
    from_zip = _json([str(export_zip)], monkeypatch, tmp_path)
    from_folder = _json([str(EXPORT)], monkeypatch, tmp_path)
    assert [(r["from"], r["score"]) for r in from_zip] == [(r["from"], r["score"]) for r in from_folder]


def test_german_reasons(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    rows = _json([str(EXPORT), "--lang", "de"], monkeypatch, tmp_path)
    anna = next(r for r in rows if r["from"] == "Anna Profitlova")
    assert "lenkt auf WhatsApp/Telegram um (t.me/profitwithanna, on Telegram) +1,5" in anna["reasons"]


def test_human_output_has_the_ranking_and_the_advice(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("REICHWEITE_DB", raising=False)
    result = runner.invoke(app, ["automation", "linkedin", str(EXPORT), "--lang", "en"])
    assert result.exit_code == 0, result.output
    out = result.stdout
    flat = " ".join(out.split())  # sentences wrap at the terminal's width
    assert "17 senders, 8 flagged (score ≥ 0.5)." in flat
    assert "I don't know this person" in flat
    assert "Swap Connect for Follow" in flat
    assert "Require an e-mail address for invitations" in flat
    assert out.index("Gary Wealthflow") < out.index("Greta Sommerfeld")
    assert not (tmp_path / "reichweite.db").exists()


def test_report_files_are_pseudonymised_unless_names_are_asked_for(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("REICHWEITE_DB", raising=False)
    out = tmp_path / "report"
    result = runner.invoke(app, ["automation", "linkedin", str(EXPORT), "--out", str(out), "--lang", "de"])
    assert result.exit_code == 0, result.output
    html = (out / "automation-linkedin.html").read_text(encoding="utf-8")
    book = openpyxl.load_workbook(out / "automation-linkedin.xlsx")
    cells = " ".join(str(c.value) for sheet in book.worksheets for row in sheet.iter_rows() for c in row)
    for name in BOTS | GENUINE:
        assert name not in html and name not in cells
    for secret in ("profitwithanna", "kevin-pipeline", "Folien vom Barcamp"):
        assert secret not in html and secret not in cells
    assert "Absender 1" in html and "t.me/…" in html
    assert "Ich kenne diese Person nicht" in html
    assert book.sheetnames == ["Absender", "Signal"]
    sheet = book["Absender"]
    assert [c.value for c in sheet[1]][:4] == ["Rang", "Absender", "Wert", "Markiert"]
    assert sheet.max_row == 18

    named = tmp_path / "named"
    result = runner.invoke(app, ["automation", "linkedin", str(EXPORT), "--out", str(named), "--show-names",
                                 "--lang", "en"])
    assert result.exit_code == 0, result.output
    html = (named / "automation-linkedin.html").read_text(encoding="utf-8")
    assert "Kevin Pipeline" in html and "Folien vom Barcamp" in html
    assert "Hi there! Want to get rich fast?" in html


def test_html_escapes_message_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    export = tmp_path / "export"
    export.mkdir()
    (export / "messages.csv").write_text(
        "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,"
        "FOLDER\n"
        "c1,,Eve <script>,https://www.linkedin.com/in/eve,Jana Beispiel,https://www.linkedin.com/in/jana,"
        "2024-06-18 11:59:53 UTC,,<script>alert(1)</script> passive income guaranteed,INBOX\n"
        "c1,,Jana Beispiel,https://www.linkedin.com/in/jana,Eve <script>,https://www.linkedin.com/in/eve,"
        "2024-06-18 12:59:53 UTC,,no thanks,INBOX\n"
        "c2,,Jana Beispiel,https://www.linkedin.com/in/jana,Bob,https://www.linkedin.com/in/bob,"
        "2024-06-19 12:59:53 UTC,,hi Bob,INBOX\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["automation", "linkedin", str(export), "--out", str(tmp_path / "r"),
                                 "--show-names", "--owner", "Jana Beispiel"])
    assert result.exit_code == 0, result.output
    html = (tmp_path / "r" / "automation-linkedin.html").read_text(encoding="utf-8")
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_2022_layout_sample(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    rows = _json([str(FIXTURES / "linkedin" / "export-2022"), "--lang", "en"], monkeypatch, tmp_path)
    assert [r["from"] for r in rows] == ["Rico Gewinnmaxx"]
    assert rows[0]["flagged"] and rows[0]["invitations"] == 1 and rows[0]["messages"] == 1


def test_missing_export_is_a_one_line_error(tmp_path: Path) -> None:
    import subprocess
    import sys

    proc = subprocess.run(
        [sys.executable, "-m", "reichweite", "automation", "linkedin", str(tmp_path / "nope.zip")],
        capture_output=True, text=True, cwd=tmp_path,
        env={"PYTHONPATH": str(SRC), "PATH": "/usr/bin"},
    )
    assert proc.returncode == 1
    assert proc.stderr.strip() == (
        f"Error: {tmp_path / 'nope.zip'}: no such file or folder (expected a LinkedIn data export, zip or folder)"
    )
    assert proc.stdout == ""
