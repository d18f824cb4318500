"""Language-share report: workbook (per period and language), charts, agreement heat map, HTML (de/en).

Takes the tables and the analysis results; computes no statistic itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd
from babel.dates import format_date

from reichweite import __version__
from reichweite.report.charts import languages as language_charts
from reichweite.report.charts.base import Caption, fill_periods
from reichweite.report.charts.render import save_both
from reichweite.report.excel import Col, check_rows, open_workbook, write_notes, write_sheet
from reichweite.report.html import render_html
from reichweite.report.i18n import (
    babel_locale,
    format_day,
    format_moment,
    format_number,
    format_percent,
    language_name,
)
from reichweite.report.texts import Texts, common, languages
from reichweite.timeutil import utcnow

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
    periods = sorted(report.table["period"].astype(str)) if "period" in report.table else []
    first, last = (periods[0], periods[-1]) if periods else ("–", "–")
    if periods:
        first, last = (period_label(p, "month" if report.by == "month" else "day", lang) for p in (first, last))
    return Caption(title, (
        T("lang.chart.periods", lang, by=T(f"lang.by.{report.by}", lang), tz=report.tz, first=first, last=last),
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
        top = fill_periods(top, report.by)
        specs["languages_top"] = language_charts.top_languages(
            top, languages, _caption(report, T("lang.top", lang, rule=T("lang.rule_name.first", lang)), lang), lang,
            y_title=T("lang.share", lang), period_title=period)
    if report.lang_share is not None and not report.lang_share.empty:
        frame = report.lang_share.rename(columns={"period": "day", "share": "value"})
        frame = frame.assign(series=[T(f"lang.rule_name.{r}", lang) for r in frame["rule"]])
        rules = list(dict.fromkeys(frame["series"]))
        frame = fill_periods(frame, report.by)
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


def _rule_columns(report: LanguageReport, lang: str) -> list[Col]:
    columns = []
    for rule in RULE_ORDER:
        if f"posts_{rule}" in report.table.columns:
            name = T(f"lang.rule_name.{rule}", lang)
            columns += [Col(f"posts_{rule}", T("lang.col.posts_by", lang, rule=name), "count"),
                        Col(f"share_{rule}", T("lang.col.share_by", lang, rule=name), "share")]
    return columns


def write_workbook(report: LanguageReport, path: Path, lang: str = "en") -> Path:
    """Shares per period and language, overall shares per rule, the chosen language's share with its interval,
    declared × detected counts, the input figures, and notes (rules, time zone, provenance)."""
    period = Col("period", T(f"lang.col.period.{report.by}", lang), "day")
    language = Col("lang", T("lang.lang", lang), words=lambda code: language_label(str(code), lang))
    sheets: list[tuple[str, pd.DataFrame, list[Col]]] = [
        (T("lang.sheet.per_period", lang), report.table, [period, language, *_rule_columns(report, lang)])]
    for rule, frame in report.overall.items():
        sheets.append((T(f"lang.sheet.overall.{rule}", lang), frame,
                       [language, Col("posts", T("lang.posts", lang), "count"),
                        Col("share", T("lang.share", lang), "share")]))
    if report.lang_share is not None:
        sheets.append((T("lang.sheet.share", lang, code=report.lang), report.lang_share, [
            period, Col("rule", T("lang.rule", lang), words=lambda r: T(f"lang.rule_name.{r}", lang)),
            Col("posts", T("lang.posts", lang), "count"), Col("total", T("lang.of_posts", lang), "count"),
            Col("share", T("lang.share", lang), "share"), Col("low", T("lang.col.low", lang), "share"),
            Col("high", T("lang.col.high", lang), "share")]))
    if report.agreement_counts is not None:
        counts = report.agreement_counts.reset_index()
        first = str(counts.columns[0])
        sheets.append((T("lang.sheet.agreement", lang), counts, [
            Col(first, T("lang.declared_first", lang), words=lambda code: language_label(str(code), lang)),
            *(Col(str(c), T("lang.col.detected_as", lang, code=language_label(str(c), lang)), "count")
              for c in counts.columns[1:])]))
    stats = pd.DataFrame({"what": list(report.stats), "count": list(report.stats.values())})
    sheets.append((T("lang.input", lang), stats, [
        Col("what", T("lang.col.what", lang), words=lambda k: T(f"lang.stat.{k}", lang) if f"lang.stat.{k}" in T
            else str(k)),
        Col("count", T("lang.col.count", lang), "count")]))
    for name, frame, _columns in sheets:
        check_rows(name, len(frame))
    book = open_workbook(path)
    for name, frame, columns in sheets:
        write_sheet(book, name, frame, columns, lang)
    scope = T(f"lang.scope.{report.detect}", lang)
    notes = [(T("lang.rules", lang), T(f"lang.rule.{k}", lang, tz=report.tz, scope=scope,
                                        threshold=format_number(report.threshold, lang, 2)))
             for k in ("dedupe", "first", "any", "none", "detected")]
    notes += [(T("notes.timezone", lang), T("lang.note.timezone", lang, tz=report.tz)),
              (T("notes.provenance", lang), T("lang.meta", lang, engine=report.engine,
                                               by=T(f"lang.by.{report.by}", lang), tz=report.tz, scope=scope)),
              (T("notes.provenance", lang), T("lang.note.generated", lang, when=format_moment(utcnow(), lang),
                                               version=__version__))]
    write_notes(book, T("notes.sheet", lang), (T("notes.section", lang), T("notes.text", lang)), notes, lang)
    book.close()
    return path


def write_report(report: LanguageReport, out: Path, lang: str) -> dict[str, Path]:
    """Workbook, charts (PNG and SVG) and HTML into `out`; returns the paths written."""
    out.mkdir(parents=True, exist_ok=True)
    paths: dict[str, Path] = {"workbook": write_workbook(report, out / "languages.xlsx", lang)}
    charts: dict[str, Path] = {}
    for stem, spec in chart_specs(report, lang).items():
        key = {"languages_top": "chart_top", "languages_agreement": "chart_agreement"}.get(stem, "chart_lang")
        both = save_both(spec, out / stem)
        paths[key] = both["png"]
        paths[key + "_svg"] = charts[key] = both["svg"]
    context: dict[str, Any] = {"r": report, "charts": charts, "stat_labels": STAT_LABELS,
                               "language_label": language_label, "period_label": period_label}
    paths["html"] = render_html("languages.html.j2", out / "languages.html", lang, T, **context)
    return paths


RULE_ORDER = ("first", "any", "none", "detected")


def period_label(period: str, by: str, lang: str) -> str:
    """A period as readers write it: '08.12.2025', 'Woche ab 08.12.2025', 'Dezember 2025'."""
    try:
        start = date.fromisoformat(str(period)[:10])
    except ValueError:
        return str(period)
    if by == "month":
        return format_date(start, "LLLL y", locale=babel_locale(lang))
    if by == "week":
        return T("lang.week_of", lang, day=format_day(start, lang))
    return format_day(start, lang)


def _share(value: float | None, lang: str, digits: int = 2) -> str:
    return T("lang.no_data", lang) if value is None or value != value else format_percent(value, lang, digits)


def terminal_sections(summary: dict[str, Any], lang: str) -> list[str | tuple[str, str] | dict[str, Any]]:
    """What `reichweite languages` prints, from the job's summary, in the report's language: sentences (str; a
    tuple is one indented under a heading), the shares overall and the share of one language per period as tables
    (dict: title, headers, numeric, rows). A period without posts reads 'no data', never 'nan %'."""
    stats = summary["stats"]
    parts: list[str | tuple[str, str] | dict[str, Any]] = [
        T("lang.term.input", lang, events=T.n("lang.term.events", lang, stats["events"]),
          files=T.n("lang.term.files", lang, stats["files"]),
          malformed=T.n("lang.term.malformed", lang, stats["malformed"]),
          posts=T.n("lang.term.posts", lang, stats["posts"]),
          duplicates=T.n("lang.term.duplicates", lang, stats["duplicates"])),
        T("lang.rules", lang) + ":"]
    scope = T(f"lang.scope.{summary['detect']}", lang)
    for rule in RULE_ORDER:
        if rule in summary["rules"]:
            parts.append(("  ", T(f"lang.rule.{rule}", lang, scope=scope,
                                  threshold=format_number(summary["threshold"], lang, 2))))
    for rule, rows in summary["overall"].items():
        parts.append({"title": T("lang.term.overall", lang, rule=T(f"lang.rule_name.{rule}", lang)) + ":",
                      "headers": [T("lang.lang", lang), T("lang.posts", lang), T("lang.share", lang)],
                      "numeric": [False, True, True],
                      "rows": [[language_label(row["lang"], lang), format_number(row["posts"], lang),
                                _share(row["share"], lang)] for row in rows[:10]]})
    agreement = summary["agreement"]
    if agreement["checked"]:
        parts.append(T("lang.term.agreement", lang, share=_share(agreement["share"], lang, 1),
                       n=format_number(agreement["checked"], lang)))
    if "lang_share" in summary:
        rows = []
        for row in summary["lang_share"]:
            cells = [period_label(row["period"], summary["by"], lang), T(f"lang.rule_name.{row['rule']}", lang)]
            if not row["total"]:
                rows.append([*cells, T("lang.no_data", lang), "", ""])
                continue
            rows.append([*cells, _share(row["share"], lang),
                         f"[{_share(row['low'], lang)} – {_share(row['high'], lang)}]", format_number(row["total"],
                                                                                                    lang)])
        parts.append({"title": T("lang.interval", lang, code=language_label(summary["lang"], lang)) + ":",
                      "headers": [T("lang.period", lang), T("lang.rule", lang), T("lang.share", lang),
                                  T("lang.interval_col", lang), "n"],
                      "numeric": [False, False, True, True, True], "rows": rows})
    return parts


def written_lines(summary: dict[str, Any], lang: str) -> list[str]:
    """The files `reichweite languages --out` wrote, one line each (said on stderr)."""
    return [T("lang.term.written", lang, path=path) for path in summary["files_written"].values()]
