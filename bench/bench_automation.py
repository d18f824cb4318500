"""Benchmark: template detection (MinHash LSH) against the all-pairs baseline, and scoring a whole inbox.

The inbox is synthetic: 15 % bots send one of four pitch templates with small changes (numbers, links, word order);
genuine senders write 3–4 real sentences in many languages (tests/fixtures/langid, Leipzig Wortschatz via
lingua-py). Prints a table and, last, one JSON object.

    PYTHONPATH=src python bench/bench_automation.py --senders 500 2000 10000 --baseline-max 2000
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import time
from datetime import UTC, datetime, timedelta
from itertools import combinations
from pathlib import Path

from reichweite.analysis.automation.scoring import score_senders
from reichweite.analysis.automation.templates import (
    MIN_TEMPLATE_CHARS,
    MIN_TEMPLATE_WORDS,
    TEMPLATE_SIMILARITY,
    find_templates,
    jaccard,
    normalise,
    shingles,
)
from reichweite.model import Message

ROOT = Path(__file__).resolve().parents[1]
SENTENCES = ROOT / "tests" / "fixtures" / "langid" / "eval_sentences.tsv"
TEMPLATES = [
    "Hi {name}, thanks for connecting! I help {a} and {b} book {n}+ qualified sales meetings per month with our "
    "LinkedIn automation. Do you have 15 minutes this week? Grab a slot: calendly.com/{slug}/15min",
    "Hi there! Want to get rich fast? I found a way to earn {n},{c}.{d} € a day from home – GUARANTEED. Only {s} "
    "spots left. Reply YES 👉 bit.ly/{slug}",
    "Hallo {name}, danke fürs Vernetzen! Ich helfe {a} und {b}, mit LinkedIn-Automatisierung jeden Monat {n} neue "
    "Kundentermine zu gewinnen. Lust auf ein kurzes Erstgespräch? calendly.com/{slug}",
    "Hello dear, I am a professional crypto trader and my clients make {n}% profit every week. Contact me on "
    "Telegram t.me/{slug}",
]
PAIRS = [("coaches", "consultants"), ("agencies", "founders"), ("Beratern", "Coaches"), ("Agenturen", "Trainern")]


def inbox(senders: int, rng: random.Random, sentences: list[str]) -> list[Message]:
    """Genuine senders write 3–4 real sentences drawn from the whole pool (12,409 sentences, many languages)."""
    t0 = datetime(2024, 1, 1, tzinfo=UTC)
    messages = []
    for i in range(senders):
        at = t0 + timedelta(minutes=37 * i)
        if rng.random() < 0.15:
            a, b = rng.choice(PAIRS)
            if rng.random() < 0.5:
                a, b = b, a
            text = rng.choice(TEMPLATES).format(name="Jana", a=a, b=b, n=rng.randint(5, 60), c=rng.randint(100, 999),
                                                d=rng.randint(10, 99), s=rng.randint(2, 9), slug=f"bot{i}")
        else:
            text = " ".join(rng.choice(sentences) for _ in range(rng.randint(3, 4)))
        messages.append(Message(f"c{i}", f"Synthetic Sender {i}", at, text, "inbound"))
    return messages


def naive_pairs(texts: list[tuple[str, str, str]]) -> set[frozenset[str]]:
    prepared = []
    for key, name, text in texts:
        norm = normalise(text, name)
        if len(norm) >= MIN_TEMPLATE_CHARS and len(norm.split()) >= MIN_TEMPLATE_WORDS:
            prepared.append((key, shingles(norm)))
    return {frozenset((a[0], b[0])) for a, b in combinations(prepared, 2)
            if a[0] != b[0] and jaccard(a[1], b[1]) >= TEMPLATE_SIMILARITY}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--senders", type=int, nargs="+", default=[500, 2000, 10000])
    parser.add_argument("--baseline-max", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    sentences = [line.partition("\t")[2] for line in SENTENCES.read_text(encoding="utf-8").splitlines()]
    import datasketch  # noqa: F401  (imported before timing: the import alone takes seconds)

    results = []
    print(f"{'senders':>8} {'lsh s':>8} {'naive s':>8} {'score s':>8} {'groups':>7} {'same senders':>13}")
    for n in args.senders:
        messages = inbox(n, random.Random(args.seed), sentences)
        texts = [(m.sender.casefold(), m.sender, m.text) for m in messages]
        start = time.perf_counter()
        groups = find_templates(texts)
        lsh_s = time.perf_counter() - start
        naive_s = None
        agree = None
        if n <= args.baseline_max:
            start = time.perf_counter()
            pairs = naive_pairs(texts)
            naive_s = time.perf_counter() - start
            in_pairs = {k for p in pairs for k in p}
            agree = len(in_pairs & set(groups)) / len(in_pairs | set(groups)) if in_pairs or groups else 1.0
        start = time.perf_counter()
        scores = score_senders(messages)
        score_s = time.perf_counter() - start
        row = {"senders": n, "lsh_seconds": round(lsh_s, 3), "naive_seconds": None if naive_s is None else
               round(naive_s, 3), "score_seconds": round(score_s, 3),
               "template_senders": len(groups), "flagged": sum(s.flagged for s in scores),
               "agreement_with_naive": None if agree is None else round(agree, 4)}
        results.append(row)
        print(f"{n:>8} {lsh_s:>8.2f} {'' if naive_s is None else f'{naive_s:.2f}':>8} {score_s:>8.2f} "
              f"{len(groups):>7} {'' if agree is None else f'{agree:.3f}':>13}")
    print(json.dumps({"bench": "automation", "machine": platform.machine(), "python": platform.python_version(),
                      "results": results}))


if __name__ == "__main__":
    main()
