"""Caps on what one input may cost: bytes unpacked from an archive, the compression ratio of a member, the length
of one JSON line, the cells of a workbook. A small hostile file (a zip bomb, a workbook claiming a cell at
XFD1048576, one 200 MB line) ends with one line naming the file, the limit and the option, never with the memory
of the machine.

The defaults are sized for the largest real exports (see docs/limits.md for how); a user with a larger one raises
a limit with the option the message names (`reichweite --max-member-size 4GB import …`) or its environment
variable. Readers take the limits in force with `current()`; the CLI sets them with `use()`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar, Token
from dataclasses import dataclass, replace

from reichweite.errors import InputError, Said, UsageError

KIB, MIB, GIB = 1024, 1024**2, 1024**3


@dataclass(frozen=True)
class Limits:
    """The caps in force. Sizes in bytes."""

    member_size: int = 1 * GIB  # one archive member (tweets.js, outbox.json, messages.csv) unpacked
    archive_size: int = 4 * GIB  # everything read from one archive, unpacked
    ratio: int = 100  # unpacked / packed size of one member, checked beyond RATIO_FLOOR
    line_size: int = 16 * MIB  # one line of a JSON Lines file
    cells: int = 20_000_000  # cells of one worksheet (rows × columns it spans)
    columns: int = 1_000  # columns one worksheet may span


#: below this many unpacked bytes a member may have any ratio (a small file of spaces compresses 1000:1)
RATIO_FLOOR = 16 * MIB

#: limit → (option, environment variable, what it caps) — the words of every limit message
OPTIONS: dict[str, tuple[str, str, str]] = {
    "member_size": ("--max-member-size", "REICHWEITE_MAX_MEMBER_SIZE", "size of one unpacked archive member"),
    "archive_size": ("--max-archive-size", "REICHWEITE_MAX_ARCHIVE_SIZE", "bytes unpacked from one archive"),
    "ratio": ("--max-ratio", "REICHWEITE_MAX_RATIO", "compression ratio of one archive member"),
    "line_size": ("--max-line-size", "REICHWEITE_MAX_LINE_SIZE", "length of one JSON line"),
    "cells": ("--max-cells", "REICHWEITE_MAX_CELLS", "cells of one worksheet"),
    "columns": ("--max-columns", "REICHWEITE_MAX_COLUMNS", "columns of one worksheet"),
}
SIZES = ("member_size", "archive_size", "line_size")

_current: ContextVar[Limits] = ContextVar("reichweite_limits", default=Limits())  # noqa: B039


def current() -> Limits:
    """The limits in force (the defaults unless a caller raised them with `use`)."""
    return _current.get()


@contextmanager
def use(limits: Limits) -> Iterator[Limits]:
    """Read with these limits inside the block."""
    token = _current.set(limits)
    try:
        yield limits
    finally:
        _current.reset(token)


def set_for_process(limits: Limits) -> Token[Limits]:
    """The CLI's way: the limits given as options hold until `reset(token)` at the end of the command."""
    return _current.set(limits)


def reset(token: Token[Limits]) -> None:
    _current.reset(token)


def with_values(base: Limits | None = None, **values: int | None) -> Limits:
    """`base` with the given limits replaced (None keeps a limit)."""
    return replace(base or Limits(), **{k: v for k, v in values.items() if v is not None})


_SIZE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*(B|KB|MB|GB|TB|KIB|MIB|GIB|TIB|K|M|G|T)?\s*", re.IGNORECASE)
_UNITS = {"": 1, "B": 1, "K": KIB, "KB": KIB, "KIB": KIB, "M": MIB, "MB": MIB, "MIB": MIB, "G": GIB, "GB": GIB,
          "GIB": GIB, "T": 1024 * GIB, "TB": 1024 * GIB, "TIB": 1024 * GIB}


def parse_size(option: str, text: str) -> int:
    """'4GB', '500 MB', '1.5G', '1048576' → bytes (units are binary: 1 KB = 1024 B)."""
    match = _SIZE.fullmatch(text)
    if not match or float(match.group(1)) <= 0:
        raise UsageError(Said(f"{option} {text!r}: use a size such as 4GB, 500MB or 1048576 (bytes)", "src.limit.size",
                              option=option, value=repr(text)))
    return int(float(match.group(1)) * _UNITS[(match.group(2) or "").upper()])


def parse_count(option: str, text: str) -> int:
    try:
        value = int(text.replace("_", "").replace(",", ""))
    except ValueError:
        value = 0
    if value <= 0:
        raise UsageError(Said(f"{option} {text!r}: use a whole number above 0", "src.limit.count", option=option,
                              value=repr(text)))
    return value


def shown_size(size: int) -> str:
    for unit, factor in (("GB", GIB), ("MB", MIB), ("KB", KIB)):
        if size >= factor:
            value = size / factor
            return f"{value:.0f} {unit}" if value == int(value) else f"{value:.1f} {unit}"
    return f"{size} B"


class LimitExceeded(InputError):
    """An input would cost more than a limit allows; names the file, the limit and the option raising it."""

    def __init__(self, where: object, what: str, limit: str, value: int, *, line: int | None = None,
                 row: int | None = None):
        option, env, _ = OPTIONS[limit]
        shown: str | int = shown_size(value) if limit in SIZES else (f"{value}:1" if limit == "ratio" else value)
        super().__init__(where, Said(f"{what} (limit {shown if isinstance(shown, str) else f'{value:,}'}); if the "
                                     f"file is genuine, raise the limit with `reichweite {option} …` or {env}",
                                     "src.limit.exceeded", what=what, limit=shown, option=option, env=env),
                         line=line, row=row)
        self.limit = limit
