"""Secrets never leave: an API that echoes the request (token, URL credentials, query tokens) in its error and data
bodies, credentials inside --api-url/--instance-url/--appview and a PostgreSQL URL with ?password=. Every output
(stdout, stderr), the store (the SQLite files, a pg_dump of PostgreSQL) and every report file is searched for the
secrets."""

from __future__ import annotations

import base64
import copy
import json
import shutil
import subprocess
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import sqlalchemy as sa

from reichweite.redact import origin, redact
from tests.support.appview import AppView, Fault, author_feed_items, profiles_by_actor
from tests.support.appview import serve as serve_appview
from tests.support.replay import MastodonReplay, ReplayServer, Reply, Request, XReplay, json_reply

from .conftest import run_main, store_at

TOKEN = "secret-token-123-planted"  # the X bearer token (environment)
URL_PASSWORD = "urlpass-planted-77"  # inside --api-url / --instance-url
QUERY_TOKEN = "qtok-planted-55"  # an access_token= query parameter an API echoes
PG_PASSWORD = "pgpass-planted-42"  # ?password= of the PostgreSQL URL
SECRETS = (TOKEN, URL_PASSWORD, QUERY_TOKEN, PG_PASSWORD)
X_USER = "BeatriceMazoyer"
MASTODON = "@mastodonpy_test@localhost:3000"
BSKY_DID, BSKY_HANDLE = "did:plc:5klvtukw5fucxsrkjldhrjxs", "yomguithereal.bsky.social"
NOW = "2026-08-01T15:00:00Z"


def _echo(request: Request, query: bool = True) -> str:
    """What an echoing server sends back: the request as it arrived, credentials and all. (Data bodies echo only
    what the client sent: its token and URL password; error bodies add a query token besides.)"""
    return (f"Request {request.path}{f'?access_token={QUERY_TOKEN}' if query else ''} with Authorization: "
            f"{request.headers.get('authorization')} from http://reichweite:{URL_PASSWORD}@client")


class Echoing:
    """A recorded platform server whose answers echo the request: in data (a user description, a status text) and,
    when asked, as an error or a non-JSON body on one path."""

    def __init__(self, inner) -> None:  # type: ignore[no-untyped-def]
        self.inner = inner
        self.broken: dict[str, str] = {}  # path prefix → "error" | "html"

    def __call__(self, request: Request) -> Reply:
        for prefix, how in self.broken.items():
            if request.path.startswith(prefix) and request.path.endswith(("/tweets", "/statuses")):
                if how == "error":
                    return json_reply({"title": "Forbidden", "detail": _echo(request), "error": _echo(request)}, 403)
                return Reply(200, f"<html><body>{_echo(request)}</body></html>", [("content-type", "text/html")])
        reply = self.inner(request)
        body = copy.deepcopy(reply.body)
        if isinstance(body, dict) and isinstance(body.get("data"), dict):
            body["data"]["description"] = _echo(request, query=False)  # an X user
        elif isinstance(body, dict) and "acct" in body:
            body["note"] = _echo(request, query=False)  # a Mastodon account
        elif isinstance(body, list) and body and isinstance(body[0], dict) and "content" in body[0]:
            body[0]["content"] = f"<p>{_echo(request, query=False)}</p>"  # a Mastodon status
        return Reply(reply.status, body, reply.headers, reply.delay)


@dataclass
class Outputs:
    texts: list[tuple[str, str]] = field(default_factory=list)

    def add(self, what: str, done: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
        self.texts += [(f"{what} stdout", done.stdout), (f"{what} stderr", done.stderr)]
        return done


def _basic() -> str:
    return "Basic " + base64.b64encode(f"reichweite:{URL_PASSWORD}".encode()).decode()


def _with_credentials(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://reichweite:{URL_PASSWORD}@{parts.netloc}{parts.path}"


def _pg_dump(url: str) -> str:
    """A plain-SQL dump of the store's database, from the real pg_dump of the test server's version."""
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_dump"), reverse=True)
    binary = str(candidates[0]) if candidates else shutil.which("pg_dump")
    assert binary, "pg_dump is not installed"
    parsed = sa.engine.make_url(url)
    done = subprocess.run([binary, "-h", parsed.host or "127.0.0.1", "-p", str(parsed.port), "-U",
                           parsed.username or "postgres", "--no-password", parsed.database or ""],
                          capture_output=True, text=True, check=True)
    return done.stdout


def _files(folder: Path) -> Iterator[tuple[str, bytes]]:
    """Every file below folder; a workbook unzipped into its members."""
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        yield str(path), data
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as book:
                for name in book.namelist():
                    yield f"{path}!{name}", book.read(name)


def _leaks(outputs: Outputs, folders: list[Path], dump: str | None) -> list[tuple[str, str]]:
    places: list[tuple[str, bytes]] = [(what, text.encode()) for what, text in outputs.texts]
    for folder in folders:
        places += list(_files(folder))
    if dump is not None:
        places.append(("pg_dump", dump.encode()))
    return [(where, secret) for where, data in places for secret in SECRETS if secret.encode() in data]


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[str, Path, str | None]:
    """(--db value, the folder holding the SQLite files, the PostgreSQL URL to dump)."""
    folder = tmp_path / "store"
    folder.mkdir()
    if request.param == "sqlite":
        return str(folder / "reichweite.db"), folder, None
    url = request.getfixturevalue("pg_url")
    plain = url.replace("postgresql+psycopg://", "postgresql://")
    return f"{plain}?password={PG_PASSWORD}", folder, url


def test_no_secret_reaches_an_output_the_store_or_a_report(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, store_folder, pg = store
    env = {"X_BEARER_TOKEN": TOKEN, "REICHWEITE_NOW": NOW}
    outputs = Outputs()
    x_replay = XReplay(TOKEN)
    x_replay.timeline(X_USER, [["1383055313276964865", "1383055194603323392"], ["1385164195260469248"]])
    x_echo = Echoing(x_replay)
    mastodon_replay = MastodonReplay()
    mastodon_echo = Echoing(mastodon_replay)
    appview = AppView(profiles=profiles_by_actor(), pages={None: (author_feed_items(BSKY_DID), None)})
    with ReplayServer(x_echo) as x_server, ReplayServer(mastodon_echo) as m_server, serve_appview(appview) as bsky:
        mastodon_replay.base = m_server.url
        x_url, m_url = _with_credentials(x_server.url) + "/2", _with_credentials(m_server.url)
        # Bluesky: a public AppView reached with URL credentials, once fine, once answering with an echo of them
        for answer in ("fine", "echo"):
            if answer == "echo":
                body = json.dumps({"error": "InvalidRequest", "message": _echo(Request(
                    "GET", "/xrpc/app.bsky.feed.getAuthorFeed", {}, {"authorization": _basic()}))})
                appview.fault("app.bsky.feed.getAuthorFeed", None, Fault(400, body.encode()))
            done = outputs.add(f"collect bluesky ({answer})", run_main(
                "collect", "bluesky", BSKY_HANDLE, "--appview", _with_credentials(bsky), "-q", "--db", db, env=env))
            assert (done.returncode == 0) == (answer == "fine"), done.stderr
        # 1. runs that work: the data bodies echo the token and the URL credentials
        done = outputs.add("collect x", run_main("collect", "x", X_USER, "--api-url", x_url, "--db", db, env=env))
        assert done.returncode == 0, done.stderr
        done = outputs.add("collect mastodon", run_main("collect", "mastodon", MASTODON, "--instance-url", m_url,
                                                   "--db", db, env=env))
        assert done.returncode == 0, done.stderr
        # a watch list naming the same servers with their credentials
        watch = tmp_path / "watch.toml"
        watch.write_text(f'[mastodon]\ninstance_url = "{m_url}"\naccounts = ["{MASTODON}"]\n\n'
                         f'[x]\napi_url = "{x_url}"\naccounts = ["{X_USER}"]\n', encoding="utf-8")
        done = outputs.add("collect --config", run_main("collect", "--config", str(watch), "--db", db, env=env))
        assert done.returncode == 0, done.stderr
        # 2. an API error body echoing the request, then a non-JSON body doing the same
        for how in ("error", "html"):
            x_echo.broken = {"/2/users/": how}
            mastodon_echo.broken = {"/api/v1/accounts/": how}
            done = outputs.add(f"collect x ({how})", run_main("collect", "x", X_USER, "--api-url", x_url, "--db", db,
                                                          env=env))
            assert done.returncode != 0 and "Traceback" not in done.stderr
            assert "HTTP 403" in done.stderr if how == "error" else "not valid JSON" in done.stderr
            done = outputs.add(f"collect mastodon ({how})", run_main("collect", "mastodon", MASTODON, "--instance-url",
                                                                m_url, "--db", db, env=env))
            assert done.returncode != 0 and "Traceback" not in done.stderr
            done = outputs.add(f"collect --config ({how})", run_main("collect", "--config", str(watch), "--db", db,
                                                                env=env))
            assert "Traceback" not in done.stderr
    # 3. what is shown and reported from the store
    reports = tmp_path / "reports"
    outputs.add("posts", run_main("posts", f"x:{X_USER}", "--json", "--db", db, env=env))
    outputs.add("accounts", run_main("accounts", "mastodon", "--json", "--db", db, env=env))
    done = outputs.add("compare", run_main("compare", f"x:{X_USER}", f"mastodon:{MASTODON}", "--at", NOW, "--window",
                                      "3650d", "--out", str(reports / "compare"), "--lang", "en", "--db", db,
                                      env=env))
    assert done.returncode in (0, 1), done.stderr
    outputs.add("polls", run_main("polls", "--out", str(reports / "polls"), "--db", db, env=env))
    for what, command in (("posts", ["posts", f"mastodon:{MASTODON}"]), ("accounts", ["accounts", "x"]),
                          ("compare", ["compare", f"x:{X_USER}", f"mastodon:{MASTODON}", "--at", NOW, "--window",
                                       "3650d"]), ("polls", ["polls"])):
        outputs.add(f"{what} table", run_main(*command, "--db", db, env=env))
        outputs.add(f"{what} csv", run_main(*command, "--format", "csv", "-o", str(reports / f"{what}.csv"),
                                            "--db", db, env=env))
    outputs.add("db info", run_main("db", "info", "--db", db, env=env))
    outputs.add("db upgrade", run_main("db", "upgrade", "--db", db, env=env))
    # 4. a database URL with a password that cannot be reached: the error line shows neither password
    unreachable = (f"postgresql://postgres:{PG_PASSWORD}@127.0.0.1:1/nowhere",
                   f"postgresql://postgres@127.0.0.1:1/nowhere?password={PG_PASSWORD}")
    for url in unreachable:
        done = outputs.add("unreachable db", run_main("accounts", "x", "--db", url, env=env))
        assert done.returncode != 0 and "Traceback" not in done.stderr and "nowhere" in done.stderr
    dump = _pg_dump(pg) if pg else None
    assert list(reports.rglob("*.xlsx")) and list(reports.rglob("*.html"))
    assert _leaks(outputs, [store_folder, reports], dump) == []
    # what was stored is still there, as far as it was no secret
    engine = sa.create_engine(pg or f"sqlite:///{db}")
    with engine.connect() as conn:
        runs = conn.execute(sa.text("SELECT status, message FROM collection_runs ORDER BY id")).all()
        origins = {r[0] for r in conn.execute(sa.text("SELECT origin FROM snapshots UNION "
                                                      "SELECT origin FROM account_snapshots"))}
        texts = [r[0] for r in conn.execute(sa.text("SELECT text FROM posts WHERE text LIKE '%Authorization%'"))]
    engine.dispose()
    statuses = [r[0] for r in runs]
    assert statuses[0] == "ok" and statuses.count("ok") >= 5 and {"partial", "failed"} & set(statuses)
    assert any("HTTP 403" in (r[1] or "") and "Authorization: ***" in r[1] for r in runs)
    assert origins and all(o.startswith("http://127.0.0.1:") and "?" not in o and "@" not in o for o in origins)
    # the status text that echoed the request keeps all but the credentials (Basic, from the URL's user:password)
    assert texts and all("Authorization: Basic ***" in t for t in texts)


def test_redaction_rules() -> None:
    assert redact(f"Authorization: Bearer {TOKEN}") == "Authorization: ***"
    assert redact(f'{{"detail": "you sent bearer {TOKEN}"}}') == '{"detail": "you sent bearer ***"}'
    assert redact(f"https://u:{URL_PASSWORD}@h/x?access_token={QUERY_TOKEN}&n=1") == \
        "https://u:***@h/x?access_token=***&n=1"
    assert redact(f"https://{TOKEN}@github.example/x") == "https://***@github.example/x"
    assert redact(f"postgresql://postgres@db:5432/x?password={PG_PASSWORD}") == \
        "postgresql://postgres@db:5432/x?password=***"
    assert redact(f"host=db password={PG_PASSWORD} user=x") == "host=db password=*** user=x"
    assert redact('{"access_token": "abc123", "token": null}') == '{"access_token": "***", "token": null}'
    # ordinary texts stay as they are
    for text in ("HTTP 401: Unauthorized", "Missing key: followers", "https://mastodon.social/@alice",
                 "https://api.x.com/2/users/by/username/x?user.fields=public_metrics", "tweets.js, row 5"):
        assert redact(text) == text
    assert origin(f"https://u:{URL_PASSWORD}@h.example:8443/api/v1/accounts/lookup?acct=a&token=1#f") == \
        "https://h.example:8443/api/v1/accounts/lookup"
    assert origin("tweets.js") == "tweets.js"


def test_a_known_secret_is_hidden_wherever_it_appears(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOME_API_TOKEN", "zz-env-secret-91")
    monkeypatch.setenv("XAUTHORITY", "/run/user/1000/Xauthority")  # a path, not a secret
    assert redact("a zz-env-secret-91 b") == "a *** b"
    assert redact("/run/user/1000/Xauthority") == "/run/user/1000/Xauthority"


def test_a_store_written_before_is_cleaned_when_opened(db_url: str) -> None:
    """A store of the schema before redaction, holding a leaked message and credential origins, is upgraded clean."""
    with store_at(db_url, "0001_core") as conn:
        conn.execute(sa.text(
            "INSERT INTO collection_runs (platform, target, started_at, status, message, items) VALUES "
            "('x', 'someone', '2024-01-01 00:00:00', 'failed', :m, 0)"),
            {"m": f"http://127.0.0.1/2/users: HTTP 401: Authorization: Bearer {TOKEN}"})
        conn.execute(sa.text("INSERT INTO posts (platform, native_id, author, kind, first_seen_at) VALUES "
                             "('x', '1', 'someone', 'post', '2024-01-01 00:00:00')"))
        for n, url in enumerate((f"http://me:{URL_PASSWORD}@h/2/tweets?ids=1",
                                 f"https://h/2/tweets?ids=1&access_token={QUERY_TOKEN}",
                                 "https://h/2/tweets?ids=1&tweet.fields=public_metrics")):
            conn.execute(sa.text("INSERT INTO snapshots (post_id, observed_at, source, origin) VALUES "
                                 f"(1, '2024-01-0{n + 1} 00:00:00', 'api', :o)"), {"o": url})
    from reichweite.store import open_store

    engine = open_store(db_url)
    with engine.connect() as conn:
        message = conn.execute(sa.text("SELECT message FROM collection_runs")).scalar_one()
        origins = [r[0] for r in conn.execute(sa.text("SELECT origin FROM snapshots ORDER BY observed_at"))]
    engine.dispose()
    assert message == "http://127.0.0.1/2/users: HTTP 401: Authorization: ***"
    assert origins == ["http://h/2/tweets", "https://h/2/tweets", "https://h/2/tweets?ids=1&tweet.fields=public_metrics"]


def test_a_web_job_keeps_no_secret_in_its_message(db_url: str) -> None:
    from reichweite.store import open_store
    from reichweite.store.job_state import create_job, finish_job, get_job

    engine = open_store(db_url)
    with engine.begin() as conn:
        job = create_job(conn, "collect", "mastodon @a@h")
        finish_job(conn, job, "failed",
                   message=f"http://u:{URL_PASSWORD}@h/api: HTTP 401: Authorization: Bearer {TOKEN}")
        record = get_job(conn, job)
    engine.dispose()
    assert record is not None and record.message == "http://u:***@h/api: HTTP 401: Authorization: ***"


@pytest.mark.postgres
def test_the_web_app_shows_no_database_password(pg_url: str) -> None:
    """`serve` names its store on start, and its pages show what the store holds: neither shows the password of
    a PostgreSQL URL, given as user:password@ or as ?password=."""
    import os
    import signal
    import sys
    import time

    import httpx

    from tests.support import SRC

    plain = pg_url.replace("postgresql+psycopg://", "postgresql://")
    url = plain.replace("postgres@", f"postgres:{PG_PASSWORD}@", 1) + f"?password={PG_PASSWORD}"
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "reichweite", "serve", "--db", url, "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
        env=dict(os.environ, PYTHONPATH=str(SRC)))
    try:
        pages = []
        deadline = time.time() + 60
        while not pages:
            try:
                pages = [httpx.get(f"http://127.0.0.1:{port}{path}", timeout=5).text
                         for path in ("/", "/api/jobs", "/api/openapi.json")]
            except httpx.HTTPError:
                assert time.time() < deadline and process.poll() is None, process.stderr.read()
                time.sleep(0.2)
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        out, err = process.communicate(timeout=30)
    assert "web app on" in err and "127.0.0.1" in err, err
    assert not [text for text in (out, err, *pages) if PG_PASSWORD in text]


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_a_failed_web_job_logs_no_secret(caplog: pytest.LogCaptureFixture) -> None:
    from reichweite.web.workers import log

    try:
        raise RuntimeError(f"GET http://me:{URL_PASSWORD}@h/api?access_token={QUERY_TOKEN} failed")
    except RuntimeError:
        log.exception("job %s failed: %s", "j1", f"Authorization: Bearer {TOKEN}")
    assert "job j1 failed" in caplog.text and "RuntimeError: GET http://me:***@h/api?access_token=***" in caplog.text
    assert not [s for s in SECRETS if s in caplog.text]


def test_the_firehose_recorder_keeps_no_credential_of_its_url(tmp_path: Path) -> None:
    """A relay reached with user:password@ and ?token=: the progress lines and the cursor file show neither."""
    import asyncio

    from reichweite.platforms.bluesky.jetstream_record import record_async
    from tests.platforms.bluesky.test_jetstream_record import ReplayServer as JetstreamReplay
    from tests.platforms.bluesky.test_jetstream_record import _events

    lines: list[str] = []

    async def scenario() -> JetstreamReplay:
        server = JetstreamReplay(_events(), drop_after=2)
        async with server as url:
            secret_url = url.replace("ws://", f"ws://reichweite:{URL_PASSWORD}@") + f"?token={QUERY_TOKEN}"
            await record_async(secret_url, tmp_path, collections=["app.bsky.feed.post"], rotate_events=2, limit=4,
                               backoff=0.05, log=lines.append)
        return server

    server = asyncio.run(scenario())
    assert len(server.requests) == 2 and any(line.startswith("connected: ws://reichweite:***@") for line in lines)
    files = [p.read_bytes() for p in tmp_path.iterdir() if p.is_file()]
    assert files and not [s for s in SECRETS for text in (*lines, *map(repr, files)) if s in text]
