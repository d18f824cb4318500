"""`reichweite compare` with more than two accounts or several dates (ages): the terminal output of a SeriesResult.

For each date (or age) a section: per account groups, wins, median, peak and the median per 1,000 followers with the
followers count used and when it was measured; every pair of accounts with its statistics. Then the change between
consecutive dates, interactions over post age (median with interquartile band), the posts measured only once, the
parts rule with how many groups (pairs) counted each part, and the definitions the numbers follow — the tables and
texts of the report (report/series.py), in the report's language.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Console
from rich.text import Text

from reichweite.cli.common import emit, note, prose, say
from reichweite.cli.tables import Column, print_table
from reichweite.errors import Said
from reichweite.terminal import bare

if TYPE_CHECKING:
    from reichweite.api import SeriesResult

def emit_series(result: SeriesResult, fmt: str, output: str | None) -> None:
    """Notes on stderr; the tables (or csv, jsonl, json) on stdout or in -o FILE."""
    from reichweite.analysis.parts import compared_on
    from reichweite.report.comparison import T
    from reichweite.report.i18n import format_number
    from reichweite.report.messages import say as said

    lang = result.lang
    labels = dict(zip(result.keys, result.labels, strict=True))
    first = result.dates[0].table
    if result.options.rule.kind == "common" and first.left_out:  # decided over all dates together
        note(said(compared_on(first.parts, first.left_out, labels), lang))
    hidden = [f"{labels[k]} {format_number(m.excluded['followers-only'], lang)}"
              for k, m in zip(result.keys, result.dates[0].measured, strict=True) if m.excluded.get("followers-only")]
    if hidden:
        note(T("cmp.term.private", lang, accounts=", ".join(hidden)))
    if result.report:
        note(T("cmp.term.report", lang, path=str(result.report)))
    grouped = any(len(d.table.frame) for d in result.dates)
    empty = None if grouped else said(Said("No post of one account matched a post of another.", "anl.no_groups"), lang)
    emit(result, fmt, output, lambda console: draw(result, console), empty=empty, lang=lang)


def _print_table(console: Console, title: str, table: dict) -> None:
    """A table of the report (worded headers, cells written for the language) on the terminal: a summary too wide
    for the terminal is turned (one column per account or pair) or split into groups of columns; figures and
    handles are never cut, texts wrap between words."""
    columns = [Column(header, "figure" if is_number else "text", label=i == 0)  # the account, pair or date
               for i, (header, is_number) in enumerate(zip(table["headers"], table["numeric"], strict=True))]
    print_table(console, title, columns, table["rows"])


def draw(result: SeriesResult, console: Console) -> None:
    """The report's tables and texts, in the report's language: a section per date, the change, the curves, the
    posts measured once, the parts rule and the definitions."""
    from reichweite.report.series import (
        T,
        change_table,
        curves_table,
        date_text,
        date_title,
        definitions,
        html_table,
        once_table,
        pairs_table,
        parts_lines,
        summary_table,
    )

    lang, line = result.lang, say(console)
    console.print(Text(bare(T("ser.title", lang, accounts=" · ".join(result.labels))), style="bold"))  # wraps
    summary, summary_cols = summary_table(result, lang)
    pairs, pairs_cols = pairs_table(result, lang)
    for date in result.dates:
        label = date_text(date, lang)
        _print_table(console, date_title(date, lang),
                     html_table(summary[summary["date"] == label], summary_cols[1:], lang, ""))
        _print_table(console, f"{T('ser.pairs', lang)} ({label})",
                     html_table(pairs[pairs["date"] == label], pairs_cols[1:], lang, ""))
    if len(result.dates) > 1:
        _print_table(console, f"{T('ser.change', lang)} ({T('ser.change_note', lang)})",
                     html_table(*change_table(result, lang), lang, ""))
    _print_table(console, T("ser.curves", lang), html_table(*curves_table(result, lang), lang, ""))
    once = result.curves.measured_once
    prose(console, T.n("ser.once", lang, len(once)) + (":" if len(once) else ""))
    if len(once):
        _print_table(console, "", html_table(*once_table(result, lang), lang, ""))
    line(T("ser.parts", lang) + ":")
    for text in parts_lines(result, lang):
        prose(console, text, "  ", "    ")
    line(T("report.definitions", lang) + ":")
    for text in definitions(result, lang):
        prose(console, text, "  ", "    ")
