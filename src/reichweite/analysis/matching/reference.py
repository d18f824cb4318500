"""The matching rules written out the slow, obvious way: the reference the fast `match_crossposts` is checked against.

Every pair of posts inside the window is scored with `fuzz.ratio` on the normalised texts; the pairs reaching the
threshold are walked in the order (score descending, |time difference|, A's order, B's order) and taken when both
posts are still free. Identical texts score 100, so this one walk is the exact step followed by the fuzzy step.
Quadratic: for tests and for the benchmark's sample only.
"""

from __future__ import annotations

from datetime import timedelta

import numpy as np
import pandas as pd
from rapidfuzz import fuzz, process

from reichweite.analysis.matching.normalize import is_matchable, normalize_text


def match_crossposts_brute_force(
    a: pd.DataFrame,
    b: pd.DataFrame,
    *,
    window: timedelta = timedelta(hours=12),
    fuzzy_threshold: float = 90.0,
    workers: int = -1,
) -> set[tuple[str, str, str]]:
    """{(a_native_id, b_native_id, 'exact'|'fuzzy')} by scoring all pairs (no overrides)."""
    a = a.assign(_t=pd.to_datetime(a["created_at"], utc=True), _id=a["native_id"].astype(str))
    b = b.assign(_t=pd.to_datetime(b["created_at"], utc=True), _id=b["native_id"].astype(str))
    a = a.sort_values(["_t", "_id"], kind="stable").reset_index(drop=True)
    b = b.sort_values(["_t", "_id"], kind="stable").reset_index(drop=True)
    texts_a = [normalize_text(str(t)) for t in a["text"].fillna("")]
    texts_b = [normalize_text(str(t)) for t in b["text"].fillna("")]
    ok_a = np.array([is_matchable(t) for t in texts_a], dtype=bool)
    ok_b = np.array([is_matchable(t) for t in texts_b], dtype=bool)
    scores = process.cdist(texts_a, texts_b, scorer=fuzz.ratio, dtype=np.float64, workers=workers)
    ta = a["_t"].dt.tz_localize(None).to_numpy(dtype="datetime64[ns]").view("int64")
    tb = b["_t"].dt.tz_localize(None).to_numpy(dtype="datetime64[ns]").view("int64")
    distance = np.abs(tb[None, :] - ta[:, None])
    window_ns = int(window / timedelta(microseconds=1)) * 1000
    valid = (scores >= fuzzy_threshold) & (distance <= window_ns) & ok_a[:, None] & ok_b[None, :]
    rows, cols = np.nonzero(valid)
    candidates = sorted(
        zip((-scores[rows, cols]).tolist(), distance[rows, cols].tolist(), rows.tolist(), cols.tolist(), strict=True)
    )
    taken_a: set[int] = set()
    taken_b: set[int] = set()
    pairs: set[tuple[str, str, str]] = set()
    for negative_score, _, i, j in candidates:
        if i in taken_a or j in taken_b:
            continue
        taken_a.add(i)
        taken_b.add(j)
        method = "exact" if texts_a[i] == texts_b[j] else "fuzzy"
        assert (method == "exact") == (negative_score == -100.0)
        pairs.add((a["_id"][i], b["_id"][j], method))
    return pairs
