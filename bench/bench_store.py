"""Store benchmark: insert 1,000,000 snapshots over 10,000 posts and answer an as-of query over all 10,000 posts,
on SQLite and PostgreSQL. Baselines in the same run: a plain executemany of the same rows into a table without
constraints (no conflict handling), and a bare GROUP BY of the latest observation per post.

    python bench/bench_store.py                      # SQLite in a temp dir + a temporary PostgreSQL server
    python bench/bench_store.py --pg-url postgresql://user@host/db   # an existing (empty) database instead
    python bench/bench_store.py --snapshots 100000 --posts 1000      # smaller

The data is synthetic (generated here). The last line printed is one JSON object with the rates.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from reichweite.model import Post, Snapshot  # noqa: E402
from reichweite.store import open_store, save_posts, save_snapshots, snapshots_as_of  # noqa: E402
from reichweite.store.schema import snapshots  # noqa: E402

T0 = datetime(2026, 1, 1, tzinfo=UTC)
BATCH = 50_000


def make_posts(n: int) -> list[Post]:
    return [Post("bluesky", f"at://did:plc:bench/app.bsky.feed.post/{i:08d}", "bench.example",
                 T0 + timedelta(minutes=i), text=f"synthetic post {i}") for i in range(n)]


def make_snapshots(posts: list[Post], total: int) -> Iterator[list[Snapshot]]:
    """`total` snapshots spread evenly over the posts: per post one every hour after its creation."""
    per_post = total // len(posts)
    batch: list[Snapshot] = []
    for k in range(per_post):
        for i, p in enumerate(posts):
            batch.append(Snapshot("bluesky", p.native_id, p.created_at + timedelta(hours=k + 1), "api",
                                  likes=k + i % 7, replies=k // 3, reposts=k // 5, quotes=0))
            if len(batch) == BATCH:
                yield batch
                batch = []
    if batch:
        yield batch


def plain_table(engine: sa.Engine) -> sa.Table:
    """The snapshots columns without any constraint or index: the executemany baseline."""
    meta = sa.MetaData()
    table = sa.Table("bench_plain_snapshots", meta,
                     *[sa.Column(c.name, c.type) for c in snapshots.columns if c.name != "id"])
    meta.drop_all(engine)
    meta.create_all(engine)
    return table


def run(url: str, n_posts: int, n_snaps: int, label: str) -> dict[str, float]:
    engine = open_store(url)
    items = make_posts(n_posts)
    started = time.perf_counter()
    with engine.begin() as conn:
        ids = save_posts(conn, items, source="api")
    posts_s = time.perf_counter() - started

    inserted, store_s = 0, 0.0
    plain = plain_table(engine)
    plain_s = 0.0
    for batch in make_snapshots(items, n_snaps):
        rows = [{"post_id": ids[(s.platform, s.native_id)], "observed_at": s.observed_at, "source": s.source,
                 "likes": s.likes, "replies": s.replies, "reposts": s.reposts, "quotes": s.quotes} for s in batch]
        t = time.perf_counter()
        with engine.begin() as conn:
            conn.execute(plain.insert(), rows)
        plain_s += time.perf_counter() - t
        t = time.perf_counter()
        with engine.begin() as conn:
            inserted += save_snapshots(conn, batch, post_ids=ids)
        store_s += time.perf_counter() - t
    # a second pass of one batch: every row is a duplicate and skipped
    first = next(make_snapshots(items, min(n_snaps, BATCH)))
    t = time.perf_counter()
    with engine.begin() as conn:
        dup_added = save_snapshots(conn, first, post_ids=ids)
    dup_s = time.perf_counter() - t
    assert dup_added == 0, dup_added

    if engine.dialect.name == "postgresql":
        # what autovacuum does after a bulk load: planner statistics for the as-of query
        with engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE snapshots")
    post_ids = list(ids.values())
    # after the last post's creation, halfway through the measurements: every post has some ≤ at, and some > at
    at = T0 + timedelta(minutes=n_posts) + timedelta(hours=n_snaps // n_posts // 2)
    timings = []
    for _ in range(3):
        t = time.perf_counter()
        with engine.connect() as conn:
            frame = snapshots_as_of(conn, post_ids, at)
        timings.append(time.perf_counter() - t)
    assert len(frame) == n_posts, len(frame)
    asof_s = min(timings)
    t = time.perf_counter()
    with engine.connect() as conn:
        latest = conn.execute(sa.select(snapshots.c.post_id, sa.func.max(snapshots.c.observed_at))
                              .where(snapshots.c.observed_at <= at).group_by(snapshots.c.post_id)).all()
    group_s = time.perf_counter() - t
    assert len(latest) == n_posts
    engine.dispose()
    result = {
        "posts_per_s": n_posts / posts_s,
        "snapshots_inserted": inserted,
        "snapshots_per_s": inserted / store_s,
        "plain_executemany_per_s": inserted / plain_s,
        "insert_ratio_vs_plain": (inserted / store_s) / (inserted / plain_s),
        "duplicates_skipped_per_s": len(first) / dup_s,
        "as_of_posts": n_posts,
        "as_of_seconds": asof_s,
        "as_of_posts_per_s": n_posts / asof_s,
        "group_by_baseline_seconds": group_s,
    }
    print(f"{label}: posts {result['posts_per_s']:,.0f}/s; snapshots {result['snapshots_per_s']:,.0f}/s "
          f"(plain executemany {result['plain_executemany_per_s']:,.0f}/s, ratio "
          f"{result['insert_ratio_vs_plain']:.2f}); duplicates skipped {result['duplicates_skipped_per_s']:,.0f}/s; "
          f"as-of over {n_posts:,} posts {asof_s:.2f} s (bare GROUP BY {group_s:.2f} s)", flush=True)
    return result


def _pg_bin() -> Path | None:
    for candidate in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (candidate / "initdb").exists():
            return candidate
    found = shutil.which("initdb")
    return Path(found).parent if found else None


@contextmanager
def temporary_postgres() -> Iterator[str]:
    """A throw-away PostgreSQL cluster on 127.0.0.1 (as tests/conftest.py starts one)."""
    bindir = _pg_bin()
    if bindir is None:
        raise SystemExit("PostgreSQL is not installed (run `make system-deps`) or pass --pg-url")
    root = Path(tempfile.mkdtemp(prefix="reichweite-bench-pg-"))
    as_pg = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    subprocess.run([*as_pg, str(bindir / "initdb"), "-D", str(root / "data"), "-U", "postgres", "--auth=trust",
                    "-E", "UTF8"], check=True, capture_output=True)
    subprocess.run([*as_pg, str(bindir / "pg_ctl"), "-D", str(root / "data"), "-l", str(root / "log"), "-w",
                    "-o", f"-p {port} -k {root} -c listen_addresses=127.0.0.1", "start"],
                   check=True, capture_output=True)
    try:
        subprocess.run([*as_pg, str(bindir / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", "postgres",
                        "bench"], check=True, capture_output=True)
        yield f"postgresql://postgres@127.0.0.1:{port}/bench"
    finally:
        subprocess.run([*as_pg, str(bindir / "pg_ctl"), "-D", str(root / "data"), "-m", "immediate", "stop"],
                       capture_output=True)
        shutil.rmtree(root, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--snapshots", type=int, default=1_000_000)
    parser.add_argument("--posts", type=int, default=10_000)
    parser.add_argument("--pg-url", help="an empty PostgreSQL database to use instead of a temporary server")
    parser.add_argument("--skip-pg", action="store_true")
    args = parser.parse_args()
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"{args.snapshots:,} snapshots over {args.posts:,} posts (synthetic)", flush=True)
    out: dict[str, object] = {"snapshots": args.snapshots, "posts": args.posts}
    with tempfile.TemporaryDirectory() as tmp:
        out["sqlite"] = run(str(Path(tmp) / "bench.db"), args.posts, args.snapshots, "SQLite")
    if not args.skip_pg:
        if args.pg_url:
            out["postgresql"] = run(args.pg_url, args.posts, args.snapshots, "PostgreSQL")
        else:
            with temporary_postgres() as url:
                out["postgresql"] = run(url, args.posts, args.snapshots, "PostgreSQL")
    print(json.dumps(out))


if __name__ == "__main__":
    main()
