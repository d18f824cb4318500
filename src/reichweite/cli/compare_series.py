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
from rich.measure import Measurement
from rich.table import Table
from rich.text import Text

from reichweite.cli.common import emit, note, prose, say
from reichweite.terminal import bare

if TYPE_CHECKING:
    from reichweite.api import SeriesResult

def emit_series(result: SeriesResult, fmt: str, output: str | None) -> None:
    """Notes on stderr; the tables (or csv, jsonl, json) on stdout or in -o FILE."""
    labels = dict(zip(result.keys, result.labels, strict=True))
    first = result.dates[0].table
    if result.options.rule.kind == "common" and first.left_out:  # decided over all dates together
        reasons = "; ".join(p.message(labels.get(p.side, p.side)) for p in first.left_out)
        note(f"compared on {' + '.join(first.parts) or 'nothing'}: {reasons}")
    hidden = [f"{labels[k]} {m.excluded['followers-only']}" for k, m in zip(result.keys, result.dates[0].measured,
                                                                           strict=True)
              if m.excluded.get("followers-only")]
    if hidden:
        note(f"Followers-only posts left out: {', '.join(hidden)} (include them with --visibility private).")
    if result.report:
        note(f"Report: {result.report}")
    grouped = any(len(d.table.frame) for d in result.dates)
    empty = None if grouped else "No post of one account matched a post of another."
    emit(result, fmt, output, lambda console: draw(result, console), empty=empty)


TURN_AT = 8  # a table too wide for the terminal with at most this many rows is turned: one column per row


def _print_table(console: Console, title: str, table: dict) -> None:
    """A table of the report (worded headers, cells written for the language) on the terminal. Numbers are never
    cut: a table too wide for the terminal (a summary of several accounts at 80 columns) is turned, one column per
    account or pair (when each row names one) and the headers down the side; a long one keeps its layout and folds
    its texts."""
    headers, numeric, rows = table["headers"], table["numeric"], table["rows"]
    shown = _table(title, headers, numeric, rows)
    named = [i for i, is_number in enumerate(numeric) if not is_number]  # what a row is: account, pair, dates
    labels = [" · ".join(row[i] for i in named) for row in rows]
    if (named and 0 < len(rows) <= TURN_AT and len(set(labels)) == len(labels) and len(headers) > len(named) + 1
            and _natural_width(console, shown) > console.width):
        turned = [[header, *(row[i] for row in rows)] for i, header in enumerate(headers) if i not in named]
        shown = _table(title, [" · ".join(headers[i] for i in named), *labels], [False] + [True] * len(rows), turned,
                       fold_headers=True)
    console.print(shown)


def _natural_width(console: Console, table: Table) -> int:
    """The width the table takes with nothing folded (rich's own measure stops at the console's width)."""
    return Measurement.get(console, console.options.update_width(10**6), table).maximum


def _table(title: str, headers: list[str], numeric: list[bool], rows: list[list[str]], *,
           fold_headers: bool = False) -> Table:
    shown = Table(title=Text(bare(title)), title_justify="left")
    for i, (header, is_number) in enumerate(zip(headers, numeric, strict=True)):
        widest = max((len(row[i]) for row in rows), default=0)
        if is_number and fold_headers:  # an account's column: long headers fold, figures up to 12 characters whole
            shown.add_column(Text(bare(header)), justify="right", overflow="fold", min_width=min(widest, 12))
        elif is_number and widest <= 12:  # a figure is shown whole, never folded or cut
            shown.add_column(Text(bare(header)), justify="right", no_wrap=True, min_width=widest)
        else:
            shown.add_column(Text(bare(header)), justify="right" if is_number else "left", overflow="fold",
                             min_width=min(widest, 10))
    for row in rows:
        shown.add_row(*(Text(bare(c)) for c in row))
    return shown


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
