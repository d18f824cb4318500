"""German help of the commands of cli/jetstream.py, keyed by the English help as click shows it."""

from __future__ import annotations

HELP: dict[str, str] = {
    "Bluesky's Jetstream firehose.":
        "Der Jetstream-Firehose von Bluesky.",
    "Record the live firehose to rotating JSONL.zst files; resumes from the saved cursor after a restart.":
        "Zeichnet den Live-Firehose in rotierende JSONL.zst-Dateien auf; setzt nach einem Neustart am "
        "gespeicherten Cursor fort.",
    "Folder for the rotating .jsonl.zst files and the cursor.":
        "Ordner für die rotierenden .jsonl.zst-Dateien und den Cursor.",
    "Jetstream subscribe URL.":
        "Subscribe-URL des Jetstreams.",
    "wantedCollections (repeat).":
        "wantedCollections (mehrfach angeben).",
    "Events per file.":
        "Ereignisse je Datei.",
    "Seconds per file.":
        "Sekunden je Datei.",
    "Seconds replayed on resume (deduplicated).":
        "Sekunden, die beim Fortsetzen erneut abgespielt werden (ohne Doppelte).",
    "Stop after this many events.":
        "Nach so vielen Ereignissen aufhören.",
}
