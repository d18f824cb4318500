"""LinkedIn member export tables (messages, invitations, connections, votes, reactions) and page days.

Revision ID: 0002_linkedin
Revises: 0001_core
"""

import sqlalchemy as sa
from alembic import op

from reichweite.store.schema import UTCDateTime

revision = "0002_linkedin"
down_revision = "0001_core"
branch_labels = None
depends_on = None


def _common() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("owner", sa.String(256)),
        sa.Column("origin", sa.Text),
        sa.Column("imported_at", UTCDateTime, nullable=False),
    ]


def _unique(table: str) -> sa.UniqueConstraint:
    return sa.UniqueConstraint("fingerprint", name=f"uq_{table}_fingerprint")


def upgrade() -> None:
    op.create_table(
        "linkedin_messages",
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
        _unique("linkedin_messages"),
    )
    op.create_index("ix_linkedin_messages_sender", "linkedin_messages", ["sender"])
    op.create_table(
        "linkedin_invitations",
        *_common(),
        sa.Column("sender", sa.String(256), nullable=False),
        sa.Column("recipient", sa.String(256), nullable=False),
        sa.Column("sender_url", sa.Text),
        sa.Column("recipient_url", sa.Text),
        sa.Column("sent_at", UTCDateTime, nullable=False),
        sa.Column("message", sa.Text),
        sa.Column("direction", sa.String(16), nullable=False),
        _unique("linkedin_invitations"),
    )
    op.create_table(
        "linkedin_connections",
        *_common(),
        sa.Column("first_name", sa.String(256), nullable=False),
        sa.Column("last_name", sa.String(256), nullable=False),
        sa.Column("url", sa.Text),
        sa.Column("email", sa.String(320)),
        sa.Column("company", sa.Text),
        sa.Column("position", sa.Text),
        sa.Column("connected_on", sa.Date),
        _unique("linkedin_connections"),
    )
    op.create_table(
        "linkedin_votes",
        *_common(),
        sa.Column("voted_at", UTCDateTime, nullable=False),
        sa.Column("link", sa.Text, nullable=False),
        sa.Column("option", sa.Text, nullable=False),
        _unique("linkedin_votes"),
    )
    op.create_table(
        "linkedin_reactions",
        *_common(),
        sa.Column("reacted_at", UTCDateTime, nullable=False),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("link", sa.Text, nullable=False),
        _unique("linkedin_reactions"),
    )
    op.create_table(
        "linkedin_page_days",
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
        sa.Column("origin", sa.Text),
        sa.Column("imported_at", UTCDateTime, nullable=False),
        sa.UniqueConstraint("page", "day", name="uq_linkedin_page_days_page_day"),
    )


def downgrade() -> None:
    for table in (
        "linkedin_page_days", "linkedin_reactions", "linkedin_votes", "linkedin_connections",
        "linkedin_invitations", "linkedin_messages",
    ):
        op.drop_table(table)
