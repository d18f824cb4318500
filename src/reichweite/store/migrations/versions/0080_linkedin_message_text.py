"""LinkedIn messages: the conversation title, and the content as exported beside its text for HTML messages.

Messages stored before held InMail and sponsored messages as HTML in `text`: they keep that HTML in `content_raw`
and get the text it shows, as an import writes them now.

Revision ID: 0080_linkedin_message_text
Revises: 0002_linkedin
"""

import sqlalchemy as sa
from alembic import op

revision = "0080_linkedin_message_text"
down_revision = "0002_linkedin"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from reichweite.platforms.linkedin.message_text import is_markup, message_text

    with op.batch_alter_table("linkedin_messages") as batch:
        batch.add_column(sa.Column("title", sa.Text))
        batch.add_column(sa.Column("content_raw", sa.Text))
    conn = op.get_bind()
    messages = sa.table("linkedin_messages", sa.column("id", sa.Integer), sa.column("text", sa.Text),
                        sa.column("content_raw", sa.Text))
    rows = conn.execute(sa.select(messages.c.id, messages.c.text)
                        .where(sa.or_(messages.c.text.like("%<%"), messages.c.text.like("%&%;%")))).all()
    for row_id, text in rows:
        if text and is_markup(text):
            conn.execute(messages.update().where(messages.c.id == row_id)
                         .values(text=message_text(text), content_raw=text))


def downgrade() -> None:
    conn = op.get_bind()
    messages = sa.table("linkedin_messages", sa.column("text", sa.Text), sa.column("content_raw", sa.Text))
    conn.execute(messages.update().where(messages.c.content_raw.is_not(None)).values(text=messages.c.content_raw))
    with op.batch_alter_table("linkedin_messages") as batch:
        batch.drop_column("content_raw")
        batch.drop_column("title")
