"""Accounts over time for people: followers, following and posts (or LinkedIn invitations and connections) per
day, week or month with the change from the step before, in the report's language. Formats a GrowthResult;
computes no statistic."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
from rich.table import Table
from rich.text import Text

from reichweite.report.i18n import format_day, format_number, format_percent
from reichweite.report.texts import Texts, common, growth
from reichweite.terminal import bare

T = Texts(common.TEXTS, growth.TEXTS)


def _missing(value: Any) -> bool:
    return value is None or (not isinstance(value, str) and bool(pd.isna(value)))


def signed(value: Any, lang: str, digits: int = 0) -> str:
    """+1.234 / −56 / ±0 in the language's digits; – when unknown."""
    if _missing(value):
        return "–"
    number = float(value)
    sign = "+" if number > 0 else ("−" if number < 0 else "±")
    return sign + format_number(abs(number), lang, digits)


def percent(value: Any, lang: str) -> str:
    """+1,2 % (de) / +1.2% (en); – when unknown (no value before, or it was 0)."""
    if _missing(value):
        return "–"
    number = float(value)
    sign = "+" if number > 0 else ("−" if number < 0 else "±")
    return sign + format_percent(abs(number) / 100, lang, 1)


def cell(row: dict[str, Any], figure: str, lang: str, *, pct: bool = True) -> str:
    """'2.969 (+10, +0,3 %)': the value with its change from the step before (– = unknown)."""
    value = row.get(figure)
    shown = "–" if _missing(value) else format_number(int(value), lang)
    change = row.get(f"{figure}_change")
    if _missing(change):
        return shown
    extra = signed(change, lang) + (f", {percent(row.get(f'{figure}_change_pct'), lang)}" if pct else "")
    return f"{shown} ({extra})"


def _local_day(value: Any, tz: Any, lang: str) -> str:
    return format_day(pd.Timestamp(value).tz_convert(tz).date(), lang)


def growth_tables(result: Any, lang: str) -> list[Table]:
    """One table per account (LinkedIn activity: one table), a row per step."""
    every = T(f"growth.every.{result.every}", lang)
    tables = []
    frame = result.frame
    activity = result.kind == "linkedin-activity"
    for account in result.labels:
        mine = frame[frame["account"] == account]
        title = (T("growth.title.activity", lang, every=every, tz=result.tz) if activity
                 else T("growth.title.accounts", lang, account=account, each=T(f"growth.each.{result.every}", lang),
                        tz=result.tz))
        table = Table(title=bare(title), title_justify="left", pad_edge=False)
        table.add_column(T(f"growth.step.{result.every}", lang), no_wrap=True)
        table.add_column(T("growth.span" if activity else "growth.until", lang), no_wrap=True)
        for figure in result.figures:
            table.add_column(T(f"growth.{figure}", lang), justify="right")
        for row in mine.to_dict("records"):
            when = _local_day(row["end"], result.tz, lang)
            if activity:
                when = f"{_local_day(row['start'], result.tz, lang)}–{when}"
            table.add_row(Text(row["step"]), Text(when),
                          *(Text(cell(row, figure, lang, pct=not activity)) for figure in result.figures))
        tables.append(table)
    return tables


def _columns(result: Any, lang: str) -> list[Any]:
    """The sheet for people: account, step, its last day, per figure the value, the change and the change %."""
    from reichweite.report.excel import Col

    columns = [Col("account", T("growth.account", lang)), Col("step", T(f"growth.step.{result.every}", lang)),
               Col("day", T("growth.until", lang), "day")]
    for figure in result.figures:
        name = T(f"growth.{figure}", lang)
        columns += [Col(figure, name, "count"), Col(f"{figure}_change", f"{name} ±", "count"),
                    Col(f"{figure}_change_pct", f"{name} ± %", "percent")]
    return columns


def write_growth_files(result: Any, out: Path, lang: str) -> list[Path]:
    """The workbook into `out` (the table for people, the rows as --format csv gives them, the definitions) and the
    charts as PNG and SVG."""
    from reichweite.report.charts.render import save_both
    from reichweite.report.excel import open_workbook, write_frame, write_notes, write_sheet

    out.mkdir(parents=True, exist_ok=True)
    stem = "linkedin_activity" if result.kind == "linkedin-activity" else "accounts"
    path = out / ("linkedin_activity.xlsx" if result.kind == "linkedin-activity" else "accounts_over_time.xlsx")
    book = open_workbook(path)
    days = [pd.Timestamp(v).tz_convert(result.tz).date() for v in result.frame["end"]]
    write_sheet(book, T("growth.sheet.table", lang), result.frame.assign(day=days), _columns(result, lang), lang)
    write_frame(book, T("growth.sheet.rows", lang), result.rows(), lang=lang)
    notes = [(T("notes.definitions", lang), definition(result, lang)),
             (T("notes.timezone", lang), str(result.tz)),
             *((T("notes.provenance", lang), line) for line in note_lines(result, lang))]
    write_notes(book, T("notes.sheet", lang), (T("notes.section", lang), T("notes.text", lang)), notes, lang)
    book.close()
    files = [path]
    for name, spec in chart_specs(result, lang).items():
        saved = save_both(spec, out / (stem if name == "activity" else f"{stem}_{name}"))
        files += [saved["png"], saved["svg"]]
    return files


def note_lines(result: Any, lang: str) -> list[str]:
    """Where LinkedIn activity was counted from and what was left out, in the report's language."""
    if result.kind != "linkedin-activity":
        return []
    lines = [T("growth.note.store", lang) if result.source == "store"
             else T("growth.note.export", lang, name=result.source)]
    lines += [T.n(f"growth.note.{key}", lang, n) for key, n in result.left_out.items() if n]
    return lines


def definition(result: Any, lang: str) -> str:
    return T("growth.def.activity" if result.kind == "linkedin-activity" else "growth.def.accounts", lang)


def chart_frames(result: Any, lang: str) -> dict[str, tuple[pd.DataFrame, list[tuple[str, str]]]]:
    """Per chart (a figure of the accounts; LinkedIn: one chart of the three counts) the frame day, series, value
    and the series as (label, platform) — what the chart module draws."""
    days = [pd.Timestamp(v).tz_convert(result.tz).date() for v in result.frame["end"]]
    frame = result.frame.assign(day=days)
    charts: dict[str, tuple[pd.DataFrame, list[tuple[str, str]]]] = {}
    if result.kind == "linkedin-activity":
        parts = [frame[["day"]].assign(series=T(f"growth.{f}", lang), value=frame[f]) for f in result.figures]
        charts["activity"] = (pd.concat(parts, ignore_index=True),
                              [(T(f"growth.{f}", lang), "linkedin") for f in result.figures])
        return charts
    platforms = dict(zip(frame["account"], frame["platform"], strict=False))
    for figure in result.figures:
        if frame[figure].notna().any():
            long = frame[["day", "account"]].rename(columns={"account": "series"}).assign(
                value=frame[figure].astype("Float64"))
            charts[figure] = (long, [(a, platforms[a]) for a in result.labels])
    return charts


def chart_specs(result: Any, lang: str) -> dict[str, dict[str, Any]]:
    """The charts as Vega-Lite specs (the web app embeds them; the files are made from them)."""
    from reichweite.report.charts.base import Caption, Series
    from reichweite.report.charts.over_time import steps_lines

    every = T(f"growth.every.{result.every}", lang)
    first = _local_day(result.frame["end"].iloc[0], result.tz, lang) if len(result.frame) else "–"
    last = _local_day(result.frame["end"].iloc[-1], result.tz, lang) if len(result.frame) else "–"
    if result.kind != "linkedin-activity":
        source = T("growth.chart.source.store", lang, last=last)
    elif result.source == "store":
        source = T("growth.chart.source.activity", lang, last=last)
    else:
        source = T("growth.chart.source.export", lang, name=result.source, last=last)
    specs = {}
    for name, (frame, series) in chart_frames(result, lang).items():
        title = T("growth.chart.activity" if name == "activity" else "growth.chart.figure", lang,
                  figure=T(f"growth.{name}", lang) if name != "activity" else "", every=every,
                  each=T(f"growth.each.{result.every}", lang))
        caption = Caption(title, (T("growth.chart.span", lang, first=first, last=last, tz=result.tz), source))
        specs[name] = steps_lines(frame, [Series(label, platform) for label, platform in series], caption, lang,
                                  y_title=T(f"growth.{name}", lang) if name != "activity"
                                  else T("growth.chart.count", lang),
                                  day_title=T("growth.until", lang))
    return specs
