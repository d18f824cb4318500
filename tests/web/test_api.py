"""The JSON API: the same numbers as the command line, imports as jobs with status, progress and summary."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa

from .conftest import ACCOUNTS, DATA, ROOT, make_client, wait_for_job


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "reichweite", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=300)


def test_api_compare_is_the_json_of_compare_cli(demo_db: str, tmp_path: Path) -> None:
    at = (datetime.now(UTC) + timedelta(days=1)).date().isoformat()  # after the AppView replay's fetch
    done = _cli("compare", *ACCOUNTS, "--at", at, "--json", "--out", str(tmp_path / "report"), "--db", demo_db)
    assert done.returncode == 0, done.stderr
    expected = json.loads(done.stdout)
    client = make_client(demo_db)
    response = client.get("/api/compare", params={"account": ACCOUNTS, "at": at})
    assert response.status_code == 200
    got = response.json()
    assert got.pop("report") is None  # the API writes no files
    expected.pop("report")
    assert got == expected
    assert got["summary"]["n"] == 88  # the demo's pairs, as in the README


def test_api_compare_needs_two_accounts_and_says_so(demo_db: str) -> None:
    client = make_client(demo_db)
    response = client.get("/api/compare", params={"account": ACCOUNTS[:1]})
    assert response.status_code == 422
    assert "two or more accounts" in response.json()["detail"]
    response = client.get("/api/compare", params={"account": ["x:tagesfoto_demo", "bluesky:nobody.example"]})
    assert response.status_code == 400
    assert "No posts of bluesky:nobody.example" in response.json()["detail"]


def test_post_import_runs_a_job_with_progress_and_summary(tmp_path: Path) -> None:
    archive = shutil.make_archive(str(tmp_path / "x-archive"), "zip", DATA / "x-archive")
    db = str(tmp_path / "new.db")
    client = make_client(db)
    with open(archive, "rb") as fh:
        response = client.post("/api/imports", files={"file": ("twitter-archive.zip", fh, "application/zip")})
    assert response.status_code == 202, response.text
    job_id = response.json()["job"]
    assert response.json()["url"] == f"/api/jobs/{job_id}"
    job = wait_for_job(client, job_id)
    assert job["status"] == "done", job
    assert job["kind"] == "import"
    assert job["progress"] == {"done": 1, "total": 1, "note": "x-archive"}
    assert job["summary"]["kind"] == "x-archive"
    assert job["message"].startswith("x-archive tagesfoto_demo: 97 posts (97 new, 0 known")
    engine = sa.create_engine(f"sqlite:///{db}")
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT COUNT(*) FROM posts WHERE platform = 'x'")).scalar_one() == 97
    # the same file again adds nothing
    with open(archive, "rb") as fh:
        again = client.post("/api/imports", files={"file": ("twitter-archive.zip", fh)}, data={"kind": "x-archive"})
    job = wait_for_job(client, again.json()["job"])
    assert "(0 new, 97 known" in job["message"]
    listed = client.get("/api/jobs").json()
    assert [j["id"] for j in listed][:2] == [again.json()["job"], job_id]


def test_a_bad_file_fails_its_job_with_one_line(tmp_path: Path) -> None:
    client = make_client(str(tmp_path / "s.db"))
    bad = "platform,account,post_id,created_at,likes\nx,a,123,not a date,5\n"
    response = client.post("/api/imports", files={"file": ("figures.csv", bad.encode())})
    job = wait_for_job(client, response.json()["job"])
    assert job["status"] == "failed"
    assert "figures.csv" in job["message"] and "\n" not in job["message"]
    assert "Traceback" not in job["message"]


def test_unknown_job_and_unknown_kind(tmp_path: Path) -> None:
    client = make_client(str(tmp_path / "s.db"))
    assert client.get("/api/jobs/nope").status_code == 404
    response = client.post("/api/imports", files={"file": ("a.csv", b"x")}, data={"kind": "facebook-dump"})
    assert response.status_code == 422


def test_openapi_lists_the_api(tmp_path: Path) -> None:
    client = make_client(str(tmp_path / "s.db"))
    paths = client.get("/api/openapi.json").json()["paths"]
    for path in ("/api/compare", "/api/imports", "/api/jobs/{job_id}", "/api/overview", "/api/accounts"):
        assert path in paths
    assert not any(not p.startswith("/api/") for p in paths)
    docs = client.get("/api/docs").text
    assert "/static/vendor/swagger-ui-bundle.js" in docs and "cdn" not in docs.lower()


def test_language_count_runs_as_a_job_over_an_allowed_file(tmp_path: Path) -> None:
    from .conftest import ROOT as root

    folder = tmp_path / "streams"
    folder.mkdir()
    shutil.copy(root / "tests" / "fixtures" / "languages" / "golden_v1.jsonl", folder / "golden.jsonl")
    client = make_client(str(tmp_path / "s.db"), folders=(folder,))
    response = client.post("/api/languages", data={"path": [str(folder / "golden.jsonl")], "by": "day",
                                                   "lang": "de", "detect": "none"})
    assert response.status_code == 202
    job = wait_for_job(client, response.json()["job"], timeout=120)
    assert job["status"] == "done", job
    from reichweite.jobs.languages import run_languages

    direct = run_languages([folder / "golden.jsonl"], by="day", lang="de", detect="none")
    assert job["summary"]["stats"] == json.loads(json.dumps(direct["stats"]))
    assert job["summary"]["lang_share"] == json.loads(json.dumps(direct["lang_share"], default=str))
    page = client.get("/languages").text
    assert "golden.jsonl" in page and "First declared language" in page


def test_api_compare_of_three_accounts_at_two_dates_is_the_json_of_compare_cli(tmp_path: Path) -> None:
    from reichweite.store import open_store
    from tests.support.series_seed import seed_three_accounts

    db = str(tmp_path / "three.db")
    engine = open_store(db)
    seed_three_accounts(engine)
    engine.dispose()
    accounts = ["x:tagesfoto", "bluesky:tagesfoto.bsky.social", "mastodon:@tagesfoto@mastodon.example"]
    done = _cli("compare", *accounts, "--at", "2026-11-06", "--at", "2026-11-21", "--parts", "known", "--json",
                "--db", db)
    assert done.returncode == 0, done.stderr
    response = make_client(db).get("/api/compare", params={"account": accounts, "at": ["2026-11-06", "2026-11-21"],
                                                           "parts": "known"})
    assert response.status_code == 200
    assert response.json() == json.loads(done.stdout)
    assert [d["label"] for d in response.json()["dates"]] == ["2026-11-06", "2026-11-21"]


def test_an_import_job_says_its_summary_in_the_page_language(tmp_path: Path) -> None:
    archive = shutil.make_archive(str(tmp_path / "x-archive"), "zip", DATA / "x-archive")
    client = make_client(str(tmp_path / "de.db"), lang="de")
    with open(archive, "rb") as fh:
        response = client.post("/api/imports", files={"file": ("twitter-archive.zip", fh, "application/zip")})
    job = wait_for_job(client, response.json()["job"])
    assert job["status"] == "done", job
    assert job["message"].startswith("X-Archiv tagesfoto_demo: 97 Beiträge (97 neu, 0 bekannt"), job["message"]
    assert job["summary"]["summary"].startswith("x-archive tagesfoto_demo: 97 posts (97 new")  # JSON stays English
