"""The panel report: totals chart, per-company charts, workbook and HTML, German and English. Formats the
PanelResult; computes no statistic."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd

from reichweite import __version__, registry
from reichweite.analysis.panel import FIGURES, PanelResult
from reichweite.report.charts import panel as panel_charts
from reichweite.report.charts.base import Caption, Series
from reichweite.report.charts.render import save_both
from reichweite.report.columns import coded, header
from reichweite.report.excel import Col, check_rows, open_workbook, write_notes, write_sheet
from reichweite.report.html import render_html
from reichweite.report.i18n import format_day, format_moment, format_number
from reichweite.report.texts import Texts, common, panel
from reichweite.timeutil import REPORT_TZ, utcnow

T = Texts(common.TEXTS, panel.TEXTS)
t = T


def platform_name(platform: str) -> str:
    return registry.label(platform)


def _series(result: PanelResult) -> list[Series]:
    return [Series(platform_name(p), p) for p in result.platforms]


def _caption(result: PanelResult, title: str, lang: str, *extra: str) -> Caption:
    dates = result.dates
    span = (T("panel.chart.dates", lang, first=format_day(dates[0], lang), last=format_day(dates[-1], lang),
              n=len(dates)) if dates else "–")
    return Caption(title, (
        f"{_composition_text(result, lang)} · {span}", *extra,
        T("panel.chart.source", lang, tz=str(REPORT_TZ)),
    ))


def _axis(title: str, lang: str, log: bool) -> str:
    return T("chart.log_axis", lang, title=title) if log else title


def chart_specs(result: PanelResult, lang: str, log: bool = False) -> dict[str, dict[str, Any]]:
    """The panel's charts as Vega-Lite specs, by file stem (totals, then one per figure at the latest date)."""
    if not result.dates:
        return {}
    series = _series(result)
    names = {p: platform_name(p) for p in result.platforms}
    figure_names = [T("panel." + f, lang) for f in FIGURES]
    rows = []
    for row in result.totals.to_dict("records"):
        for figure, label in zip(FIGURES, figure_names, strict=True):
            total = row[f"{figure}_total"]
            if total is None or pd.isna(total):
                continue
            rows.append({"day": row["date"], "platform": names[row["platform"]], "figure": label,
                         "value": float(total), "partial": bool(row[f"{figure}_measured"] < row["members"])})
    totals = pd.DataFrame(rows, columns=["day", "platform", "figure", "value", "partial"])
    specs = {f"{result.panel}_totals": panel_charts.panel_totals(
        totals, series, figure_names,
        _caption(result, T("panel.chart.totals", lang, panel=result.title), lang, T("panel.chart.hollow", lang)),
        lang,
        y_title=_axis(T("panel.total", lang), lang, log), day_title=T("panel.date", lang), log=log)}
    for figure in FIGURES:
        frame = result.companies.copy()
        first = f"{result.platforms[0]}_{figure}"
        frame = frame.sort_values([first, "name"], ascending=[False, True], na_position="last",
                                  key=lambda c: c.str.casefold() if c.name == "name" else c)
        shown = [any(pd.notna(row[f"{p}_{figure}"]) or _is_off(row, f"{p}_{figure}") for p in result.platforms)
                 for row in frame.to_dict("records")]
        left_out = len(frame) - sum(shown)
        frame = frame[shown]  # a member measured on no platform that day: no empty bar group, counted in the caption
        long = pd.DataFrame([
            {"name": _label(row, result.platforms, figure, lang), "platform": names[p],
             "value": None if pd.isna(row[f"{p}_{figure}"]) else float(row[f"{p}_{figure}"])}
            for row in frame.to_dict("records") for p in result.platforms
        ], columns=["name", "platform", "value"])
        title = T("panel.chart.companies", lang, figure=T("panel." + figure, lang), day=format_day(result.latest, lang))
        extra = (T.n("panel.chart.left_out", lang, left_out),) if left_out else ()
        specs[f"{result.panel}_companies_{figure}"] = panel_charts.panel_companies(
            long, series, _caption(result, title, lang, *extra), lang,
            x_title=_axis(T("panel." + figure, lang), lang, log), log=log)
    return specs


def _is_off(row: dict, column: str) -> bool:
    return row.get(f"{column}_state") == "off"


def _label(row: dict, platforms: list[str], figure: str, lang: str) -> str:
    """The company's name in a chart, with the platforms whose figure is unknown (–) or switched off."""
    off = [platform_name(p) for p in platforms if _is_off(row, f"{p}_{figure}")]
    missing = [platform_name(p) for p in platforms
               if pd.isna(row[f"{p}_{figure}"]) and not _is_off(row, f"{p}_{figure}")]
    notes = ([f"– {', '.join(missing)}"] if missing else []) + (
        [T("panel.chart.off", lang, platforms=", ".join(off))] if off else [])
    return row["name"] + (f" ({'; '.join(notes)})" if notes else "")


def with_off(frame: pd.DataFrame, columns: Sequence[str], lang: str) -> pd.DataFrame:
    """The frame with the word for 'switched off' in each figure column where its state says so (a word among the
    numbers, never 0 and never blank like an unknown figure)."""
    out = frame.copy()
    for column in columns:
        state = f"{column}_state"
        if state not in out.columns or column not in out.columns:
            continue
        off = (out[state] == "off").fillna(False).to_numpy(dtype=bool)
        if off.any():
            out[column] = out[column].astype(object)
            out.loc[off, column] = T("panel.off", lang)
    return out


def _day(day: date | None, lang: str) -> str:
    return format_day(day, lang)


def _composition_text(result: PanelResult, lang: str) -> str:
    if result.composition.kind == "fixed":
        return t("panel.composition.fixed", lang, day=_day(result.composition.day, lang))
    return t("panel.composition.asof", lang)


def _members_measured(result: PanelResult) -> pd.DataFrame:
    """The members per date, with whether each was measured on each platform."""
    measured = result.measurements.assign(
        measured=result.measurements["followers"].notna() | result.measurements["employees"].notna()
    )
    members = result.members.copy()
    for platform in result.platforms:
        keys = set(zip(*(measured.loc[(measured["platform"] == platform) & measured["measured"], c]
                         for c in ("date", "company_key")), strict=False))
        members[f"{platform}_measured"] = [(d, k) in keys for d, k in
                                           zip(members["date"], members["company_key"], strict=False)]
    return members


def _sheets(result: PanelResult, lang: str) -> list[tuple[str, pd.DataFrame, list[Col]]]:
    """Each sheet of the workbook: name, frame and its columns in the report's language."""
    figure = {f: T("panel." + f, lang) for f in FIGURES}
    platform = Col("platform", T("panel.platform", lang), words=platform_name)
    day = Col("date", T("panel.date", lang), "day")
    key = Col("company_key", T("panel.col.key", lang), "id")
    name = Col("name", T("panel.company", lang))
    totals = [day, platform, Col("members", T("panel.members", lang), "count")]
    for f in FIGURES:
        totals += [Col(f"{f}_total", f"{figure[f]}: {T('panel.total', lang)}", "count"),
                   Col(f"{f}_measured", f"{figure[f]}: {T('panel.col.measured', lang)}", "count"),
                   Col(f"{f}_coverage", f"{figure[f]}: {T('panel.coverage', lang)}", "share"),
                   Col(f"{f}_rounded", f"{figure[f]}: {T('panel.rounded', lang)}", "count"),
                   Col(f"{f}_off", f"{figure[f]}: {T('panel.col.off', lang)}", "count")]
    growth = [platform, Col("figure", T("panel.col.figure", lang), words=lambda f: figure.get(f, f)),
              Col("from", T("panel.col.from", lang), "day"), Col("to", T("panel.col.to", lang), "day"),
              Col("total_from", T("panel.col.total_from", lang), "count"),
              Col("total_to", T("panel.col.total_to", lang), "count"),
              Col("change", T("panel.change", lang), "count"), Col("change_pct", T("panel.col.change_pct", lang),
                                                                    "percent"),
              Col("same_companies", T("panel.same", lang), "count"),
              Col("same_from", T("panel.col.same_from", lang), "count"),
              Col("same_to", T("panel.col.same_to", lang), "count"),
              Col("same_change_pct", T("panel.col.same_change_pct", lang), "percent")]
    ratios = [day, Col("numerator", T("panel.col.numerator", lang), words=platform_name),
              Col("denominator", T("panel.col.denominator", lang), words=platform_name)]
    for f in FIGURES:
        ratios.append(Col(f"{f}_companies", f"{figure[f]}: {T('panel.col.on_both', lang)}", "count"))
        ratios += [Col(f"{f}_{p}", f"{figure[f]}: {platform_name(p)}", "count") for p in result.platforms]
        ratios.append(Col(f"{f}_ratio", f"{figure[f]}: {T('panel.ratio', lang)}", "ratio"))
    companies = [key, name]
    for p in result.platforms:
        for f in FIGURES:
            companies += [Col(f"{p}_{f}", f"{platform_name(p)}: {figure[f]}", "count"),
                          Col(f"{p}_{f}_shown", f"{platform_name(p)}: {figure[f]} {T('panel.col.shown', lang)}")]
        companies.append(Col(f"{p}_rank", f"{platform_name(p)}: {T('panel.rank', lang)}", "count"))
    changes = [Col("from", T("panel.col.from", lang), "day"), Col("to", T("panel.col.to", lang), "day"),
               Col("change", T("panel.change", lang), words=lambda c: T(f"panel.{c}", lang)), key, name]
    membership = [day, key, name, *(Col(f"{p}_measured", f"{platform_name(p)}: {T('panel.col.measured', lang)}",
                                        "bool") for p in result.platforms)]
    measurements = [day, key, name, platform]
    for f in FIGURES:
        measurements += [Col(f, figure[f], "count"), Col(f"{f}_shown", f"{figure[f]} {T('panel.col.shown', lang)}")]
    measurements += [Col("counted", T("panel.col.counted", lang), "bool"),
                     Col("observed_at", header("observed_at", lang), "moment"),
                     Col("source", T("col.source", lang), words=coded("source", lang)),
                     Col("origin", T("col.origin", lang))]
    by_company = with_off(result.companies, [f"{p}_{f}" for p in result.platforms for f in FIGURES], lang)
    return [
        (T("panel.sheet.totals", lang), result.totals, totals),
        (T("panel.sheet.growth", lang), result.growth, growth),
        (T("panel.sheet.ratio", lang), result.ratios, ratios),
        (T("panel.sheet.companies", lang), by_company, companies),
        (T("panel.sheet.changes", lang), result.changes, changes),
        (T("panel.sheet.membership", lang), _members_measured(result), membership),
        (T("panel.sheet.measurements", lang), with_off(result.measurements, FIGURES, lang), measurements),
    ]


def write_workbook(result: PanelResult, out: Path, lang: str, *, caveats: Sequence[str] = (), db: str = ""
                   ) -> Path:
    """Totals, growth, ratio, companies at the latest date, changes, the membership used per date, the raw
    measurements (with the file and row each came from), and the notes: definitions, time zone, provenance."""
    sheets = _sheets(result, lang)
    for name, frame, _columns in sheets:
        check_rows(name, len(frame))
    book = open_workbook(out)
    for name, frame, columns in sheets:
        write_sheet(book, name, frame, columns, lang)
    notes = [(T("notes.definitions", lang), T(k, lang, threshold=_threshold(result, lang))) for k in DEFINITION_KEYS]
    notes.append((T("notes.timezone", lang), T("notes.timezone_text", lang, tz=str(REPORT_TZ))))
    notes += [(T("notes.provenance", lang), text) for text in caveats]
    notes += [(T("notes.provenance", lang), T("notes.missing", lang)),
              (T("notes.provenance", lang), T("notes.generated", lang, when=format_moment(utcnow(), lang),
                                               version=__version__, db=db or "–"))]
    write_notes(book, T("notes.sheet", lang), (T("notes.section", lang), T("notes.text", lang)), notes, lang)
    book.close()
    return out


DEFINITION_KEYS = (
    "panel.def.members", "panel.def.total", "panel.def.off", "panel.def.coverage", "panel.def.rounded",
    "panel.def.growth", "panel.def.ratio", "panel.def.rank", "panel.def.threshold", "panel.def.dates",
)


def _threshold(result: PanelResult, lang: str) -> str:
    return format_number(result.threshold, lang) if result.threshold is not None else "–"


def _rows(frame: pd.DataFrame) -> list[dict[str, Any]]:
    return [{k: (None if not isinstance(v, (list, dict, str)) and pd.isna(v) else v) for k, v in r.items()}
            for r in frame.to_dict("records")]


def write_html(result: PanelResult, out: Path, lang: str, *, charts: dict[str, dict[str, Path]], caveats: list[str],
               workbook: Path, db: str, notes: str | None = None) -> Path:
    return render_html(
        "panel.html.j2", out, lang, T, notes=notes,
        r=result, totals=_rows(result.totals), growth=_rows(result.growth), ratios=_rows(result.ratios),
        companies=_rows(result.companies), changes=_rows(result.changes), charts=charts, caveats=caveats,
        workbook=workbook.name, db=db, figures=FIGURES, platform_name=platform_name,
        definitions=[t(k, lang, threshold=_threshold(result, lang)) for k in DEFINITION_KEYS],
        composition=_composition_text(result, lang), day=lambda d: _day(d, lang),
        member_counts=_rows(result.members.groupby("date").size().rename("members").reset_index())
        if len(result.members) else [],
    )


def write_panel_report(result: PanelResult, out_dir: Path, lang: str, *, caveats: list[str], db: str,
                       notes: str | None = None, log: bool = False) -> dict[str, Path]:
    """All files of the report into out_dir: panel.html, panel.xlsx and the charts as PNG and SVG."""
    out_dir.mkdir(parents=True, exist_ok=True)
    files: dict[str, Path] = {}
    charts: dict[str, dict[str, Path]] = {}
    for stem, spec in chart_specs(result, lang, log).items():
        key = stem.removeprefix(f"{result.panel}_").removeprefix("companies_")
        charts[key] = save_both(spec, out_dir / stem)
        files.update({f"chart_{key}" + ("" if fmt == "png" else "_svg"): path
                      for fmt, path in charts[key].items()})
    files["workbook"] = write_workbook(result, out_dir / f"{result.panel}.xlsx", lang, caveats=caveats, db=db)
    files["html"] = write_html(result, out_dir / f"{result.panel}.html", lang, charts=charts, caveats=caveats,
                               workbook=files["workbook"], db=db, notes=notes)
    return files


def terminal_lines(result: PanelResult, lang: str) -> list[str]:
    """What `reichweite panel report` prints, in the report's language."""
    lines = [T("panel.term.head", lang, panel=result.title, composition=_composition_text(result, lang),
               dates=T.n("panel.term.dates", lang, len(result.dates)))]
    names = {f: T("panel." + f, lang) for f in FIGURES}
    width = max(len(n) for n in names.values())
    rows = result.totals.to_dict("records")
    counts = {figure: [f"{row[f'{figure}_measured']}/{row['members']}" + (
        f", {T('panel.term.off', lang, n=row[f'{figure}_off'])}" if row.get(f"{figure}_off") else "")
        for row in rows] for figure in FIGURES}  # measured/members, and how many switched the figure off
    wide = {figure: max((len(c) for c in counts[figure]), default=0) for figure in FIGURES}
    for i, row in enumerate(rows):
        parts = [f"{names[figure]:<{width}} {format_number(row[f'{figure}_total'], lang):>13} "
                 f"({counts[figure][i]})".ljust(width + 17 + wide[figure]) for figure in FIGURES]
        lines.append((f"  {format_day(row['date'], lang):>12}  {platform_name(row['platform']):<9} "
                      + "  ".join(parts)).rstrip())
    for platform, counts in result.above_threshold.items():
        lines.append("  " + T("panel.threshold.line_on", lang, platform=platform_name(platform), n=counts["at_least"],
                              measured=counts["measured"], threshold=format_number(result.threshold, lang),
                              day=format_day(result.latest, lang)))
    for row in result.changes.to_dict("records"):
        lines.append(f"  {format_day(row['from'], lang)} → {format_day(row['to'], lang)}: "
                     f"{T('panel.' + row['change'], lang)} {row['name']}")
    return lines


def written_lines(files: dict[str, Path], lang: str) -> list[str]:
    """The files `reichweite panel report --out` wrote, one line each (said on stderr)."""
    return [T("panel.term.written", lang, path=str(path)) for path in files.values()]
