"""`reichweite panel …`, `reichweite import companies` and `reichweite template companies`: company panels."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from reichweite.cli import app, import_app, template_app
from reichweite.cli.common import DbOption, JsonOption, LangOption, check_out, echo, parse_day_option, print_json
from reichweite.errors import ConfigError
from reichweite.jobs import panels as panel_jobs  # registers the company layouts for `reichweite import table`
from reichweite.store import open_store

panel_app = typer.Typer(help="Company panels (e.g. the DAX) over time: members, figures, reports.",
                        no_args_is_help=True)
app.add_typer(panel_app, name="panel")

FileArg = Annotated[Path, typer.Argument(help="CSV or XLSX file.", dir_okay=False)]


@panel_app.command("members")
def members(
    name: Annotated[str, typer.Argument(help="Panel name, e.g. dax (built in).")],
    at: Annotated[str | None, typer.Option("--at", help="Members on this date (2020-09-01 or 01.09.2020); "
                                           "default: all spells.")]
    = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """List a panel's members on a date, or all its membership spells [joined, left)."""
    day = parse_day_option(at, "--at")
    info, frame = panel_jobs.panel_members(open_store(db), name, day)
    rows = [{"company": r["name"], "key": r["company_key"], "isin": r["isin"],
             "joined": r["joined"].isoformat() if r["joined"] else None,
             "left": r["left"].isoformat() if r["left"] else None} for r in frame.to_dict("records")]
    if as_json:
        print_json({"panel": name, "at": day.isoformat() if day else None, "count": len(rows), "members": rows,
                    "source": info.get("source")})
        return
    head = f"{info.get('title') or name}: {len(rows)} " + (f"members on {day}" if day else "membership spells")
    echo(head + f" (source: {info.get('source')})")
    for r in rows:
        spell = f"[{r['joined'] or '…'}, {r['left'] or '…'})"
        echo(f"  {r['company']:<42} {r['isin'] or '':<13} {spell}")


@panel_app.command("import")
def import_panel_cmd(
    name: Annotated[str, typer.Argument(help="Name of the panel to define (replaces a panel of that name).")],
    file: FileArg,
    title: Annotated[str | None, typer.Option("--title", help="Title shown in reports.")] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Define a panel from a table of spells: company, isin (optional), joined, left, source (optional)."""
    summary = panel_jobs.import_panel(open_store(db), name, file, title=title)
    if as_json:
        print_json(summary)
        return
    echo(f"Panel {name}: {summary['spells']} spells of {summary['companies']} companies from {file}")
    if summary["new_companies"]:
        echo(f"New companies (no known name or ISIN matched): {', '.join(summary['new_companies'])}")


@panel_app.command("report")
def report(
    name: Annotated[str, typer.Argument(help="Panel name, e.g. dax.")],
    platforms: Annotated[str, typer.Option("--platforms", help="Comma-separated, the first one ranks.")]
    = "linkedin,xing",
    composition: Annotated[str, typer.Option(
        "--composition", help="as-of (members at each date) or fixed:YYYY-MM-DD (the members of that day).")]
    = "as-of",
    threshold: Annotated[int | None, typer.Option("--threshold", help="Count companies with at least N followers.")]
    = None,
    at: Annotated[str | None, typer.Option("--at", help="Date for the per-company view (default: latest).")] = None,
    out: Annotated[Path | None, typer.Option("--out", help="Folder for panel HTML, workbook and charts.",
                                             callback=check_out)] = None,
    log: Annotated[bool, typer.Option("--log", help="Charts on a logarithmic scale (default: linear).")] = False,
    lang: LangOption = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Totals per date and platform over the members, coverage, growth, ratio, per-company view, changes."""
    from reichweite.analysis.panel import parse_composition
    from reichweite.jobs.panel_report import panel_report, parse_platforms, result_json
    from reichweite.report.i18n import resolve_lang

    try:
        comp = parse_composition(composition)
        language = resolve_lang(lang)
    except ValueError as exc:
        raise ConfigError(str(exc)) from None
    result, files = panel_report(open_store(db), name, parse_platforms(platforms), comp, out=out, lang=language,
                                 threshold=threshold, at=parse_day_option(at, "--at"), log=log)
    if as_json:
        print_json(result_json(result, files))
        return
    from reichweite.report.panel import terminal_lines

    for line in terminal_lines(result, files, language):
        echo(line)


@import_app.command("companies")
def import_companies(
    file: FileArg,
    add_unknown: Annotated[bool, typer.Option("--add-unknown", help="Add unknown names as new companies.")] = False,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Company-page figures (followers, employees) in the long or the wide layout (a sheet per date)."""
    summary = panel_jobs.import_company_table(open_store(db), file, add_unknown=add_unknown)
    if as_json:
        print_json(summary)
        return
    echo(_import_line(summary))


@import_app.command("company-page")
def import_company_page_cmd(
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
    summary = panel_jobs.import_company_page(open_store(db), file, company=company,
                                             followers_on_last_day=followers_on_last_day, all_days=all_days,
                                             add_unknown=add_unknown)
    if as_json:
        print_json(summary)
        return
    echo(_import_line(summary))


def _import_line(summary: dict) -> str:
    dates = summary["dates"]
    span = f"{dates[0]} … {dates[-1]}" if dates else "no dates"
    return (f"{summary['file']}: {summary['rows']} rows, {summary['added']} new measurements, "
            f"{summary['already_stored']} already stored, {summary['new_companies']} new companies; "
            f"{summary['companies']} companies, {', '.join(summary['platforms'])}, {len(dates)} dates ({span})")


@template_app.command("companies")
def template_companies(
    file: Annotated[Path, typer.Argument(help="Where to write the template (.xlsx or .csv).", dir_okay=False)],
    wide: Annotated[bool, typer.Option("--wide", help="A sheet per date, a column per platform and figure.")]
    = False,
    panel: Annotated[str | None, typer.Option("--panel", help="Pre-fill the members of this panel.")] = None,
    at: Annotated[str | None, typer.Option("--at", help="Measurement date (and members' date) to pre-fill.")]
    = None,
    force: Annotated[bool, typer.Option("--force", help="Replace the file if it exists.")] = False,
    db: DbOption = None,
) -> None:
    """Write the table for company-page figures typed in by hand (LinkedIn, Xing, …): long layout, or --wide. An
    existing file is replaced only with --force."""
    from reichweite.tables.company_template import write_companies_template
    from reichweite.tables.template import write_template

    if not wide and not panel:
        path = write_template("companies", file, force=force)
        echo(f"Template for the companies layout written to {path}; fill it in, then run "
                   f"`reichweite import table {path}`.")
        return
    day = parse_day_option(at, "--at") or date.today()
    companies: list[tuple[str, str | None]] = []
    if panel:
        _info, frame = panel_jobs.panel_members(open_store(db), panel, day)
        companies = [(r["name"], r["isin"]) for r in frame.to_dict("records")]
    path = write_companies_template(file, wide=wide, companies=companies, day=day, force=force)
    echo(f"Template written: {path}" + (f" ({len(companies)} companies of {panel} on {day})" if panel else "")
               + f"; fill it in, then run `reichweite import table {path}`.")
