"""LinkedIn tables: what the member data export holds besides posts, and page analytics per day.

Each row of the export tables carries a fingerprint (a hash of what identifies it) that is unique, so importing
the same export again adds nothing. Shares go to `posts`; page followers go to `account_snapshots`.
"""

from __future__ import annotations

import sqlalchemy as sa

from reichweite.store.schema import UTCDateTime, metadata


def _common() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("fingerprint", sa.String(64), nullable=False, unique=True),
        sa.Column("owner", sa.String(256)),  # the member whose export it is
        sa.Column("origin", sa.Text),  # the file the row came from
        sa.Column("imported_at", UTCDateTime, nullable=False),
    ]


linkedin_messages = sa.Table(
    "linkedin_messages",
    metadata,
    *_common(),
    sa.Column("conversation_id", sa.String(256), nullable=False),
    sa.Column("sender", sa.String(256), nullable=False),
    sa.Column("sender_url", sa.Text),
    sa.Column("recipients", sa.Text),
    sa.Column("sent_at", UTCDateTime, nullable=False),
    sa.Column("subject", sa.Text),
    sa.Column("text", sa.Text),
    sa.Column("direction", sa.String(16), nullable=False),
    sa.Column("folder", sa.String(64)),
    sa.Column("title", sa.Text),  # the conversation's title (group chats, "Sponsored Conversation")
    sa.Column("content_raw", sa.Text),  # the content as exported when it was HTML (`text` is what it shows)
    sa.Index("ix_linkedin_messages_sender", "sender"),
)

linkedin_invitations = sa.Table(
    "linkedin_invitations",
    metadata,
    *_common(),
    sa.Column("sender", sa.String(256), nullable=False),
    sa.Column("recipient", sa.String(256), nullable=False),
    sa.Column("sender_url", sa.Text),
    sa.Column("recipient_url", sa.Text),
    sa.Column("sent_at", UTCDateTime, nullable=False),
    sa.Column("message", sa.Text),
    sa.Column("direction", sa.String(16), nullable=False),
)

linkedin_connections = sa.Table(
    "linkedin_connections",
    metadata,
    *_common(),
    sa.Column("first_name", sa.String(256), nullable=False),
    sa.Column("last_name", sa.String(256), nullable=False),
    sa.Column("url", sa.Text),
    sa.Column("email", sa.String(320)),
    sa.Column("company", sa.Text),
    sa.Column("position", sa.Text),
    sa.Column("connected_on", sa.Date),
)

linkedin_votes = sa.Table(
    "linkedin_votes",
    metadata,
    *_common(),
    sa.Column("voted_at", UTCDateTime, nullable=False),
    sa.Column("link", sa.Text, nullable=False),
    sa.Column("option", sa.Text, nullable=False),
)

linkedin_reactions = sa.Table(
    "linkedin_reactions",
    metadata,
    *_common(),
    sa.Column("reacted_at", UTCDateTime, nullable=False),
    sa.Column("type", sa.String(32), nullable=False),
    sa.Column("link", sa.Text, nullable=False),
)

linkedin_page_days = sa.Table(
    "linkedin_page_days",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("page", sa.String(256), nullable=False),
    sa.Column("day", sa.Date, nullable=False),
    sa.Column("new_followers", sa.BigInteger),
    sa.Column("new_followers_sponsored", sa.BigInteger),
    sa.Column("new_followers_organic", sa.BigInteger),
    sa.Column("new_followers_auto_invited", sa.BigInteger),
    sa.Column("followers", sa.BigInteger),
    sa.Column("impressions", sa.BigInteger),
    sa.Column("unique_impressions", sa.BigInteger),
    sa.Column("clicks", sa.BigInteger),
    sa.Column("reactions", sa.BigInteger),
    sa.Column("comments", sa.BigInteger),
    sa.Column("reposts", sa.BigInteger),
    sa.Column("engagement_rate", sa.Float),
    sa.Column("engagements", sa.BigInteger),  # a member's creator analytics (page exports split them up)
    sa.Column("origin", sa.Text),
    sa.Column("imported_at", UTCDateTime, nullable=False),
    sa.UniqueConstraint("page", "day", name="uq_linkedin_page_days_page_day"),
)

# a member's creator analytics over the export's window: what DISCOVERY states (members reached has no days)
linkedin_creator_windows = sa.Table(
    "linkedin_creator_windows",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("member", sa.String(256), nullable=False),
    sa.Column("first_day", sa.Date, nullable=False),
    sa.Column("last_day", sa.Date, nullable=False),
    sa.Column("impressions", sa.BigInteger),
    sa.Column("members_reached", sa.BigInteger),
    sa.Column("origin", sa.Text),
    sa.Column("imported_at", UTCDateTime, nullable=False),
    sa.UniqueConstraint("member", "first_day", "last_day", name="uq_linkedin_creator_windows_member_days"),
)

EXPORT_TABLES = {
    "messages": linkedin_messages,
    "invitations": linkedin_invitations,
    "connections": linkedin_connections,
    "votes": linkedin_votes,
    "reactions": linkedin_reactions,
}
PAGE_DAY_FIGURES: tuple[str, ...] = (
    "new_followers", "new_followers_sponsored", "new_followers_organic", "new_followers_auto_invited", "followers",
    "impressions", "unique_impressions", "clicks", "reactions", "comments", "reposts", "engagement_rate",
    "engagements",
)
