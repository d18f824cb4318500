"""Files and folders the tool writes to: never over a file the user did not give up, never half-written."""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from reichweite.errors import ConfigError, Said, UsageError, os_reason


def new_file(path: str | Path, *, force: bool = False, what: str = "file") -> Path:
    """`path` as a file to create: an existing file is refused unless `force`; a folder or device always is."""
    path = Path(path)
    if path.exists() or path.is_symlink():
        if not path.is_file():
            raise UsageError(Said(f"{path}: not a regular file (expected the name of a {what} to write)",
                                  "error.not_a_file" if what == "file" else f"opt.not_a_{what}", path=str(path)))
        if not force:
            raise UsageError(Said(f"{path}: the file exists; give another name, or add --force to replace it",
                                  "error.exists", path=str(path)))
    return path


def out_folder(path: str | Path, *, option: str = "--out") -> Path:
    """Check the folder `option` names before anything is computed: an existing file or a device is refused, and so
    is a folder (or, when it does not exist yet, the folder it would be made in) where no file can be written — tried
    for real, as permissions alone do not tell (read-only mounts, immutable folders, root). Nothing is created."""
    path = Path(path)
    if path.exists() and not path.is_dir():
        mode = path.stat().st_mode
        kind = "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "a file"
        raise UsageError(Said(f"{option} {path}: is {kind}; expected a folder to write the report into",
                              f"opt.out_is_{kind.split()[1]}", option=option, path=str(path)))
    probe = path
    while not probe.exists():
        probe = probe.parent
    if not probe.is_dir():
        raise UsageError(Said(f"{option} {path}: {probe} is a file; expected a folder to write the report into",
                              "opt.out_in_file", option=option, path=str(path), probe=str(probe)))
    try:
        with tempfile.TemporaryFile(dir=probe):
            pass
    except OSError as exc:
        reason = os_reason(exc)
        raise UsageError(Said(f"{option} {path}: cannot write into {probe} ({reason})", "opt.out_unwritable",
                              option=option, path=str(path), probe=str(probe), reason=reason)) from None
    return path


@contextmanager
def written_whole(path: str | Path) -> Iterator[Path]:
    """Yield a temporary path beside `path`; when the block succeeds it replaces `path` in one step, when it fails
    it is removed, so `path` is either the old file or the complete new one. A device or pipe (`-o /dev/null`,
    `-o /dev/stdout`) is written into, never replaced: the finished file is copied into it."""
    path = Path(path)
    if _is_stream(path):
        with _streamed_into(path) as temporary:
            yield temporary
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=path.suffix, dir=path.parent)
    except OSError as exc:
        reason = os_reason(exc)
        raise ConfigError(Said(f"{path}: cannot write here ({reason})", "error.cannot_write", path=str(path),
                               reason=reason)) from None
    os.close(fd)
    temporary = Path(name)
    try:
        yield temporary
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _is_stream(path: Path) -> bool:
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return stat.S_ISCHR(mode) or stat.S_ISBLK(mode) or stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode)


@contextmanager
def _streamed_into(path: Path) -> Iterator[Path]:
    """A temporary file in the system's temporary folder, copied into the device or pipe once it is complete."""
    fd, name = tempfile.mkstemp(prefix=".reichweite.", suffix=path.suffix)
    os.close(fd)
    temporary = Path(name)
    try:
        yield temporary
        with temporary.open("rb") as source, path.open("wb") as target:
            shutil.copyfileobj(source, target)
    finally:
        temporary.unlink(missing_ok=True)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
