"""The one collection runner: every API platform of the registry and every account of a watch list go through it.

A run is recorded in collection_runs. The account's figures come first, then its timeline page by page: each page
is stored in its own transaction together with the run's cursor, so a run that stops (rate limit, server error,
kill -9) keeps every page stored before. `resume` goes on from the cursor of an unfinished run; a plain re-run reads
from the top. Neither adds a post twice, and a run adds at most one snapshot per post. Waits for rate limits and
retries are said on stderr (unless quiet), with what is waited for and why; the progress bar is on stderr too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from reichweite import registry
from reichweite.errors import FetchError, NotFound, RateLimited, ReichweiteError, Said, UsageError, said_in
from reichweite.model import Post
from reichweite.platforms.collector import Batch, Collector, KnownPost
from reichweite.progress import progress_bar, stderr
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
from reichweite.store.adopt import adopt_posts
from reichweite.store.runs import mark_interrupted, record_progress, resumable_cursor
from reichweite.terminal import plain
from reichweite.timeutil import utcnow
from reichweite.visibility import DIRECT, PRIVATE

StopRule = Callable[[list[str], datetime | None], bool]


@dataclass(slots=True)
class CollectResult:
    """What one run of one account did; `summary()` is the line every platform prints."""

    platform: str
    handle: str
    status: str = "running"
    pages: int = 0
    posts_seen: int = 0
    posts_new: int = 0
    snapshots: int = 0
    account_snapshots: int = 0
    remeasured: int = 0
    skipped: int = 0  # items of the timeline that are not the account's own posts (its reposts on Bluesky)
    older: int = 0  # posts older than --since, left out
    private: int = 0  # followers-only posts among those read: stored, shown only when asked for
    direct: int = 0  # direct messages: left out, never stored
    followers: int | None = None
    resumed_from: str | None = None
    message: str | None = None

    @property
    def posts_known(self) -> int:
        return self.posts_seen - self.posts_new

    def summary(self, lang: str = "en") -> str:
        from reichweite.report.collect_summary import collect_line

        return collect_line(self, lang)


def _pages(n: int) -> str:
    return f"{n} page" if n == 1 else f"{n} pages"


def tell_wait(why: str, seconds: float) -> None:
    """How a wait is said on stderr: what the client waits for and why (short back-off pauses are not worth a line)."""
    if seconds >= 1:
        from reichweite.report.i18n import message_lang
        from reichweite.report.messages import counted, say

        lang = message_lang()
        stderr.print(plain(counted("col.wait", lang, round(seconds), why=say(why, lang))), highlight=False,
                     soft_wrap=True)


def make_collector(platform: str, options: dict[str, Any] | None = None, *, quiet: bool = True,
                   client_options: dict[str, Any] | None = None) -> Collector:
    """The platform's collector (named in the registry, imported now) with its options (appview, instance_url,
    api_url, …: the keys of its watch-list section; for X also `token`)."""
    try:
        collector = registry.load_collector(platform)
    except (LookupError, ValueError) as exc:
        raise UsageError(said_in(exc)) from None
    allowed = set(registry.get(platform).watch_options) | {"token", "api"}
    given = {k: v for k, v in (options or {}).items() if v is not None}
    if unknown := set(given) - allowed:
        shown = ", ".join(sorted(unknown))
        raise UsageError(Said(f"{platform}: unknown option(s) {shown}", "src.collect.options", platform=platform,
                              options=shown))
    client = dict(client_options or {})
    if not quiet:
        client.setdefault("on_wait", tell_wait)
    return collector(**given, client_options=client)


def collect(
    engine: sa.Engine, platform: str, handle: str, *, now: datetime | None = None, since: datetime | None = None,
    resume: bool = False, quiet: bool = True, options: dict[str, Any] | None = None,
    client_options: dict[str, Any] | None = None, collector: Collector | None = None, account_figures: bool = True,
    keep: Callable[[Post], bool] | None = None, remeasure: Sequence[KnownPost] = (), stop: StopRule | None = None,
    next_run_hint: str | None = None,
) -> CollectResult:
    """Collect one account: its figures (when asked), its timeline back to `since` (every post stored; a snapshot
    where `keep` agrees; `stop` may end the reading after a page), then fresh figures of the `remeasure` posts the
    timeline did not show. `collector` is reused when given (a watch list), else made and closed here.
    `next_run_hint` replaces the advice a failed run gives (a watch list's next run takes what is still due)."""
    target = _target(platform, handle)
    own = collector is None
    collector = collector or make_collector(platform, options, quiet=quiet, client_options=client_options)
    try:
        return _Run(engine, collector, target, now or utcnow(), since, resume, quiet, next_run_hint).go(
            account_figures, keep, remeasure, stop)
    finally:
        if own:
            collector.close()


def _target(platform: str, handle: str) -> str:
    if platform not in registry.api_platforms():
        raise UsageError(Said(f"{platform!r}: collect from one of {', '.join(registry.api_platforms())}; the figures "
                              "of other platforms are imported (`reichweite import …`)", "use.collect_only",
                              value=repr(platform), choices=", ".join(registry.api_platforms())))
    try:
        return registry.normalise_handle(platform, handle)
    except ValueError as exc:
        raise UsageError(said_in(exc)) from None


@dataclass
class _Run:
    engine: sa.Engine
    collector: Collector
    target: str
    now: datetime
    since: datetime | None
    resume: bool
    quiet: bool
    next_run_hint: str | None

    def go(self, account_figures: bool, keep: Callable[[Post], bool] | None, remeasure: Sequence[KnownPost],
           stop: StopRule | None) -> CollectResult:
        platform = self.collector.platform
        with self.engine.begin() as conn:
            self.cursor = resumable_cursor(conn, platform, self.target) if self.resume else None
            mark_interrupted(conn, platform, self.target, utcnow())
            self.run_id = start_run(conn, platform, self.target)
        self.result = CollectResult(platform, self.target, resumed_from=self.cursor)
        self.stored = 0
        try:
            figures = self.collector.account(self.target, self.now)
            self.result.handle, self.result.followers = figures.account.handle, figures.snapshot.followers
            with self.engine.begin() as conn:
                save_accounts(conn, [figures.account])
                if account_figures:
                    self.result.account_snapshots = save_account_snapshots(conn, [figures.snapshot])
                if figures.adopt:
                    adopt_posts(conn, platform, figures.account.handle, figures.native_id, figures.adopt)
            total = None if self.since or self.cursor else figures.snapshot.posts
            with progress_bar(self.quiet) as bar:
                task = bar.add_task(plain(f"{platform} {figures.account.handle}"), total=total)
                seen = self._timeline(figures, keep, stop, lambda n: bar.advance(task, n))
            rest = [k for k in remeasure if k.native_id not in seen]
            if rest:
                before = self.result.snapshots
                for batch in self.collector.remeasure(figures.account.handle, rest, self.now):
                    self._store(batch, self.cursor, keep=None)
                self.result.remeasured = self.result.snapshots - before
        except (RateLimited, FetchError) as exc:
            raise self._failed(exc) from None
        except BaseException as exc:
            self._finish(self._ended(), redact(f"{type(exc).__name__}: {exc}")[:500], self.cursor)
            raise
        self._finish("ok", self.result.message, None)
        return self.result

    def _timeline(self, figures: Any, keep: Callable[[Post], bool] | None, stop: StopRule | None,
                  advance: Callable[[int], None]) -> set[str]:
        seen: set[str] = set()
        pages = self.collector.timeline(figures, self.now, since=self.since, cursor=self.cursor)
        for page in pages:
            self._store(page.items, page.next_cursor, keep=keep)
            self.cursor = page.next_cursor
            self.result.pages += 1
            self.result.skipped += page.skipped
            self.result.older += page.older
            posts = [p for p, _ in page.items]
            seen.update(p.native_id for p in posts)
            advance(len(posts))
            oldest = min((p.created_at for p in posts if p.created_at is not None), default=None)
            if stop is not None and stop([p.native_id for p in posts], oldest):
                break
        return seen

    def _store(self, batch: Batch, cursor: str | None, *, keep: Callable[[Post], bool] | None) -> None:
        """One page (or re-measured batch) and the run's cursor in one transaction. A direct message is never a
        post: it is counted and left out."""
        self.result.direct += sum(p.visibility == DIRECT for p, _ in batch)
        batch = [(p, s) for p, s in batch if p.visibility != DIRECT]
        self.result.private += sum(p.visibility == PRIVATE for p, _ in batch)
        posts = [p for p, _ in batch]
        snaps = [s for p, s in batch if s is not None and (keep is None or keep(p))]
        with self.engine.begin() as conn:
            write_lock(conn)  # concurrent runs count only what each really added
            ids = save_posts(conn, posts, source="api") if posts else None
            added = save_snapshots(conn, snaps, post_ids=ids) if snaps and ids is not None else 0
            self.stored += len(posts)
            record_progress(conn, self.run_id, self.stored, cursor)
        self.result.posts_seen += len(posts)
        self.result.posts_new += len(ids.new) if ids is not None else 0
        self.result.snapshots += added

    def _ended(self) -> str:
        """A run that stops early is partial when it stored anything (posts or the account's figures), else failed."""
        return "partial" if self.stored or self.result.account_snapshots else "failed"

    def _finish(self, status: str, message: str | None, cursor: str | None) -> None:
        self.result.status = status
        with self.engine.begin() as conn:
            finish_run(conn, self.run_id, status, message=message, items=self.stored, cursor=cursor)

    def _failed(self, exc: RateLimited | FetchError) -> ReichweiteError:
        """Record the run as partial or failed, with advice on going on (the cursor is kept for --resume)."""
        # an expired or unknown cursor: forget it, so the next --resume does not stumble over it again
        refused = (self.result.resumed_from is not None and self.result.pages == 0 and isinstance(exc, FetchError)
                   and exc.status == 400)
        if refused:
            self.cursor = None
        self.result.message = redact(str(exc))
        self._finish(self._ended(), self.result.message, self.cursor)
        if isinstance(exc, NotFound):
            return exc
        saved = (Said(f"{self.stored:,} posts of {self.result.handle} were saved in {_pages(self.result.pages)}",
                      "col.saved", n=self.stored, handle=self.result.handle,
                      pages=Said(_pages(self.result.pages), "col.pages", n=self.result.pages))
                 if self.stored else Said("Nothing was saved", "col.nothing_saved"))
        how: str
        if self.next_run_hint:
            how = self.next_run_hint
        elif refused:
            how = Said("the saved cursor was refused: run the same command without --resume to collect from the "
                       "start", "col.how.refused")
        elif self.cursor:
            how = Said("add --resume to continue from where it stopped (or re-run without it to collect all again; "
                       "no duplicates either way)", "col.how.resume")
        else:
            how = Said("run the same command again to start over", "col.how.again")
        if isinstance(exc, RateLimited):
            return RateLimited(exc.url, exc.reset_at, saved=saved, how=how)
        detail = exc.detail if isinstance(exc.detail, Said) else _detail(exc)
        return FetchError(exc.url, Said(f"{detail}. {saved}; {how}.", "col.stopped.detail", detail=detail,
                                        saved=saved, how=how), status=exc.status)


def _detail(exc: FetchError) -> str:
    text = str(exc)
    return text[len(exc.url) + 2 :] if text.startswith(exc.url) else text
