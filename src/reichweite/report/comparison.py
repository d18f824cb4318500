"""What a cross-post comparison says, in the report's language: summary sentences, definitions, measurement dates,
chart specs and the terminal view. Presents, computes nothing; comparison_files.py writes the files."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

import pandas as pd

from reichweite.analysis.compare import format_duration
from reichweite.report.charts import comparison as comparison_charts
from reichweite.report.charts.base import Caption, Series
from reichweite.report.i18n import (
    format_day,
    format_moment,
    format_number,
    format_p_value,
    format_percent,
)
from reichweite.report.texts import Texts, common, comparison
from reichweite.timeutil import REPORT_TZ

if TYPE_CHECKING:
    from reichweite.analysis.compare_results import ComparisonResult

T = Texts(common.TEXTS, comparison.TEXTS)
t = T

# sides measured further apart than this get a warning: a later measurement has had more time to collect interactions
GAP_WARNING = timedelta(hours=24)
SOURCES = ("api", "archive", "manual")


def as_of(result: ComparisonResult) -> datetime | None:
    """The moment the figures stand for: the latest measurement used, not after the as-of time asked for."""
    last = [m.last_observed for m in (result.measured_a, result.measured_b) if m.last_observed is not None]
    if not last:
        return result.at
    return min(max(last), result.at) if result.at is not None else max(last)


def _sources_line(result: ComparisonResult, lang: str) -> str:
    """'Quelle: X @a: Archiv + Tabelle vom 20.10.2026; Bluesky @b: API-Abruf vom 20.10.2026'."""
    parts = []
    for label, measured in ((result.label_a, result.measured_a), (result.label_b, result.measured_b)):
        by_day: dict[str, list[str]] = {}
        for d in measured.sources:
            name = T(f"cmp.chart.source.{d.source}", lang) if d.source in SOURCES else d.source
            by_day.setdefault(format_day(d.last_observed, lang), []).append(name)
        kinds = "; ".join(T("cmp.chart.source_item", lang, source=" + ".join(names), day=day)
                          for day, names in by_day.items())
        parts.append(f"{label}: {kinds or '–'}")
    return T("cmp.chart.sources", lang, sources="; ".join(parts))


def caption(result: ComparisonResult, title: str, lang: str) -> Caption:
    """Title plus: as of when (or at which age) in which time zone, what counts, where the figures come from."""
    if result.age is not None:
        when = T("cmp.chart.at_age", lang, age=format_duration(result.age),
                 tolerance=format_duration(result.tolerance))
    else:
        when = T("cmp.chart.as_of", lang, at=format_moment(as_of(result), lang))
    when += " · " + T("cmp.chart.timezone", lang, tz=str(REPORT_TZ))
    parts = " + ".join(T(f"cmp.part.{p}", lang) for p in result.table.parts) or T("cmp.nothing", lang)
    what = T("cmp.def.interactions", lang, parts=parts) + " · " + T.n("cmp.chart.pairs", lang, result.stats.n)
    return Caption(title, (when, what, _sources_line(result, lang)))


def chart_specs(result: ComparisonResult, lang: str, log: bool = False) -> dict[str, dict[str, Any]]:
    """The comparison's charts as Vega-Lite specs, by file stem: what the reports save and the web app shows."""
    series = [Series(result.label_a, result.a[0]), Series(result.label_b, result.b[0])]
    daily = result.stats.daily
    long = pd.concat([
        pd.DataFrame({"day": daily["day"], "series": s.label, "value": daily[side].astype(float)})
        for side, s in zip(("a", "b"), series, strict=True)
    ], ignore_index=True)
    unit = T("cmp.chart.log", lang) if log else T("cmp.chart.interactions", lang)
    per_day = comparison_charts.interactions_per_day(
        long, series, caption(result, T("cmp.chart.daily", lang), lang), lang, y_title=unit,
        day_title=T("cmp.chart.day", lang), log=log)
    pairs = result.table.compared
    frame = pd.DataFrame({
        "a": pairs["a_interactions"].astype(float), "b": pairs["b_interactions"].astype(float),
        "day": pd.to_datetime(pairs["a_created_at"], utc=True).dt.tz_convert(REPORT_TZ).dt.date,
        "text": pairs["a_text"].astype("string").str.slice(0, 120),
    })
    scatter = comparison_charts.pairs_scatter(
        frame, *series, caption(result, T("cmp.chart.scatter", lang, a=result.platform_label_a,
                                          b=result.platform_label_b), lang), lang,
        x_title=f"{result.label_a}: {unit}", y_title=f"{result.label_b}: {unit}",
        equal_label=T("cmp.chart.diagonal", lang), log=log)
    return {"interactions_per_day": per_day, "pairs_scatter": scatter}


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
    return format_percent(value, lang, 0)


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
                             at_a=format_moment(result.measured_a.last_observed, lang),
                             at_b=format_moment(result.measured_b.last_observed, lang))
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
        view["wilcoxon"] = t("cmp.wilcoxon", lang, p="= " + format_p_value(w.p_value, lang),
                             pairs=T.n("cmp.pairs_differ", lang, w.n_used),
                             zeros=T.n("cmp.tied_pairs", lang, w.n_zero_differences),
                             method=t(f"cmp.method.{w.method}", lang),
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
        items.append(t("cmp.def.as_of", lang, at=format_moment(result.at, lang)))
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
              else d.source, n=d.posts, first=format_moment(d.first_observed, lang),
              last=format_moment(d.last_observed, lang))
            for d in m.sources
        )
        out.append(t("cmp.measured_side", lang, label=label, n=m.posts, with_figures=m.with_figures,
                     sources=sources or "–"))
    return out


def terminal_notes(result: ComparisonResult, lang: str) -> list[str]:
    """What `reichweite compare` says beside its data (on stderr), in the report's language."""
    written = result.report is not None
    notes: list[str] = []
    view = summary_view(result, lang)
    if view["parts_note"]:
        notes.append(view["parts_note"])
    gap = result.measurement_gap
    if result.age is None and gap is not None and gap > GAP_WARNING:
        notes.append(T("cmp.term.gap", lang, days=_num(gap.total_seconds() / 86400, lang, 1),
                       see=T("cmp.term.see_report", lang) if written else "."))
    if len(result.table.lacking):
        where = T("cmp.term.listed_report" if written else "cmp.term.listed_with", lang)
        notes.append(T.n("cmp.term.lacking", lang, len(result.table.lacking), where=where))
    hidden = [f"{label} {_num(m.excluded['followers-only'], lang)}" for label, m in
              ((result.label_a, result.measured_a), (result.label_b, result.measured_b))
              if m.excluded.get("followers-only")]
    if hidden:
        notes.append(T("cmp.term.private", lang, accounts=", ".join(hidden)))
    if result.report:
        notes.append(T("cmp.term.report", lang, path=str(result.report)))
    return notes


def terminal_report(result: ComparisonResult, lang: str) -> list[Any]:
    """The table and the sentences of the summary `reichweite compare` prints, in the report's language (rich
    renderables; texts from the data shown bare, without markup or escape sequences)."""
    from rich.table import Table
    from rich.text import Text

    from reichweite.terminal import bare

    s = result.stats
    view = summary_view(result, lang)
    table = Table(title=Text(bare(T("cmp.term.title", lang, a=result.label_a, b=result.label_b))))
    table.add_column("")
    table.add_column(Text(bare(result.label_a)), justify="right")
    table.add_column(Text(bare(result.label_b)), justify="right")

    def count(value: float | None) -> str:
        return _num(value, lang)

    table.add_row(T("cmp.term.pairs", lang), count(s.n), count(s.n))
    table.add_row(T("cmp.term.wins", lang), f"{count(s.wins_a)} ({_pct(s.share_a, lang)})",
                  f"{count(s.wins_b)} ({_pct(s.share_b, lang)})")
    table.add_row(T("cmp.term.ties", lang), count(s.ties), count(s.ties))
    table.add_row(T("cmp.term.median", lang), _num(s.a.median, lang, 1), _num(s.b.median, lang, 1))
    table.add_row(T("cmp.term.mean", lang), _num(s.a.mean, lang, 1), _num(s.b.mean, lang, 1))
    table.add_row(T("cmp.term.peak", lang), count(s.a.peak.value if s.a.peak else None),
                  count(s.b.peak.value if s.b.peak else None))
    table.add_row(T("cmp.term.unmatched", lang), count(len(result.table.unmatched_a)),
                  count(len(result.table.unmatched_b)))
    return [table, Text(bare(view["ratio"])), Text(bare(view["wilcoxon"]))]
