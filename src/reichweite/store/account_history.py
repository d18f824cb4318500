"""Every stored measurement of an account (followers, following, posts), for rates and growth over time."""

from __future__ import annotations

import pandas as pd
import sqlalchemy as sa

from reichweite.store.queries import ACCOUNT_FIGURES
from reichweite.store.schema import account_snapshots, accounts

HISTORY_COLUMNS: tuple[str, ...] = ("platform", "handle", "observed_at", "source", *ACCOUNT_FIGURES,
                                    "followers_shown", "origin")


def account_history(conn: sa.Connection, platform: str, handle: str) -> pd.DataFrame:
    """All measurements of one account (handle compared case-insensitively), oldest first; empty when none."""
    query = (
        sa.select(accounts.c.platform, accounts.c.handle,
                  *[account_snapshots.c[c] for c in HISTORY_COLUMNS[2:]])
        .join(accounts, accounts.c.id == account_snapshots.c.account_id)
        .where(accounts.c.platform == platform, sa.func.lower(accounts.c.handle) == handle.lower())
        .order_by(account_snapshots.c.observed_at, account_snapshots.c.source)
    )
    frame = pd.DataFrame(conn.execute(query).mappings().all(), columns=list(HISTORY_COLUMNS))
    for figure in ACCOUNT_FIGURES:
        frame[figure] = frame[figure].astype("Int64")
    frame["observed_at"] = pd.to_datetime(frame["observed_at"], utc=True)
    return frame
