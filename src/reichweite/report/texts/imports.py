"""Texts of `reichweite import …`: the summary line of each kind of file, and what the store got."""

from __future__ import annotations

from reichweite.report.texts import Table

TEXTS: Table = {
    # counts, each with its plural forms
    "imp.n.posts": {"de": {"one": "{n} Beitrag", "other": "{n} Beiträge"},
                    "en": {"one": "{n} post", "other": "{n} posts"}},
    "imp.n.new": {"de": "{n} neu", "en": "{n} new"},
    "imp.n.known": {"de": "{n} bekannt", "en": "{n} known"},
    "imp.n.reposts": {"de": "{n} Reposts", "en": {"one": "{n} repost", "other": "{n} reposts"}},
    "imp.n.replies": {"de": {"one": "{n} Antwort", "other": "{n} Antworten"},
                      "en": {"one": "{n} reply", "other": "{n} replies"}},
    "imp.n.rows": {"de": {"one": "{n} Zeile", "other": "{n} Zeilen"}, "en": {"one": "{n} row", "other": "{n} rows"}},
    "imp.n.snapshots_added": {"de": {"one": "{n} Messung gespeichert", "other": "{n} Messungen gespeichert"},
                              "en": {"one": "{n} snapshot added", "other": "{n} snapshots added"}},
    # x-archive
    "imp.x.line": {
        "de": "X-Archiv {author}: {posts} ({new}, {known}; {reposts}, {replies}{extra}), {snapshots}, Stand {when} "
              "({source})",
        "en": "x-archive {author}: {posts} ({new}, {known}; {reposts}, {replies}{extra}), {snapshots}, observed_at "
              "{when} ({source})",
    },
    "imp.x.earlier": {
        "de": {"one": "{n} frühere Fassung bearbeiteter Tweets ausgelassen",
               "other": "{n} frühere Fassungen bearbeiteter Tweets ausgelassen"},
        "en": {"one": "{n} earlier version of edited tweets left out",
               "other": "{n} earlier versions of edited tweets left out"},
    },
    "imp.x.long": {
        "de": {"one": "{n} langer Beitrag mit vollem Text aus note-tweet.js",
               "other": "{n} lange Beiträge mit vollem Text aus note-tweet.js"},
        "en": {"one": "{n} long post given its full text from note-tweet.js",
               "other": "{n} long posts given their full text from note-tweet.js"},
    },
    "imp.x.unmatched_notes": {"de": " ({n} seiner {total} Notizen passten zu keinem Beitrag)",
                              "en": " ({n} of its {total} notes matched no post)"},
    "imp.x.completed": {"de": ", davon {n} zuvor gekürzt gespeichert und nun vervollständigt",
                        "en": ", {n} of them stored cut off before and now completed"},
    "imp.x.from_manifest": {"de": "generationDate des Archivs aus {file}", "en": "archive generationDate from {file}"},
    "imp.x.from_mtime": {"de": "Änderungszeit von {file} (kein manifest.js mit generationDate)",
                         "en": "modification time of {file} (no manifest with generationDate)"},
    # mastodon-archive
    "imp.mastodon.line": {
        "de": "Mastodon-Archiv von {handle}: {items} ({own}, {boosts}), {new}{private}; {direct}; {skipped}. "
              "Das Archiv enthält keine Zahlen (Likes, Boosts, Antworten): keine Messungen gespeichert; "
              "hole sie mit `reichweite collect mastodon`.",
        "en": "Mastodon archive of {handle}: {items} ({own}, {boosts}), {new}{private}; {direct}; {skipped}. "
              "The archive holds no counts (likes, boosts, replies): no snapshots were stored; collect them with "
              "`reichweite collect mastodon`.",
    },
    "imp.mastodon.unknown": {"de": "unbekanntem Konto", "en": "unknown account"},
    "imp.mastodon.items": {"de": {"one": "{n} Eintrag", "other": "{n} Einträge"},
                           "en": {"one": "{n} item", "other": "{n} items"}},
    "imp.mastodon.own": {"de": {"one": "{n} eigener Beitrag", "other": "{n} eigene Beiträge"},
                         "en": {"one": "{n} own post", "other": "{n} own posts"}},
    "imp.mastodon.boosts": {"de": {"one": "{n} Boost als Repost", "other": "{n} Boosts als Reposts"},
                            "en": {"one": "{n} boost marked as repost", "other": "{n} boosts marked as reposts"}},
    "imp.private": {
        "de": "; davon {n} nur für Folgende (in Listen und Berichten nur mit --visibility private)",
        "en": "; {n} of them followers-only (left out of listings and reports unless --visibility private)",
    },
    "imp.direct": {"de": {"one": "{n} Direktnachricht ausgelassen (nie gespeichert)",
                          "other": "{n} Direktnachrichten ausgelassen (nie gespeichert)"},
                   "en": {"one": "{n} direct message left out (never stored)",
                          "other": "{n} direct messages left out (never stored)"}},
    "imp.mastodon.skipped": {"de": {"one": "{n} andere Aktivität übersprungen",
                                    "other": "{n} andere Aktivitäten übersprungen"},
                             "en": {"one": "{n} other activity skipped", "other": "{n} other activities skipped"}},
    # table
    "imp.table.line": {"de": "Tabelle {file}: {parts}; Stichtag {span} ({source})",
                       "en": "table {file}: {parts}; observed_at {span} ({source})"},
    "imp.table.part": {"de": "{layout}{sheet}: {rows}, {counts}", "en": "{layout}{sheet}: {rows}, {counts}"},
    "imp.table.from_at": {"de": "aus --at, wo die Tabelle keinen nennt",
                          "en": "from --at where the table gives none"},
    "imp.table.from_column": {"de": "aus der Spalte Stichtag", "en": "from the observed_at column"},
    "imp.table.stand_ins": {
        "de": ". Beiträge ohne Link oder ID sind unter Ersatz-IDs aus Konto, Tag und Text gespeichert ({shown}); "
              "ein späterer Import mit ihren Links oder das Abrufen des Kontos führt sie zusammen",
        "en": ". Posts without link or id are stored under stand-in ids from account, day and text ({shown}); "
              "importing them later with their links, or collecting the account, joins them",
    },
    "imp.table.in_all": {"de": " … ({n} insgesamt)", "en": " … ({n} in all)"},
    "imp.layout.posts": {"de": "Beiträge", "en": "posts"},
    "imp.layout.posts-wide": {"de": "Beiträge nebeneinander", "en": "posts-wide"},
    "imp.layout.accounts": {"de": "Konten", "en": "accounts"},
    "imp.layout.polls": {"de": "Umfragen", "en": "polls"},
    "imp.layout.companies": {"de": "Unternehmen", "en": "companies"},
    "imp.layout.companies-wide": {"de": "Unternehmen (breit)", "en": "companies-wide"},
    "imp.count.posts_new": {"de": {"one": "{n} neuer Beitrag", "other": "{n} neue Beiträge"},
                            "en": {"one": "{n} post new", "other": "{n} posts new"}},
    "imp.count.posts_known": {"de": {"one": "{n} bekannter Beitrag", "other": "{n} bekannte Beiträge"},
                              "en": {"one": "{n} post known", "other": "{n} posts known"}},
    "imp.count.snapshots_added": {"de": {"one": "{n} Messung gespeichert", "other": "{n} Messungen gespeichert"},
                                  "en": {"one": "{n} snapshot added", "other": "{n} snapshots added"}},
    "imp.count.rows_joined_by_day_and_text": {
        "de": {"one": "{n} Zeile über Tag und Text zugeordnet", "other": "{n} Zeilen über Tag und Text zugeordnet"},
        "en": {"one": "{n} row joined by day and text", "other": "{n} rows joined by day and text"}},
    "imp.count.stand_ins_joined_by_day_and_text": {
        "de": {"one": "{n} Ersatz-ID über Tag und Text zugeordnet", "other": "{n} Ersatz-IDs über Tag und Text "
               "zugeordnet"},
        "en": {"one": "{n} stand-in joined by day and text", "other": "{n} stand-ins joined by day and text"}},
    "imp.count.account_snapshots_added": {
        "de": {"one": "{n} Kontomessung gespeichert", "other": "{n} Kontomessungen gespeichert"},
        "en": {"one": "{n} account snapshot added", "other": "{n} account snapshots added"}},
    "imp.count.accounts": {"de": {"one": "{n} Konto", "other": "{n} Konten"},
                           "en": {"one": "{n} account", "other": "{n} accounts"}},
    "imp.count.company_snapshots_added": {
        "de": {"one": "{n} Unternehmensmessung gespeichert", "other": "{n} Unternehmensmessungen gespeichert"},
        "en": {"one": "{n} company snapshot added", "other": "{n} company snapshots added"}},
    "imp.count.already_stored": {"de": "{n} schon gespeichert", "en": "{n} already stored"},
    # companies, company-page
    "imp.companies.line": {
        "de": "{file}: {rows}, {added}, {stored}, {new_companies}; {companies}, {platforms}, {dates} ({span})",
        "en": "{file}: {rows}, {added}, {stored}, {new_companies}; {companies}, {platforms}, {dates} ({span})",
    },
    "imp.companies.added": {"de": {"one": "{n} neue Messung", "other": "{n} neue Messungen"},
                            "en": {"one": "{n} new measurement", "other": "{n} new measurements"}},
    "imp.companies.stored": {"de": "{n} schon gespeichert", "en": "{n} already stored"},
    "imp.companies.new": {"de": {"one": "{n} neues Unternehmen", "other": "{n} neue Unternehmen"},
                          "en": {"one": "{n} new company", "other": "{n} new companies"}},
    "imp.companies.companies": {"de": {"one": "{n} Unternehmen", "other": "{n} Unternehmen"},
                                "en": {"one": "{n} company", "other": "{n} companies"}},
    "imp.companies.dates": {"de": {"one": "{n} Stichtag", "other": "{n} Stichtage"},
                            "en": {"one": "{n} date", "other": "{n} dates"}},
    "imp.companies.no_dates": {"de": "keine Stichtage", "en": "no dates"},
    # linkedin-export
    "imp.li.export.title": {"de": "LinkedIn-Datenexport ({layout}) von {whose}: {path}",
                            "en": "LinkedIn member export, {layout} layout, of {whose}: {path}"},
    "imp.li.export.unknown": {"de": "einem unbekannten Mitglied", "en": "an unknown member"},
    "imp.li.export.beside": {"de": " (laut den Dateien daneben)", "en": " (told by the export's files beside it)"},
    "imp.li.export.part": {"de": "Teil", "en": "part"},
    "imp.li.export.read": {"de": "gelesen", "en": "read"},
    "imp.li.export.new": {"de": "neu", "en": "new"},
    "imp.li.export.failed": {"de": "Fehler", "en": "failed"},
    "imp.li.export.missing": {"de": "nicht im Export: {parts}", "en": "not in the export: {parts}"},
    "imp.li.export.copies": {"de": "{part}: gelesen {file}; auch gefunden, nicht gelesen: {copies}",
                             "en": "{part}: read {file}; also found, not read: {copies}"},
    "imp.li.export.shallowest": {"de": "die oberste Kopie", "en": "the shallowest copy"},
    "imp.li.export.not_imported": {"de": "{part} nicht importiert: {why}", "en": "{part} not imported: {why}"},
    "imp.li.export.line": {"de": "linkedin-export {file} ({layout}): hinzugefügt {added}",
                           "en": "linkedin-export {file} ({layout} layout): added {added}"},
    "imp.li.part.messages": {"de": "Nachrichten", "en": "messages"},
    "imp.li.part.invitations": {"de": "Einladungen", "en": "invitations"},
    "imp.li.part.connections": {"de": "Kontakte", "en": "connections"},
    "imp.li.part.shares": {"de": "Beiträge", "en": "shares"},
    "imp.li.part.votes": {"de": "Umfragestimmen", "en": "votes"},
    "imp.li.part.reactions": {"de": "Reaktionen", "en": "reactions"},
    "imp.li.part.comments": {"de": "Kommentare", "en": "comments"},
    # linkedin-page
    "imp.li.page.creator": {"de": "{file}: Creator-Analysen von {page}{window}{figures}, Zahlen Stand {when}",
                            "en": "{file}: creator analytics of {page}{window}{figures}, figures as of {when}"},
    "imp.li.page.page": {"de": "{file}: Seite {page}, {columns}, exportiert {when}",
                         "en": "{file}: page {page}, {columns}, exported {when}"},
    "imp.li.page.de_columns": {"de": "deutsche Spalten", "en": "German columns"},
    "imp.li.page.en_columns": {"de": "englische Spalten", "en": "English columns"},
    "imp.li.page.impressions": {"de": "Impressionen {n}", "en": "impressions {n}"},
    "imp.li.page.reached": {"de": "erreichte Mitglieder {n}", "en": "members reached {n}"},
    "imp.li.page.sheets": {"de": "Blätter: {sheets}", "en": "sheets: {sheets}"},
    "imp.li.page.read": {"de": "gelesen: {read}", "en": "read: {read}"},
    "imp.li.page.nothing": {"de": "nichts", "en": "nothing"},
    "imp.li.page.unread": {"de": "nicht gelesene Spalten in {sheet}: {names}",
                           "en": "columns not read in {sheet}: {names}"},
    "imp.li.page.added": {"de": "Neu in der Datenbank: {added}", "en": "New in the store: {added}"},
    "imp.li.page.line": {"de": "linkedin-page {files}: hinzugefügt {added}",
                         "en": "linkedin-page {files}: added {added}"},
    "imp.li.what.posts": {"de": "Beiträge", "en": "posts"},
    "imp.li.what.snapshots": {"de": "Messungen", "en": "snapshots"},
    "imp.li.what.days": {"de": "Tage", "en": "days"},
    "imp.li.what.follower snapshots": {"de": "Follower-Messungen", "en": "follower snapshots"},
    "imp.li.what.followers": {"de": "Follower", "en": "followers"},
    "imp.li.what.content": {"de": "Inhalte", "en": "content"},
    "imp.li.what.visitors": {"de": "Besucher", "en": "visitors"},
    "imp.li.what.updates": {"de": "Updates", "en": "updates"},
    "imp.li.what.metrics": {"de": "Kennzahlen", "en": "metrics"},
    "imp.li.what.follower days": {"de": "Follower-Tage", "en": "follower days"},
    "imp.li.what.metric days": {"de": "Kennzahl-Tage", "en": "metric days"},
    "imp.li.what.polls": {"de": "Umfragen", "en": "polls"},
    "imp.li.what.engagement days": {"de": "Interaktions-Tage", "en": "engagement days"},
    "imp.li.what.top posts": {"de": "Top-Beiträge", "en": "top posts"},
    "imp.li.follow.creator": {
        "de": "{page}: Followerzahlen für {count} Tage aus der Gesamtzahl des Exports am {day} minus den neuen "
              "Followern nach jedem Tag (Entfolgungen stehen nicht im Export: Untergrenzen vor diesem Tag).",
        "en": "{page}: follower counts for {count} days from the export's total on {day} minus the new followers "
              "after each day (unfollows are not in the export: lower bounds before that day).",
    },
    "imp.li.follow.running": {"de": "{page}: Followerzahlen aus der laufenden Summe des Exports ({count} Tage).",
                              "en": "{page}: follower counts taken from the export's running total ({count} days)."},
    "imp.li.follow.back": {
        "de": "{page}: Followerzahlen für {count} Tage zurückgerechnet aus {followers} am letzten Tag minus den neuen "
              "Followern nach jedem Tag (Entfolgungen stehen nicht im Export: Untergrenzen).",
        "en": "{page}: follower counts for {count} days back-computed from {followers} on the last day minus the new "
              "followers after each day (unfollows are not in the export: lower bounds).",
    },
    "imp.li.follow.none": {
        "de": "{page}: der Export enthält nur neue Follower pro Tag; gib --followers N an (die Zahl am letzten Tag "
              "des Exports), um Followerzahlen zu speichern.",
        "en": "{page}: the export has new followers per day only; pass --followers N (the count on the export's last "
              "day) to store follower counts.",
    },
    "imp.stored_in": {"de": "Gespeichert in {db}", "en": "Stored in {db}"},
}
