"""The files of a cross-post comparison report: comparison.xlsx, the charts (PNG and SVG) and index.html."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from reichweite import __version__
from reichweite.report.charts.base import platform_colours
from reichweite.report.charts.render import save_both
from reichweite.report.columns import post_columns
from reichweite.report.comparison import (
    T,
    chart_specs,
    definitions_view,
    measured_view,
    parts_note,
    summary_view,
)
from reichweite.report.excel import Col, open_workbook, write_notes, write_sheet
from reichweite.report.html import render_html
from reichweite.report.i18n import format_moment, format_month
from reichweite.timeutil import REPORT_TZ, utcnow

if TYPE_CHECKING:
    from reichweite.analysis.compare_results import ComparisonResult

FIGURES = ("likes", "replies", "reposts", "quotes", "views", "interactions")


def _side_labels(result: ComparisonResult) -> tuple[str, str]:
    """Platform names tell the sides apart unless both are on the same platform."""
    if result.a[0] != result.b[0]:
        return result.platform_label_a, result.platform_label_b
    return result.label_a, result.label_b


def _words(prefix: str, lang: str, **values: object):  # type: ignore[no-untyped-def]
    def words(value: object) -> str:
        key = f"{prefix}.{value}"
        return T(key, lang, **values) if key in T else str(value)

    return words


def _summary_sheet(result: ComparisonResult, lang: str) -> tuple[pd.DataFrame, list[str]]:
    s = result.stats
    rows = [
        ("cmp.n", s.a.n, s.b.n, "count"), ("cmp.median", s.a.median, s.b.median, "decimal"),
        ("cmp.mean", s.a.mean, s.b.mean, "decimal"), ("cmp.total", s.a.total, s.b.total, "count"),
        ("cmp.peak", s.a.peak.value if s.a.peak else None, s.b.peak.value if s.b.peak else None, "count"),
        ("cmp.wins", s.wins_a, s.wins_b, "count"), ("cmp.ties", s.ties, s.ties, "count"),
        ("cmp.sheet.share_wins", s.share_a, s.share_b, "share"),
        ("cmp.sheet.median_ratio", s.ratio.median_ratio, None, "ratio"),
        ("cmp.sheet.interval_low", s.ratio.low, None, "ratio"),
        ("cmp.sheet.interval_high", s.ratio.high, None, "ratio"),
        ("cmp.sheet.wilcoxon_p", s.wilcoxon.p_value, None, "p"),
        ("cmp.sheet.wilcoxon_r", s.wilcoxon.rank_biserial, None, "ratio"),
    ]
    frame = pd.DataFrame([(T(k, lang, b=result.platform_label_b, a=result.platform_label_a), a, b)
                          for k, a, b, _ in rows], columns=["measure", "a", "b"])
    return frame, [kind for *_, kind in rows]


def _notes(result: ComparisonResult, lang: str) -> list[tuple[str, str]]:
    view = summary_view(result, lang)
    notes = [(T("notes.definitions", lang), text) for text in
             [parts_note(result, lang), *definitions_view(result, lang), view["ratio_explain"],
              view["wilcoxon_explain"]] if text]
    notes += [(T("cmp.sheet.results", lang), text) for text in
              (view["gap_note"], view["wins"], view["ratio"], view["wilcoxon"]) if text]
    notes.append((T("notes.timezone", lang), T("notes.timezone_text", lang, tz=str(REPORT_TZ))))
    notes += [(T("notes.provenance", lang), text) for text in measured_view(result, lang)]
    notes += [(T("notes.provenance", lang), T("notes.missing", lang)),
              (T("notes.provenance", lang), T("cmp.sheet.generated", lang, when=format_moment(utcnow(), lang),
                                               version=__version__))]
    return notes


def write_workbook(result: ComparisonResult, path: Path, lang: str) -> Path:
    """Summary, pairs, unmatched posts, every snapshot, days (with a native chart), months, weekdays and notes."""
    s = result.stats
    la, lb = _side_labels(result)
    book = open_workbook(path)
    summary, kinds = _summary_sheet(result, lang)
    write_sheet(book, T("cmp.sheet.summary", lang), summary, [
        Col("measure", T("cmp.measure", lang)), Col("a", result.label_a), Col("b", result.label_b)], lang,
        row_kinds=kinds)
    side = ("created_at", "text", "url", "native_id", "kind", *FIGURES, "observed_at", "source")
    pairs = [
        *post_columns(side, lang, prefix="a_", label=la), *post_columns(side, lang, prefix="b_", label=lb),
        Col("method", T("cmp.method", lang), words=_words("cmp.match", lang)),
        Col("score", T("cmp.sheet.score", lang), "decimal"),
        Col("delta_seconds", T("cmp.sheet.minutes_apart", lang), "minutes"),
        Col("difference", T("cmp.sheet.difference", lang, a=la, b=lb), "count"),
        Col("ratio", T("cmp.sheet.ratio", lang, a=la, b=lb), "ratio"),
        Col("winner", T("cmp.sheet.winner", lang), words=_words("cmp.winner", lang, a=la, b=lb)),
        Col("lacking", T("cmp.sheet.lacking", lang), words=_words("cmp.lacking", lang, a=la, b=lb)),
    ]
    write_sheet(book, T("cmp.pairs", lang), result.table.pairs, pairs, lang)
    unmatched = pd.concat([result.table.unmatched_a.assign(side=result.label_a),
                           result.table.unmatched_b.assign(side=result.label_b)], ignore_index=True)
    write_sheet(book, T("cmp.sheet.unmatched", lang), unmatched, [
        Col("side", T("col.account", lang)),
        *post_columns(("created_at", "text", "url", "native_id", "kind", *FIGURES, "observed_at", "source"), lang)],
        lang)
    write_sheet(book, T("cmp.sheet.snapshots", lang), result.snapshots, post_columns(
        ("platform", "native_id", "observed_at", "source", "likes", "replies", "reposts", "quotes", "views",
         "bookmarks", "poll_votes", "poll_voters", "origin", "tool_version"), lang), lang)
    days_name = T("cmp.sheet.days", lang)
    write_sheet(book, days_name, s.daily, [
        Col("day", T("cmp.chart.day", lang), "day"), Col("a", result.label_a, "count"),
        Col("b", result.label_b, "count"), Col("pairs", T("cmp.col.pairs", lang), "count")], lang)
    if len(s.daily):
        _native_chart(book, days_name, len(s.daily), result, lang)
    groups = [Col("n", T("cmp.col.pairs", lang), "count"),
              Col("median_a", T("cmp.median_of", lang, label=la), "decimal"),
              Col("median_b", T("cmp.median_of", lang, label=lb), "decimal"),
              Col("mean_a", T("cmp.sheet.mean_of", lang, label=la), "decimal"),
              Col("mean_b", T("cmp.sheet.mean_of", lang, label=lb), "decimal"),
              Col("wins_a", T("cmp.wins_of", lang, label=la), "count"),
              Col("wins_b", T("cmp.wins_of", lang, label=lb), "count"),
              Col("ties", T("cmp.ties", lang), "count"), Col("median_ratio", T("cmp.median_ratio", lang), "ratio")]
    write_sheet(book, T("cmp.by_month", lang), s.by_month,
                [Col("group", T("cmp.sheet.month", lang), words=lambda g: format_month(g, lang)), *groups], lang)
    write_sheet(book, T("cmp.by_weekday", lang), s.by_weekday,
                [Col("group", T("cmp.sheet.weekday", lang), words=_words("cmp.wd", lang)), *groups], lang)
    write_notes(book, T("notes.sheet", lang), (T("notes.section", lang), T("notes.text", lang)),
                _notes(result, lang), lang)
    book.close()
    return path


def _native_chart(book: Any, sheet: str, rows: int, result: ComparisonResult, lang: str) -> None:
    """Excel's own line chart of the days sheet, beside the table, in the platforms' colours."""
    chart = book.add_chart({"type": "line"})
    for col, colour in enumerate(platform_colours([result.a[0], result.b[0]]), start=1):
        chart.add_series({
            "name": [sheet, 0, col], "categories": [sheet, 1, 0, rows, 0], "values": [sheet, 1, col, rows, col],
            "line": {"color": colour, "width": 1.5},
        })
    chart.set_title({"name": T("cmp.chart.daily", lang)})
    chart.set_x_axis({"date_axis": True, "num_format": "dd.mm.yyyy" if lang == "de" else "d mmm yyyy"})
    chart.set_y_axis({"name": T("cmp.chart.interactions", lang), "num_format": "#,##0"})
    chart.set_legend({"position": "top"})
    chart.set_size({"width": 900, "height": 420})
    book.get_worksheet_by_name(sheet).insert_chart(1, 5, chart)


def _table_rows(frame: pd.DataFrame) -> list[dict[str, Any]]:
    rows = []
    for row in frame.to_dict("records"):
        rows.append({k: (None if not isinstance(v, str | list | dict) and pd.isna(v) else v) for k, v in row.items()})
    return rows


def write_comparison_report(result: ComparisonResult, out: Path, lang: str, log: bool = False) -> list[Path]:
    """comparison.xlsx, the charts as PNG and SVG (interactions_per_day, pairs_scatter) and index.html in `out`."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    charts = {stem: save_both(spec, out / stem) for stem, spec in chart_specs(result, lang, log).items()}
    xlsx = write_workbook(result, out / "comparison.xlsx", lang)
    by_month = result.stats.by_month.copy()
    by_month["group"] = [format_month(g, lang) for g in by_month["group"]]
    weekday = result.stats.by_weekday.copy()
    weekday["group"] = [T(f"cmp.wd.{g}", lang) for g in weekday["group"]]
    lacking = result.table.lacking.copy()
    lacking["reason"] = [
        T(f"cmp.lacking.{v}", lang, a=result.platform_label_a, b=result.platform_label_b) for v in lacking["lacking"]
    ]
    html = render_html(
        "comparison.html.j2", out / "index.html", lang, T,
        r=result, s=result.stats, summary=summary_view(result, lang), definitions=definitions_view(result, lang),
        measured=measured_view(result, lang), charts=charts, by_month=_table_rows(by_month),
        by_weekday=_table_rows(weekday), pairs=_table_rows(result.table.compared), lacking=_table_rows(lacking),
        unmatched_a=_table_rows(result.table.unmatched_a), unmatched_b=_table_rows(result.table.unmatched_b),
        files=[xlsx.name, *(p.name for files in charts.values() for p in files.values())],
        isnan=lambda v: v is None or (isinstance(v, float) and np.isnan(v)),
    )
    return [html, xlsx, *(p for files in charts.values() for p in files.values())]
