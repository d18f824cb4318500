"""Files are never executed or overwritten: cells written from data are text (never formulas) in templates and
reports; CSV cells that start like a formula are neutralised (OWASP); `template` refuses an existing file."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from reichweite.cells import csv_cell, csv_frame, csv_value, csv_writer
from reichweite.report.excel import open_workbook, write_frame
from reichweite.store import open_store

from .conftest import one_line_error
from .conftest import run_main as run

DDE = "=cmd|' /C calc'!A0"
MEMBERS = "SELECT name FROM companies JOIN memberships ON company_key = key WHERE panel = 'hostile'"
HOSTILE_NAMES = [DDE, "+HYPERLINK(\"http://evil.example\",\"x\")", "-2+3", "@SUM(A1:A2)", "\tTAB AG", "\rCR AG"]


def _formulas(xlsx: Path) -> list[str]:
    """Every <f> (formula) element in any sheet of the workbook, read from the zip's XML itself."""
    found = []
    with zipfile.ZipFile(xlsx) as book:
        for name in book.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                xml = book.read(name).decode("utf-8")
                found += [part.split("</f>")[0] for part in xml.split("<f>")[1:]]
                assert "<f " not in xml, name
    return found


@pytest.mark.parametrize("value, expected", [
    (DDE, "'" + DDE), ("+49 30 1234", "'+49 30 1234"), ("-2+3", "'-2+3"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\t=1", "'\t=1"), ("\r=1", "'\r=1"), ("\uff1d1+1", "'\uff1d1+1"),
    ("-5", "-5"), ("+3.5", "+3.5"), ("-1.234,5", "-1.234,5"), ("ACME AG", "ACME AG"), ("", ""), (7, 7), (None, None),
])
def test_csv_cell_neutralises_what_a_spreadsheet_would_run(value: object, expected: object) -> None:
    assert csv_cell(value) == expected
    if isinstance(value, str):
        assert csv_value(csv_cell(value)) == value


def test_csv_writer_and_frame_neutralise_every_text_cell() -> None:
    buffer = io.StringIO()
    csv_writer(buffer).writerow([DDE, 5, "plain"])
    assert next(csv.reader(io.StringIO(buffer.getvalue()))) == ["'" + DDE, "5", "plain"]
    frame = pd.DataFrame({"name": [DDE, "ok"], "n": [-1, 2]})
    out = csv_frame(frame).to_csv(index=False)
    assert list(csv.reader(io.StringIO(out))) == [["name", "n"], ["'" + DDE, "-1"], ["ok", "2"]]
    assert frame["name"][0] == DDE  # the caller's frame is left alone


def _panel_with_hostile_names(tmp_path: Path, db: str) -> set[str]:
    """A panel whose members are named like formulas; returns the names as stored (the importer tidies them)."""
    spells = tmp_path / "spells.csv"
    with spells.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["company", "joined", "left"])
        for name in HOSTILE_NAMES:
            writer.writerow([name, "2020-01-01", ""])
    done = run("panel", "import", "hostile", str(spells), "--db", db)
    assert done.returncode == 0, done.stderr
    engine = open_store(db)
    with engine.connect() as conn:
        stored = {r[0] for r in conn.exec_driver_sql(MEMBERS)}
    engine.dispose()
    assert DDE in stored and len(stored) == len(HOSTILE_NAMES)
    return stored


def test_company_template_from_a_panel_writes_names_as_text(tmp_path: Path, db_url: str) -> None:
    db = db_url
    names = _panel_with_hostile_names(tmp_path, db)
    for wide in (False, True):
        xlsx = tmp_path / f"template-{wide}.xlsx"
        args = ["template", "companies", str(xlsx), "--panel", "hostile", "--at", "2024-06-30", "--db", db]
        done = run(*args, *(["--wide"] if wide else []))
        assert done.returncode == 0, done.stderr
        assert _formulas(xlsx) == []
        sheet = openpyxl.load_workbook(xlsx).worksheets[0]
        cells = [c for row in sheet.iter_rows(min_row=2) for c in row if c.value is not None]
        assert names <= {c.value for c in cells}
        assert {c.data_type for c in cells} == {"s"}
    csv_path = tmp_path / "template.csv"
    done = run("template", "companies", str(csv_path), "--panel", "hostile", "--at", "2024-06-30", "--db", db)
    assert done.returncode == 0, done.stderr
    rows = list(csv.reader(csv_path.open(encoding="utf-8", newline="")))
    written = {r[1] for r in rows[1:]}
    assert "'" + DDE in written and DDE not in written
    assert all(not name or name[0] not in "=+-@\t\r" for name in written)


def test_a_neutralised_csv_template_reads_back_with_the_names_as_they_were(tmp_path: Path, db_url: str) -> None:
    db = db_url
    names = _panel_with_hostile_names(tmp_path, db)
    csv_path = tmp_path / "template.csv"
    assert run("template", "companies", str(csv_path), "--panel", "hostile", "--at", "2024-06-30",
               "--db", db).returncode == 0
    rows = list(csv.reader(csv_path.open(encoding="utf-8", newline="")))
    for row in rows[1:]:
        row[4] = "1000"
    with csv_path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    done = run("import", "table", str(csv_path), "--db", db)
    assert done.returncode == 0, done.stderr
    engine = open_store(db)
    with engine.connect() as conn:
        stored = {r[0] for r in conn.exec_driver_sql(MEMBERS)}
        measured = conn.exec_driver_sql("SELECT count(*) FROM company_snapshots").scalar_one()
    engine.dispose()
    assert stored == names  # no company added under a quoted name
    assert measured == 2 * len(names)


@pytest.mark.parametrize("command, suffix", [
    (["posts"], ".csv"), (["accounts"], ".xlsx"), (["companies"], ".csv"), (["companies", "--wide"], ".xlsx"),
])
def test_template_refuses_an_existing_file_unless_forced(tmp_path: Path, command: list[str], suffix: str) -> None:
    target = tmp_path / f"filled{suffix}"
    target.write_bytes(b"my filled-in figures")
    done = run("template", command[0], str(target), *command[1:])
    assert done.returncode == 2
    one_line_error(done, str(target), "--force")
    assert target.read_bytes() == b"my filled-in figures"
    done = run("template", command[0], str(target), *command[1:], "--force")
    assert done.returncode == 0, done.stderr
    assert target.read_bytes() != b"my filled-in figures"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_template_refuses_a_folder_even_with_force(tmp_path: Path) -> None:
    folder = tmp_path / "figures.csv"
    folder.mkdir()
    done = run("template", "posts", str(folder), "--force")
    assert done.returncode == 2
    one_line_error(done, str(folder), "not a regular file")
    assert folder.is_dir()


def test_report_sheets_write_every_data_string_as_text(tmp_path: Path) -> None:
    frame = pd.DataFrame({"text": HOSTILE_NAMES, "url": ["=HYPERLINK(\"http://evil\")"] * len(HOSTILE_NAMES),
                          "likes": range(len(HOSTILE_NAMES))})
    path = tmp_path / "report.xlsx"
    book = open_workbook(path)
    write_frame(book, "posts", frame, url_columns=("url",))
    book.close()
    assert _formulas(path) == []
    sheet = openpyxl.load_workbook(path).worksheets[0]
    # openpyxl shows the carriage return as OOXML writes it (_x000D_)
    assert [c.value.replace("_x000D_", "\r") for c in sheet["A"][1:]] == HOSTILE_NAMES
    assert {c.data_type for c in sheet["A"][1:] + sheet["B"][1:]} == {"s"}
