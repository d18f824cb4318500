"""German and English texts of the templates for figures typed in (`reichweite template …`).

Column texts are keyed `tpl.col.<column>` (shared by the layouts) or `tpl.<layout>.<column>` (one layout's own).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reichweite.report.texts import Table

_DATE = {
    "de": "Datum und Uhrzeit, z. B. 08.03.2026 09:00 oder 2026-03-08 09:00; ohne Zeitzone gilt Europe/Berlin (oder "
          "--tz); ein Datum ohne Uhrzeit meint das Ende dieses Tages",
    "en": "date and time, e.g. 2026-03-08 09:00 or 08.03.2026 09:00; without a time zone it is taken in "
          "Europe/Berlin (or --tz); a date alone means the end of that day",
}
_FIGURE = {
    "de": "ganze Zahl (12345, 12.345 oder wie angezeigt: 4.5K, 1,2 Mio.); leer = unbekannt, nicht 0",
    "en": "whole number (12345, 12.345, 12,345 or as shown: 4.5K, 1,2 Mio.); empty = unknown, not 0",
}


def _figure(de: str, en: str) -> dict[str, str]:
    return {"de": f"{de}: {_FIGURE['de']}", "en": f"{en}: {_FIGURE['en']}"}


def _when(de: str, en: str) -> dict[str, str]:
    return {"de": f"{de}; {_DATE['de']}", "en": f"{en}; {_DATE['en']}"}


TEXTS: Table = {
    "tpl.title": {"de": "reichweite-Tabelle: {layout}", "en": "reichweite table: {layout}"},
    "tpl.readme": {"de": "Anleitung", "en": "README"},
    "tpl.rules": {
        "de": "Zeilen, die mit # beginnen, zählen nicht. Eine leere Zelle heißt unbekannt (nicht 0). Datum: "
              "08.03.2026 09:00, 2026-03-08 09:00 oder 08.03.26; ohne Zeitzone gilt Europe/Berlin; ein Datum ohne "
              "Uhrzeit meint das Ende dieses Tages. Zahlen: 12345, 12.345 und 12,345 sind alle 12345; 1,5 oder 12.5 "
              "werden abgelehnt (Zahlen sind ganz); angezeigte Werte wie 4.5K oder 1,2 Mio. gelten. Spalten "
              "dürfen in beliebiger Reihenfolge stehen, Überschriften deutsch oder englisch.",
        "en": "Rows starting with # are ignored. An empty cell means unknown (not 0). Dates: 2026-03-08 09:00, "
              "08.03.2026 09:00 or 08.03.26; without a time zone they are Europe/Berlin; a date without a time "
              "means the end of that day. Numbers: 12345, 12.345 and 12,345 all mean 12345; 1,5 or 12.5 are "
              "rejected (counts are whole); shown figures like 4.5K or 1,2 Mio. are accepted. Columns may come in "
              "any order, headers in German or English.",
    },
    "tpl.required": {"de": "Pflicht", "en": "required"},
    "tpl.optional": {"de": "freiwillig", "en": "optional"},
    "tpl.yes": {"de": "ja", "en": "yes"},
    "tpl.no": {"de": "nein", "en": "no"},
    "tpl.head.column": {"de": "Spalte", "en": "column"},
    "tpl.head.required": {"de": "Pflicht", "en": "required"},
    "tpl.head.meaning": {"de": "Bedeutung", "en": "meaning"},
    "tpl.head.example": {"de": "Beispiel", "en": "example"},
    "tpl.one_of": {"de": "Jede Zeile braucht eine dieser Spalten: {columns}.",
                   "en": "Each row needs one of: {columns}."},
    "tpl.example_row": {
        "de": "Die Zeile unter der Kopfzeile ist ein Beispiel (sie zählt nicht, solange sie mit # beginnt).",
        "en": "The row below the header is an example (ignored while it starts with #).",
    },
    "tpl.written": {
        "de": "Vorlage ({layout}) geschrieben: {path}. Ausfüllen, dann einlesen mit: {command}",
        "en": "Template for the {layout} layout written to {path}. Fill it in, then run: {command}",
    },
    # what each layout is for
    "tpl.layout.posts": {
        "de": "Zahlen einzelner Beiträge, eingetippt oder vom Bildschirm abgelesen (eine Zeile je Beitrag und "
              "Messung).",
        "en": "Figures of single posts, typed in or read off a screen (one row per post and measurement).",
    },
    "tpl.layout.posts-wide": {
        "de": "Beiträge nebeneinander: eine Zeile je Tag (Datum, Text), eine Spaltengruppe je Konto (Likes, "
              "Antworten, Reposts, Zitate, Aufrufe, Follower). Leere Zahlen einer Gruppe: an dem Tag kein Beitrag "
              "dieses Kontos.",
        "en": "Posts side by side: one row per day (date, text), a group of columns per account (likes, replies, "
              "reposts, quotes, views, followers). A group's figures all empty: no post of that account that day.",
    },
    "tpl.layout.accounts": {
        "de": "Follower, Gefolgte und Beitragszahl von Konten, auch persönlicher Profile wie LinkedIn (eine Zeile "
              "je Konto und Messung).",
        "en": "Followers, following and post counts of accounts, personal profiles such as LinkedIn's too (one row "
              "per account and measurement).",
    },
    "tpl.layout.polls": {
        "de": "Umfragen: Frage, Antwortmöglichkeiten mit ihren Stimmen, Aufrufe, Messzeitpunkt (eine Zeile je "
              "Umfrage und Messung).",
        "en": "Polls: question, options with the votes of each, views, when read (one row per poll and "
              "measurement).",
    },
    # columns shared by the layouts
    "tpl.col.platform": {"de": "Plattform: {platforms}", "en": "platform: {platforms}"},
    "tpl.col.post_url": {"de": "Link zum Beitrag (er benennt den Beitrag; sonst ID oder Datum und Konto)",
                         "en": "link to the post (it names the post; else its id, or the date and the account)"},
    "tpl.col.post_id": {"de": "die ID der Plattform statt eines Links: Tweet-ID, at-uri, LinkedIn-urn",
                        "en": "the platform's id instead of a link: tweet id, at-uri, LinkedIn urn"},
    "tpl.col.created_at": _when("wann der Beitrag erschien", "when the post was published"),
    "tpl.col.text": {"de": "der Text des Beitrags (hilft beim Zuordnen)", "en": "the post's text (helps matching)"},
    "tpl.col.observed_at": _when("wann die Zahlen abgelesen wurden (oder --at)",
                                 "when you read the figures (or --at)"),
    "tpl.col.likes": _figure("Likes/Reaktionen", "likes/reactions"),
    "tpl.col.replies": _figure("Antworten/Kommentare", "replies/comments"),
    "tpl.col.reposts": _figure("Reposts/Retweets/Boosts/geteilt", "reposts/retweets/boosts/shares"),
    "tpl.col.quotes": _figure("Zitate", "quote posts"),
    "tpl.col.views": _figure("Aufrufe/Impressionen (LinkedIn: Impressionen eines eigenen Beitrags)",
                             "views/impressions (LinkedIn: impressions of your own post)"),
    "tpl.col.author": {
        "de": "das Konto (Handle); nötig, wo Link oder ID es nicht nennen (oder --accounts)",
        "en": "the account's handle; needed where the link or id does not name it (or --accounts)",
    },
    "tpl.col.handle": {"de": "das Konto (Handle; Mastodon: @user@instanz; LinkedIn: der Profilname)",
                       "en": "the account's handle (Mastodon: @user@instance; LinkedIn: the profile's name)"},
    "tpl.col.followers": _figure("Follower (LinkedIn-Profil: Follower des Profils); der angezeigte Text bleibt "
                                 "neben der Zahl erhalten",
                                 "followers (LinkedIn profile: the profile's followers); the shown text is kept "
                                 "beside the number"),
    "tpl.col.following": _figure("gefolgte Konten", "accounts followed"),
    "tpl.col.posts": _figure("Zahl der Beiträge", "number of posts"),
    "tpl.col.question": {"de": "die Frage (der Text des Beitrags)", "en": "the question (the post's text)"},
    "tpl.col.option": {"de": "der Text der Antwortmöglichkeit {n}", "en": "the text of option {n}"},
    "tpl.col.option_votes": _figure("Stimmen für Antwortmöglichkeit {n}", "votes for option {n}"),
    "tpl.col.votes": _figure("alle Stimmen, wenn nicht jede Antwortmöglichkeit ihre Stimmen hat",
                             "all votes, when not every option's votes are known"),
    "tpl.col.voters": _figure("Abstimmende (Mehrfachauswahl bei Mastodon)",
                              "people who voted (Mastodon's multiple-choice polls)"),
    "tpl.polls.views": _figure("Aufrufe/Impressionen des Beitrags (Beteiligung = Stimmen / Aufrufe)",
                               "views/impressions of the post (participation = votes / views)"),
    # the wide posts layout
    "tpl.wide.created_at": {"de": "der Tag des Beitrags (08.03.2026; mit Uhrzeit: 08.03.2026 09:00)",
                            "en": "the day of the post (2026-03-08; with a time: 2026-03-08 09:00)"},
    "tpl.wide.text": {"de": "der Text des Beitrags, für alle Konten der Zeile",
                      "en": "the post's text, for every account of the row"},
    "tpl.wide.observed_at": {"de": "wann die Zahlen abgelesen wurden; leer lassen und --at angeben geht auch",
                             "en": "when you read the figures; or leave it empty and give --at"},
    "tpl.wide.figure": {"de": "{figure} des Beitrags von {account} an dem Tag: {rule}",
                        "en": "{figure} of {account}'s post that day: {rule}"},
    "tpl.wide.followers": {"de": "Follower von {account} an dem Tag (gemessen am Datum der Zeile): {rule}",
                           "en": "followers of {account} that day (measured on the row's date): {rule}"},
    "tpl.wide.rule": _FIGURE,
}
