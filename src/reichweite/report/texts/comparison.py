"""German and English texts of the cross-post comparison report."""

from __future__ import annotations

from reichweite.report.texts import Table

TEXTS: Table = {
    "cmp.term.title": {"de": "{a} und {b}", "en": "{a} and {b}"},
    "cmp.term.pairs": {"de": "verglichene Paare", "en": "pairs compared"},
    "cmp.term.wins": {"de": "Siege", "en": "wins"},
    "cmp.term.ties": {"de": "gleich", "en": "ties"},
    "cmp.term.median": {"de": "Median", "en": "median"},
    "cmp.term.mean": {"de": "Mittelwert", "en": "mean"},
    "cmp.term.peak": {"de": "Spitze", "en": "peak"},
    "cmp.term.unmatched": {"de": "Beiträge ohne Gegenstück", "en": "unmatched posts"},
    "cmp.term.gap": {
        "de": "Die Seiten wurden {days} Tage auseinander gemessen: die später gemessene hatte mehr Zeit, Interaktionen "
              "zu sammeln{see}",
        "en": "The two sides were measured {days} days apart: the later one had more time to collect interactions"
              "{see}",
    },
    "cmp.term.see_report": {"de": " (siehe Bericht).", "en": " (see the report)."},
    "cmp.term.lacking": {
        "de": {"one": "{n} Paar hat zum gewählten Zeitpunkt keine Zahlen{where}",
               "other": "{n} Paare haben zum gewählten Zeitpunkt keine Zahlen{where}"},
        "en": {"one": "{n} pair lacks figures at the chosen time{where}",
               "other": "{n} pairs lack figures at the chosen time{where}"},
    },
    "cmp.term.listed_report": {"de": ": im Bericht aufgeführt.", "en": ": listed in the report."},
    "cmp.term.listed_with": {"de": " (aufgeführt mit --out oder in --format csv).",
                             "en": " (listed with --out, or in --format csv)."},
    "cmp.term.none": {"de": "Kein Beitrag des einen Kontos passte zu einem Beitrag des anderen.",
                      "en": "No post of the one account matched a post of the other."},
    "cmp.term.private": {
        "de": "Beiträge nur für Follower ausgelassen: {accounts} (mit --visibility private einbeziehen).",
        "en": "Followers-only posts left out: {accounts} (include them with --visibility private).",
    },
    "cmp.term.report": {"de": "Bericht: {path}", "en": "Report: {path}"},
    "cmp.title": {"de": "Cross-Post-Vergleich: {a} und {b}", "en": "Cross-post comparison: {a} and {b}"},
    "cmp.summary": {"de": "Zusammenfassung", "en": "Summary"},
    "cmp.wins": {"de": "Siege (mehr Interaktionen im Paar)", "en": "Wins (more interactions in the pair)"},
    "cmp.wins_sentence": {
        "de": "{b} hatte in {wins_b} von {n} Paaren mehr Interaktionen ({share_b}), {a} in {wins_a} ({share_a}); "
              "gleich: {ties} ({share_ties}).",
        "en": "{b} had more interactions in {wins_b} of {n} pairs ({share_b}), {a} in {wins_a} ({share_a}); "
              "tied: {ties} ({share_ties}).",
    },
    "cmp.gap_note": {
        "de": "Achtung: Die Seiten wurden {days} Tage auseinander gemessen ({a} zuletzt {at_a}, {b} zuletzt {at_b}). "
              "Die später gemessene Seite hatte mehr Zeit, Interaktionen zu sammeln. Für einen Vergleich zu gleichem "
              "Beitragsalter beide Seiten regelmäßig messen und --age nutzen.",
        "en": "Note: the two sides were measured {days} days apart ({a} last {at_a}, {b} last {at_b}). The side "
              "measured later had more time to collect interactions. For a like-for-like comparison measure both "
              "sides regularly and use --age.",
    },
    "cmp.no_pairs": {
        "de": "Keine Paare mit Zahlen auf beiden Seiten: nichts zu vergleichen.",
        "en": "No pairs with figures on both sides: nothing to compare.",
    },
    "cmp.parts_note": {"de": "Verglichen auf {parts}: {reasons}.", "en": "Compared on {parts}: {reasons}."},
    "cmp.part_unknown": {
        "de": "{part} unbekannt bei {missing} von {total} Beiträgen auf {label}",
        "en": "{part} unknown for {missing} of {total} {label} posts",
    },
    "cmp.x_no_replies": {
        "de": " (das X-Archiv enthält keine Antwortzahlen; mit „reichweite import table“ nachtragen)",
        "en": " (the X archive has no reply counts; add them with \"reichweite import table\")",
    },
    "cmp.part.replies": {"de": "Antworten", "en": "replies"},
    "cmp.part.reposts": {"de": "Reposts", "en": "reposts"},
    "cmp.part.likes": {"de": "Likes", "en": "likes"},
    "cmp.part.quotes": {"de": "Zitate", "en": "quotes"},
    "cmp.nothing": {"de": "nichts", "en": "nothing"},
    "cmp.measure": {"de": "Kennzahl", "en": "Measure"},
    "cmp.n": {"de": "Paare (n)", "en": "Pairs (n)"},
    "cmp.median": {"de": "Median", "en": "Median"},
    "cmp.mean": {"de": "Mittelwert", "en": "Mean"},
    "cmp.total": {"de": "Summe", "en": "Total"},
    "cmp.peak": {"de": "Spitze", "en": "Peak"},
    "cmp.zero": {"de": "Paare mit 0 Interaktionen", "en": "Pairs with 0 interactions"},
    "cmp.ratio": {
        "de": "Median des Verhältnisses {b}/{a}: {ratio} (95-%-Intervall {low} bis {high}).",
        "en": "Median ratio {b}/{a}: {ratio} (95% interval {low} to {high}).",
    },
    "cmp.ratio_no_interval": {
        "de": "Median des Verhältnisses {b}/{a}: {ratio}; kein Intervall: {reason}.",
        "en": "Median ratio {b}/{a}: {ratio}; no interval: {reason}.",
    },
    "cmp.ratio_explain": {
        "de": "Verhältnis je Paar = (b + 1) / (a + 1): die +1 auf beiden Seiten lässt Paare mit 0 Interaktionen zu "
              "und zieht Verhältnisse kleiner Zahlen Richtung 1 (vorsichtig, nie übertrieben). 1 heißt gleich viel, "
              "2 heißt doppelt so viel auf {b}. Intervall: Perzentil-Bootstrap über die Paare ({resamples} "
              "Ziehungen, Startwert {seed}) – der Bereich, in dem der Median bei einer Wiederholung mit ähnlichen "
              "Beiträgen wahrscheinlich läge.",
        "en": "Ratio per pair = (b + 1) / (a + 1): the +1 on both sides keeps pairs with 0 interactions and pulls "
              "ratios of small counts towards 1 (conservative, never exaggerated). 1 means equal, 2 means twice as "
              "much on {b}. Interval: percentile bootstrap over pairs ({resamples} resamples, seed {seed}) — the "
              "range in which the median would likely fall if similar posts were compared again.",
    },
    "cmp.wilcoxon": {
        "de": "Wilcoxon-Vorzeichen-Rang-Test (gepaart, zweiseitig): p {p} bei {pairs} "
              "({zeros} ausgelassen; {method}); Rang-biseriale Korrelation r = {r}.",
        "en": "Wilcoxon signed-rank test (paired, two-sided): p {p} over {pairs} "
              "({zeros} left out; {method}); rank-biserial correlation r = {r}.",
    },
    "cmp.pairs_differ": {
        "de": {"one": "{n} Paar mit Unterschied", "other": "{n} Paaren mit Unterschied"},
        "en": {"one": "{n} pair that differs", "other": "{n} pairs that differ"},
    },
    "cmp.tied_pairs": {
        "de": {"one": "{n} gleiches Paar", "other": "{n} gleiche Paare"},
        "en": {"one": "{n} tied pair", "other": "{n} tied pairs"},
    },
    "cmp.wilcoxon_explain": {
        "de": "So zu lesen: Wäre keine Plattform systematisch vorn, träten so einseitige Unterschiede mit "
              "Wahrscheinlichkeit p auf. Ein kleines p (etwa unter 0,05) spricht für einen echten Unterschied, sagt "
              "aber nichts über seine Größe – dafür stehen Verhältnis und Siege. r reicht von −1 ({a} immer vorn) "
              "bis +1 ({b} immer vorn).",
        "en": "How to read this: if neither platform were systematically ahead, differences at least this "
              "lopsided would turn up with probability p. A small p (say below 0.05) suggests a real difference but "
              "says nothing about its size — the ratio and the wins do. r runs from −1 ({a} always ahead) to +1 "
              "({b} always ahead).",
    },
    "cmp.wilcoxon_not_run": {
        "de": "Wilcoxon-Test nicht durchgeführt: {reason}.", "en": "Wilcoxon test not run: {reason}.",
    },
    "cmp.reason.no_pairs": {"de": "keine Paare mit Zahlen auf beiden Seiten",
                            "en": "no pairs with figures on both sides"},
    "cmp.reason.all_zero": {
        "de": "alle {n} Differenzen sind 0, beide Seiten gleich – nichts zu testen",
        "en": "all {n} differences are zero, both sides equal — nothing to test",
    },
    "cmp.reason.too_few": {
        "de": "nur {n} Paare unterscheiden sich; der kleinste mögliche p-Wert wäre {smallest}, der Test könnte "
              "keinen Unterschied zeigen",
        "en": "only {n} pairs differ; the smallest possible p-value would be {smallest}, so the test could not "
              "show a difference",
    },
    "cmp.reason.one_pair": {"de": "nur ein Paar", "en": "one pair only"},
    "cmp.method.exact": {"de": "exakte Verteilung", "en": "exact distribution"},
    "cmp.method.normal approximation": {"de": "Normalapproximation", "en": "normal approximation"},
    "cmp.def.interactions": {"de": "Interaktionen = {parts}", "en": "Interactions = {parts}"},
    "cmp.def.as_of": {
        "de": "Stichtag: Zahlen je Beitrag aus der letzten Messung bis {at}",
        "en": "As of: per post the latest measurement up to {at}",
    },
    "cmp.def.age": {
        "de": "Alter: je Beitrag die erste Messung zwischen {age} und {age} + {tolerance} nach Veröffentlichung",
        "en": "Age: per post the first measurement between {age} and {age} + {tolerance} after posting",
    },
    "cmp.def.matching": {
        "de": "Paare: gleicher Text nach Normalisierung innerhalb von {window}, sonst unscharf ab Ähnlichkeit "
              "{threshold}; eins zu eins",
        "en": "Pairs: same text after normalisation within {window}, else fuzzy from similarity {threshold}; "
              "one to one",
    },
    "cmp.def.overrides": {"de": "Vorgaben-Datei: {path}", "en": "Overrides file: {path}"},
    "cmp.def.excluded": {
        "de": "Reposts (geteilte fremde Beiträge) sind ausgeschlossen: {a} {na}, {b} {nb}",
        "en": "Reposts (shared posts of others) are excluded: {a} {na}, {b} {nb}",
    },
    "cmp.def.private": {
        "de": "Beiträge nur für Follower sind ausgeschlossen (mit --visibility private einbeziehen): {a} {na}, "
              "{b} {nb}; Direktnachrichten werden nie gespeichert",
        "en": "Followers-only posts are excluded (include them with --visibility private): {a} {na}, {b} {nb}; "
              "direct messages are never stored",
    },
    "cmp.def.private_included": {
        "de": "Beiträge nur für Follower sind einbezogen (--visibility)",
        "en": "Followers-only posts are included (--visibility)",
    },
    "cmp.def.undated": {
        "de": "{n} Beiträge ohne Veröffentlichungszeit (von Hand erfasst) können nicht gepaart werden",
        "en": "{n} posts without a posting time (typed in by hand) cannot be paired",
    },
    "cmp.def.unresolved": {
        "de": "Erzwungene Paare, deren Beiträge nicht im Vergleich sind: {pairs}",
        "en": "Forced pairs whose posts are not in the comparison: {pairs}",
    },
    "cmp.def.difference": {"de": "Differenz = b − a ({b} minus {a})", "en": "Difference = b − a ({b} minus {a})"},
    "cmp.def.days": {
        "de": "Monat, Wochentag und Tag nach der Zeit des Beitrags auf {a}",
        "en": "Month, weekday and day follow the time of the post on {a}",
    },
    "cmp.measured_side": {
        "de": "{label}: {n} Beiträge, davon {with_figures} mit Zahlen. {sources}",
        "en": "{label}: {n} posts, {with_figures} with figures. {sources}",
    },
    "cmp.measured_source": {
        "de": "{source}: {n} Beiträge, gemessen {first} bis {last}",
        "en": "{source}: {n} posts, measured {first} to {last}",
    },
    "cmp.source.api": {"de": "Plattform-API (Abrufzeit)", "en": "platform API (time of fetch)"},
    "cmp.source.archive": {"de": "Archiv (Erstellungszeit des Archivs)", "en": "archive (time the archive was made)"},
    "cmp.source.manual": {"de": "Tabelle, von Hand erfasst", "en": "table typed in by hand"},
    "cmp.charts": {"de": "Diagramme", "en": "Charts"},
    "cmp.chart.as_of": {"de": "Stand: {at}", "en": "As of {at}"},
    "cmp.chart.at_age": {"de": "Zahlen bei Beitragsalter {age} (Toleranz {tolerance})",
                         "en": "Figures at post age {age} (tolerance {tolerance})"},
    "cmp.chart.timezone": {"de": "Zeiten: {tz}", "en": "times in {tz}"},
    "cmp.chart.pairs": {"de": {"one": "{n} Paar", "other": "{n} Paare"},
                        "en": {"one": "{n} pair", "other": "{n} pairs"}},
    "cmp.chart.sources": {"de": "Quelle: {sources}", "en": "Source: {sources}"},
    "cmp.chart.source.api": {"de": "API-Abruf", "en": "API fetch"},
    "cmp.chart.source.archive": {"de": "Archiv", "en": "archive"},
    "cmp.chart.source.manual": {"de": "Tabelle", "en": "table"},
    "cmp.chart.source_item": {"de": "{source} vom {day}", "en": "{source} of {day}"},
    "cmp.chart.daily": {"de": "Interaktionen pro Tag (Paare)", "en": "Interactions per day (pairs)"},
    "cmp.chart.scatter": {"de": "Jedes Paar: {a} gegen {b}", "en": "Each pair: {a} against {b}"},
    "cmp.chart.log": {"de": "Interaktionen (logarithmische Skala)", "en": "Interactions (logarithmic scale)"},
    "cmp.chart.interactions": {"de": "Interaktionen", "en": "Interactions"},
    "cmp.chart.diagonal": {"de": "gleich viel", "en": "equal"},
    "cmp.chart.day": {"de": "Tag", "en": "Day"},
    "cmp.by_month": {"de": "Nach Monat", "en": "By month"},
    "cmp.by_weekday": {"de": "Nach Wochentag", "en": "By weekday"},
    "cmp.group": {"de": "Gruppe", "en": "Group"},
    "cmp.wins_of": {"de": "Siege {label}", "en": "Wins {label}"},
    "cmp.median_of": {"de": "Median {label}", "en": "Median {label}"},
    "cmp.ties": {"de": "Gleich", "en": "Ties"},
    "cmp.median_ratio": {"de": "Median Verhältnis", "en": "Median ratio"},
    "cmp.pairs": {"de": "Paare", "en": "Pairs"},
    "cmp.date": {"de": "Datum", "en": "Date"},
    "cmp.text": {"de": "Text", "en": "Text"},
    "cmp.difference": {"de": "Differenz", "en": "Difference"},
    "cmp.ratio_col": {"de": "Verhältnis", "en": "Ratio"},
    "cmp.method": {"de": "Zuordnung", "en": "Match"},
    "cmp.col.text_of": {"de": "Text auf {label}", "en": "Text on {label}"},
    "cmp.col.interactions_of": {"de": "Interaktionen {label}", "en": "Interactions {label}"},
    "cmp.col.reason": {"de": "Grund", "en": "Reason"},
    "cmp.col.pairs": {"de": "Paare", "en": "Pairs"},
    "cmp.match.exact": {"de": "gleicher Text", "en": "same text"},
    "cmp.match.fuzzy": {"de": "ähnlicher Text", "en": "similar text"},
    "cmp.match.forced": {"de": "vorgegeben", "en": "forced"},
    "cmp.sheet.summary": {"de": "Zusammenfassung", "en": "Summary"},
    "cmp.sheet.unmatched": {"de": "Ohne Gegenstück", "en": "Unmatched"},
    "cmp.sheet.snapshots": {"de": "Messungen", "en": "Snapshots"},
    "cmp.sheet.days": {"de": "Tage", "en": "Days"},
    "cmp.sheet.month": {"de": "Monat", "en": "Month"},
    "cmp.sheet.weekday": {"de": "Wochentag", "en": "Weekday"},
    "cmp.sheet.results": {"de": "Ergebnisse", "en": "Results"},
    "cmp.sheet.share_wins": {"de": "Anteil der Siege", "en": "Share of wins"},
    "cmp.sheet.median_ratio": {"de": "Median des Verhältnisses (b + 1) / (a + 1)",
                               "en": "Median ratio (b + 1) / (a + 1)"},
    "cmp.sheet.interval_low": {"de": "95-%-Intervall: untere Grenze", "en": "95% interval: low"},
    "cmp.sheet.interval_high": {"de": "95-%-Intervall: obere Grenze", "en": "95% interval: high"},
    "cmp.sheet.wilcoxon_p": {"de": "Wilcoxon-Test: p", "en": "Wilcoxon test: p"},
    "cmp.sheet.wilcoxon_r": {"de": "Rang-biseriale Korrelation r", "en": "Rank-biserial correlation r"},
    "cmp.sheet.score": {"de": "Textähnlichkeit (0–100)", "en": "Text similarity (0–100)"},
    "cmp.sheet.minutes_apart": {"de": "Abstand der Beiträge (Minuten)", "en": "Time between the posts (minutes)"},
    "cmp.sheet.difference": {"de": "Differenz {b} − {a}", "en": "Difference {b} − {a}"},
    "cmp.sheet.ratio": {"de": "Verhältnis ({b} + 1) / ({a} + 1)", "en": "Ratio ({b} + 1) / ({a} + 1)"},
    "cmp.sheet.winner": {"de": "Mehr Interaktionen", "en": "More interactions"},
    "cmp.sheet.lacking": {"de": "Ohne Zahlen", "en": "Without figures"},
    "cmp.sheet.mean_of": {"de": "Mittelwert {label}", "en": "Mean {label}"},
    "cmp.sheet.generated": {"de": "Erstellt am {when} mit reichweite {version}",
                            "en": "Generated {when} by reichweite {version}"},
    "cmp.winner.a": {"de": "{a}", "en": "{a}"},
    "cmp.winner.b": {"de": "{b}", "en": "{b}"},
    "cmp.winner.tie": {"de": "gleich", "en": "tie"},
    "cmp.link": {"de": "Link", "en": "link"},
    "cmp.lacking": {"de": "Paare ohne Zahlen", "en": "Pairs without figures"},
    "cmp.lacking_explain": {
        "de": "Diese Paare fehlen in der Statistik, weil eine Seite zum gewählten Zeitpunkt keine Messung hat.",
        "en": "These pairs are left out of the statistics because a side has no measurement at the chosen time.",
    },
    "cmp.lacking.a": {"de": "keine Messung auf {a}", "en": "no measurement on {a}"},
    "cmp.lacking.b": {"de": "keine Messung auf {b}", "en": "no measurement on {b}"},
    "cmp.lacking.both": {"de": "keine Messung auf beiden Seiten", "en": "no measurement on either side"},
    "cmp.lacking.parts": {"de": "kein gemeinsamer Zahlenbestandteil", "en": "no interaction part known on both"},
    "cmp.unmatched": {"de": "Ohne Gegenstück auf {other}: {label}", "en": "Without a counterpart on {other}: {label}"},
    "cmp.none": {"de": "keine", "en": "none"},
    "cmp.interactions": {"de": "Interaktionen", "en": "Interactions"},
    "cmp.files": {"de": "Dateien", "en": "Files"},
    "cmp.wd.mon": {"de": "Mo", "en": "Mon"},
    "cmp.wd.tue": {"de": "Di", "en": "Tue"},
    "cmp.wd.wed": {"de": "Mi", "en": "Wed"},
    "cmp.wd.thu": {"de": "Do", "en": "Thu"},
    "cmp.wd.fri": {"de": "Fr", "en": "Fri"},
    "cmp.wd.sat": {"de": "Sa", "en": "Sat"},
    "cmp.wd.sun": {"de": "So", "en": "Sun"},
}
