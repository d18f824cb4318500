"""Texts of the errors raised about archives, exports and APIs of the platforms (X, Mastodon, Bluesky, Jetstream),
the archive guard and the language engines (keys named by `errors.Said`)."""

from __future__ import annotations

from reichweite.report.texts import Table

TEXTS: Table = {
    # what Python's JSON decoder says went wrong (errors.json_reason)
    "src.json.value": {"de": "Wert erwartet", "en": "Expecting value"},
    "src.json.comma": {"de": "Komma erwartet", "en": "Expecting ',' delimiter"},
    "src.json.colon": {"de": "Doppelpunkt erwartet", "en": "Expecting ':' delimiter"},
    "src.json.name": {"de": "Name in doppelten Anführungszeichen erwartet",
                      "en": "Expecting property name enclosed in double quotes"},
    "src.json.string": {"de": "Zeichenkette nicht abgeschlossen", "en": "Unterminated string starting at"},
    "src.json.control": {"de": "ungültiges Steuerzeichen", "en": "Invalid control character at"},
    "src.json.escape": {"de": "ungültige Escape-Folge", "en": "Invalid \\escape"},
    "src.json.escape_u": {"de": "ungültige \\uXXXX-Folge", "en": "Invalid \\uXXXX escape"},
    "src.json.extra": {"de": "weitere Daten nach dem Ende", "en": "Extra data"},
    "src.json.other": {"de": "{reason}", "en": "{reason}"},
    # the X archive (platforms/x/archive.py, notes.py)
    "src.x.listed_missing": {"de": "im Manifest genannt, fehlt aber im Archiv",
                             "en": "listed in the manifest but missing from the archive"},
    "src.x.not_utf8": {"de": "ist kein UTF-8-Text (eine Datei eines X-Archivs ist JavaScript in UTF-8)",
                       "en": "is not UTF-8 text (an X archive file is UTF-8 JavaScript)"},
    "src.x.no_prefix": {
        "de": "erwartet eine Datei, die mit `window.YTD.<name>.partN = [` beginnt (Format des X-Archivs)",
        "en": "expected a file starting with `window.YTD.<name>.partN = [` (X archive format)"},
    "src.x.truncated": {"de": "abgeschnittenes JSON, die Datei endet zu früh ({reason})",
                        "en": "truncated JSON, the file ends early ({reason})"},
    "src.x.invalid_json": {"de": "ungültiges JSON: {reason}", "en": "invalid JSON: {reason}"},
    "src.x.damaged": {"de": "{what}; die Datei ist vielleicht beschädigt, das Archiv neu herunterladen",
                      "en": "{what}; the file may be damaged, download the archive again"},
    "src.x.too_deep": {"de": "ungültiges JSON: zu tief verschachtelt", "en": "invalid JSON: nested too deeply"},
    "src.x.manifest_object": {"de": "das Manifest ist kein JSON-Objekt", "en": "manifest is not a JSON object"},
    "src.x.generation_date": {"de": "archiveInfo.generationDate {value} ist kein Datum",
                              "en": "archiveInfo.generationDate {value} is not a date"},
    "src.x.corrupt_zip": {
        "de": "beschädigte Zip-Datei (kein Zip-Verzeichnis gefunden); das Archiv neu herunterladen",
        "en": "corrupt zip file (no zip directory found); download the archive again"},
    "src.x.no_list": {"de": "erwartet eine JSON-Liste von Tweets nach `window.YTD.tweets.partN =`",
                      "en": "expected a JSON list of tweets after `window.YTD.tweets.partN =`"},
    "src.x.not_tweet": {"de": "Eintrag {index} ist kein Tweet-Objekt", "en": "item {index} is not a tweet object"},
    "src.x.not_count": {"de": "Tweet {index}: {field} ist {value}, erwartet eine Anzahl",
                        "en": "tweet {index}: {field} is {value}, expected a count"},
    "src.x.negative": {"de": "Tweet {index}: {field} ist negativ", "en": "tweet {index}: {field} is negative"},
    "src.x.too_large": {"de": "Tweet {index}: {field} ist {value}, größer als jede echte Anzahl",
                        "en": "tweet {index}: {field} is {value}, beyond any real count"},
    "src.x.no_id": {"de": "Tweet {index}: kein id_str (gefunden: {value})",
                    "en": "tweet {index}: no id_str (got {value})"},
    "src.x.no_created": {"de": "Tweet {index} (ID {id}): kein created_at",
                         "en": "tweet {index} (id {id}): no created_at"},
    "src.x.created_date": {
        "de": "Tweet {index} (ID {id}): created_at {value} ist kein Datum (erwartet z. B. "
              "'Thu Mar 05 16:07:50 +0000 2026')",
        "en": "tweet {index} (id {id}): created_at {value} is not a date (expected e.g. "
              "'Thu Mar 05 16:07:50 +0000 2026')"},
    "src.x.text_not_text": {"de": "Tweet {index} (ID {id}): full_text ist kein Text",
                            "en": "tweet {index} (id {id}): full_text is not text"},
    "src.x.no_notes_list": {"de": "erwartet eine JSON-Liste von Notizen nach `window.YTD.note_tweet.partN =`",
                            "en": "expected a JSON list of notes after `window.YTD.note_tweet.partN =`"},
    "src.x.not_note": {"de": "Notiz {index} ist kein noteTweet mit core.text",
                       "en": "note {index} is not a noteTweet with core.text"},
    "src.x.note_date": {"de": "Notiz {index}: createdAt {value} ist kein Datum",
                        "en": "note {index}: createdAt {value} is not a date"},
    # the X API (platforms/x/api.py)
    "src.x.no_user": {"de": "die Antwort enthält kein Konto", "en": "the answer holds no user"},
    "src.x.page_object": {"de": "erwartet ein JSON-Objekt mit data[]", "en": "expected a JSON object with data[]"},
    "src.x.page_list": {"de": "data ist keine Liste von Tweets", "en": "data is not a list of tweets"},
    # the Mastodon archive and API (platforms/mastodon/archive.py, api.py)
    "src.masto.not_json": {"de": "kein gültiges JSON ({reason})", "en": "not valid JSON ({reason})"},
    "src.masto.not_utf8": {"de": "Byte {byte} an Stelle {pos} ist kein UTF-8", "en": "{detail}"},
    "src.masto.too_deep": {"de": "kein gültiges JSON (zu tief verschachtelt)",
                           "en": "not valid JSON (nested too deeply)"},
    "src.masto.no_collection": {"de": "erwartet eine ActivityPub-OrderedCollection mit orderedItems",
                                "en": "expected an ActivityPub OrderedCollection with orderedItems"},
    "src.masto.not_object": {"de": "Eintrag {index} ist kein Objekt", "en": "item {index} is not an object"},
    "src.masto.no_actor": {"de": "Eintrag {index} hat keine Actor-URL (erwartet https://instanz/users/name)",
                           "en": "item {index} has no actor URL (expected https://instance/users/name)"},
    "src.masto.published": {"de": "Eintrag {index}: 'published' ist kein Datum: {value}",
                            "en": "item {index}: 'published' is not a date: {value}"},
    "src.masto.note_published": {"de": "Eintrag {index}: 'published' der Notiz ist kein Datum: {value}",
                                 "en": "item {index}: the note's 'published' is not a date: {value}"},
    "src.masto.handle": {
        "de": "{value}: ein Mastodon-Konto wird @user@instanz geschrieben (z. B. @alice@mastodon.social)",
        "en": "{value}: a Mastodon account is written @user@instance (e.g. @alice@mastodon.social)"},
    "src.masto.no_statuses": {"de": "erwartet eine Liste von Beiträgen", "en": "expected a list of statuses"},
    "src.masto.no_status": {"de": "die Antwort enthält keinen Beitrag", "en": "the answer holds no status"},
    "src.api.no_account": {"de": "die Antwort enthält kein Konto", "en": "the answer holds no account"},
    # the archive guard (archives.py, limits.py)
    "src.zip.encrypted": {
        "de": "ist verschlüsselt (mit Passwort geschützt); mit seinem Passwort entpacken oder ohne Passwort neu "
              "exportieren",
        "en": "is encrypted (password-protected); unpack it with its password, or export it again without one"},
    "src.zip.compression": {
        "de": "nutzt eine Kompression, die dieses Programm nicht entpacken kann ({detail}); das Archiv entpacken und "
              "den Ordner angeben",
        "en": "uses a compression this tool cannot unpack ({detail}); unpack the archive and give the folder"},
    "src.zip.crc": {"de": "ist beschädigt (die Prüfsumme stimmt nicht); den Export neu herunterladen",
                    "en": "is damaged (its checksum does not match); download the export again"},
    "src.zip.unreadable_member": {
        "de": "lässt sich nicht aus dem Archiv lesen ({detail}); den Export neu herunterladen",
        "en": "cannot be read from the archive ({detail}); download the export again"},
    "src.zip.unreadable": {"de": "kein lesbares Zip-Archiv ({detail})", "en": "not a readable zip archive ({detail})"},
    "src.zip.ratio": {
        "de": "entpackt mehr als das {ratio}-Fache seiner gepackten Größe ({packed}): eine Zip-Bombe oder eine echte "
              "Datei, die ungewöhnlich dicht gepackt ist",
        "en": "unpacks to more than {ratio} times its packed size ({packed}): a zip bomb, or a genuine file packed "
              "unusually tightly"},
    "src.zip.member_size": {"de": "entpackt mehr, als für eine Datei des Archivs erlaubt ist",
                            "en": "unpacks to more than the size allowed for one member"},
    "src.zip.archive_size": {"de": "entpackt mehr, als für ein Archiv erlaubt ist",
                             "en": "unpacks to more than the size allowed for one archive"},
    "src.zip.outside": {"de": "zeigt aus dem Ordner {root} hinaus; nur Dateien innerhalb des Exports werden gelesen",
                        "en": "points outside the folder {root}; only files inside the export are read"},
    "src.zip.missing": {"de": "fehlt im Archiv", "en": "missing from the archive"},
    "src.zip.missing_folder": {"de": "fehlt im Ordner", "en": "missing from the folder"},
    "src.zip.cannot_read": {"de": "lässt sich nicht lesen ({reason})", "en": "cannot be read ({reason})"},
    "src.zip.slip": {"de": "zeigt aus dem Archiv hinaus; abgelehnt", "en": "points outside the archive; refused"},
    # the kind of an uploaded file (jobs/import_file.py)
    "src.file.which_zip": {
        "de": "ein Zip, das weder ein X-Archiv (data/tweets.js) noch ein Mastodon-Archiv (outbox.json) noch ein "
              "LinkedIn-Datenexport (messages.csv, Connections.csv) ist",
        "en": "a zip that is neither an X archive (data/tweets.js), a Mastodon archive (outbox.json) nor a LinkedIn "
              "data export (messages.csv, Connections.csv)"},
    "src.file.which_kind": {
        "de": "unbekannte Art von Datei: erwartet .zip (X-, Mastodon- oder LinkedIn-Archiv), .js, .json, .xls/.xlsx "
              "(LinkedIn-Seitenstatistik oder eine Tabelle) oder .csv",
        "en": "unknown kind of file: expected .zip (X, Mastodon or LinkedIn archive), .js, .json, .xls/.xlsx "
              "(LinkedIn page analytics or a table) or .csv"},
    "src.limit.exceeded": {
        "de": "{what} (Grenze {limit}); ist die Datei echt, die Grenze mit `reichweite {option} …` oder {env} "
              "anheben",
        "en": "{what} (limit {limit}); if the file is genuine, raise the limit with `reichweite {option} …` or "
              "{env}"},
    "src.limit.size": {"de": "{option} {value}: eine Größe wie 4GB, 500MB oder 1048576 (Bytes) angeben",
                       "en": "{option} {value}: use a size such as 4GB, 500MB or 1048576 (bytes)"},
    "src.limit.count": {"de": "{option} {value}: eine ganze Zahl über 0 angeben",
                        "en": "{option} {value}: use a whole number above 0"},
    # platforms and handles (registry.py)
    "src.handle": {"de": "{value} ist kein {label}-Konto (geschrieben wie {example})",
                   "en": "{value} is not a {label} handle (written like {example})"},
    "src.no_api": {"de": "{platform} hat keine API zum Sammeln; seine Zahlen importieren",
                   "en": "{platform} has no API to collect from; import its figures instead"},
    # the Bluesky AppView (platforms/bluesky/appview.py)
    "src.bsky.no_uri": {"de": "unerwartete Antwort: ein Beitrag ohne uri",
                        "en": "unexpected response: a post without uri"},
    "src.bsky.no_author": {"de": "unerwartete Antwort: Beitrag {uri} hat keine DID des Kontos",
                           "en": "unexpected response: post {uri} has no author did"},
    "src.bsky.no_account": {"de": "kein Bluesky-Konto {actor} auf {appview} ({detail})",
                            "en": "no Bluesky account {actor} on {appview} ({detail})"},
    "src.bsky.not_object": {"de": "unerwartete Antwort: kein JSON-Objekt",
                            "en": "unexpected response: not a JSON object"},
    "src.bsky.no_profile": {"de": "unerwartete Antwort: ein Profil ohne did und handle",
                            "en": "unexpected response: a profile without did and handle"},
    "src.bsky.no_feed": {"de": "unerwartete Antwort: keine Liste 'feed'", "en": "unexpected response: no 'feed' list"},
    "src.bsky.no_post": {"de": "unerwartete Antwort: ein Eintrag des Feeds ohne post",
                         "en": "unexpected response: a feed item without post"},
    "src.bsky.no_posts": {"de": "unerwartete Antwort: keine Liste 'posts'",
                          "en": "unexpected response: no 'posts' list"},
    "src.shape": {"de": "nicht in der dokumentierten Form ({detail})", "en": "not in the documented shape ({detail})"},
    # any API (platforms/http.py)
    "src.http.not_json": {"de": "die Antwort ist kein gültiges JSON (beginnt mit {start})",
                          "en": "the response is not valid JSON (starts with {start})"},
    "src.http.status": {"de": "Antwort HTTP {status}", "en": "HTTP {status}"},
    "src.http.status_detail": {"de": "Antwort HTTP {status}: {detail}", "en": "HTTP {status}: {detail}"},
    # Jetstream files and the recorder (platforms/bluesky/jetstream.py, jetstream_record.py)
    "src.jet.malformed": {"de": "{path}, Zeile {line}: {why}", "en": "{path}, line {line}: {why}"},
    "src.jet.no_match": {"de": "keine Jetstream-Dateien passen zu diesem Muster (.jsonl, .gz, .zst, .parquet)",
                         "en": "no Jetstream files match this pattern (.jsonl, .gz, .zst, .parquet)"},
    "src.jet.none_found": {"de": "keine Jetstream-Dateien gefunden (.jsonl, .gz, .zst)",
                           "en": "no Jetstream files found (.jsonl, .gz, .zst)"},
    "src.jet.not_object": {"de": "kein JSON-Objekt", "en": "not a JSON object"},
    "src.jet.no_did": {"de": "ohne did oder kind", "en": "lacks did or kind"},
    "src.jet.no_time": {"de": "ohne ganzzahliges time_us (64 Bit)", "en": "lacks an integer time_us (64-bit)"},
    "src.jet.cannot_open": {"de": "lässt sich nicht öffnen ({reason})", "en": "cannot open: {detail}"},
    "src.jet.too_long": {"de": "länger als {size} (die Grenze mit --max-line-size anheben)",
                         "en": "longer than {size} (raise the limit with --max-line-size)"},
    "src.jet.not_json": {"de": "kein gültiges JSON", "en": "not valid JSON"},
    "src.jet.cut_off": {"de": "komprimierter Datenstrom endet zu früh ({detail})",
                        "en": "compressed stream ends early ({detail})"},
    "src.jet.parquet": {"de": "Parquet lesen die Engines (reichweite languages), nicht Zeile für Zeile",
                        "en": "Parquet is read by the engines (reichweite languages), not line by line"},
    "src.jet.cursor": {"de": "{path}: keine Cursor-Datei ({detail}); löschen, um ab jetzt aufzuzeichnen",
                       "en": "{path}: not a cursor file ({detail}); delete it to start from now"},
    "src.jet.gave_up": {
        "de": {"one": "aufgegeben nach {n} Neuverbindung: {reason}. Was aufgezeichnet wurde, ist gespeichert; "
                      "denselben Befehl erneut ausführen, um fortzusetzen.",
               "other": "aufgegeben nach {n} Neuverbindungen: {reason}. Was aufgezeichnet wurde, ist gespeichert; "
                        "denselben Befehl erneut ausführen, um fortzusetzen."},
        "en": "gave up after {n} reconnects: {reason}. What was recorded is saved; run the same command again to "
              "continue."},
    "src.jet.closed": {"de": "der Server hat den Datenstrom geschlossen", "en": "server closed the stream"},
    "src.jet.connected": {"de": "verbunden: {url}", "en": "connected: {url}"},
    "src.jet.reconnect": {"de": "getrennt ({reason}); neue Verbindung in {seconds} s ab Cursor {cursor}",
                          "en": "disconnected ({reason}); reconnecting in {seconds} s from cursor {cursor}"},
    # the language engines (engines/duckdb.py)
    "src.engine.memory_size": {"de": "--memory-limit {value}: eine Größe wie 4GB oder 500MB angeben",
                               "en": "--memory-limit {value}: use a size such as 4GB or 500MB"},
    "src.engine.memory_small": {
        "de": "--memory-limit {value}: zu klein; DuckDB braucht mindestens 64MB (es arbeitet in Blöcken von 32 MiB)",
        "en": "--memory-limit {value}: too small; DuckDB needs at least 64MB (it works in blocks of 32 MiB)"},
    "src.engine.out_of_memory": {
        "de": "DuckDB ging beim Zählen von {files} Datei(en) der Speicher aus (Speichergrenze {limit}; {reason}). Mit "
              "--memory-limit anheben, --detect none verwenden (die zu erkennenden Texte brauchen den meisten "
              "Speicher) oder --engine spark.",
        "en": "DuckDB ran out of memory counting {files} file(s) (memory limit {limit}; {reason}). Raise it with "
              "--memory-limit, use --detect none (the texts to detect take most of the memory), or --engine spark."},
    "src.engine.ram": {"de": "80 % des Arbeitsspeichers", "en": "80 % of the RAM"},
    "src.engine.unreadable": {"de": "nicht als Jetstream lesbar: {detail}", "en": "cannot read as Jetstream: {detail}"},
    # text files (textfile.py)
    "src.text.utf16": {"de": "fehlerhafter UTF-16-Text ({detail})", "en": "broken UTF-16 text ({detail})"},
    "src.text.nul": {"de": "enthält NUL-Bytes: keine Textdatei", "en": "contains NUL bytes: not a text file"},
    "src.text.mixed": {
        "de": "mischt Kodierungen: Zeile {line} ist kein UTF-8, andere Zeilen schon (Byte {byte}); die Datei erneut "
              "als UTF-8 speichern",
        "en": "mixes encodings: line {line} is not UTF-8 while other lines are (byte {byte}); save the file again "
              "as UTF-8"},
    # collecting (jobs/collect.py)
    "src.collect.options": {"de": "{platform}: unbekannte Option(en) {options}",
                            "en": "{platform}: unknown option(s) {options}"},
}
