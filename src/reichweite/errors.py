"""Errors a user can act on. The CLI prints the message as one line and exits 1 (a runtime failure: a missing or bad
file, nothing found, a failed fetch, a missing token) or 2 (a usage error: an option or argument the command cannot
take)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import datetime
from typing import ParamSpec, TypeVar

from reichweite.redact import redact, redact_value

P = ParamSpec("P")
T = TypeVar("T")


class ReichweiteError(Exception):
    """Base for every error the CLI reports as one line; a runtime failure (exit code 1) unless a subclass says
    otherwise. Its message is redacted when it is made (no token, password or credential URL part survives into
    str(error), wherever it is printed or stored)."""

    exit_code = 1

    def __init__(self, *args: object) -> None:
        super().__init__(*(redact_value(a) for a in args))


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


class FetchError(ReichweiteError):
    """A request failed for good (after retries); names the request."""

    def __init__(self, url: str, message: str, *, status: int | None = None):
        super().__init__(f"{url}: {message}")
        self.url = redact(url)
        self.status = status


class NotFound(FetchError):
    """The platform says the account or post does not exist."""


class RateLimited(ReichweiteError):
    """The platform's rate limit is reached and waiting would take too long: a runtime condition (exit 1)."""

    exit_code = 1

    def __init__(self, url: str, reset_at: datetime | None, *, saved: str = ""):
        when = " later"
        if reset_at is not None and reset_at.year < 9999:
            when = f" after {reset_at.astimezone().strftime('%Y-%m-%d %H:%M')}"
        elif reset_at is not None:
            when = " later (the server's reset time is no usable date)"
        super().__init__(
            f"Rate limit reached at {url}. {saved or 'What was fetched is saved'}; "
            f"run the same command again{when} to continue."
        )
        self.url = redact(url)
        self.reset_at = reset_at


class ConfigError(ReichweiteError):
    """A setting outside the command line is missing or wrong (a token, a watch list, a cursor file)."""


class NoStore(ReichweiteError):
    """A command that only reads was pointed at a store that does not exist (nothing is created)."""


class MissingExtra(ReichweiteError):
    """A job needs a library of an optional extra that is not installed."""

    def __init__(self, job: str, extra: str, module: str):
        super().__init__(f"{job} needs {module}, which is not installed: pip install 'reichweite[{extra}]'")
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
                raise InputError(where, f"not in the documented shape ({type(exc).__name__}: {exc})") from None

        return checked

    return wrap
