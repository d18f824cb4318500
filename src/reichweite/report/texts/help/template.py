"""German help of the commands of cli/template.py, keyed by the English help as click shows it."""

from __future__ import annotations

HELP: dict[str, str] = {
    "Write a CSV/XLSX template for figures typed in by hand.":
        "Schreibt eine CSV-/XLSX-Vorlage für von Hand eingetragene Zahlen.",
    "Write the template for figures of single posts: one row per post and measurement, or with --wide one row "
    "per day and a column group per account (an existing file only with --force).":
        "Schreibt die Vorlage für Zahlen einzelner Beiträge: eine Zeile je Beitrag und Messung, oder mit --wide"
        " eine Zeile je Tag und eine Spaltengruppe je Konto (eine vorhandene Datei nur mit --force).",
    "File to write: .csv or .xlsx.":
        "Zu schreibende Datei: .csv oder .xlsx.",
    "Replace the file if it exists.":
        "Die Datei ersetzen, wenn es sie schon gibt.",
    "Posts side by side: one row per day (date, text), a column group per account of --accounts.":
        "Beiträge nebeneinander: eine Zeile je Tag (Datum, Text), eine Spaltengruppe je Konto aus --accounts.",
    "With --wide: PLATFORM:HANDLE,… e.g. x:fotovorschlag,bluesky:fotovorschlag.bsky.social":
        "Mit --wide: PLATFORM:HANDLE,… z. B. x:fotovorschlag,bluesky:fotovorschlag.bsky.social",
    "Write the template for followers, following and post counts of accounts, personal profiles too (an "
    "existing file only with --force).":
        "Schreibt die Vorlage für Follower, gefolgte Konten und Beitragszahlen von Konten, auch persönlicher "
        "Profile (eine vorhandene Datei nur mit --force).",
    "Write the template for polls: platform, account, link or date, question, options with their votes, views, "
    "when read (an existing file only with --force).":
        "Schreibt die Vorlage für Umfragen: Plattform, Konto, Link oder Datum, Frage, Antworten mit ihren "
        "Stimmen, Aufrufe, Zeitpunkt des Ablesens (eine vorhandene Datei nur mit --force).",
    "Write the table for company-page figures typed in by hand (LinkedIn, Xing, Facebook …): long layout, or "
    "--wide. An existing file is replaced only with --force.":
        "Schreibt die Tabelle für von Hand eingetragene Zahlen von Unternehmensseiten (LinkedIn, Xing, Facebook"
        " …): langes Layout oder --wide. Eine vorhandene Datei wird nur mit --force ersetzt.",
    "Where to write the template (.xlsx or .csv).":
        "Wohin die Vorlage geschrieben wird (.xlsx oder .csv).",
    "A sheet per date, a column per platform and figure.":
        "Ein Blatt je Datum, eine Spalte je Plattform und Kennzahl.",
    "Pre-fill the members of this panel.":
        "Die Mitglieder dieses Panels vorausfüllen.",
    "Measurement date (and members' date) to pre-fill.":
        "Vorauszufüllender Stichtag (und Datum der Mitglieder).",
    "Comma-separated platforms of the pre-filled rows or wide columns, e.g. linkedin,xing,facebook.":
        "Plattformen der vorausgefüllten Zeilen oder breiten Spalten, durch Kommas getrennt, z. B. "
        "linkedin,xing,facebook.",
}
