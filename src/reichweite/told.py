"""What an error tells the user, kept as a `Said` sentence where it has one, so that a message made from it can
still be said in German."""

from __future__ import annotations

from reichweite.errors import InputError, Said, said_in


def told(exc: BaseException) -> str:
    """What an error says: its `Said` sentence where it has one, else its text."""
    return said_in(exc)


def told_whole(exc: InputError) -> Said:
    """An input error as one sentence, 'file, line n: message', as str(exc) reads in English."""
    where: str = str(exc.path)
    if exc.line is not None:
        where = Said(f"{where}, line {exc.line}", "error.at_line", where=where, n=str(exc.line))
    if exc.row is not None:
        where = Said(f"{where}, row {exc.row}", "error.at_row", where=where, n=str(exc.row))
    return Said(f"{where}: {exc.message}", "tab.where", where=where, detail=exc.message)
