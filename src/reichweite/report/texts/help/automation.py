"""German help of the commands of cli/automation.py, keyed by the English help as click shows it."""

from __future__ import annotations

HELP: dict[str, str] = {
    "Your name as in the export (default: derived from it).":
        "Der eigene Name wie im Export (Standard: daraus abgeleitet).",
    "Bot invitations, funnel pitches and automated accounts: scores with reasons.":
        "Bot-Einladungen, Funnel-Pitches und automatisierte Konten: Punktwerte mit Begründung.",
    "Rank every inbound sender (messages and invitations) by how likely they are a bot or funnel pitch.":
        "Ordnet alle eingehenden Absender (Nachrichten und Einladungen) danach, wie wahrscheinlich sie ein Bot "
        "oder Funnel-Pitch sind.",
    "LinkedIn data export: the zip or its unpacked folder.":
        "LinkedIn-Datenexport: die zip-Datei oder ihr entpackter Ordner.",
    "Folder for the report (xlsx + HTML).":
        "Ordner für den Bericht (xlsx + HTML).",
    "Put names and texts into report files (default: pseudonyms).":
        "Namen und Texte in die Berichtsdateien schreiben (Standard: Pseudonyme).",
    "Your name as in the export, when it cannot be derived.":
        "Der eigene Name wie im Export, wenn er sich nicht ableiten lässt.",
    "Show only the N highest scores.":
        "Nur die N höchsten Punktwerte zeigen.",
    "Store your verdict on a sender; from enough labels a model learns your inbox.":
        "Speichert ein Urteil über einen Absender; aus genug Urteilen lernt ein Modell das eigene Postfach.",
    "The sender's name or profile URL, as shown by the linkedin command.":
        "Name oder Profil-URL des Absenders, wie der Befehl linkedin sie zeigt.",
    "spam or ok":
        "spam oder ok",
    "Keep the sender's texts from this export for training.":
        "Die Texte des Absenders aus diesem Export für das Training behalten.",
    "The labels you have given.":
        "Die bisher vergebenen Urteile.",
    "Accounts in a post stream that post like machines: cadence, same second, repeated texts, links, volume.":
        "Konten in einem Beitragsstrom, die wie Maschinen posten: Takt, gleiche Sekunde, wiederholte Texte, "
        "Links, Menge.",
    "Jetstream files (JSONL, .gz, .zst), folders or globs.":
        "Jetstream-Dateien (JSONL, .gz, .zst), Ordner oder Globs.",
    "How many accounts to show.":
        "Wie viele Konten gezeigt werden.",
    "Ignore accounts with fewer posts.":
        "Konten mit weniger Beiträgen übergehen.",
}
