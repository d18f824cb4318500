"""Bad stores and bad options end in one clear line naming the store or option and what was expected, exit 1
(runtime) or 2 (usage), nothing half-written: a non-database --db, a store of a newer schema, a read-only store, NUL
in texts, --out that is a file / a read-only folder / /dev/null, absurd durations, out-of-range thresholds, unknown
report languages, a tiny memory limit, an absurd rate-limit reset."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
import subprocess
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from reichweite.store import open_store
from reichweite.store.db import resolve_url
from tests.support import FIXTURES
from tests.support.cli import TOKEN
from tests.support.replay import ReplayServer, Reply, XReplay

from .conftest import one_line_error, run_main

HANDLE = "@anna@det.social"
ACTOR = "https://det.social/users/anna"


def _outbox(tmp_path: Path, text: str) -> Path:
    note = {"id": f"{ACTOR}/statuses/1", "type": "Note", "published": "2026-03-01T09:00:00Z",
            "url": "https://det.social/@anna/1", "to": ["https://www.w3.org/ns/activitystreams#Public"],
            "content": f"<p>{text}</p>", "summary": f"CW {text}"}
    outbox = {"type": "OrderedCollection", "orderedItems": [
        {"id": f"{ACTOR}/statuses/1/activity", "type": "Create", "actor": ACTOR, "published": note["published"],
         "to": note["to"], "object": note}]}
    path = tmp_path / "outbox.json"
    path.write_text(json.dumps(outbox), encoding="utf-8")
    return path


def _posts(db_url: str) -> list[tuple]:
    engine = open_store(db_url)
    with engine.connect() as conn:
        rows = [tuple(r) for r in conn.execute(sa.text("SELECT text, content_warning FROM posts"))]
    engine.dispose()
    return rows


def test_a_file_that_is_no_database(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("meine Notizen\n", encoding="utf-8")
    done = run_main("posts", f"mastodon:{HANDLE}", "--db", str(notes))
    assert done.returncode == 1
    one_line_error(done, f"--db {notes}", "not a reichweite store")
    assert notes.read_text(encoding="utf-8") == "meine Notizen\n"
    done = run_main("posts", f"mastodon:{HANDLE}", "--db", str(tmp_path))
    assert done.returncode == 2
    one_line_error(done, f"--db {tmp_path}", "is a folder")


@pytest.mark.postgres
def test_a_database_server_that_does_not_answer() -> None:
    done = run_main("posts", f"mastodon:{HANDLE}", "--db", "postgresql://reichweite@127.0.0.1:1/store")
    assert done.returncode == 1
    one_line_error(done, "--db postgresql://reichweite@127.0.0.1:1/store", "cannot open the store")


def test_a_store_of_a_newer_schema_is_left_alone(db_url: str) -> None:
    engine = open_store(db_url)
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '9999_future' "
                             "WHERE version_num = (SELECT min(version_num) FROM alembic_version)"))
        before = sorted(r[0] for r in conn.execute(sa.text("SELECT version_num FROM alembic_version")))
    engine.dispose()
    done = run_main("posts", f"mastodon:{HANDLE}", "--db", db_url)
    assert done.returncode == 1
    one_line_error(done, "--db", "9999_future", "newer version")
    engine = sa.create_engine(resolve_url(db_url))
    with engine.connect() as conn:
        assert sorted(r[0] for r in conn.execute(sa.text("SELECT version_num FROM alembic_version"))) == before
    engine.dispose()


@contextlib.contextmanager
def _read_only(db_url: str, tmp_path: Path) -> Iterator[str]:
    """The store made read-only the way a user meets it; yields its --db. SQLite: a copy of the file in a folder
    nobody may write (as root: immutable, root ignores permissions), as on read-only media. PostgreSQL: a database
    whose transactions are read-only."""
    if "://" in db_url:
        admin = sa.create_engine(resolve_url(db_url), isolation_level="AUTOCOMMIT")
        name = sa.engine.make_url(resolve_url(db_url)).database
        with admin.connect() as conn:
            conn.execute(sa.text(f'ALTER DATABASE "{name}" SET default_transaction_read_only = on'))
        try:
            yield db_url
        finally:
            with admin.connect() as conn:
                conn.execute(sa.text("SET default_transaction_read_only = off"))
                conn.execute(sa.text(f'ALTER DATABASE "{name}" SET default_transaction_read_only = off'))
            admin.dispose()
        return
    with contextlib.closing(sqlite3.connect(db_url)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # what earlier runs wrote is in the file itself
    media = tmp_path / "media"
    media.mkdir()
    copy = media / "reichweite.db"
    shutil.copyfile(db_url, copy)
    if os.geteuid() != 0:
        copy.chmod(0o444)
        media.chmod(0o555)
    elif subprocess.run(["chattr", "+i", str(copy), str(media)], capture_output=True).returncode != 0:
        pytest.skip("cannot make a file read-only for root here (chattr +i not permitted)")
    try:
        yield str(copy)
    finally:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(copy), str(media)], check=True)
        media.chmod(0o755)
        copy.chmod(0o644)


def test_a_read_only_store_can_be_read_and_refuses_writes_in_one_line(tmp_path: Path, db_url: str) -> None:
    assert run_main("import", "mastodon-archive", str(_outbox(tmp_path, "erster")), "--db", db_url).returncode == 0
    second = tmp_path / "second"
    second.mkdir()
    with _read_only(db_url, tmp_path) as store:
        listed = run_main("posts", f"mastodon:{HANDLE}", "--json", "--at", "2026-04-01", "--db", store)
        assert listed.returncode == 0, listed.stderr
        assert [p["text"] for p in json.loads(listed.stdout)] == ["erster"]
        outbox = _outbox(second, "zweiter").read_text(encoding="utf-8").replace("statuses/1", "statuses/2")
        (second / "outbox.json").write_text(outbox.replace("@anna/1", "@anna/2"), encoding="utf-8")
        done = run_main("import", "mastodon-archive", str(second / "outbox.json"), "--db", store)
        assert done.returncode == 1
        one_line_error(done, "--db", "read-only", "nothing was written")
        assert [r[0] for r in _posts(store)] == ["erster"] if "://" in store else True
    assert [r[0] for r in _posts(db_url)] == ["erster"]


def test_nul_characters_in_texts_are_stored_on_both_backends(tmp_path: Path, db_url: str) -> None:
    done = run_main("import", "mastodon-archive", str(_outbox(tmp_path, "vor\x00nach")), "--db", db_url)
    assert done.returncode == 0, done.stderr
    assert _posts(db_url) == [("vor\ufffdnach", "CW vor\ufffdnach")]


def test_out_must_be_a_folder_that_can_be_written(tmp_path: Path) -> None:
    db = str(tmp_path / "store.db")
    existing = tmp_path / "report.html"
    existing.write_text("keep me", encoding="utf-8")
    cases = [(existing, "is a file"), (Path("/dev/null"), "is a device")]
    locked = tmp_path / "locked"
    locked.mkdir()
    if os.geteuid() != 0:
        locked.chmod(0o555)
        cases.append((locked / "report", "cannot write into"))
    elif subprocess.run(["chattr", "+i", str(locked)], capture_output=True).returncode == 0:
        cases.append((locked / "report", "cannot write into"))
    try:
        for out, expected in cases:
            for command in (["compare", "x:a", "bluesky:b.bsky.social"], ["polls"]):
                done = run_main(*command, "--out", str(out), "--db", db)
                assert done.returncode == 2
                one_line_error(done, f"--out {out}", expected)
    finally:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(locked)], capture_output=True)
        locked.chmod(0o755)
    assert existing.read_text(encoding="utf-8") == "keep me"
    assert not (locked / "report").exists() and not Path(db).exists()


@pytest.mark.parametrize("args, needle", [
    (["compare", "x:a", "x:b", "--window", "99999999999d"], "--window"),
    (["compare", "x:a", "x:b", "--age", "99999999999d"], "--age"),
    (["compare", "x:a", "x:b", "--fuzzy-threshold", "-5"], "--fuzzy-threshold -5"),
    (["compare", "x:a", "x:b", "--lang", "xx"], "--lang 'xx'"),
    (["polls", "--lang", "xx"], "--lang 'xx'"),
    (["polls", "--visibility", "everyone"], "--visibility"),
])
def test_absurd_options_are_refused_before_anything_runs(tmp_path: Path, args: list[str], needle: str) -> None:
    db = tmp_path / "never.db"
    done = run_main(*args, "--db", str(db))
    assert done.returncode == 2
    one_line_error(done, needle, "expected" if "--window" not in needle and "--age" not in needle else "too long")
    assert not db.exists()


def test_languages_report_language_and_memory_limit(tmp_path: Path) -> None:
    events = str(FIXTURES / "languages" / "golden_v1.jsonl")
    done = run_main("languages", events, "--report-lang", "xx", "--out", str(tmp_path / "out"))
    assert done.returncode == 2
    one_line_error(done, "--report-lang 'xx'", "expected de or en")
    done = run_main("languages", events, "--memory-limit", "1KB", "--detect", "none", "--out", str(tmp_path / "out"))
    assert done.returncode == 2
    one_line_error(done, "--memory-limit '1KB'", "too small")
    assert not (tmp_path / "out").exists()


def test_a_rate_limit_reset_beyond_any_calendar(tmp_path: Path) -> None:
    replay = XReplay(TOKEN)
    replay.timeline("BeatriceMazoyer", [["1383055313276964865"]])
    with ReplayServer(replay) as server:
        server.fail("/2/users/by", Reply(429, {"title": "Too Many Requests"}, [
            ("content-type", "application/json"), ("x-rate-limit-remaining", "0"),
            ("x-rate-limit-reset", "99999999999999999999")]))
        done = run_main("collect", "x", "BeatriceMazoyer", "--api-url", server.url + "/2", "--db",
                        str(tmp_path / "x.db"), env={"X_BEARER_TOKEN": TOKEN})
    assert done.returncode == 1
    one_line_error(done, "Rate limit reached", "run the same command again later")


def test_a_zip_named_as_store_is_no_store(tmp_path: Path) -> None:
    """A workbook or archive given as --db by mistake is refused, and left as it was."""
    archive = tmp_path / "figures.xlsx"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
    data = archive.read_bytes()
    done = run_main("posts", f"mastodon:{HANDLE}", "--db", str(archive))
    assert done.returncode == 1
    one_line_error(done, str(archive), "not a reichweite store")
    assert archive.read_bytes() == data
