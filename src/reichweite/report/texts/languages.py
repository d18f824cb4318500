"""German and English texts of the language-share report."""

from __future__ import annotations

from reichweite.report.texts import Table

TEXTS: Table = {
    "lang.title": {"de": "Sprachanteile der Posts", "en": "Language shares of posts"},
    "lang.rules": {"de": "Zählregeln", "en": "Counting rules"},
    "lang.rule.first": {
        "de": "Erste deklarierte Sprache: jeder Post zählt einmal, unter der ersten Sprache im Feld langs; Posts ohne "
              "Angabe zählen als „ohne Angabe“. Die Anteile summieren sich zu 100 %.",
        "en": "First declared language: each post counts once, under the first language in the field langs; posts "
              "without one count as \"none declared\". Shares sum to 100%.",
    },
    "lang.rule.any": {
        "de": "Jede deklarierte Sprache: ein Post mit zwei Sprachen zählt für beide – die Anteile summieren sich "
              "daher zu mehr als 100 %.",
        "en": "Any declared language: a post with two languages counts for both, so shares sum to more than 100%.",
    },
    "lang.rule.none": {
        "de": "Ohne Angabe: Posts ohne deklarierte Sprache; ihr Anteil steht in beiden Tabellen.",
        "en": "None declared: posts without a declared language; their share appears in both tables.",
    },
    "lang.rule.detected": {
        "de": "Erkannte Sprache (fastText lid.176.ftz, zweite Stufe lingua für kurze unsichere Texte) über {scope}; "
              "Konfidenz unter {threshold} → „nicht erkannt“. Nenner: die geprüften Posts.",
        "en": "Detected language (fastText lid.176.ftz, second stage lingua for short uncertain texts) over {scope}; "
              "confidence below {threshold} → \"not recognised\". Denominator: the posts checked.",
    },
    "lang.scope.missing": {"de": "die Posts ohne deklarierte Sprache", "en": "the posts without a declared language"},
    "lang.scope.all": {"de": "alle Posts", "en": "all posts"},
    "lang.scope.none": {"de": "keine Posts (abgeschaltet)", "en": "no posts (switched off)"},
    "lang.rule.dedupe": {
        "de": "Gezählt werden nur neu erstellte app.bsky.feed.post-Einträge, jeder einmal (did + rkey; Jetstream "
              "liefert mindestens einmal). Zeitraum nach time_us (Empfang durch Jetstream), Kalender der "
              "Zeitzone {tz}.",
        "en": "Only app.bsky.feed.post creates are counted, each once (did + rkey; Jetstream delivers at least "
              "once). Period by time_us (when Jetstream saw the event), in the calendar of time zone {tz}.",
    },
    "lang.interval": {
        "de": "Anteil von {code} mit 95-%-Intervall (Wilson)",
        "en": "Share of {code} with 95% interval (Wilson)",
    },
    "lang.top": {"de": "Häufigste Sprachen über die Zeit ({rule})", "en": "Top languages over time ({rule})"},
    "lang.agreement": {"de": "Deklariert × erkannt", "en": "Declared × detected"},
    "lang.agreement.note": {
        "de": "Zeilen: erste deklarierte Sprache; Spalten: erkannte Sprache; Zellen: Anteil der Zeile.",
        "en": "Rows: first declared language; columns: detected language; cells: share of the row.",
    },
    "lang.chart.periods": {"de": "Zeiträume: {by}, Kalender der Zeitzone {tz}",
                           "en": "Periods: {by}, in the calendar of time zone {tz}"},
    "lang.chart.source": {"de": "Quelle: Bluesky-Jetstream-Archive, {posts} Posts (jeder einmal gezählt)",
                          "en": "Source: Bluesky Jetstream archives, {posts} posts (each counted once)"},
    "lang.by.day": {"de": "Tage", "en": "days"},
    "lang.by.week": {"de": "Wochen (ab Montag)", "en": "weeks (from Monday)"},
    "lang.by.month": {"de": "Monate", "en": "months"},
    "lang.rule_name.first": {"de": "erste deklarierte Sprache", "en": "first declared language"},
    "lang.rule_name.any": {"de": "jede deklarierte Sprache", "en": "any declared language"},
    "lang.rule_name.none": {"de": "ohne Angabe", "en": "none declared"},
    "lang.rule_name.detected": {"de": "erkannte Sprache", "en": "detected language"},
    "lang.declared_first": {"de": "deklariert (erste Sprache)", "en": "declared (first language)"},
    "lang.detected": {"de": "erkannt", "en": "detected"},
    "lang.code.none": {"de": "ohne Angabe", "en": "none declared"},
    "lang.code.unknown": {"de": "nicht erkannt", "en": "not recognised"},
    "lang.week_of": {"de": "Woche ab {day}", "en": "week of {day}"},
    "lang.no_data": {"de": "keine Daten", "en": "no data"},
    "lang.term.input": {
        "de": "{events} in {files}, {malformed} übersprungen, {posts} ({duplicates} entfernt).",
        "en": "{events} in {files}, {malformed} skipped, {posts} ({duplicates} removed).",
    },
    "lang.term.events": {"de": {"one": "{n} Ereignis", "other": "{n} Ereignisse"},
                         "en": {"one": "{n} event", "other": "{n} events"}},
    "lang.term.posts": {"de": {"one": "{n} verschiedener Post", "other": "{n} verschiedene Posts"},
                        "en": {"one": "{n} unique post", "other": "{n} unique posts"}},
    "lang.term.duplicates": {"de": {"one": "{n} wiederholte Zustellung", "other": "{n} wiederholte Zustellungen"},
                             "en": {"one": "{n} repeated delivery", "other": "{n} repeated deliveries"}},
    "lang.term.files": {"de": {"one": "{n} Datei", "other": "{n} Dateien"},
                        "en": {"one": "{n} file", "other": "{n} files"}},
    "lang.term.malformed": {"de": {"one": "{n} fehlerhafte Zeile", "other": "{n} fehlerhafte Zeilen"},
                            "en": {"one": "{n} malformed line", "other": "{n} malformed lines"}},
    "lang.term.overall": {"de": "Gesamt, {rule}", "en": "Overall, {rule}"},
    "lang.term.agreement": {
        "de": "Deklariert = erkannt bei {share} von {n} Posts mit beidem.",
        "en": "Declared = detected for {share} of {n} posts with both.",
    },
    "lang.term.written": {"de": "Geschrieben: {path}", "en": "Written: {path}"},
    "lang.meta": {"de": "Engine: {engine} · Zeiträume: {by} · Zeitzone: {tz} · Spracherkennung über {scope}",
                  "en": "Engine: {engine} · periods: {by} · time zone: {tz} · language detection over {scope}"},
    "lang.rule": {"de": "Zählregel", "en": "Counting rule"},
    "lang.of_posts": {"de": "von Posts", "en": "of posts"},
    "lang.interval_col": {"de": "95-%-Intervall", "en": "95% interval"},
    "lang.stat.files": {"de": "Dateien", "en": "Files"},
    "lang.stat.events": {"de": "Ereignisse", "en": "Events"},
    "lang.stat.malformed": {"de": "fehlerhafte Zeilen (übersprungen)", "en": "Malformed lines (skipped)"},
    "lang.stat.post_creates": {"de": "neu erstellte Posts (Ereignisse)", "en": "Post creates (events)"},
    "lang.stat.duplicates": {"de": "wiederholte Zustellungen", "en": "Repeated deliveries"},
    "lang.stat.posts": {"de": "verschiedene Posts", "en": "Unique posts"},
    "lang.stat.deletes": {"de": "Löschungen", "en": "Deletes"},
    "lang.stat.updates": {"de": "Änderungen", "en": "Updates"},
    "lang.stat.other_collections": {"de": "andere Sammlungen", "en": "Other collections"},
    "lang.stat.identity": {"de": "Identitäts-Ereignisse", "en": "Identity events"},
    "lang.stat.account": {"de": "Konto-Ereignisse", "en": "Account events"},
    "lang.input": {"de": "Eingabe", "en": "Input"},
    "lang.period": {"de": "Zeitraum", "en": "Period"},
    "lang.lang": {"de": "Sprache", "en": "Language"},
    "lang.posts": {"de": "Posts", "en": "Posts"},
    "lang.share": {"de": "Anteil", "en": "Share"},
    "lang.overall": {"de": "Gesamt", "en": "Overall"},
}
