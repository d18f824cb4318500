"""German and English texts of `reichweite accounts` and `reichweite posts`."""

from __future__ import annotations

from reichweite.report.texts import Table

TEXTS: Table = {
    "accounts.none": {"de": "Keine Kontozahlen für {target} bis {when}.",
                      "en": "No account figures for {target} as of {when}."},
    "accounts.head": {"de": "Stand {when} (letzte Messung bis dahin; Zeiten {tz}):",
                      "en": "As of {when} (latest measurement at or before it; times {tz}):"},
    "accounts.col.followers": {"de": "Follower", "en": "Followers"},
    "accounts.col.following": {"de": "Folgt", "en": "Following"},
    "accounts.col.posts": {"de": "Beiträge", "en": "Posts"},
    "accounts.shown": {"de": "angezeigt: {shown}", "en": "shown: {shown}"},
    "accounts.measured": {"de": "gemessen {when}", "en": "measured {when}"},
    "posts.title": {
        "de": {"one": "{account} – {n} Beitrag (Zeiten {tz})", "other": "{account} – {n} Beiträge (Zeiten {tz})"},
        "en": {"one": "{account} — {n} post (times {tz})", "other": "{account} — {n} posts (times {tz})"}},
    "posts.none": {"de": "Keine Beiträge von {target} im Speicher bis {when}.",
                   "en": "No posts of {target} in the store as of {when}."},
    "posts.left_out": {
        "de": {"one": "{n} Beitrag nur für Follower ausgelassen (mit --visibility private einbeziehen).",
               "other": "{n} Beiträge nur für Follower ausgelassen (mit --visibility private einbeziehen)."},
        "en": {"one": "{n} followers-only post left out (include it with --visibility private).",
               "other": "{n} followers-only posts left out (include them with --visibility private)."}},
    "posts.id_prefix": {"de": "ID: der letzte Teil von\n{prefix}<id>", "en": "id: the last part of\n{prefix}<id>"},
    "posts.figures": {"de": "Zahlen", "en": "figures"},
}
