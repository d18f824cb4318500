"""--help in the user's language. The command tree click runs is made fresh for each command line
(typer.main.get_command); in German its help texts are replaced by the German ones of report/texts/help (keyed by
the English text), and the words around them (typer's panel titles, '[default: …]', click's 'Usage:') are German for
the run and put back after it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any


@contextmanager
def help_in(command: Any, lang: str) -> Iterator[None]:
    """Run `command` (the root of a fresh click tree) with its help in `lang`."""
    if lang != "de":
        yield
        return
    from typer import rich_utils

    from reichweite.report.texts.help import FRAME

    translate(command)
    saved = {name: getattr(rich_utils, name) for name in FRAME if hasattr(rich_utils, name)}
    for name in saved:
        setattr(rich_utils, name, FRAME[name])
    try:
        yield
    finally:
        for name, value in saved.items():
            setattr(rich_utils, name, value)


def commands(command: Any) -> Iterator[Any]:
    """The command and every group and command below it."""
    yield command
    for sub in getattr(command, "commands", {}).values():
        yield from commands(sub)


def parameters(command: Any) -> list[Any]:
    """The command's options and arguments, with the help option click adds."""
    ctx = command.context_class(command, info_name=command.name)
    found = [*command.params, command.get_help_option(ctx)]
    return [param for param in found if param is not None]


def translate(command: Any) -> None:
    """Give every command, option and argument below `command` its German help."""
    from reichweite.report.texts.help import OPTIONS_METAVAR, SUBCOMMAND_METAVAR

    for each in commands(command):
        each.context_class = _german_context(each.context_class)
        for holder in (each, *parameters(each)):
            for name in ("help", "short_help", "rich_help_panel"):
                text = getattr(holder, name, None)
                if isinstance(text, str) and text:
                    setattr(holder, name, german(text))
        if each.options_metavar == "[OPTIONS]":
            each.options_metavar = OPTIONS_METAVAR
        if getattr(each, "subcommand_metavar", None) == "COMMAND [ARGS]...":
            each.subcommand_metavar = SUBCOMMAND_METAVAR


def german(text: str) -> str:
    """The German help of an English one; the English where there is none."""
    from reichweite.report.texts.help import HELP, key

    return HELP.get(key(text), text)


@cache
def _german_context(base: type) -> type:
    """A click context whose help formatter writes 'Aufruf:' before the usage line."""
    from reichweite.report.texts.help import USAGE

    class GermanFormatter(base.formatter_class):  # type: ignore[name-defined,misc]
        def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
            super().write_usage(prog, args, USAGE if prefix is None else prefix)

    return type(base.__name__, (base,), {"formatter_class": GermanFormatter})
