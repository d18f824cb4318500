"""Texts of `reichweite collect …` and the watch list: the summary line of a run, waits, and the watch list's
progress lines."""

from __future__ import annotations

from reichweite.report.texts import Table

TEXTS: Table = {
    "col.line": {"de": "{platform} {handle}{resumed}: {status}; {seen} gelesen auf {pages} ({new}, {known}), "
                       "{snapshots}, {accounts}",
                 "en": "{platform} {handle}{resumed}: {status}; {seen} read in {pages} ({new}, {known}), "
                       "{snapshots}, {accounts}"},
    "col.resumed": {"de": " (fortgesetzt ab dem gespeicherten Cursor)", "en": " (resumed from the saved cursor)"},
    "col.status.ok": {"de": "fertig", "en": "ok"},
    "col.status.partial": {"de": "teilweise", "en": "partial"},
    "col.status.failed": {"de": "fehlgeschlagen", "en": "failed"},
    "col.status.running": {"de": "läuft", "en": "running"},
    "col.pages": {"de": {"one": "{n} Seite", "other": "{n} Seiten"}, "en": {"one": "{n} page", "other": "{n} pages"}},
    "col.snapshots": {"de": {"one": "{n} Beitragsmessung", "other": "{n} Beitragsmessungen"},
                      "en": {"one": "{n} post snapshot", "other": "{n} post snapshots"}},
    "col.accounts": {"de": {"one": "{n} Kontomessung", "other": "{n} Kontomessungen"},
                     "en": {"one": "{n} account snapshot", "other": "{n} account snapshots"}},
    "col.remeasured": {"de": ", {n} erneut gemessen", "en": ", {n} re-measured"},
    "col.skipped": {"de": {"one": ", {n} Repost des Kontos übersprungen", "other": ", {n} Reposts des Kontos "
                           "übersprungen"},
                    "en": {"one": ", {n} repost by the account skipped",
                           "other": ", {n} reposts by the account skipped"}},
    "col.older": {"de": ", {n} älter als --since ausgelassen", "en": ", {n} older than --since left out"},
    "col.private": {
        "de": {"one": "; {n} Beitrag nur für Folgende gespeichert (in Listen und Berichten nur mit --visibility "
                      "private)",
               "other": "; {n} Beiträge nur für Folgende gespeichert (in Listen und Berichten nur mit --visibility "
                        "private)"},
        "en": {"one": "; {n} followers-only post stored (left out of listings and reports unless --visibility "
                      "private)",
               "other": "; {n} followers-only posts stored (left out of listings and reports unless --visibility "
                        "private)"},
    },
    "col.direct": {"de": {"one": "; {n} Direktnachricht ausgelassen (nie gespeichert)",
                          "other": "; {n} Direktnachrichten ausgelassen (nie gespeichert)"},
                   "en": {"one": "; {n} direct message left out (never stored)",
                          "other": "; {n} direct messages left out (never stored)"}},
    "col.message": {"de": " — {message}", "en": " — {message}"},
    "col.wait": {"de": "{why}: warte {n} s vor der nächsten Anfrage",
                 "en": "{why}: waiting {n} s before the next request"},
    "col.why.429": {"de": "Ratenlimit von {host} erreicht (HTTP 429)", "en": "rate limit of {host} reached (HTTP 429)"},
    "col.why.used_up": {"de": "Ratenlimit von {host} bis {until} UTC aufgebraucht",
                        "en": "rate limit of {host} used up until {until} UTC"},
    "col.why.retry": {"de": "{host}: {problem} (Versuch {attempt} von {attempts})",
                      "en": "{host} {problem} (attempt {attempt} of {attempts})"},
    "col.problem.http": {"de": "Antwort HTTP {status}", "en": "answered HTTP {status}"},
    "col.problem.timeout": {"de": "Zeitüberschreitung", "en": "timed out"},
    "col.problem.connection": {"de": "Verbindung fehlgeschlagen ({kind})", "en": "connection failed ({kind})"},
    "col.failed_accounts": {
        "de": {"one": "{n} von {total} Konten fehlgeschlagen; die anderen wurden abgerufen.",
               "other": "{n} von {total} Konten fehlgeschlagen; die anderen wurden abgerufen."},
        "en": {"one": "{n} of {total} account(s) failed; the others were collected.",
               "other": "{n} of {total} account(s) failed; the others were collected."},
    },
    # the watch list
    "watch.no_api": {"de": "{platform}: keine API; Zahlen kommen aus Importen (`reichweite import …`), nichts "
                           "abzurufen.",
                     "en": "{platform}: no API; figures come from imports (`reichweite import …`), nothing to "
                           "collect."},
    "watch.failed": {"de": "{platform} {handle}: fehlgeschlagen — {why}", "en": "{platform} {handle}: failed — {why}"},
    "watch.missed": {"de": {"one": "{n} Messung früher verpasst (Zeitfenster vorbei)",
                            "other": "{n} Messungen früher verpasst (Zeitfenster vorbei)"},
                     "en": {"one": "{n} measurement(s) missed earlier (window passed)",
                            "other": "{n} measurement(s) missed earlier (window passed)"}},
    "watch.locked": {"de": "Ein anderer Abruf hält {lock}: er läuft gerade; dieser Lauf endet ohne Abruf.",
                     "en": "Another collector holds {lock}: it is running now; this run exits without collecting."},
    "watch.interrupted": {
        "de": {"one": "{n} früherer Lauf wurde vor seinem Ende gestoppt; was er gespeichert hat, bleibt.",
               "other": "{n} frühere Läufe wurden vor ihrem Ende gestoppt; was sie gespeichert haben, bleibt."},
        "en": {"one": "{n} earlier run(s) had been stopped before they finished; what they stored is kept.",
               "other": "{n} earlier run(s) had been stopped before they finished; what they stored is kept."},
    },
    "watch.due": {"de": "Rufe ab, was am {when} fällig ist (Beitragsalter {ages}, Toleranz {tolerance}, Konten alle "
                        "{every})",
                  "en": "Collecting what is due at {when} (post ages {ages}, tolerance {tolerance}, accounts every "
                        "{every})"},
    "watch.next": {"de": "Nächster Abruf am {when}.", "en": "Next collection at {when}."},
    "watch.hint": {"de": "der nächste Lauf der Beobachtungsliste holt nach, was noch fällig ist",
                   "en": "the next run of the watch list takes what is still due"},
    # a run that stopped
    "col.saved": {"de": {"one": "{n} Beitrag von {handle} wurde auf {pages} gespeichert",
                         "other": "{n} Beiträge von {handle} wurden auf {pages} gespeichert"},
                  "en": {"one": "{n} posts of {handle} were saved in {pages}",
                         "other": "{n} posts of {handle} were saved in {pages}"}},
    "col.nothing_saved": {"de": "Nichts wurde gespeichert", "en": "Nothing was saved"},
    "col.how.refused": {"de": "der gespeicherte Cursor wurde abgelehnt: denselben Befehl ohne --resume ausführen, um "
                              "von vorn abzurufen",
                        "en": "the saved cursor was refused: run the same command without --resume to collect from "
                              "the start"},
    "col.how.resume": {"de": "--resume setzt dort fort, wo es aufhörte (oder ohne es alles neu abrufen; doppelt wird "
                             "nichts)",
                       "en": "add --resume to continue from where it stopped (or re-run without it to collect all "
                             "again; no duplicates either way)"},
    "col.how.again": {"de": "denselben Befehl erneut ausführen, um neu zu beginnen",
                      "en": "run the same command again to start over"},
    "col.stopped": {"de": "{url}: {detail}. {saved}; {how}.", "en": "{url}: {detail}. {saved}; {how}."},
    "col.gave_up": {"de": "{problem}; aufgegeben nach {n} Versuchen", "en": "{problem}; gave up after {n} attempts"},
    "col.rate_limited": {"de": "Ratenlimit bei {url} erreicht. {saved}; denselben Befehl {when} erneut ausführen, um "
                               "fortzusetzen.",
                         "en": "Rate limit reached at {url}. {saved}; run the same command again{when} to continue."},
    "col.rate.later": {"de": "später", "en": " later"},
    "col.rate.after": {"de": "nach {when}", "en": " after {when}"},
    "col.rate.saved": {"de": "Was abgerufen wurde, ist gespeichert", "en": "What was fetched is saved"},
    "col.rate.no_date": {"de": "später (die Reset-Zeit des Servers ist kein brauchbares Datum)",
                         "en": " later (the server's reset time is no usable date)"},
}
