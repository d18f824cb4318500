"""Usage errors of the command-line parser (click, or the click typer bundles) said in the user's language: one line
'Error: …' / 'Fehler: …' and the hint where help is, instead of the parser's English usage block.

The parser fails before any option callback runs, so the language comes from the command line itself: `--lang X` or
`--lang=X` wherever typed (the last one typed is the innermost and wins, as the options route it), else the locale.
The sentence is built from the exception's parts (the option's name, the parameter, its type, the value); a
detail that cannot be taken apart keeps the parser's English inside the translated frame."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from reichweite.redact import redact
from reichweite.report.i18n import LANGS
from reichweite.report.texts import Texts, usage
from reichweite.terminal import bare

T = Texts(usage.TEXTS)


def typed_language(args: Sequence[str]) -> str | None:
    """The --lang typed on the command line (the last one, before a `--`): de or en, None when none is typed or the
    last one is neither (the option's own check says so later)."""
    found: str | None = None
    given = list(args)
    for i, arg in enumerate(given):
        if arg == "--":
            break
        if arg == "--lang":
            value: str | None = given[i + 1] if i + 1 < len(given) else None
        elif arg.startswith("--lang="):
            value = arg.removeprefix("--lang=")
        else:
            continue
        value = (value or "").strip().lower()
        found = value if value in LANGS else None
    return found


def _kinds(exc: BaseException) -> set[str]:
    return {kind.__name__ for kind in type(exc).__mro__}


def is_usage_error(exc: BaseException) -> bool:
    """An exception of the parser meant for the user (click's ClickException and its kin)."""
    return bool(_kinds(exc) & {"ClickException", "UsageError"}) and isinstance(getattr(exc, "exit_code", None), int)


def usage_lines(exc: BaseException, lang: str) -> list[str]:
    """The lines to print for a parser error: 'Error: …' and, when the command has a help option, where help is.
    Redacted, without control characters."""
    from reichweite.report.messages import error_line

    lines = [error_line(_message(exc, lang), lang)]
    ctx = getattr(exc, "ctx", None)
    if ctx is not None and "UsageError" in _kinds(exc):
        try:
            helps = ctx.command.get_help_option(ctx) is not None and ctx.help_option_names
        except Exception:  # noqa: BLE001 — the hint is a courtesy; the error line is said anyway
            helps = False
        if helps:
            hint = T("click.try_help", lang, command=ctx.command_path, option=ctx.help_option_names[0])
            lines.append(" ".join(redact(bare(hint)).splitlines()))
    return lines


def _message(exc: Any, lang: str) -> str:
    kinds = _kinds(exc)
    message = getattr(exc, "message", "") or ""  # a Said stays one, to be said in the language
    if "NoSuchOption" in kinds:
        said = T("click.no_such_option", lang, name=exc.option_name)
        if message and message != f"No such option: {exc.option_name}":
            said = message  # a message of its own, made by whoever raised it
        if exc.possibilities:
            said = T("click.possible_options", lang, message=said, names=", ".join(sorted(exc.possibilities)))
        return said
    if "MissingParameter" in kinds:
        return _missing(exc, lang)
    if "BadParameter" in kinds:
        detail = _detail(exc, message, lang)
        hint = _hint(exc, lang)
        if hint is None:
            return T("click.invalid_value", lang, detail=detail)
        return T("click.invalid_value_for", lang, hint=hint, detail=detail)
    if "FileError" in kinds:
        return T("click.file_not_opened", lang, name=repr(getattr(exc, "ui_filename", exc.filename)),
                 reason=message)
    if "NoArgsIsHelpError" in kinds:
        return message
    return _from_python(message, lang)


def _missing(exc: Any, lang: str) -> str:
    kind = exc.param_type or (exc.param.param_type_name if exc.param is not None else "parameter")
    hint = _hint(exc, lang)
    key = f"click.missing.{kind}" if f"click.missing.{kind}" in T else "click.missing.parameter"
    said = T(key, lang, hint=hint or repr(getattr(exc.param, "name", "")))
    if exc.message:
        said = f"{said} {_from_python(exc.message, lang)}"
    choices = _choices(getattr(exc, "param", None))
    if choices:
        said = T("click.choose_from", lang, message=said, choices=", ".join(choices))
    return said


def _choices(param: Any) -> list[str]:
    """The values a parameter of fixed choices takes (click's Choice, typer's choice descriptor)."""
    for holder in (getattr(param, "type_descriptor", None), getattr(param, "type", None)):
        found = getattr(holder, "choices", None)
        if found:
            return [str(getattr(choice, "value", choice)) for choice in found]
    return []


def _hint(exc: Any, lang: str) -> str | None:
    """How the parser names the parameter: "'--n'", "'-o' / '--output'", "'PATHS...'" (with its variable)."""
    if exc.param_hint is not None:
        hint = exc.param_hint
        return hint if isinstance(hint, str) else " / ".join(repr(part) for part in hint)
    param = exc.param
    if param is None:
        return None
    if param.param_type_name == "option":
        names = param.opts or [getattr(param, "display_name_raw", param.name)]
        hint = " / ".join(f"'{name}'" for name in names)
        envvar = getattr(param, "envvar", None)
        if getattr(param, "show_envvar", False) and envvar:
            shown = envvar if isinstance(envvar, str) else ", ".join(envvar)
            hint = T("click.env_var", lang, hint=hint, var=f"'{shown}'")
        return hint
    return str(param.get_error_hint(exc.ctx) if _takes_ctx(param) else param.get_error_hint())


def _takes_ctx(param: Any) -> bool:
    import inspect

    try:
        return len(inspect.signature(param.get_error_hint).parameters) > 0
    except (TypeError, ValueError):
        return False


# the parser's sentences, and a value's type error as click words it (older typer), taken apart to be said in the
# language
_SENTENCES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"No such command (?P<name>.+)\."), "click.no_such_command"),
    (re.compile(r"Missing command\."), "click.missing_command"),
    (re.compile(r"Got unexpected extra (?:argument\(s\)|arguments?) \((?P<args>.*)\)"), "click.extra_arguments"),
    (re.compile(r"Option (?P<name>.+) requires an argument\."), "click.option_needs_value"),
    (re.compile(r"Option (?P<name>.+) requires (?P<n>\d+) arguments\."), "click.option_needs_values"),
    (re.compile(r"Option (?P<name>.+) does not take a value\."), "click.option_takes_no_value"),
    (re.compile(r"Argument (?P<name>.+) takes (?P<n>\d+) values\."), "click.argument_needs_values"),
    (re.compile(r"(?P<value>.+) is not a valid (?P<type>integer|float|boolean)\.?"), "type"),
    (re.compile(r"(?P<value>.+) is not one of (?P<choices>.+?)\.?"), "click.type.choice"),
    (re.compile(r"(?P<value>.+) is not in the range (?P<range>.+?)\.?"), "click.type.range"),
    (re.compile(r"(?P<value>.+) does not match the formats? (?P<formats>.+?)\.?"), "click.type.formats"),
    (re.compile(r"Value must be an iterable\.?"), "click.type.iterable"),
]
_PATH = re.compile(r"(?P<kind>file|directory|path) (?P<path>'.*') (?P<what>does not exist|is a file|is a directory|"
                   r"is not readable|is not writable)\.", re.IGNORECASE)
_PATH_KEYS = {"does not exist": "exists", "is a file": "is_file", "is a directory": "is_dir",
              "is not readable": "unreadable", "is not writable": "unwritable"}


def _detail(exc: Any, message: str, lang: str) -> str:
    """What is wrong with the value, in the language: from the validation error typer's conversion raised (its
    type and limits), else from click's sentence, else the sentence as it is."""
    cause = exc.__cause__
    errors = getattr(cause, "errors", None)
    if callable(errors):
        try:
            found = errors()
        except Exception:  # noqa: BLE001 — not a validation error after all
            found = []
        if found:
            said = _validation(found[0], lang)
            if said is not None:
                return said
    return _from_python(message, lang)


def _from_python(message: str, lang: str) -> str:
    """A sentence of the parser (an unknown command, an option without its value, a value of the wrong type, a
    path that does not exist …) in the language, or as it is."""
    from reichweite.errors import Said
    from reichweite.report.messages import say

    if isinstance(message, Said):
        return say(message, lang)
    path = _PATH.fullmatch(message.strip())
    if path:
        kind = T(f"click.kind.{path['kind'].lower()}", lang)
        return T(f"click.path.{_PATH_KEYS[path['what']]}", lang, kind=kind, path=path["path"])
    for pattern, key in _SENTENCES:
        match = pattern.fullmatch(message.strip())
        if match:
            values = match.groupdict()
            if key == "type":
                key = f"click.type.{values.pop('type')}"
            return T(key, lang, **values)
    return message


_BOUNDS = {"greater_than_equal": ("ge", "x>={}"), "greater_than": ("gt", "x>{}"),
           "less_than_equal": ("le", "x<={}"), "less_than": ("lt", "x<{}")}
_PARSING = {"int_parsing": "integer", "int_from_float": "integer", "int_type": "integer", "float_parsing": "float",
            "float_type": "float", "bool_parsing": "boolean", "bool_type": "boolean", "datetime_parsing": "datetime",
            "datetime_from_date_parsing": "datetime", "datetime_type": "datetime", "date_parsing": "date",
            "date_from_datetime_parsing": "date", "date_type": "date"}


def _validation(error: dict[str, Any], lang: str) -> str | None:
    """One error of a pydantic validation (typer's type conversion) said by its type, or None."""
    kind = str(error.get("type", ""))
    value = repr(error.get("input"))
    if kind in _BOUNDS:  # a number out of range is shown as typed, as click shows it
        value = str(error.get("input"))
    context = error.get("ctx") or {}
    if kind in _PARSING:
        return T(f"click.type.{_PARSING[kind]}", lang, value=value)
    if kind in _BOUNDS:
        name, shape = _BOUNDS[kind]
        return T("click.type.range", lang, value=value, range=shape.format(context.get(name)))
    if kind == "value_error" and isinstance(context.get("error"), Exception):
        return _from_python(str(context["error"]), lang)
    return None
