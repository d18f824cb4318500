"""Import an X account archive into the store in one transaction (all or nothing; re-import adds nothing)."""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import sqlalchemy as sa

from reichweite.platforms.x.archive import read_x_archive
from reichweite.store import save_posts, save_snapshots, write_lock
from reichweite.store.schema import posts


@dataclass
class ImportResult:
    author: str
    posts: int
    posts_new: int
    snapshots_added: int
    reposts: int
    replies: int
    observed_at: datetime
    observed_note: str
    earlier_versions: int = 0
    notes: int = 0
    long_posts: int = 0
    completed: int = 0
    observed_from: str = "manifest"  # "manifest" (the archive's generationDate) or "mtime" (the file's time)
    observed_file: str = ""

    def summary(self, lang: str = "en") -> str:
        from reichweite.report.import_summary import x_archive

        return x_archive(self, lang)


def import_x_archive(engine: sa.Engine, path: str | Path, *, handle: str | None = None) -> ImportResult:
    archive = read_x_archive(path, handle=handle)
    with engine.begin() as conn:
        write_lock(conn)  # a concurrent import of the same archive counts only what it really added
        ids = save_posts(conn, archive.posts, source="archive")
        new = len(ids.new)
        added = save_snapshots(conn, archive.snapshots, post_ids=ids)
        completed = _complete_cut_texts(conn, archive.posts)
    return ImportResult(
        author=archive.author, posts=len(archive.posts), posts_new=new, snapshots_added=added,
        reposts=archive.count("repost"), replies=archive.count("reply"), observed_at=archive.observed_at,
        observed_note=archive.observed_note, earlier_versions=archive.earlier_versions, notes=archive.notes,
        long_posts=archive.long_posts, completed=completed, observed_from=archive.observed_from,
        observed_file=archive.observed_file,
    )


def _complete_cut_texts(conn: sa.Connection, items: list) -> int:
    """Posts stored earlier with their cut-off text (an import before note-tweet.js was read) get the full text
    now; a text stored from elsewhere is left as it is."""
    completed = 0
    for post in items:
        note = post.raw.get("note_tweet") if isinstance(post.raw, dict) else None
        if note is None:
            continue
        cut = html.unescape(str(post.raw.get("full_text", "")))
        done = conn.execute(
            posts.update()
            .where(posts.c.platform == "x", posts.c.native_id == post.native_id, posts.c.text == cut)
            .values(text=post.text, hashtags=post.hashtags or None, raw=post.raw)
        )
        completed += done.rowcount or 0
    return completed
