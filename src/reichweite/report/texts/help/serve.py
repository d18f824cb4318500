"""German help of the commands of cli/serve.py, keyed by the English help as click shows it."""

from __future__ import annotations

HELP: dict[str, str] = {
    "Open the web app: import, enter figures, collect, compare and read the results in the browser.":
        "Öffnet die Web-App: importieren, Zahlen eintragen, abrufen, vergleichen und die Ergebnisse im Browser "
        "lesen.",
    "Address to listen on. Anything but 127.0.0.1/localhost needs a password.":
        "Adresse, auf der gelauscht wird. Alles außer 127.0.0.1/localhost braucht ein Passwort.",
    "Port to listen on.":
        "Port, auf dem gelauscht wird.",
    "Open the app in the default browser.":
        "Die App im Standardbrowser öffnen.",
    "File whose first line is the password (or set $REICHWEITE_WEB_PASSWORD).":
        "Datei, deren erste Zeile das Passwort ist (oder $REICHWEITE_WEB_PASSWORD setzen).",
    "A folder on this computer whose files the app may read (language counts, LinkedIn exports, watch lists); "
    "repeat for more.":
        "Ein Ordner auf diesem Rechner, dessen Dateien die App lesen darf (Sprachzählungen, LinkedIn-Exporte, "
        "Beobachtungslisten); für mehrere wiederholen.",
    "Largest upload in MiB.":
        "Größter Upload in MiB.",
    "Jobs that run at the same time.":
        "Gleichzeitig laufende Aufträge.",
}
