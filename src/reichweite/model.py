"""The records that flow from sources into the store. A missing figure is None, never 0."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal

from reichweite import registry

Platform = str  # one of PLATFORMS
PLATFORMS: tuple[str, ...] = registry.NAMES
PostKind = Literal["post", "reply", "repost", "quote", "poll"]
SnapshotSource = Literal["api", "archive", "manual"]


@dataclass(slots=True)
class Post:
    """A post as published; stored once per (platform, native_id)."""

    platform: str
    native_id: str
    author: str
    created_at: datetime
    text: str = ""
    langs: list[str] = field(default_factory=list)
    hashtags: list[str] = field(default_factory=list)
    kind: str = "post"
    url: str | None = None
    author_id: str | None = None
    reply_to: str | None = None
    raw: Any = None
    visibility: str | None = None  # public, unlisted, private (followers only); None where a platform has no such
    content_warning: str | None = None  # the warning shown before the text (Mastodon spoiler_text)


@dataclass(slots=True)
class Snapshot:
    """A measurement of one post at one moment. Append-only."""

    platform: str
    native_id: str
    observed_at: datetime
    source: str
    likes: int | None = None
    replies: int | None = None
    reposts: int | None = None
    quotes: int | None = None
    views: int | None = None
    bookmarks: int | None = None
    poll_votes: int | None = None
    poll_voters: int | None = None
    poll_options: list[dict[str, Any]] | None = None
    origin: str | None = None


@dataclass(slots=True)
class Account:
    platform: str
    handle: str
    native_id: str | None = None
    display_name: str | None = None
    raw: Any = None


@dataclass(slots=True)
class AccountSnapshot:
    """Followers, following and post counts of an account (or company page) at one moment."""

    platform: str
    handle: str
    observed_at: datetime
    source: str
    followers: int | None = None
    following: int | None = None
    posts: int | None = None
    followers_shown: str | None = None
    origin: str | None = None


@dataclass(slots=True)
class Company:
    key: str
    name: str
    isin: str | None = None
    aliases: list[str] = field(default_factory=list)


@dataclass(slots=True)
class CompanySnapshot:
    platform: str
    company_key: str
    observed_at: datetime
    source: str
    followers: int | None = None
    followers_shown: str | None = None
    employees: int | None = None
    employees_shown: str | None = None
    origin: str | None = None
    followers_state: str | None = None  # 'off': switched off by the company (the figure is then None)
    employees_state: str | None = None


@dataclass(slots=True)
class Membership:
    """A spell of a company in a panel: the half-open interval [joined, left)."""

    panel: str
    company_key: str
    joined: date | None
    left: date | None
    source: str = ""


@dataclass(slots=True)
class Message:
    conversation_id: str
    sender: str
    sent_at: datetime
    text: str
    direction: str
    recipients: str = ""
    subject: str = ""
    sender_url: str | None = None
    folder: str | None = None
    title: str | None = None  # the conversation's title (group chats, "Sponsored Conversation")
    content_raw: str | None = None  # the content as exported, when it was HTML and `text` is what it shows


@dataclass(slots=True)
class Invitation:
    sender: str
    recipient: str
    sent_at: datetime
    message: str
    direction: str
    sender_url: str | None = None
    recipient_url: str | None = None


#: the largest count a store column holds (64-bit); no real figure comes near it
MAX_COUNT = 2**63 - 1


def plausible_count(value: object) -> int | None:
    """A count as a platform's JSON sends it → int; anything no count can be (negative, a fraction, past 64 bits,
    1e400, NaN, a boolean, a string) → None: unknown, never a guess."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if isinstance(value, float) and not (value.is_integer() and abs(value) <= MAX_COUNT):
        return None
    number = int(value)
    return number if 0 <= number <= MAX_COUNT else None

#: a UTF-16 surrogate on its own (JSON may escape one as "\\ud800"): not text; no database or terminal encodes it
LONE_SURROGATE = re.compile("[\ud800-\udfff]")


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
    """Everything read from one member data export. Directions are relative to `owner` ('unknown' without one);
    `files` names the file each part came from; `layout` is '2024' when any file has a 2024 header."""

    owner: str | None
    messages: list[Message]
    invitations: list[Invitation]
    connections: list[Connection]
    shares: list[Post]
    votes: list[Vote]
    layout: str
    files: dict[str, str]
    reactions: list[Reaction] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)  # part → why its file was not read (file, line, expected)
    duplicates: dict[str, list[str]] = field(default_factory=dict)  # part → copies found deeper, not read
    encodings: dict[str, str] = field(default_factory=dict)  # part → its file's encoding when not UTF-8
    owner_from: str | None = None  # "given", "export" or "files beside it"

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


@dataclass(slots=True)
class PageDay:
    """One day of a page: new followers (followers export) and page-wide content figures (content export)."""

    day: date
    new_followers: int | None = None
    new_followers_sponsored: int | None = None
    new_followers_organic: int | None = None
    new_followers_auto_invited: int | None = None
    followers: int | None = None  # the running total, only when the export itself carries one
    impressions: int | None = None
    unique_impressions: int | None = None
    clicks: int | None = None
    reactions: int | None = None
    comments: int | None = None
    reposts: int | None = None
    engagement_rate: float | None = None
    engagements: int | None = None  # a member's creator analytics: reactions, comments, reposts … together
