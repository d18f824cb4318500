"""German help of the commands of cli/growth.py, keyed by the English help as click shows it."""

from __future__ import annotations

HELP: dict[str, str] = {
    "First day of the period, e.g. 2026-09-01 or 01.09.2026 (a bare date: its start, in --tz).":
        "Erster Tag des Zeitraums, z. B. 2026-09-01 oder 01.09.2026 (ein Datum ohne Uhrzeit: dessen Beginn, in "
        "--tz).",
    "Last day of the period (a bare date: its end, in --tz; default: now).":
        "Letzter Tag des Zeitraums (ein Datum ohne Uhrzeit: dessen Ende, in --tz; Standard: jetzt).",
    "Step: calendar days, weeks (Monday–Sunday) or months in --tz. Figures are as of each step's end.":
        "Schritt: Kalendertage, -wochen (Montag–Sonntag) oder -monate in --tz. Die Zahlen gelten zum Ende jedes"
        " Schritts.",
    "Folder for the workbook and the chart.":
        "Ordner für die Arbeitsmappe und das Diagramm.",
    "Folder for the workbook and the charts.":
        "Ordner für die Arbeitsmappe und die Diagramme.",
}
