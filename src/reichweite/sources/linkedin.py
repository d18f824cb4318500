"""LinkedIn's member data export ("Get a copy of your data"): a zip or folder of CSV files.

Reads Connections.csv, Invitations.csv, messages.csv, Shares.csv, Votes.csv and Reactions.csv in the 2022 and
2024 layouts (file names case-insensitive, at any depth of the zip); every other file is ignored. Returns
records and never writes the database. Times without a zone (Shares, Votes, Reactions, Invitations) are UTC.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path, PurePosixPath
from urllib.parse import unquote

from reichweite.errors import InputError
from reichweite.model import Invitation, Message, Post
from reichweite.timeutil import parse_datetime

PLATFORM = "linkedin"


@dataclass(slots=True)
class Connection:
    """One first-degree connection from Connections.csv (email only when the contact allows it)."""

    first_name: str
    last_name: str
    url: str | None
    email: str | None
    company: str | None
    position: str | None
    connected_on: date | None


@dataclass(slots=True)
class Vote:
    """A poll vote the member cast (Votes.csv)."""

    date: datetime
    link: str
    option: str


@dataclass(slots=True)
class Reaction:
    """A reaction (LIKE, PRAISE, …) the member gave to a post (Reactions.csv)."""

    date: datetime
    type: str
    link: str


@dataclass
class MemberExport:
    owner: str | None
    messages: list[Message]
    invitations: list[Invitation]
    connections: list[Connection]
    shares: list[Post]
    votes: list[Vote]
    layout: str
    files: dict[str, str]
    reactions: list[Reaction] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        """Records per part, for messages to the user."""
        return {
            "connections": len(self.connections),
            "invitations": len(self.invitations),
            "messages": len(self.messages),
            "shares": len(self.shares),
            "votes": len(self.votes),
            "reactions": len(self.reactions),
        }


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


class _Table:
    """A CSV file of the export: its header, layout and data rows with their line numbers."""

    def __init__(self, where: str, part: str, data: bytes) -> None:
        self.where = where
        self.part = part
        self.text = _decode(where, data)
        self.layout = ""
        self.columns: dict[str, int] = {}
        self._starts = {cols[0].casefold() for cols in LAYOUTS[part][1].values()}
        self.records = list(self._read())

    def rows(self) -> list[tuple[int, dict[str, str]]]:
        return self.records

    def _read(self) -> Iterator[tuple[int, dict[str, str]]]:
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
                if len(row) > len(header):
                    raise InputError(
                        self.where, f"{len(row)} fields but the header has {len(header)} columns", line=start
                    )
                cells = row + [""] * (len(header) - len(row))
                yield start, {name: cells[index] for name, index in self.columns.items()}
        except csv.Error as exc:
            raise InputError(self.where, f"not valid CSV ({exc})", line=reader.line_num) from None

    def _match_header(self, header: list[str], line: int) -> None:
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


def _decode(where: str, data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(where, "not UTF-8 text (LinkedIn exports are UTF-8)", line=line) from None


# --- finding the files -------------------------------------------------------------------------------------------

def _export_files(path: Path) -> dict[str, tuple[str, Callable[[], bytes]]]:
    """part → (name shown to the user, reader of the bytes); names matched case-insensitively at any depth."""
    found: dict[str, tuple[str, str, Callable[[], bytes]]] = {}

    def offer(part: str, rel: str, where: str, read: Callable[[], bytes]) -> None:
        depth = rel.count("/")
        if part not in found or depth < found[part][0].count("/"):
            found[part] = (rel, where, read)

    parts = {name: part for part, (name, _) in LAYOUTS.items()}
    if path.is_dir():
        for file in sorted(path.rglob("*")):
            part = parts.get(file.name.lower())
            if part and file.is_file():
                rel = file.relative_to(path).as_posix()
                offer(part, rel, str(file), file.read_bytes)
    elif path.is_file():
        try:
            archive = zipfile.ZipFile(path)
        except zipfile.BadZipFile:
            raise InputError(path, "neither a zip file nor a folder of the LinkedIn data export") from None
        with archive:
            for info in archive.infolist():
                name = PurePosixPath(info.filename).name
                part = parts.get(name.lower())
                if part and not info.is_dir():
                    data = archive.read(info)
                    offer(part, info.filename, f"{path}/{info.filename}", lambda data=data: data)
    else:
        raise InputError(path, "no such file or folder")
    if not found:
        raise InputError(
            path, f"no file of the LinkedIn member data export found (expected any of {', '.join(_shown_names())})"
        )
    return {part: (where, read) for part, (_, where, read) in found.items()}


def _shown_names() -> list[str]:
    return ["Connections.csv", "Invitations.csv", "messages.csv", "Shares.csv", "Votes.csv", "Reactions.csv"]


# --- values ------------------------------------------------------------------------------------------------------

def _text(value: str) -> str:
    return value.replace("\r\n", "\n").replace("\r", "\n")


def _opt(value: str) -> str | None:
    value = value.strip()
    return value or None


def _when(table: _Table, line: int, column: str, value: str, formats: tuple[str, ...], example: str) -> datetime:
    s = value.strip()
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


def _day(table: _Table, line: int, value: str) -> date | None:
    s = value.strip()
    if not s:
        return None
    for fmt in ("%d %b %Y", "%Y-%m-%d", "%m/%d/%y", "%m/%d/%Y"):
        try:
            return datetime.strptime(s, fmt).date()
        except ValueError:
            pass
    raise InputError(table.where, f"Connected On {value!r} is not a date like '09 Sep 2022'", line=line)


def reconstruct_commentary(value: str) -> str:
    """The real text of a Shares.csv ShareCommentary.

    LinkedIn writes multi-line commentary with every line wrapped in quotes inside the quoted field (blank
    lines as ""), so after CSV decoding the first line ends with a quote, the last starts with one and every
    line between is wrapped in quotes. Text that does not follow that pattern is returned unchanged.
    """
    lines = _text(value).split("\n")
    if len(lines) < 2:
        return lines[0]
    first, *middle, last = lines
    wrapped = (
        first.endswith('"') and last.startswith('"')
        and all(len(m) >= 2 and m.startswith('"') and m.endswith('"') for m in middle)
    )
    if not wrapped:
        return "\n".join(lines)
    return "\n".join([first[:-1], *(m[1:-1] for m in middle), last[1:]])


_HASHTAG = re.compile(r"(?<![\w#])#(\w[\w-]*)")
_URN = re.compile(r"urn:li:[A-Za-z]+:[\w-]+")


def share_id(link: str) -> str:
    """The post's URN from a ShareLink (…/feed/update/urn%3Ali%3Ashare%3A123 → urn:li:share:123)."""
    match = _URN.search(unquote(link))
    return match.group(0) if match else link.strip()


# --- the parts ---------------------------------------------------------------------------------------------------

MESSAGE_FORMATS = ("%Y-%m-%d %H:%M:%S UTC", "%Y-%m-%d %H:%M:%S")
INVITATION_FORMATS = ("%m/%d/%y, %I:%M %p", "%m/%d/%Y, %I:%M %p")
PLAIN_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M:%S UTC")


def _connections(table: _Table) -> list[Connection]:
    return [
        Connection(
            first_name=row["First Name"].strip(),
            last_name=row["Last Name"].strip(),
            url=_opt(row.get("URL", "")),
            email=_opt(row["Email Address"]),
            company=_opt(row["Company"]),
            position=_opt(row["Position"]),
            connected_on=_day(table, line, row["Connected On"]),
        )
        for line, row in table.rows()
    ]


def _invitations(table: _Table) -> list[tuple[Invitation, str]]:
    out = []
    for line, row in table.rows():
        raw_direction = row["Direction"].strip().upper()
        if raw_direction not in ("INCOMING", "OUTGOING"):
            raise InputError(
                table.where, f"Direction {row['Direction']!r} is neither INCOMING nor OUTGOING", line=line
            )
        invitation = Invitation(
            sender=row["From"].strip(),
            recipient=row["To"].strip(),
            sent_at=_when(table, line, "Sent At", row["Sent At"], INVITATION_FORMATS, "6/14/24, 5:57 AM"),
            message=_text(row["Message"]),
            direction="inbound" if raw_direction == "INCOMING" else "outbound",
            sender_url=_opt(row.get("inviterProfileUrl", "")),
            recipient_url=_opt(row.get("inviteeProfileUrl", "")),
        )
        out.append((invitation, raw_direction))
    return out


def _messages(table: _Table) -> list[Message]:
    return [
        Message(
            conversation_id=row["CONVERSATION ID"].strip(),
            sender=row["FROM"].strip(),
            sent_at=_when(table, line, "DATE", row["DATE"], MESSAGE_FORMATS, "2024-06-18 11:59:53 UTC"),
            text=_text(row["CONTENT"]),
            direction="",  # set once the owner is known
            recipients=row["TO"].strip(),
            subject=row["SUBJECT"].strip(),
            sender_url=_opt(row["SENDER PROFILE URL"]),
            folder=_opt(row["FOLDER"]),
        )
        for line, row in table.rows()
    ]


def _shares(table: _Table) -> list[Post]:
    shared_col, media_col = ("SharedUrl", "MediaUrl") if table.layout == "2024" else ("SharedURL", "MediaURL")
    out = []
    for line, row in table.rows():
        text = reconstruct_commentary(row["ShareCommentary"])
        link = row["ShareLink"].strip()
        out.append(Post(
            platform=PLATFORM,
            native_id=share_id(link),
            author="",  # the owner, filled in by read_member_export
            created_at=_when(table, line, "Date", row["Date"], PLAIN_FORMATS, "2024-09-08 04:10:18"),
            text=text,
            hashtags=[tag.lower() for tag in _HASHTAG.findall(text)],
            kind="post",
            url=link or None,
            raw={
                "file": "Shares.csv", "line": line, "ShareCommentary": row["ShareCommentary"],
                "SharedUrl": _opt(row[shared_col]), "MediaUrl": _opt(row[media_col]),
                "Visibility": _opt(row["Visibility"]),
            },
        ))
    return out


def _votes(table: _Table) -> list[Vote]:
    return [
        Vote(
            date=_when(table, line, "Date", row["Date"], PLAIN_FORMATS, "2022-09-01 18:22:05"),
            link=row["Link"].strip(),
            option=row["OptionText"].strip(),
        )
        for line, row in table.rows()
    ]


def _reactions(table: _Table) -> list[Reaction]:
    return [
        Reaction(
            date=_when(table, line, "Date", row["Date"], PLAIN_FORMATS, "2024-06-17 06:01:43"),
            type=row["Type"].strip(),
            link=row["Link"].strip(),
        )
        for line, row in table.rows()
    ]


# --- the owner ---------------------------------------------------------------------------------------------------

def derive_owner(invitations: list[tuple[Invitation, str]], messages: list[Message]) -> str | None:
    """The exporting member: the "To" of incoming and "From" of outgoing invitations; failing that, the one
    person taking part in the most conversations (ties broken by messages sent). None when it stays open."""
    from_invitations = Counter(
        inv.recipient if raw == "INCOMING" else inv.sender for inv, raw in invitations
    )
    if from_invitations:
        return from_invitations.most_common(1)[0][0]
    people: dict[str, set[str]] = {}
    sent: Counter[str] = Counter()
    for msg in messages:
        sent[msg.sender] += 1
        for name in [msg.sender, *(n.strip() for n in msg.recipients.split(","))]:
            if name:
                people.setdefault(name, set()).add(msg.conversation_id)
    if not people:
        return None
    ranked = sorted(people, key=lambda name: (len(people[name]), sent[name]), reverse=True)
    best = ranked[0]
    if len(ranked) > 1 and (len(people[ranked[1]]), sent[ranked[1]]) == (len(people[best]), sent[best]):
        return None
    return best


# --- the export --------------------------------------------------------------------------------------------------

def read_member_export(path: Path | str, *, owner: str | None = None) -> MemberExport:
    """Read a LinkedIn member data export (zip or folder). `owner` overrides the derived name of the member.

    Raises InputError naming the file and line for a header of neither layout, a date that does not parse,
    text that is not UTF-8 or broken CSV.
    """
    path = Path(path)
    found = _export_files(path)
    tables = {part: _Table(where, part, read()) for part, (where, read) in found.items()}

    connections = _connections(tables["connections"]) if "connections" in tables else []
    invitation_rows = _invitations(tables["invitations"]) if "invitations" in tables else []
    messages = _messages(tables["messages"]) if "messages" in tables else []
    shares = _shares(tables["shares"]) if "shares" in tables else []
    votes = _votes(tables["votes"]) if "votes" in tables else []
    reactions = _reactions(tables["reactions"]) if "reactions" in tables else []

    owner = owner or derive_owner(invitation_rows, messages)
    for msg in messages:
        if owner is None:
            msg.direction = "unknown"
        else:
            msg.direction = "outbound" if msg.sender.casefold() == owner.casefold() else "inbound"
    for post in shares:
        post.author = owner or ""

    layouts = {table.layout for table in tables.values() if table.layout != "any"}
    layout = "2024" if "2024" in layouts else "2022"
    return MemberExport(
        owner=owner,
        messages=messages,
        invitations=[inv for inv, _ in invitation_rows],
        connections=connections,
        shares=shares,
        votes=votes,
        layout=layout,
        files={part: table.where for part, table in tables.items()},
        reactions=reactions,
    )
