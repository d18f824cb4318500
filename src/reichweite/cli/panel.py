"""`reichweite panel …`: company panels (e.g. the DAX) over time."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from reichweite.cli.common import DbOption, JsonOption, LangOption, existing, note, parse_day, print_json, store
from reichweite.errors import UsageError

app = typer.Typer(help="Company panels (e.g. the DAX) over time: members, figures, reports.", no_args_is_help=True)
FileArg = Annotated[Path, typer.Argument(help="CSV or XLSX file.", dir_okay=False)]


@app.callback()
def group(db: DbOption = None) -> None:
    """Company panels (e.g. the DAX) over time: members, figures, reports."""


@app.command("members")
def members(
    name: Annotated[str, typer.Argument(help="Panel name, e.g. dax (built in).")],
    at: Annotated[str | None, typer.Option("--at", help="Members on this date (YYYY-MM-DD); default: all spells.")]
    = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """List a panel's members on a date, or all its membership spells [joined, left). A built-in panel (dax) is
    loaded into the store on first use."""
    from reichweite.jobs.panels import panel_members

    day = parse_day(at, "--at")
    info, frame = panel_members(store(db), name, day)
    rows = [{"company": r["name"], "key": r["company_key"], "isin": r["isin"],
             "joined": r["joined"].isoformat() if r["joined"] else None,
             "left": r["left"].isoformat() if r["left"] else None} for r in frame.to_dict("records")]
    if as_json:
        print_json({"panel": name, "at": day.isoformat() if day else None, "count": len(rows), "members": rows,
                    "source": info.get("source")})
        return
    head = f"{info.get('title') or name}: {len(rows)} " + (f"members on {day}" if day else "membership spells")
    typer.echo(head + f" (source: {info.get('source')})")
    for r in rows:
        spell = f"[{r['joined'] or '…'}, {r['left'] or '…'})"
        typer.echo(f"  {r['company']:<42} {r['isin'] or '':<13} {spell}")


@app.command("import")
def import_panel(
    name: Annotated[str, typer.Argument(help="Name of the panel to define (replaces a panel of that name).")],
    file: FileArg,
    title: Annotated[str | None, typer.Option("--title", help="Title shown in reports.")] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Define a panel from a table of spells: company, isin (optional), joined, left, source (optional)."""
    from reichweite.jobs.panels import import_panel

    existing(file)
    summary = import_panel(store(db), name, file, title=title)
    if as_json:
        print_json(summary)
        return
    typer.echo(f"Panel {name}: {summary['spells']} spells of {summary['companies']} companies from {file}")
    if summary["new_companies"]:
        note(f"New companies (no known name or ISIN matched): {', '.join(summary['new_companies'])}")


@app.command("report")
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
    out: Annotated[Path | None, typer.Option("--out", help="Folder for panel HTML, workbook and charts.")] = None,
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
        raise UsageError(str(exc)) from None
    chosen, day = parse_platforms(platforms), parse_day(at, "--at")
    result, files = panel_report(store(db, create=False), name, chosen, comp, out=out, lang=language,
                                 threshold=threshold, at=day)
    if as_json:
        print_json(result_json(result, files))
        return
    _print_summary(result)
    for kind, path in files.items():
        note(f"{kind}: {path}")


def _print_summary(result) -> None:  # type: ignore[no-untyped-def]
    typer.echo(f"{result.title} ({result.composition.label()}), {len(result.dates)} measurement dates")
    for row in result.totals.to_dict("records"):
        parts = []
        for fig in ("followers", "employees"):
            total = row[f"{fig}_total"]
            parts.append(f"{fig} {total:>13,}" if total is not None else f"{fig} {'–':>13}")
            parts[-1] += f" ({row[f'{fig}_measured']}/{row['members']})"
        typer.echo(f"  {row['date']}  {row['platform']:<9} " + "  ".join(parts))
    for platform, counts in result.above_threshold.items():
        typer.echo(f"  {platform}: {counts['at_least']} of {counts['measured']} measured members have at least "
                   f"{result.threshold:,} followers on {result.latest}")
    for row in result.changes.to_dict("records"):
        typer.echo(f"  {row['from']} → {row['to']}: {row['change']} {row['name']}")
