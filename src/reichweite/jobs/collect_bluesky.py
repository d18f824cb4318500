"""`collect bluesky`: an account's own Bluesky posts with their current counts, through the one collection runner
(reichweite.jobs.collect: per-page transactions, a resume cursor, the run recorded, the same summary as every
platform)."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa

from reichweite.jobs.collect import CollectResult, collect, tell_wait
from reichweite.platforms.bluesky.appview import DEFAULT_APPVIEW
from reichweite.platforms.bluesky.collector import BlueskyCollector
from reichweite.platforms.http import ApiClient


def collect_bluesky(
    engine: sa.Engine,
    actor: str,
    *,
    appview: str = DEFAULT_APPVIEW,
    since: datetime | None = None,
    resume: bool = False,
    api: ApiClient | None = None,
    quiet: bool = False,
    page_size: int = 100,
    now: datetime | None = None,
) -> CollectResult:
    """Profile snapshot + every own post of `actor` with a fresh snapshot; `resume` goes on from an unfinished run."""
    collector = BlueskyCollector(appview, {} if quiet else {"on_wait": tell_wait}, api=api, page_size=page_size)
    try:
        return collect(engine, "bluesky", actor, now=now, since=since, resume=resume, quiet=quiet, collector=collector)
    finally:
        collector.close()
