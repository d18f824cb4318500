"""Benchmark of a comparison of THREE accounts at 4 dates on SYNTHETIC posts (generated here, seeded).

Accounts A and B are those of bench_matching.py (N posts each, 15 % cross-posted with the edits cross-posting
brings); account C holds further edited copies of A's cross-posted texts (and so of B's) plus its own noise. Every
post gets figures at 4 dates (counts growing from date to date).

Timed, each in a fresh process with its own peak RSS:
- the three-account case: `match_groups` over A, B, C, then per date the group table (`build_groups`: figures,
  parts, interactions, rates), the per-account summaries and the change between consecutive dates;
- the same-run baseline: three pairwise two-account matchings (A–B, A–C, B–C) with `match_crossposts`, one process
  each, their seconds summed. The three-account case must not take longer than those three together.

    PYTHONPATH=src python bench/bench_matching.py --accounts 3             # 3 × 300,000 posts, 4 dates
    PYTHONPATH=src python bench/bench_groups.py --n 30000                  # smaller

The last line printed is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import pickle
import platform
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_matching import YEAR_START, _edit, _peak_mb, _sentences, _templated, _vocabulary, generate  # noqa: E402

from reichweite.analysis.compare import build_groups  # noqa: E402
from reichweite.analysis.matching.crosspost import match_crossposts  # noqa: E402
from reichweite.analysis.matching.groups import match_groups  # noqa: E402
from reichweite.analysis.over_time import account_changes, group_changes  # noqa: E402
from reichweite.analysis.summary import account_summaries  # noqa: E402

DATES = 4
SECONDS_PER_YEAR = 365 * 86400


def third_account(a: pd.DataFrame, n: int, seed: int, cross_share: float = 0.15) -> pd.DataFrame:
    """C: edited copies of A's cross-posted texts (posted minutes after A) and noise, n posts."""
    rng = np.random.default_rng(seed + 1)
    vocab = _vocabulary(rng)
    n_cross = int(n * cross_share)
    noise = n - n_cross
    texts = [_edit(rng, t, vocab) for t in a["text"].iloc[:n_cross]]
    templated = int(noise * 0.25)
    texts += _sentences(rng, vocab, noise - templated) + _templated(rng, vocab, templated)
    delay = np.rint(rng.exponential(900, n_cross)).astype(np.int64)
    a_seconds = ((a["created_at"].iloc[:n_cross] - YEAR_START).dt.total_seconds()).to_numpy(dtype=np.int64)
    seconds = np.concatenate([a_seconds + delay, rng.integers(0, SECONDS_PER_YEAR, noise)])
    return pd.DataFrame({
        "native_id": [f"https://mastodon.example/users/synthetic/statuses/{i}" for i in range(n)],
        "created_at": YEAR_START + pd.to_timedelta(seconds, unit="s"),
        "text": texts,
    })


def figures(posts: list[pd.DataFrame], seed: int) -> tuple[list[list[pd.DataFrame]], list[pd.Timestamp]]:
    """Per date and account: likes, replies, reposts, quotes growing over 4 dates (the first account's archive
    knows no replies), indexed by post id."""
    rng = np.random.default_rng(seed + 2)
    dates = [YEAR_START + pd.Timedelta(days=366 + 14 * d) for d in range(DATES)]
    out: list[list[pd.DataFrame]] = [[] for _ in dates]
    for index, frame in enumerate(posts):
        n = len(frame)
        base = {part: rng.lognormal(1.5, 1.2, n) for part in ("likes", "replies", "reposts", "quotes")}
        for d, date in enumerate(dates):
            grown = {part: np.floor(values * (1 + 0.1 * d)).astype("int64") for part, values in base.items()}
            table = pd.DataFrame({part: pd.array(v, dtype="Int64") for part, v in grown.items()},
                                 index=frame["id"].to_numpy())
            if index == 0:
                table["replies"] = pd.array([None] * n, dtype="Int64")
            table["views"] = pd.array([None] * n, dtype="Int64")
            table["observed_at"] = date - pd.Timedelta(hours=1)
            table["source"] = "api"
            out[d].append(table)
    return out, dates


def _child(path: str, task: str, queue: multiprocessing.Queue) -> None:
    with open(path, "rb") as handle:
        data = pickle.load(handle)
    posts, figs, dates = data["posts"], data["figures"], data["dates"]
    start = time.perf_counter()
    if task == "three":
        grouping = match_groups([p[["native_id", "created_at", "text"]] for p in posts])
        matched = time.perf_counter() - start
        followers = [pd.DataFrame({"observed_at": [YEAR_START], "followers": [1000 * (i + 1)], "source": ["api"]})
                     for i in range(len(posts))]
        tables = build_groups(posts, figs, grouping, ["x", "bluesky", "mastodon"], followers=followers,
                              as_of=[d.to_pydatetime() for d in dates], labels=[str(d.date()) for d in dates])
        summaries = [account_summaries(t) for t in tables]
        changes = account_changes(group_changes(tables, [str(d.date()) for d in dates]))
        result = {"groups": len(grouping.groups), "match_seconds": matched,
                  "compared_a": summaries[-1][0].compared, "change_rows": len(changes)}
    else:
        first, second = (int(c) for c in task)
        found = match_crossposts(posts[first][["native_id", "created_at", "text"]],
                                 posts[second][["native_id", "created_at", "text"]])
        result = {"pairs": len(found.pairs)}
    result["seconds"] = time.perf_counter() - start
    result["peak_mb"] = _peak_mb()
    queue.put(result)


def _run(path: str, task: str) -> dict:
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    child = context.Process(target=_child, args=(path, task, queue))
    child.start()
    result = queue.get()
    child.join()
    return result


def run_three(n: int, seed: int) -> dict:
    started = time.perf_counter()
    a, b, _ = generate(n, seed)
    c = third_account(a, n, seed)
    posts = []
    offset = 0
    for frame in (a, b, c):
        frame = frame.copy()
        frame["id"] = np.arange(offset, offset + len(frame))
        frame["kind"] = "post"
        offset += len(frame)
        posts.append(frame)
    figs, dates = figures(posts, seed)
    print(f"generated 3 × {n:,} synthetic posts with figures at {DATES} dates in {time.perf_counter() - started:.1f} s")
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f} (1 min), "
          f"Python {platform.python_version()}")
    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "posts.pickle")
        with open(path, "wb") as handle:
            pickle.dump({"posts": posts, "figures": figs, "dates": dates}, handle, protocol=pickle.HIGHEST_PROTOCOL)
        pairwise = {task: _run(path, task) for task in ("01", "02", "12")}
        three = _run(path, "three")
    baseline = sum(r["seconds"] for r in pairwise.values())
    for task, r in pairwise.items():
        name = f"{'ABC'[int(task[0])]}–{'ABC'[int(task[1])]}"
        print(f"baseline {name}: {r['seconds']:.1f} s, peak {r['peak_mb']:.0f} MB, {r['pairs']:,} pairs")
    print(f"three accounts, {DATES} dates: {three['seconds']:.1f} s (matching {three['match_seconds']:.1f} s), peak "
          f"{three['peak_mb']:.0f} MB, {three['groups']:,} groups; three pairwise runs together {baseline:.1f} s "
          f"(ratio {three['seconds'] / baseline:.2f}); load average {os.getloadavg()[0]:.2f} after")
    return {
        "n": n, "dates": DATES, "seconds": round(three["seconds"], 2),
        "match_seconds": round(three["match_seconds"], 2), "peak_mb": round(three["peak_mb"]),
        "groups": three["groups"],
        "baseline_seconds": round(baseline, 2),
        "baseline_peak_mb": round(max(r["peak_mb"] for r in pairwise.values())),
        "baseline_runs": {k: round(v["seconds"], 2) for k, v in pairwise.items()},
        "ratio": round(three["seconds"] / baseline, 3), "load_average_1min": round(os.getloadavg()[0], 2),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=300_000, help="posts per account (default 300,000)")
    parser.add_argument("--seed", type=int, default=2025)
    args = parser.parse_args(argv)
    print(json.dumps(run_three(args.n, args.seed)))


if __name__ == "__main__":
    main()
