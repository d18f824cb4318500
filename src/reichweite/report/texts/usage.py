"""Texts of the usage errors the command-line parser finds (an unknown option, a missing argument, a value of the
wrong type …), said by reichweite.cli.usage from the parts of the parser's exception. The English texts follow the
parser's own wording."""

from __future__ import annotations

from reichweite.report.texts import Table

TEXTS: Table = {
    "click.try_help": {"de": "'{command} {option}' zeigt die Hilfe.", "en": "Try '{command} {option}' for help."},
    "click.no_such_option": {"de": "Unbekannte Option: {name}", "en": "No such option: {name}"},
    "click.possible_options": {"de": "{message} (ähnlich: {names})", "en": "{message} (Possible options: {names})"},
    "click.no_such_command": {"de": "Unbekannter Befehl {name}.", "en": "No such command {name}."},
    "click.missing_command": {"de": "Befehl fehlt.", "en": "Missing command."},
    "click.missing.argument": {"de": "Argument {hint} fehlt.", "en": "Missing argument {hint}."},
    "click.missing.option": {"de": "Option {hint} fehlt.", "en": "Missing option {hint}."},
    "click.missing.parameter": {"de": "Angabe {hint} fehlt.", "en": "Missing parameter {hint}."},
    "click.choose_from": {"de": "{message} Eines von: {choices}", "en": "{message} Choose from: {choices}"},
    "click.env_var": {"de": "{hint} (Umgebungsvariable: {var})", "en": "{hint} (env var: {var})"},
    "click.extra_arguments": {"de": "Unerwartete zusätzliche Argumente ({args})",
                              "en": "Got unexpected extra argument(s) ({args})"},
    "click.option_needs_value": {"de": "Option {name} braucht einen Wert.",
                                 "en": "Option {name} requires an argument."},
    "click.option_needs_values": {"de": "Option {name} braucht {n} Werte.",
                                  "en": "Option {name} requires {n} arguments."},
    "click.option_takes_no_value": {"de": "Option {name} nimmt keinen Wert.",
                                    "en": "Option {name} does not take a value."},
    "click.argument_needs_values": {"de": "Argument {name} braucht {n} Werte.",
                                    "en": "Argument {name} takes {n} values."},
    "click.invalid_value_for": {"de": "Ungültiger Wert für {hint}: {detail}",
                                "en": "Invalid value for {hint}: {detail}"},
    "click.invalid_value": {"de": "Ungültiger Wert: {detail}", "en": "Invalid value: {detail}"},
    "click.file_not_opened": {"de": "Datei {name} lässt sich nicht öffnen: {reason}",
                              "en": "Could not open file {name}: {reason}"},
    # what is wrong with a value (the detail after 'Invalid value for …:'), by the parameter's type
    "click.type.integer": {"de": "{value} ist keine ganze Zahl.", "en": "{value} is not a valid integer."},
    "click.type.float": {"de": "{value} ist keine Zahl.", "en": "{value} is not a valid float."},
    "click.type.boolean": {"de": "{value} ist kein Wahrheitswert (true oder false).",
                           "en": "{value} is not a valid boolean."},
    "click.type.datetime": {"de": "{value} ist kein Datum mit Uhrzeit (z. B. 2026-01-31 18:00).",
                            "en": "{value} is not a valid datetime."},
    "click.type.date": {"de": "{value} ist kein Datum (z. B. 2026-01-31).", "en": "{value} is not a valid date."},
    "click.type.formats": {"de": "{value} passt zu keinem der Formate {formats}.",
                           "en": "{value} does not match the formats {formats}."},
    "click.type.choice": {"de": "{value} ist keiner der Werte {choices}.", "en": "{value} is not one of {choices}."},
    "click.type.range": {"de": "{value} liegt nicht im Bereich {range}.", "en": "{value} is not in the range {range}."},
    "click.type.iterable": {"de": "Der Wert muss eine Liste sein.", "en": "Value must be an iterable."},
    "click.path.exists": {"de": "{kind} {path} gibt es nicht.", "en": "{kind} {path} does not exist."},
    "click.path.is_file": {"de": "{kind} {path} ist eine Datei.", "en": "{kind} {path} is a file."},
    "click.path.is_dir": {"de": "{kind} {path} ist ein Ordner.", "en": "{kind} {path} is a directory."},
    "click.path.unreadable": {"de": "{kind} {path} ist nicht lesbar.", "en": "{kind} {path} is not readable."},
    "click.path.unwritable": {"de": "{kind} {path} ist nicht beschreibbar.", "en": "{kind} {path} is not writable."},
    "click.kind.file": {"de": "Datei", "en": "File"},
    "click.kind.directory": {"de": "Ordner", "en": "Directory"},
    "click.kind.path": {"de": "Pfad", "en": "Path"},
}
