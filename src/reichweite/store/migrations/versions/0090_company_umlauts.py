"""Built-in company names with their umlauts: 'Deutsche Boerse' → 'Deutsche Börse' (and Hannover Rück, Münchener Rück).

Stores that loaded the DAX panel before kept the transliterated names; a name the user changed stays as it is.

Revision ID: 0090_company_umlauts
Revises: 0004_panels
"""

import sqlalchemy as sa
from alembic import op

revision = "0090_company_umlauts"
down_revision = "0004_panels"
branch_labels = None
depends_on = None

# key (ISIN) → (name as stored before, name as written)
RENAMED = {
    "DE0005810055": ("Deutsche Boerse", "Deutsche Börse"),
    "DE0008402215": ("Hannover Rueck", "Hannover Rück"),
    "DE0008430026": ("Muenchener Rueck", "Münchener Rück"),
}


def _rename(direction: int) -> None:
    companies = sa.table("companies", sa.column("key", sa.String), sa.column("name", sa.String))
    for key, names in RENAMED.items():
        old, new = names[::direction]
        op.execute(companies.update().where(companies.c.key == key, companies.c.name == old).values(name=new))


def upgrade() -> None:
    _rename(1)


def downgrade() -> None:
    _rename(-1)
