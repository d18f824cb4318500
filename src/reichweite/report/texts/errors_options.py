"""Texts of the errors raised about options and jobs of the commands, the Python API, the store and the web app (keys
named by `errors.Said`)."""

from __future__ import annotations

from reichweite.report.texts import Table

TEXTS: Table = {
}
