"""A panel's companies over time for people: per platform a table of companies × measurement dates (named as at
each date; switched-off figures shown as off), and the first two platforms side by side. Formats a PanelSeries;
computes no statistic."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd
from rich.table import Table
from rich.text import Text

from reichweite.report.i18n import format_day, format_number
from reichweite.report.texts import Texts, common, panel_series
from reichweite.terminal import bare
from reichweite.timeutil import REPORT_TZ

T = Texts(common.TEXTS, panel_series.TEXTS)


def text(key: str, lang: str, **values: object) -> str:
    """The text of `key` in `lang` (the command line's definitions line uses it)."""
    return T(key, lang, **values)


def platform_name(platform: str) -> str:
    """The platform's label (registry); a name the registry does not know as it is."""
    from reichweite.registry import label

    return label(platform)


def day_text(day: date | str, lang: str) -> str:
    return format_day(day if isinstance(day, date) else date.fromisoformat(str(day)), lang)


def series_cell(value: Any, lang: str) -> str:
    """A cell of the companies × dates table: the figure, off (switched off) or – (not measured)."""
    if isinstance(value, str):
        return text("series.off", lang) if value == "off" else value
    if value is None or pd.isna(value):
        return "–"
    return format_number(int(value), lang)


def composition_text(composition: str, lang: str) -> str:
    """'as-of' or 'fixed:2020-09-01' in words."""
    if composition.startswith("fixed:"):
        return text("series.fixed", lang, day=day_text(composition.split(":", 1)[1], lang))
    return text("series.asof", lang)


def series_tables(found: Any, lang: str) -> list[Table]:
    """Per platform companies × dates, then the first two platforms side by side."""
    figure = text(f"series.{found.figure}", lang)
    composition = composition_text(found.composition, lang)
    tables = []
    for platform in found.platforms:
        wide = found.tables[platform]
        table = Table(title=bare(text("series.title", lang, panel=found.title, figure=figure,
                                      platform=platform_name(platform), composition=composition)),
                      title_justify="left", pad_edge=False)
        table.add_column(text("series.company", lang), overflow="fold", min_width=12)
        dates = [c for c in wide.columns if c not in ("company_key", "company")]
        for day in dates:
            table.add_column(day_text(day, lang), justify="right")
        for row in wide.to_dict("records"):
            table.add_row(Text(bare(row["company"])), *(Text(series_cell(row[d], lang)) for d in dates))
        tables.append(table)
    side = found.side_by_side
    if len(side):
        first, second = found.platforms[:2]
        table = Table(title=bare(text("series.side.title", lang, panel=found.title, figure=figure,
                                      first=platform_name(first), second=platform_name(second))),
                      title_justify="left", pad_edge=False)
        table.add_column(text("series.date", lang), no_wrap=True)
        for platform in (first, second):
            table.add_column(text("series.total", lang, platform=platform_name(platform)), justify="right")
            table.add_column(text("series.measured", lang), justify="right")
            table.add_column(text("series.switched_off", lang), justify="right")
            table.add_column(text("series.index", lang, platform=platform_name(platform)), justify="right")
        for row in side.to_dict("records"):
            cells = [day_text(row["date"], lang)]
            for platform in (first, second):
                cells += [series_cell(row[f"{platform}_total"], lang), str(row[f"{platform}_measured"]),
                          str(row[f"{platform}_off"]), format_number(row[f"{platform}_index"], lang, 1)]
            table.add_row(*(Text(c) for c in cells))
        tables.append(table)
    return tables


def _write_sheets(book: Any, found: Any, lang: str) -> None:
    """Per platform companies × dates (numbers as numbers, off as the word, unknown empty), the rows, the platforms
    side by side and the notes."""
    from reichweite.report.excel import Col, write_frame, write_notes, write_sheet

    figure = T(f"series.{found.figure}", lang)
    for platform in found.platforms:
        wide = found.tables[platform]
        dates = [c for c in wide.columns if c not in ("company_key", "company")]
        numbers = wide.assign(**{d: [None if v == "off" else v for v in wide[d]] for d in dates})
        columns = [Col("company", T("series.company", lang)), *(Col(d, day_text(d, lang), "count") for d in dates)]
        sheet = write_sheet(book, f"{platform_name(platform)} {figure}", numbers, columns, lang)
        for row, record in enumerate(wide.to_dict("records"), start=1):
            for col, day in enumerate(dates, start=1):
                if record[day] == "off":
                    sheet.write_string(row, col, T("series.off", lang))
    write_frame(book, T("series.sheet.rows", lang), found.rows(), text_columns=("company_key",), lang=lang)
    if len(found.side_by_side):
        write_frame(book, T("series.sheet.side", lang), found.side_by_side, lang=lang)
    notes = [(T("notes.definitions", lang), T("series.def", lang)),
             (T("series.composition", lang), composition_text(found.composition, lang))]
    write_notes(book, T("notes.sheet", lang), (T("notes.section", lang), T("notes.text", lang)), notes, lang)


def chart_specs(found: Any, lang: str) -> dict[str, dict[str, Any]]:
    """Per platform a small chart per company; with two platforms their totals indexed on one axis and absolute on
    two axes. Vega-Lite specs (the web app embeds them; the files are made from them)."""
    from reichweite.report.charts.base import Caption, Series
    from reichweite.report.charts.over_time import company_panels, indexed_lines, two_axes

    figure = text(f"series.{found.figure}", lang)
    first, last = day_text(found.dates[0], lang), day_text(found.dates[-1], lang)
    span = text("series.chart.span", lang, n=len(found.dates), first=first, last=last,
                composition=composition_text(found.composition, lang))
    source = text("series.chart.source", lang, last=last, tz=str(REPORT_TZ))
    specs: dict[str, dict[str, Any]] = {}
    for platform in found.platforms:
        wide = found.tables[platform]
        labels = dict(zip(wide["company_key"], wide["company"], strict=True))
        mine = found.series[found.series["platform"] == platform]
        frame = pd.DataFrame({"day": mine["date"], "company": [labels[k] for k in mine["company_key"]],
                              "name": mine["name"], "value": mine["value"].astype("Float64"),
                              "off": (mine["state"] == "off").to_numpy()})
        grid = pd.MultiIndex.from_product([found.dates, list(labels.values())], names=["day", "company"])
        frame = frame.set_index(["day", "company"]).reindex(grid).reset_index()  # a row per date: gaps break lines
        frame["off"] = frame["off"].fillna(False).astype(bool)
        frame = frame.sort_values(["company", "day"], key=lambda c: c.str.casefold() if c.name == "company" else c,
                                  kind="stable")
        seen = (frame["value"].notna() | frame["off"]).groupby(frame["company"], sort=False).any()
        frame = frame[frame["company"].map(seen)]  # a member never measured (nor off) on it: no empty chart
        never = int((~seen).sum())
        notes = [text("series.chart.off", lang)]
        if never:
            notes.append(T.n("series.chart.left_out", lang, never, platform=platform_name(platform)))
        caption = Caption(text("series.chart.companies", lang, panel=found.title, figure=figure,
                               platform=platform_name(platform)), (span, " · ".join(notes), source))
        specs[f"companies_{platform}"] = company_panels(
            frame, caption, lang, platform=platform, y_title=figure, day_title=text("series.date", lang),
            off_label=text("series.off", lang))
    side = found.side_by_side
    if len(side) and len(found.platforms) >= 2:
        pair = found.platforms[:2]
        series = [Series(platform_name(p), p) for p in pair]
        members = found.totals.drop_duplicates("date").set_index("date")["members"]
        indexed = pd.concat([pd.DataFrame({"day": side["date"], "series": platform_name(p),
                                           "value": side[f"{p}_index"].astype("Float64")}) for p in pair])
        names = {"first": platform_name(pair[0]), "second": platform_name(pair[1])}
        specs["index"] = indexed_lines(
            indexed, series, Caption(text("series.chart.index", lang, panel=found.title, figure=figure, **names),
                                     (span, text("series.chart.index_note", lang), source)),
            lang, y_title=text("series.chart.index_axis", lang), day_title=text("series.date", lang))
        absolute = pd.concat([pd.DataFrame({
            "day": side["date"], "series": platform_name(p), "value": side[f"{p}_total"].astype("Float64"),
            "partial": [int(m) < int(members[d]) for d, m in zip(side["date"], side[f"{p}_measured"], strict=True)],
        }) for p in pair])
        specs["two_axes"] = two_axes(
            absolute, series[0], series[1],
            Caption(text("series.chart.absolute", lang, panel=found.title, figure=figure, **names),
                    (span, text("series.chart.hollow", lang), source)),
            lang, day_title=text("series.date", lang),
            left_title=text("series.total", lang, platform=names["first"]),
            right_title=text("series.total", lang, platform=names["second"]))
    return specs


def write_series_files(found: Any, out: Path, lang: str) -> dict[str, Path]:
    """The workbook of the series into `out` (a sheet per platform with companies × dates, the rows, the
    platforms side by side, the definitions) and the charts as PNG and SVG."""
    from reichweite.report.charts.render import save_both
    from reichweite.report.excel import open_workbook

    out.mkdir(parents=True, exist_ok=True)
    path = out / f"{found.panel}_series_{found.figure}.xlsx"
    book = open_workbook(path)
    _write_sheets(book, found, lang)
    book.close()
    files = {"workbook": path}
    for name, spec in chart_specs(found, lang).items():
        for kind, saved in save_both(spec, out / f"{found.panel}_series_{found.figure}_{name}").items():
            files[f"chart_{name}_{kind}"] = saved
    return files
