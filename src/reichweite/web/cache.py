"""Results the pages and the API ask for again, kept while the store has not changed.

A comparison over thousands of posts takes seconds; asked again for the same accounts, date and options over an
unchanged store it gives the same numbers, so the web app keeps the last few results. Each is kept with the store's
change marker read before it was computed, and used only while the marker is the same:

- SQLite: `PRAGMA data_version` of a connection kept for this alone; it changes whenever any other connection (of
  this process or another) commits a change to the file.
- PostgreSQL: the next transaction id (`pg_snapshot_xmax(pg_current_snapshot())`); it moves on whenever a
  transaction that writes starts anywhere on the server, so any change (and some that are not) invalidates.
- Anything else: no marker, nothing is kept.

Results that depend on the moment of the request (a comparison "as of now") are never kept: callers give no key.
"""

from __future__ import annotations

import sqlite3
import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, TypeVar

import sqlalchemy as sa

T = TypeVar("T")
SIZE = 24  # results kept per store: a comparison, its JSON, its data and its page in each language count apart


@dataclass(slots=True)
class CacheStats:
    hits: int = 0
    misses: int = 0
    uncached: int = 0


_uncounted = threading.local()  # set in a thread whose asking is no request's (the warmer): stats count requests only


@contextmanager
def uncounted() -> Iterator[None]:
    """Results asked for inside this block are not counted in the stats (work ahead of requests)."""
    _uncounted.on = True
    try:
        yield
    finally:
        _uncounted.on = False


@dataclass(slots=True)
class _Flight:
    """A computation under way: others asking for the same result wait for it."""

    done: threading.Event = field(default_factory=threading.Event)
    value: Any = None
    error: BaseException | None = None


class StoreMarker:
    """Reads a value that changes whenever the store's data may have changed (None: cannot tell)."""

    def __init__(self, engine: sa.Engine) -> None:
        self._engine = engine
        self._lock = threading.Lock()
        self._sqlite: sqlite3.Connection | None = None
        name = engine.dialect.name
        path = engine.url.database
        self._kind = "postgresql" if name == "postgresql" else (
            "sqlite" if name == "sqlite" and path and path != ":memory:" and not path.startswith("file:") else None)
        if self._kind == "sqlite":
            assert path is not None
            # a connection of its own that only ever reads this pragma (the file exists: the engine opened it)
            self._sqlite = sqlite3.connect(path, check_same_thread=False)

    def current(self) -> Hashable | None:
        if self._kind == "sqlite":
            assert self._sqlite is not None
            with self._lock:
                return self._sqlite.execute("PRAGMA data_version").fetchone()[0]
        if self._kind == "postgresql":
            with self._engine.connect() as conn:
                return str(conn.exec_driver_sql("SELECT pg_snapshot_xmax(pg_current_snapshot())").scalar_one())
        return None

    def close(self) -> None:
        if self._sqlite is not None:
            self._sqlite.close()
            self._sqlite = None
            self._kind = None


class ResultCache:
    """The last `size` results by key, each valid while the store marker it was computed under is unchanged."""

    def __init__(self, engine: sa.Engine, size: int = SIZE) -> None:
        self.marker = StoreMarker(engine)
        self.size = size
        self.stats = CacheStats()
        self._entries: OrderedDict[Hashable, tuple[Hashable, Any]] = OrderedDict()
        self._flights: dict[tuple[Hashable, Hashable], _Flight] = {}
        self._lock = threading.Lock()

    def get(self, key: Hashable | None, compute: Callable[[], T]) -> T:
        """The result for `key`, computed by `compute` unless kept from before; key None: always computed. Two
        threads asking for the same key over the same store compute it once: the second waits for the first."""
        marker = self.marker.current() if key is not None else None
        if marker is None:
            self._count("uncached")
            return compute()
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None and entry[0] == marker:
                self._entries.move_to_end(key)
                self._count("hits")
                return entry[1]  # type: ignore[no-any-return]
            flight = self._flights.get((key, marker))
            owner = flight is None
            if flight is None:
                flight = self._flights[(key, marker)] = _Flight()
        if not owner:
            flight.done.wait()
            if flight.error is not None:
                raise flight.error
            self._count("hits")
            return flight.value  # type: ignore[no-any-return]
        self._count("misses")
        try:
            value = compute()  # a change during the computation shows as a new marker at the next call
            flight.value = value
        except BaseException as exc:
            flight.error = exc
            raise
        finally:
            with self._lock:
                if flight.error is None:
                    self._entries[key] = (marker, flight.value)
                    self._entries.move_to_end(key)
                    while len(self._entries) > self.size:
                        self._entries.popitem(last=False)
                del self._flights[(key, marker)]
            flight.done.set()
        return value

    def _count(self, what: str) -> None:
        if not getattr(_uncounted, "on", False):
            setattr(self.stats, what, getattr(self.stats, what) + 1)

    def fresh(self, key: Hashable) -> bool:
        """Whether a result for `key` is kept and valid for the store as it is now (counted nowhere)."""
        marker = self.marker.current()
        with self._lock:
            entry = self._entries.get(key)
        return marker is not None and entry is not None and entry[0] == marker

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


_CACHES: weakref.WeakKeyDictionary[sa.Engine, ResultCache] = weakref.WeakKeyDictionary()
_CACHES_LOCK = threading.Lock()


def results(engine: sa.Engine) -> ResultCache:
    """The result cache of this store (one per engine)."""
    with _CACHES_LOCK:
        cache = _CACHES.get(engine)
        if cache is None:
            cache = _CACHES[engine] = ResultCache(engine)
        return cache


def forget(engine: sa.Engine) -> None:
    """Drop the store's cache and close its marker connection (when the app stops)."""
    with _CACHES_LOCK:
        cache = _CACHES.pop(engine, None)
    if cache is not None:
        cache.clear()
        cache.marker.close()
