"""Language-share report: workbook (per period and language), charts, agreement heat map, HTML (de/en).

Takes the tables and the analysis results; computes no statistic itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from reichweite.report.charts import languages as language_charts
from reichweite.report.charts.base import Caption
from reichweite.report.charts.render import save_both
from reichweite.report.excel import open_workbook, write_frame
from reichweite.report.html import render_html
from reichweite.report.i18n import format_number, language_name
from reichweite.report.texts import Texts, common, languages

T = Texts(common.TEXTS, languages.TEXTS)



STAT_LABELS = ("files", "events", "malformed", "post_creates", "duplicates", "posts", "deletes", "updates",
               "other_collections", "identity", "account")


@dataclass
class LanguageReport:
    """Everything the report shows, prepared by jobs/languages.py."""

    by: str
    detect: str
    engine: str
    tz: str
    threshold: float
    stats: dict[str, int]
    table: pd.DataFrame  # period, lang, posts_first, share_first, posts_any, share_any, posts_detected, ...
    overall: dict[str, pd.DataFrame]  # rule → lang, posts, share
    top_shares: pd.DataFrame  # period, lang, share (first rule)
    lang: str | None
    lang_share: pd.DataFrame | None  # period, rule, posts, total, share, low, high
    agreement: pd.DataFrame | None  # row-normalised matrix
    agreement_counts: pd.DataFrame | None
    agreement_summary: dict[str, float]


def _caption(report: LanguageReport, title: str, lang: str) -> Caption:
    return Caption(title, (
        T("lang.chart.periods", lang, by=T(f"lang.by.{report.by}", lang), tz=report.tz),
        T("lang.chart.source", lang, posts=format_number(report.stats.get("posts"), lang)),
    ))


def language_label(code: str, lang: str) -> str:
    """A language code as readers know it: 'Deutsch (de)'; 'none' and 'unknown' in words."""
    if code in ("none", "unknown"):
        return T(f"lang.code.{code}", lang)
    return language_name(code, lang)


def chart_specs(report: LanguageReport, lang: str) -> dict[str, dict[str, Any]]:
    """The language report's charts as Vega-Lite specs, by file stem."""
    specs: dict[str, dict[str, Any]] = {}
    period = T("lang.period", lang)
    if not report.top_shares.empty:
        top = report.top_shares.rename(columns={"period": "day", "share": "value"})
        top = top.assign(series=[language_label(code, lang) for code in top["lang"]])
        languages = list(dict.fromkeys(top["series"]))
        specs["languages_top"] = language_charts.top_languages(
            top, languages, _caption(report, T("lang.top", lang, rule=T("lang.rule_name.first", lang)), lang), lang,
            y_title=T("lang.share", lang), period_title=period)
    if report.lang_share is not None and not report.lang_share.empty:
        frame = report.lang_share.rename(columns={"period": "day", "share": "value"})
        frame = frame.assign(series=[T(f"lang.rule_name.{r}", lang) for r in frame["rule"]])
        rules = list(dict.fromkeys(frame["series"]))
        specs[f"languages_{report.lang}"] = language_charts.language_share(
            frame, rules,
            _caption(report, T("lang.interval", lang, code=language_label(report.lang, lang)), lang), lang,
            y_title=T("lang.share", lang), period_title=period)
    if report.agreement is not None and not report.agreement.empty:
        matrix = report.agreement.rename(index=lambda c: language_label(str(c), lang),
                                         columns=lambda c: language_label(str(c), lang))
        specs["languages_agreement"] = language_charts.agreement(
            matrix, _caption(report, T("lang.agreement", lang), lang), lang,
            declared_title=T("lang.declared_first", lang), detected_title=T("lang.detected", lang))
    return specs


def write_workbook(report: LanguageReport, path: Path) -> Path:
    book = open_workbook(path)
    write_frame(book, "per period", report.table, text_columns=("period", "lang"))
    for rule, frame in report.overall.items():
        write_frame(book, f"overall {rule}", frame, text_columns=("lang",))
    if report.lang_share is not None:
        write_frame(book, f"share {report.lang}", report.lang_share, text_columns=("period",))
    if report.agreement_counts is not None:
        write_frame(book, "declared x detected", report.agreement_counts.reset_index(), text_columns=("declared",))
    write_frame(book, "input", pd.DataFrame({"what": list(report.stats), "count": list(report.stats.values())}))
    book.close()
    return path


def write_report(report: LanguageReport, out: Path, lang: str) -> dict[str, Path]:
    """Workbook, charts (PNG and SVG) and HTML into `out`; returns the paths written."""
    out.mkdir(parents=True, exist_ok=True)
    paths: dict[str, Path] = {"workbook": write_workbook(report, out / "languages.xlsx")}
    charts: dict[str, Path] = {}
    for stem, spec in chart_specs(report, lang).items():
        key = {"languages_top": "chart_top", "languages_agreement": "chart_agreement"}.get(stem, "chart_lang")
        both = save_both(spec, out / stem)
        paths[key] = both["png"]
        paths[key + "_svg"] = charts[key] = both["svg"]
    context: dict[str, Any] = {"r": report, "charts": charts, "stat_labels": STAT_LABELS}
    paths["html"] = render_html("languages.html.j2", out / "languages.html", lang, T, **context)
    return paths
