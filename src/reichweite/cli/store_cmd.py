"""`reichweite db …`: where the store is and what it holds."""

from __future__ import annotations

import sqlalchemy as sa
import typer

from reichweite.cli import app
from reichweite.cli.common import DbOption, JsonOption, echo, print_json
from reichweite.store import open_store
from reichweite.store.db import display_url

db_app = typer.Typer(help="The snapshot store.", no_args_is_help=True)
app.add_typer(db_app, name="db")


@db_app.command("upgrade")
def upgrade(db: DbOption = None) -> None:
    """Create the store or bring its schema up to date."""
    engine = open_store(db)
    echo(f"Store is up to date: {display_url(str(engine.url))}")


@db_app.command("info")
def info(db: DbOption = None, as_json: JsonOption = False) -> None:
    """Rows per table."""
    engine = open_store(db)
    counts = {}
    with engine.connect() as conn:
        for name in sorted(sa.inspect(conn).get_table_names()):
            if name != "alembic_version":
                counts[name] = conn.execute(sa.text(f'SELECT COUNT(*) FROM "{name}"')).scalar_one()
    if as_json:
        print_json({"db": display_url(str(engine.url)), "tables": counts})
        return
    echo(display_url(str(engine.url)))
    for name, count in counts.items():
        echo(f"  {name:24} {count:>10,}")
