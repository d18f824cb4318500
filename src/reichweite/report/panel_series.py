"""A panel's companies over time for people: per platform a table of companies × measurement dates (named as at
each date; switched-off figures shown as off), and the first two platforms side by side. Formats a PanelSeries;
computes no statistic."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd

from reichweite.report.i18n import format_number
from reichweite.terminal import bare

TEXTS: dict[str, dict[str, str]] = {
    "series.title": {"de": "{panel}: {figure} je Unternehmen auf {platform} ({composition})",
                     "en": "{panel}: {figure} per company on {platform} ({composition})"},
    "series.followers": {"de": "Follower", "en": "Followers"},
    "series.employees": {"de": "Mitarbeitende", "en": "Employees"},
    "series.company": {"de": "Unternehmen", "en": "Company"},
    "series.date": {"de": "Stichtag", "en": "Date"},
    "series.off": {"de": "abgeschaltet", "en": "off"},
    "series.asof": {"de": "Mitglieder zum jeweiligen Stichtag", "en": "members as of each date"},
    "series.fixed": {"de": "feste Zusammensetzung vom {day}", "en": "fixed composition of {day}"},
    "series.total": {"de": "{platform} Summe", "en": "{platform} total"},
    "series.measured": {"de": "gemessen", "en": "measured"},
    "series.switched_off": {"de": "abgeschaltet", "en": "off"},
    "series.index": {"de": "{platform} Index", "en": "{platform} index"},
    "series.side.title": {"de": "{panel}: {figure} auf {first} und {second} (Index: erster Stichtag = 100)",
                          "en": "{panel}: {figure} on {first} and {second} (index: first date = 100)"},
    "series.sheet.rows": {"de": "Werte je Stichtag", "en": "Values per date"},
    "series.sheet.side": {"de": "Plattformen nebeneinander", "en": "Platforms side by side"},
    "series.sheet.notes": {"de": "Hinweise", "en": "Notes"},
    "series.def": {
        "de": "Namen wie zum jeweiligen Stichtag (frühere in Klammern). – = nicht gemessen; abgeschaltet = vom "
              "Unternehmen abgeschaltet, nie als 0 gezählt und nie summiert. Summe über die gemessenen Mitglieder; "
              "Index = Summe / Summe am ersten Stichtag × 100.",
        "en": "Names as at each date (earlier ones in brackets). – = not measured; off = switched off by the "
              "company, never counted as 0 and never summed. Total over the members measured; index = total / "
              "total on the first date × 100.",
    },
}


def text(key: str, lang: str, **values: object) -> str:
    found = TEXTS[key]["de" if lang == "de" else "en"]
    return found.format(**values) if values else found


def platform_name(platform: str) -> str:
    """The platform's label (registry); a name the registry does not know as it is."""
    from reichweite.registry import label

    return label(platform)


def day_text(day: date | str, lang: str) -> str:
    value = day if isinstance(day, date) else date.fromisoformat(str(day))
    return value.strftime("%d.%m.%Y") if lang == "de" else value.isoformat()


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


def series_tables(found: Any, lang: str) -> list[dict[str, Any]]:
    """Per platform companies × dates, then the first two platforms side by side: each table's title, headers,
    which columns hold figures and the cells, in the report's language."""
    figure = text(f"series.{found.figure}", lang)
    composition = composition_text(found.composition, lang)
    tables = []
    for platform in found.platforms:
        wide = found.tables[platform]
        dates = [c for c in wide.columns if c not in ("company_key", "company")]
        tables.append({
            "title": bare(text("series.title", lang, panel=found.title, figure=figure,
                               platform=platform_name(platform), composition=composition)),
            "headers": [text("series.company", lang), *(day_text(day, lang) for day in dates)],
            "numeric": [False] + [True] * len(dates),
            "rows": [[bare(row["company"]), *(series_cell(row[d], lang) for d in dates)]
                     for row in wide.to_dict("records")]})
    side = found.side_by_side
    if len(side):
        first, second = found.platforms[:2]
        headers = [text("series.date", lang)]
        for platform in (first, second):
            headers += [text("series.total", lang, platform=platform_name(platform)), text("series.measured", lang),
                        text("series.switched_off", lang), text("series.index", lang, platform=platform_name(platform))]
        rows = []
        for row in side.to_dict("records"):
            cells = [day_text(row["date"], lang)]
            for platform in (first, second):
                cells += [series_cell(row[f"{platform}_total"], lang), str(row[f"{platform}_measured"]),
                          str(row[f"{platform}_off"]), format_number(row[f"{platform}_index"], lang, 1)]
            rows.append(cells)
        tables.append({"title": bare(text("series.side.title", lang, panel=found.title, figure=figure,
                                          first=platform_name(first), second=platform_name(second))),
                       "headers": headers, "numeric": [False] + [True] * 8, "rows": rows})
    return tables


def _sheet_tables(found: Any, lang: str) -> dict[str, pd.DataFrame]:
    """Per platform companies × dates (off as the word, unknown empty), the long rows and the side-by-side totals."""
    figure = text(f"series.{found.figure}", lang)
    sheets: dict[str, pd.DataFrame] = {}
    for platform in found.platforms:
        wide = found.tables[platform].drop(columns=["company_key"])
        dates = [c for c in wide.columns if c != "company"]
        cells = {text("series.company", lang): wide["company"]}
        for day in dates:
            cells[day_text(day, lang)] = [text("series.off", lang) if v == "off" else v for v in wide[day]]
        sheets[f"{platform_name(platform)} {figure}"] = pd.DataFrame(cells)
    sheets[text("series.sheet.rows", lang)] = found.rows()
    if len(found.side_by_side):
        sheets[text("series.sheet.side", lang)] = found.side_by_side
    sheets[text("series.sheet.notes", lang)] = pd.DataFrame({text("series.sheet.notes", lang): [
        text("series.def", lang), composition_text(found.composition, lang)]})
    return sheets


def write_series_files(found: Any, out: Path, lang: str) -> dict[str, Path]:
    """The workbook of the series into `out`: a sheet per platform (companies × dates), the rows, the platforms
    side by side, the definitions."""
    from reichweite.report.excel import open_workbook, write_frame

    out.mkdir(parents=True, exist_ok=True)
    path = out / f"{found.panel}_series_{found.figure}.xlsx"
    book = open_workbook(path)
    for name, frame in _sheet_tables(found, lang).items():
        write_frame(book, name, frame, text_columns=("company_key",))
    book.close()
    return {"workbook": path}
