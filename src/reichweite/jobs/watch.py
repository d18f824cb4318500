"""`reichweite collect --config watch.toml [--every 15m]`: take exactly the snapshots that are due.

Safe from cron: a lock file next to the watch list lets one collector run at a time (a second exits at once).
Every page and every re-measured batch is its own transaction, so a run killed at any point keeps what it stored
and the next run takes what is still due. Each account's run is recorded in collection_runs.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

import sqlalchemy as sa
from filelock import FileLock, Timeout

from reichweite.errors import ReichweiteError, Said
from reichweite.jobs.collect import CollectResult, collect, make_collector
from reichweite.jobs.platforms import account_handle
from reichweite.platforms.collector import Collector, KnownPost
from reichweite.report.i18n import message_lang
from reichweite.report.messages import counted, error_text, line
from reichweite.schedule import (
    API_PLATFORMS,
    WatchList,
    account_due,
    describe_ages,
    due_ages,
    load_watch_list,
    missed_ages,
    next_run,
)
from reichweite.store.runs import mark_interrupted as mark_target_interrupted
from reichweite.store.schema import account_snapshots, accounts, collection_runs, posts, snapshots
from reichweite.timeutil import utcnow

Echo = Callable[[str], None]


@dataclass(slots=True)
class AccountPlan:
    """What is due for one account now."""

    handle: str
    due: list[KnownPost] = field(default_factory=list)
    known: set[str] = field(default_factory=set)
    complete: set[str] = field(default_factory=set)
    missed: int = 0
    account_due: bool = True


def plan_account(conn: sa.Connection, platform: str, handle: str, watch: WatchList, now: datetime) -> AccountPlan:
    """Due post ages and account figures of one account, from what the store holds."""
    plan = AccountPlan(handle)
    horizon = now - watch.plan.horizon
    of_account = (posts.c.platform == platform, sa.func.lower(posts.c.author) == handle.lower())
    plan.known = set(conn.execute(sa.select(posts.c.native_id).where(*of_account)).scalars())
    rows = conn.execute(
        sa.select(posts.c.id, posts.c.native_id, posts.c.url, posts.c.created_at, posts.c.kind,
                  posts.c.first_seen_at)
        .where(*of_account, posts.c.created_at >= horizon)
    ).all()
    last_ok = conn.execute(
        sa.select(sa.func.max(collection_runs.c.started_at))
        .where(collection_runs.c.platform == platform, collection_runs.c.target == handle,
               collection_runs.c.status == "ok")
    ).scalar_one()
    observed: dict[int, list[datetime]] = {}
    ids = [r.id for r in rows]
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for post_id, when in conn.execute(
            sa.select(snapshots.c.post_id, snapshots.c.observed_at).where(snapshots.c.post_id.in_(chunk))
        ):
            observed.setdefault(post_id, []).append(when)
    for r in rows:
        if last_ok is not None and r.first_seen_at <= last_ok:
            plan.complete.add(r.native_id)
        if r.kind == "repost" or r.created_at is None:
            continue
        seen = observed.get(r.id, [])
        if due_ages(r.created_at, seen, watch.plan, now):
            plan.due.append(KnownPost(r.native_id, r.url))
        plan.missed += len(missed_ages(r.created_at, seen, watch.plan, now))
    last_account = conn.execute(
        sa.select(sa.func.max(account_snapshots.c.observed_at))
        .join(accounts, accounts.c.id == account_snapshots.c.account_id)
        .where(accounts.c.platform == platform, sa.func.lower(accounts.c.handle) == handle.lower())
    ).scalar_one()
    plan.account_due = account_due(last_account, watch.plan, now)
    return plan


def collect_due(
    engine: sa.Engine, watch: WatchList, now: datetime, echo: Echo, *, client_options: dict | None = None,
    quiet: bool = False,
) -> list[CollectResult]:
    """One pass over the watch list: for each account, new posts from the timeline (each with a first snapshot),
    due re-measurements and due account figures. A failing account is recorded and the others go on."""
    results = []
    for platform_watch in watch.platforms:
        if platform_watch.platform not in API_PLATFORMS:
            if platform_watch.accounts:
                echo(line("watch.no_api", message_lang(), platform=platform_watch.platform))
            continue
        collector: Collector | None = None
        try:
            for raw_handle in platform_watch.accounts:
                handle = account_handle(platform_watch.platform, raw_handle)
                with engine.connect() as conn:
                    plan = plan_account(conn, platform_watch.platform, handle, watch, now)
                complete = plan.complete
                due_ids = {k.native_id for k in plan.due}
                stop = _Stop(now - watch.plan.horizon, complete)
                try:
                    collector = collector or make_collector(platform_watch.platform, platform_watch.options,
                                                            quiet=quiet, client_options=client_options)
                    result = collect(
                        engine, platform_watch.platform, handle, now=now, quiet=quiet, collector=collector,
                        account_figures=plan.account_due, remeasure=plan.due, stop=stop,
                        keep=lambda p, known=plan.known, due=due_ids: p.native_id not in known or p.native_id in due,
                        next_run_hint=Said("the next run of the watch list takes what is still due", "watch.hint"),
                    )
                except ReichweiteError as exc:
                    echo(line("watch.failed", message_lang(), platform=platform_watch.platform, handle=handle,
                              why=error_text(exc, message_lang())))
                    results.append(CollectResult(platform_watch.platform, handle, "failed",
                                                 message=exc.args[0] if _said(exc) else str(exc)))
                    continue
                if plan.missed:
                    result.message = Said(f"{plan.missed} measurement(s) missed earlier (window passed)",
                                          "watch.missed", n=plan.missed)
                echo(result.summary(message_lang()))
                results.append(result)
        finally:
            if collector is not None:
                collector.close()
    return results


@dataclass(slots=True)
class _Stop:
    """When to stop reading a timeline: at posts older than the horizon, or at a page holding a post that a
    completed earlier run had already seen (everything older is known)."""

    horizon: datetime
    complete: set[str]

    def __call__(self, native_ids: list[str], oldest: datetime | None) -> bool:
        if oldest is not None and oldest < self.horizon:
            return True
        return any(n in self.complete for n in native_ids)


def mark_interrupted(engine: sa.Engine, watch: WatchList, now: datetime) -> int:
    """Runs of watched accounts still 'running' while we hold the lock were stopped (killed): say so."""
    marked = 0
    with engine.begin() as conn:
        for platform_watch in watch.platforms:
            if platform_watch.platform not in API_PLATFORMS:
                continue
            for raw in platform_watch.accounts:
                handle = account_handle(platform_watch.platform, raw)
                marked += mark_target_interrupted(conn, platform_watch.platform, handle, now)
    return marked


def run_watch(
    config: Path, engine: sa.Engine, *, every: timedelta | None = None, now: datetime | None = None,
    echo: Echo = print, client_options: dict | None = None, sleep: Callable[[float], None] = time.sleep,
    quiet: bool = False,
) -> list[CollectResult]:
    """Run the watch list once (or every `every` until interrupted), holding the lock file meanwhile; waits for
    rate limits and retries are said on stderr unless quiet."""
    watch = load_watch_list(config)
    lock_path = Path(str(config) + ".lock")
    lock = FileLock(str(lock_path), timeout=0)
    try:
        lock.acquire()
    except Timeout:
        echo(line("watch.locked", message_lang(), lock=lock_path))
        return []
    try:
        if marked := mark_interrupted(engine, watch, utcnow()):
            echo(counted("watch.interrupted", message_lang(), marked))
        ages = describe_ages(watch.plan.post_ages)
        started = utcnow()
        while True:
            moment = now or utcnow()
            echo(line("watch.due", message_lang(), when=_moment(moment), ages=ages,
                      tolerance=describe_ages([watch.plan.tolerance]),
                      every=describe_ages([watch.plan.accounts_every])))
            results = collect_due(engine, watch, moment, echo, client_options=client_options, quiet=quiet)
            if every is None:
                return results
            wake = next_run(utcnow(), every, started)
            echo(line("watch.next", message_lang(), when=_moment(wake)))
            sleep(max((wake - utcnow()).total_seconds(), 0))
    finally:
        lock.release()


def _said(exc: Exception) -> bool:
    return len(exc.args) == 1 and isinstance(exc.args[0], Said)


def _moment(value: datetime) -> str:
    """A moment of the watch list's lines: ISO 8601 in English, '01.08.2026, 15:00:00 UTC' in German."""
    from reichweite.report.import_summary import utc_moment

    lang = message_lang()
    return value.isoformat(timespec="seconds") if lang == "en" else utc_moment(value, lang, seconds=True)
