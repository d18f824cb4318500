"""Errors the web app shows in its pages are in the page's language (the session's choice, else `serve --lang`);
the JSON API keeps the English text. Requests go through the whole app (its security middleware too)."""

from __future__ import annotations

import html
import re
from pathlib import Path

from .conftest import ORIGIN, csrf_of, make_client, wait_for_job

ERROR = re.compile(r'<p class="error" role="alert">(.*?)</p>', re.S)


def shown(text: str) -> str:
    found = ERROR.search(text)
    assert found, text[:500]
    return html.unescape(found.group(1))


def test_page_errors_in_german_and_english(tmp_path: Path) -> None:
    german = make_client(str(tmp_path / "s.db"), lang="de")
    english = make_client(str(tmp_path / "s.db"), lang="en")
    cases = [
        ("/compare?account=x:a&account=bluesky:b&at=2026-01-01&age=1d", 400,
         "Entweder ein Datum (at) oder ein Alter angeben, nicht beides.",
         "Give either a date (at) or an age, not both."),
        ("/compare?account=x:a&account=bluesky:b&age=bald", 400,
         "age: keine Dauer: 'bald' (z. B. 15m, 12h, 7d, 2w)",
         "age: not a duration: 'bald' (use e.g. 15m, 12h, 7d, 2w)"),
        ("/panel?at=kein-datum", 400,
         "at: 'kein-datum' ist kein Datum (z. B. 2023-11-21, 21.11.2023, 21.11.23 oder 2023-11-21 09:15, auch mit "
         "Zeitzone: UTC, +01:00)", "at: 'kein-datum' is not a date"),
        ("/jobs/fehlt", 404, "kein Auftrag 'fehlt'", "no job 'fehlt'"),
        ("/compare/download/pdf?account=x:a&account=bluesky:b", 404,
         "kein Download 'pdf': eines von xlsx, html, png, csv", "no download 'pdf': use xlsx, html, png, csv"),
    ]
    for url, status, de, en in cases:
        in_german, in_english = german.get(url), english.get(url)
        assert (in_german.status_code, in_english.status_code) == (status, status), url
        assert shown(in_german.text) == de
        assert shown(in_english.text).startswith(en)


def test_the_session_language_wins_and_the_api_stays_english(tmp_path: Path) -> None:
    client = make_client(str(tmp_path / "s.db"), lang="en")
    token = csrf_of(client)
    assert client.post("/lang", data={"lang": "de", "csrf_token": token}).status_code in (200, 303)
    assert shown(client.post("/lang", data={"lang": "fr", "csrf_token": token}).text) == "lang: de oder en angeben"
    page = client.get("/compare?account=x:a&account=bluesky:b&at=2026-01-01&age=1d")
    assert shown(page.text) == "Entweder ein Datum (at) oder ein Alter angeben, nicht beides."
    api = client.get("/api/jobs/fehlt")
    assert (api.status_code, api.json()) == (404, {"detail": "no job 'fehlt'"})
    api = client.post("/api/imports", files={"file": ("t.csv", b"x")}, data={"kind": "rss"},
                      headers={"X-CSRF-Token": token, "origin": ORIGIN})
    assert api.status_code == 422
    assert api.json()["detail"].startswith("kind 'rss': use one of ")


def test_upload_limit_and_csrf_in_the_page_language(tmp_path: Path) -> None:
    uploads = tmp_path / "uploads"
    uploads.mkdir()
    client = make_client(str(tmp_path / "s.db"), lang="de", upload_limit=3 * 1024 * 1024, upload_dir=uploads)
    token = csrf_of(client)
    big = b"a" * (4 * 1024 * 1024)
    page = client.post("/import", files={"file": ("t.csv", big)}, data={"csrf_token": token},
                       headers={"hx-request": "true"})
    assert (page.status_code, page.json()) == (413, {
        "detail": "Die Datei ist größer als die Grenze von 3 MiB (reichweite serve --upload-limit)."})
    api = client.post("/api/imports", files={"file": ("t.csv", big)}, headers={"X-CSRF-Token": token, "origin": ORIGIN})
    assert (api.status_code, api.json()) == (413, {
        "detail": "The upload is larger than the limit of 3 MiB (reichweite serve --upload-limit)."})
    page = client.post("/import", files={"file": ("t.csv", b"x")}, headers={"x-csrf-token": "falsch", "origin": ORIGIN,
                                                                            "hx-request": "true"})
    assert (page.status_code, page.json()) == (403, {
        "detail": "CSRF-Token fehlt oder ist falsch: die Seite neu laden und es noch einmal versuchen."})


def test_a_failed_job_is_said_in_the_language_of_the_page_that_started_it(tmp_path: Path) -> None:
    table = b"platform,handle\nx,\n"
    for lang, start in (("de", "fehlende Spalte(n) Stichtag"), ("en", "missing column(s) observed_at")):
        client = make_client(str(tmp_path / f"{lang}.db"), lang=lang)
        token = csrf_of(client)
        done = client.post("/import", files={"file": ("t.csv", table)}, data={"csrf_token": token},
                           headers={"hx-request": "true"})
        job_id = re.search(r'id="job-([0-9a-f]+)"', done.text)
        assert job_id, done.text
        job = wait_for_job(client, job_id.group(1))
        assert job["status"] == "failed"
        assert start in job["message"], job["message"]
        assert "t.csv, " + ("Zeile 1: " if lang == "de" else "row 1: ") in job["message"]


def test_a_form_value_of_the_wrong_type_in_german(tmp_path: Path) -> None:
    german = make_client(str(tmp_path / "s.db"), lang="de")
    page = german.get("/compare?account=x:a&quotes=vielleicht")
    assert (page.status_code, shown(page.text)) == (422, "quotes: kein Wahrheitswert (true oder false)")
    english = make_client(str(tmp_path / "s.db"), lang="en").get("/compare?account=x:a&quotes=vielleicht")
    assert (english.status_code, shown(english.text)) == (422, "quotes: Input should be a valid boolean, unable to "
                                                                "interpret input")


def test_a_job_a_restart_interrupted_is_said_in_the_page_language(tmp_path: Path) -> None:
    from reichweite.store import open_store
    from reichweite.store.job_state import INTERRUPTED, create_job, start_job

    db = str(tmp_path / "s.db")
    engine = open_store(db)
    with engine.begin() as conn:
        start_job(conn, create_job(conn, "import", "a.zip"))
    engine.dispose()
    german = make_client(db, lang="de")  # the app starting again
    assert german.get("/api/jobs").json()[0]["message"] == INTERRUPTED
    for page in ("/", "/import"):
        text = html.unescape(german.get(page).text)
        assert "abgebrochen: der Server wurde beendet, bevor dieser Auftrag fertig war" in text, page
        assert INTERRUPTED not in text
    assert INTERRUPTED in html.unescape(make_client(db, lang="en").get("/import").text)


def test_serve_says_where_it_listens_in_german(tmp_path: Path) -> None:
    """The real server, started under a German locale: its lines on stderr are German, the token shown whole."""
    import os
    import signal
    import subprocess
    import sys
    import time

    import httpx

    from tests.support import SRC

    from .conftest import free_port

    port = free_port()
    password = tmp_path / "passwort.txt"
    password.write_text("geheim-und-lang\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "REICHWEITE_DB")}
    process = subprocess.Popen(
        [sys.executable, "-m", "reichweite", "serve", "--db", str(tmp_path / "s.db"), "--port", str(port),
         "--folder", str(tmp_path), "--password-file", str(password)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
        env=dict(env, PYTHONPATH=str(SRC), LANG="de_DE.UTF-8"))
    try:
        deadline = time.time() + 60
        while True:
            try:
                httpx.get(f"http://127.0.0.1:{port}/login", timeout=5)
                break
            except httpx.HTTPError:
                assert time.time() < deadline and process.poll() is None, process.stderr.read()  # type: ignore[union-attr]
                time.sleep(0.2)
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        _, err = process.communicate(timeout=30)
    lines = err.splitlines()
    assert lines[0] == f"reichweite-Web-App unter http://127.0.0.1:{port}/ (Datenbank: sqlite:///{tmp_path / 's.db'})"
    token = [line for line in lines if line.startswith("API-Token (zu senden als 'Authorization: Bearer …'): ")]
    assert token and len(token[0].rsplit(" ", 1)[1]) >= 20, err
    assert f"Ordner, die die App lesen darf: {tmp_path.resolve()}" in lines
    assert "Beenden mit Strg+C." in lines
