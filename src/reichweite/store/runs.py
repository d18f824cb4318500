"""Collection runs in the user's words: where a run got to (its cursor, saved with each page) and where an
interrupted run can go on."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa

from reichweite.store.schema import collection_runs


def record_progress(conn: sa.Connection, run_id: int, items: int, cursor: str | None) -> None:
    """In the page's own transaction: how many posts the run has stored and where reading goes on."""
    conn.execute(collection_runs.update().where(collection_runs.c.id == run_id).values(items=items, cursor=cursor))


def resumable_cursor(conn: sa.Connection, platform: str, target: str) -> str | None:
    """The cursor of the latest run for the target if that run did not finish (failed, partial or killed)."""
    row = conn.execute(
        sa.select(collection_runs.c.status, collection_runs.c.cursor)
        .where(collection_runs.c.platform == platform, collection_runs.c.target == target)
        .order_by(collection_runs.c.id.desc())
        .limit(1)
    ).first()
    if row is None or row.status == "ok":
        return None
    return row.cursor


def mark_interrupted(conn: sa.Connection, platform: str, target: str, now: datetime) -> int:
    """Earlier runs of the target still 'running' ended without finishing (the process was stopped): say so. Their
    cursor stays, so `--resume` goes on from there."""
    return conn.execute(
        collection_runs.update()
        .where(collection_runs.c.status == "running", collection_runs.c.platform == platform,
               collection_runs.c.target == target)
        .values(status="interrupted", finished_at=now,
                message="the run ended without finishing (the process was stopped)")
    ).rowcount
