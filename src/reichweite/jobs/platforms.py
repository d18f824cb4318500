"""Jobs behind `collect mastodon`, `collect x`, `import mastodon-archive` and `accounts`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import pandas as pd
import sqlalchemy as sa

from reichweite import registry
from reichweite.errors import UsageError, said_in
from reichweite.jobs.collect import CollectResult, collect
from reichweite.platforms.mastodon.archive import read_outbox
from reichweite.store import account_snapshots_as_of, save_posts, write_lock
from reichweite.timeutil import utcnow


def collect_mastodon(
    engine: sa.Engine, handle: str, *, instance_url: str | None = None, since: datetime | None = None,
    now: datetime | None = None, client_options: dict[str, Any] | None = None, resume: bool = False,
    quiet: bool = True,
) -> CollectResult:
    """The account's figures and its statuses (back to `since`, else all the API gives) with their counts."""
    return collect(engine, "mastodon", handle, now=now, since=since, resume=resume, quiet=quiet,
                   options={"instance_url": instance_url}, client_options=client_options)


def collect_x(
    engine: sa.Engine, username: str, *, api_url: str | None = None, since: datetime | None = None,
    now: datetime | None = None, token: str | None = None, client_options: dict[str, Any] | None = None,
    resume: bool = False, quiet: bool = True,
) -> CollectResult:
    """The user's public metrics and timeline (tweets with public_metrics and polls)."""
    return collect(engine, "x", username, now=now, since=since, resume=resume, quiet=quiet,
                   options={"api_url": api_url, "token": token}, client_options=client_options)


@dataclass(slots=True)
class ArchiveImport:
    handle: str | None
    posts: int
    boosts: int
    new: int
    skipped: int
    private: int = 0
    direct: int = 0

    def summary(self, lang: str = "en") -> str:
        from reichweite.report.import_summary import mastodon_archive

        return mastodon_archive(self, lang)


def import_mastodon_archive(engine: sa.Engine, path: Path) -> ArchiveImport:
    """Posts and boosts from outbox.json (zip or file) in one transaction; re-importing adds nothing."""
    content = read_outbox(path)
    with engine.begin() as conn:
        write_lock(conn)
        new = len(save_posts(conn, content.posts, source="archive").new)
    return ArchiveImport(content.handle, len(content.posts), content.boosts, new, content.skipped,
                         private=content.private, direct=content.direct)


def account_handle(platform: str, handle: str) -> str:
    """The stored form of a handle (Mastodon: @user@instance), by the platform's rule in the registry."""
    try:
        return registry.normalise_handle(platform, handle)
    except ValueError as exc:
        raise UsageError(said_in(exc)) from None


def accounts_as_of(engine: sa.Engine, platform: str, handle: str | None, at: datetime | None = None) -> pd.DataFrame:
    """Follower, following and post counts per account as of `at` (default: now)."""
    at = at or utcnow()
    with engine.connect() as conn:
        frame = account_snapshots_as_of(conn, platform, account_handle(platform, handle) if handle else None, at)
    return frame
