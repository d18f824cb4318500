"""Every page over the demo store, in German and English; entering figures; labelling a sender."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import sqlalchemy as sa

from reichweite.web.render import NAV

from .conftest import ACCOUNTS, ROOT, csrf_of, make_client

EXPORT = ROOT / "tests" / "fixtures" / "automation" / "export-2024"


@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_page_renders_in_both_languages(demo_db: str, lang: str) -> None:
    client = make_client(demo_db, folders=(EXPORT.parent,))
    client.post("/lang", data={"lang": lang, "csrf_token": csrf_of(client)})
    for item in NAV:
        response = client.get("/" if item == "overview" else f"/{item}")
        assert response.status_code == 200, item
        assert f'<html lang="{lang}">' in response.text
    overview = client.get("/").text
    assert ("Konten je Plattform" if lang == "de" else "Accounts per platform") in overview
    assert "tagesfoto_demo" in overview and "tagesfoto-demo.bsky.social" in overview
    growth = client.get("/accounts", params={"account": ACCOUNTS[1]}).text
    assert 'id="growth-followers"' in growth


def test_compare_page_shows_the_report_texts(demo_db: str) -> None:
    client = make_client(demo_db)
    page = client.get("/compare", params={"account": ACCOUNTS, "at": "2030-01-01"}).text
    assert re.search(r'data-key="n">88<', page)
    assert "Bluesky had more interactions in 65 of 88 pairs (74%), X in 22 (25%)" in page  # the report's words
    fragment = client.get("/compare", params={"account": ACCOUNTS, "at": "2030-01-01"},
                          headers={"HX-Request": "true", "HX-Target": "result"}).text
    assert "<html" not in fragment and 'id="compare-summary"' in fragment


def test_compare_downloads(demo_db: str) -> None:
    import io
    import zipfile

    client = make_client(demo_db)
    params = {"account": ACCOUNTS, "at": "2030-01-01"}
    report = client.get("/compare/download/html", params=params)
    assert report.status_code == 200 and "attachment" in report.headers["content-disposition"]
    names = set(zipfile.ZipFile(io.BytesIO(report.content)).namelist())
    assert {"index.html", "comparison.xlsx", "pairs_scatter.png"} <= names
    pairs = client.get("/compare/download/csv", params=params)
    assert pairs.content.startswith(b"a_native_id") and pairs.content.count(b"\n") == 89  # header + 88 pairs
    assert client.get("/compare/download/exe", params=params).status_code == 404


def test_entry_grid_checks_then_saves_in_one_transaction(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    client = make_client(db)
    token = csrf_of(client)
    names = re.findall(r'<th scope="col">([a-z_]+)</th>', client.get("/entry").text)
    assert names[:3] == ["platform", "post_url", "post_id"]

    def form(rows: list[dict[str, str]]) -> dict[str, str]:
        data = {"csrf_token": token}
        for r, row in enumerate(rows):
            for c, name in enumerate(names):
                data[f"c-{r}-{c}"] = row.get(name, "")
        return data

    good = {"platform": "x", "post_id": "1790000000000000001", "created_at": "2026-10-01 10:00",
            "observed_at": "2026-10-02 10:00", "likes": "12", "author": "alice"}
    bad = {**good, "post_id": "1790000000000000002", "likes": "zwölf"}
    checked = client.post("/entry/check", data=form([good, bad])).text
    assert "row 3" in checked and "likes" in checked and "grid" in checked
    refused = client.post("/entry", data=form([good, bad]), headers={"HX-Request": "true"}).text
    assert 'class="error"' in refused
    engine = sa.create_engine(f"sqlite:///{db}")
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT COUNT(*) FROM posts")).scalar_one() == 0  # nothing half-written
    assert "1 rows checked" in client.post("/entry/check", data=form([good])).text
    saved = client.post("/entry", data=form([good]), headers={"HX-Request": "true"}).text
    assert "Saved:" in saved and "1 snapshot added" in saved.replace(",", "")
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT likes FROM snapshots")).scalar_one() == 12


def test_triage_ranks_hides_names_and_stores_a_label(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    client = make_client(db, folders=(EXPORT.parent,))
    page = client.get("/triage", params={"export": str(EXPORT)}).text
    assert "Sender 1" in page and "Rico" not in page
    named = client.get("/triage", params={"export": str(EXPORT), "names": "true"}).text
    first = re.search(r'<td>([^<]+)</td>\s*<td class="num">1\.00', named)
    assert first and not first.group(1).startswith("Sender")
    key = re.search(r'name="sender" value="([^"]+)"', page).group(1)
    response = client.post("/triage/label", data={"export": str(EXPORT), "sender": key, "label": "spam",
                                                  "csrf_token": csrf_of(client)}, follow_redirects=True)
    assert response.status_code == 200
    assert 'value="spam" aria-label="Label Sender 1 as spam" aria-pressed="true"' in response.text
    from reichweite.jobs.automation import stored_labels
    from reichweite.store import open_store

    assert [(x.sender, x.label) for x in stored_labels(open_store(db))] == [(key, "spam")]
    outside = client.get("/triage", params={"export": "/etc"})
    assert outside.status_code == 403


def test_panel_and_polls_pages(demo_db: str) -> None:
    client = make_client(demo_db)
    panel = client.get("/panel", params={"name": "dax", "at": "2020-09-01"}).text
    assert "Wirecard" in panel  # a DAX member on that day (built-in membership history)
    polls = client.get("/polls").text  # the demo holds no polls
    assert 'class="poll"' not in polls and "Nothing yet." in polls


def test_watch_list_shown_edited_and_run(tmp_path: Path) -> None:
    from .conftest import appview, wait_for_job

    folder = tmp_path / "lists"
    folder.mkdir()
    watch = folder / "watch.toml"
    with appview() as (url, requests):
        good = (f'[plan]\npost_ages = ["1h", "7d"]\ntolerance = "2h"\naccounts_every = "1d"\n\n'
                f'[bluesky]\nappview = "{url}"\naccounts = ["tagesfoto-demo.bsky.social"]\n')
        watch.write_text(good, encoding="utf-8")
        client = make_client(str(tmp_path / "s.db"), folders=(folder,))
        page = client.get("/collect", params={"watch": str(watch)}).text
        assert "Measure at post ages 1h, 7d (tolerance 2h); account figures every 1d." in page
        assert "tagesfoto-demo.bsky.social" in page
        token = csrf_of(client)
        bad = client.post("/collect/watch", data={"watch": str(watch), "text": "[plan]\npost_ages = 7\n",
                                                  "csrf_token": token})
        assert bad.status_code == 422 and "post_ages" in bad.text
        assert watch.read_text(encoding="utf-8") == good  # a bad edit leaves the file as it was
        edited = good.replace('"1h", "7d"', '"1h", "24h", "7d"')
        saved = client.post("/collect/watch", data={"watch": str(watch), "text": edited, "csrf_token": token})
        assert saved.status_code == 200 and "post ages 1h, 1d, 7d" in saved.text
        assert watch.read_text(encoding="utf-8") == edited
        client.post("/collect/watch/run", data={"watch": str(watch), "csrf_token": token})
        job_id = client.get("/api/jobs").json()[0]["id"]
        job = wait_for_job(client, job_id)
        assert job["status"] == "done", job
        assert job["message"] == "watch.toml: 1 account(s) collected"
        assert requests
    outside = client.get("/collect", params={"watch": str(tmp_path / "other.toml")})
    assert outside.status_code == 403
