"""The comparisons the web app was asked for lately, so that a restarted server computes them again in the background
before anyone asks (and again after each change of the store).

Revision ID: 0112_web_recent
Revises: 0111_snapshots_observed_index
"""

import sqlalchemy as sa
from alembic import op

from reichweite.store.schema import UTCDateTime

revision = "0112_web_recent"
down_revision = "0111_snapshots_observed_index"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "web_recent",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("params", sa.JSON, nullable=False),
        sa.Column("asked_at", UTCDateTime, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("web_recent")
