"""German help of the commands of cli/linkedin.py, keyed by the English help as click shows it."""

from __future__ import annotations

HELP: dict[str, str] = {
    "A LinkedIn member's own data over time (from the member export).":
        "Die eigenen Daten eines LinkedIn-Mitglieds im Zeitverlauf (aus dem Datenexport des Mitglieds).",
    "Invitations received and sent and new connections per day, week or month, with the change from the step "
    "before (to see, e.g., what switching the profile from Connect to Follow did).":
        "Erhaltene und gesendete Einladungen und neue Kontakte je Tag, Woche oder Monat, mit der Veränderung "
        "zum Schritt davor (um z. B. zu sehen, was die Umstellung des Profils von „Vernetzen“ auf „Folgen“ "
        "bewirkt hat).",
    "The member export (zip or folder), or a store it was imported into (SQLite file or database URL).":
        "Der Datenexport des Mitglieds (zip oder Ordner) oder eine Datenbank, in die er importiert wurde "
        "(SQLite-Datei oder Datenbank-URL).",
    "Whose data: in an export, the member it belongs to (default: derived from the export); in a store, only "
    "this member's rows (default: all).":
        "Wessen Daten: in einem Export das Mitglied, dem er gehört (Standard: aus dem Export abgeleitet); in "
        "einer Datenbank nur die Zeilen dieses Mitglieds (Standard: alle).",
}
