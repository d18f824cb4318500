"""Company panels: companies, company snapshots, panels, membership spells.

Revision ID: 0004_panels
Revises: 0001_core
"""

import sqlalchemy as sa
from alembic import op

from reichweite.store.schema import UTCDateTime

revision = "0004_panels"
down_revision = "0001_core"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "companies",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("name", sa.String(256), nullable=False),
        sa.Column("isin", sa.String(12)),
        sa.Column("aliases", sa.JSON),
        sa.Column("first_source", sa.Text),
    )
    op.create_table(
        "company_snapshots",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "company_key", sa.String(64), sa.ForeignKey("companies.key", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("platform", sa.String(16), nullable=False),
        sa.Column("observed_at", UTCDateTime, nullable=False),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("followers", sa.BigInteger),
        sa.Column("followers_shown", sa.String(64)),
        sa.Column("employees", sa.BigInteger),
        sa.Column("employees_shown", sa.String(64)),
        sa.Column("origin", sa.Text),
        sa.Column("tool_version", sa.String(32)),
        sa.UniqueConstraint(
            "company_key", "platform", "observed_at", "source",
            name="uq_company_snapshots_company_platform_observed",
        ),
    )
    op.create_index(
        "ix_company_snapshots_platform_observed", "company_snapshots", ["platform", "observed_at"]
    )
    op.create_table(
        "panels",
        sa.Column("name", sa.String(64), primary_key=True),
        sa.Column("title", sa.Text),
        sa.Column("source", sa.Text),
        sa.Column("notes", sa.Text),
        sa.Column("loaded_at", UTCDateTime, nullable=False),
    )
    op.create_table(
        "memberships",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("panel", sa.String(64), sa.ForeignKey("panels.name", ondelete="CASCADE"), nullable=False),
        sa.Column("company_key", sa.String(64), sa.ForeignKey("companies.key", ondelete="CASCADE"), nullable=False),
        sa.Column("joined", sa.Date),
        sa.Column("left", sa.Date),
        sa.Column("source", sa.Text),
    )
    op.create_index("ix_memberships_panel", "memberships", ["panel"])


def downgrade() -> None:
    op.drop_index("ix_memberships_panel", "memberships")
    op.drop_table("memberships")
    op.drop_table("panels")
    op.drop_index("ix_company_snapshots_platform_observed", "company_snapshots")
    op.drop_table("company_snapshots")
    op.drop_table("companies")
