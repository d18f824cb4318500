"""The snapshot store: posts once, measurements append-only, any question 'as of' a date."""

from reichweite.store.db import open_store, resolve_url, write_lock
from reichweite.store.queries import (
    account_snapshots_as_of,
    finish_run,
    posts_frame,
    save_account_snapshots,
    save_accounts,
    save_posts,
    save_snapshots,
    snapshots_as_of,
    snapshots_at_age,
    start_run,
)

__all__ = [
    "account_snapshots_as_of",
    "finish_run",
    "open_store",
    "posts_frame",
    "resolve_url",
    "save_account_snapshots",
    "save_accounts",
    "save_posts",
    "save_snapshots",
    "snapshots_as_of",
    "snapshots_at_age",
    "start_run",
    "write_lock",
]
