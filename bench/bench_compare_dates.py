"""Benchmark of a comparison at 4 dates through the store, on SQLite and PostgreSQL, with SYNTHETIC posts.

Two accounts with N posts each (default 100,000; the texts of bench_matching.py, 15 % cross-posted), every post
measured 10 times (1 h, 6 h, 1, 2, 3, 7, 14, 30, 60 and 90 days after it was published: 2 × N × 10 snapshots).
Timed: `compare_series` of the two accounts at 4 dates (matching, figures as of each date, the snapshot history,
statistics, the change between the dates, curves over age; no report files). Baseline in the same run: `compare`
of the same accounts at the last date alone.

    python bench/bench_compare_dates.py                      # SQLite in a temp dir + a temporary PostgreSQL server
    python bench/bench_compare_dates.py --n 20000            # smaller
    python bench/bench_compare_dates.py --pg-url postgresql://user@host/db   # an existing (empty) database

The last line printed is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from bench_groups import _peak_mb  # noqa: E402
from bench_matching import generate  # noqa: E402
from bench_store import temporary_postgres  # noqa: E402

from reichweite.jobs.compare import compare  # noqa: E402
from reichweite.jobs.compare_series import compare_series  # noqa: E402
from reichweite.model import Post, Snapshot  # noqa: E402
from reichweite.store import open_store, save_posts, save_snapshots  # noqa: E402

AGES = [timedelta(hours=1), timedelta(hours=6), *[timedelta(days=d) for d in (1, 2, 3, 7, 14, 30, 60, 90)]]
ACCOUNTS = [("x", "bench_a"), ("bluesky", "bench-b.example")]
BATCH = 50_000


def _records(n: int, seed: int) -> tuple[list[Post], list[Snapshot]]:
    a, b, _ = generate(n, seed)
    rng = np.random.default_rng(seed + 3)
    posts, snaps = [], []
    for frame, (platform_name, handle) in ((a, ACCOUNTS[0]), (b, ACCOUNTS[1])):
        base = rng.lognormal(1.5, 1.2, len(frame))
        for native, created, text, size in zip(frame["native_id"], frame["created_at"], frame["text"], base,
                                               strict=True):
            created = created.to_pydatetime()
            posts.append(Post(platform_name, native, handle, created, text))
            for k, age in enumerate(AGES):
                likes = int(size * (1 + k) / 3)
                snaps.append(Snapshot(platform_name, native, created + age, "api", likes=likes, reposts=likes // 7,
                                      replies=likes // 11, quotes=0))
    return posts, snaps


def run(url: str, posts: list[Post], snaps: list[Snapshot], label: str) -> dict:
    engine = open_store(url)
    started = time.perf_counter()
    with engine.begin() as conn:
        ids = save_posts(conn, posts, source="api")
    for start in range(0, len(snaps), BATCH):
        with engine.begin() as conn:
            save_snapshots(conn, snaps[start : start + BATCH], post_ids=ids)
    if engine.dialect.name == "postgresql":
        with engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")
    load_s = time.perf_counter() - started
    last = max(p.created_at for p in posts)
    dates = [last + timedelta(days=d) for d in (0, 30, 60, 90)]
    t = time.perf_counter()
    one = compare(engine, *ACCOUNTS, at=dates[-1], out=None)
    one_s = time.perf_counter() - t
    t = time.perf_counter()
    series = compare_series(engine, ACCOUNTS, ats=dates, out=None)
    four_s = time.perf_counter() - t
    engine.dispose()
    pairs = [d.pairwise[0].stats.n for d in series.dates]
    assert pairs[-1] == one.stats.n, (pairs, one.stats.n)
    print(f"{label}: {len(posts):,} posts and {len(snaps):,} snapshots written in {load_s:.0f} s; one date "
          f"{one_s:.1f} s ({one.stats.n:,} pairs); 4 dates {four_s:.1f} s (pairs {pairs}), ratio "
          f"{four_s / one_s:.2f}; peak RSS so far {_peak_mb():.0f} MB", flush=True)
    return {"write_seconds": round(load_s, 1), "one_date_seconds": round(one_s, 2), "four_dates_seconds":
            round(four_s, 2), "ratio": round(four_s / one_s, 2), "pairs": pairs}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000, help="posts per account (default 100,000)")
    parser.add_argument("--seed", type=int, default=2025)
    parser.add_argument("--pg-url", help="an existing empty PostgreSQL database instead of a temporary server")
    parser.add_argument("--skip-postgres", action="store_true")
    args = parser.parse_args()
    started = time.perf_counter()
    posts, snaps = _records(args.n, args.seed)
    print(f"generated 2 × {args.n:,} synthetic posts with {len(AGES)} snapshots each in "
          f"{time.perf_counter() - started:.0f} s; machine {platform.machine()}, {os.cpu_count()} cores, load "
          f"average {os.getloadavg()[0]:.2f}, Python {platform.python_version()}", flush=True)
    out = {"n": args.n, "snapshots": len(snaps), "dates": 4}
    with tempfile.TemporaryDirectory() as tmp:
        out["sqlite"] = run(f"sqlite:///{Path(tmp) / 'bench.db'}", posts, snaps, "SQLite")
    if args.pg_url:
        out["postgresql"] = run(args.pg_url, posts, snaps, "PostgreSQL")
    elif not args.skip_postgres:
        with temporary_postgres() as url:
            out["postgresql"] = run(url, posts, snaps, "PostgreSQL")
    out["peak_mb"] = round(_peak_mb())
    out["load_average_1min"] = round(os.getloadavg()[0], 2)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
