"""Tables for company panels: companies, their page figures over time, panels and membership spells."""

from __future__ import annotations

import sqlalchemy as sa

from reichweite.store.schema import UTCDateTime, metadata

companies = sa.Table(
    "companies",
    metadata,
    sa.Column("key", sa.String(64), primary_key=True),  # the ISIN where known, else a slug of the name
    sa.Column("name", sa.String(256), nullable=False),
    sa.Column("isin", sa.String(12)),
    sa.Column("aliases", sa.JSON),
    sa.Column("first_source", sa.Text),
)

company_snapshots = sa.Table(
    "company_snapshots",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("company_key", sa.String(64), sa.ForeignKey("companies.key", ondelete="CASCADE"), nullable=False),
    sa.Column("platform", sa.String(16), nullable=False),
    sa.Column("observed_at", UTCDateTime, nullable=False),
    sa.Column("source", sa.String(16), nullable=False),
    sa.Column("followers", sa.BigInteger),
    sa.Column("followers_shown", sa.String(64)),
    sa.Column("employees", sa.BigInteger),
    sa.Column("employees_shown", sa.String(64)),
    sa.Column("origin", sa.Text),
    sa.Column("tool_version", sa.String(32)),
    # 'off' where the company switched the figure off (the figure itself is then NULL); NULL: measured or unknown
    sa.Column("followers_state", sa.String(8)),
    sa.Column("employees_state", sa.String(8)),
    sa.UniqueConstraint(
        "company_key", "platform", "observed_at", "source", name="uq_company_snapshots_company_platform_observed"
    ),
    sa.Index("ix_company_snapshots_platform_observed", "platform", "observed_at"),
)

panels = sa.Table(
    "panels",
    metadata,
    sa.Column("name", sa.String(64), primary_key=True),
    sa.Column("title", sa.Text),
    sa.Column("source", sa.Text),  # the file the panel came from, or builtin:<file>
    sa.Column("notes", sa.Text),  # caveats shown in reports
    sa.Column("loaded_at", UTCDateTime, nullable=False),
)

memberships = sa.Table(
    "memberships",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("panel", sa.String(64), sa.ForeignKey("panels.name", ondelete="CASCADE"), nullable=False),
    sa.Column("company_key", sa.String(64), sa.ForeignKey("companies.key", ondelete="CASCADE"), nullable=False),
    sa.Column("joined", sa.Date),  # NULL: a member since before the data begins
    sa.Column("left", sa.Date),  # NULL: still a member; the spell is [joined, left)
    sa.Column("source", sa.Text),
    sa.Index("ix_memberships_panel", "panel"),
)
