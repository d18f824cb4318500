"""The tables (SQLAlchemy Core). Posts are stored once; snapshots are append-only measurements."""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator):
    """Timezone-aware UTC datetimes on every backend (SQLite keeps them as naive UTC text)."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):  # type: ignore[no-untyped-def]
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r}: times are stored in UTC and must carry a time zone")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value, dialect):  # type: ignore[no-untyped-def]
        if value is None:
            return None
        if isinstance(value, str):
            value = datetime.fromisoformat(value)
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


metadata = sa.MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

posts = sa.Table(
    "posts",
    metadata,
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
    sa.Column("visibility", sa.String(16)),  # public, unlisted, private; NULL: public (stored before, or no such)
    sa.Column("content_warning", sa.Text),
    sa.UniqueConstraint("platform", "native_id", name="uq_posts_platform_native_id"),
    sa.Index("ix_posts_platform_author", "platform", "author"),
)

snapshots = sa.Table(
    "snapshots",
    metadata,
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
    sa.Index("ix_snapshots_post_observed", "post_id", "observed_at"),
)

accounts = sa.Table(
    "accounts",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("platform", sa.String(16), nullable=False),
    sa.Column("handle", sa.String(256), nullable=False),
    sa.Column("native_id", sa.String(256)),
    sa.Column("display_name", sa.Text),
    sa.Column("raw", sa.JSON),
    sa.Column("first_seen_at", UTCDateTime, nullable=False),
    sa.UniqueConstraint("platform", "handle", name="uq_accounts_platform_handle"),
)

account_snapshots = sa.Table(
    "account_snapshots",
    metadata,
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

collection_runs = sa.Table(
    "collection_runs",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("platform", sa.String(16), nullable=False),
    sa.Column("target", sa.String(512), nullable=False),
    sa.Column("started_at", UTCDateTime, nullable=False),
    sa.Column("finished_at", UTCDateTime),
    sa.Column("status", sa.String(16), nullable=False),  # running, ok, failed, partial
    sa.Column("message", sa.Text),
    sa.Column("items", sa.Integer, nullable=False, server_default="0"),
    sa.Column("cursor", sa.Text),
    sa.Column("tool_version", sa.String(32)),
)
