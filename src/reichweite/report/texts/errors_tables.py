"""Texts of the errors raised about tables typed in or exported (LinkedIn, Xing, company sheets, workbooks) (keys
named by `errors.Said`)."""

from __future__ import annotations

from reichweite.report.texts import Table

TEXTS: Table = {
}
