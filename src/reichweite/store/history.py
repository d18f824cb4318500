"""Every stored measurement of given posts, for the provenance sheet of a report."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import pandas as pd
import sqlalchemy as sa

from reichweite.store.queries import CHUNK, FIGURES
from reichweite.store.schema import posts, snapshots

HISTORY_COLUMNS: tuple[str, ...] = (
    "post_id", "platform", "native_id", "observed_at", "source", *FIGURES, "origin", "tool_version",
)


def snapshot_history(conn: sa.Connection, post_ids: Sequence[int], until: datetime | None = None) -> pd.DataFrame:
    """All snapshots of the given posts (observed_at ≤ until when given), oldest first, with platform and native id."""
    cols = [snapshots.c.post_id, posts.c.platform, posts.c.native_id, *[snapshots.c[c] for c in HISTORY_COLUMNS[3:]]]
    parts = []
    ids = list(post_ids)
    for start in range(0, len(ids), CHUNK):
        query = (
            sa.select(*cols)
            .join(posts, posts.c.id == snapshots.c.post_id)
            .where(snapshots.c.post_id.in_(ids[start : start + CHUNK]))
        )
        if until is not None:
            query = query.where(snapshots.c.observed_at <= until)
        parts.append(pd.DataFrame(conn.execute(query).mappings().all(), columns=list(HISTORY_COLUMNS)))
    if not parts:
        return pd.DataFrame(columns=list(HISTORY_COLUMNS))
    frame = pd.concat(parts, ignore_index=True)
    for fig in FIGURES:
        frame[fig] = frame[fig].astype("Int64")
    return frame.sort_values(["platform", "observed_at", "native_id"], kind="stable").reset_index(drop=True)
