"""Texts of the errors raised about comparisons, overrides, periods, schedules and panels (keys named by
`errors.Said`)."""

from __future__ import annotations

from reichweite.report.texts import Table
from reichweite.timeutil import FORMS

TEXTS: Table = {
    "anl.none": {"de": "keine", "en": "none"},
    "anl.no_figure": {"de": "keine Angabe", "en": "None"},
    # the overrides file of a comparison (analysis/matching/overrides.py)
    "anl.ovr.not_found": {"de": "Vorgaben-Datei nicht gefunden", "en": "overrides file not found"},
    "anl.ovr.not_utf8": {"de": "kein UTF-8-Text; die Vorgaben als CSV UTF-8 speichern",
                         "en": "not UTF-8 text; save the overrides as CSV UTF-8"},
    "anl.ovr.header": {"de": "die Kopfzeile muss die Spalten action, a_id, b_id nennen (es fehlt: {missing})",
                       "en": "header must name the columns action, a_id, b_id (missing: {missing})"},
    "anl.ovr.action": {"de": "action muss 'force' oder 'forbid' sein, nicht {value}",
                       "en": "action must be 'force' or 'forbid', not {value}"},
    "anl.ovr.both_ids": {"de": "a_id und b_id sind beide nötig (die ID eines Beitrags oder seine URL)",
                         "en": "both a_id and b_id are needed (a native post id or a post URL)"},
    "anl.ovr.itself": {"de": "ein Beitrag kann kein Paar mit sich selbst bilden ({post})",
                       "en": "a post cannot be paired with itself ({post})"},
    "anl.ovr.forced_twice": {"de": "Beitrag {post} ist schon in Zeile {row} fest einem Paar zugeordnet",
                             "en": "post {post} is already forced into a pair in row {row}"},
    "anl.ovr.both_actions": {"de": "das Paar {a} / {b} ist zugleich vorgegeben (force) und verboten (forbid)",
                             "en": "pair {a} / {b} is both forced and forbidden"},
    "anl.ovr.two_pairs": {
        "de": "die Vorgaben zwingen Beitrag {post} in zwei Paare (eine andere force-Zeile nennt ihn mit anderer ID "
              "oder URL)",
        "en": "overrides force post {post} into two pairs (another force row names it by another id or URL)"},
    "anl.ovr.empty": {"de": "leere Vorgaben-Datei; erwartet eine Kopfzeile: action,a_id,b_id",
                      "en": "empty overrides file; expected a header line: action,a_id,b_id"},
    # how a comparison counts and matches
    "anl.parts": {"de": "--parts {value}: erwartet common, known oder eine Liste aus {parts} (z. B. likes,reposts)",
                  "en": "--parts {value}: expected common, known or a list of {parts} (e.g. likes,reposts)"},
    "anl.parts_twice": {"de": "--parts {value}: ein Teil steht zweimal da",
                        "en": "--parts {value}: a part is named twice"},
    "anl.fuzzy_threshold": {
        "de": "--fuzzy-threshold {value}: erwartet eine Ähnlichkeit von 0 bis 100 (100 schaltet den Abgleich "
              "ähnlicher Texte ab)",
        "en": "--fuzzy-threshold {value}: expected a similarity from 0 to 100 (100 turns fuzzy matching off)"},
    "anl.window_negative": {"de": "das Zeitfenster (window) darf nicht negativ sein",
                            "en": "window must not be negative"},
    "anl.accounts_count": {"de": "es lassen sich 1 bis {most} Konten vergleichen, nicht {count}",
                           "en": "between 1 and {most} accounts can be compared, not {count}"},
    "anl.two_accounts": {"de": "ein Vergleich braucht mindestens zwei Konten",
                         "en": "at least two accounts are needed for a comparison"},
    "anl.no_groups": {"de": "Kein Beitrag eines Kontos passte zu einem Beitrag eines anderen.",
                      "en": "No post of one account matched a post of another."},
    # which interaction parts a comparison counted (the note on stderr)
    "anl.parts.compared_on": {"de": "verglichen auf {used}: {reasons}", "en": "compared on {used}: {reasons}"},
    "anl.parts.plus": {"de": "{first} + {rest}", "en": "{first} + {rest}"},
    "anl.parts.nothing": {"de": "nichts", "en": "nothing"},
    "anl.parts.unknown": {"de": "{part} unbekannt bei {missing} von {total} Beiträgen von {label}{when}{why}",
                          "en": "{part} unknown for {missing} of {total} {label} posts{when}{why}"},
    "anl.parts.x_replies": {
        "de": " (das X-Archiv enthält keine Antwortzahlen; mit `reichweite import table` nachtragen)",
        "en": " (the X archive has no reply counts; add them with `reichweite import table`)"},
    "anl.part.replies": {"de": "Antworten", "en": "replies"},
    "anl.part.reposts": {"de": "Reposts", "en": "reposts"},
    "anl.part.likes": {"de": "Likes", "en": "likes"},
    "anl.part.quotes": {"de": "Zitate", "en": "quotes"},
    # panels
    "anl.composition": {
        "de": "--composition {value}: as-of oder fixed:DATUM angeben (z. B. fixed:2021-09-20 oder fixed:20.09.2021)",
        "en": "composition {value}: use as-of or fixed:DATE (e.g. fixed:2021-09-20 or fixed:20.09.2021)"},
    "anl.no_measurement": {"de": "keine Messung am {day}; Messtage: {dates}",
                           "en": "no measurement on {day}; measurement dates: {dates}"},
    "anl.panel_no_measurements": {"de": "Panel {panel}: keine Messungen von {platforms}{period}.",
                                  "en": "Panel {panel}: no measurements of {platforms}{period}."},
    "anl.in_that_period": {"de": " in diesem Zeitraum", "en": " in that period"},
    "anl.panel.unknown": {
        "de": "kein Panel {name}; bekannte Panels: {known}. Eines anlegen mit `reichweite panel import NAME DATEI`.",
        "en": "no panel {name}; known panels: {known}. Add one with `reichweite panel import NAME FILE`."},
    "anl.panel.no_rows": {"de": "die Tabelle der Mitglieder hat keine Zeilen",
                          "en": "the membership table has no rows"},
    "anl.panel.several": {"de": "{name} ({where}) passt zu mehreren Unternehmen: {fits}; die Spalte isin angeben",
                          "en": "{name} ({where}) fits several companies: {fits}; give the isin column"},
    "anl.panel.unknown_names": {
        "de": {"one": "{n} unbekanntes Unternehmen: {names}. Den Namen korrigieren oder ihn als neues Unternehmen "
                      "hinzufügen: reichweite import companies {path} --add-unknown",
               "other": "{n} unbekannte Unternehmen: {names}. Die Namen korrigieren oder sie als neue Unternehmen "
                        "hinzufügen: reichweite import companies {path} --add-unknown"},
        "en": {"one": "{n} unknown company: {names}. Fix the names, or add them as new companies: reichweite import "
                      "companies {path} --add-unknown",
               "other": "{n} unknown companies: {names}. Fix the names, or add them as new companies: reichweite "
                        "import companies {path} --add-unknown"}},
    "anl.panel.unknown_several": {"de": "{name} ({where}) passt zu mehreren Unternehmen: {names} — die ISIN angeben",
                                  "en": "{name} ({where}) fits several companies: {names} — give the isin"},
    "anl.panel.unknown_closest": {"de": "{name} ({where}); am ähnlichsten bekannt: {names}",
                                  "en": "{name} ({where}); closest known: {names}"},
    "anl.panel.unknown_none": {"de": "{name} ({where}); kein ähnlicher Name bekannt",
                               "en": "{name} ({where}); no similar name known"},
    "anl.panel.duplicate": {
        "de": "doppelte Messung von {company} auf {platform} für {day}: {first} ({first_company}) und {second} "
              "({second_company})",
        "en": "duplicate measurement of {company} on {platform} for {day}: {first} ({first_company}) and {second} "
              "({second_company})"},
    "anl.panel.stored_other": {
        "de": "{where}: {company} auf {platform} für {day} ist schon mit anderen Zahlen gespeichert (aus {origin}): "
              "Follower {followers_then} gegenüber {followers}, Mitarbeitende {employees_then} gegenüber {employees}",
        "en": "{where}: {company} on {platform} for {day} is already stored with other figures (from {origin}): "
              "followers {followers_then} vs {followers}, employees {employees_then} vs {employees}"},
    # periods of figures over time
    "anl.period_reversed": {"de": "das Ende des Zeitraums liegt vor seinem Anfang",
                            "en": "the end of the period lies before its start"},
    "anl.to_before_from": {"de": "--to liegt vor --from", "en": "--to lies before --from"},
    "anl.first_after_to": {"de": "Die ersten Kontozahlen stammen vom {first}, nach --to.",
                           "en": "The first account figures are from {first}, after --to."},
    "anl.no_activity_source": {"de": "{source}: weder ein Export (Zip oder Ordner) noch eine Datenbank",
                               "en": "{source}: no such export (zip or folder) or store"},
    "anl.no_activity": {"de": "{source}: keine Einladungen oder Kontakte zum Zählen",
                        "en": "{source}: no invitations or connections to count"},
    # the watch list (schedule.py)
    "anl.watch.duration": {"de": "{path}: {setting} = {value} ist keine Dauer (z. B. 1h, 24h, 7d)",
                           "en": "{path}: {setting} = {value} is not a duration (use e.g. 1h, 24h, 7d)"},
    "anl.watch.toml": {"de": "{path}: kein gültiges TOML ({detail})", "en": "{path}: not valid TOML ({detail})"},
    "anl.watch.sections": {
        "de": "{path}: unbekannte(r) Abschnitt(e) {sections}; erwartet [plan] und Abschnitte der Plattformen "
              "{platforms}",
        "en": "{path}: unknown section(s) {sections}; expected [plan] and platform sections {platforms}"},
    "anl.watch.post_ages": {"de": '{path}: plan.post_ages muss eine Liste sein wie ["1h", "24h", "7d"]',
                            "en": '{path}: plan.post_ages must be a list like ["1h", "24h", "7d"]'},
    "anl.watch.plan_keys": {"de": "{path}: unbekannte(r) Schlüssel in [plan]: {keys}",
                            "en": "{path}: unknown plan key(s) {keys}"},
    "anl.watch.accounts": {"de": "{path}: [{platform}] accounts muss eine Liste von Konten (Handles) sein",
                           "en": "{path}: [{platform}] accounts must be a list of handles"},
    "anl.watch.options": {"de": "{path}: [{platform}] unbekannte Option(en) {options} (erlaubt: accounts, {allowed})",
                          "en": "{path}: [{platform}] unknown option(s) {options} (allowed: accounts, {allowed})"},
    # durations, dates and times as written (timeutil.py)
    "anl.too_long": {"de": "{value} ist zu lang: höchstens {days}d (100 Jahre)",
                     "en": "{value} is too long: at most {days}d (100 years)"},
    "anl.date.empty": {"de": "leeres Datum", "en": "empty date"},
    "anl.date.calendar": {"de": "{value} ist kein Tag des Kalenders", "en": "{value} is not a date of the calendar"},
    "anl.date.time": {"de": "{value} ist keine Uhrzeit", "en": "{value} is not a time of day"},
    "anl.date.hour12": {"de": "{value}: {hour} ist keine Stunde einer 12-Stunden-Uhr",
                        "en": "{value}: {hour} is not an hour on a 12-hour clock"},
    "anl.date.offset": {"de": "{value} ist kein Zeitzonenversatz", "en": "{value} is not a time zone offset"},
    "anl.date.not_a_zone": {"de": "{value}: {rest} nach der Uhrzeit ist keine Zeitzone",
                            "en": "{value}: {rest} after the time is not a time zone"},
    "anl.date.zone_ambiguous": {
        "de": "{value}: die Zeitzone {zone} kann {means} bedeuten; stattdessen den Versatz schreiben (z. B. -06:00)",
        "en": "{value}: the time zone {zone} can mean {means}; write the offset instead (e.g. -06:00)"},
    "anl.zone.cst": {"de": "US-Zentralzeit, China oder Kuba", "en": "US Central, China or Cuba"},
    "anl.zone.ist": {"de": "Indien, Irland oder Israel", "en": "India, Ireland or Israel"},
    "anl.zone.bst": {"de": "britische Sommerzeit oder Bangladesch", "en": "British Summer or Bangladesh"},
    "anl.zone.ast": {"de": "Atlantik oder Arabien", "en": "Atlantic or Arabia"},
    "anl.zone.sst": {"de": "Samoa oder Singapur", "en": "Samoa or Singapore"},
    "anl.date.zone_unknown": {
        "de": "{value}: unbekannte Zeitzone {zone} (einen Versatz wie +01:00 schreiben oder UTC, CET, MESZ, PST, "
              "EST …)",
        "en": "{value}: unknown time zone {zone} (write an offset like +01:00, or UTC, CET, MESZ, PST, EST …)"},
    "anl.date.day_or_month": {"de": "{value}: Tag oder Monat zuerst? 2026-05-12 oder 12.05.2026 schreiben",
                              "en": "{value}: day or month first? Write 2026-05-12 or 12.05.2026"},
    "anl.date.time_without_date": {
        "de": "{value} ist eine Uhrzeit ohne Datum (den Tag dazuschreiben, z. B. 21.11.2023 {time})",
        "en": "{value} is a time without a date (write the day too, e.g. 21.11.2023 {time})"},
    "anl.date.time_alone": {"de": "{value} ist eine Uhrzeit ohne Datum", "en": "{value} is a time without a date"},
    "anl.date.number": {
        "de": "{value} ist eine Zahl, kein Datum (z. B. 2023-11-21, 21.11.2023, 21.11.23, 9 Sep 2022 oder "
              "2023-11-21 09:15, auch mit Zeitzone: UTC, +01:00)",
        "en": "{value} is a number, not a date (use " + FORMS + ")"},
    "anl.date.range": {"de": "{value} liegt außerhalb des Bereichs (vor dem Jahr 1 oder nach 9999 in UTC)",
                       "en": "{value} is out of range (before year 1 or after 9999 in UTC)"},
    "anl.date.with_time": {"de": "{value}: erwartet ein Datum ohne Uhrzeit (z. B. 2023-11-21 oder 21.11.2023)",
                           "en": "{value}: expected a date without a time (e.g. 2023-11-21 or 21.11.2023)"},
    "anl.date.mixed": {
        "de": "{what} mischt Daten mit dem Tag zuerst ({days}) und mit dem Monat zuerst ({months}); sie als "
              "2026-05-13 oder 13.05.2026 schreiben",
        "en": "{what} mixes day-first dates ({days}) and month-first dates ({months}); write them as 2026-05-13 or "
              "13.05.2026"},
    "anl.date.undecided": {
        "de": "{what}: Daten mit Schrägstrich, bei denen Tag oder Monat zuerst stehen kann ({places}), und keines, "
              "das es entscheidet; sie als 2026-05-12 oder 12.05.2026 schreiben",
        "en": "{what}: slash dates that could be day or month first ({places}) and none that tells; write them as "
              "2026-05-12 or 12.05.2026"},
    "anl.date.places": {"de": "{places}{more}", "en": "{places}{more}"},
    "anl.date.more": {"de": {"one": " und {n} weitere", "other": " und {n} weitere"},
                      "en": {"one": " and {n} more", "other": " and {n} more"}},
    "anl.date.column": {"de": "Spalte {column}", "en": "column {column}"},
    "anl.date.row": {"de": "Zeile {n}", "en": "row {n}"},
}
