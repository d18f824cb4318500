"""Hostile inputs built on the fly (synthetic, written for these tests): small files that unpack or parse into
gigabytes, and a way to run the CLI on them in a child process and measure its peak memory.

The bombs are the ones measured against earlier versions of the tool: a 1 MB X-archive zip unpacking to 1 GiB
(3.3 GB peak), a Mastodon archive whose outbox.json unpacks to 1 GiB (2.25 GB), a LinkedIn export of a
Connections.csv of newlines (200 s, 6.4 GB), a workbook with one cell at XFD1048576 (killed), one 200 MB
JSON line (3.7 GB in `automation accounts`), one line over 16 MB (aborted `languages`).
"""

from __future__ import annotations

import gzip
import os
import signal
import struct
import subprocess
import sys
import tempfile
import time
import zlib
from dataclasses import dataclass
from pathlib import Path

GIB, MIB = 1024**3, 1024**2
_CHUNK = MIB


def _deflated(head: bytes, fill: bytes, size: int) -> tuple[bytes, int, int]:
    """Raw deflate data of head + `size` bytes of `fill`, its CRC-32 and unpacked size, made in a second: one
    MiB block is compressed once after a full flush (which resets the compressor's history), so every further
    block's compressed bytes are the same and are repeated instead of compressed again."""
    block = fill * (_CHUNK // len(fill))
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    start = packer.compress(head) + packer.flush(zlib.Z_FULL_FLUSH)
    first = packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH)
    again = packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH)
    count = size // len(block)
    data = start + first + again * (count - 1) + packer.flush()
    crc = zlib.crc32(head)
    for _ in range(count):
        crc = zlib.crc32(block, crc)
    return data, crc, len(head) + count * len(block)


def _zip_padded(path: Path, members: dict[str, tuple[bytes, bytes, int]], extra: dict[str, bytes] | None = None,
                ) -> Path:
    """A zip (written field by field, as APPNOTE describes) whose members are head + `size` bytes of `fill`,
    deflated, and `extra` small members stored as they are."""
    entries = [(name, data, zlib.crc32(data), len(data), 0) for name, data in (extra or {}).items()]
    for name, (head, fill, size) in members.items():
        data, crc, unpacked = _deflated(head, fill, size)
        entries.append((name, data, crc, unpacked, 8))
    central, offset = b"", 0
    with path.open("wb") as out:
        for name, data, crc, unpacked, method in entries:
            encoded = name.encode()
            local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, method, 0, 0x5821, crc, len(data), unpacked,
                                len(encoded), 0) + encoded
            out.write(local)
            out.write(data)
            central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, method, 0, 0x5821, crc, len(data),
                                   unpacked, len(encoded), 0, 0, 0, 0, 0, offset) + encoded
            offset += len(local) + len(data)
        out.write(central)
        out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central), offset, 0))
    return path


def x_archive_bomb(folder: Path, size: int = GIB) -> Path:
    """An X archive zip whose data/tweets.js unpacks to `size` bytes of whitespace after the list's start."""
    manifest = (b'window.__THAR_CONFIG = {"userInfo": {"userName": "bomb"}, "dataTypes": {"tweets": {"files": '
                b'[{"fileName": "data/tweets.js"}]}}}')
    return _zip_padded(folder / "x-bomb.zip", {"data/tweets.js": (b"window.YTD.tweets.part0 = [", b" ", size)},
                       {"data/manifest.js": manifest})


def mastodon_bomb(folder: Path, size: int = GIB) -> Path:
    """A Mastodon archive zip whose outbox.json unpacks to `size` bytes."""
    head = b'{"type": "OrderedCollection", "orderedItems": ['
    return _zip_padded(folder / "mastodon-bomb.zip", {"outbox.json": (head, b" ", size)})


def linkedin_bomb(folder: Path, size: int = GIB) -> Path:
    """A LinkedIn export zip whose Connections.csv is a header and then `size` bytes of newlines."""
    head = b"First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    return _zip_padded(folder / "linkedin-bomb.zip", {"Connections.csv": (head, b"\n", size)})


def xlsx_far_cell(folder: Path) -> Path:
    """A workbook with a posts header and one cell at XFD1048576 (the last cell a sheet can have)."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["platform", "post_url", "observed_at", "likes"])
    sheet["XFD1048576"] = "x"
    path = folder / "far-cell.xlsx"
    book.save(path)
    return path


def long_line_jsonl(folder: Path, size: int, name: str = "long-line.jsonl.gz", fill: bytes = b"a") -> Path:
    """Two real-shaped Jetstream post events around one whose text is `size` bytes of `fill` (gzip-compressed
    when the name ends in .gz: small on disk). With fill=b'0,' the long value is a list of numbers, the costliest
    shape to parse."""
    def event(i: int, text: bytes) -> bytes:
        return (b'{"did":"did:plc:aaaa%d","time_us":%d,"kind":"commit","commit":{"rev":"r","operation":"create",'
                b'"collection":"app.bsky.feed.post","rkey":"3k%d","record":{"$type":"app.bsky.feed.post",'
                b'"createdAt":"2024-11-21T10:00:0%dZ","langs":["de"],"text":%s}}}\n'
                % (i, 1732183200000000 + i * 1_000_000, i, i, text))

    path = folder / name
    opener = gzip.open if name.endswith(".gz") else open
    with opener(path, "wb") as out:
        out.write(event(1, b'"Guten Morgen"'))
        head, tail = event(2, b"\x00").split(b"\x00")
        out.write(head + (b'"' if fill != b"0," else b'"x","pad":['))
        block = fill * (_CHUNK // len(fill))
        for _ in range(size // len(block)):
            out.write(block)
        out.write(b'"' if fill != b"0," else b"0]")
        out.write(tail)
        out.write(event(3, b'"Guten Abend"'))
    return path


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str
    peak_rss: int  # bytes, of the CLI process
    seconds: float


# A small waiter starts the CLI and reports the rusage wait4 gives for it. The CLI is not started from the test
# process itself: Linux counts the memory of the process a child was forked from (here pytest, which may hold
# hundreds of MB after a long suite) into that child's peak, and the waiter is small.
WAITER = """
import os, sys
pid = os.posix_spawn(sys.executable, [sys.executable, "-m", "reichweite", *sys.argv[2:]], os.environ)
_, status, usage = os.wait4(pid, 0)
with open(sys.argv[1], "w") as out:
    out.write(f"{usage.ru_maxrss} {os.waitstatus_to_exitcode(status)}")
"""


def run_measured(*args: str, cwd: Path, timeout: float = 300) -> Run:
    """`reichweite ARGS` in a child process: its exit code, output, own peak resident memory (the rusage wait4
    returns for exactly that process, taken by a small waiter) and wall time. A run past `timeout` is killed and
    fails the test."""
    env = {**os.environ, "COLUMNS": "200", "REICHWEITE_DB": str(cwd / "store.db")}
    report = cwd / f".rusage-{os.getpid()}-{time.monotonic_ns()}"
    start = time.monotonic()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen([sys.executable, "-c", WAITER, str(report), *args], cwd=cwd, env=env, stdout=out,
                                stderr=err, start_new_session=True)
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            raise AssertionError(f"reichweite {' '.join(args)} ran past {timeout} s and was killed") from None
        seconds = time.monotonic() - start
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(errors="replace"), err.read().decode(errors="replace")
    peak, code = (int(v) for v in report.read_text().split())
    report.unlink()
    return Run(code, stdout, stderr, peak * 1024, seconds)


def encrypted_zip(path: Path, name: str, data: bytes) -> Path:
    """A zip whose one member is marked encrypted (general purpose flag bit 0), as a password-protected export
    arrives."""
    import zipfile

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(name, data)
    raw = bytearray(path.read_bytes())
    raw[6] |= 1  # local file header
    central = raw.rfind(struct.pack("<I", 0x02014B50))
    raw[central + 8] |= 1  # central directory header
    path.write_bytes(bytes(raw))
    return path


def damaged_zip(path: Path, name: str, data: bytes) -> Path:
    """A zip whose one member's deflated bytes are overwritten in the middle (a broken download)."""
    import zipfile

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(name, data)
    raw = bytearray(path.read_bytes())
    start = 30 + len(name.encode())
    middle = start + (raw.rfind(struct.pack("<I", 0x02014B50)) - start) // 2
    raw[middle:middle + 16] = b"\xff" * 16
    path.write_bytes(bytes(raw))
    return path
