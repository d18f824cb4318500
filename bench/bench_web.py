"""Web app benchmark: server time per page and API call over a store of 1,000,000 snapshots of 100,000 posts of 4
accounts, beside the same job called directly from Python in the same run.

    python bench/bench_web.py                                  # 100,000 posts, 10 snapshots each, 200 requests
    python bench/bench_web.py --posts 10000 --requests 20      # smaller

Each case is timed `--requests` times through the app (in-process ASGI client: routing, security middleware,
rendering/JSON; no TCP) beside the direct call, interleaved, and reported as p50/p95 and the ratio of the p95s.
"Server" is the time inside the app, from the request's arrival to the last byte of its answer (an ASGI wrapper
around the app), "round trip" adds the in-process test client. The app keeps the overview, account growth and
comparisons for a given date while the store is unchanged (reichweite.web.cache; overview and growth are timed kept
and "not kept", the kept results dropped before each request) and computes the comparisons asked for lately again
in the background when it starts and after each change (reichweite.web.warm): compare is timed after a restart of
the app over the store (the time until the background computation is done is printed), every request from the
first on, beside the job called directly (never kept; `--compare-direct` times, it takes seconds), and cold
(`--compare-cold` requests with the kept results dropped before each, so the request runs the job). The first
response is checked to be the job's JSON.
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
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
warnings.filterwarnings("ignore")

import sqlalchemy as sa  # noqa: E402

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


class ServerTimer:
    """ASGI wrapper: the time from a request's arrival to the last byte of its answer, in ms, per request."""

    def __init__(self, app: Any) -> None:
        self.app, self.times = app, []

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()

        async def timed_send(message: dict) -> None:
            await send(message)
            if message["type"] == "http.response.body" and not message.get("more_body"):
                self.times.append((time.perf_counter() - start) * 1000)

        await self.app(scope, receive, timed_send)


def row_of(server: list[float], trip: list[float], direct: list[float]) -> dict[str, float]:
    row = {"requests": len(server), "direct_calls": len(direct),
           "server_p50_ms": statistics.median(server), "server_p95_ms": percentile(server, 0.95),
           "trip_p95_ms": percentile(trip, 0.95),
           "direct_p50_ms": statistics.median(direct), "direct_p95_ms": percentile(direct, 0.95)}
    row["ratio_p95"] = row["server_p95_ms"] / row["direct_p95_ms"]
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--posts", type=int, default=100_000)
    parser.add_argument("--snapshots-per-post", type=int, default=10)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--compare-direct", type=int, default=10,
                        help="direct runs of the comparison job beside the compare cases (each takes seconds)")
    parser.add_argument("--compare-cold", type=int, default=5,
                        help="compare requests with the kept results dropped before each (each runs the job)")
    parser.add_argument("--store", type=Path, default=None,
                        help="keep the store in this file and use it again when it exists (built with the same "
                             "--posts and --snapshots-per-post)")
    args = parser.parse_args()

    from fastapi.testclient import TestClient

    from reichweite.cli.common import parse_at
    from reichweite.jobs.compare import compare
    from reichweite.store.schema_jobs import web_recent
    from reichweite.web import views
    from reichweite.web.app import create_app
    from reichweite.web.cache import results
    from reichweite.web.settings import WebSettings

    path = args.store or Path(tempfile.mkdtemp(prefix="reichweite-bench-web-")) / "bench.db"
    started = time.perf_counter()
    if not path.exists():
        build_store(path, args.posts, args.snapshots_per_post)
    built = time.perf_counter() - started
    pair = [f"{p}:{h}" for p, h in ACCOUNTS[:2]]
    growth = [f"{p}:{h}" for p, h in ACCOUNTS]
    at = parse_at(AT)
    rows: dict[str, dict[str, float]] = {}

    def report(name: str, row: dict[str, float]) -> None:
        rows[name] = row
        print(f"{name:36} n {row['requests']:4}  server p50 {row['server_p50_ms']:8.1f} ms  p95 "
              f"{row['server_p95_ms']:8.1f} ms  (round trip p95 {row['trip_p95_ms']:8.1f})   direct p50 "
              f"{row['direct_p50_ms']:8.1f} ms  p95 {row['direct_p95_ms']:8.1f} ms   ratio p95 {row['ratio_p95']:.2f}",
              flush=True)

    def run_app() -> tuple[Any, ServerTimer, TestClient]:
        app = create_app(WebSettings(db=str(path)))
        timer = ServerTimer(app)
        return app, timer, TestClient(timer, base_url="http://127.0.0.1:8765")

    def measure(client: TestClient, timer: ServerTimer, url: str, params: dict, direct: Callable[[], object] | None,
                n: int, before: Callable[[], object] | None = None) -> tuple[list[float], list[float], list[float]]:
        server, trip, times = [], [], []
        for _ in range(n):
            if before is not None:
                before()
            start = time.perf_counter()
            response = client.get(url, params=params)
            trip.append((time.perf_counter() - start) * 1000)
            assert response.status_code == 200, (url, response.status_code, response.text[:300])
            server.append(timer.times[-1])
            if direct is not None:
                times.append(timed(direct))
        return server, trip, times

    app, timer, client = run_app()
    with client:
        engine = app.state.engine

        def direct_compare() -> object:
            return compare(engine, ACCOUNTS[0], ACCOUNTS[1], at=at, out=None).to_json()

        for name, url, params, direct in (
            ("overview page", "/", {}, lambda: views.overview(engine)),
            ("overview API", "/api/overview", {}, lambda: views.overview(engine)),
            ("account growth page", "/accounts", {"account": growth}, lambda: views.growth(engine, growth)),
            ("account growth API", "/api/accounts", {"account": growth}, lambda: views.growth(engine, growth)),
        ):
            measure(client, timer, url, params, direct, 3)  # warm up
            report(name, row_of(*measure(client, timer, url, params, direct, args.requests)))
            # the same with nothing kept: what the app adds to the job (routing, security, rendering, JSON)
            report(name + ", not kept", row_of(*measure(client, timer, url, params, direct, args.requests,
                                                        before=results(engine).clear)))

        expected = json.loads(json.dumps(direct_compare()))
        got = client.get("/api/compare", params={"account": pair, "at": AT}).json()
        assert got == {**expected, "report": None}, "the API's JSON differs from the job's"
        client.get("/compare", params={"account": pair, "at": AT})  # both remembered in the store
        direct_times = [timed(direct_compare) for _ in range(args.compare_direct)]
        for name, url in (("compare API (2 accounts), cold", "/api/compare"),
                          ("compare page (2 accounts), cold", "/compare")):
            server, trip, _ = measure(client, timer, url, {"account": pair, "at": AT}, None, args.compare_cold,
                                      before=results(engine).clear)
            report(name, row_of(server, trip, direct_times))
        with engine.connect() as conn:
            recent = conn.execute(sa.select(sa.func.count()).select_from(web_recent)).scalar_one()

    # a restart: the new app computes the remembered comparisons in the background; timed from its creation
    started = time.perf_counter()
    app, timer, client = run_app()
    with client:
        ready = app.state.warmer.settled(600)
        ready_s = time.perf_counter() - started
        print(f"restart: {recent} remembered comparison(s) computed in the background in {ready_s:.1f} s "
              f"({'done' if ready else 'NOT done'})", flush=True)
        for name, url in (("compare API (2 accounts), after start", "/api/compare"),
                          ("compare page (2 accounts), after start", "/compare")):
            server, trip, _ = measure(client, timer, url, {"account": pair, "at": AT}, None, args.requests)
            report(name, row_of(server, trip, direct_times))
        cache = results(app.state.engine).stats
        with app.state.engine.connect() as conn:
            counts = {t: conn.exec_driver_sql(f"SELECT COUNT(*) FROM {t}").scalar_one()
                      for t in ("posts", "snapshots", "account_snapshots")}
    print(json.dumps({"store": counts, "store_built_s": round(built, 1), "requests": args.requests,
                      "results": rows, "restart_ready_s": round(ready_s, 1),
                      "cache_after_restart": {"hits": cache.hits, "misses": cache.misses},
                      "machine": platform.machine(), "cpus": os.cpu_count(), "load": os.getloadavg()}))


if __name__ == "__main__":
    main()
