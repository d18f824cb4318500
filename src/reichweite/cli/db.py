"""`reichweite db …`: where the store is and what it holds."""

from __future__ import annotations

import sqlalchemy as sa
import typer

from reichweite.cli.common import DbOption, JsonOption, note, print_json, store
from reichweite.store.db import display_url

app = typer.Typer(help="The snapshot store.", no_args_is_help=True)


@app.callback()
def group(db: DbOption = None) -> None:
    """The snapshot store."""


@app.command("upgrade")
def upgrade(db: DbOption = None) -> None:
    """Create the store or bring its schema up to date."""
    engine = store(db)
    note(f"Store is up to date: {display_url(str(engine.url))}")


@app.command("info")
def info(db: DbOption = None, as_json: JsonOption = False) -> None:
    """Rows per table."""
    engine = store(db, create=False)
    counts = {}
    with engine.connect() as conn:
        for name in sorted(sa.inspect(conn).get_table_names()):
            if name != "alembic_version":
                counts[name] = conn.execute(sa.text(f'SELECT COUNT(*) FROM "{name}"')).scalar_one()
    if as_json:
        print_json({"db": display_url(str(engine.url)), "tables": counts})
        return
    typer.echo(display_url(str(engine.url)))
    for name, count in counts.items():
        typer.echo(f"  {name:24} {count:>10,}")
