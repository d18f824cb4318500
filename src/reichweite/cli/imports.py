"""`reichweite import …`: exports and tables into the store."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import typer

from reichweite.cli.common import DbOption, JsonOption, existing, note, parse_at, print_json, store
from reichweite.errors import UsageError
from reichweite.store.db import display_url

app = typer.Typer(help="Import exports and tables into the store.", no_args_is_help=True)
FileArg = Annotated[Path, typer.Argument(help="CSV or XLSX file.", dir_okay=False)]


@app.callback()
def group(db: DbOption = None) -> None:
    """Import exports and tables into the store."""


@app.command("x-archive")
def x_archive(
    path: Annotated[Path, typer.Argument(help="The archive: .zip, its folder, or a tweets.js file.")],
    handle: Annotated[str | None, typer.Option("--handle", help="The account's handle when there is no "
                                               "manifest.js (a lone tweets.js).")] = None,
    db: DbOption = None,
) -> None:
    """Import the official X account archive (posts, likes and reposts as of the archive's date)."""
    from reichweite.jobs.import_x_archive import import_x_archive

    existing(path)
    typer.echo(import_x_archive(store(db), path, handle=handle).summary())


@app.command("table")
def table(
    path: Annotated[Path, typer.Argument(help="A .csv or .xlsx file following `reichweite template …`.")],
    tz: Annotated[str, typer.Option("--tz", help="Time zone of dates written without one.")] = "Europe/Berlin",
    db: DbOption = None,
) -> None:
    """Import figures typed in by hand (posts or accounts layout, detected from the header)."""
    from reichweite.jobs.import_table import import_table

    try:
        zone = ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        raise UsageError(f"--tz: unknown time zone {tz!r} (e.g. Europe/Berlin, UTC)") from None
    existing(path)
    typer.echo(import_table(store(db), path, tz=zone).summary())


@app.command("mastodon-archive")
def mastodon_archive(
    path: Annotated[Path, typer.Argument(help="The archive .zip or its outbox.json.")],
    db: DbOption = None,
) -> None:
    """Own posts and boosts (as reposts) from a Mastodon account archive. The archive holds no counts."""
    from reichweite.jobs.platforms import import_mastodon_archive

    existing(path)
    typer.echo(import_mastodon_archive(store(db), path).summary())


@app.command("linkedin-export")
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
    from reichweite.jobs.linkedin import PARTS, import_member_export

    existing(path)
    engine = store(db)
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
    note(f"Stored in {display_url(str(engine.url))}")


@app.command("linkedin-page")
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
        str | None, typer.Option("--at", help="When the export was made (default: from the file name).")
    ] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Import LinkedIn company page analytics exports (English or German): new followers per day, page
    figures per day, and every post with impressions, likes, comments and reposts."""
    from reichweite.jobs.linkedin import import_page_exports

    observed_at = parse_at(at)
    existing(*paths)
    engine = store(db)
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
            note(f"  columns not read in {sheet}: {', '.join(names)}")
    typer.echo("New in the store: " + ", ".join(f"{n} {what}" for what, n in result.added.items()))
    if result.follower_note:
        note(result.follower_note)
    note(f"Stored in {display_url(str(engine.url))}")


@app.command("companies")
def companies(
    file: FileArg,
    add_unknown: Annotated[bool, typer.Option("--add-unknown", help="Add unknown names as new companies.")] = False,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Company-page figures (followers, employees) in the long or the wide layout (a sheet per date)."""
    from reichweite.jobs.panels import import_company_table

    existing(file)
    summary = import_company_table(store(db), file, add_unknown=add_unknown)
    if as_json:
        print_json(summary)
        return
    typer.echo(_import_line(summary))


@app.command("company-page")
def company_page(
    file: Annotated[Path, typer.Argument(help="LinkedIn page followers export (.xls/.xlsx).", dir_okay=False)],
    company: Annotated[str | None, typer.Option(
        "--company", help="The company the page belongs to (default: the page name in the file name).")] = None,
    followers_on_last_day: Annotated[int | None, typer.Option(
        "--followers-on-last-day", help="The follower count the page showed at the end of the export's last day "
        "(needed when the export holds only new followers per day).")] = None,
    all_days: Annotated[bool, typer.Option("--all-days", help="Keep every day, not only the last one.")] = False,
    add_unknown: Annotated[bool, typer.Option("--add-unknown", help="Add an unknown company.")] = False,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Your own company page's LinkedIn followers from its page analytics export, for panels."""
    from reichweite.jobs.panels import import_company_page

    existing(file)
    summary = import_company_page(store(db), file, company=company, followers_on_last_day=followers_on_last_day,
                                  all_days=all_days, add_unknown=add_unknown)
    if as_json:
        print_json(summary)
        return
    typer.echo(_import_line(summary))


def _import_line(summary: dict) -> str:
    dates = summary["dates"]
    span = f"{dates[0]} … {dates[-1]}" if dates else "no dates"
    return (f"{summary['file']}: {summary['rows']} rows, {summary['added']} new measurements, "
            f"{summary['already_stored']} already stored, {summary['new_companies']} new companies; "
            f"{summary['companies']} companies, {', '.join(summary['platforms'])}, {len(dates)} dates ({span})")
