"""Comparisons computed before anyone asks: the ones the app was asked for lately (kept in the store, table
`web_recent`), computed again in a background thread when the server starts and whenever the store changed (an
import, a collection, figures typed in), so that the next page or API call finds them kept (see web.cache).

Only comparisons at a given date or age are remembered ("as of now" is never kept). A new comparison is written to
the store once; asked again, nothing is written (a write changes the store's marker and so every kept result)."""

from __future__ import annotations

import hashlib
import json
import logging
import threading
import time
from collections.abc import Hashable
from typing import Any

import sqlalchemy as sa
from fastapi import Request

from reichweite.store.schema_jobs import web_recent
from reichweite.timeutil import utcnow
from reichweite.web.cache import results, uncounted

KEEP = 4  # comparisons remembered (the newest; each keeps 5 results: see web.cache.SIZE)
LOOK_EVERY = 2.0  # seconds between looks at the store's marker

log = logging.getLogger("reichweite.web")


def remember(request: Request, key: Hashable, params: dict[str, Any]) -> None:
    """Note a comparison the app was asked for (`key`: the comparison's cache key, the same whoever asks: page,
    download or API): its accounts and options."""
    warmer: Warmer | None = getattr(request.app.state, "warmer", None)
    if warmer is not None:
        warmer.remember(key, params)


def recent(engine: sa.Engine) -> list[dict[str, Any]]:
    """The remembered comparisons, newest first."""
    with engine.connect() as conn:
        rows = conn.execute(sa.select(web_recent.c.params).order_by(web_recent.c.asked_at.desc())).all()
    return [row.params for row in rows]


class Warmer:
    """A daemon thread that computes the remembered comparisons whenever the store's marker is new."""

    def __init__(self, engine: sa.Engine, keep: int = KEEP, every: float = LOOK_EVERY) -> None:
        self.engine, self.keep, self.every = engine, keep, every
        self.idle = threading.Event()  # set while nothing is left to compute for the store as it is
        self._wake, self._stop = threading.Event(), threading.Event()
        self._done_for: object = None  # the store marker the remembered comparisons were last computed for
        self._thread = threading.Thread(target=self._run, name="reichweite-warm", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self, wait: float = 30.0) -> None:
        self._stop.set()
        self._wake.set()
        self._thread.join(wait)

    def settled(self, timeout: float) -> bool:
        """Wait until every remembered comparison is computed for the store as it is now (False: not in time)."""
        cache = results(self.engine)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not self._thread.is_alive():
                return False
            if self.idle.is_set() and cache.marker.current() == self._done_for:
                return True
            self._wake.set()
            time.sleep(0.05)
        return False

    def remember(self, comparison: Hashable, params: dict[str, Any]) -> None:
        key = hashlib.sha256(repr(comparison).encode("utf-8")).hexdigest()
        with self.engine.connect() as conn:
            if conn.execute(sa.select(web_recent.c.key).where(web_recent.c.key == key)).first() is not None:
                return  # known: nothing written, the kept results stay valid
        with self.engine.begin() as conn:
            if conn.execute(sa.select(web_recent.c.key).where(web_recent.c.key == key)).first() is not None:
                return
            conn.execute(web_recent.insert().values(key=key, params=json.loads(json.dumps(params)),
                                                    asked_at=utcnow()))
            old = conn.execute(sa.select(web_recent.c.key).order_by(web_recent.c.asked_at.desc())
                               .offset(self.keep)).scalars().all()
            if old:
                conn.execute(web_recent.delete().where(web_recent.c.key.in_(old)))
        self.idle.clear()
        self._wake.set()

    def _run(self) -> None:
        with uncounted():
            self._loop()

    def _loop(self) -> None:
        cache = results(self.engine)
        while not self._stop.is_set():
            marker = cache.marker.current()
            if marker is None:  # a store whose changes cannot be seen: nothing is kept, nothing to warm
                self.idle.set()
                return
            if marker != self._done_for:
                self.idle.clear()
                for params in recent(self.engine):
                    if self._stop.is_set():
                        return
                    self.warm(params)
                self._done_for = marker
            if cache.marker.current() == self._done_for:
                self.idle.set()
            self._wake.wait(self.every)
            self._wake.clear()

    def warm(self, params: dict[str, Any]) -> None:
        """Compute one remembered comparison: its result, its JSON and the page's result part in each language (when
        the page can show it: the API offers options the page does not)."""
        from reichweite.report.i18n import LANGS
        from reichweite.web import views
        from reichweite.web.compare_view import page_options, result_html

        accounts, options = params["accounts"], params["options"]
        try:
            views.comparison_body(self.engine, accounts, **options)
            shown = page_options(options)
            if views.comparison_key(self.engine, accounts, **shown) == views.comparison_key(self.engine, accounts,
                                                                                         **options):
                for lang in LANGS:
                    result_html(self.engine, accounts, lang, shown)
        except Exception as exc:  # noqa: BLE001 - an account gone, a changed option: said, and the next one
            log.warning("comparison of %s not computed ahead: %s", ", ".join(accounts), exc)
