"""Compare's downloads are made from the comparison the page showed (no second run of the job over an unchanged
store) and carry the numbers of `reichweite compare --json`."""

from __future__ import annotations

import io
import json
import logging
import subprocess
import sys
import zipfile
from datetime import UTC, datetime, timedelta

import openpyxl
import pandas as pd
import pytest

from .conftest import ACCOUNTS, ROOT, make_client

COMPUTED = "computed in"  # the log line of every run of the comparison job (reichweite.web)


def _runs(caplog: pytest.LogCaptureFixture) -> int:
    return sum(COMPUTED in r.getMessage() for r in caplog.records if r.name == "reichweite.web")


def test_downloads_after_the_page_run_no_job_and_equal_compare_json(demo_db: str,
                                                                     caplog: pytest.LogCaptureFixture) -> None:
    at = (datetime.now(UTC) + timedelta(days=1)).date().isoformat()
    done = subprocess.run([sys.executable, "-m", "reichweite", "compare", *ACCOUNTS, "--at", at, "--json",
                           "--db", demo_db], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr
    expected = json.loads(done.stdout)
    pairs = expected["pairs"]
    assert len(pairs) == expected["summary"]["n"] == 88

    caplog.set_level(logging.INFO, logger="reichweite.web")
    client = make_client(demo_db)
    params = {"account": ACCOUNTS, "at": at}
    page = client.get("/compare", params=params)
    assert page.status_code == 200
    assert _runs(caplog) == 1  # the page ran the job once
    files = {}
    for kind in ("csv", "xlsx", "html", "png"):
        response = client.get(f"/compare/download/{kind}", params=params)
        assert response.status_code == 200, (kind, response.text[:300])
        files[kind] = response.content
    assert _runs(caplog) == 1, "a download ran the comparison again"

    csv = pd.read_csv(io.BytesIO(files["csv"]), dtype={"a_native_id": str, "b_native_id": str})
    assert csv["a_native_id"].tolist() == [p["a_native_id"] for p in pairs]
    assert csv["a_interactions"].tolist() == [p["a_interactions"] for p in pairs]
    assert csv["b_interactions"].tolist() == [p["b_interactions"] for p in pairs]

    book = openpyxl.load_workbook(io.BytesIO(files["xlsx"]), read_only=True)
    sheet = book["Pairs"]
    cells = [[c for c in row] for row in sheet.iter_rows(values_only=True)]
    header = cells[0]
    rows = [r for r in cells[1:] if any(v is not None for v in r)]
    assert len(rows) == len(pairs)
    ids = header.index(next(h for h in header if h and "ID" in str(h)))  # A's post id: the first id column
    assert [str(r[ids]) for r in rows] == [p["a_native_id"] for p in pairs]

    with zipfile.ZipFile(io.BytesIO(files["html"])) as archive:
        names = set(archive.namelist())
        assert {"index.html", "comparison.xlsx", "pairs_scatter.png", "pairs_scatter.svg"} <= names
        index = archive.read("index.html").decode("utf-8")
    assert all(p["a_native_id"] in index or p["a_url"] in index for p in pairs[:5])
    assert files["png"][:8] == b"\x89PNG\r\n\x1a\n"
    assert _runs(caplog) == 1


def test_a_download_first_runs_the_job_once_and_the_page_then_none(demo_db: str,
                                                                  caplog: pytest.LogCaptureFixture) -> None:
    day = datetime.now(UTC).date()
    params = {"account": ACCOUNTS, "at": f"{day - timedelta(days=3)}, {day + timedelta(days=1)}"}  # a series
    caplog.set_level(logging.INFO, logger="reichweite.web")
    client = make_client(demo_db)
    xlsx = client.get("/compare/download/xlsx", params=params)
    assert xlsx.status_code == 200
    assert _runs(caplog) == 1
    csv = pd.read_csv(io.BytesIO(client.get("/compare/download/csv", params=params).content), dtype=str)
    dates = [f"--at={d.strip()}" for d in params["at"].split(",")]
    done = subprocess.run([sys.executable, "-m", "reichweite", "compare", *ACCOUNTS, *dates, "--format", "csv",
                           "--db", demo_db], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr
    listing = pd.read_csv(io.StringIO(done.stdout), dtype=str)
    assert len(csv) > 2
    assert csv[["account", "post_id", "interactions"]].equals(listing[["account", "post_id", "interactions"]])
    assert client.get("/compare", params=params).status_code == 200
    assert _runs(caplog) == 1
