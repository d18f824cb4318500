"""What an error tells the user, kept as a `Said` sentence where it has one, so that a message made from it can
still be said in German."""

from __future__ import annotations

from reichweite.errors import InputError, Said


def told(exc: BaseException) -> str:
    """What an error says: its `Said` sentence where it has one, else its text."""
    return exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], Said) else str(exc)


def told_whole(exc: InputError) -> Said:
    """An input error as one sentence, 'file, line n: message', as str(exc) reads in English."""
    where: str = str(exc.path)
    if exc.line is not None:
        where = Said(f"{where}, line {exc.line}", "error.at_line", where=where, n=str(exc.line))
    if exc.row is not None:
        where = Said(f"{where}, row {exc.row}", "error.at_row", where=where, n=str(exc.row))
    return Said(f"{where}: {exc.message}", "tab.where", where=where, detail=exc.message)
