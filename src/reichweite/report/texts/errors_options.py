"""Texts of the errors raised about options and jobs of the commands, the Python API, the store and the web app (keys
named by `errors.Said`)."""

from __future__ import annotations

from reichweite.report.texts import Table

TEXTS: Table = {
    # options shared by the commands (cli/common.py, outfiles.py, visibility.py)
    "opt.lang_use": {"de": "--lang {value}: de oder en angeben", "en": "--lang {value}: use de or en"},
    "opt.where": {"de": "{where}: {detail}", "en": "{where}: {detail}"},
    "opt.not_utf8": {"de": "keine UTF-8-Datei", "en": "{detail}"},
    "opt.not_a_folder": {"de": "{path} ist kein Ordner", "en": "{path} is not a folder"},
    "opt.not_a_template": {
        "de": "{path}: keine gewöhnliche Datei (erwartet der Name einer zu schreibenden Vorlage)",
        "en": "{path}: not a regular file (expected the name of a template to write)"},
    "opt.out_is_file": {
        "de": "{option} {path}: ist eine Datei; erwartet ein Ordner, in den der Bericht geschrieben wird",
        "en": "{option} {path}: is a file; expected a folder to write the report into"},
    "opt.out_is_device": {
        "de": "{option} {path}: ist ein Gerät; erwartet ein Ordner, in den der Bericht geschrieben wird",
        "en": "{option} {path}: is a device; expected a folder to write the report into"},
    "opt.out_in_file": {
        "de": "{option} {path}: {probe} ist eine Datei; erwartet ein Ordner, in den der Bericht geschrieben wird",
        "en": "{option} {path}: {probe} is a file; expected a folder to write the report into"},
    "opt.out_unwritable": {"de": "{option} {path}: in {probe} lässt sich nicht schreiben ({reason})",
                           "en": "{option} {path}: cannot write into {probe} ({reason})"},
    "opt.visibility_direct": {
        "de": "{option} direct: Direktnachrichten werden nie als Beiträge gespeichert; erwartet {levels} oder all",
        "en": "{option} direct: direct messages are never stored as posts; expected {levels} or all"},
    "opt.visibility": {"de": "{option} {value}: erwartet {levels} oder all (durch Kommas getrennt)",
                       "en": "{option} {value}: expected {levels} or all (comma-separated)"},
    # the Python API
    "opt.options_twice": {
        "de": "Die Optionen des Vergleichs entweder als options oder einzeln angeben, nicht beides.",
        "en": "Give the comparison's options either as options or one by one, not both."},
    # posts, accounts, languages
    "opt.out_over_time": {
        "de": "--out schreibt die Zahlen im Zeitverlauf: dazu --from/--to/--every oder mehrere Konten angeben.",
        "en": "--out writes the figures over time: give --from/--to/--every, or several accounts, with it."},
    "opt.report_lang_old": {
        "de": "--report-lang ist veraltet: --lang ist die Sprache des Berichts, --share-of die Sprache, deren Anteil "
              "verfolgt wird.",
        "en": "--report-lang is deprecated: --lang is the report language, --share-of the language whose share to "
              "follow."},
    "opt.lang_report": {"de": "--lang {value}: die Sprache des Berichts ist de oder en",
                        "en": "--lang {value}: the report language is de or en"},
    "opt.lang_share_old": {
        "de": "--lang {value} als Sprache, deren Anteil verfolgt wird, ist veraltet: --share-of {value} schreiben "
              "(--lang ist die Sprache des Berichts, de oder en).",
        "en": "--lang {value} as the language whose share to follow is deprecated: write --share-of {value} (--lang "
              "is the report language, de or en)."},
    # serve
    "opt.password_unread": {"de": "--password-file {path}: lässt sich nicht lesen ({reason})",
                            "en": "--password-file {path}: cannot be read ({reason})"},
    "opt.password_empty": {"de": "--password-file {path}: die Datei ist leer",
                           "en": "--password-file {path}: the file is empty"},
    "opt.serve_password": {
        "de": "für {host} als Adresse ist ein Passwort nötig: ${env} setzen oder --password-file angeben (oder beim "
              "voreingestellten --host 127.0.0.1 bleiben)",
        "en": "listening on {host} needs a password; set ${env} or give --password-file (or keep the default --host "
              "127.0.0.1)"},
    "opt.serve_on": {"de": "reichweite-Web-App unter {url} (Datenbank: {store})",
                     "en": "reichweite web app on {url} (store: {store})"},
    "opt.serve_token": {"de": "API-Token (zu senden als 'Authorization: Bearer …'):",
                        "en": "API token (send as 'Authorization: Bearer …'):"},
    "opt.serve_folders": {"de": "Ordner, die die App lesen darf: {folders}",
                          "en": "Folders the app may read: {folders}"},
    "opt.serve_stop": {"de": "Beenden mit Strg+C.", "en": "Stop with Ctrl+C."},
    # the store
    "opt.the_store": {"de": "die Datenbank", "en": "the store"},
    "opt.store_newer": {
        "de": "--db {db}: die Datenbank hat die Schema-Revision {revisions}, die reichweite {version} nicht kennt: sie "
              "wurde von einer neueren Version geschrieben. reichweite aktualisieren, um diese Datenbank zu nutzen "
              "(nichts wurde geändert).",
        "en": "--db {db}: the store has schema revision {revisions}, which reichweite {version} does not know: it was "
              "written by a newer version. Update reichweite to use this store (nothing was changed)."},
    "opt.store_read_only": {
        "de": "{where}: die Datenbank ist nur lesbar ({text}); nichts wurde geschrieben. Eine beschreibbare "
              "Datenbank wählen (--db) oder sie zuerst kopieren.",
        "en": "{where}: the store is read-only ({text}); nothing was written. Use a store you can write to (--db), or "
              "copy it first."},
    "opt.store_full": {"de": "{where}: der Datenträger ist voll ({text}); von diesem Schritt wurde nichts geschrieben.",
                       "en": "{where}: the disk is full ({text}); nothing of this step was written."},
    "opt.store_not_ours": {
        "de": "{where}: keine reichweite-Datenbank ({text}); erwartet eine von reichweite geschriebene SQLite-Datei "
              "(oder ein neuer Dateiname) oder eine postgresql://-URL.",
        "en": "{where}: not a reichweite store ({text}); expected an SQLite file written by reichweite (or a new file "
              "name), or a postgresql:// URL."},
    "opt.store_locked": {
        "de": "{where}: ein anderer Prozess hielt die Datenbank 30 s lang gesperrt ({text}); von diesem Schritt wurde "
              "nichts geschrieben. Den Befehl erneut ausführen, wenn der andere fertig ist.",
        "en": "{where}: another process kept the store locked for 30 s ({text}); nothing of this step was written. "
              "Run the command again when it has finished."},
    "opt.store_url": {"de": "Datenbank {url} lässt sich nicht öffnen: {detail}",
                      "en": "Cannot open database {url}: {detail}"},
    "opt.store_unopened": {"de": "--db {db}: die Datenbank lässt sich nicht öffnen ({reason})",
                           "en": "--db {db}: cannot open the store ({reason})"},
    "opt.db_folder": {"de": "--db {path}: ist ein Ordner; erwartet eine SQLite-Datei (oder eine postgresql://-URL)",
                      "en": "--db {path}: is a folder; expected an SQLite file (or a postgresql:// URL)"},
    "opt.db_mkdir": {"de": "--db {path}: ihr Ordner lässt sich nicht anlegen ({reason})",
                     "en": "--db {path}: cannot create its folder ({reason})"},
    # the web app (pages say these in the page's language; the JSON API keeps the English text)
    "opt.job_unexpected": {"de": "Unerwarteter Fehler ({kind}): {detail}", "en": "Unexpected error ({kind}): {detail}"},
    "opt.web_collect": {"de": "die Plattform muss eine von {choices} sein, und ein Konto wird gebraucht",
                        "en": "platform must be one of {choices}, and a handle is needed"},
    "opt.web_folders": {
        "de": "Nur Dateien in den Ordnern, mit denen der Server gestartet wurde (--folder), lassen sich lesen.",
        "en": "Only files inside the folders the server was started with (--folder) can be read."},
    "opt.web_watch_folders": {
        "de": "Nur Beobachtungslisten (.toml) in den Ordnern, mit denen der Server gestartet wurde (--folder), lassen "
              "sich lesen oder schreiben.",
        "en": "Only watch lists (.toml) inside the folders the server was started with (--folder) can be read or "
              "written."},
    "opt.web_exports": {
        "de": "Nur Exporte in den Ordnern, mit denen der Server gestartet wurde (--folder), lassen sich lesen.",
        "en": "Only exports inside the folders the server was started with (--folder) can be read."},
    "opt.web_by_detect": {"de": "by: day, week oder month; detect: none, missing oder all",
                          "en": "by: day, week or month; detect: none, missing or all"},
    "opt.web_no_job": {"de": "kein Auftrag {job}", "en": "no job {job}"},
    "opt.web_download": {"de": "kein Download {kind}: eines von {choices}", "en": "no download {kind}: use {choices}"},
    "opt.web_no_chart": {"de": "dieser Vergleich hat kein Diagramm", "en": "this comparison has no chart"},
    "opt.web_lang": {"de": "lang: de oder en angeben", "en": "lang: use de or en"},
    "opt.web_csrf": {"de": "CSRF-Token fehlt oder ist falsch: die Seite neu laden und es noch einmal versuchen.",
                     "en": "Missing or wrong CSRF token: reload the page and try again."},
    "opt.web_no_file": {"de": "Keine Datei gesendet: eine Datei zum Importieren wählen.",
                        "en": "No file was sent: choose a file to import."},
    "opt.web_too_large": {"de": "Die Datei ist größer als die Grenze von {limit} Bytes.",
                          "en": "The upload is larger than the limit of {limit} bytes."},
    "opt.web_two_accounts": {"de": "Zwei oder mehr Konten zum Vergleichen wählen.",
                             "en": "Choose two or more accounts to compare."},
    "opt.web_one_account": {"de": "Mindestens ein Konto wählen.", "en": "Choose at least one account."},
    "opt.web_at_or_age": {"de": "Entweder ein Datum (at) oder ein Alter angeben, nicht beides.",
                          "en": "Give either a date (at) or an age, not both."},
    "opt.web_too_large_mib": {
        "de": "Die Datei ist größer als die Grenze von {mib} MiB (reichweite serve --upload-limit).",
        "en": "The upload is larger than the limit of {mib} MiB (reichweite serve --upload-limit)."},
    "opt.web_host": {"de": "Unbekannter Host: die Adresse öffnen, die `reichweite serve` ausgegeben hat.",
                     "en": "Unknown host: open the address `reichweite serve` printed."},
    "opt.web_cross_site": {"de": "Anfrage von einer fremden Seite abgelehnt.", "en": "Cross-site request refused."},
    # template, linkedin (automation), panel series, workbooks
    "opt.accounts_wide": {"de": "--accounts legt die Spaltengruppen von --wide fest; --wide hinzufügen",
                          "en": "--accounts makes the column groups of --wide; add --wide"},
    "opt.not_read": {"de": "{part} nicht gelesen: {why}", "en": "{part} not read: {why}"},
    "opt.malformed_skipped": {"de": "fehlerhafte Zeilen übersprungen: {n}, z. B. {example}",
                              "en": "{n} malformed lines skipped, e.g. {example}"},
    "opt.no_export": {
        "de": "Datei oder Ordner nicht gefunden (erwartet ein LinkedIn-Datenexport, Zip oder Ordner)",
        "en": "no such file or folder (expected a LinkedIn data export, zip or folder)"},
    "opt.owner_unknown": {
        "de": "es lässt sich nicht erkennen, welche Seite der Unterhaltungen die eigene ist; --owner 'Vorname "
              "Nachname' angeben",
        "en": "cannot tell which side of the conversations is you; give --owner 'First Last'"},
    "opt.label": {"de": "Markierung {value}: spam oder ok angeben", "en": "label {value}: use spam or ok"},
    "opt.sender_empty": {"de": "SENDER ist leer: einen Namen oder eine Profil-URL angeben",
                         "en": "SENDER is empty: give a name or a profile URL"},
    "opt.no_sender": {"de": "kein eingehender Absender {sender} in diesem Export",
                      "en": "no inbound sender {sender} in this export"},
    "opt.excel_rows": {
        "de": "Das Tabellenblatt {sheet} bräuchte {rows} Zeilen, Excel fasst aber höchstens {most} unter der "
              "Kopfzeile. Nichts wurde geschrieben. Für so viele Daten --json verwenden oder sie eingrenzen (weniger "
              "Konten oder ein kürzerer Zeitraum).",
        "en": "The workbook sheet {sheet} would need {rows} rows, but Excel holds at most {most} below the header. "
              "Nothing was written. Use --json for data this large, or narrow it (fewer accounts or a shorter "
              "period)."},
    # a form field of a page the app cannot take (pydantic's error types; in English pydantic's own words)
    "opt.web_field.missing": {"de": "fehlt", "en": "{detail}"},
    "opt.web_field.int_parsing": {"de": "keine ganze Zahl", "en": "{detail}"},
    "opt.web_field.float_parsing": {"de": "keine Zahl", "en": "{detail}"},
    "opt.web_field.bool_parsing": {"de": "kein Wahrheitswert (true oder false)", "en": "{detail}"},
    # a job's progress and outcome in the web app
    "opt.job_reading": {"de": "{kind}: {file} wird gelesen und gespeichert (in einer Transaktion)",
                        "en": "{kind}: reading and saving {file} (one transaction)"},
    "opt.job_starting": {"de": "{account}: beginnt", "en": "{account}: starting"},
    "opt.job_posts_stored": {"de": {"one": "{account}: {n} Beitrag gespeichert",
                                    "other": "{account}: {n} Beiträge gespeichert"},
                             "en": {"one": "{account}: {n} posts stored", "other": "{account}: {n} posts stored"}},
    "opt.job_files": {"de": {"one": "{n} Datei", "other": "{n} Dateien"},
                      "en": {"one": "{n} file(s)", "other": "{n} file(s)"}},
    "opt.job_watch_collected": {
        "de": {"one": "{file}: {n} Konto gesammelt", "other": "{file}: {n} Konten gesammelt"},
        "en": {"one": "{file}: {n} account(s) collected", "other": "{file}: {n} account(s) collected"}},
    "opt.job_interrupted": {"de": "abgebrochen: der Server wurde beendet, bevor dieser Auftrag fertig war",
                            "en": "interrupted: the server stopped before this job finished"},
}
