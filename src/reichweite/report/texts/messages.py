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
    "error.fetch": {"de": "{url}: {detail}", "en": "{url}: {detail}"},
    "error.option": {"de": "{option}: {detail}", "en": "{option}: {detail}"},
    "error.lang": {"de": "{option} {value}: erwartet de oder en", "en": "{option} {value}: expected de or en"},
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
    "error.exists": {"de": "{path}: die Datei gibt es schon; wähle einen anderen Namen oder ersetze sie mit --force",
                     "en": "{path}: the file exists; give another name, or add --force to replace it"},
    "error.not_a_file": {"de": "{path}: keine gewöhnliche Datei (erwartet der Name einer zu schreibenden Datei)",
                         "en": "{path}: not a regular file (expected the name of a file to write)"},
    "error.template_suffix": {
        "de": "{path}: die Vorlage wird als .csv oder .xlsx geschrieben; gib einen Dateinamen mit einer dieser "
              "Endungen",
        "en": "{path}: the template is written as .csv or .xlsx; give a file name ending in one of them"},
    "error.template_wide": {"de": "{path}: die breite Form braucht ein Blatt pro Stichtag: nimm einen .xlsx-Namen",
                            "en": "{path}: the wide layout needs a sheet per date: use a .xlsx file name"},
    # collect, the watch list
    "error.x_token": {
        "de": "Kein Bearer-Token für die X-API. Für diese Shell mit `export X_BEARER_TOKEN=…` setzen oder einmal im "
              "Schlüsselbund des Systems speichern mit `keyring set reichweite x_bearer_token` (der Befehl keyring "
              "kommt mit reichweite).",
        "en": "No X API token found. Set it for this shell with `export X_BEARER_TOKEN=…`, or store it once in the "
              "OS keyring with `keyring set reichweite x_bearer_token` (the keyring command comes with reichweite)."},
    "error.no_watch_list": {"de": "{path}: keine solche Beobachtungsliste", "en": "{path}: no such watch list"},
    "error.every_zero": {"de": "--every muss länger als 0 sein", "en": "--every must be longer than 0"},
    "error.every_config": {"de": "--every braucht --config watch.toml", "en": "--every needs --config watch.toml"},
    "error.collect_options": {
        "de": "--config/--every/-q hier führen die Beobachtungsliste aus; ein Unterbefehl nimmt sein eigenes -q nach "
              "der Plattform",
        "en": "--config/--every/-q here run the watch list; a subcommand takes its own -q after the platform"},
    # archives
    "error.no_outbox": {"de": "das Zip enthält keine outbox.json: ist es ein Mastodon-Archiv?",
                        "en": "the zip holds no outbox.json: is it a Mastodon archive?"},
    "error.no_mastodon_archive": {
        "de": "Datei nicht gefunden (erwartet ein Mastodon-Archiv .zip oder seine outbox.json)",
        "en": "no such file (expected a Mastodon archive .zip or its outbox.json)"},
    "error.not_a_zip": {"de": "kein Zip-Archiv (und kein Ordner)", "en": "not a zip archive (and not a folder)"},
    "error.no_tweets": {
        "de": "keine Tweet-Datei gefunden: erwartet data/tweets.js (oder tweet.js, tweets-partN.js) in einem "
              "X-Archiv (Zip oder Ordner) oder eine Datei tweets.js",
        "en": "no tweets file found: expected data/tweets.js (or tweet.js, tweets-partN.js) in an X archive zip or "
              "folder, or a tweets.js file"},
    "error.no_manifest": {"de": "das Archiv hat keine manifest.js, die das Konto nennt: --handle angeben",
                          "en": "the archive has no manifest.js naming the account: give --handle"},
    # the header of a table
    "error.no_layout": {
        "de": "die Kopfzeile ({header}) passt zu keiner Form; erwartet die Spalten einer dieser Formen — {expected}",
        "en": "the header ({header}) matches no layout; expected the columns of one of these layouts — {expected}"},
    "error.layouts": {"de": "{layouts}", "en": "{layouts}"},
    "error.layout_list": {"de": "{layout}: {columns}", "en": "{layout}: {columns}"},
    "error.unknown_columns": {"de": "unbekannte Spalte(n) {columns}", "en": "unknown column(s) {columns}"},
    "error.missing_columns": {"de": "fehlende Spalte(n) {columns}", "en": "missing column(s) {columns}"},
    "error.problems": {"de": "{first}{second}", "en": "{first}{second}"},
    "error.and_more": {"de": "; {problem}", "en": "; {problem}"},
    "error.and_one_of": {"de": "; und eine von {columns}", "en": "; and one of {columns}"},
    "error.layout_columns": {
        "de": "Form {layout}: {problems}. Erwartete Spalten: {columns} (nötig: {required}{one_of})",
        "en": "{layout} layout: {problems}. Expected columns: {columns} (required: {required}{one_of})"},
    # a cell of a table
    "error.cell": {"de": "{column}: {detail}", "en": "{column}: {detail}"},
    "run.no_posts": {
        "de": "Keine Beiträge von {account} im Speicher. Erst importieren oder sammeln (z. B. `reichweite import "
              "x-archive PFAD` oder `reichweite collect bluesky HANDLE`).",
        "en": "No posts of {account} in the store. Import or collect them first (e.g. `reichweite import x-archive "
              "PATH` or `reichweite collect bluesky HANDLE`)."},
    "run.no_figures": {
        "de": "Keine Kontozahlen von {account} im Speicher. Das Konto sammeln oder eine Tabelle seiner Follower "
              "importieren (`reichweite template accounts`).",
        "en": "No account figures of {account} in the store. Collect the account or import a table of its followers "
              "(`reichweite template accounts`)."},
    # usage errors of comparisons and figures over time
    "use.at_or_age": {"de": "Entweder --at oder --age angeben, nicht beides.",
                      "en": "Give either --at or --age, not both."},
    "use.twice": {"de": "{option}: derselbe Wert steht zweimal da.", "en": "{option}: the same value is given twice."},
    "use.order": {"de": "{option}: die Werte der Reihe nach angeben, den frühesten zuerst.",
                  "en": "{option}: give the values in order, earliest first."},
    "use.two_accounts": {"de": "Mindestens zwei Konten zum Vergleichen angeben.",
                         "en": "Give at least two accounts to compare."},
    "use.two_accounts_form": {"de": "Mindestens zwei Konten zum Vergleichen angeben "
                                    "(PLATFORM:HANDLE PLATFORM:HANDLE …).",
                              "en": "Give at least two accounts to compare (PLATFORM:HANDLE PLATFORM:HANDLE …)."},
    "use.account_twice": {"de": "Ein Konto steht zweimal da.", "en": "An account is given twice."},
    "use.choice": {"de": "{option} {value}: eines von {choices}", "en": "{option} {value}: use one of {choices}"},
    "use.tz": {"de": "--tz {value}: kein Zeitzonenname (z. B. UTC, Europe/Berlin)",
               "en": "--tz {value}: not a time zone name (e.g. UTC, Europe/Berlin)"},
    "use.platforms_list": {"de": "--platforms {value}: eine durch Kommas getrennte Liste aus {choices} angeben",
                           "en": "--platforms {value}: give a comma-separated list of {choices}"},
    "use.collect_from": {"de": "platform {value}: sammeln geht von {choices}",
                         "en": "platform {value}: collect from one of {choices}"},
    "use.collect_only": {"de": "{value}: sammeln geht von {choices}; die Zahlen anderer Plattformen werden importiert "
                               "(`reichweite import …`)",
                         "en": "{value}: collect from one of {choices}; the figures of other platforms are imported "
                               "(`reichweite import …`)"},
    "lang.note.report_lang": {"de": "--lang {value} legt die Sprache des Berichts fest; den Anteil einer Sprache "
                                    "gibt --share-of {value} an.",
                              "en": "--lang {value} sets the report language; the share of one language is "
                                    "--share-of {value}."},
    "use.to_before_from": {"de": "--to {last} liegt vor --from {first}",
                           "en": "--to {last} lies before --from {first}"},
    "use.one_account": {"de": "Mindestens ein Konto nennen (platform:handle).",
                        "en": "Name at least one account (platform:handle)."},
    "use.platform_handle": {"de": "{value}: erwartet PLATFORM:HANDLE mit PLATFORM aus {platforms}",
                            "en": "{value}: expected PLATFORM:HANDLE with PLATFORM one of {platforms}"},
    "use.date": {"de": "{name} {value}: erwartet ein Datum wie 2020-09-01",
                 "en": "{name} {value}: expected a date like 2020-09-01"},
    "use.json_format": {"de": "--json heißt --format json; es passt nicht zu --format {fmt}",
                        "en": "--json means --format json; it does not go with --format {fmt}"},
    "use.at_or_steps": {"de": "--at gibt einen Tag an; für mehrere --from/--to/--every verwenden, nicht beides.",
                        "en": "--at gives one date; for several use --from/--to/--every, not both."},
    # how a row names its post (tables/identity.py, tables/tabular.py)
    "row.not_a_url": {"de": "{url} ist keine URL", "en": "{url} is not a URL"},
    "row.bluesky_id": {"de": "für Bluesky post_url (https://bsky.app/profile/HANDLE/post/RKEY) oder die at-URI als "
                             "post_id angeben",
                       "en": "for bluesky give post_url (https://bsky.app/profile/HANDLE/post/RKEY) or the at-uri "
                             "as post_id"},
    "row.different_posts": {"de": "post_url und post_id nennen verschiedene Beiträge{which}",
                            "en": "post_url and post_id name different posts{which}"},
    "row.x_url": {"de": "{url} ist keine Beitrags-URL (erwartet: https://x.com/USER/status/ID)",
                  "en": "{url} is not a post URL (expected https://x.com/USER/status/ID)"},
    "row.tweet_id": {"de": "post_id {ident} ist keine Tweet-ID (nur Ziffern)",
                     "en": "post_id {ident} is not a tweet id (digits)"},
    "row.x_id": {"de": "für X post_url (https://x.com/USER/status/ID) oder die Tweet-ID als post_id angeben",
                 "en": "for x give post_url (https://x.com/USER/status/ID) or the tweet id as post_id"},
    "row.give_url": {"de": "für {platform} post_url angeben", "en": "for {platform} give post_url"},
    "row.mastodon_id": {"de": "für Mastodon die URL des Beitrags angeben (https://instanz/@user/ID), keine bloße ID",
                        "en": "for mastodon give the status URL (https://instance/@user/ID), not a bare id"},
    "row.platform_url": {"de": "{url} ist keine {platform}-URL (erwartet z. B. {example})",
                         "en": "{url} is not a {platform} URL (expected e.g. {example})"},
    "row.number_id": {"de": "{shown} steht in einer Zahlenzelle, die eine so lange ID nicht genau halten kann (sie "
                            "behält etwa 15 Stellen); die Spalte als Text formatieren und die ID neu eingeben",
                      "en": "{shown} is a number cell, which cannot hold an id this long exactly (it keeps about 15 "
                            "digits); format the column as text and type the id again"},
    "row.excel_id": {"de": "{text} ist eine von Excel gekürzte ID (Excel zeigt und speichert lange Zahlen so); die "
                           "Spalte als Text formatieren und die ID neu eingeben",
                     "en": "{text} is an id Excel shortened (it shows long numbers like that and saves them so); "
                           "format the column as text and type the id again"},
    "row.no_measured_at": {"de": "ist leer; jede Zeile braucht Datum und Uhrzeit der Messung",
                           "en": "is empty; every row needs the date and time of the measurement"},
    "error.not_a_number": {
        "de": "{value} ist keine Zahl (eine ganze Zahl wie 12345, 12.345 oder 12,345, oder eine gezeigte Zahl wie "
              "4,5 Tsd., 1,2 Mio., 1.2M)",
        "en": "{value} is not a number (a whole number like 12345, 12.345 or 12,345, or a shown figure like 4.5K, "
              "1,2 Mio., 1.2M)"},
    "error.not_whole": {
        "de": "{value} ist keine ganze Zahl (eine ganze Zahl wie 12345, 12.345 oder 12,345, oder eine gezeigte Zahl "
              "wie 4,5 Tsd., 1,2 Mio., 1.2M)",
        "en": "{value} is not a whole number (a whole number like 12345, 12.345 or 12,345, or a shown figure like "
              "4.5K, 1,2 Mio., 1.2M)"},
    "error.negative": {"de": "{value} ist negativ; eine Anzahl ist 0 oder mehr",
                       "en": "{value} is negative; a count is 0 or more"},
    "error.not_one_of": {"de": "{value} ist keine von {choices}", "en": "{value} is not one of {choices}"},
    "error.wide_whose": {
        "de": "Spalte {column}: welches {label}-Konto? --accounts {platform}:NAME angeben oder das Konto in die "
              "Überschrift schreiben, z. B. {example}",
        "en": "column {column}: whose {label} account? Give --accounts {platform}:NAME or write the handle in the "
              "header, e.g. {example}"},
    "error.wide_several": {
        "de": "Spalte {column}: es gibt mehrere {label}-Konten ({accounts}); das Konto in jede Überschrift schreiben, "
              "z. B. {example}",
        "en": "column {column}: there are several {label} accounts ({accounts}); write the handle in each header, "
              "e.g. {example}"},
    "error.wide_followers": {
        "de": "Spalte {column}: wessen Follower? --accounts {platform}:NAME angeben oder das Konto in die Überschrift "
              "schreiben",
        "en": "column {column}: whose followers? Give --accounts {platform}:NAME or write the handle in the header"},
    "error.wide_date": {"de": "Tabelle mit Beiträgen nebeneinander ohne Datumsspalte (Datum oder Date)",
                        "en": "wide posts table without a date column (Datum or Date)"},
    # panel import, automation labels, jetstream record
    "panel.imported": {"de": "Panel {name}: {spells} von {companies} aus {file}",
                       "en": "Panel {name}: {spells} of {companies} from {file}"},
    "panel.spells": {"de": {"one": "{n} Mitgliedszeitraum", "other": "{n} Mitgliedszeiträume"},
                     "en": {"one": "{n} spell", "other": "{n} spells"}},
    "panel.members.on": {"de": {"one": "{title}: {n} Mitglied am {day} (Quelle: {source})",
                                "other": "{title}: {n} Mitglieder am {day} (Quelle: {source})"},
                         "en": {"one": "{title}: {n} member on {day} (source: {source})",
                                "other": "{title}: {n} members on {day} (source: {source})"}},
    "panel.members.spells": {"de": {"one": "{title}: {n} Mitgliedszeitraum (Quelle: {source})",
                                    "other": "{title}: {n} Mitgliedszeiträume (Quelle: {source})"},
                             "en": {"one": "{title}: {n} membership spell (source: {source})",
                                    "other": "{title}: {n} membership spells (source: {source})"}},
    "panel.members.company": {"de": "Unternehmen", "en": "Company"},
    "panel.members.isin": {"de": "ISIN", "en": "ISIN"},
    "panel.members.spell": {"de": "[aufgenommen, ausgeschieden)", "en": "[joined, left)"},
    "panel.new_companies": {"de": "Neue Unternehmen (kein bekannter Name und keine ISIN passten): {names}",
                            "en": "New companies (no known name or ISIN matched): {names}"},
    "auto.labelled": {"de": "{sender} als {label} markiert{kept}.", "en": "Labelled {sender} as {label}{kept}."},
    "auto.kept": {"de": " (Texte fürs Training behalten)", "en": " (texts kept for training)"},
    "auto.labels": {"de": {"one": "{n} Markierung", "other": "{n} Markierungen"},
                    "en": {"one": "{n} label", "other": "{n} labels"}},
    "jet.recorded": {"de": "{events} in {files}; Cursor {cursor} gespeichert in {out}",
                     "en": "{events} in {files}; cursor {cursor} saved in {out}"},
    "jet.events": {"de": {"one": "{n} Ereignis", "other": "{n} Ereignisse"},
                   "en": {"one": "{n} event", "other": "{n} events"}},
    "jet.files": {"de": {"one": "{n} Datei", "other": "{n} Dateien"}, "en": {"one": "{n} file", "other": "{n} files"}},
    # template, db
    "tpl.companies_written": {
        "de": "Vorlage geschrieben: {path}{members}; ausfüllen, dann `reichweite import table {path}` ausführen.",
        "en": "Template written: {path}{members}; fill it in, then run `reichweite import table {path}`."},
    "tpl.members": {"de": {"one": " ({n} Unternehmen von {panel} am {day})", "other": " ({n} Unternehmen von {panel} "
                           "am {day})"},
                    "en": {"one": " ({n} company of {panel} on {day})",
                           "other": " ({n} companies of {panel} on {day})"}},
    "db.up_to_date": {"de": "Datenbank ist aktuell: {db}", "en": "Store is up to date: {db}"},

    "error.cannot_write": {"de": "{path}: hier lässt sich nicht schreiben ({reason})",
                           "en": "{path}: cannot write here ({reason})"},
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
