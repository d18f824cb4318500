"""German help of the commands of cli/common.py, keyed by the English help as click shows it."""

from __future__ import annotations

HELP: dict[str, str] = {
    "SQLite file or database URL (postgresql://…). Default: ./reichweite.db":
        "SQLite-Datei oder Datenbank-URL (postgresql://…). Standard: ./reichweite.db",
    "Report language, also of messages: de or en (default: from the locale).":
        "Sprache des Berichts und der Meldungen: de oder en (Standard: aus der Spracheinstellung des Systems).",
    "Measurement date (Stichtag): figures as of this date/time, e.g. 2023-11-21, 21.11.2023 or 21.11.2023 "
    "18:00. A bare date means the end of that day (in --tz). Give it again for several dates (earliest first): "
    "each date's comparison and the change between them.":
        "Stichtag: Zahlen zu diesem Datum/Zeitpunkt, z. B. 2023-11-21, 21.11.2023 oder 21.11.2023 18:00. Ein "
        "Datum ohne Uhrzeit meint das Ende dieses Tages (in --tz). Mehrfach angeben für mehrere Stichtage (den "
        "frühesten zuerst): der Vergleich je Stichtag und die Veränderung dazwischen.",
    "Time zone of dates written without one, e.g. Europe/Berlin, UTC.":
        "Zeitzone für Angaben ohne eigene, z. B. Europe/Berlin, UTC.",
    "Which posts to include: public,unlisted (default); private adds followers-only posts (Mastodon); all = "
    "every stored post. Direct messages are never stored.":
        "Welche Beiträge zählen: public,unlisted (Standard); private nimmt Beiträge nur für Follower hinzu "
        "(Mastodon); all = alle gespeicherten Beiträge. Direktnachrichten werden nie gespeichert.",
    "table (for people, the default), csv, jsonl (one JSON object per line) or json.":
        "table (zum Lesen, Standard), csv, jsonl (ein JSON-Objekt pro Zeile) oder json.",
    "Write the data to FILE instead of stdout ('-' = stdout).":
        "Daten in FILE schreiben statt auf stdout ('-' = stdout).",
    "Print the result as JSON on stdout, for scripts.":
        "Ergebnis als JSON auf stdout ausgeben, für Skripte.",
    "Measurement date (Stichtag): figures as of this date/time, e.g. 2023-11-21, 21.11.2023 or 21.11.2023 "
    "18:00. A bare date means the end of that day (in --tz).":
        "Stichtag: Zahlen zu diesem Datum/Zeitpunkt, z. B. 2023-11-21, 21.11.2023 oder 21.11.2023 18:00. Ein "
        "Datum ohne Uhrzeit meint das Ende dieses Tages (in --tz).",
}
