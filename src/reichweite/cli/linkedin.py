"""`reichweite import linkedin-export` and `reichweite import linkedin-page`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from reichweite.cli import import_app
from reichweite.cli.common import DbOption, JsonOption, TzOption, parse_at, print_json
from reichweite.jobs.linkedin import PARTS, import_member_export, import_page_exports
from reichweite.store import open_store
from reichweite.store.db import display_url


@import_app.command("linkedin-export")
def linkedin_export(
    path: Annotated[Path, typer.Argument(help="The member data export: the zip LinkedIn sends, or its folder.")],
    owner: Annotated[
        str | None, typer.Option("--owner", help="Your name as in the export (default: derived from it).")
    ] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Import a LinkedIn member data export (2022 or 2024 layout): messages, invitations, connections, shares,
    poll votes, reactions. Importing it again adds nothing."""
    engine = open_store(db)
    result = import_member_export(engine, path, owner=owner)
    if as_json:
        print_json({**result.as_dict(), "db": display_url(str(engine.url))})
        return
    typer.echo(f"LinkedIn member export, {result.layout} layout, of {result.owner or 'an unknown member'}: {path}")
    typer.echo(f"  {'part':12} {'read':>7} {'new':>7}")
    for part in PARTS:
        if part in result.files or result.read.get(part):
            typer.echo(f"  {part:12} {result.read[part]:>7,} {result.added[part]:>7,}")
    missing = [part for part in PARTS if part not in result.files]
    if missing:
        typer.echo(f"  not in the export: {', '.join(missing)}")
    typer.echo(f"Stored in {display_url(str(engine.url))}")


@import_app.command("linkedin-page")
def linkedin_page(
    paths: Annotated[list[Path], typer.Argument(help="Page analytics exports (.xls/.xlsx): followers, content.")],
    page: Annotated[
        str | None, typer.Option("--page", help="The page's name or slug (default: from the file name).")
    ] = None,
    followers: Annotated[
        int | None,
        typer.Option(
            "--followers", min=0, help="Followers the page had on the export's last day: back-computes counts."
        ),
    ] = None,
    at: Annotated[
        str | None, typer.Option("--at", help="When the export was made (default: from the file name); a bare "
                                 "date means the end of that day.")
    ] = None,
    tz: TzOption = "Europe/Berlin",
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Import LinkedIn company page analytics exports (English or German): new followers per day, page
    figures per day, and every post with impressions, likes, comments and reposts."""
    engine = open_store(db)
    observed_at = parse_at(at, tz)
    result = import_page_exports(engine, paths, page=page, followers=followers, observed_at=observed_at)
    if as_json:
        print_json({**result.as_dict(), "db": display_url(str(engine.url))})
        return
    for f in result.files:
        sheets = ", ".join(f"{name} ({kind})" for name, kind in f.sheets.items())
        read = ", ".join(f"{n} {what}" for what, n in f.read.items() if n)
        typer.echo(f"{f.path.name}: page {f.page}, {'German' if f.language == 'de' else 'English'} columns, "
                   f"exported {f.observed_at:%Y-%m-%d %H:%M} UTC")
        typer.echo(f"  sheets: {sheets}")
        typer.echo(f"  read: {read or 'nothing'}")
        for sheet, names in f.unread_columns.items():
            typer.echo(f"  columns not read in {sheet}: {', '.join(names)}")
    typer.echo("New in the store: " + ", ".join(f"{n} {what}" for what, n in result.added.items()))
    if result.follower_note:
        typer.echo(result.follower_note)
    typer.echo(f"Stored in {display_url(str(engine.url))}")
