"""Texts every report shares: footer, definitions heading, time zone, missing values."""

from __future__ import annotations

from reichweite.report.texts import Table

TEXTS: Table = {
    "report.generated": {
        "de": "Erstellt am {when} mit reichweite {version}",
        "en": "Generated {when} by reichweite {version}",
    },
    "report.definitions": {"de": "Definitionen", "en": "Definitions"},
    "report.measured": {"de": "Messzeitpunkte", "en": "Measurement dates"},
    "report.timezone": {"de": "Zeitzone: {tz}", "en": "Time zone: {tz}"},
    "report.missing": {"de": "– = nicht bekannt (nie als 0 gezählt)", "en": "– = not known (never counted as 0)"},
}
