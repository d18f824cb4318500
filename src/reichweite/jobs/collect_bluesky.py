"""Collect an account's own Bluesky posts into the store, page by page, resumable after a failure.

Each page is stored in its own transaction as it arrives, and the run's cursor is saved with it, so a run that
stops (rate limit, server error, kill) keeps everything stored so far; `--resume` continues from the saved
cursor, and a plain re-run collects again from the top. Neither adds duplicate posts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa

from reichweite.errors import FetchError, NotFound, RateLimited
from reichweite.platforms.bluesky.appview import DEFAULT_APPVIEW, PLATFORM, BlueskyClient
from reichweite.platforms.http import ApiClient
from reichweite.progress import progress_bar, stderr
from reichweite.store import (
    finish_run,
    save_account_snapshots,
    save_accounts,
    save_posts,
    save_snapshots,
    start_run,
    write_lock,
)
from reichweite.store.schema import collection_runs, posts, snapshots
from reichweite.terminal import plain


@dataclass
class CollectResult:
    handle: str
    did: str
    run_id: int
    pages: int = 0
    posts_new: int = 0
    posts_known: int = 0
    snapshots_added: int = 0
    reposts_skipped: int = 0
    older_skipped: int = 0
    followers: int | None = None
    first_observed: datetime | None = None
    last_observed: datetime | None = None
    resumed_from: str | None = None

    def summary(self) -> str:
        when = "-" if self.first_observed is None else f"{self.first_observed:%Y-%m-%d %H:%M:%S} UTC (time of fetch)"
        resumed = " (resumed from the saved cursor)" if self.resumed_from else ""
        return (
            f"bluesky {self.handle}{resumed}: {self.posts_new + self.posts_known:,} own posts in {_pages(self.pages)} "
            f"({self.posts_new:,} new, {self.posts_known:,} known), {self.snapshots_added:,} snapshots added, "
            f"{self.reposts_skipped:,} reposts by the author skipped, observed_at {when}"
        )


def _tell_wait(why: str, seconds: float) -> None:
    if seconds >= 1:
        stderr.print(plain(f"{why}: waiting {seconds:.0f} s before the next request"))


def normalise_actor(actor: str) -> str:
    return actor.strip().lstrip("@").lower()


def resumable_cursor(conn: sa.Connection, target: str) -> str | None:
    """The cursor of the latest run for target if that run did not finish (failed, partial or killed)."""
    row = conn.execute(
        sa.select(collection_runs.c.status, collection_runs.c.cursor)
        .where(collection_runs.c.platform == PLATFORM, collection_runs.c.target == target)
        .order_by(collection_runs.c.id.desc())
        .limit(1)
    ).first()
    if row is None or row.status == "ok":
        return None
    return row.cursor


def _record_progress(conn: sa.Connection, run_id: int, items: int, cursor: str | None) -> None:
    conn.execute(collection_runs.update().where(collection_runs.c.id == run_id).values(items=items, cursor=cursor))


def adopt_handle_uris(conn: sa.Connection, handle: str, did: str) -> int:
    """Posts typed in from bsky.app URLs before the account was collected carry `at://<handle>/…` ids;
    give them the DID-based at-uri the AppView uses (merging into it if that post exists already). Posts of the
    DID stored under another author (typed in by DID URL, or before a handle change) get the current handle."""
    # posts typed in by DID URL carry the DID as author; after a handle change the old handle: use the current one
    conn.execute(posts.update().where(
        posts.c.platform == PLATFORM, sa.or_(posts.c.author == did, posts.c.author_id == did), posts.c.author != handle,
    ).values(author=handle, author_id=did))
    prefix = f"at://{handle.lower()}/"
    rows = conn.execute(
        sa.select(posts.c.id, posts.c.native_id).where(
            posts.c.platform == PLATFORM, posts.c.native_id.startswith(prefix, autoescape=True)
        )
    ).all()
    for post_id, native_id in rows:
        did_uri = f"at://{did}/" + native_id[len(prefix):]
        existing = conn.execute(
            sa.select(posts.c.id).where(posts.c.platform == PLATFORM, posts.c.native_id == did_uri)
        ).scalar()
        if existing is None:
            conn.execute(posts.update().where(posts.c.id == post_id).values(native_id=did_uri, author_id=did))
            continue
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
    return len(rows)


def _count_posts(conn: sa.Connection) -> int:
    return conn.execute(sa.select(sa.func.count()).select_from(posts).where(posts.c.platform == PLATFORM)).scalar_one()


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
    """Profile snapshot + every own post of `actor` with a fresh snapshot; see the module doc for resuming.
    `now` pins the measurement time (default: the clock)."""
    target = normalise_actor(actor)
    with engine.begin() as conn:
        cursor = resumable_cursor(conn, target) if resume else None
        run_id = start_run(conn, PLATFORM, target)
    if api is None:
        api = ApiClient(appview.rstrip("/"), on_wait=None if quiet else _tell_wait)
    client = BlueskyClient(appview, api=api, now=now)
    result = CollectResult(handle=target, did="", run_id=run_id, resumed_from=cursor)
    stored = 0
    try:
        account, account_snap = client.profile(target)
        result.handle, result.did, result.followers = account.handle, account.native_id or "", account_snap.followers
        with engine.begin() as conn:
            save_accounts(conn, [account])
            save_account_snapshots(conn, [account_snap])
            adopt_handle_uris(conn, account.handle, result.did)
        with progress_bar(quiet) as bar:
            task = bar.add_task(plain(f"bluesky {account.handle}"), total=None if since else account_snap.posts)
            for page in client.author_feed(result.did, since=since, cursor=cursor, limit=page_size):
                with engine.begin() as conn:
                    write_lock(conn)
                    before = _count_posts(conn)
                    ids = save_posts(conn, page.posts, source="api")
                    new = _count_posts(conn) - before
                    result.snapshots_added += save_snapshots(conn, page.snapshots, post_ids=ids)
                    stored += len(page.posts)
                    cursor = page.next_cursor
                    _record_progress(conn, run_id, stored, cursor)
                result.pages += 1
                result.posts_new += new
                result.posts_known += len(page.posts) - new
                result.reposts_skipped += page.reposts_skipped
                result.older_skipped += page.older_skipped
                result.first_observed = result.first_observed or page.observed_at
                result.last_observed = page.observed_at
                bar.advance(task, len(page.posts))
    except (RateLimited, FetchError) as exc:
        # an expired or unknown cursor: forget it, so the next --resume does not stumble over it again
        refused = (result.resumed_from is not None and result.pages == 0 and isinstance(exc, FetchError)
                   and exc.status == 400)
        if refused:
            cursor = None
        with engine.begin() as conn:
            finish_run(conn, run_id, "partial" if stored else "failed", message=str(exc), items=stored, cursor=cursor)
        if isinstance(exc, NotFound):
            raise
        saved = (f"{stored:,} posts of {result.handle} were saved in {_pages(result.pages)}" if stored
                 else "Nothing was saved")
        if refused:
            how = "the saved cursor was refused: run the same command without --resume to collect from the start"
        elif cursor:
            how = ("add --resume to continue from where it stopped (or re-run without it to collect all again; "
                   "no duplicates either way)")
        else:
            how = "run the same command again to start over"
        if isinstance(exc, RateLimited):
            raise RateLimited(exc.url, exc.reset_at, saved=f"{saved}; {how}") from None
        raise FetchError(exc.url, f"{_detail(exc)}. {saved}; {how}.", status=exc.status) from None
    except BaseException as exc:
        with engine.begin() as conn:
            finish_run(conn, run_id, "partial" if stored else "failed", message=f"{type(exc).__name__}: {exc}",
                       items=stored, cursor=cursor)
        raise
    finally:
        client.close()
    with engine.begin() as conn:
        finish_run(conn, run_id, "ok", items=stored, cursor=None)
    return result


def _pages(n: int) -> str:
    return f"{n} page" if n == 1 else f"{n} pages"


def _detail(exc: FetchError) -> str:
    text = str(exc)
    return text[len(exc.url) + 2 :] if text.startswith(exc.url) else text
