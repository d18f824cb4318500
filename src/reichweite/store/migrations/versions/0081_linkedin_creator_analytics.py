"""LinkedIn creator analytics of a member: engagements per day beside the page figures, and the export window's
impressions and members reached.

Revision ID: 0081_linkedin_creator_analytics
Revises: 0080_linkedin_message_text
"""

import sqlalchemy as sa
from alembic import op

from reichweite.store.schema import UTCDateTime

revision = "0081_linkedin_creator_analytics"
down_revision = "0080_linkedin_message_text"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("linkedin_page_days") as batch:
        batch.add_column(sa.Column("engagements", sa.BigInteger))
    op.create_table(
        "linkedin_creator_windows",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("member", sa.String(256), nullable=False),
        sa.Column("first_day", sa.Date, nullable=False),
        sa.Column("last_day", sa.Date, nullable=False),
        sa.Column("impressions", sa.BigInteger),
        sa.Column("members_reached", sa.BigInteger),
        sa.Column("origin", sa.Text),
        sa.Column("imported_at", UTCDateTime, nullable=False),
        sa.UniqueConstraint("member", "first_day", "last_day", name="uq_linkedin_creator_windows_member_days"),
    )


def downgrade() -> None:
    op.drop_table("linkedin_creator_windows")
    with op.batch_alter_table("linkedin_page_days") as batch:
        batch.drop_column("engagements")
