"""Texts of the errors raised about archives, exports and APIs of the platforms (X, Mastodon, Bluesky, Jetstream),
the archive guard and the language engines (keys named by `errors.Said`)."""

from __future__ import annotations

from reichweite.report.texts import Table

TEXTS: Table = {
}
