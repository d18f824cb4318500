"""What every function of the Python API takes: the store (a `Store`, a path or a URL), accounts, dates and
durations as `datetime`/`timedelta` or as text, the report language, visibility levels and days; each checked with
a message naming the argument."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from reichweite.errors import Said, UsageError, option_said
from reichweite.results import Store

StoreLike = Store | str | Path | None
Target = str | tuple[str, str]
When = datetime | str | None
Duration = timedelta | str


def open_store(db: str | Path | None = None, *, create: bool = True) -> Store:
    """The store at `db` (an SQLite file or a postgresql:// URL; default $REICHWEITE_DB, else ./reichweite.db),
    its schema brought up to date. With create=False a store that does not exist raises NoStore and nothing is
    created."""
    from reichweite.store import open_store as open_engine

    return Store(open_engine(str(db) if db is not None else None, create=create))


def store_of(store: StoreLike, *, create: bool) -> Store:
    return store if isinstance(store, Store) else open_store(store, create=create)


def target(value: Target) -> tuple[str, str]:
    """'bluesky:alice.bsky.social' or ('bluesky', 'alice.bsky.social') → ('bluesky', 'alice.bsky.social')."""
    from reichweite.model import PLATFORMS

    if isinstance(value, tuple):
        platform, handle = value
    else:
        platform, sep, handle = value.partition(":")
        if not sep:
            handle = ""
    platform = platform.strip().lower()
    if platform not in PLATFORMS or not handle.strip():
        raise UsageError(Said(f"{value!r}: expected PLATFORM:HANDLE with PLATFORM one of {', '.join(PLATFORMS)}",
                                    "use.platform_handle", value=repr(value), platforms=", ".join(PLATFORMS)))
    return platform, handle.strip().lstrip("@") if platform != "mastodon" else handle.strip()


def as_of(value: When, name: str = "at") -> datetime | None:
    """A measurement date: datetime as given, text parsed (a bare date is the end of that day, Europe/Berlin)."""
    from reichweite.timeutil import parse_as_of

    return parsed(value, datetime, parse_as_of, name)


def duration(value: Duration | None, name: str) -> timedelta | None:
    """A duration: timedelta as given, text parsed ('7d', '12h')."""
    from reichweite.timeutil import parse_duration

    return parsed(value, timedelta, parse_duration, name)


def parsed(value: Any, kind: type, parse: Callable[[str], Any], name: str) -> Any:
    """None or a value of `kind` as given, text parsed; a wrong text is a usage error naming the argument."""
    if value is None or isinstance(value, kind):
        return value
    try:
        return parse(value)
    except ValueError as exc:
        raise UsageError(option_said(name, exc)) from None


def several(value: Any) -> list[Any]:
    """One value or a list of them (None: none)."""
    if value is None:
        return []
    return list(value) if isinstance(value, list | tuple) else [value]


def report_lang(lang: str | None) -> str:
    from reichweite.report.i18n import resolve_lang

    try:
        return resolve_lang(lang)
    except ValueError as exc:
        raise UsageError(Said(str(exc), "opt.lang_use", value=repr((lang or "").lower()))) from None


def visibility_of(value: str | Sequence[str] | None) -> frozenset[str]:
    from reichweite.visibility import SHOWN_BY_DEFAULT, parse_visibility

    return SHOWN_BY_DEFAULT if value is None else parse_visibility(value)


def day_of(value: date | str | None, name: str) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise UsageError(Said(f"{name} {value!r}: expected a date like 2020-09-01", "use.date", name=name,
                                    value=repr(value))) from None
