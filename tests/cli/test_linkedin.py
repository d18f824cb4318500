"""`reichweite import linkedin-export` and `reichweite import linkedin-page` as a user runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests import support
from tests.support import SRC

FIXTURES = support.FIXTURES / "linkedin"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(SRC), "REICHWEITE_DB": ""}
    return subprocess.run(
        [sys.executable, "-m", "reichweite", *args], capture_output=True, text=True, env=env, timeout=120
    )


def test_import_linkedin_export_prints_counts_and_layout(db_url: str) -> None:
    first = _run("import", "linkedin-export", str(FIXTURES / "export-2022"), "--db", db_url)
    assert first.returncode == 0, first.stderr
    lines = first.stdout.splitlines()
    assert lines[0] == f"LinkedIn member export, 2022 layout, of Jana Beispiel: {FIXTURES / 'export-2022'}"
    assert lines[1:7] == [
        "  part            read     new",
        "  connections        3       3",
        "  invitations        2       2",
        "  messages           1       1",
        "  shares             2       2",
        "  votes              1       1",
    ]
    assert lines[7] == "  not in the export: reactions"
    again = _run("import", "linkedin-export", str(FIXTURES / "export-2022"), "--db", db_url, "--json")
    assert again.returncode == 0, again.stderr
    data = json.loads(again.stdout)
    assert data["layout"] == "2022"
    assert data["added"] == {"connections": 0, "invitations": 0, "messages": 0, "shares": 0, "votes": 0,
                             "reactions": 0}


def test_a_bad_export_is_one_line_and_exit_1(tmp_path: Path) -> None:
    (tmp_path / "messages.csv").write_text("CONVERSATION ID,FROM,DATE\nx,y,z\n", encoding="utf-8")
    result = _run("import", "linkedin-export", str(tmp_path), "--db", str(tmp_path / "r.db"))
    assert result.returncode == 1
    assert result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"Error: {tmp_path / 'messages.csv'}, line 1: unexpected header 'CONVERSATION ID,FROM,DATE'")
    assert "2024: CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE" in line


def test_import_linkedin_page(tmp_path: Path) -> None:
    db = str(tmp_path / "r.db")
    page = FIXTURES / "page"
    result = _run(
        "import", "linkedin-page", str(page / "beispiel-gmbh_followers_1718841600000.xlsx"),
        str(page / "beispiel-gmbh_content_1718841600000.xls"), "--followers", "812", "--db", db,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[:7] == [
        "beispiel-gmbh_followers_1718841600000.xlsx: page beispiel-gmbh, German columns, exported 2024-06-20 00:00 UTC",
        "  sheets: Neue Follower (followers)",
        "  read: 14 follower days",
        "beispiel-gmbh_content_1718841600000.xls: page beispiel-gmbh, German columns, exported 2024-06-20 00:00 UTC",
        "  sheets: Kennzahlen (metrics), Alle Beiträge (posts)",
        "  read: 14 metric days, 3 posts",
        "New in the store: 3 posts, 3 snapshots, 14 days, 14 follower snapshots",
    ]
    assert result.stderr.splitlines()[0] == (
        "  columns not read in Alle Beiträge: Kampagnenname, Startdatum der Kampagne, Enddatum der Kampagne, "
        "Zielgruppe, Externe Aufrufe, Klickrate (CTR)")
    bad = _run("import", "linkedin-page", str(tmp_path / "missing.xlsx"), "--db", db)
    assert bad.returncode == 1
    assert bad.stderr == f"Error: {tmp_path / 'missing.xlsx'}: no such file or folder\n"


def test_a_wrong_option_is_a_usage_error_not_a_traceback(tmp_path: Path) -> None:
    result = _run("import", "linkedin-page", str(FIXTURES / "page" / "beispiel-ag_followers_1718755200000.xls"),
                  "--followers", "-3", "--db", str(tmp_path / "r.db"))
    assert result.returncode == 2
    assert "Error: Invalid value for '--followers'" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "r.db").exists()
