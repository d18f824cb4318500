"""The cross-post comparison report: comparison.xlsx, two PNG charts and index.html. Presents, computes nothing."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

import reichweite.report.comparison_texts  # noqa: F401  (registers the texts)
from reichweite.analysis.compare import format_duration
from reichweite.report.charts import PLATFORM_COLORS, new_figure, save_figure
from reichweite.report.excel import open_workbook, write_frame
from reichweite.report.html import local_time, render_html
from reichweite.report.i18n import format_number, t

if TYPE_CHECKING:
    from reichweite.jobs.compare import ComparisonResult


# a side is drawn on a log scale when its largest value exceeds this many times its median (or 1)
SKEW_FACTOR = 20
# sides measured further apart than this get a warning: a later measurement has had more time to collect interactions
GAP_WARNING = timedelta(hours=24)
SOURCES = ("api", "archive", "manual")


def _skewed(*columns: pd.Series) -> bool:
    values = pd.concat([c.astype(float) for c in columns])
    if values.empty:
        return False
    return float(values.max()) > SKEW_FACTOR * max(float(values.median()), 1.0)


def daily_chart(result: ComparisonResult, path: Path, lang: str) -> Path:
    daily = result.stats.daily
    fig, ax = new_figure()
    log = _skewed(daily["a"], daily["b"])
    days = pd.to_datetime(daily["day"])
    for side, platform, label in (("a", result.a[0], result.label_a), ("b", result.b[0], result.label_b)):
        values = daily[side].astype(float) + (1 if log else 0)
        ax.plot(days, values, marker="o", markersize=3, linewidth=1.3, label=label,
                color=PLATFORM_COLORS.get(platform, None))
    if log:
        ax.set_yscale("log")
    ax.set_ylabel(t("cmp.chart.log", lang) if log else t("cmp.chart.interactions", lang))
    ax.set_xlabel(t("cmp.chart.day", lang))
    ax.set_title(t("cmp.chart.daily", lang))
    ax.legend()
    fig.autofmt_xdate()
    return save_figure(fig, path)


def scatter_chart(result: ComparisonResult, path: Path, lang: str) -> Path:
    pairs = result.table.compared
    a = pairs["a_interactions"].astype(float)
    b = pairs["b_interactions"].astype(float)
    fig, ax = new_figure(6.5, 6.0)
    log = _skewed(a, b)
    shift = 1 if log else 0
    ax.scatter(a + shift, b + shift, s=18, alpha=0.7, color=PLATFORM_COLORS.get(result.b[0], "#1185fe"))
    top = max(float(a.max()) if len(a) else 1, float(b.max()) if len(b) else 1) + shift
    low = 1 if log else 0
    ax.plot([low, top], [low, top], linestyle="--", color="#888888", linewidth=1, label=t("cmp.chart.diagonal", lang))
    if log:
        ax.set_xscale("log")
        ax.set_yscale("log")
    unit = t("cmp.chart.log", lang) if log else t("cmp.chart.interactions", lang)
    ax.set_xlabel(f"{result.label_a}: {unit}")
    ax.set_ylabel(f"{result.label_b}: {unit}")
    ax.set_title(t("cmp.chart.scatter", lang, a=result.platform_label_a, b=result.platform_label_b))
    ax.legend()
    return save_figure(fig, path)


def parts_note(result: ComparisonResult, lang: str) -> str | None:
    """The sentence saying which parts were left out and why, in the report's language."""
    table = result.table
    if not table.left_out:
        return None
    labels = {"a": result.platform_label_a, "b": result.platform_label_b}
    reasons = []
    for item in table.left_out:
        text = t("cmp.part_unknown", lang, part=t(f"cmp.part.{item.part}", lang), missing=item.missing,
                 total=item.total, label=labels[item.side])
        if item.platform == "x" and item.part == "replies":
            text += t("cmp.x_no_replies", lang)
        reasons.append(text)
    parts = " + ".join(t(f"cmp.part.{p}", lang) for p in table.parts) or t("cmp.nothing", lang)
    return t("cmp.parts_note", lang, parts=parts, reasons="; ".join(reasons))


def _pct(value: float | None, lang: str) -> str:
    return "–" if value is None else format_number(100 * value, lang, 0) + " %"


def _num(value: float | None, lang: str, digits: int = 0) -> str:
    return format_number(value, lang, digits)


def summary_view(result: ComparisonResult, lang: str) -> dict[str, Any]:
    """Sentences and rows for the summary, already worded and formatted."""
    s = result.stats
    la, lb = result.platform_label_a, result.platform_label_b
    view: dict[str, Any] = {"parts_note": parts_note(result, lang), "n": s.n, "gap_note": None}
    gap = result.measurement_gap
    if result.age is None and gap is not None and gap > GAP_WARNING:
        view["gap_note"] = t("cmp.gap_note", lang, a=la, b=lb, days=_num(gap.total_seconds() / 86400, lang, 1),
                             at_a=local_time(result.measured_a.last_observed),
                             at_b=local_time(result.measured_b.last_observed))
    if s.n == 0:
        view["wins"] = t("cmp.no_pairs", lang)
    else:
        view["wins"] = t("cmp.wins_sentence", lang, a=la, b=lb, n=s.n, wins_a=s.wins_a, wins_b=s.wins_b, ties=s.ties,
                         share_a=_pct(s.share_a, lang), share_b=_pct(s.share_b, lang),
                         share_ties=_pct(s.share_ties, lang))
    r = s.ratio
    if r.median_ratio is None:
        view["ratio"] = t("cmp.ratio_no_interval", lang, a=la, b=lb, ratio="–",
                          reason=t("cmp.reason.no_pairs", lang))
    elif r.low is None:
        view["ratio"] = t("cmp.ratio_no_interval", lang, a=la, b=lb, ratio=_num(r.median_ratio, lang, 2),
                          reason=t("cmp.reason.one_pair", lang))
    else:
        view["ratio"] = t("cmp.ratio", lang, a=la, b=lb, ratio=_num(r.median_ratio, lang, 2),
                          low=_num(r.low, lang, 2), high=_num(r.high, lang, 2))
    view["ratio_explain"] = t("cmp.ratio_explain", lang, b=lb, resamples=_num(r.resamples, lang), seed=r.seed)
    w = s.wilcoxon
    if w.p_value is None:
        if w.n_pairs == 0:
            reason = t("cmp.reason.no_pairs", lang)
        elif w.n_used == 0:
            reason = t("cmp.reason.all_zero", lang, n=w.n_pairs)
        else:
            reason = t("cmp.reason.too_few", lang, n=w.n_used, smallest=_num(2.0 / 2**w.n_used, lang, 3))
        view["wilcoxon"] = t("cmp.wilcoxon_not_run", lang, reason=reason)
        view["wilcoxon_explain"] = None
    else:
        p = "< " + _num(0.0001, lang, 4) if w.p_value < 1e-4 else "= " + _num(w.p_value, lang, 4)
        view["wilcoxon"] = t("cmp.wilcoxon", lang, p=p, n_used=w.n_used,
                             zeros=w.n_zero_differences, method=t(f"cmp.method.{w.method}", lang),
                             r=_num(w.rank_biserial, lang, 2))
        view["wilcoxon_explain"] = t("cmp.wilcoxon_explain", lang, a=la, b=lb)
    rows = []
    for key, getter, digits in (
        ("cmp.n", lambda x: x.n, 0), ("cmp.median", lambda x: x.median, 1), ("cmp.mean", lambda x: x.mean, 1),
        ("cmp.total", lambda x: x.total, 0),
    ):
        rows.append({"label": t(key, lang), "a": _num(getter(s.a), lang, digits), "b": _num(getter(s.b), lang, digits)})
    rows.append({"label": t("cmp.zero", lang), "a": _num(s.zero_a, lang), "b": _num(s.zero_b, lang)})
    view["rows"] = rows
    view["peaks"] = [(result.label_a, s.a.peak), (result.label_b, s.b.peak)]
    return view


def definitions_view(result: ComparisonResult, lang: str) -> list[str]:
    la, lb = result.platform_label_a, result.platform_label_b
    parts = " + ".join(t(f"cmp.part.{p}", lang) for p in result.table.parts) or t("cmp.nothing", lang)
    items = [t("cmp.def.interactions", lang, parts=parts)]
    if result.age is not None:
        items.append(t("cmp.def.age", lang, age=format_duration(result.age),
                       tolerance=format_duration(result.tolerance)))
    else:
        items.append(t("cmp.def.as_of", lang, at=local_time(result.at)))
    items.append(t("cmp.def.matching", lang, window=format_duration(result.window),
                   threshold=_num(result.fuzzy_threshold, lang, 0)))
    if result.overrides:
        items.append(t("cmp.def.overrides", lang, path=result.overrides))
    items.append(t("cmp.def.excluded", lang, a=la, b=lb, na=result.measured_a.excluded.get("repost", 0),
                   nb=result.measured_b.excluded.get("repost", 0)))
    private_a = result.measured_a.excluded.get("followers-only", 0)
    private_b = result.measured_b.excluded.get("followers-only", 0)
    if private_a or private_b:
        items.append(t("cmp.def.private", lang, a=la, b=lb, na=private_a, nb=private_b))
    elif "private" in result.visibility:
        items.append(t("cmp.def.private_included", lang))
    undated = result.measured_a.excluded.get("no created_at", 0) + result.measured_b.excluded.get("no created_at", 0)
    if undated:
        items.append(t("cmp.def.undated", lang, n=undated))
    if result.unresolved_overrides:
        items.append(t("cmp.def.unresolved", lang, pairs=", ".join(f"{a} ↔ {b}" for a, b in
                                                                 result.unresolved_overrides)))
    items.append(t("cmp.def.difference", lang, a=la, b=lb))
    items.append(t("cmp.def.days", lang, a=la))
    return items


def measured_view(result: ComparisonResult, lang: str) -> list[str]:
    out = []
    for label, m in ((result.label_a, result.measured_a), (result.label_b, result.measured_b)):
        sources = "; ".join(
            t("cmp.measured_source", lang, source=t(f"cmp.source.{d.source}", lang) if d.source in SOURCES
              else d.source, n=d.posts, first=local_time(d.first_observed), last=local_time(d.last_observed))
            for d in m.sources
        )
        out.append(t("cmp.measured_side", lang, label=label, n=m.posts, with_figures=m.with_figures,
                     sources=sources or "–"))
    return out


def _excel(result: ComparisonResult, path: Path, lang: str) -> Path:
    s = result.stats
    book = open_workbook(path)
    summary = pd.DataFrame(
        [
            [t("cmp.n", lang), s.a.n, s.b.n],
            [t("cmp.median", lang), s.a.median, s.b.median],
            [t("cmp.mean", lang), s.a.mean, s.b.mean],
            [t("cmp.total", lang), s.a.total, s.b.total],
            [t("cmp.peak", lang), s.a.peak.value if s.a.peak else None, s.b.peak.value if s.b.peak else None],
            [t("cmp.wins", lang), s.wins_a, s.wins_b],
            [t("cmp.ties", lang), s.ties, s.ties],
            [t("cmp.median_ratio", lang) + " (b+1)/(a+1)", s.ratio.median_ratio, None],
            ["95 % low", s.ratio.low, None],
            ["95 % high", s.ratio.high, None],
            ["Wilcoxon p", s.wilcoxon.p_value, None],
            ["Wilcoxon r", s.wilcoxon.rank_biserial, None],
        ],
        columns=[t("cmp.measure", lang), result.label_a, result.label_b],
    )
    sheet = write_frame(book, "summary", summary)
    notes = [parts_note(result, lang), *definitions_view(result, lang), *measured_view(result, lang)]
    summary_view_text = summary_view(result, lang)
    notes += [summary_view_text["wins"], summary_view_text["ratio"], summary_view_text["wilcoxon"]]
    for offset, note in enumerate(n for n in notes if n):
        sheet.write_string(len(summary) + 2 + offset, 0, note)
    columns = [c for c in result.table.pairs.columns if c not in ("a_kind", "b_kind")]
    write_frame(book, "pairs", result.table.pairs[columns], text_columns=("a_native_id", "b_native_id"),
                url_columns=("a_url", "b_url"))
    unmatched = pd.concat(
        [result.table.unmatched_a.assign(side=result.label_a), result.table.unmatched_b.assign(side=result.label_b)],
        ignore_index=True,
    )
    unmatched = unmatched[["side", *[c for c in unmatched.columns if c != "side"]]]
    write_frame(book, "unmatched", unmatched, text_columns=("native_id",), url_columns=("url",))
    write_frame(book, "snapshots", result.snapshots.drop(columns=["post_id"]), text_columns=("native_id",))
    daily = s.daily.rename(columns={"a": result.label_a, "b": result.label_b}).copy()
    daily["day"] = pd.to_datetime(daily["day"])
    day_sheet = write_frame(book, "daily", daily)
    if len(daily):
        chart = book.add_chart({"type": "line"})
        for col, platform in ((1, result.a[0]), (2, result.b[0])):
            chart.add_series({
                "name": ["daily", 0, col],
                "categories": ["daily", 1, 0, len(daily), 0],
                "values": ["daily", 1, col, len(daily), col],
                "line": {"color": PLATFORM_COLORS.get(platform, "#555555"), "width": 1.5},
            })
        chart.set_title({"name": t("cmp.chart.daily", lang)})
        chart.set_x_axis({"date_axis": True, "num_format": "yyyy-mm-dd"})
        chart.set_y_axis({"name": t("cmp.chart.interactions", lang)})
        chart.set_size({"width": 900, "height": 420})
        day_sheet.insert_chart(1, 5, chart)
    write_frame(book, "by_month", s.by_month)
    write_frame(book, "by_weekday", s.by_weekday)
    book.close()
    return path


def _table_rows(frame: pd.DataFrame) -> list[dict[str, Any]]:
    rows = []
    for row in frame.to_dict("records"):
        rows.append({k: (None if not isinstance(v, str | list | dict) and pd.isna(v) else v) for k, v in row.items()})
    return rows


def write_comparison_report(result: ComparisonResult, out: Path, lang: str) -> list[Path]:
    """comparison.xlsx, interactions_per_day.png, pairs_scatter.png and index.html in `out`."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    daily_png = daily_chart(result, out / "interactions_per_day.png", lang)
    scatter_png = scatter_chart(result, out / "pairs_scatter.png", lang)
    xlsx = _excel(result, out / "comparison.xlsx", lang)
    weekday = result.stats.by_weekday.copy()
    weekday["group"] = [t(f"cmp.wd.{g}", lang) for g in weekday["group"]]
    lacking = result.table.lacking.copy()
    lacking["reason"] = [
        t(f"cmp.lacking.{v}", lang, a=result.platform_label_a, b=result.platform_label_b) for v in lacking["lacking"]
    ]
    html = render_html(
        "comparison.html.j2",
        out / "index.html",
        lang,
        r=result,
        s=result.stats,
        summary=summary_view(result, lang),
        definitions=definitions_view(result, lang),
        measured=measured_view(result, lang),
        daily_png=daily_png,
        scatter_png=scatter_png,
        by_month=_table_rows(result.stats.by_month),
        by_weekday=_table_rows(weekday),
        pairs=_table_rows(result.table.compared),
        lacking=_table_rows(lacking),
        unmatched_a=_table_rows(result.table.unmatched_a),
        unmatched_b=_table_rows(result.table.unmatched_b),
        files=[xlsx.name, daily_png.name, scatter_png.name],
        isnan=lambda v: v is None or (isinstance(v, float) and np.isnan(v)),
    )
    return [html, xlsx, daily_png, scatter_png]
