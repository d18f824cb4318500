"""`reichweite panel …`: company panels (e.g. the DAX) over time."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

import reichweite
from reichweite.cli.common import (
    DbOption,
    FormatOption,
    JsonOption,
    LangOption,
    OutputOption,
    check_out,
    echo,
    emit,
    existing,
    note,
    output_format,
    parse_day_option,
    print_json,
    prose,
    report_language,
    say,
)
from reichweite.cli.tables import Column, print_drawn, print_table

app = typer.Typer(help="Company panels (e.g. the DAX) over time: members, figures, reports.", no_args_is_help=True)
FileArg = Annotated[Path, typer.Argument(help="CSV or XLSX file.", dir_okay=False)]
NameArg = Annotated[str, typer.Argument(help="Panel name, e.g. dax.")]
CompositionOption = Annotated[str, typer.Option(
    "--composition", help="as-of (members at each date) or fixed:YYYY-MM-DD (the members of that day).")]


@app.callback()
def group(db: DbOption = None, lang: LangOption = None) -> None:
    """Company panels (e.g. the DAX) over time: members, figures, reports."""


@app.command("members")
def members(
    name: Annotated[str, typer.Argument(help="Panel name, e.g. dax (built in).")],
    at: Annotated[str | None, typer.Option("--at", help="Members on this date (2020-09-01 or 01.09.2020); "
                                           "default: all spells.")]
    = None,
    db: DbOption = None,
    lang: LangOption = None,
    fmt: FormatOption = None,
    output: OutputOption = None,
    as_json: JsonOption = False,
) -> None:
    """List a panel's members on a date, or all its membership spells [joined, left). A built-in panel (dax) is
    loaded into the store on first use."""
    from reichweite.report.i18n import format_day
    from reichweite.report.messages import counted, line
    from reichweite.results import PanelMembers

    fmt, day, language = output_format(fmt, as_json), parse_day_option(at, "--at"), report_language(lang)
    found = PanelMembers(name, day, *reichweite.panel_members(db, name, at=day))

    def table(console: Console) -> None:
        title, source = found.info.get("title") or name, found.info.get("source")
        head = (counted("panel.members.on", language, len(found.frame), title=title, source=source,
                        day=format_day(day, language)) if day else
                counted("panel.members.spells", language, len(found.frame), title=title, source=source))
        say(console)(head)
        rows = [[r["company"], r["isin"] or "", f"[{r['joined'] or '…'}, {r['left'] or '…'})"]
                for r in found.to_json()["members"]]
        print_table(console, "", [Column(line("panel.members.company", language), label=True),
                                  Column(line("panel.members.isin", language), "id"),
                                  Column(line("panel.members.spell", language), "id")], rows, plain=True)

    emit(found, fmt, output, table, lang=language)


@app.command("import")
def import_panel(
    name: Annotated[str, typer.Argument(help="Name of the panel to define (replaces a panel of that name).")],
    file: FileArg,
    title: Annotated[str | None, typer.Option("--title", help="Title shown in reports.")] = None,
    db: DbOption = None,
    lang: LangOption = None,
    as_json: JsonOption = False,
) -> None:
    """Define a panel from a table of spells: company, isin (optional), joined, left, source (optional)."""
    existing(file)
    summary = reichweite.import_panel(db, name, file, title=title)
    if as_json:
        print_json(summary)
        return
    from reichweite.report.messages import counted, line

    lang = report_language(lang)
    echo(line("panel.imported", lang, name=name, spells=counted("panel.spells", lang, summary["spells"]),
              companies=counted("imp.companies.companies", lang, summary["companies"]), file=file))
    if summary["new_companies"]:
        note(line("panel.new_companies", lang, names=", ".join(summary["new_companies"])))


@app.command("report")
def report(
    name: NameArg,
    platforms: Annotated[str, typer.Option("--platforms", help="Comma-separated, the first one ranks.")]
    = "linkedin,xing",
    composition: CompositionOption = "as-of",
    threshold: Annotated[int | None, typer.Option("--threshold", help="Count companies with at least N followers.")]
    = None,
    at: Annotated[str | None, typer.Option("--at", help="Date for the per-company view (default: latest).")] = None,
    out: Annotated[Path | None, typer.Option("--out", help="Folder for panel HTML, workbook and charts.",
                                             callback=check_out)] = None,
    log: Annotated[bool, typer.Option("--log", help="Charts on a logarithmic scale (default: linear).")] = False,
    lang: LangOption = None,
    fmt: FormatOption = None,
    output: OutputOption = None,
    as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """Totals per date and platform over the members, coverage, growth, ratio, per-company view, changes."""
    from reichweite.report.panel import terminal_sections, written_lines

    fmt, day, language = output_format(fmt, as_json), parse_day_option(at, "--at"), report_language(lang)
    found = reichweite.panel_report(db, name, platforms=platforms, composition=composition, threshold=threshold,
                                    at=day, out=out, lang=language, log=log)
    for line in written_lines(found.files, language):
        note(line)

    def table(console: Console) -> None:
        for part in terminal_sections(found.result, language):
            if isinstance(part, str):
                prose(console, part, "  ", "    ")
            else:
                print_drawn(console, part)

    emit(found, fmt, output, table, lang=language)


@app.command("series")
def series(
    name: NameArg,
    platforms: Annotated[str, typer.Option("--platforms", help="Comma-separated, any platform; the first two are "
                                                               "also shown side by side.")] = "linkedin,xing",
    figure: Annotated[str, typer.Option("--figure", metavar="followers|employees")] = "followers",
    composition: CompositionOption = "as-of",
    start: Annotated[str | None, typer.Option("--from", help="First measurement date shown (any date spelling).")]
    = None,
    end: Annotated[str | None, typer.Option("--to", help="Last measurement date shown.")] = None,
    out: Annotated[Path | None, typer.Option("--out", help="Folder for the workbook and the charts.",
                                             callback=check_out)] = None,
    lang: LangOption = None,
    fmt: FormatOption = None,
    output: OutputOption = None,
    as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """Each member's figure per platform at every measurement date, named as the company was called then
    (switched-off figures shown as off, never summed), and the first two platforms' totals side by side (absolute
    and indexed to the first date = 100). --format csv/jsonl: one row per date, platform and company."""
    from reichweite.report.panel import written_lines
    from reichweite.report.panel_series import series_tables, text

    fmt = output_format(fmt, as_json)
    first, last = parse_day_option(start, "--from"), parse_day_option(end, "--to")
    language = report_language(lang)
    found = reichweite.panel_series(db, name, platforms=platforms, figure=figure, composition=composition,
                                    start=first, end=last, out=out, lang=language)
    for line in written_lines(found.files, language):
        note(line)

    def table(console: Console) -> None:
        for drawn in series_tables(found, language):
            print_drawn(console, drawn)
        prose(console, text("series.def", language))

    emit(found, fmt, output, table, lang=language)
