"""Every stored measurement of given posts, for the provenance sheet of a report."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import pandas as pd
import sqlalchemy as sa

from reichweite.store.frames import raw_time
from reichweite.store.queries import CHUNK, FIGURES
from reichweite.store.schema import posts, snapshots

HISTORY_COLUMNS: tuple[str, ...] = (
    "post_id", "platform", "native_id", "observed_at", "source", *FIGURES, "origin", "tool_version",
)


def snapshot_history(conn: sa.Connection, post_ids: Sequence[int], until: datetime | None = None) -> pd.DataFrame:
    """All snapshots of the given posts (observed_at ≤ until when given), oldest first, with platform and native id."""
    figures = HISTORY_COLUMNS[4:]
    cols = [snapshots.c.post_id, raw_time(conn, snapshots.c.observed_at).label("observed_at"),
            *[snapshots.c[c] for c in figures]]
    parts = []
    names = []
    ids = list(post_ids)
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        query = sa.select(*cols).where(snapshots.c.post_id.in_(chunk))
        if until is not None:
            query = query.where(snapshots.c.observed_at <= until)
        # plain tuples: building a frame from Row objects costs a failed attribute lookup per row
        rows = conn.execute(query).fetchall()
        parts.append(pd.DataFrame(list(map(tuple, rows)), columns=["post_id", "observed_at", *figures]))
        names.append(pd.DataFrame(
            list(map(tuple, conn.execute(sa.select(posts.c.id, posts.c.platform, posts.c.native_id)
                                         .where(posts.c.id.in_(chunk))).fetchall())),
            columns=["post_id", "platform", "native_id"]))
    if not parts:
        return pd.DataFrame(columns=list(HISTORY_COLUMNS))
    frame = pd.concat(parts, ignore_index=True)
    frame["observed_at"] = pd.to_datetime(frame["observed_at"], utc=True, format="ISO8601")
    known = pd.concat(names, ignore_index=True).set_index("post_id")
    frame["platform"] = frame["post_id"].map(known["platform"])
    frame["native_id"] = frame["post_id"].map(known["native_id"])
    for fig in FIGURES:
        frame[fig] = frame[fig].astype("Int64")
    frame = frame[list(HISTORY_COLUMNS)]
    return frame.sort_values(["platform", "observed_at", "native_id"], kind="stable").reset_index(drop=True)
