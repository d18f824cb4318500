"""What a comparison of several accounts at several dates (or post ages) says, in the report's language: the tables
(as frames with worded headers), the definitions, the parts rule and the chart specs. Presents, computes nothing;
series_files.py writes the files."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pandas as pd

from reichweite.analysis.compare import format_duration
from reichweite.analysis.compare_results import DateResult, SeriesResult
from reichweite.analysis.curves import bin_labels
from reichweite.metrics import RATE_DEFINITION
from reichweite.report.charts import series as series_charts
from reichweite.report.charts.base import Caption, Series
from reichweite.report.i18n import format_day, format_moment, format_number, format_p_value
from reichweite.report.texts import Texts, common, series
from reichweite.timeutil import REPORT_TZ

T = Texts(common.TEXTS, series.TEXTS)


@dataclass(frozen=True)
class Column:
    """A column of a report table: the frame's key, its worded header, its kind (as report.excel's Col)."""

    key: str
    header: str
    kind: str = "text"


def date_text(date: DateResult, lang: str) -> str:
    """'06.11.2026' for the end of a day, '06.11.2026, 09:00' for another time, '7d' for a post age."""
    if date.as_of is None:
        return date.label
    return format_day(date.as_of.astimezone(REPORT_TZ), lang) if ":" not in date.label else \
        format_moment(date.as_of, lang)


def date_title(date: DateResult, lang: str) -> str:
    return T("ser.as_of" if date.as_of is not None else "ser.at_age", lang, date=date_text(date, lang))


def parts_words(parts: tuple[str, ...] | list[str], lang: str) -> str:
    """'replies + reposts + likes' in the report's language ('nothing' for none)."""
    return " + ".join(T(f"col.{p}", lang) for p in parts) or T("ser.nothing", lang)


def series_of(result: SeriesResult) -> list[Series]:
    return [Series(label, platform) for label, (platform, _) in zip(result.labels, result.accounts, strict=True)]


def followers_text(used: list[Any], lang: str) -> str:
    if not used:
        return T("ser.followers_unknown", lang)
    if len(used) > 2:  # at post ages: a count per post's measurement
        counts = [f.followers for f in used]
        return T("ser.followers_range", lang, low=format_number(min(counts), lang),
                 high=format_number(max(counts), lang), n=format_number(len(used), lang),
                 first=format_moment(used[0].observed_at, lang), last=format_moment(used[-1].observed_at, lang))
    return "; ".join(T("ser.followers_item", lang, followers=format_number(f.followers, lang),
                       when=format_moment(f.observed_at, lang)) for f in used)


def summary_table(result: SeriesResult, lang: str) -> tuple[pd.DataFrame, list[Column]]:
    """Per date and account: groups, compared, wins, median, mean, total, peak, the median per 1,000 followers and
    the followers count used with when it was measured."""
    rows = []
    for date in result.dates:
        for s in date.summaries:
            rows.append({
                "date": date_text(date, lang), "account": result.label_of(s.key), "groups": s.groups,
                "compared": s.compared, "wins": s.wins, "shared": s.shared_first, "median": s.median,
                "mean": s.mean, "total": s.total, "peak": s.peak.value if s.peak else None,
                "per_1000": s.median_per_1000, "followers": followers_text(s.followers, lang),
                "unmatched": s.unmatched,
            })
    columns = [Column("date", T("ser.col.date", lang)), Column("account", T("ser.col.account", lang)),
               Column("groups", T("ser.col.groups", lang), "count"),
               Column("compared", T("ser.col.compared", lang), "count"),
               Column("wins", T("ser.col.wins", lang), "count"), Column("shared", T("ser.col.shared", lang), "count"),
               Column("median", T("ser.col.median", lang), "decimal"),
               Column("mean", T("ser.col.mean", lang), "decimal"), Column("total", T("ser.col.total", lang), "count"),
               Column("peak", T("ser.col.peak", lang), "count"),
               Column("per_1000", T("ser.col.per_1000", lang), "ratio"),
               Column("followers", T("ser.col.followers", lang)),
               Column("unmatched", T("ser.col.unmatched", lang), "count")]
    return pd.DataFrame(rows, columns=[c.key for c in columns]), columns


def pairs_table(result: SeriesResult, lang: str) -> tuple[pd.DataFrame, list[Column]]:
    """Per date and pair of accounts: pairs compared, wins, ties, median ratio with its interval, Wilcoxon p and how
    many pairs counted each part."""
    rows = []
    for date in result.dates:
        for p in date.pairwise:
            s = p.stats
            rows.append({
                "date": date_text(date, lang), "pair": f"{result.label_of(p.first)} – {result.label_of(p.second)}",
                "n": s.n, "wins_first": s.wins_a, "wins_second": s.wins_b, "ties": s.ties,
                "ratio": s.ratio.median_ratio, "low": s.ratio.low, "high": s.ratio.high, "p": s.wilcoxon.p_value,
                "coverage": ", ".join(f"{T(f'col.{part}', lang)} {format_number(n, lang)}"
                                      for part, n in p.table.coverage.items()),
            })
    columns = [Column("date", T("ser.col.date", lang)), Column("pair", T("ser.col.pair", lang)),
               Column("n", T("ser.col.n", lang), "count"),
               Column("wins_first", T("ser.col.wins_first", lang), "count"),
               Column("wins_second", T("ser.col.wins_second", lang), "count"),
               Column("ties", T("ser.col.ties", lang), "count"), Column("ratio", T("ser.col.ratio", lang), "ratio"),
               Column("low", T("ser.col.low", lang), "ratio"), Column("high", T("ser.col.high", lang), "ratio"),
               Column("p", T("ser.col.p", lang), "p"), Column("coverage", T("ser.col.coverage", lang))]
    return pd.DataFrame(rows, columns=[c.key for c in columns]), columns


def _date_words(result: SeriesResult, lang: str) -> dict[str, str]:
    return {d.label: date_text(d, lang) for d in result.dates}


def _periods_named(result: SeriesResult, frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """A copy of a change frame with its dates (from, to) and accounts as the reader sees them."""
    words = _date_words(result, lang)
    frame = frame.copy()
    frame["from"] = frame["from"].map(words)
    frame["to"] = frame["to"].map(words)
    frame["account"] = frame["account"].map(result.label_of)
    return frame


def change_table(result: SeriesResult, lang: str) -> tuple[pd.DataFrame, list[Column]]:
    """Per consecutive pair of dates and account: median and total then and now, their change (absolute, %), the
    median per 1,000 followers then and now."""
    frame = _periods_named(result, result.change_summary, lang)
    keys = [("from", "text"), ("to", "text"), ("account", "text"), ("groups", "count"), ("median_from", "decimal"),
            ("median_to", "decimal"), ("median_change", "decimal"), ("median_change_pct", "percent"),
            ("total_from", "count"), ("total_to", "count"), ("total_change", "count"),
            ("total_change_pct", "percent"), ("median_per_1000_from", "ratio"), ("median_per_1000_to", "ratio")]
    headers = {"median_per_1000_from": "per_1000_from", "median_per_1000_to": "per_1000_to"}
    columns = [Column(k, T(f"ser.col.{headers.get(k, k)}", lang), kind) for k, kind in keys]
    return frame, columns


def group_change_table(result: SeriesResult, lang: str) -> tuple[pd.DataFrame, list[Column]]:
    frame = _periods_named(result, result.changes, lang)
    keys = [("from", "text"), ("to", "text"), ("group", "count"), ("account", "text"), ("native_id", "id"),
            ("interactions_from", "count"), ("interactions_to", "count"), ("change", "count"),
            ("change_pct", "percent"), ("per_1000_from", "ratio"), ("per_1000_to", "ratio")]
    headers = {"native_id": "col.native_id"}
    columns = [Column(k, T(headers.get(k, f"ser.col.{k}"), lang), kind) for k, kind in keys]
    return frame, columns


def curves_table(result: SeriesResult, lang: str) -> tuple[pd.DataFrame, list[Column]]:
    frame = result.curves.curve.copy()
    frame["account"] = frame["account"].map(result.label_of)
    columns = [Column("account", T("ser.col.account", lang)), Column("age_bin", T("ser.col.age", lang)),
               Column("posts", T("ser.col.posts", lang), "count"),
               Column("median", T("ser.col.median", lang), "decimal"),
               Column("q1", T("ser.col.q1", lang), "decimal"), Column("q3", T("ser.col.q3", lang), "decimal")]
    return frame, columns


def once_table(result: SeriesResult, lang: str) -> tuple[pd.DataFrame, list[Column]]:
    frame = result.curves.measured_once.copy()
    frame["account"] = frame["account"].map(result.label_of)
    columns = [Column("account", T("ser.col.account", lang)), Column("native_id", T("col.native_id", lang), "id"),
               Column("url", T("col.url", lang), "url"), Column("observed_at", T("ser.col.observed_at", lang),
                                                                  "moment")]
    return frame, columns


def parts_lines(result: SeriesResult, lang: str) -> list[str]:
    """Which rule chose the parts, what was counted, how many groups counted each part per date, what was left out."""
    rule = result.options.rule
    first = result.dates[0].table
    name = T(f"ser.rule.{rule.kind}", lang, parts=", ".join(rule.parts))
    lines = [T("ser.rule", lang, rule=name, parts=parts_words(first.parts, lang))]
    for date in result.dates:
        frame = date.table.frame
        compared = int((frame[[f"{k}_interactions" for k in date.table.keys]].notna().sum(axis=1) >= 2).sum())
        parts = ", ".join(f"{T(f'col.{part}', lang)} {format_number(n, lang)}"
                          for part, n in date.table.coverage.items())
        lines.append(T("ser.coverage", lang, date=date_text(date, lang), n=format_number(compared, lang),
                       parts=parts))
    if rule.kind == "common":
        words = _date_words(result, lang)
        for p in first.left_out:
            lines.append(T("ser.left_out", lang, part=T(f"col.{p.part}", lang), missing=format_number(p.missing, lang),
                           total=format_number(p.total, lang), account=result.label_of(p.side),
                           date=words.get(p.as_of or "", p.as_of or date_text(result.dates[0], lang))))
    return lines


def definitions(result: SeriesResult, lang: str) -> list[str]:
    """The definitions the numbers follow (interactions and rates as reichweite.metrics defines them)."""
    parts = parts_words(result.dates[0].table.parts, lang)
    return [T("ser.def.interactions", lang, parts=parts), T("ser.def.rate", lang, definition=RATE_DEFINITION),
            T("ser.def.groups", lang, window=format_duration(result.options.window)), T("ser.def.wins", lang),
            T("ser.def.ratio", lang), T("ser.def.change", lang), T("ser.def.test", lang)]


def cell(value: Any, kind: str, lang: str) -> str:
    """A table cell as the HTML report shows it."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return "–"
    if kind == "count":
        return format_number(value, lang)
    if kind in ("decimal", "ratio"):
        return format_number(value, lang, 2 if kind == "ratio" else 1)
    if kind == "percent":
        return ("+" if value > 0 else "") + format_number(value, lang, 1) + ("\u00a0%" if lang == "de" else " %")
    if kind == "p":
        return format_p_value(value, lang)
    if kind == "moment":
        return format_moment(value, lang)
    return str(value)


def html_table(frame: pd.DataFrame, columns: list[Column], lang: str, table_id: str) -> dict[str, Any]:
    return {"id": table_id, "headers": [c.header for c in columns],
            "numeric": [c.kind not in ("text", "id", "url", "moment") for c in columns],
            "rows": [[cell(row.get(c.key), c.kind, lang) for c in columns] for row in frame.to_dict("records")]}


def _caption(result: SeriesResult, title: str, lang: str) -> Caption:
    when = T("ser.dates" if result.dates[0].as_of is not None else "ser.ages", lang,
             dates=", ".join(date_text(d, lang) for d in result.dates))
    parts = parts_words(result.dates[0].table.parts, lang)
    return Caption(title, (when, T("ser.chart.sub", lang, parts=parts, tz=str(REPORT_TZ))))


def chart_specs(result: SeriesResult, lang: str, log: bool = False) -> dict[str, dict[str, Any]]:
    """change (with two or more dates), curves (when the posts were measured), rates (when a rate is known)."""
    specs: dict[str, dict[str, Any]] = {}
    series_list = series_of(result)
    words = _date_words(result, lang)
    change = result.change_summary
    if len(change):
        frame = pd.DataFrame({
            "period": [f"{words[f]} → {words[t]}" for f, t in zip(change["from"], change["to"], strict=True)],
            "series": change["account"].map(result.label_of), "value": change["total_change_pct"].astype(float),
            "label": [cell(v, "percent", lang) for v in change["total_change_pct"]],
        })
        specs["change"] = series_charts.change_bars(frame, series_list, _caption(result, T("ser.chart.change", lang),
                                                                                 lang),
                                                    lang, y_title=T("ser.chart.change_y", lang))
    curve = result.curves.curve
    if len(curve):
        frame = curve.assign(series=curve["account"].map(result.label_of))
        specs["curves"] = series_charts.age_curves(
            frame, series_list, bin_labels(), _caption(result, T("ser.chart.curves", lang), lang), lang,
            x_title=T("ser.col.age", lang), y_title=T("ser.chart.curves_y", lang), log=log)
    rates = [{"date": date_text(d, lang), "series": result.label_of(s.key), "value": s.median_per_1000}
             for d in result.dates for s in d.summaries if s.median_per_1000 is not None]
    if rates:
        specs["rates"] = series_charts.rate_lines(
            pd.DataFrame(rates), series_list, [date_text(d, lang) for d in result.dates],
            _caption(result, T("ser.chart.rates", lang), lang), lang, y_title=T("ser.chart.rates_y", lang))
    return specs
