"""Pair each post of account A with its cross-post on account B.

Rules (see docs/matching.md):
1. Forced pairs from the overrides come first; both posts leave the pool. Forbidden pairs are never made.
2. Exact: the same text after `normalize_text`, posted within ±window. Nearest in time first.
3. Fuzzy (optional): among the posts still unpaired, rapidfuzz `fuzz.ratio` of the normalised texts ≥ threshold,
   within ±window. Best score first, then nearest in time.
4. Strictly one-to-one: a post is in at most one pair. Ties are broken by created_at, then native id, of A and then
   of B, so the result does not depend on the input order.
A post whose normalised text has no letter or digit (only a link, mentions, emoji) is never matched by text; only an
override can pair it. Steps 2 and 3 together are exactly one greedy walk over all candidate pairs ordered by
(score descending, |time difference|, A's order, B's order), because identical texts score 100 and no other pair does.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

import numpy as np
import pandas as pd
from rapidfuzz import fuzz

from reichweite.analysis.matching.fuzzy_blocking import fuzzy_candidates
from reichweite.analysis.matching.greedy import greedy_one_to_one
from reichweite.analysis.matching.overrides import Overrides, id_forms, load_overrides
from reichweite.analysis.matching.sides import Side, normalize_texts, prepare_sides, prepare_texts
from reichweite.errors import InputError, Said, UsageError

__all__ = ["PAIR_COLUMNS", "Matching", "Overrides", "load_overrides", "match_crossposts", "normalize_texts",
           "prepare_texts"]

PAIR_COLUMNS = ["a_native_id", "b_native_id", "method", "score", "delta_seconds"]
_NS = 1_000_000_000


@dataclass
class Matching:
    """The pairs (in A's created_at order) and the ids of the posts left without a partner on each side."""

    pairs: pd.DataFrame
    unmatched_a: list[str]
    unmatched_b: list[str]
    # Forced pairs from the overrides whose posts are not both in the frames (e.g. outside the period compared).
    unresolved_overrides: list[tuple[str, str]] = field(default_factory=list)


def _lookup(side: Side, frame: pd.DataFrame) -> dict[str, int]:
    """Every key an override may use for a post of this side → its position."""
    keys: dict[str, int] = {}
    position = {native: i for i, native in enumerate(side.ids.to_pylist())}
    for native, i in position.items():
        for form in id_forms(native):
            keys.setdefault(form, i)
    if "url" in frame.columns:
        for native, url in zip(frame["native_id"].astype(str), frame["url"], strict=True):
            if isinstance(url, str) and url:
                for form in id_forms(url):
                    keys.setdefault(form, position[native])
    return keys


def _resolve(value: str, keys: dict[str, int]) -> int | None:
    for form in id_forms(value):
        if form in keys:
            return keys[form]
    return None


def _resolve_pair(pair: tuple[str, str], keys_a: dict[str, int], keys_b: dict[str, int]) -> tuple[int, int] | None:
    """Positions (in A, in B) of an override pair; the two ids may be written in either order."""
    first, second = pair
    i, j = _resolve(first, keys_a), _resolve(second, keys_b)
    if i is not None and j is not None:
        return i, j
    i, j = _resolve(second, keys_a), _resolve(first, keys_b)
    if i is not None and j is not None:
        return i, j
    return None


def _exact_candidates(
    a: Side, b: Side, free_a: np.ndarray, free_b: np.ndarray, window_ns: int
) -> tuple[np.ndarray, np.ndarray]:
    """All (A, B) position pairs with the same normalised text within the window, in priority order."""
    ia = np.flatnonzero(a.matchable & free_a)
    ib = np.flatnonzero(b.matchable & free_b)
    empty = np.zeros(0, dtype=np.int64)
    if len(ia) == 0 or len(ib) == 0:
        return empty, empty
    key_a, key_b = a.keys[ia], b.keys[ib]
    ta, tb = a.times[ia], b.times[ib]
    # Search (text key, time) in B with one sorted int64: key * (N + 1) + rank of the time among all times.
    all_times = np.sort(np.concatenate([ta, tb]))
    stride = np.int64(len(all_times) + 1)
    composite_b = key_b * stride + np.searchsorted(all_times, tb, "left")
    order_b = np.argsort(composite_b, kind="stable")
    composite_b = composite_b[order_b]
    lo = np.searchsorted(composite_b, key_a * stride + np.searchsorted(all_times, ta - window_ns, "left"), "left")
    hi = np.searchsorted(composite_b, key_a * stride + np.searchsorted(all_times, ta + window_ns, "right"), "left")
    counts = hi - lo
    total = int(counts.sum())
    if total == 0:
        return empty, empty
    starts = np.repeat(lo - (np.cumsum(counts) - counts), counts)
    cand_a = np.repeat(ia, counts)
    cand_b = ib[order_b[starts + np.arange(total)]]
    distance = np.abs(b.times[cand_b] - a.times[cand_a])
    order = np.lexsort((cand_b, cand_a, distance))
    return cand_a[order], cand_b[order]


def _drop_forbidden(
    cand_a: np.ndarray, cand_b: np.ndarray, forbidden: np.ndarray, n_b: int
) -> tuple[np.ndarray, np.ndarray]:
    if len(forbidden) == 0 or len(cand_a) == 0:
        return cand_a, cand_b
    keep = ~np.isin(cand_a * np.int64(n_b) + cand_b, forbidden)
    return cand_a[keep], cand_b[keep]


def match_crossposts(
    a: pd.DataFrame,
    b: pd.DataFrame,
    *,
    window: timedelta = timedelta(hours=12),
    fuzzy_threshold: float = 90.0,
    fuzzy: bool = True,
    overrides: Overrides | None = None,
) -> Matching:
    """Pair the posts of `a` with their cross-posts in `b` (frames with native_id, created_at (UTC), text)."""
    if window < timedelta(0):
        raise UsageError(Said("window must not be negative", "anl.window_negative"))
    side_a, side_b = prepare_sides(a, b)
    n_a, n_b = len(side_a.ids), len(side_b.ids)
    window_ns = int(window / timedelta(microseconds=1)) * 1000
    free_a, free_b = np.ones(n_a, dtype=bool), np.ones(n_b, dtype=bool)
    found: list[tuple[np.ndarray, np.ndarray, str, np.ndarray]] = []
    unresolved: list[tuple[str, str]] = []
    forbidden = np.zeros(0, dtype=np.int64)

    if overrides is not None and (overrides.forced or overrides.forbidden):
        keys_a, keys_b = _lookup(side_a, a), _lookup(side_b, b)
        forced_a: list[int] = []
        forced_b: list[int] = []
        for pair in overrides.forced:
            resolved = _resolve_pair(pair, keys_a, keys_b)
            if resolved is None:
                unresolved.append(pair)
                continue
            i, j = resolved
            if not free_a[i] or not free_b[j]:
                post = pair[0] if not free_a[i] else pair[1]
                raise InputError(overrides.source or "--overrides", Said(
                    f"overrides force post {post} into two pairs (another force row names it by another id or URL)",
                    "anl.ovr.two_pairs", post=post))
            free_a[i] = free_b[j] = False
            forced_a.append(i)
            forced_b.append(j)
        if forced_a:
            fa, fb = np.asarray(forced_a, dtype=np.int64), np.asarray(forced_b, dtype=np.int64)
            scores = np.array(
                [
                    fuzz.ratio(side_a.texts[i], side_b.texts[j]) if side_a.texts[i] and side_b.texts[j] else 0.0
                    for i, j in zip(fa, fb, strict=True)
                ]
            )
            found.append((fa, fb, "forced", scores))
        resolved_forbidden = [_resolve_pair(pair, keys_a, keys_b) for pair in overrides.forbidden]
        forbidden = np.asarray(sorted(r[0] * n_b + r[1] for r in resolved_forbidden if r), dtype=np.int64)

    cand_a, cand_b = _exact_candidates(side_a, side_b, free_a, free_b, window_ns)
    cand_a, cand_b = _drop_forbidden(cand_a, cand_b, forbidden, n_b)
    take = greedy_one_to_one(cand_a, cand_b, n_a, n_b)
    ea, eb = cand_a[take], cand_b[take]
    free_a[ea] = False
    free_b[eb] = False
    found.append((ea, eb, "exact", np.full(len(ea), 100.0)))

    if fuzzy:
        ia = np.flatnonzero(side_a.matchable & free_a)
        ib = np.flatnonzero(side_b.matchable & free_b)
        cand_a, cand_b, scores = fuzzy_candidates(
            side_a.texts[ia], side_a.times[ia], side_b.texts[ib], side_b.times[ib], window_ns, fuzzy_threshold
        )
        cand_a, cand_b = ia[cand_a], ib[cand_b]
        if len(forbidden):
            keep = ~np.isin(cand_a * np.int64(n_b) + cand_b, forbidden)
            cand_a, cand_b, scores = cand_a[keep], cand_b[keep], scores[keep]
        distance = np.abs(side_b.times[cand_b] - side_a.times[cand_a])
        order = np.lexsort((cand_b, cand_a, distance, -scores))
        cand_a, cand_b, scores = cand_a[order], cand_b[order], scores[order]
        take = greedy_one_to_one(cand_a, cand_b, n_a, n_b)
        free_a[cand_a[take]] = False
        free_b[cand_b[take]] = False
        found.append((cand_a[take], cand_b[take], "fuzzy", scores[take]))

    pos_a = np.concatenate([f[0] for f in found])
    pos_b = np.concatenate([f[1] for f in found])
    method = np.concatenate([np.full(len(f[0]), f[2], dtype=object) for f in found])
    score = np.concatenate([np.asarray(f[3], dtype=np.float64) for f in found])
    order = np.argsort(pos_a, kind="stable")
    pos_a, pos_b, method, score = pos_a[order], pos_b[order], method[order], score[order]
    pairs = pd.DataFrame(
        {
            "a_native_id": pd.Series(side_a.ids.take(pos_a).to_pylist(), dtype=object),
            "b_native_id": pd.Series(side_b.ids.take(pos_b).to_pylist(), dtype=object),
            "method": pd.Series(method, dtype=object),
            "score": score,
            "delta_seconds": (side_b.times[pos_b] - side_a.times[pos_a]) / _NS,
        },
        columns=PAIR_COLUMNS,
    )
    return Matching(
        pairs=pairs,
        unmatched_a=side_a.ids.filter(free_a).to_pylist(),
        unmatched_b=side_b.ids.filter(free_b).to_pylist(),
        unresolved_overrides=unresolved,
    )
