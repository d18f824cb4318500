"""Accounts over time for people: followers, following and posts (or LinkedIn invitations and connections) per
day, week or month with the change from the step before, in the report's language. Formats a GrowthResult;
computes no statistic."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd

from reichweite.report.i18n import format_number
from reichweite.terminal import bare

TEXTS: dict[str, dict[str, str]] = {
    "growth.title.accounts": {"de": "{account}: Stand am Ende jeder {every} ({tz})",
                              "en": "{account}: as of the end of each {every} ({tz})"},
    "growth.title.activity": {"de": "LinkedIn: Einladungen und neue Kontakte je {every} ({tz})",
                              "en": "LinkedIn: invitations and new connections per {every} ({tz})"},
    "growth.every.day": {"de": "Tag", "en": "day"},
    "growth.every.week": {"de": "Woche", "en": "week"},
    "growth.every.month": {"de": "Monat", "en": "month"},
    "growth.step.day": {"de": "Tag", "en": "Day"},
    "growth.step.week": {"de": "Woche", "en": "Week"},
    "growth.step.month": {"de": "Monat", "en": "Month"},
    "growth.until": {"de": "Stand", "en": "As of"},
    "growth.span": {"de": "Zeitraum", "en": "Period"},
    "growth.followers": {"de": "Follower", "en": "Followers"},
    "growth.following": {"de": "Folgt", "en": "Following"},
    "growth.posts": {"de": "Beiträge", "en": "Posts"},
    "growth.invitations_received": {"de": "Einladungen erhalten", "en": "Invitations received"},
    "growth.invitations_sent": {"de": "Einladungen gesendet", "en": "Invitations sent"},
    "growth.connections": {"de": "Neue Kontakte", "en": "New connections"},
    "growth.change": {"de": "Veränderung", "en": "Change"},
    "growth.account": {"de": "Konto", "en": "Account"},
    "growth.note.export": {"de": "Aus dem Mitgliederexport {name}", "en": "From the member export {name}"},
    "growth.note.store": {"de": "Aus dem Speicher", "en": "From the store"},
    "growth.note.undirected.one": {"de": "1 Einladung ohne Richtung nicht gezählt",
                                   "en": "1 invitation without a direction not counted"},
    "growth.note.undated.one": {"de": "1 Kontakt ohne Datum nicht gezählt",
                                "en": "1 connection without a date not counted"},
    "growth.note.outside.one": {"de": "1 Ereignis außerhalb des Zeitraums nicht gezählt",
                                "en": "1 event outside the period not counted"},
    "growth.note.undirected": {"de": "{n} Einladungen ohne Richtung nicht gezählt",
                               "en": "{n} invitations without a direction not counted"},
    "growth.note.undated": {"de": "{n} Kontakte ohne Datum nicht gezählt",
                            "en": "{n} connections without a date not counted"},
    "growth.note.outside": {"de": "{n} Ereignisse außerhalb des Zeitraums nicht gezählt",
                            "en": "{n} events outside the period not counted"},
    "growth.sheet.table": {"de": "Verlauf", "en": "Over time"},
    "growth.sheet.rows": {"de": "Daten", "en": "Data"},
    "growth.sheet.notes": {"de": "Hinweise", "en": "Notes"},
    "growth.def.accounts": {
        "de": "Werte: die letzte Messung bis zum Ende des Schritts (– = unbekannt, nie 0). In Klammern: Veränderung "
              "zum Schritt davor, absolut und in % des Werts davor.",
        "en": "Figures: the latest measurement up to the end of the step (– = unknown, never 0). In brackets: the "
              "change from the step before, absolute and in % of the value before.",
    },
    "growth.def.activity": {
        "de": "Anzahl je Schritt aus dem Mitgliederexport (Einladungen nach Sendezeit, Kontakte nach dem Tag der "
              "Verbindung). In Klammern: Veränderung zum Schritt davor.",
        "en": "Counts per step from the member export (invitations by the time sent, connections by the day they "
              "were made). In brackets: the change from the step before.",
    },
}


def text(key: str, lang: str, **values: object) -> str:
    """The text of `key` in `lang` (de or en), with its fields filled in."""
    found = TEXTS[key]["de" if lang == "de" else "en"]
    return found.format(**values) if values else found


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
    return signed(value, lang, 1) + (" %" if lang == "de" else "%")


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
    moment = pd.Timestamp(value).tz_convert(tz)
    return moment.strftime("%d.%m.%Y") if lang == "de" else moment.strftime("%Y-%m-%d")


def growth_tables(result: Any, lang: str) -> list[dict[str, Any]]:
    """One table per account (LinkedIn activity: one table), a row per step: its title, headers, which columns hold
    figures (each with its change in brackets) and the cells, in the report's language."""
    every = text(f"growth.every.{result.every}", lang)
    tables = []
    frame = result.frame
    activity = result.kind == "linkedin-activity"
    headers = [text(f"growth.step.{result.every}", lang), text("growth.span" if activity else "growth.until", lang),
               *(text(f"growth.{figure}", lang) for figure in result.figures)]
    for account in result.labels:
        mine = frame[frame["account"] == account]
        title = (text("growth.title.activity", lang, every=every, tz=result.tz) if activity
                 else text("growth.title.accounts", lang, account=account, every=every, tz=result.tz))
        rows = []
        for row in mine.to_dict("records"):
            when = _local_day(row["end"], result.tz, lang)
            if activity:
                when = f"{_local_day(row['start'], result.tz, lang)}–{when}"
            rows.append([bare(row["step"]), when, *(cell(row, figure, lang, pct=not activity)
                                                     for figure in result.figures)])
        tables.append({"title": bare(title), "headers": headers,
                       "numeric": [False, False] + [True] * len(result.figures), "rows": rows})
    return tables


def _sheet(result: Any, lang: str) -> pd.DataFrame:
    """The rows for people: account, step, its end (local day), per figure the value, change and change %."""
    cells: dict[str, Any] = {
        text("growth.account", lang): result.frame["account"],
        text(f"growth.step.{result.every}", lang): result.frame["step"],
        text("growth.until", lang): [_local_day(v, result.tz, lang) for v in result.frame["end"]],
    }
    for figure in result.figures:
        name = text(f"growth.{figure}", lang)
        cells[name] = result.frame[figure]
        cells[f"{name} ±"] = result.frame[f"{figure}_change"]
        cells[f"{name} ± %"] = result.frame[f"{figure}_change_pct"].round(2)
    return pd.DataFrame(cells)


def write_growth_files(result: Any, out: Path, lang: str) -> list[Path]:
    """The workbook into `out`: the table for people, the rows as --format csv gives them, the definitions."""
    from reichweite.report.excel import open_workbook, write_frame

    out.mkdir(parents=True, exist_ok=True)
    path = out / ("linkedin_activity.xlsx" if result.kind == "linkedin-activity" else "accounts_over_time.xlsx")
    book = open_workbook(path)
    write_frame(book, text("growth.sheet.table", lang), _sheet(result, lang))
    write_frame(book, text("growth.sheet.rows", lang), result.rows())
    write_frame(book, text("growth.sheet.notes", lang),
                pd.DataFrame({text("growth.sheet.notes", lang): [definition(result, lang),
                                                                 *note_lines(result, lang)]}))
    book.close()
    return [path]


def note_lines(result: Any, lang: str) -> list[str]:
    """Where LinkedIn activity was counted from and what was left out, in the report's language."""
    if result.kind != "linkedin-activity":
        return []
    lines = [text("growth.note.store", lang) if result.source == "store"
             else text("growth.note.export", lang, name=result.source)]
    lines += [text(f"growth.note.{key}" + (".one" if n == 1 else ""), lang, n=format_number(n, lang))
              for key, n in result.left_out.items() if n]
    return lines


def definition(result: Any, lang: str) -> str:
    return text("growth.def.activity" if result.kind == "linkedin-activity" else "growth.def.accounts", lang)
