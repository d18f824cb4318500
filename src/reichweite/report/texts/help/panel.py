"""German help of the commands of cli/panel.py, keyed by the English help as click shows it."""

from __future__ import annotations

HELP: dict[str, str] = {
    "Company panels (e.g. the DAX) over time: members, figures, reports.":
        "Unternehmenspanels (z. B. der DAX) im Zeitverlauf: Mitglieder, Zahlen, Berichte.",
    "List a panel's members on a date, or all its membership spells [joined, left). A built-in panel (dax) is "
    "loaded into the store on first use.":
        "Listet die Mitglieder eines Panels an einem Datum oder alle seine Mitgliedschaften [Eintritt, "
        "Austritt). Ein eingebautes Panel (dax) wird bei der ersten Nutzung in die Datenbank geladen.",
    "Panel name, e.g. dax (built in).":
        "Name des Panels, z. B. dax (eingebaut).",
    "Members on this date (2020-09-01 or 01.09.2020); default: all spells.":
        "Mitglieder an diesem Datum (2020-09-01 oder 01.09.2020); Standard: alle Mitgliedschaften.",
    "Define a panel from a table of spells: company, isin (optional), joined, left, source (optional).":
        "Legt ein Panel aus einer Tabelle der Mitgliedschaften an: company, isin (optional), joined, left, "
        "source (optional).",
    "Name of the panel to define (replaces a panel of that name).":
        "Name des anzulegenden Panels (ersetzt ein Panel dieses Namens).",
    "Title shown in reports.":
        "Titel in Berichten.",
    "Totals per date and platform over the members, coverage, growth, ratio, per-company view, changes.":
        "Summen je Datum und Plattform über die Mitglieder, Abdeckung, Wachstum, Verhältnis, Ansicht je "
        "Unternehmen, Veränderungen.",
    "Panel name, e.g. dax.":
        "Name des Panels, z. B. dax.",
    "Comma-separated, the first one ranks.":
        "Durch Kommas getrennt; nach der ersten wird sortiert.",
    "as-of (members at each date) or fixed:YYYY-MM-DD (the members of that day).":
        "as-of (die Mitglieder zu jedem Datum) oder fixed:YYYY-MM-DD (die Mitglieder dieses Tages).",
    "Count companies with at least N followers.":
        "Unternehmen mit mindestens N Followern zählen.",
    "Date for the per-company view (default: latest).":
        "Datum der Ansicht je Unternehmen (Standard: das neueste).",
    "Folder for panel HTML, workbook and charts.":
        "Ordner für Panel-HTML, Arbeitsmappe und Diagramme.",
    "Each member's figure per platform at every measurement date, named as the company was called then "
    "(switched-off figures shown as off, never summed), and the first two platforms' totals side by side "
    "(absolute and indexed to the first date = 100). --format csv/jsonl: one row per date, platform and "
    "company.":
        "Die Zahl jedes Mitglieds je Plattform zu jedem Messdatum, benannt, wie das Unternehmen damals hieß "
        "(abgeschaltete Zahlen als aus gezeigt, nie summiert), und die Summen der ersten beiden Plattformen "
        "nebeneinander (absolut und indexiert auf das erste Datum = 100). --format csv/jsonl: eine Zeile je "
        "Datum, Plattform und Unternehmen.",
    "Comma-separated, any platform; the first two are also shown side by side.":
        "Durch Kommas getrennt, beliebige Plattformen; die ersten beiden werden auch nebeneinander gezeigt.",
    "First measurement date shown (any date spelling).":
        "Erstes gezeigtes Messdatum (jede Datumsschreibweise).",
    "Last measurement date shown.":
        "Letztes gezeigtes Messdatum.",
}
