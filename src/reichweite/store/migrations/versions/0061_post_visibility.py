"""Posts keep who could see them (visibility: public, unlisted, private) and their content warning. Posts stored
before have visibility NULL, which counts as public, as it did.

Revision ID: 0061_post_visibility
Revises: 0060_redact_stored
"""

import sqlalchemy as sa
from alembic import op

revision = "0061_post_visibility"
down_revision = "0060_redact_stored"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("posts") as batch:
        batch.add_column(sa.Column("visibility", sa.String(16)))
        batch.add_column(sa.Column("content_warning", sa.Text))


def downgrade() -> None:
    with op.batch_alter_table("posts") as batch:
        batch.drop_column("content_warning")
        batch.drop_column("visibility")
