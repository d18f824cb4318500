"""Web app benchmark: server time per page and API call over a store of 1,000,000 snapshots of 100,000 posts of 4
accounts, beside the same job called directly from Python in the same run.

    python bench/bench_web.py                                  # 100,000 posts, 10 snapshots each, 200 requests
    python bench/bench_web.py --posts 10000 --requests 20      # smaller

Each case is timed `--requests` times through the app (in-process ASGI client: routing, security middleware,
rendering/JSON; no TCP) and `--requests` times as the direct call, interleaved, and reported as p50/p95 and the
ratio of the p95s. The app keeps comparisons for a given date while the store is unchanged (reichweite.web.cache):
the compare cases are timed cold (the kept results dropped before each request, so the job runs) and warm (kept),
each against the job called directly (never kept); the first response is checked to be the direct call's JSON.
Goal: p95 < 300 ms for overview, compare of two accounts and account growth, and at most 1.5×
the direct call. The data is synthetic (generated here: cross-posted texts on X and Bluesky, two more accounts,
daily follower counts). The last line printed is one JSON object with every figure.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import statistics
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
warnings.filterwarnings("ignore")

from reichweite.store import open_store  # noqa: E402

T0 = datetime(2025, 1, 1, tzinfo=UTC)
ACCOUNTS = [("x", "bench_x"), ("bluesky", "bench.bsky.social"), ("mastodon", "@bench@example.social"),
            ("x", "bench_other")]
AT = "2026-06-30"
FORMAT = "%Y-%m-%d %H:%M:%S.%f"  # how SQLAlchemy keeps datetimes in SQLite


def build_store(path: Path, posts: int, per_post: int) -> None:
    """posts/4 per account; X and Bluesky cross-post the same texts minutes apart; per_post snapshots each."""
    open_store(str(path)).dispose()  # the schema, through the migrations
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=OFF")
    each = posts // len(ACCOUNTS)
    seen = T0.strftime(FORMAT)
    post_rows, snap_rows = [], []
    pid = 0
    for a, (platform_, handle) in enumerate(ACCOUNTS):
        for i in range(each):
            pid += 1
            created = T0 + timedelta(hours=3 * i, minutes=7 * (a % 2))
            text = f"Synthetic daily photo {i} about topic {i % 97} #bench" if a < 2 else f"Other post {a}-{i}"
            post_rows.append((pid, platform_, f"{platform_}-{a}-{i}", handle, created.strftime(FORMAT), text, "post",
                              seen))
            for k in range(per_post):
                observed = created + timedelta(days=2 * k + 1)
                likes = (i * 7 + a * 3) % 50 + k * (2 + a)
                snap_rows.append((pid, observed.strftime(FORMAT), "api", likes, k, k // 2, 0))
    db.executemany("INSERT INTO posts (id, platform, native_id, author, created_at, text, kind, first_seen_at) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", post_rows)
    db.executemany("INSERT INTO snapshots (post_id, observed_at, source, likes, replies, reposts, quotes) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?)", snap_rows)
    for a, (platform_, handle) in enumerate(ACCOUNTS, 1):
        db.execute("INSERT INTO accounts (id, platform, handle, first_seen_at) VALUES (?, ?, ?, ?)",
                   (a, platform_, handle, seen))
        db.executemany("INSERT INTO account_snapshots (account_id, observed_at, source, followers, following, posts) "
                       "VALUES (?, ?, ?, ?, ?, ?)",
                       [(a, (T0 + timedelta(days=d)).strftime(FORMAT), "api", 1000 * a + 3 * d, 200, d)
                        for d in range(365)])
    db.commit()
    db.execute("ANALYZE")
    db.close()


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--posts", type=int, default=100_000)
    parser.add_argument("--snapshots-per-post", type=int, default=10)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--compare-requests", type=int, default=None,
                        help="requests for the compare cases (default: --requests); each takes seconds at full size")
    parser.add_argument("--store", type=Path, default=None,
                        help="keep the store in this file and use it again when it exists (built with the same "
                             "--posts and --snapshots-per-post)")
    args = parser.parse_args()

    from fastapi.testclient import TestClient

    from reichweite.web import views
    from reichweite.web.app import create_app
    from reichweite.web.settings import WebSettings

    path = args.store or Path(tempfile.mkdtemp(prefix="reichweite-bench-web-")) / "bench.db"
    started = time.perf_counter()
    if not path.exists():
        build_store(path, args.posts, args.snapshots_per_post)
    built = time.perf_counter() - started
    app = create_app(WebSettings(db=str(path)))
    client = TestClient(app, base_url="http://127.0.0.1:8765")
    engine = app.state.engine
    pair = [f"{p}:{h}" for p, h in ACCOUNTS[:2]]
    growth = [f"{p}:{h}" for p, h in ACCOUNTS]

    def get(url: str, **params: object) -> Callable[[], object]:
        def call() -> object:
            response = client.get(url, params=params)
            assert response.status_code == 200, (url, response.status_code, response.text[:300])
            return response

        return call

    from reichweite.cli.common import parse_at
    from reichweite.jobs.compare import compare
    from reichweite.web.cache import results

    at = parse_at(AT)

    def direct_compare() -> object:
        return compare(engine, ACCOUNTS[0], ACCOUNTS[1], at=at, out=None).to_json()

    expected = json.loads(json.dumps(direct_compare()))
    got = client.get("/api/compare", params={"account": pair, "at": AT}).json()
    assert got == {**expected, "report": None}, "the API's JSON differs from the job's"

    compare_api, compare_page = get("/api/compare", account=pair, at=AT), get("/compare", account=pair, at=AT)
    cases = {
        "overview page": (get("/"), lambda: views.overview(engine), None),
        "overview API": (get("/api/overview"), lambda: views.overview(engine), None),
        "compare API (2 accounts), cold": (compare_api, direct_compare, results(engine).clear),
        "compare page (2 accounts), cold": (compare_page, direct_compare, results(engine).clear),
        "compare API (2 accounts), warm": (compare_api, direct_compare, None),
        "compare page (2 accounts), warm": (compare_page, direct_compare, None),
        "account growth page": (get("/accounts", account=growth), lambda: views.growth(engine, growth), None),
        "account growth API": (get("/api/accounts", account=growth), lambda: views.growth(engine, growth), None),
    }
    results_ = {}
    for name, (server, direct, before) in cases.items():
        server(), direct()  # warm up
        s_times, d_times = [], []
        slow = "cold" in name or ("compare" in name and "warm" not in name)
        n = args.compare_requests if slow and args.compare_requests else args.requests
        d_n = n if "compare" not in name or not args.compare_requests else args.compare_requests
        for i in range(n):
            if before is not None:
                before()
            s_times.append(timed(server))
            if i < d_n:  # the direct job takes seconds: timed --compare-requests times beside a warm case
                d_times.append(timed(direct))
        row = {"requests": n, "direct_calls": len(d_times), "server_p50_ms": statistics.median(s_times),
               "server_p95_ms": percentile(s_times, 0.95), "direct_p50_ms": statistics.median(d_times),
               "direct_p95_ms": percentile(d_times, 0.95)}
        row["ratio_p95"] = row["server_p95_ms"] / row["direct_p95_ms"]
        results_[name] = row
        print(f"{name:34} server p50 {row['server_p50_ms']:8.1f} ms  p95 {row['server_p95_ms']:8.1f} ms   "
              f"direct p50 {row['direct_p50_ms']:8.1f} ms  p95 {row['direct_p95_ms']:8.1f} ms   "
              f"ratio p95 {row['ratio_p95']:.2f}", flush=True)
    cache = results(engine).stats
    with engine.connect() as conn:
        counts = {t: conn.exec_driver_sql(f"SELECT COUNT(*) FROM {t}").scalar_one()
                  for t in ("posts", "snapshots", "account_snapshots")}
    print(json.dumps({"store": counts, "store_built_s": round(built, 1), "requests": args.requests,
                      "results": results_, "cache": {"hits": cache.hits, "misses": cache.misses},
                      "machine": platform.machine(), "cpus": os.cpu_count(),
                      "load": os.getloadavg()}))


if __name__ == "__main__":
    main()
