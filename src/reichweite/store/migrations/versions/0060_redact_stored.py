"""Secrets out of stores written before redaction: run messages redacted, origins that carry credentials
(user:password@, token=/password= parameters) cut to scheme, host and path. Other origins keep their query string.

Revision ID: 0060_redact_stored
Revises: 0001_core
"""

import sqlalchemy as sa
from alembic import op

from reichweite.redact import origin, redact

revision = "0060_redact_stored"
down_revision = "0001_core"
branch_labels = None
depends_on = None

SUSPECT = ("%@%", "%token=%", "%password=%", "%secret=%", "%key=%", "%auth%", "%bearer%")


def _clean(table: str, column: str, how) -> None:  # type: ignore[no-untyped-def]
    conn = op.get_bind()
    t = sa.table(table, sa.column("id", sa.Integer), sa.column(column, sa.Text))
    suspect = sa.or_(*(sa.func.lower(t.c[column]).like(p) for p in SUSPECT))
    for row_id, value in conn.execute(sa.select(t.c.id, t.c[column]).where(suspect)).all():
        cleaned = how(value)
        if cleaned != value:
            conn.execute(t.update().where(t.c.id == row_id).values({column: cleaned}))


def upgrade() -> None:
    _clean("collection_runs", "message", redact)
    _clean("snapshots", "origin", origin)
    _clean("account_snapshots", "origin", origin)


def downgrade() -> None:
    pass  # what was hidden stays hidden
