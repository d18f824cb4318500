"""Collecting one account through a platform adapter into the store, one transaction per page, and recording the
run in collection_runs. A run killed at any point keeps every page stored before; a failure is recorded as failed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa

from reichweite.errors import ReichweiteError
from reichweite.model import Post, Snapshot
from reichweite.platforms.collector import Batch, Collector, KnownPost
from reichweite.redact import redact
from reichweite.store import (
    finish_run,
    save_account_snapshots,
    save_accounts,
    save_posts,
    save_snapshots,
    start_run,
    write_lock,
)
from reichweite.store.schema import posts as posts_table
from reichweite.visibility import DIRECT, PRIVATE


@dataclass(slots=True)
class CollectResult:
    platform: str
    handle: str
    status: str = "running"
    posts_seen: int = 0
    posts_new: int = 0
    snapshots: int = 0
    account_snapshots: int = 0
    remeasured: int = 0
    message: str | None = None
    private: int = 0  # followers-only posts among those read: stored, shown only when asked for
    direct: int = 0  # direct messages: left out, never stored

    def summary(self) -> str:
        text = (f"{self.platform} {self.handle}: {self.status}; {self.posts_seen} posts read ({self.posts_new} new), "
                f"{self.snapshots} post snapshots, {self.account_snapshots} account snapshot(s)")
        if self.remeasured:
            text += f", {self.remeasured} re-measured"
        if self.private:
            text += (f"; {self.private} followers-only posts stored (left out of listings and reports unless "
                     "--visibility private)")
        if self.direct:
            text += f"; {self.direct} direct messages left out (never stored)"
        return text + (f" — {self.message}" if self.message else "")


def store_batch(engine: sa.Engine, posts: Sequence[Post], snaps: Sequence[Snapshot], *, source: str) -> tuple[int, int]:
    """One page in one transaction. Returns (new posts, new snapshots)."""
    if not posts and not snaps:
        return 0, 0
    with engine.begin() as conn:
        write_lock(conn)  # concurrent runs count only what each really added
        known = 0
        for platform in {p.platform for p in posts}:
            keys = [p.native_id for p in posts if p.platform == platform]
            known += conn.execute(
                sa.select(sa.func.count()).select_from(posts_table)
                .where(posts_table.c.platform == platform, posts_table.c.native_id.in_(keys))
            ).scalar_one()
        ids = save_posts(conn, posts, source=source)
        added = save_snapshots(conn, snaps, post_ids=ids) if snaps else 0
    return len({(p.platform, p.native_id) for p in posts}) - known, added


def _run(
    engine: sa.Engine, collector: Collector, handle: str, result: CollectResult, body: Callable[[], None]
) -> CollectResult:
    with engine.begin() as conn:
        run_id = start_run(conn, collector.platform, handle)
    try:
        body()
    except ReichweiteError as exc:
        stored = result.posts_new or result.snapshots or result.account_snapshots
        result.status = "partial" if stored else "failed"
        result.message = redact(str(exc))
        with engine.begin() as conn:
            finish_run(conn, run_id, result.status, message=result.message, items=result.snapshots)
        raise
    except BaseException as exc:
        result.status = "failed"
        with engine.begin() as conn:
            finish_run(conn, run_id, "failed", message=redact(f"{type(exc).__name__}: {exc}")[:500],
                       items=result.snapshots)
        raise
    result.status = "ok"
    with engine.begin() as conn:
        finish_run(conn, run_id, "ok", message=result.message, items=result.snapshots)
    return result


StopRule = Callable[[list[str], datetime | None], bool]


def _consume(
    engine: sa.Engine, batches: Iterable[Batch], result: CollectResult, *,
    keep: Callable[[Post], bool] | None = None, stop: StopRule | None = None,
) -> set[str]:
    """Store batches (posts always, a snapshot when keep() says so); stop() after a page ends the reading."""
    seen: set[str] = set()
    for batch in batches:
        result.direct += sum(p.visibility == DIRECT for p, _ in batch)
        batch = [(p, s) for p, s in batch if p.visibility != DIRECT]  # a direct message is never a post
        result.private += sum(p.visibility == PRIVATE for p, _ in batch)
        posts = [p for p, _ in batch]
        snaps = [s for p, s in batch if s is not None and (keep is None or keep(p))]
        new_posts, new_snaps = store_batch(engine, posts, snaps, source="api")
        seen.update(p.native_id for p in posts)
        result.posts_seen += len(posts)
        result.posts_new += new_posts
        result.snapshots += new_snaps
        oldest = min((p.created_at for p in posts if p.created_at is not None), default=None)
        if stop is not None and stop([p.native_id for p in posts], oldest):
            break
    return seen


def collect_account(
    engine: sa.Engine, collector: Collector, handle: str, now: datetime, *,
    since: datetime | None = None, account_figures: bool = True, keep: Callable[[Post], bool] | None = None,
    remeasure: Sequence[KnownPost] = (), stop: StopRule | None = None,
) -> CollectResult:
    """Account figures (when asked), the timeline back to `since` (every post stored; a snapshot where keep()
    agrees), then a re-measurement of the given known posts the timeline did not show."""
    result = CollectResult(collector.platform, handle)
    if stop is None and since is not None:
        def stop(_ids: list[str], oldest: datetime | None) -> bool:
            return oldest is not None and oldest < since

    def body() -> None:
        figures = collector.account(handle, now)
        result.handle = figures.account.handle
        with engine.begin() as conn:
            save_accounts(conn, [figures.account])
            if account_figures:
                result.account_snapshots = save_account_snapshots(conn, [figures.snapshot])
        seen = _consume(engine, collector.timeline(figures, now), result, keep=keep, stop=stop)
        rest = [k for k in remeasure if k.native_id not in seen]
        if rest:
            before = result.snapshots
            _consume(engine, collector.remeasure(figures.account.handle, rest, now), result)
            result.remeasured = result.snapshots - before

    return _run(engine, collector, handle, result, body)
