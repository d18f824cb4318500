"""German help of the commands of cli/languages.py, keyed by the English help as click shows it."""

from __future__ import annotations

HELP: dict[str, str] = {
    "Language shares of Bluesky posts in Jetstream archives: declared (first, any, none) and detected.":
        "Sprachanteile von Bluesky-Beiträgen in Jetstream-Archiven: angegeben (first, any, none) und erkannt.",
    "Jetstream files (.jsonl, .gz, .zst, .parquet), globs, folders.":
        "Jetstream-Dateien (.jsonl, .gz, .zst, .parquet), Globs, Ordner.",
    "duckdb (one machine) or spark.":
        "duckdb (ein Rechner) oder spark.",
    "none, missing (posts without langs) or all.":
        "none, missing (Beiträge ohne langs) oder all.",
    "day, week (from Monday) or month.":
        "day, week (ab Montag) oder month.",
    "Time zone whose calendar the periods follow, e.g. Europe/Berlin.":
        "Zeitzone, nach deren Kalender die Zeiträume laufen, z. B. Europe/Berlin.",
    "A language (e.g. de) whose share to show per period with its 95 % interval.":
        "Eine Sprache (z. B. de), deren Anteil je Zeitraum mit 95-%-Intervall gezeigt wird.",
    "Folder for workbook, charts and HTML.":
        "Ordner für Arbeitsmappe, Diagramme und HTML.",
    "Report language: de or en (default: from the locale).":
        "Sprache des Berichts: de oder en (Standard: aus der Spracheinstellung des Systems).",
    "Deprecated: use --lang.":
        "Veraltet: --lang verwenden.",
    "Detection confidence below → unknown.":
        "Unter dieser Erkennungssicherheit → unbekannt.",
    "lingua for short, uncertain texts.":
        "lingua für kurze, unsichere Texte.",
    "Processes detecting languages (DuckDB engine); each loads its own models (≈ 0.5 GB).":
        "Prozesse, die Sprachen erkennen (DuckDB-Engine); jeder lädt eigene Modelle (≈ 0,5 GB).",
    "DuckDB's memory limit, e.g. 8GB (default 80 % of the RAM; beyond it DuckDB spills to disk).":
        "Speichergrenze von DuckDB, z. B. 8GB (Standard 80 % des RAM; darüber lagert DuckDB auf die Festplatte "
        "aus).",
}
