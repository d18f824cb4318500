"""Long work as jobs: a small pool of worker threads in the server process. A job's state lives in the store
(`reichweite.store.job_state`), written in short transactions of its own, so the page can poll it and a restart
still shows it; the work itself keeps its own transactions (an import stays all or nothing)."""

from __future__ import annotations

import logging
import math
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from reichweite.errors import ReichweiteError
from reichweite.redact import RedactingFilter
from reichweite.store.job_state import create_job, finish_job, mark_interrupted, record_progress, start_job

log = logging.getLogger("reichweite.web")
log.addFilter(RedactingFilter())  # a failed job's traceback may show a URL with its credentials


@dataclass(slots=True)
class Outcome:
    """What a finished job hands back: the line to show and its JSON-ready summary."""

    message: str
    summary: Any = None


@dataclass
class Progress:
    """Progress a job reports; written to the store at most every `every` seconds (and at the end)."""

    engine: sa.Engine
    job_id: str
    every: float = 0.3
    done: int = 0
    total: int | None = None
    note: str | None = None
    _written: float = field(default=0.0, repr=False)
    probe: Callable[[], tuple[int, int | None, str | None] | None] | None = field(default=None, repr=False)

    def set(self, done: int, total: int | None = None, note: str | None = None, *, force: bool = False) -> None:
        self.done, self.total, self.note = done, total, note
        now = time.monotonic()
        if force or now - self._written >= self.every:
            self._written = now
            with self.engine.begin() as conn:
                record_progress(conn, self.job_id, done, total, note)

    def poll(self) -> None:
        """Ask the probe (a job's own counter, e.g. a collection run's items) and write what changed."""
        if self.probe is None:
            return
        found = self.probe()
        if found is not None and found != (self.done, self.total, self.note):
            self.set(*found)


JobFunction = Callable[[Progress], Outcome]


def strict_json(value: Any) -> Any:
    """`value` as strict JSON values: NaN and infinities become null, dates and other objects their text."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {str(k): strict_json(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [strict_json(v) for v in value]
    if value is None or isinstance(value, str | int | bool):
        return value
    if hasattr(value, "item"):  # numpy scalars
        return strict_json(value.item())
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


class JobPool:
    def __init__(self, engine: sa.Engine, workers: int = 2) -> None:
        self.engine = engine
        self.executor = ThreadPoolExecutor(max_workers=max(1, workers), thread_name_prefix="reichweite-job")
        with engine.begin() as conn:
            interrupted = mark_interrupted(conn)
        if interrupted:
            log.warning("%d job(s) were interrupted by the last stop and are marked failed", interrupted)

    def submit(self, kind: str, label: str, params: dict[str, Any], work: JobFunction,
               cleanup: Callable[[], None] | None = None, *, lang: str = "en") -> str:
        """Start `work` as a job; its error, if it fails, is kept in `lang` (the language of the page that
        started it, as its summary)."""
        with self.engine.begin() as conn:
            job_id = create_job(conn, kind, label, params)
        self.executor.submit(self._run, job_id, work, cleanup, lang)
        return job_id

    def _run(self, job_id: str, work: JobFunction, cleanup: Callable[[], None] | None, lang: str = "en") -> None:
        from reichweite.errors import Said
        from reichweite.report.messages import error_text, say

        progress = Progress(self.engine, job_id)
        stop = threading.Event()
        try:
            with self.engine.begin() as conn:
                start_job(conn, job_id)
            ticker = threading.Thread(target=self._tick, args=(progress, stop), daemon=True)
            ticker.start()
            try:
                outcome = work(progress)
            finally:
                stop.set()
                ticker.join()
            with self.engine.begin() as conn:
                finish_job(conn, job_id, "done", message=outcome.message, summary=strict_json(outcome.summary))
        except ReichweiteError as exc:
            self._fail(job_id, error_text(exc, lang))
        except Exception as exc:  # noqa: BLE001 - a job must end as failed, whatever broke
            log.exception("job %s failed", job_id)
            kind = type(exc).__name__
            self._fail(job_id, say(Said(f"Unexpected error ({kind}): {exc}", "opt.job_unexpected", kind=kind,
                                        detail=str(exc)), lang))
        finally:
            if cleanup is not None:
                cleanup()

    def _fail(self, job_id: str, message: str) -> None:
        with self.engine.begin() as conn:
            finish_job(conn, job_id, "failed", message=message)

    @staticmethod
    def _tick(progress: Progress, stop: threading.Event) -> None:
        while not stop.wait(0.5):
            try:
                progress.poll()
            except Exception:  # noqa: BLE001 - progress is best effort; the job's own outcome decides
                log.debug("progress probe failed", exc_info=True)

    def shutdown(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)
