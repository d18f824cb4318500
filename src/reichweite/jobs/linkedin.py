"""Importing LinkedIn files into the store: the member data export and company page analytics exports.

Each import reads every file first (a bad file stops it before anything is written) and then writes in one
transaction, so an import is stored whole or not at all; importing the same files again adds nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from reichweite.errors import Said
from reichweite.model import Account
from reichweite.platforms.linkedin.creator_analytics import CreatorExport, is_creator_workbook, read_creator_export
from reichweite.platforms.linkedin.member_export import MemberExport, read_member_export
from reichweite.platforms.linkedin.page_analytics import (
    PageExport,
    follower_counts,
    follower_snapshots,
    read_page_export,
)
from reichweite.platforms.linkedin.page_cells import load_sheets
from reichweite.store import write_lock
from reichweite.store.linkedin_queries import (
    page_days,
    page_follower_rows,
    save_creator_window,
    save_member_part,
    save_page_days,
)
from reichweite.store.queries import save_account_snapshots, save_accounts, save_posts, save_snapshots
from reichweite.timeutil import iso_utc

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
    failed: dict[str, str] = field(default_factory=dict)  # part → why its file was not stored
    duplicates: dict[str, list[str]] = field(default_factory=dict)
    encodings: dict[str, str] = field(default_factory=dict)
    owner_from: str | None = None

    def as_dict(self) -> dict:
        return {"path": str(self.path), "owner": self.owner, "owner_from": self.owner_from, "layout": self.layout,
                "files": self.files, "read": self.read, "added": self.added, "failed": self.failed,
                "duplicates": self.duplicates, "encodings": self.encodings}


def import_member_export(engine: sa.Engine, path: Path | str, *, owner: str | None = None) -> ExportImport:
    """Read a member data export (zip or folder, or one of its files) and store it, each file in its own
    transaction: a file that cannot be read or stored is reported in `failed` and the others are stored."""
    export = read_member_export(path, owner=owner)
    added = dict.fromkeys(PARTS, 0)
    failed = dict(export.failed)
    for part in PARTS:
        if part not in export.files or part in failed:
            continue
        try:
            with engine.begin() as conn:
                write_lock(conn)  # a concurrent import of the same export counts only what it really added
                added[part] = _store_part(conn, export, part)
        except sa.exc.SQLAlchemyError as exc:
            reason = f"{type(exc).__name__}: {str(exc).splitlines()[0]}"
            failed[part] = Said(f"{export.files[part]}: not stored ({reason})", "tab.li.not_stored",
                                where=export.files[part], reason=reason)
    read = export.counts()
    for part in failed:
        read[part] = 0
    return ExportImport(Path(path), export.owner, export.layout, export.files, read, added, failed,
                        export.duplicates, export.encodings, export.owner_from)


def _store_part(conn: sa.Connection, export: MemberExport, part: str) -> int:
    if part != "shares":
        return save_member_part(conn, export, part)
    return len(save_posts(conn, export.shares, source="archive").new)


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
    kind: str = "page"  # or "creator": a member's creator analytics (`page` is then the member)
    window: tuple[date, date] | None = None
    impressions: int | None = None
    members_reached: int | None = None

    def as_dict(self) -> dict:
        out = {"path": str(self.path), "kind": self.kind, "page": self.page, "language": self.language,
               "observed_at": iso_utc(self.observed_at), "sheets": self.sheets,
               "total_followers_column": self.totals_column, "read": self.read,
               "columns_not_read": self.unread_columns}
        if self.kind == "creator":
            out.update(window=[d.isoformat() for d in self.window] if self.window else None,
                       impressions=self.impressions, members_reached=self.members_reached)
        return out


@dataclass
class PageImport:
    """What an import of page analytics exports read and what was new in the store."""

    files: list[PageFileImport]
    added: dict[str, int] = field(default_factory=dict)
    follower_notes: list[tuple[str, dict[str, Any]]] = field(default_factory=list)  # (text key, values)

    @property
    def follower_note(self) -> str:
        """How the follower counts were told, in English (the notes' texts are in report/texts/imports.py)."""
        from reichweite.report.import_summary import follower_note

        return " ".join(follower_note(key, values, "en") for key, values in self.follower_notes)

    def as_dict(self) -> dict:
        return {"files": [f.as_dict() for f in self.files], "added": self.added, "followers": self.follower_note}


def import_page_exports(
    engine: sa.Engine, paths: list[Path], *, page: str | None = None, followers: int | None = None,
    observed_at: datetime | None = None,
) -> PageImport:
    """Read analytics exports (.xls/.xlsx) and store them in one transaction: company page exports (followers and/or
    content) and a member's creator analytics exports, each told by its sheets.

    Page exports: posts of "All posts" become posts with a snapshot (views = impressions, likes, replies = comments,
    reposts, poll votes where a column has them); days go to linkedin_page_days; follower counts become account
    snapshots when the export carries a running total or `followers` (the count on the export's last day) is given.
    Creator analytics: top posts become the member's posts (a snapshot with views = impressions where the export
    has them), days (impressions, engagements, new followers) go to linkedin_page_days under the member, the
    followers per day become account snapshots, the window's impressions and members reached
    linkedin_creator_windows.
    """
    read: list[PageExport | CreatorExport] = []
    for path in map(Path, paths):
        sheets = load_sheets(path)
        if is_creator_workbook(sheets):
            read.append(read_creator_export(path, sheets, member=page, observed_at=observed_at))
        else:
            read.append(read_page_export(path, page=page, observed_at=observed_at, sheets=sheets))
    result = PageImport(files=[_file_import(e) for e in read])
    added = {"posts": 0, "snapshots": 0, "days": 0, "follower snapshots": 0}  # days: written or updated
    notes: list[tuple[str, dict[str, Any]]] = []
    days_seen: set[tuple[str, object]] = set()
    with engine.begin() as conn:
        write_lock(conn)
        for export in read:
            owner = export.member if isinstance(export, CreatorExport) else export.page
            save_accounts(conn, [Account("linkedin", owner, display_name=owner)])
            if export.posts:
                ids = save_posts(conn, export.posts, source="archive")
                added["posts"] += len(ids.new)
                added["snapshots"] += save_snapshots(conn, export.snapshots, post_ids=ids)
            save_page_days(conn, owner, export.days, origin=export.path.name)
            days_seen.update((owner, d.day) for d in export.days)
            if isinstance(export, CreatorExport):
                snaps = export.follower_snapshots()
                added["follower snapshots"] += save_account_snapshots(conn, snaps) if snaps else 0
                if export.window:
                    save_creator_window(conn, export.member, export.window, export.impressions,
                                        export.members_reached, origin=export.path.name)
                if snaps:
                    notes.append(("imp.li.follow.creator", {"page": owner, "count": len(snaps),
                                                            "day": export.total_followers[0]}))  # type: ignore[index]
            elif "followers" in export.sheets.values():
                snaps = follower_snapshots(export, followers_on_last_day=followers)
                added["follower snapshots"] += save_account_snapshots(conn, snaps) if snaps else 0
                notes.append(_follower_note(export, followers, len(snaps)))
    added["days"] = len(days_seen)
    result.added = added
    result.follower_notes = notes
    return result


def _file_import(export: PageExport | CreatorExport) -> PageFileImport:
    if isinstance(export, CreatorExport):
        return PageFileImport(export.path, export.member, "en", export.observed_at, export.sheets, None,
                              export.counts(), {}, kind="creator", window=export.window,
                              impressions=export.impressions, members_reached=export.members_reached)
    return PageFileImport(export.path, export.page, export.language, export.observed_at, export.sheets,
                          export.totals_column, export.counts(), export.unread_columns)


def _follower_note(export: PageExport, followers: int | None, count: int) -> tuple[str, dict[str, Any]]:
    if export.totals_column == "running total":
        return "imp.li.follow.running", {"page": export.page, "count": count}
    if followers is not None:
        return "imp.li.follow.back", {"page": export.page, "count": count, "followers": followers}
    return "imp.li.follow.none", {"page": export.page}


def page_followers(
    conn: sa.Connection, page: str, *, followers_on_last_day: int | None = None
) -> list[tuple[date, int]]:
    """(day, followers) of a company page: the stored follower snapshots; with `followers_on_last_day`, the counts
    back-computed from the stored new followers per day instead (see platforms.linkedin.page_analytics)."""
    if followers_on_last_day is None:
        return page_follower_rows(conn, page)
    return follower_counts(page_days(conn, page), followers_on_last_day=followers_on_last_day)
