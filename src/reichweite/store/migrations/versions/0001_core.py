"""Core tables: posts, snapshots, accounts, account snapshots, collection runs.

Revision ID: 0001_core
Revises:
"""

import sqlalchemy as sa
from alembic import op

from reichweite.store.schema import UTCDateTime

revision = "0001_core"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "posts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("platform", sa.String(16), nullable=False),
        sa.Column("native_id", sa.String(512), nullable=False),
        sa.Column("author", sa.String(256), nullable=False),
        sa.Column("author_id", sa.String(256)),
        sa.Column("created_at", UTCDateTime),
        sa.Column("text", sa.Text),
        sa.Column("langs", sa.JSON),
        sa.Column("hashtags", sa.JSON),
        sa.Column("kind", sa.String(16), nullable=False, server_default="post"),
        sa.Column("url", sa.Text),
        sa.Column("reply_to", sa.String(512)),
        sa.Column("raw", sa.JSON),
        sa.Column("first_source", sa.Text),
        sa.Column("first_seen_at", UTCDateTime, nullable=False),
        sa.UniqueConstraint("platform", "native_id", name="uq_posts_platform_native_id"),
    )
    op.create_index("ix_posts_platform_author", "posts", ["platform", "author"])
    op.create_table(
        "snapshots",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("post_id", sa.Integer, sa.ForeignKey("posts.id", ondelete="CASCADE"), nullable=False),
        sa.Column("observed_at", UTCDateTime, nullable=False),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("likes", sa.BigInteger),
        sa.Column("replies", sa.BigInteger),
        sa.Column("reposts", sa.BigInteger),
        sa.Column("quotes", sa.BigInteger),
        sa.Column("views", sa.BigInteger),
        sa.Column("bookmarks", sa.BigInteger),
        sa.Column("poll_votes", sa.BigInteger),
        sa.Column("poll_voters", sa.BigInteger),
        sa.Column("poll_options", sa.JSON),
        sa.Column("origin", sa.Text),
        sa.Column("tool_version", sa.String(32)),
        sa.UniqueConstraint("post_id", "observed_at", "source", name="uq_snapshots_post_observed_source"),
    )
    op.create_index("ix_snapshots_post_observed", "snapshots", ["post_id", "observed_at"])
    op.create_table(
        "accounts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("platform", sa.String(16), nullable=False),
        sa.Column("handle", sa.String(256), nullable=False),
        sa.Column("native_id", sa.String(256)),
        sa.Column("display_name", sa.Text),
        sa.Column("raw", sa.JSON),
        sa.Column("first_seen_at", UTCDateTime, nullable=False),
        sa.UniqueConstraint("platform", "handle", name="uq_accounts_platform_handle"),
    )
    op.create_table(
        "account_snapshots",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("account_id", sa.Integer, sa.ForeignKey("accounts.id", ondelete="CASCADE"), nullable=False),
        sa.Column("observed_at", UTCDateTime, nullable=False),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("followers", sa.BigInteger),
        sa.Column("following", sa.BigInteger),
        sa.Column("posts", sa.BigInteger),
        sa.Column("followers_shown", sa.String(64)),
        sa.Column("origin", sa.Text),
        sa.Column("tool_version", sa.String(32)),
        sa.UniqueConstraint(
            "account_id", "observed_at", "source", name="uq_account_snapshots_account_observed_source"
        ),
    )
    op.create_table(
        "collection_runs",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("platform", sa.String(16), nullable=False),
        sa.Column("target", sa.String(512), nullable=False),
        sa.Column("started_at", UTCDateTime, nullable=False),
        sa.Column("finished_at", UTCDateTime),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("message", sa.Text),
        sa.Column("items", sa.Integer, nullable=False, server_default="0"),
        sa.Column("cursor", sa.Text),
        sa.Column("tool_version", sa.String(32)),
    )


def downgrade() -> None:
    for table in ("collection_runs", "account_snapshots", "accounts", "snapshots", "posts"):
        op.drop_table(table)
