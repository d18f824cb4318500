"""LinkedIn's member data export ("Get a copy of your data"): a zip or folder of CSV files.

Reads Connections.csv, Invitations.csv, messages.csv, Shares.csv, Votes.csv and Reactions.csv in the 2022 and
2024 layouts (file names case-insensitive, at any depth of the zip); every other file is ignored. Returns
records and never writes the database. Times without a zone (Shares, Votes, Reactions, Invitations) are UTC.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from reichweite.errors import InputError, Said, said_of
from reichweite.model import Connection, Invitation, MemberExport, Message, Post, Reaction, Vote
from reichweite.platforms.linkedin.export_csv import (
    LAYOUT_ORDER,
    ExportTable,
    day_value,
    export_files,
    optional,
    text_value,
    when,
)
from reichweite.platforms.linkedin.message_text import message_text
from reichweite.platforms.linkedin.owner import derive_owner

PLATFORM = "linkedin"


def reconstruct_commentary(value: str) -> str:
    """The real text of a Shares.csv ShareCommentary.

    LinkedIn writes multi-line commentary with every line wrapped in quotes inside the quoted field (blank
    lines as ""), so after CSV decoding the first line ends with a quote, the last starts with one and every
    line between is wrapped in quotes. Text that does not follow that pattern is returned unchanged.
    """
    lines = text_value(value).split("\n")
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


_HASHTAG = re.compile(r"(?<![\w#])#(\w+)")
_URN = re.compile(r"urn:li:[A-Za-z]+:[\w-]+")


def share_id(link: str) -> str:
    """The post's URN from a ShareLink (…/feed/update/urn%3Ali%3Ashare%3A123 → urn:li:share:123)."""
    match = _URN.search(unquote(link))
    return match.group(0) if match else link.strip()


# --- the parts ---------------------------------------------------------------------------------------------------

def _connections(table: ExportTable) -> list[Connection]:
    return [
        Connection(
            first_name=row["First Name"].strip(),
            last_name=row["Last Name"].strip(),
            url=optional(row.get("URL")),
            email=optional(row.get("Email Address")),
            company=optional(row["Company"]),
            position=optional(row["Position"]),
            connected_on=day_value(table, line, row["Connected On"]),
        )
        for line, row in table.rows()
    ]


def _invitations(table: ExportTable) -> list[tuple[Invitation, str]]:
    out = []
    for line, row in table.rows():
        raw_direction = row["Direction"].strip().upper()
        if raw_direction not in ("INCOMING", "OUTGOING"):
            shown = repr(row["Direction"])
            raise InputError(table.where, Said(f"Direction {shown} is neither INCOMING nor OUTGOING",
                                               "tab.li.direction", value=shown), line=line)
        invitation = Invitation(
            sender=row["From"].strip(),
            recipient=row["To"].strip(),
            sent_at=when(table, line, "Sent At", row["Sent At"], "6/14/24, 5:57 AM"),
            message=text_value(row["Message"]),
            direction="inbound" if raw_direction == "INCOMING" else "outbound",
            sender_url=optional(row.get("inviterProfileUrl", "")),
            recipient_url=optional(row.get("inviteeProfileUrl", "")),
        )
        out.append((invitation, raw_direction))
    return out


def _conversation_2018(row: dict[str, str]) -> str:
    """Exports of 2018 have no conversation ids: the two sides and the subject (without Re:/Fwd:) stand in."""
    people = sorted(n.strip().casefold() for n in (row["FROM"], row["TO"]))
    subject = re.sub(r"^(?:\s*(?:re|aw|fwd?|wg)\s*:\s*)+", "", row["SUBJECT"], flags=re.IGNORECASE).strip().casefold()
    return "2018:" + hashlib.sha256("\x1f".join([*people, subject]).encode()).hexdigest()[:24]


def _messages(table: ExportTable) -> tuple[list[Message], list[str], list[str]]:
    """Sent messages, their RECIPIENT PROFILE URLS (2024 layout) and the direction the 2018 layout states
    (INCOMING/OUTGOING, else ""). Drafts (IS MESSAGE DRAFT = Yes, in exports since late 2024) were never sent and
    are left out. HTML content becomes its text; the content as exported is kept beside it."""
    messages, recipient_urls, stated = [], [], []
    for line, row in table.rows():
        if row.get("IS MESSAGE DRAFT", "").strip().casefold() in ("yes", "true"):
            continue
        content = text_value(row["CONTENT"])
        text = message_text(content)
        messages.append(Message(
            conversation_id=row["CONVERSATION ID"].strip() if "CONVERSATION ID" in row else _conversation_2018(row),
            sender=row["FROM"].strip(),
            sent_at=when(table, line, "DATE", row["DATE"], "2024-06-18 11:59:53 UTC"),
            text=text,
            direction="",  # set once the owner is known
            recipients=row["TO"].strip(),
            subject=row["SUBJECT"].strip(),
            sender_url=optional(row.get("SENDER PROFILE URL")),
            folder=optional(row["FOLDER"]),
            title=optional(row.get("CONVERSATION TITLE")),
            content_raw=content if text != content else None,
        ))
        recipient_urls.append(row.get("RECIPIENT PROFILE URLS", ""))
        stated.append(row.get("DIRECTION", "").strip().upper())
    return messages, recipient_urls, stated


def _shares(table: ExportTable) -> list[Post]:
    out = []
    for line, row in table.rows():
        text = reconstruct_commentary(row["ShareCommentary"])
        link = row["ShareLink"].strip()
        out.append(Post(
            platform=PLATFORM,
            native_id=share_id(link),
            author="",  # the owner, filled in by read_member_export
            created_at=when(table, line, "Date", row["Date"], "2024-09-08 04:10:18"),
            text=text,
            hashtags=[tag.lower() for tag in _HASHTAG.findall(text)],
            kind="post",
            url=link or None,
            raw={
                "file": "Shares.csv", "line": line, "ShareCommentary": row["ShareCommentary"],
                "SharedUrl": optional(row.get("SharedUrl")), "MediaUrl": optional(row.get("MediaUrl")),
                "Visibility": optional(row.get("Visibility")),
            },
        ))
    return out


def _votes(table: ExportTable) -> list[Vote]:
    return [
        Vote(
            date=when(table, line, "Date", row["Date"], "2022-09-01 18:22:05"),
            link=row["Link"].strip(),
            option=row["OptionText"].strip(),
        )
        for line, row in table.rows()
    ]


def _reactions(table: ExportTable) -> list[Reaction]:
    return [
        Reaction(
            date=when(table, line, "Date", row["Date"], "2024-06-17 06:01:43"),
            type=row["Type"].strip(),
            link=row["Link"].strip(),
        )
        for line, row in table.rows()
    ]


# --- the export --------------------------------------------------------------------------------------------------

READERS: dict[str, Callable[[ExportTable], Any]] = {
    "connections": _connections, "invitations": _invitations, "messages": _messages, "shares": _shares,
    "votes": _votes, "reactions": _reactions,
}


def _read_parts(files: dict[str, tuple[str, Callable[[], bytes]]]) -> tuple[dict, dict, dict[str, InputError]]:
    """Each file on its own: (part → records, part → table, part → what was wrong with the file)."""
    records: dict[str, Any] = {}
    tables: dict[str, ExportTable] = {}
    failed: dict[str, InputError] = {}
    for part, (where, read) in files.items():
        try:
            table = ExportTable(where, part, read())
            records[part] = READERS[part](table)
            tables[part] = table
        except InputError as exc:
            failed[part] = exc
    return records, tables, failed


def _owner_of(records: dict[str, Any]) -> str | None:
    messages, urls, stated = records.get("messages", ([], [], []))
    return derive_owner(records.get("invitations", []), messages, urls, stated)


def read_member_export(path: Path | str, *, owner: str | None = None) -> MemberExport:
    """Read a LinkedIn member data export (zip or folder, or one file of it). `owner` overrides the derived name
    of the member.

    Every file is read on its own: a file with a header of no known layout, a date that does not parse or broken
    CSV is reported in `failed` (file, line, what was expected) and the others are read; when no file can be read,
    InputError says why. The owner is derived the
    same way for one file as for the whole export: a file given alone is joined by the invitations and messages
    beside it for that.
    """
    path = Path(path)
    found = export_files(path)
    records, tables, errors = _read_parts(found.parts)
    if errors and not records:  # nothing could be read: the (first) reason is the answer
        raise next(iter(errors.values()))
    failed: dict[str, str] = {part: said_of(exc) for part, exc in errors.items()}
    owner_from = "given" if owner else None
    if not owner:
        owner = _owner_of(records)
        owner_from = "export" if owner else None
    if not owner and found.beside:
        beside, _, _ = _read_parts(found.beside)
        owner = _owner_of(beside)
        owner_from = "files beside it" if owner else None

    messages: list[Message] = records.get("messages", ([], [], []))[0]
    for msg in messages:
        if owner is None:
            msg.direction = "unknown"
        else:
            msg.direction = "outbound" if msg.sender.casefold() == owner.casefold() else "inbound"
    shares: list[Post] = records.get("shares", [])
    if shares and not owner:
        where = tables["shares"].where
        failed["shares"] = Said(f"{where}: whose export this is cannot be told (no invitations, no messages with a "
                                "clear owner); pass --owner 'First Last' so the shares can be stored as that "
                                "member's posts", "tab.li.no_owner", where=where)
        shares = []
    for post in shares:
        post.author = owner or ""

    layouts = {table.layout for table in tables.values() if table.layout in LAYOUT_ORDER}  # not "any", nor unread
    layout = "2024" if "2024" in layouts else min(layouts, key=LAYOUT_ORDER.index, default="2022")
    return MemberExport(
        owner=owner,
        messages=messages,
        invitations=[inv for inv, _ in records.get("invitations", [])],
        connections=records.get("connections", []),
        shares=shares,
        votes=records.get("votes", []),
        layout=layout,
        files={part: table.where for part, table in tables.items()},
        reactions=records.get("reactions", []),
        failed=failed,
        duplicates=found.duplicates,
        encodings={part: t.encoding for part, t in tables.items() if t.encoding != "UTF-8"},
        owner_from=owner_from,
    )
