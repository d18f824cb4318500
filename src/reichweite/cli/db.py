"""`reichweite db …`: where the store is and what it holds."""

from __future__ import annotations

import typer

import reichweite
from reichweite.cli.common import DbOption, JsonOption, LangOption, echo, note, print_json

app = typer.Typer(help="The snapshot store.", no_args_is_help=True)


@app.callback()
def group(db: DbOption = None, lang: LangOption = None) -> None:
    """The snapshot store."""


@app.command("upgrade")
def upgrade(db: DbOption = None, lang: LangOption = None) -> None:
    """Create the store or bring its schema up to date."""
    note(f"Store is up to date: {reichweite.open_store(db).url}")


@app.command("info")
def info(db: DbOption = None,
    lang: LangOption = None, as_json: JsonOption = False) -> None:
    """Rows per table."""
    opened = reichweite.open_store(db, create=False)
    counts = opened.tables()
    if as_json:
        print_json({"db": opened.url, "tables": counts})
        return
    echo(opened.url)
    for name, count in counts.items():
        echo(f"  {name:24} {count:>10,}")
