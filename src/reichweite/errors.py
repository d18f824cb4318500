"""Errors a user can act on. The CLI prints the message as one line and exits 1 (a runtime failure: a missing or bad
file, nothing found, a failed fetch, a missing token) or 2 (a usage error: an option or argument the command cannot
take)."""

from __future__ import annotations

import errno
import functools
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import ParamSpec, TypeVar

from reichweite.redact import redact, redact_value

P = ParamSpec("P")
T = TypeVar("T")


class Said(str):
    """A sentence for users, in English, that also names its text in report/texts (`key`) and the values put into
    it, so that the CLI can say it in the user's language. Its values are redacted when it is made."""

    key: str
    values: dict[str, object]

    def __new__(cls, english: str, key: str, **values: object) -> Said:
        made = super().__new__(cls, redact(english))
        made.key = key
        made.values = {name: value if isinstance(value, Said) else redact_value(value)
                       for name, value in values.items()}
        return made

    def __getnewargs_ex__(self) -> tuple[tuple[str, str], dict[str, object]]:
        """Copied (dataclasses.asdict) and pickled (a worker process) with its key and values."""
        return (str(self), self.key), dict(self.values)


def one_of(option: str, value: str, choices: Iterable[str]) -> Said:
    """'--by 'year': use one of day, week, month' — an option given a value outside its choices (text use.choice)."""
    shown = ", ".join(choices)
    return Said(f"{option} {value!r}: use one of {shown}", "use.choice", option=option, value=repr(value),
                choices=shown)


def os_reason(exc: OSError) -> Said:
    """The reason of an operating-system error ('No such file or directory'), keyed by its errno name so that common
    ones can be said in German (texts error.os.*)."""
    name = errno.errorcode.get(exc.errno or -1, "")
    return Said(exc.strerror or str(exc), f"error.os.{name}" if name else "error.os")


#: the messages of Python's JSON decoder → their text keys (src.json.*)
_JSON_REASONS = {
    "Expecting value": "value", "Expecting ',' delimiter": "comma", "Expecting ':' delimiter": "colon",
    "Expecting property name enclosed in double quotes": "name", "Unterminated string starting at": "string",
    "Invalid control character at": "control", "Invalid \\escape": "escape", "Invalid \\uXXXX escape": "escape_u",
    "Extra data": "extra",
}


def json_reason(msg: str) -> Said:
    """The reason Python's JSON decoder gives ('Expecting value'), keyed so that it can be said in German."""
    key = _JSON_REASONS.get(msg)
    return Said(msg, f"src.json.{key}") if key else Said(msg, "src.json.other", reason=msg)


def _redacted(value: object) -> object:
    return value if isinstance(value, Said) else redact_value(value)


class ReichweiteError(Exception):
    """Base for every error the CLI reports as one line; a runtime failure (exit code 1) unless a subclass says
    otherwise. Its message is redacted when it is made (no token, password or credential URL part survives into
    str(error), wherever it is printed or stored)."""

    exit_code = 1

    def __init__(self, *args: object) -> None:
        super().__init__(*(_redacted(a) for a in args))


class UsageError(ReichweiteError, ValueError):
    """An option or argument the command cannot take (a wrong value, two options that exclude each other): exit 2."""

    exit_code = 2


class InputError(ReichweiteError):
    """A file could not be read: names the file, the line or row, and what was expected."""

    def __init__(self, path: object, message: str, *, line: int | None = None, row: int | None = None):
        where = str(path)
        if line is not None:
            where += f", line {line}"
        if row is not None:
            where += f", row {row}"
        super().__init__(f"{where}: {message}")
        self.path = path
        self.line = line
        self.row = row
        self.message = message if isinstance(message, Said) else redact(str(message))


class FetchError(ReichweiteError):
    """A request failed for good (after retries); names the request."""

    def __init__(self, url: str, message: str, *, status: int | None = None):
        said = Said(f"{url}: {message}", "error.fetch", url=url, detail=message) if isinstance(message, Said) else None
        super().__init__(said or f"{url}: {message}")
        self.url = redact(url)
        self.status = status
        self.detail = message if isinstance(message, Said) else redact(str(message))


class NotFound(FetchError):
    """The platform says the account or post does not exist."""


class RateLimited(ReichweiteError):
    """The platform's rate limit is reached and waiting would take too long: a runtime condition (exit 1)."""

    exit_code = 1

    def __init__(self, url: str, reset_at: datetime | None, *, saved: str = "", how: str = ""):
        when = Said(" later", "col.rate.later")
        if reset_at is not None and reset_at.year < 9999:
            stamp = reset_at.astimezone().strftime("%Y-%m-%d %H:%M")
            when = Said(f" after {stamp}", "col.rate.after", when=stamp)
        elif reset_at is not None:
            when = Said(" later (the server's reset time is no usable date)", "col.rate.no_date")
        told = saved or Said("What was fetched is saved", "col.rate.saved")
        if how:
            told = Said(f"{told}; {how}", "col.saved_how", saved=told, how=how)
        super().__init__(Said(f"Rate limit reached at {url}. {told}; run the same command again{when} to continue.",
                              "col.rate_limited", url=url, saved=told, when=when))
        self.url = redact(url)
        self.reset_at = reset_at


class ConfigError(ReichweiteError):
    """A setting outside the command line is missing or wrong (a token, a watch list, a cursor file)."""


class NoStore(ReichweiteError):
    """A command that only reads was pointed at a store that does not exist (nothing is created)."""


class MissingExtra(ReichweiteError):
    """A job needs a library of an optional extra that is not installed."""

    def __init__(self, job: str, extra: str, module: str):
        super().__init__(Said(f"{job} needs {module}, which is not installed: pip install 'reichweite[{extra}]'",
                              "error.missing_extra", job=job, module=module, extra=extra))
        self.job = job
        self.extra = extra
        self.module = module


class StoreError(ReichweiteError):
    """The store cannot be used as asked (read-only, not a database, a newer schema, full): a runtime error."""

    exit_code = 1


#: what reading a record of an unexpected shape raises (a list where an object was, a missing key, an odd number)
SHAPE_ERRORS = (KeyError, TypeError, ValueError, AttributeError, IndexError, OverflowError, RecursionError)


def shape_checked(what: str) -> Callable[[Callable[P, T]], Callable[P, T]]:
    """A converter of platform JSON into records that, given JSON of another shape than documented, raises one
    InputError naming `what` and the problem instead of a traceback."""

    def wrap(convert: Callable[P, T]) -> Callable[P, T]:
        @functools.wraps(convert)
        def checked(*args: P.args, **kwargs: P.kwargs) -> T:
            try:
                return convert(*args, **kwargs)
            except SHAPE_ERRORS as exc:
                record = args[0] if args else None
                key = next((record.get(k) for k in ("uri", "id", "id_str") if isinstance(record, dict)
                            and isinstance(record.get(k), str | int)), None)
                where = f"{what} {key}" if key is not None else what
                detail = f"{type(exc).__name__}: {exc}"
                raise InputError(where, Said(f"not in the documented shape ({detail})", "src.shape",
                                             detail=detail)) from None

        return checked

    return wrap


def said_of(exc: BaseException) -> str:
    """What an error says, as a `Said` where it can be said in German: an input error whole ('file, row n: …'), an
    error whose one argument is a `Said`, or one with a `key` and `values` of its own (as registry.Refused has);
    else its English text."""
    if isinstance(exc, InputError):
        where: str = str(exc.path)
        if exc.line is not None:
            where = Said(f"{where}, line {exc.line}", "error.at_line", where=where, n=str(exc.line))
        if exc.row is not None:
            where = Said(f"{where}, row {exc.row}", "error.at_row", where=where, n=str(exc.row))
        return Said(str(exc), "opt.where", where=where, detail=exc.message)
    if len(exc.args) == 1 and isinstance(exc.args[0], Said):
        return exc.args[0]
    key, values = getattr(exc, "key", None), getattr(exc, "values", None)
    if isinstance(key, str) and isinstance(values, dict) and len(exc.args) == 1:
        return Said(str(exc.args[0]), key, **values)
    return str(exc)


def option_said(option: str, exc: BaseException) -> Said:
    """'--at: …' of a value the option cannot take (the reason a `Said` text where the reader made one)."""
    return Said(f"{option}: {exc}", "error.option", option=option, detail=said_of(exc))
