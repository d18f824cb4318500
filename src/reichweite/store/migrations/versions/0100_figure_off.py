"""A company-page figure switched off by the company ('Follow' disabled, employee count hidden) is stored as such.

Revision ID: 0100_figure_off
Revises: 0004_panels
"""

import sqlalchemy as sa
from alembic import op

revision = "0100_figure_off"
down_revision = "0004_panels"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("company_snapshots") as batch:
        batch.add_column(sa.Column("followers_state", sa.String(8)))
        batch.add_column(sa.Column("employees_state", sa.String(8)))


def downgrade() -> None:
    with op.batch_alter_table("company_snapshots") as batch:
        batch.drop_column("employees_state")
        batch.drop_column("followers_state")
