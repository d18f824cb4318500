"""Posts typed in without a URL or id (stand-in ids, reichweite.post_keys) and the stored posts they are.

A post is the same as a typed-in one when it is the same account's, published the same calendar day (in the zone
the day was typed in) and has the same text (post_keys.same_text); a row without a text is the account's only post
of that day. Replies and reposts are never taken for a typed-in post. Whichever comes first, the typed-in row or
the post with its real id, a post is stored once: the import looks for the real post before it makes a stand-in
(`same_post`), and saving posts with real ids merges stand-ins into them (`adopt_typed_posts`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from reichweite.post_keys import PREFIX, is_typed_id, same_text, text_key, typed_window
from reichweite.store.schema import posts, snapshots

_PREFIX_END = PREFIX[:-1] + chr(ord(PREFIX[-1]) + 1)  # 'table;': every stand-in id sorts between the two
_NOT_TYPED_KINDS = ("repost", "reply")


def _stand_ins(platform: str) -> sa.ColumnElement[bool]:
    return sa.and_(posts.c.platform == platform, posts.c.native_id >= PREFIX, posts.c.native_id < _PREFIX_END)


def _posts_of_day(conn: sa.Connection, platform: str, author: str, window: tuple[datetime, datetime]) -> list[Any]:
    return list(conn.execute(
        sa.select(posts.c.id, posts.c.native_id, posts.c.text).where(
            posts.c.platform == platform, sa.func.lower(posts.c.author) == author.lower(),
            posts.c.created_at >= window[0], posts.c.created_at <= window[1],
            posts.c.kind.not_in(_NOT_TYPED_KINDS),
        ).order_by(posts.c.id)
    ).all())


def _choose(rows: Sequence[Any], text: str | None) -> Any | None:
    """The one row with the same text (an equal text before a similar one); without a text the only row."""
    if not text_key(text):
        return rows[0] if len(rows) == 1 else None
    same = [r for r in rows if same_text(r.text, text)]
    equal = [r for r in same if text_key(r.text) == text_key(text)]
    pick = equal or same
    return pick[0] if len(pick) == 1 else None


def same_post(conn: sa.Connection, platform: str, author: str, window: tuple[datetime, datetime],
              text: str | None) -> str | None:
    """The native id of the stored post that a row typed in without an id names: a post with a real id first, else
    a stand-in made by an earlier import (whose text may have been mended since). None when no post or several fit."""
    rows = _posts_of_day(conn, platform, author, window)
    for group in ([r for r in rows if not is_typed_id(r.native_id)], [r for r in rows if is_typed_id(r.native_id)]):
        if (found := _choose(group, text)) is not None:
            return str(found.native_id)
    return None


def merge_post(conn: sa.Connection, source_id: int, target_id: int) -> None:
    """Move a post's measurements to another post (one measurement per moment and source: the target's stays) and
    delete it. A poll stays a poll."""
    taken = set(conn.execute(
        sa.select(snapshots.c.observed_at, snapshots.c.source).where(snapshots.c.post_id == target_id)
    ).all())
    for snap_id, observed_at, source in conn.execute(
        sa.select(snapshots.c.id, snapshots.c.observed_at, snapshots.c.source).where(snapshots.c.post_id == source_id)
    ).all():
        if (observed_at, source) not in taken:
            conn.execute(snapshots.update().where(snapshots.c.id == snap_id).values(post_id=target_id))
    kind = conn.execute(sa.select(posts.c.kind).where(posts.c.id == source_id)).scalar()
    if kind == "poll":
        conn.execute(posts.update().where(posts.c.id == target_id, posts.c.kind == "post").values(kind="poll"))
    conn.execute(snapshots.delete().where(snapshots.c.post_id == source_id))
    conn.execute(posts.delete().where(posts.c.id == source_id))


def adopt_typed_posts(conn: sa.Connection, saved: Iterable[dict[str, Any]]) -> int:
    """Merge stand-in posts into the posts just saved with real ids that they are (same account, day and text).
    `saved`: the rows given to the posts table. Returns how many stand-ins were merged. One indexed look-up per
    platform when there are no stand-ins."""
    by_platform: dict[str, dict[str, list[datetime]]] = {}
    for row in saved:
        if is_typed_id(row["native_id"]) or row.get("created_at") is None or row.get("kind") in _NOT_TYPED_KINDS:
            continue
        authors = by_platform.setdefault(row["platform"], {})
        authors.setdefault(str(row["author"]).lower(), []).append(row["created_at"])
    merged = 0
    for platform, authors in by_platform.items():
        stand_ins = conn.execute(
            sa.select(posts.c.id, posts.c.author, posts.c.text, posts.c.raw).where(_stand_ins(platform))
        ).all()
        for stand_in in stand_ins:
            window = typed_window(stand_in.raw)
            times = authors.get(str(stand_in.author).lower())
            if window is None or not times or not any(window[0] <= t <= window[1] for t in times):
                continue
            real = [r for r in _posts_of_day(conn, platform, stand_in.author, window) if not is_typed_id(r.native_id)]
            if (target := _choose(real, stand_in.text)) is not None:
                merge_post(conn, stand_in.id, target.id)
                merged += 1
    return merged
