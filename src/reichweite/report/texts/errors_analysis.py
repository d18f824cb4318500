"""Texts of the errors raised about comparisons, overrides, periods, schedules and panels (keys named by
`errors.Said`)."""

from __future__ import annotations

from reichweite.report.texts import Table

TEXTS: Table = {
    "anl.none": {"de": "keine", "en": "none"},
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
    # panels
    "anl.composition": {
        "de": "--composition {value}: as-of oder fixed:DATUM angeben (z. B. fixed:2021-09-20 oder fixed:20.09.2021)",
        "en": "composition {value}: use as-of or fixed:DATE (e.g. fixed:2021-09-20 or fixed:20.09.2021)"},
    "anl.no_measurement": {"de": "keine Messung am {day}; Messtage: {dates}",
                           "en": "no measurement on {day}; measurement dates: {dates}"},
    "anl.panel_no_measurements": {"de": "Panel {panel}: keine Messungen von {platforms}{period}.",
                                  "en": "Panel {panel}: no measurements of {platforms}{period}."},
    "anl.in_that_period": {"de": " in diesem Zeitraum", "en": " in that period"},
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
}
