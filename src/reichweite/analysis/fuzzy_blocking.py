"""Candidate pairs for the fuzzy step: every pair within the time window whose `fuzz.ratio` reaches the threshold."""

from __future__ import annotations

import numpy as np
from rapidfuzz import fuzz, process

_CHUNK = 256


def fuzzy_candidates(
    texts_a: np.ndarray,
    times_a: np.ndarray,
    texts_b: np.ndarray,
    times_b: np.ndarray,
    window_ns: int,
    threshold: float,
    *,
    workers: int = -1,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(index into A, index into B, score) of all pairs with |time difference| ≤ window and score ≥ threshold.

    Both sides must be sorted by time. A is cut into chunks of consecutive posts; each chunk is scored against the
    B posts inside the chunk's time span widened by the window.
    """
    out_a: list[np.ndarray] = []
    out_b: list[np.ndarray] = []
    out_s: list[np.ndarray] = []
    list_b = list(texts_b)
    for start in range(0, len(texts_a), _CHUNK):
        stop = min(start + _CHUNK, len(texts_a))
        lo = int(np.searchsorted(times_b, times_a[start] - window_ns, "left"))
        hi = int(np.searchsorted(times_b, times_a[stop - 1] + window_ns, "right"))
        if hi <= lo:
            continue
        scores = process.cdist(
            list(texts_a[start:stop]),
            list_b[lo:hi],
            scorer=fuzz.ratio,
            score_cutoff=threshold,
            dtype=np.float64,
            workers=workers,
        )
        rows, cols = np.nonzero(scores >= threshold)
        rows, cols = rows + start, cols + lo
        inside = np.abs(times_b[cols] - times_a[rows]) <= window_ns
        out_a.append(rows[inside])
        out_b.append(cols[inside])
        out_s.append(scores[rows[inside] - start, cols[inside] - lo])
    if not out_a:
        return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.float64)
    return (
        np.concatenate(out_a).astype(np.int64),
        np.concatenate(out_b).astype(np.int64),
        np.concatenate(out_s),
    )
