"""Importing LinkedIn files into the store: the member data export and company page analytics exports.

Each import reads every file first (a bad file stops it before anything is written) and then writes in one
transaction, so an import is stored whole or not at all; importing the same files again adds nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import sqlalchemy as sa

from reichweite.errors import ConfigError
from reichweite.model import Account
from reichweite.platforms.linkedin.member_export import MemberExport, read_member_export
from reichweite.platforms.linkedin.page_analytics import (
    PageExport,
    follower_counts,
    follower_snapshots,
    read_page_export,
)
from reichweite.store.linkedin_queries import page_days, page_follower_rows, save_member_export, save_page_days
from reichweite.store.queries import save_account_snapshots, save_accounts, save_posts, save_snapshots

PARTS: tuple[str, ...] = ("connections", "invitations", "messages", "shares", "votes", "reactions")


@dataclass
class ExportImport:
    """What an import of a member data export read and what was new in the store."""

    path: Path
    owner: str | None
    layout: str
    files: dict[str, str]
    read: dict[str, int]
    added: dict[str, int]

    def as_dict(self) -> dict:
        return {"path": str(self.path), "owner": self.owner, "layout": self.layout, "files": self.files,
                "read": self.read, "added": self.added}


def import_member_export(engine: sa.Engine, path: Path | str, *, owner: str | None = None) -> ExportImport:
    """Read a member data export (zip or folder) and store it in one transaction."""
    export = read_member_export(path, owner=owner)
    if export.shares and not export.owner:
        raise ConfigError(
            f"{path}: whose export this is cannot be told (no invitations, no messages with a clear owner); "
            "pass --owner 'First Last' so the shares can be stored as that member's posts"
        )
    with engine.begin() as conn:
        added = _store_export(conn, export)
    return ExportImport(Path(path), export.owner, export.layout, export.files, export.counts(), added)


def _store_export(conn: sa.Connection, export: MemberExport) -> dict[str, int]:
    added = {}
    added["shares"] = len(save_posts(conn, export.shares, source="archive").new) if export.shares else 0
    added.update(save_member_export(conn, export))
    return {part: added.get(part, 0) for part in PARTS}


@dataclass
class PageFileImport:
    path: Path
    page: str
    language: str
    observed_at: datetime
    sheets: dict[str, str]
    totals_column: str | None
    read: dict[str, int]
    unread_columns: dict[str, list[str]]

    def as_dict(self) -> dict:
        return {"path": str(self.path), "page": self.page, "language": self.language,
                "observed_at": self.observed_at.isoformat(), "sheets": self.sheets,
                "total_followers_column": self.totals_column, "read": self.read,
                "columns_not_read": self.unread_columns}


@dataclass
class PageImport:
    """What an import of page analytics exports read and what was new in the store."""

    files: list[PageFileImport]
    added: dict[str, int] = field(default_factory=dict)
    follower_note: str = ""

    def as_dict(self) -> dict:
        return {"files": [f.as_dict() for f in self.files], "added": self.added, "followers": self.follower_note}


def import_page_exports(
    engine: sa.Engine, paths: list[Path], *, page: str | None = None, followers: int | None = None,
    observed_at: datetime | None = None,
) -> PageImport:
    """Read page analytics exports (followers and/or content, .xls/.xlsx) and store them in one transaction.

    Posts of "All posts" become posts with a snapshot (views = impressions, likes, replies = comments, reposts,
    poll votes where a column has them); days go to linkedin_page_days; follower counts become account snapshots
    when the export carries a running total or `followers` (the count on the export's last day) is given.
    """
    exports: list[PageExport] = [read_page_export(p, page=page, observed_at=observed_at) for p in paths]
    result = PageImport(files=[
        PageFileImport(e.path, e.page, e.language, e.observed_at, e.sheets, e.totals_column, e.counts(),
                       e.unread_columns)
        for e in exports
    ])
    added = {"posts": 0, "snapshots": 0, "days": 0, "follower snapshots": 0}  # days: written or updated
    notes = []
    days_seen: set[tuple[str, object]] = set()
    with engine.begin() as conn:
        for export in exports:
            save_accounts(conn, [Account("linkedin", export.page, display_name=export.page)])
            if export.posts:
                ids = save_posts(conn, export.posts, source="archive")
                added["posts"] += len(ids.new)
                added["snapshots"] += save_snapshots(conn, export.snapshots, post_ids=ids)
            save_page_days(conn, export.page, export.days, origin=export.path.name)
            days_seen.update((export.page, d.day) for d in export.days)
            if "followers" in export.sheets.values():
                snaps = follower_snapshots(export, followers_on_last_day=followers)
                added["follower snapshots"] += save_account_snapshots(conn, snaps) if snaps else 0
                notes.append(_follower_note(export, followers, len(snaps)))
    added["days"] = len(days_seen)
    result.added = added
    result.follower_note = " ".join(notes)
    return result


def _follower_note(export: PageExport, followers: int | None, count: int) -> str:
    if export.totals_column == "running total":
        return f"{export.page}: follower counts taken from the export's running total ({count} days)."
    if followers is not None:
        return (f"{export.page}: follower counts for {count} days back-computed from {followers} on the last day "
                "minus the new followers after each day (unfollows are not in the export: lower bounds).")
    return (f"{export.page}: the export has new followers per day only; pass --followers N (the count on the "
            "export's last day) to store follower counts.")


def page_followers(
    conn: sa.Connection, page: str, *, followers_on_last_day: int | None = None
) -> list[tuple[date, int]]:
    """(day, followers) of a company page: the stored follower snapshots; with `followers_on_last_day`, the counts
    back-computed from the stored new followers per day instead (see platforms.linkedin.page_analytics)."""
    if followers_on_last_day is None:
        return page_follower_rows(conn, page)
    return follower_counts(page_days(conn, page), followers_on_last_day=followers_on_last_day)
