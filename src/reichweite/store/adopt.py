"""Posts typed in before their account was collected, adopted by the ids the platform uses.

A table may name a post by a form of its id that the API does not use (Bluesky: `at://HANDLE/…` from a bsky.app
URL, where the API says `at://DID/…`). When the collector learns the account, such posts move to the API's id,
merging into a post of that id if it exists already (its snapshots kept, none doubled).
"""

from __future__ import annotations

import sqlalchemy as sa

from reichweite.store.schema import posts, snapshots


def adopt_posts(conn: sa.Connection, platform: str, handle: str, account_id: str,
                prefixes: list[tuple[str, str]]) -> int:
    """Posts stored under the account's id as author (or an old handle) get the current handle; posts whose native
    id starts with an old prefix get the new one. Returns how many posts moved to another id."""
    conn.execute(posts.update().where(
        posts.c.platform == platform, sa.or_(posts.c.author == account_id, posts.c.author_id == account_id),
        posts.c.author != handle,
    ).values(author=handle, author_id=account_id))
    moved = 0
    for old, new in prefixes:
        rows = conn.execute(
            sa.select(posts.c.id, posts.c.native_id)
            .where(posts.c.platform == platform, posts.c.native_id.startswith(old, autoescape=True))
        ).all()
        for post_id, native_id in rows:
            _move(conn, platform, post_id, new + native_id[len(old):], account_id)
        moved += len(rows)
    return moved


def _move(conn: sa.Connection, platform: str, post_id: int, native_id: str, account_id: str) -> None:
    existing = conn.execute(
        sa.select(posts.c.id).where(posts.c.platform == platform, posts.c.native_id == native_id)
    ).scalar()
    if existing is None:
        conn.execute(posts.update().where(posts.c.id == post_id).values(native_id=native_id, author_id=account_id))
        return
    taken = set(conn.execute(
        sa.select(snapshots.c.observed_at, snapshots.c.source).where(snapshots.c.post_id == existing)
    ).all())
    for snap_id, observed_at, source in conn.execute(
        sa.select(snapshots.c.id, snapshots.c.observed_at, snapshots.c.source).where(snapshots.c.post_id == post_id)
    ).all():
        if (observed_at, source) not in taken:
            conn.execute(snapshots.update().where(snapshots.c.id == snap_id).values(post_id=existing))
    conn.execute(snapshots.delete().where(snapshots.c.post_id == post_id))
    conn.execute(posts.delete().where(posts.c.id == post_id))
