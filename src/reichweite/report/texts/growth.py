"""German and English texts of accounts over time (`reichweite accounts … --every`) and of a LinkedIn member's
activity per step (`reichweite linkedin activity`)."""

from __future__ import annotations

from reichweite.report.texts import Table

TEXTS: Table = {
    "growth.title.accounts": {"de": "{account}: Stand am Ende {each} ({tz})",
                              "en": "{account}: as of the end of {each} ({tz})"},
    "growth.title.activity": {"de": "LinkedIn: Einladungen und neue Kontakte je {every} ({tz})",
                              "en": "LinkedIn: invitations and new connections per {every} ({tz})"},
    "growth.every.day": {"de": "Tag", "en": "day"},
    "growth.every.week": {"de": "Woche", "en": "week"},
    "growth.every.month": {"de": "Monat", "en": "month"},
    "growth.each.day": {"de": "jedes Tages", "en": "each day"},
    "growth.each.week": {"de": "jeder Woche", "en": "each week"},
    "growth.each.month": {"de": "jedes Monats", "en": "each month"},
    "growth.step.day": {"de": "Tag", "en": "Day"},
    "growth.step.week": {"de": "Woche", "en": "Week"},
    "growth.step.month": {"de": "Monat", "en": "Month"},
    "growth.until": {"de": "Stand", "en": "As of"},
    "growth.span": {"de": "Zeitraum", "en": "Period"},
    "growth.followers": {"de": "Follower", "en": "Followers"},
    "growth.following": {"de": "Folgt", "en": "Following"},
    "growth.posts": {"de": "Beiträge", "en": "Posts"},
    "growth.invitations_received": {"de": "Einladungen erhalten", "en": "Invitations received"},
    "growth.invitations_sent": {"de": "Einladungen gesendet", "en": "Invitations sent"},
    "growth.connections": {"de": "Neue Kontakte", "en": "New connections"},
    "growth.change": {"de": "Veränderung", "en": "Change"},
    "growth.account": {"de": "Konto", "en": "Account"},
    "growth.chart.figure": {"de": "{figure} am Ende {each}", "en": "{figure} at the end of {each}"},
    "growth.chart.activity": {"de": "LinkedIn: Einladungen und neue Kontakte je {every}",
                              "en": "LinkedIn: invitations and new connections per {every}"},
    "growth.chart.span": {"de": "{first} bis {last} · Kalendertage {tz} · fehlende Punkte: unbekannt, nicht 0",
                          "en": "{first} to {last} · calendar days {tz} · missing points: unknown, not 0"},
    "growth.chart.count": {"de": "Anzahl", "en": "Count"},
    "growth.chart.source.store": {"de": "Quelle: Kontozahlen im Speicher (Sammlungen und Tabellen) · Stand {last}",
                                  "en": "Source: account figures in the store (collected and imported) · as of {last}"},
    "growth.chart.source.export": {"de": "Quelle: LinkedIn-Mitgliederexport {name} · Stand {last}",
                                   "en": "Source: LinkedIn member export {name} · as of {last}"},
    "growth.chart.source.activity": {"de": "Quelle: LinkedIn-Mitgliederexport im Speicher · Stand {last}",
                                     "en": "Source: LinkedIn member export in the store · as of {last}"},
    "growth.note.export": {"de": "Aus dem Mitgliederexport {name}", "en": "From the member export {name}"},
    "growth.note.store": {"de": "Aus dem Speicher", "en": "From the store"},
    "growth.note.undirected": {"de": {"one": "{n} Einladung ohne Richtung nicht gezählt",
                                      "other": "{n} Einladungen ohne Richtung nicht gezählt"},
                               "en": {"one": "{n} invitation without a direction not counted",
                                      "other": "{n} invitations without a direction not counted"}},
    "growth.note.undated": {"de": {"one": "{n} Kontakt ohne Datum nicht gezählt",
                                   "other": "{n} Kontakte ohne Datum nicht gezählt"},
                            "en": {"one": "{n} connection without a date not counted",
                                   "other": "{n} connections without a date not counted"}},
    "growth.note.outside": {"de": {"one": "{n} Ereignis außerhalb des Zeitraums nicht gezählt",
                                   "other": "{n} Ereignisse außerhalb des Zeitraums nicht gezählt"},
                            "en": {"one": "{n} event outside the period not counted",
                                   "other": "{n} events outside the period not counted"}},
    "growth.sheet.table": {"de": "Verlauf", "en": "Over time"},
    "growth.sheet.rows": {"de": "Daten", "en": "Data"},
    "growth.def.accounts": {
        "de": "Werte: die letzte Messung bis zum Ende des Schritts (– = unbekannt, nie 0). In Klammern: Veränderung "
              "zum Schritt davor, absolut und in % des Werts davor.",
        "en": "Figures: the latest measurement up to the end of the step (– = unknown, never 0). In brackets: the "
              "change from the step before, absolute and in % of the value before.",
    },
    "growth.def.activity": {
        "de": "Anzahl je Schritt aus dem Mitgliederexport (Einladungen nach Sendezeit, Kontakte nach dem Tag der "
              "Verbindung). In Klammern: Veränderung zum Schritt davor.",
        "en": "Counts per step from the member export (invitations by the time sent, connections by the day they "
              "were made). In brackets: the change from the step before.",
    },
}
