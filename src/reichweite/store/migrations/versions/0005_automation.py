"""Automation labels: the user's spam/ok verdicts on inbound senders.

Revision ID: 0005_automation
Revises: 0001_core
"""

import sqlalchemy as sa
from alembic import op

from reichweite.store.schema import UTCDateTime

revision = "0005_automation"
down_revision = "0001_core"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "automation_labels",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("platform", sa.String(16), nullable=False),
        sa.Column("sender", sa.String(512), nullable=False),
        sa.Column("sender_name", sa.Text),
        sa.Column("label", sa.String(8), nullable=False),
        sa.Column("labelled_at", UTCDateTime, nullable=False),
        sa.Column("text", sa.Text),
        sa.Column("features", sa.JSON),
        sa.UniqueConstraint("platform", "sender", name="uq_automation_labels_platform_sender"),
    )


def downgrade() -> None:
    op.drop_table("automation_labels")
