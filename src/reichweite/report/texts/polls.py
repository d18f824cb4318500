"""German and English texts of the polls section and report."""

from __future__ import annotations

from reichweite.report.texts import Table

TEXTS: Table = {
    "polls.title": {"de": "Umfragen", "en": "Polls"},
    "polls.none": {"de": "Keine Umfragen im Zeitraum.", "en": "No polls in the period."},
    "polls.none_as_of": {"de": "Keine Umfragen bis {when}.", "en": "No polls as of {when}."},
    "polls.text.head": {
        "de": "Umfragen, Stand {when} (Zeiten {tz}; Beteiligung = Stimmen / Aufrufe; – = unbekannt)",
        "en": "Polls as of {when} (times {tz}; participation = votes / views; – = unknown)",
    },
    "polls.text.poll": {"de": "{account}  {post}  veröffentlicht {published}, gemessen {measured}",
                        "en": "{account}  {post}  published {published}, measured {measured}"},
    "polls.text.figures": {
        "de": "Stimmen {votes}, Abstimmende {voters}, Aufrufe {views}, Beteiligung {participation}",
        "en": "votes {votes}, voters {voters}, views {views}, participation {participation}",
    },
    "polls.chart.votes": {"de": {"one": "{n} Stimme", "other": "{n} Stimmen"},
                          "en": {"one": "{n} vote", "other": "{n} votes"}},
    "polls.chart.as_of": {"de": "Stand: {when} · Zeiten: {tz}", "en": "As of {when} · times in {tz}"},
    "polls.chart.source": {"de": "Quelle: Plattform-APIs und Tabellen; Anteil = Stimmen der Option / alle Stimmen",
                           "en": "Source: platform APIs and tables; share = the option's votes / all votes"},
    "polls.chart.participation": {"de": "Beteiligung {share}", "en": "participation {share}"},
    "polls.chart.share": {"de": "Anteil an den Stimmen", "en": "Share of the votes"},
    "polls.col.option_votes": {"de": "Stimmen der Option", "en": "Option votes"},
    "polls.col.option_share": {"de": "Anteil der Option", "en": "Option share"},
    "polls.col.option_participation": {"de": "Beteiligung der Option", "en": "Option participation"},
    "polls.text.option": {"de": "{title}: {votes} ({share} der Stimmen, Beteiligung {participation})",
                          "en": "{title}: {votes} ({share} of votes, participation {participation})"},
    "polls.left_out": {
        "de": {"one": "{n} Umfrage nur für Follower ist nicht enthalten (mit --visibility private einbeziehen).",
               "other": "{n} Umfragen nur für Follower sind nicht enthalten (mit --visibility private einbeziehen)."},
        "en": {"one": "{n} followers-only poll left out (include it with --visibility private).",
               "other": "{n} followers-only polls left out (include them with --visibility private)."},
    },
    "polls.written": {"de": "Geschrieben: {path}", "en": "Written: {path}"},
    "polls.as_of": {"de": "Stand: {when}", "en": "As of {when}"},
    "polls.post": {"de": "Beitrag", "en": "Post"},
    "polls.published": {"de": "Veröffentlicht", "en": "Published"},
    "polls.measured": {"de": "Gemessen", "en": "Measured"},
    "polls.option": {"de": "Option", "en": "Option"},
    "polls.votes": {"de": "Stimmen", "en": "Votes"},
    "polls.voters": {"de": "Abstimmende", "en": "Voters"},
    "polls.views": {"de": "Aufrufe", "en": "Views"},
    "polls.share": {"de": "Anteil", "en": "Share"},
    "polls.participation": {"de": "Beteiligung", "en": "Participation"},
    "polls.definition": {
        "de": "Beteiligung = Stimmen / Aufrufe des Beitrags (Stand der letzten Messung bis zum Stichtag). "
              "Wo die Plattform keine Aufrufe zeigt (Mastodon, Bluesky), ist die Beteiligung unbekannt (–), nicht 0.",
        "en": "Participation = votes / views of the post (latest measurement up to the as-of date). "
              "Where the platform shows no views (Mastodon, Bluesky) participation is unknown (–), not 0.",
    },
}
