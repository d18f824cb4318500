"""German and English texts of `reichweite accounts`."""

from __future__ import annotations

from reichweite.report.texts import Table

TEXTS: Table = {
    "accounts.none": {"de": "Keine Kontozahlen für {target} bis {when}.",
                      "en": "No account figures for {target} as of {when}."},
    "accounts.head": {"de": "Stand {when} (letzte Messung bis dahin; Zeiten {tz}):",
                      "en": "As of {when} (latest measurement at or before it; times {tz}):"},
    "accounts.followers": {"de": "Follower", "en": "followers"},
    "accounts.following": {"de": "folgt", "en": "following"},
    "accounts.posts": {"de": "Beiträge", "en": "posts"},
    "accounts.shown": {"de": "angezeigt: {shown}", "en": "shown: {shown}"},
    "accounts.measured": {"de": "gemessen {when}", "en": "measured {when}"},
}
