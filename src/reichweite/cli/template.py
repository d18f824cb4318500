"""`reichweite template …`: CSV/XLSX templates for figures typed in by hand."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated

import typer

import reichweite
from reichweite.cli.common import DbOption, LangOption, note, parse_day_option, parse_target, report_language

app = typer.Typer(help="Write a CSV/XLSX template for figures typed in by hand.", no_args_is_help=True)
ForceOption = Annotated[bool, typer.Option("--force", help="Replace the file if it exists.")]


@app.callback()
def group(db: DbOption = None, lang: LangOption = None) -> None:
    """Write a CSV/XLSX template for figures typed in by hand."""


def _template(layout: str, path: Path, force: bool, lang: str | None = None,
              accounts: list[tuple[str, str]] | None = None) -> None:
    from reichweite.report.table_template import written_note

    language = report_language(lang)
    written = reichweite.write_template(layout, path, force=force, lang=language, accounts=accounts or ())
    note(written_note(layout, written, language))


@app.command("posts")
def posts(
    path: Annotated[Path, typer.Argument(help="File to write: .csv or .xlsx.")], force: ForceOption = False,
    wide: Annotated[bool, typer.Option("--wide", help="Posts side by side: one row per day (date, text), a column "
                                                      "group per account of --accounts.")] = False,
    accounts: Annotated[str | None, typer.Option(
        "--accounts", help="With --wide: PLATFORM:HANDLE,… e.g. x:fotovorschlag,bluesky:fotovorschlag.bsky.social")]
    = None,
    lang: LangOption = None,
) -> None:
    """Write the template for figures of single posts: one row per post and measurement, or with --wide one row
    per day and a column group per account (an existing file only with --force)."""
    pairs = [parse_target(a) for a in (accounts or "").split(",") if a.strip()]
    if pairs and not wide:
        from reichweite.errors import Said
        from reichweite.report.messages import say

        raise typer.BadParameter(say(Said("--accounts makes the column groups of --wide; add --wide",
                                          "opt.accounts_wide"), report_language(lang)), param_hint="--accounts")
    _template("posts-wide" if wide else "posts", path, force, lang, pairs)


@app.command("accounts")
def accounts(
    path: Annotated[Path, typer.Argument(help="File to write: .csv or .xlsx.")], force: ForceOption = False,
    lang: LangOption = None,
) -> None:
    """Write the template for followers, following and post counts of accounts, personal profiles too (an existing
    file only with --force)."""
    _template("accounts", path, force, lang)


@app.command("polls")
def polls(
    path: Annotated[Path, typer.Argument(help="File to write: .csv or .xlsx.")], force: ForceOption = False,
    lang: LangOption = None,
) -> None:
    """Write the template for polls: platform, account, link or date, question, options with their votes, views,
    when read (an existing file only with --force)."""
    _template("polls", path, force, lang)


@app.command("companies")
def companies(
    file: Annotated[Path, typer.Argument(help="Where to write the template (.xlsx or .csv).", dir_okay=False)],
    wide: Annotated[bool, typer.Option("--wide", help="A sheet per date, a column per platform and figure.")]
    = False,
    panel: Annotated[str | None, typer.Option("--panel", help="Pre-fill the members of this panel.")] = None,
    at: Annotated[str | None, typer.Option("--at", help="Measurement date (and members' date) to pre-fill.")]
    = None,
    force: ForceOption = False,
    platforms: Annotated[str, typer.Option("--platforms", help="Comma-separated platforms of the pre-filled rows or "
                                           "wide columns, e.g. linkedin,xing,facebook.")] = "linkedin,xing",
    db: DbOption = None,
    lang: LangOption = None,
) -> None:
    """Write the table for company-page figures typed in by hand (LinkedIn, Xing, Facebook …): long layout, or
    --wide. An existing file is replaced only with --force."""
    day = parse_day_option(at, "--at")
    if not wide and not panel:
        _template("companies", file, force, lang)
        return
    day = day or date.today()
    path = reichweite.write_template("companies", file, force=force, wide=wide, panel=panel, at=day, store=db,
                                     platforms=platforms)
    from reichweite.report.import_summary import summary_day
    from reichweite.report.messages import counted, line

    lang = report_language(lang)
    members = counted("tpl.members", lang, len(reichweite.panel_members(db, panel, at=day)[1]), panel=panel,
                      day=summary_day(day, lang)) if panel else ""
    note(line("tpl.companies_written", lang, path=path, members=members))
