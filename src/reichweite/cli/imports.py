"""`reichweite import …`: exports and tables into the store."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

import reichweite
from reichweite.cli.common import (
    DbOption,
    JsonOption,
    LangOption,
    TzOption,
    echo,
    error_line,
    existing,
    language,
    note,
    parse_at,
    parse_target,
    parse_tz,
    print_json,
)
from reichweite.report import import_summary as said

app = typer.Typer(help="Import exports and tables into the store.", no_args_is_help=True)
FileArg = Annotated[Path, typer.Argument(help="CSV or XLSX file.", dir_okay=False)]


@app.callback()
def group(db: DbOption = None, lang: LangOption = None) -> None:
    """Import exports and tables into the store."""


@app.command("x-archive")
def x_archive(
    path: Annotated[Path, typer.Argument(help="The archive: .zip, its folder, or a tweets.js file.")],
    handle: Annotated[str | None, typer.Option("--handle", help="The account's handle when there is no "
                                               "manifest.js (a lone tweets.js).")] = None,
    db: DbOption = None,
    lang: LangOption = None,
) -> None:
    """Import the official X account archive (posts, likes and reposts as of the archive's date)."""
    existing(path)
    echo(reichweite.import_file(db, path, kind="x-archive", handle=handle).summary_in(language()))


@app.command("table")
def table(
    path: Annotated[Path, typer.Argument(help="A .csv or .xlsx file following `reichweite template …`.")],
    accounts: Annotated[str | None, typer.Option(
        "--accounts", help="Whose figures: PLATFORM:HANDLE,… (e.g. x:fotovorschlag,bluesky:fotovorschlag.bsky.social)"
                           " for a table whose columns or rows do not name the account.")] = None,
    at: Annotated[str | None, typer.Option(
        "--at", help="When the figures were read (21.11.2023 or 2023-11-21 09:00), for a table without a Stichtag "
                     "(observed_at) column; a date alone means the end of that day.")] = None,
    tz: TzOption = "Europe/Berlin",
    db: DbOption = None,
    lang: LangOption = None,
) -> None:
    """Import figures typed in by hand (posts, posts side by side, polls, accounts, company pages; the layout is
    detected from the header, German or English)."""
    zone = parse_tz(tz)
    pairs = [parse_target(a) for a in (accounts or "").split(",") if a.strip()]
    when = parse_at(at, zone)
    existing(path)
    echo(reichweite.import_file(db, path, kind="table", tz=zone, accounts=pairs, at=when).summary_in(language()))


@app.command("mastodon-archive")
def mastodon_archive(
    path: Annotated[Path, typer.Argument(help="The archive .zip or its outbox.json.")],
    db: DbOption = None,
    lang: LangOption = None,
) -> None:
    """Own posts and boosts (as reposts) from a Mastodon account archive. The archive holds no counts."""
    existing(path)
    echo(reichweite.import_file(db, path, kind="mastodon-archive").summary_in(language()))


@app.command("linkedin-export")
def linkedin_export(
    path: Annotated[Path, typer.Argument(help="The member data export: the zip LinkedIn sends, or its folder.")],
    owner: Annotated[
        str | None, typer.Option("--owner", help="Your name as in the export (default: derived from it).")
    ] = None,
    db: DbOption = None,
    lang: LangOption = None,
    as_json: JsonOption = False,
) -> None:
    """Import a LinkedIn member data export (layouts 2018 to today, also files re-saved by Excel): messages,
    invitations, connections, shares, poll votes, reactions. Each file is stored on its own: a file that cannot be
    read is named (with the line and what was expected) and the others are stored; the exit code is then 1.
    Importing it again, or one of its files alone, adds nothing."""
    existing(path)
    target = reichweite.open_store(db)
    result = reichweite.import_file(target, path, kind="linkedin-export", owner=owner).result
    lang = language()
    if as_json:
        print_json({**result.as_dict(), "db": target.url})
    else:
        lines, notes = said.member_export_overview(result, path, lang)
        for line in lines:
            echo(line)
        for line in [*notes, said.stored_in(target.url, lang)]:
            note(line)
    for part, why in result.failed.items():
        note(error_line(said.not_imported(part, why, lang), lang))
    if result.failed:
        raise typer.Exit(1)


@app.command("linkedin-page")
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
    lang: LangOption = None,
    as_json: JsonOption = False,
) -> None:
    """Import LinkedIn analytics exports: company page exports (English or German: new followers per day, page
    figures per day, every post with impressions, likes, comments and reposts) and your own creator analytics
    (impressions, engagements and new followers per day, followers, members reached, top posts)."""
    observed_at = parse_at(at, tz)
    existing(*paths)
    target = reichweite.open_store(db)
    result = reichweite.import_file(target, paths, kind="linkedin-page", page=page, followers=followers,
                                    observed_at=observed_at).result
    if as_json:
        print_json({**result.as_dict(), "db": target.url})
        return
    lines, notes = said.page_exports_overview(result, language())
    for line in lines:
        echo(line)
    for line in [*notes, said.stored_in(target.url, language())]:
        note(line)


@app.command("companies")
def companies(
    file: FileArg,
    add_unknown: Annotated[bool, typer.Option("--add-unknown", help="Add unknown names as new companies.")] = False,
    db: DbOption = None,
    lang: LangOption = None,
    as_json: JsonOption = False,
) -> None:
    """Company-page figures (followers, employees) in the long or the wide layout (a sheet per date)."""
    existing(file)
    imported = reichweite.import_file(db, file, kind="companies", add_unknown=add_unknown)
    if as_json:
        print_json(imported.details)
        return
    echo(imported.summary_in(language()))


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
    lang: LangOption = None,
    as_json: JsonOption = False,
) -> None:
    """Your own company page's LinkedIn followers from its page analytics export, for panels."""
    existing(file)
    imported = reichweite.import_file(db, file, kind="company-page", company=company, all_days=all_days,
                                      followers_on_last_day=followers_on_last_day, add_unknown=add_unknown)
    if as_json:
        print_json(imported.details)
        return
    echo(imported.summary_in(language()))
