"""The commands end to end, as a user runs them: one summary line, exit 2 with one line on bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from reichweite.cli import main
from tests.support import FIXTURES, SRC
from tests.support.appview import AppView, Fault, author_feed_items, profiles_by_actor, serve

X_ARCHIVE = FIXTURES / "x_archive"
DID = "did:plc:5klvtukw5fucxsrkjldhrjxs"


def subprocess_run(*args: str | Path, db: Path) -> subprocess.CompletedProcess[str]:
    """The real entry point in a fresh interpreter."""
    env = {**os.environ, "PYTHONPATH": str(SRC), "REICHWEITE_DB": str(db)}
    return subprocess.run([sys.executable, "-m", "reichweite", *map(str, args)], capture_output=True, text=True,
                          env=env, timeout=120)


@dataclass
class Ran:
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    """main() in this process with the given argv: what `reichweite …` prints and its exit code."""

    def _run(*args: str | Path, db: Path) -> Ran:
        monkeypatch.setenv("REICHWEITE_DB", str(db))
        monkeypatch.setattr(sys, "argv", ["reichweite", *map(str, args)])
        code = 0
        try:
            main()
        except SystemExit as exc:
            code = int(exc.code or 0)
        out = capsys.readouterr()
        return Ran(code, out.out, out.err)

    return _run


def test_import_x_archive_twice(tmp_path: Path, run) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "r.db"
    first = run("import", "x-archive", X_ARCHIVE, db=db)
    second = run("import", "x-archive", X_ARCHIVE / "data" / "tweets.js", db=db)
    assert first.returncode == 0 and second.returncode == 0
    assert first.stdout.startswith("x-archive milahu104: 2,045 posts (2,045 new, 0 known;")
    assert "2,045 snapshots added, observed_at 2026-03-06 13:15:31 UTC" in first.stdout
    assert "(0 new, 2,045 known" in second.stdout and "0 snapshots added" in second.stdout
    broken = tmp_path / "tweets.js"
    broken.write_text((X_ARCHIVE / "data" / "tweets.js").read_text(encoding="utf-8")[:5000], encoding="utf-8")
    bad = subprocess_run("import", "x-archive", broken, "--handle", "milahu104", db=db)
    assert bad.returncode == 1 and bad.stdout == ""
    assert bad.stderr.count("\n") == 1 and bad.stderr.startswith(f"Error: {broken}, line ")


def test_template_then_import_table(tmp_path: Path, run) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "r.db"
    out = run("template", "accounts", tmp_path / "a.csv", db=db)
    assert out.returncode == 0 and "reichweite import table" in out.stderr and out.stdout == ""
    with (tmp_path / "a.csv").open("a", encoding="utf-8") as f:
        f.write('xing,beispiel,2026-03-08 09:00,"1,2 Mio.",10,\n')
    done = run("import", "table", tmp_path / "a.csv", db=db)
    again = run("import", "table", tmp_path / "a.csv", db=db)
    assert done.stdout.strip() == ("table a.csv: accounts: 1 row, 1 account, 1 account snapshot added; "
                                   "observed_at 2026-03-08 08:00 UTC (from the observed_at column)")
    assert "0 account snapshots added" in again.stdout
    bad = run("template", "posts", tmp_path / "p.txt", db=db)
    assert bad.returncode == 2 and "give a file name ending in" in bad.stderr


def test_collect_bluesky_fails_then_resumes(tmp_path: Path, run) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "r.db"
    items = author_feed_items(DID)
    app = AppView(profiles=profiles_by_actor(), pages={None: (items[:3], "c1"), "c1": (items[3:], None)})
    app.fault("app.bsky.feed.getAuthorFeed", "c1", Fault(200, b"<html>maintenance</html>"))
    with serve(app) as url:
        failed = run("collect", "bluesky", "yomguithereal.bsky.social", "--appview", url, db=db)
        resumed = run("collect", "bluesky", "yomguithereal.bsky.social", "--appview", url, "--resume", db=db)
        missing = run("collect", "bluesky", "nobody.invalid", "--appview", url, db=db)
    assert failed.returncode == 1 and "1 posts of yomguithereal.bsky.social were saved" in failed.stderr
    assert "add --resume" in failed.stderr
    assert resumed.returncode == 0, resumed.stderr
    assert resumed.stdout.startswith("bluesky yomguithereal.bsky.social (resumed from the saved cursor): ok; 4 posts "
                                     "read in 1 page")
    assert "(4 new, 0 known)" in resumed.stdout
    assert missing.returncode == 1 and "no Bluesky account 'nobody.invalid'" in missing.stderr
    assert "Profile not found" in missing.stderr


def test_collect_db_before_the_subcommand_is_used(tmp_path: Path, run) -> None:  # type: ignore[no-untyped-def]
    """`reichweite collect --db other.db bluesky …` writes to other.db, not to the default store."""
    default, chosen = tmp_path / "default.db", tmp_path / "chosen.db"
    items = author_feed_items(DID)
    app = AppView(profiles=profiles_by_actor(), pages={None: (items, None)})
    with serve(app) as url:
        ran = run("collect", "--db", chosen, "bluesky", "yomguithereal.bsky.social", "--appview", url, db=default)
    assert ran.returncode == 0, ran.stderr
    listed = run("posts", "bluesky:yomguithereal.bsky.social", "--json", db=chosen)
    assert ran.stdout.startswith("bluesky yomguithereal.bsky.social: ok; 5 posts read"), ran.stdout
    assert len(json.loads(listed.stdout)) == 5
    assert not default.exists()
