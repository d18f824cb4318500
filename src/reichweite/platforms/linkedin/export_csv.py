"""Reading the CSV files of LinkedIn's member data export: finding them in a zip or folder, their two layouts,
the Connections preamble, and the values (times, days) every file writes the same way."""

from __future__ import annotations

import csv
import functools
import io
import re
import zipfile
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path, PurePosixPath

from reichweite.archives import Archive
from reichweite.errors import InputError
from reichweite.timeutil import parse_datetime

FIELD_LIMIT = 64 * 1024 * 1024  # a long message or post is one CSV field; csv's default limit is 128 KiB


# --- the layouts -------------------------------------------------------------------------------------------------

# part → file name (lower case) and the columns of each layout, newest first
LAYOUTS: dict[str, tuple[str, dict[str, tuple[str, ...]]]] = {
    "connections": ("connections.csv", {
        "2024": ("First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"),
        "2022": ("First Name", "Last Name", "Email Address", "Company", "Position", "Connected On"),
    }),
    "invitations": ("invitations.csv", {
        "2024": ("From", "To", "Sent At", "Message", "Direction", "inviterProfileUrl", "inviteeProfileUrl"),
        "2022": ("From", "To", "Sent At", "Message", "Direction"),
    }),
    "messages": ("messages.csv", {
        "2024": ("CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO",
                 "RECIPIENT PROFILE URLS", "DATE", "SUBJECT", "CONTENT", "FOLDER"),
        "2022": ("CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO", "DATE", "SUBJECT",
                 "CONTENT", "FOLDER"),
    }),
    "shares": ("shares.csv", {
        "2024": ("Date", "ShareLink", "ShareCommentary", "SharedUrl", "MediaUrl", "Visibility"),
        "2022": ("Date", "ShareLink", "ShareCommentary", "SharedURL", "MediaURL", "Visibility"),
    }),
    "votes": ("votes.csv", {"any": ("Date", "Link", "OptionText")}),
    "reactions": ("reactions.csv", {"any": ("Date", "Type", "Link")}),
}
FILE_NAMES = tuple(name for name, _ in LAYOUTS.values())
# columns some exports add (messages: ATTACHMENTS since 2025, the draft flags since late 2024), read when present
OPTIONAL: dict[str, tuple[str, ...]] = {"messages": ("ATTACHMENTS", "IS MESSAGE DRAFT")}


class ExportTable:
    """A CSV file of the export: its header, layout and data rows with their line numbers."""

    def __init__(self, where: str, part: str, data: bytes) -> None:
        self.where = where
        self.part = part
        self.text = decode(where, data)
        self.layout = ""
        self.columns: dict[str, int] = {}
        self._starts = {cols[0].casefold() for cols in LAYOUTS[part][1].values()}
        self.records = list(self._read())

    def rows(self) -> list[tuple[int, dict[str, str]]]:
        return self.records

    def _read(self) -> Iterator[tuple[int, dict[str, str]]]:
        csv.field_size_limit(max(csv.field_size_limit(), FIELD_LIMIT))
        reader = csv.reader(io.StringIO(self.text, newline=""), strict=True)
        header: list[str] | None = None
        preamble = False
        last_line = 0
        try:
            for row in reader:
                start, last_line = last_line + 1, reader.line_num
                if header is None:
                    if not any(cell.strip() for cell in row):
                        preamble = False
                        continue
                    first = row[0].strip().lstrip("\ufeff")
                    if first.lower().startswith("notes:") or (preamble and first.casefold() not in self._starts):
                        preamble = True  # Connections.csv: "Notes:", a quoted paragraph, a blank line
                        continue
                    header = [cell.strip() for cell in row]
                    self._match_header(header, start)
                    continue
                if not any(cell.strip() for cell in row):
                    continue
                if len(row) > len(header) and any(cell.strip() for cell in row[len(header):]):
                    raise InputError(
                        self.where, f"{len(row)} fields but the header has {len(header)} columns", line=start
                    )
                cells = row + [""] * (len(header) - len(row))
                yield start, {name: cells[index] for name, index in self.columns.items()}
        except csv.Error as exc:
            raise InputError(self.where, f"not valid CSV ({exc})", line=reader.line_num) from None

    def _match_header(self, header: list[str], line: int) -> None:
        self._match_layout(header, line)
        folded = {name.casefold(): i for i, name in enumerate(header)}
        for name in OPTIONAL.get(self.part, ()):
            if name.casefold() in folded:
                self.columns[name] = folded[name.casefold()]

    def _match_layout(self, header: list[str], line: int) -> None:
        _, layouts = LAYOUTS[self.part]
        exact = {name: i for i, name in enumerate(header)}
        folded = {name.casefold(): i for i, name in enumerate(header)}
        for layout, expected in layouts.items():
            # Shares tells the layouts apart only by case (SharedURL / SharedUrl): try exact names first
            if all(name in exact for name in expected):
                self.layout, self.columns = layout, {name: exact[name] for name in expected}
                return
        for layout, expected in layouts.items():
            if all(name.casefold() in folded for name in expected):
                self.layout, self.columns = layout, {name: folded[name.casefold()] for name in expected}
                return
        wanted = " | ".join(
            f"{layout}: {','.join(cols)}" if layout != "any" else ",".join(cols) for layout, cols in layouts.items()
        )
        raise InputError(
            self.where, f"unexpected header {','.join(header)!r}; expected the columns {wanted}", line=line
        )


def decode(where: str, data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(where, "not UTF-8 text (LinkedIn exports are UTF-8)", line=line) from None


# --- finding the files -------------------------------------------------------------------------------------------

def export_files(path: Path) -> dict[str, tuple[str, Callable[[], bytes]]]:
    """part → (name shown to the user, reader of the bytes); names matched case-insensitively at any depth."""
    found: dict[str, tuple[str, str, Callable[[], bytes]]] = {}

    def offer(part: str, rel: str, where: str, read: Callable[[], bytes]) -> None:
        depth = rel.count("/")
        if part not in found or depth < found[part][0].count("/"):
            found[part] = (rel, where, read)

    parts = {name: part for part, (name, _) in LAYOUTS.items()}
    if path.is_file() and path.name.lower() in parts:  # a single file of the export
        archive = Archive.lone(path)
    elif path.is_file() and not zipfile.is_zipfile(path):
        raise InputError(path, "neither a zip file nor a folder of the LinkedIn data export")
    else:
        archive = Archive(path, sep="/")  # read lazily: only the parts found are unpacked, each under the limits
    for name in archive.names:
        part = parts.get(PurePosixPath(name).name.lower())
        if part:
            offer(part, name, archive.shown(name), lambda name=name: archive.read(name))
    if not found:
        raise InputError(
            path, f"no file of the LinkedIn member data export found (expected any of {', '.join(shown_names())})"
        )
    return {part: (where, read) for part, (_, where, read) in found.items()}


def shown_names() -> list[str]:
    return ["Connections.csv", "Invitations.csv", "messages.csv", "Shares.csv", "Votes.csv", "Reactions.csv"]


# --- values ------------------------------------------------------------------------------------------------------

def text_value(value: str) -> str:
    return value.replace("\r\n", "\n").replace("\r", "\n")


def optional(value: str) -> str | None:
    value = value.strip()
    return value or None


_ISO_TIME = re.compile(r"(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(?: UTC)?")
_US_TIME = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{2}|\d{4}), (\d{1,2}):(\d{2}) ([AP]M)")


def fast_time(s: str) -> datetime | None:
    """The two forms of nearly every row, without strptime's cost (a large export has 100,000s of rows)."""
    try:
        if m := _ISO_TIME.fullmatch(s):
            return datetime(*map(int, m.groups()), tzinfo=UTC)  # type: ignore[misc]
        if m := _US_TIME.fullmatch(s):
            month, day, year, hour, minute, half = m.groups()
            y = int(year)
            y += 0 if len(year) == 4 else (2000 if y < 69 else 1900)
            h = int(hour) % 12 + (12 if half == "PM" else 0)
            if int(hour) > 12:
                return None
            return datetime(y, int(month), int(day), h, int(minute), tzinfo=UTC)
    except ValueError:
        return None
    return None


def when(table: ExportTable, line: int, column: str, value: str, formats: tuple[str, ...], example: str) -> datetime:
    s = value.replace("\u202f", " ").replace("\u00a0", " ").strip()  # "5:57\u202fAM" as newer formatters write
    if (fast := fast_time(s)) is not None:
        return fast
    for fmt in formats:
        try:
            return datetime.strptime(s, fmt).replace(tzinfo=UTC)
        except ValueError:
            pass
    if s:
        try:
            return parse_datetime(s)
        except ValueError:
            pass
    raise InputError(table.where, f"{column} {value!r} is not a date/time like {example!r}", line=line)


@functools.lru_cache(maxsize=8192)
def _parse_day(s: str) -> date | None:
    for fmt in ("%d %b %Y", "%Y-%m-%d", "%m/%d/%y", "%m/%d/%Y"):
        try:
            return datetime.strptime(s, fmt).date()
        except ValueError:
            pass
    return None


def day_value(table: ExportTable, line: int, value: str) -> date | None:
    s = value.strip()
    if not s:
        return None
    if (day := _parse_day(s)) is not None:
        return day
    raise InputError(table.where, f"Connected On {value!r} is not a date like '09 Sep 2022'", line=line)
