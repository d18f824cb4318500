"""German and English texts of a panel's companies over time (`reichweite panel series`)."""

from __future__ import annotations

from reichweite.report.texts import Table

TEXTS: Table = {
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
    "series.chart.span": {"de": "{n} Stichtage, {first} bis {last} · {composition}",
                          "en": "{n} dates, {first} to {last} · {composition}"},
    "series.chart.source": {"de": "Quelle: Seitenzahlen aus Tabellen und Exporten · Stand {last} · Kalendertage {tz}",
                            "en": "Source: page figures from tables and exports · as of {last} · calendar days {tz}"},
    "series.chart.left_out": {"de": {"one": "{n} Mitglied nie auf {platform} gemessen, nicht gezeigt",
                                     "other": "{n} Mitglieder nie auf {platform} gemessen, nicht gezeigt"},
                              "en": {"one": "{n} member never measured on {platform}, not shown",
                                     "other": "{n} members never measured on {platform}, not shown"}},
    "series.chart.companies": {"de": "{panel}: {figure} auf {platform} je Unternehmen",
                               "en": "{panel}: {figure} on {platform} per company"},
    "series.chart.off": {"de": "Gestrichelte Linie: vom Unternehmen abgeschaltet (kein Wert, nicht 0). Jede Grafik "
                               "mit eigener Skala.",
                         "en": "Dashed line: switched off by the company (no value, not 0). Each chart has its own "
                               "scale."},
    "series.chart.index": {"de": "{panel}: {figure} auf {first} und {second}, Index",
                           "en": "{panel}: {figure} on {first} and {second}, indexed"},
    "series.chart.index_note": {"de": "Summe über die gemessenen Mitglieder; erster Stichtag = 100.",
                                "en": "Total over the members measured; first date = 100."},
    "series.chart.index_axis": {"de": "Index (erster Stichtag = 100)", "en": "Index (first date = 100)"},
    "series.chart.absolute": {"de": "{panel}: {figure} auf {first} (links) und {second} (rechts)",
                              "en": "{panel}: {figure} on {first} (left axis) and {second} (right axis)"},
    "series.chart.hollow": {"de": "Hohle Punkte: nicht alle Mitglieder gemessen (Summe nur über die gemessenen).",
                            "en": "Hollow points: not every member measured (total over those measured only)."},
    "series.sheet.rows": {"de": "Werte je Stichtag", "en": "Values per date"},
    "series.sheet.side": {"de": "Plattformen nebeneinander", "en": "Platforms side by side"},
    "series.composition": {"de": "Zusammensetzung", "en": "Composition"},
    "series.def": {
        "de": "Namen wie zum jeweiligen Stichtag (frühere in Klammern). – = nicht gemessen; abgeschaltet = vom "
              "Unternehmen abgeschaltet, nie als 0 gezählt und nie summiert. Summe über die gemessenen Mitglieder; "
              "Index = Summe / Summe am ersten Stichtag × 100.",
        "en": "Names as at each date (earlier ones in brackets). – = not measured; off = switched off by the "
              "company, never counted as 0 and never summed. Total over the members measured; index = total / "
              "total on the first date × 100.",
    },
}
