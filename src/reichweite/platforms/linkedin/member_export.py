"""LinkedIn's member data export ("Get a copy of your data"): a zip or folder of CSV files.

Reads Connections.csv, Invitations.csv, messages.csv, Shares.csv, Votes.csv and Reactions.csv in the 2022 and
2024 layouts (file names case-insensitive, at any depth of the zip); every other file is ignored. Returns
records and never writes the database. Times without a zone (Shares, Votes, Reactions, Invitations) are UTC.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from urllib.parse import unquote

from reichweite.errors import InputError
from reichweite.model import Connection, Invitation, MemberExport, Message, Post, Reaction, Vote
from reichweite.platforms.linkedin.export_csv import (
    ExportTable,
    day_value,
    export_files,
    optional,
    text_value,
    when,
)

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

MESSAGE_FORMATS = ("%Y-%m-%d %H:%M:%S UTC", "%Y-%m-%d %H:%M:%S")
INVITATION_FORMATS = ("%m/%d/%y, %I:%M %p", "%m/%d/%Y, %I:%M %p")
PLAIN_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M:%S UTC")


def _connections(table: ExportTable) -> list[Connection]:
    return [
        Connection(
            first_name=row["First Name"].strip(),
            last_name=row["Last Name"].strip(),
            url=optional(row.get("URL", "")),
            email=optional(row["Email Address"]),
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
            raise InputError(
                table.where, f"Direction {row['Direction']!r} is neither INCOMING nor OUTGOING", line=line
            )
        invitation = Invitation(
            sender=row["From"].strip(),
            recipient=row["To"].strip(),
            sent_at=when(table, line, "Sent At", row["Sent At"], INVITATION_FORMATS, "6/14/24, 5:57 AM"),
            message=text_value(row["Message"]),
            direction="inbound" if raw_direction == "INCOMING" else "outbound",
            sender_url=optional(row.get("inviterProfileUrl", "")),
            recipient_url=optional(row.get("inviteeProfileUrl", "")),
        )
        out.append((invitation, raw_direction))
    return out


def _messages(table: ExportTable) -> tuple[list[Message], list[str]]:
    """Sent messages and their RECIPIENT PROFILE URLS (2024 layout). Drafts (IS MESSAGE DRAFT = Yes, in exports
    since late 2024) were never sent and are left out."""
    messages, recipient_urls = [], []
    for line, row in table.rows():
        if row.get("IS MESSAGE DRAFT", "").strip().casefold() in ("yes", "true"):
            continue
        messages.append(Message(
            conversation_id=row["CONVERSATION ID"].strip(),
            sender=row["FROM"].strip(),
            sent_at=when(table, line, "DATE", row["DATE"], MESSAGE_FORMATS, "2024-06-18 11:59:53 UTC"),
            text=text_value(row["CONTENT"]),
            direction="",  # set once the owner is known
            recipients=row["TO"].strip(),
            subject=row["SUBJECT"].strip(),
            sender_url=optional(row["SENDER PROFILE URL"]),
            folder=optional(row["FOLDER"]),
        ))
        recipient_urls.append(row.get("RECIPIENT PROFILE URLS", ""))
    return messages, recipient_urls


def _shares(table: ExportTable) -> list[Post]:
    shared_col, media_col = ("SharedUrl", "MediaUrl") if table.layout == "2024" else ("SharedURL", "MediaURL")
    out = []
    for line, row in table.rows():
        text = reconstruct_commentary(row["ShareCommentary"])
        link = row["ShareLink"].strip()
        out.append(Post(
            platform=PLATFORM,
            native_id=share_id(link),
            author="",  # the owner, filled in by read_member_export
            created_at=when(table, line, "Date", row["Date"], PLAIN_FORMATS, "2024-09-08 04:10:18"),
            text=text,
            hashtags=[tag.lower() for tag in _HASHTAG.findall(text)],
            kind="post",
            url=link or None,
            raw={
                "file": "Shares.csv", "line": line, "ShareCommentary": row["ShareCommentary"],
                "SharedUrl": optional(row[shared_col]), "MediaUrl": optional(row[media_col]),
                "Visibility": optional(row["Visibility"]),
            },
        ))
    return out


def _votes(table: ExportTable) -> list[Vote]:
    return [
        Vote(
            date=when(table, line, "Date", row["Date"], PLAIN_FORMATS, "2022-09-01 18:22:05"),
            link=row["Link"].strip(),
            option=row["OptionText"].strip(),
        )
        for line, row in table.rows()
    ]


def _reactions(table: ExportTable) -> list[Reaction]:
    return [
        Reaction(
            date=when(table, line, "Date", row["Date"], PLAIN_FORMATS, "2024-06-17 06:01:43"),
            type=row["Type"].strip(),
            link=row["Link"].strip(),
        )
        for line, row in table.rows()
    ]


# --- the owner ---------------------------------------------------------------------------------------------------

def _profile(url: str | None) -> str:
    return (url or "").strip().rstrip("/").casefold()


def _unique_top(counts: dict[str, int]) -> str | None:
    ranked = sorted(counts.items(), key=lambda item: item[1], reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def derive_owner(
    invitations: list[tuple[Invitation, str]], messages: list[Message], recipient_urls: list[str] | None = None
) -> str | None:
    """The exporting member: the "To" of incoming and "From" of outgoing invitations; failing that, whoever takes
    part in the most conversations — by profile URL (2024 layout), else by name (ties broken by messages sent).
    None when it stays open."""
    from_invitations = Counter(
        inv.recipient if raw == "INCOMING" else inv.sender for inv, raw in invitations
    )
    if from_invitations:
        return from_invitations.most_common(1)[0][0]
    if recipient_urls and any(u.strip() for u in recipient_urls):
        by_url: dict[str, set[str]] = {}
        for msg, urls in zip(messages, recipient_urls, strict=True):
            for url in [msg.sender_url, *urls.replace(" ", ",").split(",")]:
                if _profile(url):
                    by_url.setdefault(_profile(url), set()).add(msg.conversation_id)
        top = _unique_top({url: len(convs) for url, convs in by_url.items()})
        names = Counter(m.sender for m in messages if top and _profile(m.sender_url) == top)
        if names:
            return names.most_common(1)[0][0]
        addressed = [  # the owner never wrote: the name others last addressed them by
            (m.sent_at, m.recipients) for m, urls in zip(messages, recipient_urls, strict=True)
            if top and [_profile(u) for u in urls.replace(" ", ",").split(",") if _profile(u)] == [top]
        ]
        if addressed:
            return max(addressed)[1]
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
    found = export_files(path)
    tables = {part: ExportTable(where, part, read()) for part, (where, read) in found.items()}

    connections = _connections(tables["connections"]) if "connections" in tables else []
    invitation_rows = _invitations(tables["invitations"]) if "invitations" in tables else []
    messages, recipient_urls = _messages(tables["messages"]) if "messages" in tables else ([], [])
    shares = _shares(tables["shares"]) if "shares" in tables else []
    votes = _votes(tables["votes"]) if "votes" in tables else []
    reactions = _reactions(tables["reactions"]) if "reactions" in tables else []

    owner = owner or derive_owner(invitation_rows, messages, recipient_urls)
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
