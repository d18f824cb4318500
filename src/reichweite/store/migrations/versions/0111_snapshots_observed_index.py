"""An index on snapshots.observed_at: "when was this account last measured" reads the newest snapshots first
instead of every snapshot of the account (the web app's overview on a store of millions of snapshots).

Revision ID: 0111_snapshots_observed_index
Revises: 0110_jobs
"""

from alembic import op

revision = "0111_snapshots_observed_index"
down_revision = "0110_jobs"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_snapshots_observed_at", "snapshots", ["observed_at"])


def downgrade() -> None:
    op.drop_index("ix_snapshots_observed_at", table_name="snapshots")
