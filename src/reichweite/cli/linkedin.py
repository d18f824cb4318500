"""`reichweite import linkedin-export` and `reichweite import linkedin-page`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from reichweite.cli import import_app
from reichweite.cli.common import DbOption, JsonOption, TzOption, echo, parse_at, print_json
from reichweite.jobs.linkedin import PARTS, ExportImport, import_member_export, import_page_exports
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
    """Import a LinkedIn member data export (layouts 2018 to today, also files re-saved by Excel): messages,
    invitations, connections, shares, poll votes, reactions. Each file is stored on its own: a file that cannot be
    read is named (with the line and what was expected) and the others are stored; the exit code is then 1.
    Importing it again, or one of its files alone, adds nothing."""
    engine = open_store(db)
    result = import_member_export(engine, path, owner=owner)
    if as_json:
        print_json({**result.as_dict(), "db": display_url(str(engine.url))})
    else:
        _export_summary(result, path, display_url(str(engine.url)))
    for part, why in result.failed.items():
        echo(f"Error: {part} not imported: {why}", err=True)
    if result.failed:
        raise typer.Exit(1)


def _export_summary(result: ExportImport, path: Path, db: str) -> None:
    whose = result.owner or "an unknown member"
    if result.owner_from == "files beside it":
        whose += " (told by the export's files beside it)"
    echo(f"LinkedIn member export, {result.layout} layout, of {whose}: {path}")
    echo(f"  {'part':12} {'read':>7} {'new':>7}")
    for part in PARTS:
        if part in result.failed:
            echo(f"  {part:12} {'failed':>7} {'-':>7}")
        elif part in result.files or result.read.get(part):
            shown = f"  ({result.encodings[part]})" if part in result.encodings else ""
            echo(f"  {part:12} {result.read[part]:>7,} {result.added[part]:>7,}{shown}")
    missing = [part for part in PARTS if part not in result.files and part not in result.failed]
    if missing:
        echo(f"  not in the export: {', '.join(missing)}")
    for part, copies in result.duplicates.items():
        echo(f"  {part}: read {result.files.get(part, 'the shallowest copy')}; also found, not read: "
                   f"{', '.join(copies)}")
    echo(f"Stored in {db}")


@import_app.command("linkedin-page")
def linkedin_page(
    paths: Annotated[list[Path], typer.Argument(help="Analytics exports (.xls/.xlsx): a company page's followers "
                                                "and content exports, or your own creator analytics export.")],
    page: Annotated[
        str | None, typer.Option("--page", help="The page's name or slug, or yours for creator analytics (default: "
                                 "from the file name or the posts' URLs).")
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
    """Import LinkedIn analytics exports: company page exports (English or German: new followers per day, page
    figures per day, every post with impressions, likes, comments and reposts) and your own creator analytics
    (impressions, engagements and new followers per day, followers, members reached, top posts)."""
    engine = open_store(db)
    observed_at = parse_at(at, tz)
    result = import_page_exports(engine, paths, page=page, followers=followers, observed_at=observed_at)
    if as_json:
        print_json({**result.as_dict(), "db": display_url(str(engine.url))})
        return
    for f in result.files:
        sheets = ", ".join(f"{name} ({kind})" for name, kind in f.sheets.items())
        read = ", ".join(f"{n} {what}" for what, n in f.read.items() if n)
        if f.kind == "creator":
            window = f", {f.window[0]} … {f.window[1]}" if f.window else ""
            figures = ", ".join(f"{what} {n:,}" for what, n in (("impressions", f.impressions),
                                                                  ("members reached", f.members_reached))
                                if n is not None)
            echo(f"{f.path.name}: creator analytics of {f.page}{window}" + (f" ({figures})" if figures else "")
                 + f", figures as of {f.observed_at:%Y-%m-%d %H:%M} UTC")
        else:
            echo(f"{f.path.name}: page {f.page}, {'German' if f.language == 'de' else 'English'} columns, "
                 f"exported {f.observed_at:%Y-%m-%d %H:%M} UTC")
        echo(f"  sheets: {sheets}")
        echo(f"  read: {read or 'nothing'}")
        for sheet, names in f.unread_columns.items():
            echo(f"  columns not read in {sheet}: {', '.join(names)}")
    echo("New in the store: " + ", ".join(f"{n} {what}" for what, n in result.added.items()))
    if result.follower_note:
        echo(result.follower_note)
    echo(f"Stored in {display_url(str(engine.url))}")
