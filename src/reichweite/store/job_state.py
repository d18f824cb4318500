"""Job state in the store: queued → running → done | failed. Each change is its own short transaction, apart from
the work the job does, so a job's record never holds the job's rows back and a stop loses neither."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from reichweite.redact import redact
from reichweite.store.schema_jobs import jobs
from reichweite.timeutil import utcnow

STATUSES = ("queued", "running", "done", "failed")
INTERRUPTED = "interrupted: the server stopped before this job finished"


@dataclass(slots=True)
class JobRecord:
    id: str
    kind: str
    label: str
    params: dict[str, Any]
    status: str
    progress_done: int
    progress_total: int | None
    progress_note: str | None
    summary: Any
    message: str | None
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None

    @property
    def finished(self) -> bool:
        return self.status in ("done", "failed")

    def to_json(self) -> dict[str, Any]:
        def when(value: datetime | None) -> str | None:
            return value.isoformat().replace("+00:00", "Z") if value is not None else None

        return {
            "id": self.id, "kind": self.kind, "label": self.label, "params": self.params, "status": self.status,
            "progress": {"done": self.progress_done, "total": self.progress_total, "note": self.progress_note},
            "summary": self.summary, "message": self.message, "created_at": when(self.created_at),
            "started_at": when(self.started_at), "finished_at": when(self.finished_at),
        }


def _record(row: sa.Row) -> JobRecord:
    m = row._mapping
    return JobRecord(**{name: m[name] for name in JobRecord.__slots__ if name != "params"},  # type: ignore[arg-type]
                     params=dict(m["params"] or {}))


def create_job(conn: sa.Connection, kind: str, label: str, params: dict[str, Any] | None = None) -> str:
    job_id = uuid.uuid4().hex
    conn.execute(jobs.insert().values(id=job_id, kind=kind, label=label, params=params or {}, status="queued",
                                      progress_done=0, created_at=utcnow()))
    return job_id


def start_job(conn: sa.Connection, job_id: str) -> None:
    conn.execute(jobs.update().where(jobs.c.id == job_id).values(status="running", started_at=utcnow()))


def record_progress(conn: sa.Connection, job_id: str, done: int, total: int | None, note: str | None) -> None:
    conn.execute(jobs.update().where(jobs.c.id == job_id, jobs.c.status == "running")
                 .values(progress_done=done, progress_total=total, progress_note=note))


def finish_job(conn: sa.Connection, job_id: str, status: str, *, message: str | None, summary: Any = None) -> None:
    if status not in ("done", "failed"):
        raise ValueError(f"a job finishes as done or failed, not {status!r}")
    conn.execute(jobs.update().where(jobs.c.id == job_id)
                 .values(status=status, message=redact(message) if message else message, summary=summary,
                         finished_at=utcnow()))


def get_job(conn: sa.Connection, job_id: str) -> JobRecord | None:
    row = conn.execute(sa.select(jobs).where(jobs.c.id == job_id)).first()
    return _record(row) if row is not None else None


def list_jobs(conn: sa.Connection, *, kind: str | None = None, limit: int = 50) -> list[JobRecord]:
    query = sa.select(jobs).order_by(jobs.c.created_at.desc()).limit(limit)
    if kind is not None:
        query = query.where(jobs.c.kind == kind)
    return [_record(row) for row in conn.execute(query)]


def mark_interrupted(conn: sa.Connection) -> int:
    """Jobs left queued or running by a stopped server are failed, saying so; returns how many."""
    result = conn.execute(jobs.update().where(jobs.c.status.in_(("queued", "running")))
                          .values(status="failed", message=INTERRUPTED, finished_at=utcnow()))
    return int(result.rowcount or 0)
