"""--help in German: the help of every command, option and argument, keyed by its English text as the reader sees it
(`key`: cleaned like click does, the lines of a paragraph joined), one module per command module of cli/, and the
frame the help is printed in (panel titles, 'Usage:', '[default: …]').

Nothing is registered by importing a module: the tables are joined here, explicitly."""

from __future__ import annotations

import inspect
from collections.abc import Mapping

from reichweite.report.texts.help import (
    automation,
    collect,
    common,
    compare,
    db,
    figures,
    growth,
    imports,
    jetstream,
    languages,
    linkedin,
    panel,
    parser,
    root,
    serve,
    template,
)

MODULES = (root, common, compare, figures, growth, db, linkedin, imports, panel, collect, automation, languages,
           template, jetstream, serve, parser)


def key(text: str) -> str:
    """The English help as it is shown: dedented, each paragraph on one line."""
    return "\n\n".join(" ".join(part.split()) for part in inspect.cleandoc(text).split("\n\n"))


def _joined(tables: tuple[Mapping[str, str], ...]) -> dict[str, str]:
    joined: dict[str, str] = {}
    for table in tables:
        for english, german in table.items():
            if english in joined:
                raise ValueError(f"help {english[:60]!r} is translated twice")
            if english != key(english):
                raise ValueError(f"help {english[:60]!r} is not written as it is shown")
            joined[english] = german
    return joined


HELP: dict[str, str] = _joined(tuple(module.HELP for module in MODULES))

# the words around the help, as typer's rich help (typer.rich_utils) and click's usage line have them
FRAME: dict[str, str] = {
    "DEPRECATED_STRING": "(veraltet) ",
    "DEFAULT_STRING": "[Standard: {}]",
    "ENVVAR_STRING": "[Umgebungsvariable: {}]",
    "REQUIRED_LONG_STRING": "[erforderlich]",
    "ARGUMENTS_PANEL_TITLE": "Argumente",
    "OPTIONS_PANEL_TITLE": "Optionen",
    "COMMANDS_PANEL_TITLE": "Befehle",
    "ERRORS_PANEL_TITLE": "Fehler",
    "ABORTED_TEXT": "Abgebrochen.",
    "RICH_HELP": "[blue]'{command_path} {help_option}'[/] zeigt die Hilfe.",
}
USAGE = "Aufruf: "
OPTIONS_METAVAR = "[OPTIONEN]"
SUBCOMMAND_METAVAR = "BEFEHL [ARGUMENTE]..."
