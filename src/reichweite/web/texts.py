"""The web app's texts in German and English, a table in the reports' convention (see reichweite.report.texts);
`T` looks them up together with the texts every report shares."""

from __future__ import annotations

from reichweite.report.texts import Table, Texts, common

TEXTS: Table = {
    "web.title": {"de": "reichweite", "en": "reichweite"},
    "web.skip": {"de": "Zum Inhalt springen", "en": "Skip to content"},
    "web.nav.label": {"de": "Hauptnavigation", "en": "Main navigation"},
    "web.nav.overview": {"de": "Übersicht", "en": "Overview"},
    "web.nav.import": {"de": "Import", "en": "Import"},
    "web.nav.entry": {"de": "Zahlen eingeben", "en": "Enter figures"},
    "web.nav.collect": {"de": "Sammeln", "en": "Collect"},
    "web.nav.compare": {"de": "Vergleich", "en": "Compare"},
    "web.nav.accounts": {"de": "Konten", "en": "Accounts"},
    "web.nav.panel": {"de": "Panel", "en": "Panel"},
    "web.nav.polls": {"de": "Umfragen", "en": "Polls"},
    "web.nav.languages": {"de": "Sprachen", "en": "Languages"},
    "web.nav.triage": {"de": "Spam-Sichtung", "en": "Spam triage"},
    "web.lang.switch": {"de": "Sprache", "en": "Language"},
    "web.login": {"de": "Anmelden", "en": "Log in"},
    "web.logout": {"de": "Abmelden", "en": "Log out"},
    "web.password": {"de": "Passwort", "en": "Password"},
    "web.login.wrong": {"de": "Das Passwort stimmt nicht.", "en": "Wrong password."},
    "web.login.intro": {"de": "Dieser Server ist mit einem Passwort geschützt.",
                        "en": "This server is protected by a password."},
    "web.error": {"de": "Das ging nicht", "en": "That did not work"},
    "web.back": {"de": "Zurück zur Übersicht", "en": "Back to the overview"},
    "web.none": {"de": "Noch nichts da.", "en": "Nothing yet."},
    "web.unknown": {"de": "–", "en": "–"},
    "web.footer": {"de": "reichweite {version} · Zeiten in UTC · – = nicht bekannt (nie als 0 gezählt)",
                   "en": "reichweite {version} · times in UTC · – = not known (never counted as 0)"},
    # overview
    "web.overview.accounts": {"de": "Konten je Plattform", "en": "Accounts per platform"},
    "web.overview.runs": {"de": "Letzte Sammelläufe", "en": "Latest collection runs"},
    "web.overview.jobs": {"de": "Letzte Aufträge", "en": "Latest jobs"},
    "web.overview.empty": {
        "de": "Der Speicher ist leer. Beginnen Sie mit einem Import oder einer Sammlung.",
        "en": "The store is empty. Start with an import or a collection."},
    "web.col.platform": {"de": "Plattform", "en": "Platform"},
    "web.col.account": {"de": "Konto", "en": "Account"},
    "web.col.posts": {"de": "Beiträge", "en": "Posts"},
    "web.col.snapshots": {"de": "Messungen", "en": "Snapshots"},
    "web.col.last_measured": {"de": "Zuletzt gemessen", "en": "Last measured"},
    "web.col.followers": {"de": "Follower", "en": "Followers"},
    "web.col.following": {"de": "Folgt", "en": "Following"},
    "web.col.observed": {"de": "Gemessen", "en": "Measured"},
    "web.col.source": {"de": "Quelle", "en": "Source"},
    "web.col.target": {"de": "Ziel", "en": "Target"},
    "web.col.status": {"de": "Status", "en": "Status"},
    "web.col.items": {"de": "Einträge", "en": "Items"},
    "web.col.started": {"de": "Begonnen", "en": "Started"},
    "web.col.message": {"de": "Meldung", "en": "Message"},
    "web.col.job": {"de": "Auftrag", "en": "Job"},
    "web.col.kind": {"de": "Art", "en": "Kind"},
    # jobs
    "web.job.queued": {"de": "wartet", "en": "queued"},
    "web.job.running": {"de": "läuft", "en": "running"},
    "web.job.done": {"de": "fertig", "en": "done"},
    "web.job.failed": {"de": "fehlgeschlagen", "en": "failed"},
    "web.job.progress": {"de": "Fortschritt", "en": "Progress"},
    "web.job.of": {"de": "{done} von {total}", "en": "{done} of {total}"},
    "web.job.details": {"de": "Einzelheiten", "en": "Details"},
    # import
    "web.import.title": {"de": "Dateien importieren", "en": "Import files"},
    "web.import.intro": {
        "de": "X-Archiv, Mastodon-Archiv, LinkedIn-Datenexport oder Seitenstatistik, Tabellen (CSV/XLSX). "
              "Jeder Import ist eine Transaktion: ganz oder gar nicht; ein erneuter Import verdoppelt nichts.",
        "en": "X archive, Mastodon archive, LinkedIn data export or page analytics, tables (CSV/XLSX). Each import "
              "is one transaction: all or nothing; importing again adds no duplicates."},
    "web.import.file": {"de": "Datei", "en": "File"},
    "web.import.kind": {"de": "Art", "en": "Kind"},
    "web.import.auto": {"de": "automatisch erkennen", "en": "detect automatically"},
    "web.import.submit": {"de": "Importieren", "en": "Import"},
    "web.import.limit": {"de": "Höchstens {size} je Datei.", "en": "At most {size} per file."},
    # compare
    "web.compare.title": {"de": "Konten vergleichen", "en": "Compare accounts"},
    "web.compare.a": {"de": "Konto A", "en": "Account A"},
    "web.compare.b": {"de": "Konto B", "en": "Account B"},
    "web.compare.at": {"de": "Stichtag (leer = jetzt)", "en": "Measurement date (empty = now)"},
    "web.compare.age": {"de": "oder Beitragsalter (z. B. 7d)", "en": "or post age (e.g. 7d)"},
    "web.compare.window": {"de": "Zeitfenster für Paare", "en": "Window for pairs"},
    "web.compare.quotes": {"de": "Zitate mitzählen", "en": "Count quotes"},
    "web.compare.submit": {"de": "Vergleichen", "en": "Compare"},
    "web.compare.need_two": {"de": "Es braucht mindestens zwei Konten mit Beiträgen im Speicher.",
                             "en": "At least two accounts with posts in the store are needed."},
    "web.compare.pairs": {"de": "Verglichene Paare", "en": "Pairs compared"},
    "web.compare.wins": {"de": "Siege", "en": "Wins"},
    "web.compare.ties": {"de": "Gleichstände", "en": "Ties"},
    "web.compare.median": {"de": "Median", "en": "Median"},
    "web.compare.mean": {"de": "Mittelwert", "en": "Mean"},
    "web.compare.peak": {"de": "Spitze", "en": "Peak"},
    "web.compare.unmatched": {"de": "Ohne Gegenstück", "en": "Unmatched posts"},
    "web.compare.ratio": {"de": "Median-Verhältnis (b+1)/(a+1): {ratio} (95-%-Intervall {low}–{high})",
                          "en": "Median ratio (b+1)/(a+1): {ratio} (95 % interval {low}–{high})"},
    "web.compare.wilcoxon": {
        "de": "Wilcoxon-Vorzeichen-Rang-Test: p = {p} über {n} Paare mit Unterschied, Rang-biseriale r = {r}",
        "en": "Wilcoxon signed-rank: p = {p} over {n} pairs that differ, rank-biserial r = {r}"},
    "web.compare.interactions": {"de": "Interaktionen = {definition}", "en": "Interactions = {definition}"},
    "web.compare.as_of": {"de": "Stand: {when}", "en": "As of: {when}"},
    "web.compare.table": {"de": "Paare", "en": "Pairs"},
    "web.compare.filter": {"de": "Paare filtern (Text)", "en": "Filter pairs (text)"},
    "web.compare.created": {"de": "Erstellt", "en": "Created"},
    "web.compare.text": {"de": "Text", "en": "Text"},
    "web.compare.match": {"de": "Zuordnung", "en": "Match"},
    "web.compare.download": {"de": "Herunterladen", "en": "Download"},
    "web.compare.more": {"de": "Weitere Konten (optional)", "en": "More accounts (optional)"},
    "web.compare.several": {"de": "mehrere mit Komma trennen", "en": "separate several with commas"},
    "web.series.date": {"de": "Stand {label}", "en": "As of {label}"},
    "web.series.posts": {"de": "Beiträge", "en": "Posts"},
    "web.series.compared": {"de": "Verglichen", "en": "Compared"},
    "web.series.per_1000": {"de": "Median je 1.000 Follower", "en": "Median per 1,000 followers"},
    "web.series.pair": {"de": "Paar von Konten", "en": "Pair of accounts"},
    "web.series.wins_first": {"de": "Siege erstes", "en": "Wins first"},
    "web.series.wins_second": {"de": "Siege zweites", "en": "Wins second"},
    "web.series.ratio": {"de": "Median-Verhältnis (95-%-Intervall)", "en": "Median ratio (95% interval)"},
    "web.series.change": {"de": "Veränderung zwischen den Stichtagen", "en": "Change between the dates"},
    # accounts
    "web.accounts.title": {"de": "Konten über die Zeit", "en": "Accounts over time"},
    "web.accounts.choose": {"de": "Konten wählen", "en": "Choose accounts"},
    "web.accounts.show": {"de": "Anzeigen", "en": "Show"},
    "web.accounts.every": {"de": "Schritt", "en": "Step"},
    "web.accounts.each": {"de": "jede Messung", "en": "every measurement"},
    "web.accounts.every_day": {"de": "Tag", "en": "day"},
    "web.accounts.every_week": {"de": "Woche", "en": "week"},
    "web.accounts.every_month": {"de": "Monat", "en": "month"},
    "web.accounts.from": {"de": "Von", "en": "From"},
    "web.accounts.to": {"de": "Bis", "en": "To"},
    "web.accounts.latest": {"de": "Die neuesten {shown} von {total} Messungen, neueste zuerst; alle im Diagramm und "
                                  "unter /api/accounts.",
                            "en": "The latest {shown} of {total} measurements, newest first; all of them in the "
                                  "chart and at /api/accounts."},
    "web.accounts.none": {"de": "Für dieses Konto sind keine Kontozahlen gespeichert.",
                          "en": "No account figures are stored for this account."},
    # collect
    "web.collect.title": {"de": "Sammeln", "en": "Collect"},
    "web.collect.intro": {
        "de": "Beiträge und Zahlen eines Kontos über die öffentliche Schnittstelle holen. Jede Seite ist eine "
              "eigene Transaktion; ein abgebrochener Lauf behält, was er gespeichert hat.",
        "en": "Fetch an account's posts and figures from the public API. Each page is its own transaction; an "
              "interrupted run keeps what it stored."},
    "web.collect.server": {"de": "Server: Bluesky-AppView, Mastodon-Instanz oder X-API (leer = Standard)",
                           "en": "Server: Bluesky AppView, Mastodon instance or X API (empty = default)"},
    "web.collect.submit": {"de": "Sammeln", "en": "Collect"},
    "web.collect.watch_title": {"de": "Beobachtungsliste", "en": "Watch list"},
    "web.collect.watch_file": {"de": "Datei", "en": "File"},
    "web.collect.plan": {"de": "Messen im Beitragsalter {ages} (Toleranz {tolerance}); Kontozahlen alle {every}.",
                         "en": "Measure at post ages {ages} (tolerance {tolerance}); account figures every {every}."},
    "web.collect.run_due": {"de": "Jetzt sammeln, was fällig ist", "en": "Collect what is due now"},
    "web.collect.edit": {"de": "Bearbeiten (TOML; wird vor dem Speichern geprüft)",
                         "en": "Edit (TOML; checked before it is saved)"},
    "web.collect.watch": {
        "de": "Geplante Sammlungen nach einer Beobachtungsliste: reichweite collect --config watch.toml --every 15m",
        "en": "Scheduled collections from a watch list: reichweite collect --config watch.toml --every 15m"},
    "web.folders.none": {
        "de": "Keine Dateien gefunden: starten Sie den Server mit --folder ORDNER, damit er Dateien dieses Computers "
              "lesen darf.",
        "en": "No files found: start the server with --folder FOLDER to let it read files on this computer."},
    # triage
    "web.triage.intro": {
        "de": "Absender eines LinkedIn-Datenexports, nach Wahrscheinlichkeit von Bot oder Verkaufsmasche geordnet, "
              "mit Gründen. Ihre Einstufung (Spam / kein Spam) wird gespeichert und trainiert das Modell. Namen sind "
              "verborgen, bis Sie sie zeigen.",
        "en": "Senders of a LinkedIn data export, ranked by how likely they are a bot or a funnel pitch, with "
              "reasons. Your label (spam / not spam) is stored and teaches the model. Names stay hidden until you "
              "show them."},
    "web.triage.export": {"de": "LinkedIn-Export", "en": "LinkedIn export"},
    "web.triage.owner": {"de": "Ihr Name im Export (falls nötig)", "en": "Your name in the export (if needed)"},
    "web.triage.names": {"de": "Namen zeigen", "en": "Show names"},
    "web.triage.rank": {"de": "Absender bewerten", "en": "Rank senders"},
    "web.triage.sender": {"de": "Absender", "en": "Sender"},
    "web.triage.score": {"de": "Wert", "en": "Score"},
    "web.triage.reasons": {"de": "Gründe", "en": "Reasons"},
    "web.triage.label": {"de": "Ihre Einstufung", "en": "Your label"},
    "web.triage.spam": {"de": "Spam", "en": "Spam"},
    "web.triage.ok": {"de": "Kein Spam", "en": "Not spam"},
    "web.triage.spam_for": {"de": "{sender} als Spam einstufen", "en": "Label {sender} as spam"},
    "web.triage.ok_for": {"de": "{sender} als kein Spam einstufen", "en": "Label {sender} as not spam"},
    # polls
    "web.polls.option": {"de": "Antwort", "en": "Option"},
    "web.polls.votes": {"de": "Stimmen", "en": "Votes"},
    "web.polls.share": {"de": "Anteil", "en": "Share"},
    "web.polls.totals": {"de": "{votes} Stimmen, {views} Aufrufe, Beteiligung {participation} %",
                         "en": "{votes} votes, {views} views, participation {participation} %"},
    # panel
    "web.panel.name": {"de": "Panel", "en": "Panel"},
    "web.panel.platforms": {"de": "Plattformen", "en": "Platforms"},
    "web.panel.composition": {"de": "Zusammensetzung (as-of oder fixed:DATUM)",
                              "en": "Composition (as-of or fixed:DATE)"},
    "web.panel.at": {"de": "Mitglieder am", "en": "Members on"},
    "web.panel.totals": {"de": "Summen je Datum und Plattform", "en": "Totals per date and platform"},
    "web.panel.members": {"de": "Mitglieder ({n})", "en": "Members ({n})"},
    # languages
    "web.languages.intro": {
        "de": "Sprachen von Bluesky-Beiträgen in Jetstream-Archiven auf diesem Computer zählen (als Auftrag mit "
              "Fortschritt). Anteile mit 95-%-Wilson-Intervall.",
        "en": "Count the languages of Bluesky posts in Jetstream archives on this computer (as a job with "
              "progress). Shares with 95 % Wilson intervals."},
    "web.languages.files": {"de": "Dateien", "en": "Files"},
    "web.languages.by": {"de": "Zeitraum", "en": "Period"},
    "web.languages.follow": {"de": "Anteil verfolgen von Sprache", "en": "Follow the share of language"},
    "web.languages.detect": {"de": "Spracherkennung", "en": "Detection"},
    "web.languages.submit": {"de": "Zählen", "en": "Count"},
    "web.languages.first": {"de": "Erste angegebene Sprache", "en": "First declared language"},
    "web.languages.share": {"de": "Anteil je Zeitraum", "en": "Share per period"},
    # entry
    "web.entry.intro": {
        "de": "Zahlen wie in der Vorlage „reichweite template posts“: eine Zeile je Beitrag und Messung. Aus Excel "
              "einfügen (Strg+V in eine Zelle) geht auch. Leere Zellen heißen unbekannt. Gespeichert wird in einer "
              "Transaktion.",
        "en": "Figures as in the template `reichweite template posts`: one row per post and measurement. Pasting "
              "from Excel (Ctrl+V into a cell) works too. Empty cells mean unknown. Saved as one transaction."},
    "web.entry.add_row": {"de": "Zeile hinzufügen", "en": "Add a row"},
    "web.entry.save": {"de": "Speichern", "en": "Save"},
    "web.entry.ok": {"de": "{n} Zeilen geprüft: in Ordnung.", "en": "{n} rows checked: fine."},
    "web.entry.saved": {"de": "Gespeichert:", "en": "Saved:"},
}

T = Texts(common.TEXTS, TEXTS)
