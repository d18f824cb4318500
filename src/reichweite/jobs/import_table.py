"""Import a CSV/XLSX table of manual figures: every sheet in one transaction; re-importing adds nothing.

Each layout's records are stored by its saver, listed in SAVERS (a program's own layout adds its saver there).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from reichweite.errors import InputError, Said
from reichweite.jobs.panels import save_company_table
from reichweite.model import Post, Snapshot
from reichweite.post_keys import PREFIX, is_typed_id, typed_window
from reichweite.store import save_account_snapshots, save_posts, save_snapshots, write_lock
from reichweite.store.schema import posts
from reichweite.store.typed_in import same_post
from reichweite.tables.company_table import LONG_RECORDS, WIDE_RECORDS
from reichweite.tables.detect import load_file
from reichweite.tables.tabular import Loaded
from reichweite.timeutil import REPORT_TZ

Counts = dict[str, int]


@dataclass
class TableImportResult:
    path: Path
    parts: list[tuple[str, str | None, int, Counts]] = field(default_factory=list)  # layout, sheet, rows, counts
    first_observed: datetime | None = None
    last_observed: datetime | None = None
    at_given: bool = False  # --at stood in for a measurement date column
    stand_ins: list[str] = field(default_factory=list)  # stand-in ids of posts typed in without link or id

    def summary(self, lang: str = "en") -> str:
        from reichweite.report.import_summary import table

        return table(self, lang)


def _resolve_bluesky(conn: sa.Connection, post: Post) -> str:
    """A handle-based at-uri from a bsky.app URL → the stored DID-based at-uri of that handle's post, if any."""
    prefix, _, rkey = post.native_id.rpartition("/")
    handle = prefix.removeprefix("at://").split("/", 1)[0]
    if handle.startswith("did:"):
        return post.native_id
    found = conn.execute(
        sa.select(posts.c.native_id).where(
            posts.c.platform == "bluesky",
            posts.c.native_id.endswith(f"/app.bsky.feed.post/{rkey}", autoescape=True),
            sa.func.lower(posts.c.author) == handle.lower(),
        )
    ).scalars().all()
    return found[0] if len(found) == 1 else post.native_id


def save_posts_table(conn: sa.Connection, loaded: Loaded) -> Counts:
    items: list[Post] = loaded.records["posts"]
    snaps: list[Snapshot] = loaded.records["snapshots"]
    rows: list[int] = loaded.records["rows"]
    joined = 0
    for post, snap in zip(items, snaps, strict=True):
        if post.platform == "bluesky" and not is_typed_id(post.native_id):
            post.native_id = snap.native_id = _resolve_bluesky(conn, post)
        if is_typed_id(post.native_id) and (window := typed_window(post.raw)) is not None:
            found = same_post(conn, post.platform, post.author, window, post.text)
            if found is not None and found != post.native_id:
                post.native_id = snap.native_id = found  # the post stored with its real id (or mended text)
                joined += 1
    keys = {(p.platform, p.native_id) for p in items}
    known: dict[tuple[str, str], str] = {}  # stored posts → their author
    for platform in {k[0] for k in keys}:
        ids = [k[1] for k in keys if k[0] == platform]
        for start in range(0, len(ids), 500):
            known |= {(platform, n): a for n, a in conn.execute(
                sa.select(posts.c.native_id, posts.c.author).where(
                    posts.c.platform == platform, posts.c.native_id.in_(ids[start : start + 500]))
            ).all()}
    for post, row in zip(items, rows, strict=True):
        key = (post.platform, post.native_id)
        if key in known:
            post.author = known[key]  # the stored author stays; the row may fill unknown fields
        elif not post.author:
            raise InputError(loaded.table.path, Said(
                f"{post.platform} post {post.native_id} is not in the store yet and the row does not say whose it "
                "is: add an author column (or a post_url naming it)", "tab.import.no_author",
                post=Said(f"{post.platform} post {post.native_id}", "tab.what.post", platform=post.platform,
                          id=post.native_id)), row=row)
    # a post named by several rows is saved once; rows for known posts only add snapshots
    unique = {(p.platform, p.native_id): p for p in items if (p.platform, p.native_id) not in known}
    before = _stand_ins(conn)
    ids = save_posts(conn, list(unique.values()), source="manual")
    ids.update(save_posts(conn, [p for p in items if (p.platform, p.native_id) in known], source="manual"))
    added = save_snapshots(conn, snaps, post_ids=ids)
    counts = {"posts_new": len(unique), "posts_known": len(keys) - len(unique), "snapshots_added": added}
    if joined:
        counts["rows_joined_by_day_and_text"] = joined
    if adopted := before + sum(1 for key in unique if is_typed_id(key[1])) - _stand_ins(conn):
        counts["stand_ins_joined_by_day_and_text"] = adopted  # typed in earlier, now known by their real ids
    return counts


def _stand_ins(conn: sa.Connection) -> int:
    return int(conn.execute(sa.select(sa.func.count()).select_from(posts).where(
        posts.c.native_id >= PREFIX, posts.c.native_id < PREFIX[:-1] + ";")).scalar_one())


def save_wide_posts_table(conn: sa.Connection, loaded: Loaded) -> Counts:
    counts = save_posts_table(conn, loaded)
    if snaps := loaded.records["account_snapshots"]:
        counts["account_snapshots_added"] = save_account_snapshots(conn, snaps)
    return counts


def save_accounts_table(conn: sa.Connection, loaded: Loaded) -> Counts:
    snaps = loaded.records["account_snapshots"]
    added = save_account_snapshots(conn, snaps)
    return {"accounts": len({(s.platform, s.handle) for s in snaps}), "account_snapshots_added": added}


SAVERS: dict[str, Callable[[sa.Connection, Loaded], Counts]] = {
    "posts": save_posts_table,
    "posts-wide": save_wide_posts_table,
    "polls": save_posts_table,
    "accounts": save_accounts_table,
    LONG_RECORDS: save_company_table,
    WIDE_RECORDS: save_company_table,
}


def import_table(engine: sa.Engine, path: str | Path, *, tz: ZoneInfo = REPORT_TZ,
                 accounts: Sequence[tuple[str, str]] = (), at: datetime | None = None) -> TableImportResult:
    """Read and check the whole file first, then store everything in one transaction. accounts: (platform, handle)
    pairs a table's columns or rows belong to; at: when the figures were read, where the table does not say."""
    loaded = load_file(path, tz=tz, accounts=accounts, at=at)
    result = TableImportResult(Path(path), at_given=at is not None)
    for part in loaded:
        if part.layout not in SAVERS:
            raise InputError(path, Said(f"the {part.layout} layout is recognised but this installation cannot store "
                                        "it", "tab.import.no_saver", layout=Said(part.layout,
                                                                                 f"imp.layout.{part.layout}")))
    with engine.begin() as conn:
        write_lock(conn)  # what a concurrent import of the same file stored counts as known
        for part in loaded:
            counts = SAVERS[part.layout](conn, part)
            result.parts.append((part.layout, part.table.sheet, len(part.table.rows), counts))
            result.stand_ins += sorted({p.native_id for p in part.records.get("posts", ()) if is_typed_id(p.native_id)})
    times = [getattr(r, "observed_at", None) for part in loaded for recs in part.records.values() for r in recs]
    times = [t for t in times if isinstance(t, datetime)]
    if times:
        result.first_observed, result.last_observed = min(times), max(times)
    return result
