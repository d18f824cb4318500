"""`reichweite import x-archive|table`, `reichweite template posts|accounts`, `reichweite collect bluesky`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from reichweite.cli import collect_app, import_app, template_app
from reichweite.cli.common import DbOption, TzOption, echo, from_group, parse_date_option, parse_tz
from reichweite.platforms.bluesky.appview import DEFAULT_APPVIEW


@import_app.command("x-archive")
def import_x_archive_cmd(
    path: Annotated[Path, typer.Argument(help="The archive: .zip, its folder, or a tweets.js file.")],
    handle: Annotated[str | None, typer.Option("--handle", help="The account's handle when there is no "
                                               "manifest.js (a lone tweets.js).")] = None,
    db: DbOption = None,
) -> None:
    """Import the official X account archive (posts, likes and reposts as of the archive's date)."""
    from reichweite.jobs.import_x_archive import import_x_archive
    from reichweite.store import open_store

    echo(import_x_archive(open_store(db), path, handle=handle).summary())


@import_app.command("table")
def import_table_cmd(
    path: Annotated[Path, typer.Argument(help="A .csv or .xlsx file following `reichweite template …`.")],
    tz: TzOption = "Europe/Berlin",
    db: DbOption = None,
) -> None:
    """Import figures typed in by hand (posts or accounts layout, detected from the header)."""
    from reichweite.jobs.import_table import import_table
    from reichweite.store import open_store

    zone = parse_tz(tz)
    echo(import_table(open_store(db), path, tz=zone).summary())


ForceOption = Annotated[bool, typer.Option("--force", help="Replace the file if it exists.")]


def _template(layout: str, path: Path, force: bool) -> None:
    from reichweite.tables.template import write_template

    written = write_template(layout, path, force=force)
    echo(f"Template for the {layout} layout written to {written}; fill it in, then run "
               f"`reichweite import table {written}`.")


@template_app.command("posts")
def template_posts(
    path: Annotated[Path, typer.Argument(help="File to write: .csv or .xlsx.")], force: ForceOption = False
) -> None:
    """Write the template for figures of single posts (an existing file only with --force)."""
    _template("posts", path, force)


@template_app.command("accounts")
def template_accounts(
    path: Annotated[Path, typer.Argument(help="File to write: .csv or .xlsx.")], force: ForceOption = False
) -> None:
    """Write the template for followers, following and post counts of accounts (an existing file only with
    --force)."""
    _template("accounts", path, force)


@collect_app.command("bluesky")
def collect_bluesky_cmd(
    ctx: typer.Context,
    handle: Annotated[str, typer.Argument(help="The account: handle (alice.bsky.social) or DID.")],
    appview: Annotated[str, typer.Option("--appview", help="AppView base URL.")] = DEFAULT_APPVIEW,
    since: Annotated[str | None, typer.Option("--since", help="Only posts from this date on (stops paging once "
                                              "posts are older); a bare date means from the start of that day.")]
    = None,
    tz: TzOption = "Europe/Berlin",
    resume: Annotated[bool, typer.Option("--resume", help="Continue an interrupted run from its saved "
                                         "cursor.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    now: Annotated[str | None, typer.Option("--now", hidden=True, envvar="REICHWEITE_NOW",
                                            help="Pretend it is this time (tests, the demo).")] = None,
    db: DbOption = None,
) -> None:
    """Collect the account's own posts with their current counts (one new snapshot per post and run)."""
    from reichweite.jobs.collect_bluesky import collect_bluesky
    from reichweite.store import open_store

    start = parse_date_option(since, "--since", tz, bare="start")
    pinned = parse_date_option(from_group(ctx, "now", now), "--now", "UTC", bare="start")
    store = open_store(from_group(ctx, "db", db))
    echo(collect_bluesky(store, handle, appview=appview, since=start, resume=resume, quiet=quiet,
                         now=pinned).summary())
