"""Reading the CSV files of LinkedIn's member data export: finding them in a zip or folder, their layouts from 2018
to today, the Connections preamble, Excel re-saves (another encoding, `;` or tabs, other date spellings), and the
values (times, days) every file writes the same way."""

from __future__ import annotations

import csv
import functools
import io
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path, PurePosixPath

from reichweite.archives import Archive
from reichweite.errors import InputError, Said
from reichweite.textfile import decode_text, excel_sep_line, guess_delimiter
from reichweite.timeutil import DateError, parse_moment, read_moment

FIELD_LIMIT = 64 * 1024 * 1024  # a long message or post is one CSV field; csv's default limit is 128 KiB


# --- the layouts -------------------------------------------------------------------------------------------------

# part → file name (lower case) and the columns of each layout, newest first. The 2018 messages layout has no
# conversation ids and says the direction itself; 2020 is the one between (no profile URLs at all).
LAYOUTS: dict[str, tuple[str, dict[str, tuple[str, ...]]]] = {
    "connections": ("connections.csv", {
        "2024": ("First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"),
        "2022": ("First Name", "Last Name", "Company", "Position", "Connected On"),
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
        "2020": ("CONVERSATION ID", "CONVERSATION TITLE", "FROM", "TO", "DATE", "SUBJECT", "CONTENT", "FOLDER"),
        "2018": ("From", "To", "Date", "Subject", "Content", "Direction", "Folder"),
    }),
    "shares": ("shares.csv", {
        "2024": ("Date", "ShareLink", "ShareCommentary", "SharedUrl", "MediaUrl", "Visibility"),
        "2022": ("Date", "ShareLink", "ShareCommentary", "SharedURL", "MediaURL", "Visibility"),
        "2018": ("Date", "ShareLink", "ShareCommentary"),
    }),
    "votes": ("votes.csv", {"any": ("Date", "Link", "OptionText")}),
    "reactions": ("reactions.csv", {"any": ("Date", "Type", "Link")}),
}
FILE_NAMES = tuple(name for name, _ in LAYOUTS.values())
# columns some layouts have and others lack, read when present (names case-insensitive)
OPTIONAL: dict[str, tuple[str, ...]] = {
    "connections": ("URL", "Email Address", "Address", "Websites"),
    "messages": ("ATTACHMENTS", "IS MESSAGE DRAFT", "SENDER PROFILE URL", "RECIPIENT PROFILE URLS"),
    "shares": ("SharedUrl", "MediaUrl", "Visibility"),
}
LAYOUT_ORDER = ("2018", "2020", "2022", "2024")


class ExportTable:
    """A CSV file of the export: its header, layout and data rows with their line numbers."""

    def __init__(self, where: str, part: str, data: bytes) -> None:
        self.where = where
        self.part = part
        self.text, self.encoding = decode_text(data, where)
        self.layout = ""
        self.columns: dict[str, int] = {}
        self._starts = {cols[0].casefold() for cols in LAYOUTS[part][1].values()}
        self.delimiter = ","
        self.records = list(self._read())

    def rows(self) -> list[tuple[int, dict[str, str]]]:
        return self.records

    def _dialect(self) -> tuple[str, int]:
        """The delimiter (Excel's `sep=` line, else the header line's) and how many lines the `sep=` line took."""
        text, sep = excel_sep_line(self.text)
        if sep is not None:
            self.text = text
            return sep, 1
        for line in self.text.splitlines()[:20]:
            first = re.split(r"[,;\t]", line, maxsplit=1)[0].strip().strip('"').lstrip("\ufeff").casefold()
            if first in self._starts:
                return guess_delimiter(line), 0
        return ",", 0

    def _read(self) -> Iterator[tuple[int, dict[str, str]]]:
        csv.field_size_limit(max(csv.field_size_limit(), FIELD_LIMIT))
        self.delimiter, skipped = self._dialect()
        reader = csv.reader(io.StringIO(self.text, newline=""), delimiter=self.delimiter, strict=True)
        header: list[str] | None = None
        preamble = False
        last_line = 0
        try:
            for row in reader:
                start, last_line = last_line + 1, reader.line_num
                start += skipped
                if header is None:
                    if not any(cell.strip() for cell in row):
                        preamble = False
                        continue
                    first = row[0].strip().lstrip("\ufeff")
                    if first.lower().startswith("notes:") or (preamble and first.casefold() not in self._starts):
                        preamble = True  # Connections.csv: "Notes:", a quoted paragraph, a blank line
                        continue
                    header = [cell.strip().lstrip("\ufeff") for cell in row]
                    self._match_header(header, start)
                    continue
                if not any(cell.strip() for cell in row):
                    continue
                if len(row) > len(header) and any(cell.strip() for cell in row[len(header):]):
                    raise InputError(self.where, Said(f"{len(row)} fields but the header has {len(header)} columns",
                                                      "tab.li.fields", fields=str(len(row)),
                                                      columns=str(len(header))), line=start)
                cells = row + [""] * (len(header) - len(row))
                yield start, {name: cells[index] for name, index in self.columns.items()}
        except csv.Error as exc:
            raise InputError(self.where, Said(f"not valid CSV ({exc})", "tab.li.csv", reason=str(exc)),
                             line=reader.line_num + skipped) from None

    def _match_header(self, header: list[str], line: int) -> None:
        self._match_layout(header, line)
        folded = {name.casefold(): i for i, name in enumerate(header)}
        for name in OPTIONAL.get(self.part, ()):
            if name not in self.columns and name.casefold() in folded:
                self.columns[name] = folded[name.casefold()]

    def _canonical(self, name: str) -> str:
        """Messages' columns by one name in every layout (the 2018 file writes `From`, later ones `FROM`)."""
        return name.upper() if self.part == "messages" else name

    def _match_layout(self, header: list[str], line: int) -> None:
        _, layouts = LAYOUTS[self.part]
        exact = {name: i for i, name in enumerate(header)}
        folded = {name.casefold(): i for i, name in enumerate(header)}
        for layout, expected in layouts.items():
            # Shares tells the layouts apart only by case (SharedURL / SharedUrl): try exact names first
            if all(name in exact for name in expected):
                self.layout, self.columns = layout, {self._canonical(name): exact[name] for name in expected}
                return
        for layout, expected in layouts.items():
            if all(name.casefold() in folded for name in expected):
                self.layout = layout
                self.columns = {self._canonical(name): folded[name.casefold()] for name in expected}
                return
        wanted = " | ".join(
            f"{layout}: {','.join(cols)}" if layout != "any" else ",".join(cols) for layout, cols in layouts.items()
        )
        shown = repr(",".join(header))
        raise InputError(self.where, Said(f"unexpected header {shown}; expected the columns {wanted}",
                                          "tab.li.header", header=shown, expected=wanted), line=line)


# --- finding the files -------------------------------------------------------------------------------------------

@dataclass
class ExportFiles:
    """The files of an export found in a zip, a folder or beside a single file.

    `parts`: part → (name shown, reader) of the file read; `duplicates`: part → further copies found deeper in the
    folder (not read); `beside`: files of the same export next to a single file given alone, read only to tell whose
    export it is."""

    parts: dict[str, tuple[str, Callable[[], bytes]]]
    duplicates: dict[str, list[str]] = field(default_factory=dict)
    beside: dict[str, tuple[str, Callable[[], bytes]]] = field(default_factory=dict)


_PARTS_BY_NAME = {name: part for part, (name, _) in LAYOUTS.items()}


def _collect(archive: Archive, names: list[str]) -> tuple[dict, dict[str, list[str]]]:
    chosen: dict[str, str] = {}
    copies: dict[str, list[str]] = {}
    for name in sorted(names, key=lambda n: (n.count("/"), n)):  # the shallowest copy is read
        part = _PARTS_BY_NAME.get(PurePosixPath(name).name.lower())
        if part is None:
            continue
        if part in chosen:
            copies.setdefault(part, []).append(archive.shown(name))
        else:
            chosen[part] = name
    found = {part: (archive.shown(n), lambda n=n: archive.read(n)) for part, n in chosen.items()}
    return found, copies


def export_files(path: Path) -> ExportFiles:
    """The export's files; names matched case-insensitively at any depth."""
    if path.is_file() and path.name.lower() in _PARTS_BY_NAME:  # a single file of the export
        siblings = [p.name for p in path.parent.iterdir()
                    if p.is_file() and p.name.lower() in _PARTS_BY_NAME and p != path]
        archive = Archive.lone(path, beside=siblings)
        found, _ = _collect(archive, [path.name])
        beside, _ = _collect(archive, siblings)
        return ExportFiles(found, beside={p: v for p, v in beside.items() if p in ("invitations", "messages")})
    if path.is_file() and not zipfile.is_zipfile(path):
        raise InputError(path, Said("neither a zip file nor a folder of the LinkedIn data export", "tab.li.not_zip"))
    archive = Archive(path, sep="/")  # read lazily: only the parts found are unpacked, each under the limits
    found, copies = _collect(archive, archive.names)
    if not found:
        names = ", ".join(shown_names())
        raise InputError(path, Said(f"no file of the LinkedIn member data export found (expected any of {names})",
                                    "tab.li.no_part", names=names))
    return ExportFiles(found, duplicates=copies)


def shown_names() -> list[str]:
    return ["Connections.csv", "Invitations.csv", "messages.csv", "Shares.csv", "Votes.csv", "Reactions.csv"]


# --- values ------------------------------------------------------------------------------------------------------

def text_value(value: str) -> str:
    return value.replace("\r\n", "\n").replace("\r", "\n")


def optional(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


_ISO_TIME = re.compile(r"(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(?: UTC)?")
_US_TIME = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{2}|\d{4}), (\d{1,2}):(\d{2}) ([AP]M)")


def fast_time(s: str) -> datetime | None:
    """The two forms of nearly every row, without the general parser's cost (a large export has 100,000s of
    rows)."""
    try:
        if m := _ISO_TIME.fullmatch(s):
            return datetime(*map(int, m.groups()), tzinfo=UTC)  # type: ignore[misc]
        if m := _US_TIME.fullmatch(s):
            month, day, year, hour, minute, half = m.groups()
            y = int(year) + (2000 if len(year) == 2 else 0)
            if not 1 <= int(hour) <= 12:
                return None
            h = int(hour) % 12 + (12 if half == "PM" else 0)
            return datetime(y, int(month), int(day), h, int(minute), tzinfo=UTC)
    except ValueError:
        return None
    return None


def when(table: ExportTable, line: int, column: str, value: str, example: str) -> datetime:
    """A time cell: LinkedIn writes UTC, month first where it uses slashes (`6/14/24, 5:57 AM`); Excel re-saves
    write `14-Jun-24`, `6/14/2024 5:57` or German `14.06.2024 05:57` — every spelling of the date rule is read."""
    s = value.replace("\u202f", " ").replace("\u00a0", " ").strip()  # "5:57\u202fAM" as newer formatters write
    if (fast := fast_time(s)) is not None:
        return fast
    if s:
        try:
            return parse_moment(s, UTC, bare="start", order="mdy")
        except DateError:
            pass
    raise InputError(table.where, Said(f"{column} {value!r} is not a date/time like {example!r}", "tab.li.time",
                                      column=column, value=repr(value), example=repr(example)), line=line)


@functools.lru_cache(maxsize=8192)
def _parse_day(s: str) -> date | None:
    try:
        return read_moment(s, order="mdy")[0]
    except DateError:
        return None


def day_value(table: ExportTable, line: int, value: str) -> date | None:
    """Connected On: `09 Sep 2022` as LinkedIn writes it, `9-Sep-22` or `9/9/2022` as Excel re-saves it (month
    first, as LinkedIn's own slash dates), older exports' `11/14/18, 5:03 PM`."""
    s = value.replace("\u202f", " ").replace("\u00a0", " ").strip()
    if not s:
        return None
    if (day := _parse_day(s)) is not None:
        return day
    raise InputError(table.where, Said(f"Connected On {value!r} is not a date like '09 Sep 2022'", "tab.li.day",
                                      value=repr(value)), line=line)
