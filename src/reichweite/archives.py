"""Reading the members of an export — a zip, its unpacked folder, or a lone file — under the limits.

Every reader of an archive (X archive, Mastodon archive, LinkedIn member export) opens its members here, so a
zip bomb, an encrypted or corrupt member, or a folder entry pointing outside the folder (`../`) is caught once,
the same way: one InputError naming the member. Members are streamed (`open`, `open_text`); `read` returns the
bytes of a member that fits the limits. Zip members are checked against the sizes their directory declares before
a byte is unpacked, and counted while they are unpacked (the declared sizes may lie).
"""

from __future__ import annotations

import io
import lzma
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePosixPath
from typing import IO

from reichweite import limits as caps
from reichweite.errors import InputError, Said, os_reason
from reichweite.limits import RATIO_FLOOR, LimitExceeded, Limits

#: what zipfile and its decompressors raise on damaged, encrypted or unsupported members
MEMBER_ERRORS = (zipfile.BadZipFile, zlib.error, lzma.LZMAError, EOFError, OSError, RuntimeError,
                 NotImplementedError, ValueError)


def member_problem(exc: BaseException) -> Said:
    """What went wrong with a member, in a user's words."""
    text = str(exc)
    if isinstance(exc, RuntimeError) and "encrypted" in text:
        return Said("is encrypted (password-protected); unpack it with its password, or export it again without one",
                    "src.zip.encrypted")
    if isinstance(exc, NotImplementedError):
        return Said(f"uses a compression this tool cannot unpack ({text}); unpack the archive and give the folder",
                    "src.zip.compression", detail=text)
    if isinstance(exc, zipfile.BadZipFile) and "CRC" in text:
        return Said("is damaged (its checksum does not match); download the export again", "src.zip.crc")
    detail = f"{type(exc).__name__}: {text or 'damaged data'}"
    return Said(f"cannot be read from the archive ({detail}); download the export again", "src.zip.unreadable_member",
                detail=detail)


_TOO_LARGE_MEMBER = Said("unpacks to more than the size allowed for one member", "src.zip.member_size")
_TOO_LARGE_ARCHIVE = Said("unpacks to more than the size allowed for one archive", "src.zip.archive_size")


class _Counted(io.RawIOBase):
    """A member's bytes as they are unpacked, stopped at the member, ratio and archive limits."""

    def __init__(self, archive: Archive, name: str, stream: IO[bytes], packed: int | None):
        self._archive, self._name, self._stream, self._packed = archive, name, stream, packed
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        try:
            data = self._stream.read(len(buffer))
        except MEMBER_ERRORS as exc:
            raise InputError(self._archive.shown(self._name), member_problem(exc)) from None
        n = len(data)
        buffer[:n] = data
        self.count += n
        self._archive.unpacked += n
        self._archive.check(self._name, self.count, self._packed)
        return n

    def close(self) -> None:
        try:
            self._stream.close()
        finally:
            super().close()


class Archive:
    """The members of a zip, a folder, or a lone file (with chosen files beside it), read under `limits`.

    `names` are the members' paths inside (POSIX, relative); `shown(name)` is how a message names one
    (`export.zip<sep>data/tweets.js`, `folder/data/tweets.js`).
    """

    def __init__(self, path: str | Path, *, limits: Limits | None = None, sep: str = ":",
                 names: Iterable[str] | None = None):
        self.path = Path(path)
        self.limits = limits or caps.current()
        self.sep = sep
        self.unpacked = 0
        self.zip: zipfile.ZipFile | None = None
        self._infos: dict[str, zipfile.ZipInfo] = {}
        if names is not None:  # a folder of which only these files are members (a lone file and its siblings)
            self.root = self.path
            self.names = [n for n in names if (self.path / n).is_file()]
        elif self.path.is_dir():
            self.root = self.path
            self.names = sorted(p.relative_to(self.path).as_posix() for p in self.path.rglob("*") if p.is_file())
        elif self.path.is_file() and zipfile.is_zipfile(self.path):
            self.root = self.path
            try:
                self.zip = zipfile.ZipFile(self.path)
                infos = [i for i in self.zip.infolist() if not i.is_dir()]
            except (*MEMBER_ERRORS, KeyError) as exc:
                raise InputError(self.path, Said(f"not a readable zip archive ({type(exc).__name__}: {exc})",
                                                 "src.zip.unreadable", detail=f"{type(exc).__name__}: {exc}")) from None
            self._infos = {i.filename: i for i in infos}
            self.names = sorted(self._infos)
        elif self.path.is_file():
            raise InputError(self.path, Said("not a zip archive (and not a folder)", "error.not_a_zip"))
        else:
            raise InputError(self.path, Said("no such file or folder", "error.no_such_file"))

    @classmethod
    def lone(cls, file: str | Path, *, beside: Iterable[str] = (), limits: Limits | None = None) -> Archive:
        """A single file of an export, with those of `beside` that exist in its folder as further members."""
        file = Path(file)
        return cls(file.parent, limits=limits, names=[file.name, *beside])

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self.zip is not None:
            self.zip.close()

    def shown(self, name: str) -> str:
        return f"{self.path}{self.sep}{name}" if self.zip is not None else str(self.root / name)

    def __contains__(self, name: str) -> bool:
        return name in self._infos if self.zip is not None else name in self.names

    def check(self, name: str, size: int, packed: int | None) -> None:
        """Raise LimitExceeded when `size` unpacked bytes of `name` (and what the archive gave so far) are too
        many."""
        where, limit = self.shown(name), self.limits
        if packed is not None and size > RATIO_FLOOR and size > limit.ratio * max(packed, 1):
            raise LimitExceeded(where, Said(f"unpacks to more than {limit.ratio} times its packed size "
                                            f"({caps.shown_size(packed)}): a zip bomb, or a genuine file packed "
                                            "unusually tightly", "src.zip.ratio", ratio=str(limit.ratio),
                                            packed=caps.shown_size(packed)), "ratio", limit.ratio)
        if size > limit.member_size:
            raise LimitExceeded(where, _TOO_LARGE_MEMBER, "member_size", limit.member_size)
        if self.unpacked > limit.archive_size:
            raise LimitExceeded(self.path, _TOO_LARGE_ARCHIVE, "archive_size", limit.archive_size)

    def check_declared(self, name: str) -> None:
        """Check a zip member's declared sizes (and their running total) against the limits without unpacking it,
        for archives another library unpacks (an .xlsx workbook)."""
        info = self._infos.get(name)
        if info is not None:
            self.unpacked += info.file_size
            self.check(name, info.file_size, info.compress_size)

    def _inside(self, name: str) -> Path:
        """The file of a folder member; a name leading outside the folder (`../`, a link) is refused."""
        root = self.root.resolve()
        target = (self.root / name).resolve()
        if PurePosixPath(name).is_absolute() or not target.is_relative_to(root):
            raise InputError(self.shown(name), Said(f"points outside the folder {self.root}; only files inside the "
                                                    "export are read", "src.zip.outside", root=str(self.root)))
        return target

    def open(self, name: str) -> IO[bytes]:
        """A buffered stream of the member's bytes, unpacked as they are read, under the limits."""
        if self.zip is not None:
            info = self._infos.get(name)
            if info is None:
                raise InputError(self.shown(name), Said("missing from the archive", "src.zip.missing"))
            self.check(name, info.file_size, info.compress_size)
            if self.unpacked + info.file_size > self.limits.archive_size:
                raise LimitExceeded(self.path, _TOO_LARGE_ARCHIVE, "archive_size", self.limits.archive_size)
            try:
                stream: IO[bytes] = self.zip.open(info)
            except MEMBER_ERRORS as exc:
                raise InputError(self.shown(name), member_problem(exc)) from None
            packed: int | None = info.compress_size
        else:
            file = self._inside(name)
            try:
                size = file.stat().st_size
                self.check(name, size, None)
                stream = file.open("rb")
            except FileNotFoundError:
                raise InputError(self.shown(name), Said("missing from the folder", "src.zip.missing_folder")) from None
            except OSError as exc:
                raise InputError(self.shown(name), Said(f"cannot be read ({exc.strerror or exc})",
                                                        "src.zip.cannot_read", reason=os_reason(exc))) from None
            packed = None
        return io.BufferedReader(_Counted(self, name, stream, packed), buffer_size=1 << 20)

    def read(self, name: str) -> bytes:
        """The member's bytes (for formats that cannot be read piecemeal)."""
        with self.open(name) as stream:
            return stream.read()

    def open_text(self, name: str, encoding: str = "utf-8-sig") -> IO[str]:
        """The member as text, decoded as it is read (a decoding error surfaces as UnicodeDecodeError)."""
        return io.TextIOWrapper(self.open(name), encoding=encoding, newline="")


def capped_lines(stream: IO[bytes], max_size: int) -> Iterator[bytes | None]:
    """The lines of a binary stream (newline kept); a line longer than `max_size` bytes (newline not counted) is
    yielded as None, skipped piece by piece without ever being held whole."""
    while True:
        line = stream.readline(max_size + 1)
        if not line:
            return
        if len(line) <= max_size or line.endswith(b"\n") and len(line) == max_size + 1:
            yield line
            continue
        while line and not line.endswith(b"\n"):
            line = stream.readline(1 << 20)
        yield None
