"""`reichweite template …`: CSV/XLSX templates for figures typed in by hand."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated

import typer

import reichweite
from reichweite.cli.common import DbOption, note, parse_day_option

app = typer.Typer(help="Write a CSV/XLSX template for figures typed in by hand.", no_args_is_help=True)
ForceOption = Annotated[bool, typer.Option("--force", help="Replace the file if it exists.")]


@app.callback()
def group(db: DbOption = None) -> None:
    """Write a CSV/XLSX template for figures typed in by hand."""


def _template(layout: str, path: Path, force: bool) -> None:
    written = reichweite.write_template(layout, path, force=force)
    note(f"Template for the {layout} layout written to {written}; fill it in, then run "
         f"`reichweite import table {written}`.")


@app.command("posts")
def posts(
    path: Annotated[Path, typer.Argument(help="File to write: .csv or .xlsx.")], force: ForceOption = False
) -> None:
    """Write the template for figures of single posts (an existing file only with --force)."""
    _template("posts", path, force)


@app.command("accounts")
def accounts(
    path: Annotated[Path, typer.Argument(help="File to write: .csv or .xlsx.")], force: ForceOption = False
) -> None:
    """Write the template for followers, following and post counts of accounts (an existing file only with
    --force)."""
    _template("accounts", path, force)


@app.command("companies")
def companies(
    file: Annotated[Path, typer.Argument(help="Where to write the template (.xlsx or .csv).", dir_okay=False)],
    wide: Annotated[bool, typer.Option("--wide", help="A sheet per date, a column per platform and figure.")]
    = False,
    panel: Annotated[str | None, typer.Option("--panel", help="Pre-fill the members of this panel.")] = None,
    at: Annotated[str | None, typer.Option("--at", help="Measurement date (and members' date) to pre-fill.")]
    = None,
    force: ForceOption = False,
    db: DbOption = None,
) -> None:
    """Write the table for company-page figures typed in by hand (LinkedIn, Xing, …): long layout, or --wide. An
    existing file is replaced only with --force."""
    day = parse_day_option(at, "--at")
    if not wide and not panel:
        _template("companies", file, force)
        return
    day = day or date.today()
    path = reichweite.write_template("companies", file, force=force, wide=wide, panel=panel, at=day, store=db)
    members = f" ({len(reichweite.panel_members(db, panel, at=day)[1])} companies of {panel} on {day})" if panel else ""
    note(f"Template written: {path}{members}; fill it in, then run `reichweite import table {path}`.")
