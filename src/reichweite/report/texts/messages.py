"""Texts of the lines every command may print: errors, warnings, waits, and what `collect`, `watch`, `template` and
`db` say. Errors raised with a `Said` text (reichweite.errors) name their key here."""

from __future__ import annotations

from reichweite.report.texts import Table

TEXTS: Table = {
    # the frame of every error line
    "error.line": {"de": "Fehler: {message}", "en": "Error: {message}"},
    "error.at_line": {"de": "{where}, Zeile {n}", "en": "{where}, line {n}"},
    "error.at_row": {"de": "{where}, Zeile {n}", "en": "{where}, row {n}"},
    "error.interrupted": {"de": "Abgebrochen. Was bis dahin gespeichert wurde, bleibt erhalten.",
                          "en": "Interrupted. What was stored so far is kept."},
    "error.aborted": {"de": "Abgebrochen.", "en": "Aborted."},
    "error.unexpected": {
        "de": "unerwarteter Fehler {kind}{detail} (ein Programmfehler: bitte melden; REICHWEITE_DEBUG=1 zeigt, wo er "
              "auftrat)",
        "en": "unexpected {kind}{detail} (a bug: please report it; REICHWEITE_DEBUG=1 shows where it happened)",
    },
    # errors with a Said text
    "error.no_such_file": {"de": "Datei oder Ordner nicht gefunden", "en": "no such file or folder"},
    "error.no_store": {
        "de": "Keine Datenbank unter {db}: dort wurde noch nichts importiert oder abgerufen (--db oder REICHWEITE_DB "
              "wählen eine andere)",
        "en": "No store at {db}: nothing imported or collected there yet (give --db or set REICHWEITE_DB to use "
              "another one)",
    },
    "error.missing_extra": {
        "de": "{job} braucht {module}, das nicht installiert ist: pip install 'reichweite[{extra}]'",
        "en": "{job} needs {module}, which is not installed: pip install 'reichweite[{extra}]'",
    },
    "error.job.This command": {"de": "Dieser Befehl", "en": "This command"},
    "error.job.A PostgreSQL store": {"de": "Eine PostgreSQL-Datenbank", "en": "A PostgreSQL store"},
    "error.option": {"de": "{option}: {detail}", "en": "{option}: {detail}"},
    "error.lang": {"de": "{option} {value}: erwartet de oder en", "en": "{option} {value}: expected de or en"},
    "error.format": {"de": "--format {value}: eines von {choices}", "en": "--format {value}: use one of {choices}"},
    "error.target": {
        "de": "{value}: erwartet PLATTFORM:KONTO, PLATTFORM eine von {platforms}",
        "en": "{value}: expected PLATFORM:HANDLE with PLATFORM one of {platforms}",
    },
    "error.account": {
        "de": "{value}: erwartet PLATTFORM:KONTO oder PLATTFORM, PLATTFORM eine von {platforms}",
        "en": "{value}: expected PLATFORM:HANDLE or PLATFORM, PLATFORM one of {platforms}",
    },
    "error.not_a_date": {"de": "{value} ist kein Datum (z. B. 2023-11-21, 21.11.2023, 21.11.23 oder 2023-11-21 "
                               "09:15, auch mit Zeitzone: UTC, +01:00)",
                         "en": "{value} is not a date (use {forms})"},
    "error.unknown_zone": {"de": "unbekannte Zeitzone {value} (z. B. Europe/Berlin, UTC)",
                           "en": "unknown time zone {value} (e.g. Europe/Berlin, UTC)"},
    "error.not_a_duration": {"de": "keine Dauer: {value} (z. B. 15m, 12h, 7d, 2w)",
                             "en": "not a duration: {value} (use e.g. 15m, 12h, 7d, 2w)"},
    "error.exists": {"de": "{path} gibt es schon: --force ersetzt die Datei",
                     "en": "{path} exists: add --force to replace it"},
    # operating-system errors, by errno name (the system's own text is English)
    "error.os.ENOENT": {"de": "Datei oder Ordner nicht gefunden", "en": "No such file or directory"},
    "error.os.EACCES": {"de": "keine Berechtigung", "en": "Permission denied"},
    "error.os.EPERM": {"de": "nicht erlaubt", "en": "Operation not permitted"},
    "error.os.EISDIR": {"de": "ist ein Ordner", "en": "Is a directory"},
    "error.os.ENOTDIR": {"de": "ist kein Ordner", "en": "Not a directory"},
    "error.os.ENOSPC": {"de": "kein Platz mehr auf dem Gerät", "en": "No space left on device"},
    "error.os.EROFS": {"de": "Dateisystem nur lesbar", "en": "Read-only file system"},
    "error.os.EEXIST": {"de": "Datei existiert bereits", "en": "File exists"},
}
