"""Benchmark of cross-post matching on SYNTHETIC posts (generated here, seeded; no real account is involved).

Two accounts post N times each over one year (default N = 1,000,000). 15 % of A's posts are cross-posted to B with
the edits cross-posting brings (case, t.co link vs bare link card, '#' dropped, @user vs @user.bsky.social, emoji,
a changed or dropped word, a typo) and a delay of minutes to hours (1 % beyond the window). The rest is noise on
both sides, a quarter of it from templates that differ in a word or a number ("Good morning #photo 123"), so that many
non-cross-posts look alike within the 12 h window.

Timed: `match_crossposts` (normalisation, exact and fuzzy) on the full sets, in a fresh process, with its peak RSS.
Then on a sample (the first 10,000 posts of each side by time, i.e. the same density as the full run) the brute force
reference scores every pair inside the window; recall and precision are measured against it.

    PYTHONPATH=src python bench/bench_matching.py            # 1,000,000 × 1,000,000
    PYTHONPATH=src python bench/bench_matching.py --n 100000 # smaller run
    PYTHONPATH=src python bench/bench_matching.py --accounts 3  # three accounts, 4 dates (see bench_groups.py)

The last line printed is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import pickle
import platform
import resource
import tempfile
import time
from datetime import timedelta
from pathlib import Path

import numpy as np
import pandas as pd
from rapidfuzz import fuzz

from reichweite.analysis.matching import fuzzy_blocking
from reichweite.analysis.matching.crosspost import match_crossposts
from reichweite.analysis.matching.normalize import normalize_text
from reichweite.analysis.matching.reference import match_crossposts_brute_force

YEAR_START = pd.Timestamp("2025-01-01T00:00:00Z")
SECONDS_PER_YEAR = 365 * 86400
_SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ne",
    "ru",
    "sa",
    "te",
    "vo",
    "ber",
    "lin",
    "hau",
    "sen",
    "tor",
    "gar",
    "ten",
    "wald",
    "see",
    "ko",
    "pa",
    "di",
    "ma",
    "fu",
    "gel",
    "schen",
    "ro",
    "an",
    "el",
    "is",
    "ur",
    "ot",
    "em",
    "al",
]
_COMMON = [
    "the",
    "a",
    "and",
    "to",
    "of",
    "in",
    "is",
    "it",
    "you",
    "that",
    "for",
    "on",
    "with",
    "this",
    "my",
    "at",
    "be",
    "are",
    "was",
    "so",
    "just",
    "all",
    "new",
    "good",
    "day",
    "today",
    "now",
    "more",
    "der",
    "die",
    "das",
    "und",
    "ist",
    "nicht",
    "mit",
    "ich",
    "auf",
    "ein",
    "eine",
    "zu",
    "wir",
    "heute",
    "im",
    "am",
    "von",
]
_EMOJI = ["🔥", "📷", "☕", "❤️", "😊", "🌅", "👍🏽", "🎨", "🙏", "✨"]
_TEMPLATES = [
    "Good morning #photo {n}",
    "Good morning {w} #photo",
    "Daily prompt: {w} #art #dailyprompt",
    "Coffee time ☕ {w} {w}",
    "New blog post: {w} {w} {w} https://blog.example.net/{n}",
    "Happy {day}! #{w}",
    "Photo of the day {n} #photography #{w}",
    "Reading {w} {w} today, page {n}",
    "Weekly update #{n}: {w} and {w}",
    "Sunset over the {w} 🌅 #sunset",
]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _vocabulary(rng: np.random.Generator, size: int = 20000) -> np.ndarray:
    words = sorted({"".join(rng.choice(_SYLLABLES, rng.integers(2, 6))) for _ in range(size * 3)})
    return np.array(words, dtype=object)[rng.permutation(len(words))[:size]]


def _sentences(rng: np.random.Generator, vocab: np.ndarray, count: int) -> list[str]:
    """Zipf-distributed words, 4–30 per post, with common words, some hashtags and links."""
    lengths = rng.integers(4, 31, count)
    ranks = (rng.zipf(1.3, lengths.sum()) - 1) % len(vocab)
    words = vocab[ranks]
    common = rng.random(len(words)) < 0.35
    words[common] = np.array(_COMMON, dtype=object)[rng.integers(0, len(_COMMON), common.sum())]
    tags = rng.random(len(words)) < 0.05
    words[tags] = "#" + words[tags]
    out = []
    cut = np.concatenate([[0], np.cumsum(lengths)])
    link = rng.random(count) < 0.2
    for i in range(count):
        text = " ".join(words[cut[i] : cut[i + 1]])
        text = text[0].upper() + text[1:]
        if link[i]:
            text += f" https://t.co/{i:010x}"
        out.append(text)
    return out


def _templated(rng: np.random.Generator, vocab: np.ndarray, count: int) -> list[str]:
    small = vocab[:300]
    out = []
    picks = rng.integers(0, len(_TEMPLATES), count)
    for i in range(count):
        text = _TEMPLATES[picks[i]]
        while "{w}" in text:
            text = text.replace("{w}", str(small[rng.integers(0, len(small))]), 1)
        text = text.replace("{n}", str(rng.integers(1, 1000))).replace("{day}", _DAYS[rng.integers(0, 7)])
        out.append(text)
    return out


def _edit(rng: np.random.Generator, text: str, vocab: np.ndarray) -> str:
    """What cross-posting does to a text on its way from X to Bluesky."""
    if "https://t.co/" in text:
        head, _, _ = text.rpartition(" https://t.co/")
        roll = rng.random()
        text = head if roll < 0.5 else head + f" example.org/2025/{rng.integers(1, 99999)}/a-long-title..."
    words = text.split(" ")
    if rng.random() < 0.3:
        words = [w.lstrip("#") for w in words]
    if rng.random() < 0.2:
        words.insert(0, f"@user{rng.integers(1, 500)}.bsky.social")
    if rng.random() < 0.2:
        words.append(_EMOJI[rng.integers(0, len(_EMOJI))])
    roll = rng.random()
    if roll < 0.15 and len(words) > 3:
        words[rng.integers(0, len(words))] = str(vocab[rng.integers(0, len(vocab))])
    elif roll < 0.25 and len(words) > 3:
        del words[rng.integers(0, len(words))]
    elif roll < 0.35:
        j = rng.integers(0, len(words))
        w = words[j]
        if len(w) > 3:
            k = rng.integers(1, len(w) - 1)
            words[j] = w[:k] + w[k + 1] + w[k] + w[k + 2 :]  # swapped letters
    elif roll < 0.40 and len(words) > 6:
        for _ in range(3):
            words[rng.integers(0, len(words))] = str(vocab[rng.integers(0, len(vocab))])
    text = " ".join(words)
    roll = rng.random()
    if roll < 0.15:
        text = text.lower()
    elif roll < 0.2:
        text = text.upper()
    return text


def generate(n: int, seed: int = 2025, cross_share: float = 0.15) -> tuple[pd.DataFrame, pd.DataFrame, int]:
    """Two synthetic accounts with n posts each; returns (a, b, number of true cross-posts within the window)."""
    rng = np.random.default_rng(seed)
    vocab = _vocabulary(rng)
    n_cross = int(n * cross_share)
    n_noise = n - n_cross
    templated = int(n_noise * 0.25)

    def noise(count: int) -> list[str]:
        texts = _sentences(rng, vocab, count - templated) + _templated(rng, vocab, templated)
        return [texts[i] for i in rng.permutation(len(texts))]

    cross_texts = _sentences(rng, vocab, n_cross)
    a_texts = cross_texts + noise(n_noise)
    b_texts = [_edit(rng, t, vocab) for t in cross_texts] + noise(n_noise)
    a_seconds = rng.integers(0, SECONDS_PER_YEAR, n)
    delay = np.rint(rng.exponential(600, n_cross)).astype(np.int64) * rng.choice([-1, 1], n_cross)
    hours = rng.random(n_cross) < 0.05
    delay[hours] = rng.integers(3600, 11 * 3600, hours.sum())
    late = rng.random(n_cross) < 0.01
    delay[late] = rng.integers(13 * 3600, 48 * 3600, late.sum())
    b_seconds = np.concatenate([a_seconds[:n_cross] + delay, rng.integers(0, SECONDS_PER_YEAR, n_noise)])
    a = pd.DataFrame(
        {
            "native_id": [str(1_870_000_000_000_000_000 + i) for i in range(n)],
            "created_at": YEAR_START + pd.to_timedelta(a_seconds, unit="s"),
            "text": a_texts,
        }
    )
    b = pd.DataFrame(
        {
            "native_id": [f"at://did:plc:synthetic/app.bsky.feed.post/{i:013d}" for i in range(n)],
            "created_at": YEAR_START + pd.to_timedelta(b_seconds, unit="s"),
            "text": b_texts,
        }
    )
    return a, b, int((~late).sum())


def _peak_mb() -> float:
    """This process's own peak RSS. On Linux from /proc (VmHWM): `ru_maxrss` of a started process also counts the
    RSS its parent had when it forked, which here is the generator's memory."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _timed_match(path: str, queue: multiprocessing.Queue) -> None:
    with open(path, "rb") as handle:
        a, b = pickle.load(handle)
    rss_before = _peak_mb()
    start, cpu_start = time.perf_counter(), time.process_time()
    result = match_crossposts(a, b)
    seconds = time.perf_counter() - start
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = time.process_time() - cpu_start + children.ru_utime + children.ru_stime
    peak = _peak_mb()
    worker_peak = children.ru_maxrss / 1024
    methods = result.pairs["method"].value_counts().to_dict()
    truth = result.pairs["a_native_id"].map(lambda x: int(x) - 1_870_000_000_000_000_000)
    true_pairs = int(
        (truth.to_numpy() == result.pairs["b_native_id"].str.rsplit("/", n=1).str[-1].astype(int).to_numpy()).sum()
    )
    queue.put(
        {
            "seconds": seconds,
            "cpu_seconds": cpu,
            "peak_mb": peak,
            "worker_peak_mb": worker_peak,
            "input_mb": rss_before,
            "pairs": len(result.pairs),
            "methods": methods,
            "true_pairs_found": true_pairs,
        }
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1_000_000, help="posts per account (default 1,000,000)")
    parser.add_argument("--sample", type=int, default=10_000, help="posts per account in the brute-force sample")
    parser.add_argument("--seed", type=int, default=2025)
    parser.add_argument("--accounts", type=int, choices=(2, 3), default=2,
                        help="3: the three-account case at 4 dates against three pairwise runs (bench_groups.py)")
    args = parser.parse_args()
    if args.accounts == 3:
        from bench_groups import run_three

        print(json.dumps(run_three(300_000 if args.n == 1_000_000 else args.n, args.seed)))
        return

    started = time.perf_counter()
    a, b, true_cross = generate(args.n, args.seed)
    print(
        f"generated 2 × {args.n:,} synthetic posts ({true_cross:,} cross-posts within 12 h) "
        f"in {time.perf_counter() - started:.1f} s"
    )
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f} "
        f"(1 min) before the timed run, Python {platform.python_version()}"
    )

    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "posts.pickle")
        with open(path, "wb") as handle:
            pickle.dump((a, b), handle, protocol=pickle.HIGHEST_PROTOCOL)
        context = multiprocessing.get_context("spawn")
        queue = context.Queue()
        child = context.Process(target=_timed_match, args=(path, queue))
        child.start()
        full = queue.get()
        child.join()
    worker = (
        f"(normalisation worker {full['worker_peak_mb']:.0f} MB, shares the input pages)"
        if full["worker_peak_mb"]
        else "(no normalisation worker was started)"
    )
    print(
        f"full match: {full['seconds']:.1f} s wall, {full['cpu_seconds']:.1f} s CPU (all processes), "
        f"load average {os.getloadavg()[0]:.2f} after; peak RSS {full['peak_mb']:.0f} MB {worker} "
        f"(of which the input frames and interpreter {full['input_mb']:.0f} MB), {full['pairs']:,} pairs "
        f"{full['methods']}, true cross-posts found {full['true_pairs_found']:,} of {true_cross:,}"
    )

    sample_a = a.sort_values("created_at", kind="stable").head(args.sample)
    sample_b = b.sort_values("created_at", kind="stable").head(args.sample)
    # The sample holds fewer pairs inside the window than the point from which the full run blocks on rare words;
    # force blocking here so that the sample measures the method the full run used.
    fuzzy_blocking.WINDOWED_MAX_PAIRS = 0
    start = time.perf_counter()
    ours = match_crossposts(sample_a, sample_b)
    ours_seconds = time.perf_counter() - start
    start = time.perf_counter()
    brute = match_crossposts_brute_force(sample_a, sample_b)
    brute_seconds = time.perf_counter() - start
    got = set(zip(ours.pairs["a_native_id"], ours.pairs["b_native_id"], ours.pairs["method"], strict=True))
    common = len(got & brute)
    recall = common / len(brute) if brute else 1.0
    precision = common / len(got) if got else 1.0
    # A pair brute force rejects: below the threshold or outside the window.
    text_a = dict(zip(sample_a["native_id"], sample_a["text"], strict=True))
    text_b = dict(zip(sample_b["native_id"], sample_b["text"], strict=True))
    rejected = sum(
        1
        for row in ours.pairs.itertuples()
        if abs(row.delta_seconds) > timedelta(hours=12).total_seconds()
        or fuzz.ratio(normalize_text(text_a[row.a_native_id]), normalize_text(text_b[row.b_native_id])) < 90.0
    )
    print(
        f"sample {args.sample:,} × {args.sample:,}: brute force {len(brute):,} pairs in {brute_seconds:.1f} s; "
        f"ours {len(got):,} pairs in {ours_seconds:.2f} s; recall {recall:.4%}, precision {precision:.4%}, "
        f"pairs brute force rejects: {rejected}, speed-up {brute_seconds / ours_seconds:.1f}×"
    )
    print(
        json.dumps(
            {
                "n": args.n,
                "seconds": round(full["seconds"], 2),
                "cpu_seconds": round(full["cpu_seconds"], 1),
                "peak_mb": round(full["peak_mb"]),
                "worker_peak_mb": round(full["worker_peak_mb"]),
                "load_average_1min": round(os.getloadavg()[0], 2),
                "pairs": full["pairs"],
                "true_cross_posts": true_cross,
                "true_pairs_found": full["true_pairs_found"],
                "sample": args.sample,
                "sample_recall": round(recall, 5),
                "sample_precision": round(precision, 5),
                "sample_rejected_pairs": rejected,
                "brute_seconds": round(brute_seconds, 2),
                "sample_seconds": round(ours_seconds, 3),
                "speedup": round(brute_seconds / ours_seconds, 1),
            }
        )
    )


if __name__ == "__main__":
    main()
