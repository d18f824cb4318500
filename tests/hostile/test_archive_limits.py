"""Archives read under limits: zip bombs stop early with one line naming the member, the limit and the option;
encrypted and damaged members, and folder entries pointing outside the folder, are refused in one line."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest

from reichweite import limits
from reichweite.archives import Archive
from reichweite.errors import InputError
from reichweite.limits import LimitExceeded, Limits
from reichweite.platforms.linkedin.member_export import read_member_export
from reichweite.platforms.mastodon.archive import read_outbox
from reichweite.platforms.x.archive import read_x_archive

from .bombs import (
    MIB,
    damaged_zip,
    encrypted_zip,
    linkedin_bomb,
    mastodon_bomb,
    run_measured,
    x_archive_bomb,
)

FIXTURES = Path(__file__).parent.parent / "fixtures"
X_ARCHIVE = FIXTURES / "x_archive"
PEAK = 1_000_000_000  # bytes: every bomb is read with less than 1 GB


def _one_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


@pytest.mark.parametrize(("build", "command", "member"), [
    (x_archive_bomb, "x-archive", "x-bomb.zip:data/tweets.js"),
    (mastodon_bomb, "mastodon-archive", "mastodon-bomb.zip!outbox.json"),
    (linkedin_bomb, "linkedin-export", "linkedin-bomb.zip/Connections.csv"),
])
def test_a_1_mb_zip_unpacking_to_1_gib_stops_early_in_little_memory(tmp_path: Path, build, command: str,
                                                                     member: str) -> None:
    bomb = build(tmp_path)
    assert bomb.stat().st_size < 2 * MIB
    run = run_measured("import", command, str(bomb), cwd=tmp_path)
    assert run.returncode != 0
    line = _one_line(run.stderr)
    assert member in line and "100 times its packed size" in line and "--max-ratio" in line
    assert run.peak_rss < PEAK, f"peak {run.peak_rss / MIB:.0f} MiB"
    assert run.seconds < 60


def test_raising_the_ratio_leaves_the_member_size_limit(tmp_path: Path) -> None:
    bomb = x_archive_bomb(tmp_path, size=40 * MIB)
    with limits.use(Limits(ratio=100_000, member_size=20 * MIB)), pytest.raises(LimitExceeded) as caught:
        read_x_archive(bomb)
    assert "x-bomb.zip:data/tweets.js: unpacks to more than the size allowed for one member (limit 20 MB)" in str(
        caught.value)
    assert "--max-member-size" in str(caught.value) and "REICHWEITE_MAX_MEMBER_SIZE" in str(caught.value)


def test_the_archive_total_counts_every_member_read(tmp_path: Path) -> None:
    small = Limits(archive_size=5 * MIB)
    zipped = _zipped(X_ARCHIVE, tmp_path / "x.zip")
    with limits.use(small), Archive(zipped) as archive, pytest.raises(LimitExceeded, match=r"for one archive"):
        for _ in range(3):
            archive.read("data/tweets.js")  # 3.6 MB each


def test_options_raise_the_limits_on_the_command_line(tmp_path: Path) -> None:
    bomb = x_archive_bomb(tmp_path, size=40 * MIB)
    run = run_measured("--max-ratio", "100000", "--max-member-size", "20MB", "import", "x-archive", str(bomb),
                       cwd=tmp_path)
    assert "(limit 20 MB)" in _one_line(run.stderr) and run.returncode != 0
    run = run_measured("--max-ratio", "0", "import", "x-archive", str(bomb), cwd=tmp_path)
    assert run.returncode == 2 and "--max-ratio '0'" in _one_line(run.stderr)


def _zipped(folder: Path, target: Path) -> Path:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for file in sorted(folder.rglob("*")):
            if file.is_file():
                archive.write(file, file.relative_to(folder).as_posix())
    return target


def test_a_genuine_archive_reads_as_before_under_the_default_limits(tmp_path: Path) -> None:
    assert len(read_x_archive(_zipped(X_ARCHIVE, tmp_path / "x.zip")).posts) == 2045


def test_a_manifest_entry_leading_outside_the_folder_is_not_read(tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere"
    shutil.copytree(X_ARCHIVE / "data", outside / "data")
    folder = tmp_path / "archive" / "data"
    folder.mkdir(parents=True)
    manifest = (X_ARCHIVE / "data" / "manifest.js").read_text(encoding="utf-8")
    assert '"fileName" : "data/tweets.js"' in manifest
    (folder / "manifest.js").write_text(
        manifest.replace('"fileName" : "data/tweets.js"', '"fileName" : "../elsewhere/data/tweets.js"'),
        encoding="utf-8")
    with pytest.raises(InputError, match=r"points outside the folder"):
        read_x_archive(tmp_path / "archive")


def test_a_link_inside_a_folder_pointing_outside_is_not_read(tmp_path: Path) -> None:
    (tmp_path / "secret.txt").write_text("not part of the export")
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "Connections.csv").symlink_to(tmp_path / "secret.txt")
    with pytest.raises(InputError, match=r"points outside the folder"):
        read_member_export(folder)


OUTBOX = (b'{"type": "OrderedCollection", "orderedItems": [{"type": "Create", "actor": '
          b'"https://mastodon.social/users/alice", "published": "2024-11-21T10:00:00Z", "object": {"type": "Note", '
          b'"id": "https://mastodon.social/users/alice/statuses/1", "content": "<p>Hallo</p>"}}]}')


@pytest.mark.parametrize(("build", "problem"), [(encrypted_zip, "is encrypted"), (damaged_zip, "damaged")])
def test_encrypted_and_damaged_members_are_one_line(tmp_path: Path, build, problem: str) -> None:
    text = OUTBOX * 1 if build is encrypted_zip else OUTBOX.replace(b"Hallo", b"Hallo " * 5000)
    zipped = build(tmp_path / "archive.zip", "outbox.json", text)
    with pytest.raises(InputError, match=problem) as caught:
        read_outbox(zipped)
    assert "archive.zip!outbox.json" in str(caught.value)
    x_zip = build(tmp_path / "x.zip", "data/tweets.js", (X_ARCHIVE / "data" / "tweets.js").read_bytes())
    with pytest.raises(InputError, match=problem):
        read_x_archive(x_zip, handle="someone")
    run = run_measured("import", "mastodon-archive", str(zipped), cwd=tmp_path)
    assert problem in _one_line(run.stderr) and run.returncode != 0
