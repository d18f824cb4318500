"""German and English texts of the language-share report."""

from __future__ import annotations

from reichweite.report.texts import Table

TEXTS: Table = {
    "lang.title": {"de": "Sprachanteile der Posts", "en": "Language shares of posts"},
    "lang.rules": {"de": "Zählregeln", "en": "Counting rules"},
    "lang.rule.first": {
        "de": "Erste deklarierte Sprache: jeder Post zählt einmal, unter der ersten Sprache in `langs`; Posts ohne "
              "Angabe zählen als „none“. Die Anteile summieren sich zu 100 %.",
        "en": "First declared language: each post counts once, under the first language in `langs`; posts without "
              "one count as \"none\". Shares sum to 100 %.",
    },
    "lang.rule.any": {
        "de": "Jede deklarierte Sprache: ein Post mit zwei Sprachen zählt für beide – die Anteile summieren sich "
              "daher zu mehr als 100 %.",
        "en": "Any declared language: a post with two languages counts for both, so shares sum to more than 100 %.",
    },
    "lang.rule.none": {
        "de": "Ohne Angabe („none“): Posts ohne deklarierte Sprache; ihr Anteil steht in beiden Tabellen.",
        "en": "None declared (\"none\"): posts without a declared language; their share appears in both tables.",
    },
    "lang.rule.detected": {
        "de": "Erkannte Sprache (fastText lid.176.ftz, zweite Stufe lingua für kurze unsichere Texte) über {scope}; "
              "Konfidenz unter {threshold} → „unknown“. Nenner: die geprüften Posts.",
        "en": "Detected language (fastText lid.176.ftz, second stage lingua for short uncertain texts) over {scope}; "
              "confidence below {threshold} → \"unknown\". Denominator: the posts checked.",
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
        "en": "Share of {code} with 95 % interval (Wilson)",
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
    "lang.input": {"de": "Eingabe", "en": "Input"},
    "lang.period": {"de": "Zeitraum", "en": "Period"},
    "lang.lang": {"de": "Sprache", "en": "Language"},
    "lang.posts": {"de": "Posts", "en": "Posts"},
    "lang.share": {"de": "Anteil", "en": "Share"},
    "lang.overall": {"de": "Gesamt", "en": "Overall"},
}
