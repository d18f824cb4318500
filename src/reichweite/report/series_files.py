"""The files of a comparison of several accounts at several dates: comparison.xlsx, the charts (PNG and SVG) and
index.html."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from reichweite import __version__
from reichweite.analysis.compare_results import SeriesResult
from reichweite.report.charts.render import save_both
from reichweite.report.excel import Col, open_workbook, write_notes, write_sheet
from reichweite.report.html import render_html
from reichweite.report.i18n import format_moment
from reichweite.report.series import (
    Column,
    T,
    change_table,
    chart_specs,
    curves_table,
    date_title,
    definitions,
    group_change_table,
    html_table,
    once_table,
    pairs_table,
    parts_lines,
    summary_table,
)
from reichweite.timeutil import REPORT_TZ, utcnow

LISTING = (("as_of", "moment"), ("age", "text"), ("group", "count"), ("account", "text"), ("post_id", "id"),
           ("created_at", "moment"), ("interactions", "count"), ("likes", "count"), ("reposts", "count"),
           ("replies", "count"), ("quotes", "count"), ("parts", "text"), ("per_1000_followers", "ratio"),
           ("followers", "count"), ("followers_observed_at", "moment"), ("observed_at", "moment"),
           ("source", "text"), ("url", "url"))


def _cols(columns: list[Column]) -> list[Col]:
    return [Col(c.key, c.header, c.kind) for c in columns]


def _listing_header(key: str, lang: str) -> str:
    names = {"as_of": "ser.col.as_of", "age": "ser.col.age", "group": "ser.col.group", "account": "ser.col.account",
             "post_id": "col.native_id", "interactions": "ser.col.interactions", "parts": "ser.col.parts",
             "per_1000_followers": "ser.col.per_1000_post", "followers": "ser.col.followers",
             "followers_observed_at": "ser.col.followers_at", "observed_at": "ser.col.observed_at",
             "url": "col.url"}
    name = names.get(key, f"col.{key}")
    return T(name, lang) if name in T else key


def _listing(result: SeriesResult) -> pd.DataFrame:
    listing = result.listing()
    for column in ("as_of", "created_at", "followers_observed_at", "observed_at"):
        listing[column] = pd.to_datetime(listing[column], utc=True)
    return listing


def _notes(result: SeriesResult, lang: str) -> list[tuple[str, str]]:
    notes = [(T("notes.definitions", lang), text) for text in definitions(result, lang)]
    notes += [(T("ser.parts", lang), text) for text in parts_lines(result, lang)]
    notes.append((T("notes.timezone", lang), T("notes.timezone_text", lang, tz=str(REPORT_TZ))))
    notes += [(T("notes.provenance", lang), T("notes.missing", lang)),
              (T("notes.provenance", lang), T("report.generated", lang, when=format_moment(utcnow(), lang),
                                               version=__version__))]
    return notes


def write_workbook(result: SeriesResult, path: Path, lang: str) -> Path:
    """Summary, pairs of accounts, change, change per group, curves, curve points, posts measured once, the listing
    (one row per date, group and account) and notes."""
    book = open_workbook(path)
    for name, (frame, columns) in (("ser.sheet.summary", summary_table(result, lang)),
                                   ("ser.sheet.pairs", pairs_table(result, lang)),
                                   ("ser.sheet.change", change_table(result, lang)),
                                   ("ser.sheet.group_change", group_change_table(result, lang)),
                                   ("ser.sheet.curves", curves_table(result, lang)),
                                   ("ser.sheet.once", once_table(result, lang))):
        if name in ("ser.sheet.change", "ser.sheet.group_change") and len(result.dates) < 2:
            continue
        write_sheet(book, T(name, lang), frame, _cols(columns), lang)
    points = result.curves.points.assign(account=result.curves.points["account"].map(result.label_of))
    write_sheet(book, T("ser.sheet.points", lang), points, [
        Col("account", T("ser.col.account", lang)), Col("native_id", T("col.native_id", lang), "id"),
        Col("observed_at", T("ser.col.observed_at", lang), "moment"),
        Col("age_hours", T("ser.col.age_hours", lang), "decimal"), Col("age_bin", T("ser.col.age", lang)),
        Col("interactions", T("ser.col.interactions", lang), "count")], lang)
    write_sheet(book, T("ser.sheet.listing", lang), _listing(result),
                [Col(key, _listing_header(key, lang), kind) for key, kind in LISTING], lang)
    write_notes(book, T("notes.sheet", lang), (T("notes.section", lang), T("notes.text", lang)),
                _notes(result, lang), lang)
    book.close()
    return path


def write_series_report(result: SeriesResult, out: Path, lang: str, log: bool = False) -> list[Path]:
    """comparison.xlsx, the charts as PNG and SVG (change, curves, rates) and index.html in `out`."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    charts = {stem: save_both(spec, out / stem) for stem, spec in chart_specs(result, lang, log).items()}
    xlsx = write_workbook(result, out / "comparison.xlsx", lang)
    summary, summary_cols = summary_table(result, lang)
    pairs, pairs_cols = pairs_table(result, lang)
    sections = []
    for index, date in enumerate(result.dates):
        mine = summary["date"] == summary["date"].unique()[index] if len(summary) else summary["date"].astype(bool)
        theirs = pairs["date"] == pairs["date"].unique()[index] if len(pairs) else pairs["date"].astype(bool)
        sections.append({"title": date_title(date, lang), "id": f"date-{index + 1}",
                         "accounts": html_table(summary[mine], summary_cols[1:], lang, f"accounts-{index + 1}"),
                         "pairs": html_table(pairs[theirs], pairs_cols[1:], lang, f"pairs-{index + 1}")})
    change = html_table(*change_table(result, lang), lang, "change") if len(result.dates) > 1 else None
    curves = html_table(*curves_table(result, lang), lang, "curves")
    once = html_table(*once_table(result, lang), lang, "measured-once")
    files = [xlsx.name, *(p.name for f in charts.values() for p in f.values())]
    html = render_html(
        "series.html.j2", out / "index.html", lang, T, title=T("ser.title", lang, accounts=" · ".join(result.labels)),
        sections=sections, change=change, curves=curves, once=once, once_count=len(result.curves.measured_once),
        parts=parts_lines(result, lang), definitions=definitions(result, lang), charts=charts, files=files,
    )
    return [html, xlsx, *(p for f in charts.values() for p in f.values())]
