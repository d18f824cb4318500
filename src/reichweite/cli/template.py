"""`reichweite template …`: CSV/XLSX templates for figures typed in by hand."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from reichweite.cli.common import DbOption, note, parse_day, store

app = typer.Typer(help="Write a CSV/XLSX template for figures typed in by hand.", no_args_is_help=True)


@app.callback()
def group(db: DbOption = None) -> None:
    """Write a CSV/XLSX template for figures typed in by hand."""


def _written(layout: str, path: Path) -> None:
    note(f"Template for the {layout} layout written to {path}; fill it in, then run "
         f"`reichweite import table {path}`.")


@app.command("posts")
def posts(path: Annotated[Path, typer.Argument(help="File to write: .csv or .xlsx.")]) -> None:
    """Write the template for figures of single posts."""
    from reichweite.tables.template import write_template

    _written("posts", write_template("posts", path))


@app.command("accounts")
def accounts(path: Annotated[Path, typer.Argument(help="File to write: .csv or .xlsx.")]) -> None:
    """Write the template for followers, following and post counts of accounts."""
    from reichweite.tables.template import write_template

    _written("accounts", write_template("accounts", path))


@app.command("companies")
def companies(
    file: Annotated[Path, typer.Argument(help="Where to write the template (.xlsx or .csv).", dir_okay=False)],
    wide: Annotated[bool, typer.Option("--wide", help="A sheet per date, a column per platform and figure.")]
    = False,
    panel: Annotated[str | None, typer.Option("--panel", help="Pre-fill the members of this panel.")] = None,
    at: Annotated[str | None, typer.Option("--at", help="Measurement date (and members' date) to pre-fill.")]
    = None,
    db: DbOption = None,
) -> None:
    """Write the table for company-page figures typed in by hand (LinkedIn, Xing, …): long layout, or --wide."""
    from reichweite.jobs.panels import panel_members
    from reichweite.tables.company_template import write_companies_template
    from reichweite.tables.template import write_template

    if not wide and not panel:
        _written("companies", write_template("companies", file))
        return
    day = parse_day(at, "--at") or date.today()
    companies: list[tuple[str, str | None]] = []
    if panel:
        _info, frame = panel_members(store(db), panel, day)  # a built-in panel is loaded on first use
        companies = [(r["name"], r["isin"]) for r in frame.to_dict("records")]
    path = write_companies_template(file, wide=wide, companies=companies, day=day)
    note(f"Template written: {path}" + (f" ({len(companies)} companies of {panel} on {day})" if panel else "")
         + f"; fill it in, then run `reichweite import table {path}`.")
