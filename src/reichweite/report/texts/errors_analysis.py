"""Texts of the errors raised about comparisons, overrides, periods, schedules and panels (keys named by
`errors.Said`)."""

from __future__ import annotations

from reichweite.report.texts import Table

TEXTS: Table = {
}
