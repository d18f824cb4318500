"""`-o` naming a device or a pipe (`-o /dev/null`, `-o /dev/stdout`, a named pipe) is written into, never replaced
by a regular file: replacing /dev/null as root would break the machine for every other program."""

from __future__ import annotations

import json
import os
import stat
import threading
from pathlib import Path

from reichweite.outfiles import written_whole

from .conftest import run_main


def _read_pipe(path: Path, into: list[bytes]) -> threading.Thread:
    def read() -> None:
        with path.open("rb") as handle:
            into.append(handle.read())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    return reader


def test_a_pipe_is_written_into_and_stays_a_pipe(tmp_path: Path) -> None:
    pipe = tmp_path / "out.json"
    os.mkfifo(pipe)
    got: list[bytes] = []
    reader = _read_pipe(pipe, got)
    with written_whole(pipe) as temporary:
        temporary.write_text('{"a": 1}\n', encoding="utf-8")
    reader.join(10)
    assert got == [b'{"a": 1}\n']
    assert stat.S_ISFIFO(pipe.stat().st_mode)
    assert list(tmp_path.iterdir()) == [pipe]  # no temporary file left beside it


def test_a_failed_write_leaves_the_pipe_alone(tmp_path: Path) -> None:
    pipe = tmp_path / "out.csv"
    os.mkfifo(pipe)
    try:
        with written_whole(pipe) as temporary:
            temporary.write_text("half", encoding="utf-8")
            raise RuntimeError("stopped")
    except RuntimeError:
        pass
    assert stat.S_ISFIFO(pipe.stat().st_mode) and list(tmp_path.iterdir()) == [pipe]


def test_the_command_writes_its_json_into_a_named_pipe(tmp_path: Path) -> None:
    table = tmp_path / "posts.csv"
    table.write_text("platform,handle,post_url,created_at,observed_at,likes\n"
                     "bluesky,anna.bsky.social,https://bsky.app/profile/anna.bsky.social/post/3kabc,"
                     "2026-03-07 18:00,2026-03-08 09:00,12\n", encoding="utf-8")
    db = str(tmp_path / "store.db")
    assert run_main("import", "table", str(table), "--db", db).returncode == 0
    pipe = tmp_path / "posts.json"
    os.mkfifo(pipe)
    got: list[bytes] = []
    reader = _read_pipe(pipe, got)
    done = run_main("posts", "bluesky:anna.bsky.social", "--format", "json", "-o", str(pipe), "--db", db)
    reader.join(30)
    assert done.returncode == 0, done.stderr
    rows = json.loads(got[0])
    assert [row["likes"] for row in (rows if isinstance(rows, list) else rows["posts"])] == [12]
    assert stat.S_ISFIFO(pipe.stat().st_mode)
