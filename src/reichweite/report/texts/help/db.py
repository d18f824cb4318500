"""German help of the commands of cli/db.py, keyed by the English help as click shows it."""

from __future__ import annotations

HELP: dict[str, str] = {
    "The snapshot store.":
        "Die Datenbank der Messungen.",
    "Create the store or bring its schema up to date.":
        "Legt die Datenbank an oder bringt ihr Schema auf den neuesten Stand.",
    "Rows per table.":
        "Zeilen je Tabelle.",
}
