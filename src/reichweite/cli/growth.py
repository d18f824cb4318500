"""Accounts over time on the command line: the options `accounts --from/--to/--every` and `linkedin activity`
share, and how their result is printed (a table per account for people; csv, jsonl or json for scripts)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from reichweite.cli.common import check_out, emit, note, prose
from reichweite.cli.tables import print_drawn

FromOption = Annotated[str | None, typer.Option(
    "--from", help="First day of the period, e.g. 2026-09-01 or 01.09.2026 (a bare date: its start, in --tz).")]
ToOption = Annotated[str | None, typer.Option(
    "--to", help="Last day of the period (a bare date: its end, in --tz; default: now).")]
GrowthOutOption = Annotated[Path | None, typer.Option(
    "--out", help="Folder for the workbook and the chart.", callback=check_out)]
EveryOption = Annotated[str | None, typer.Option(
    "--every", metavar="day|week|month",
    help="Step: calendar days, weeks (Monday–Sunday) or months in --tz. Figures are as of each step's end.",
    autocompletion=lambda: ["day", "week", "month"])]


def show_growth(result: Any, fmt: str, output: str | None, language: str) -> None:
    """Print a GrowthResult: tables and the definition for people, the rows or the document for scripts."""
    from reichweite.report.growth import T, definition, growth_tables, note_lines

    for line in note_lines(result, language):
        note(line)
    for path in result.files:
        note(T("report.wrote", language, path=str(path)))

    def table(console: Console) -> None:
        for drawn in growth_tables(result, language):
            print_drawn(console, drawn, names="id")
        prose(console, definition(result, language))

    emit(result, fmt, output, table, lang=language)
