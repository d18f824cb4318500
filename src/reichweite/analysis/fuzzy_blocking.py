"""Candidate pairs for the fuzzy step: pairs within the time window whose `fuzz.ratio` reaches the threshold.

Two ways, one answer on ordinary data:
- `windowed`: every A post is scored against every B post inside its window (rapidfuzz `cdist` on consecutive
  chunks). Exactly what brute force finds. Used while the number of pairs inside the window is moderate.
- `blocked`: for very dense data (hundreds of thousands of posts a year per account) scoring all pairs in the window
  is too slow. Each post gets blocking keys, its rarest words (3, plus one per 8 words beyond 8); only pairs that
  share a key inside the window and pass two lower bounds of the Indel distance (length difference, distance of
  character histograms) are scored (rapidfuzz `cpdist`). Two texts
  with ratio ≥ 90 share nearly all words, so a pair is lost only when every rare word of both differs; the benchmark
  measures this against brute force (recall ≥ 99 % required).
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from rapidfuzz import fuzz, process

_CHUNK = 256
WINDOWED_MAX_PAIRS = 30_000_000  # pairs inside the window up to which every pair is scored
_BLOCK_PAIRS = 3_000_000  # candidate pairs expanded at once in the blocked method (bounds memory)


def pairs_in_window(times_a: np.ndarray, times_b: np.ndarray, window_ns: int) -> int:
    """How many (A, B) pairs lie within the window (both sides sorted by time)."""
    lo = np.searchsorted(times_b, times_a - window_ns, "left")
    hi = np.searchsorted(times_b, times_a + window_ns, "right")
    return int((hi - lo).sum())


def fuzzy_candidates(
    texts_a: np.ndarray,
    times_a: np.ndarray,
    texts_b: np.ndarray,
    times_b: np.ndarray,
    window_ns: int,
    threshold: float,
    *,
    method: str = "auto",
    workers: int = -1,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(index into A, index into B, score) of the pairs with |time difference| ≤ window and score ≥ threshold.

    Both sides must be sorted by time. `method` is 'windowed', 'blocked' or 'auto' (windowed while the window holds
    at most WINDOWED_MAX_PAIRS pairs).
    """
    if len(texts_a) == 0 or len(texts_b) == 0:
        return _empty()
    if method == "auto":
        dense = pairs_in_window(times_a, times_b, window_ns) > WINDOWED_MAX_PAIRS
        method = "blocked" if dense else "windowed"
    if method == "windowed":
        return _windowed(texts_a, times_a, texts_b, times_b, window_ns, threshold, workers)
    if method == "blocked":
        return _blocked(texts_a, times_a, texts_b, times_b, window_ns, threshold, workers)
    raise ValueError(f"unknown method {method!r}")


def _empty() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.float64)


def _windowed(
    texts_a: np.ndarray,
    times_a: np.ndarray,
    texts_b: np.ndarray,
    times_b: np.ndarray,
    window_ns: int,
    threshold: float,
    workers: int,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
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
        inside = np.abs(times_b[cols + lo] - times_a[rows + start]) <= window_ns
        rows, cols = rows[inside], cols[inside]
        out_a.append(rows + start)
        out_b.append(cols + lo)
        out_s.append(scores[rows, cols])
    if not out_a:
        return _empty()
    return np.concatenate(out_a).astype(np.int64), np.concatenate(out_b).astype(np.int64), np.concatenate(out_s)


_EDGE_PUNCTUATION = ".,;:!?\"'()[]{}<>«»„“”‚‘’…-–—/|*_~+=%$€"


def _tokens(texts: np.ndarray) -> tuple[pa.Array, np.ndarray]:
    """Words (split at whitespace, punctuation trimmed, 2+ characters) of each text, and the text each comes from."""
    lists = pc.utf8_split_whitespace(pa.array(texts, type=pa.string()))
    words = pc.utf8_trim(pc.list_flatten(lists), characters=_EDGE_PUNCTUATION)
    parent = pc.list_parent_indices(lists).to_numpy().astype(np.int32)
    del lists
    keep = pc.greater_equal(pc.utf8_length(words), 2)
    return pc.filter(words, keep), parent[keep.to_numpy(zero_copy_only=False)]


def _rarest_keys(
    codes: np.ndarray, parent: np.ndarray, frequency: np.ndarray, n_posts: int
) -> tuple[np.ndarray, np.ndarray]:
    """(post, word code) of each post's rarest distinct words: 3, plus one per 8 words beyond 8."""
    if len(codes) == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    counts = np.bincount(parent, minlength=n_posts)
    wanted = 3 + np.maximum(counts - 8, 0) // 8
    has = np.flatnonzero(counts)
    starts = np.concatenate([[0], np.cumsum(counts)])[has]
    # One int64 per word occurrence: rarity first, then the code (equal words within a post are equal values).
    value = (frequency[codes].astype(np.int64) << 32) | codes.astype(np.int64)
    done = np.iinfo(np.int64).max
    posts: list[np.ndarray] = []
    keys: list[np.ndarray] = []
    owner = np.repeat(np.arange(len(has)), counts[has])
    for rank in range(int(wanted.max())):
        smallest = np.minimum.reduceat(value, starts)
        valid = (smallest != done) & (wanted[has] > rank)
        posts.append(has[valid])
        keys.append(smallest[valid] & 0xFFFFFFFF)
        value[value == smallest[owner]] = done
        if not valid.any():
            break
    return np.concatenate(posts), np.concatenate(keys)


def _ascii_histograms(texts: pa.Array, chunk: int = 100_000) -> np.ndarray:
    """Per text, counts of its ASCII characters in 16 buckets (code % 16), as int16.

    Inserting or deleting one character changes at most one count by one, so the L1 distance of two histograms
    is a lower bound of the Indel distance of the texts: a cheap test before rapidfuzz scores a pair.
    """
    result = np.zeros((len(texts), 16), dtype=np.int16)
    for start in range(0, len(texts), chunk):
        part = texts.slice(start, chunk)
        _, offset_buffer, data_buffer = part.buffers()
        if data_buffer is None:
            continue
        offsets = np.frombuffer(offset_buffer, dtype=np.int32)[part.offset : part.offset + len(part) + 1]
        data = np.frombuffer(data_buffer, dtype=np.uint8)[offsets[0] : offsets[-1]]
        owner = np.repeat(np.arange(len(part), dtype=np.int32), np.diff(offsets))
        ascii_bytes = data < 128
        cells = owner[ascii_bytes] * 16 + (data[ascii_bytes] & 15)
        result[start : start + len(part)] = np.bincount(cells, minlength=len(part) * 16).reshape(len(part), 16)
    return result


def _blocked(
    texts_a: np.ndarray,
    times_a: np.ndarray,
    texts_b: np.ndarray,
    times_b: np.ndarray,
    window_ns: int,
    threshold: float,
    workers: int,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    words_a, parent_a = _tokens(texts_a)
    words_b, parent_b = _tokens(texts_b)
    # Encoded as two chunks with one dictionary: no concatenated copy of the word arrays.
    encoded = pc.dictionary_encode(pa.chunked_array([words_a, words_b])).unify_dictionaries()
    codes = np.concatenate(
        [chunk.indices.to_numpy(zero_copy_only=False).astype(np.int32, copy=False) for chunk in encoded.chunks]
    )
    frequency = np.bincount(codes)
    codes_a, codes_b = codes[: len(words_a)], codes[len(words_a) :]
    del encoded, words_a, words_b
    pa.default_memory_pool().release_unused()  # Arrow's allocator would keep the word arrays' blocks
    post_a, key_a = _rarest_keys(codes_a, parent_a, frequency, len(texts_a))
    post_b, key_b = _rarest_keys(codes_b, parent_b, frequency, len(texts_b))
    del codes, codes_a, codes_b, parent_a, parent_b
    if len(post_a) == 0 or len(post_b) == 0:
        return _empty()
    by_post = np.argsort(post_a, kind="stable")
    post_a, key_a = post_a[by_post], key_a[by_post]

    # Same trick as the exact step: B's keys sorted by (key, rank of its time), searched by (key, time ± window).
    # Ranks are computed per post (times are sorted, so the searches run in order), then spread to the key rows.
    all_times = np.sort(np.concatenate([times_a, times_b]))
    stride = np.int64(len(all_times) + 1)
    rank_b = np.searchsorted(all_times, times_b, "left")
    rank_lo_a = np.searchsorted(all_times, times_a - window_ns, "left")
    rank_hi_a = np.searchsorted(all_times, times_a + window_ns, "right")
    composite_b = key_b * stride + rank_b[post_b]
    order_b = np.argsort(composite_b)
    composite_b = composite_b[order_b]
    post_b = post_b[order_b]
    # Search with the needles in ascending order (much faster on large arrays), then put the results back.
    needles_lo = key_a * stride + rank_lo_a[post_a]
    by_needle = np.argsort(needles_lo)
    lo = np.empty(len(post_a), dtype=np.int64)
    hi = np.empty(len(post_a), dtype=np.int64)
    lo[by_needle] = np.searchsorted(composite_b, needles_lo[by_needle], "left")
    hi[by_needle] = np.searchsorted(composite_b, (key_a * stride + rank_hi_a[post_a])[by_needle], "left")
    del composite_b
    counts = hi - lo
    arrow_a, arrow_b = pa.array(texts_a, type=pa.string()), pa.array(texts_b, type=pa.string())
    length_a = pc.utf8_length(arrow_a).to_numpy().astype(np.int64)
    length_b = pc.utf8_length(arrow_b).to_numpy().astype(np.int64)
    histogram_a, histogram_b = _ascii_histograms(arrow_a), _ascii_histograms(arrow_b)
    del arrow_a, arrow_b
    pa.default_memory_pool().release_unused()
    slack = 1.0 - threshold / 100.0
    # Key rows of A are grouped by post: batches end at post boundaries, so that a pair found through several
    # shared keys is deduplicated within its batch; a batch expands about _BLOCK_PAIRS pairs (bounds memory).
    group_starts = np.flatnonzero(np.concatenate([[True], np.diff(post_a) != 0]))
    group_ends = np.concatenate([group_starts[1:], [len(post_a)]])
    batch = np.cumsum(np.add.reduceat(counts, group_starts)) // _BLOCK_PAIRS
    first_groups = np.flatnonzero(np.concatenate([[True], np.diff(batch) != 0]))
    last_groups = np.concatenate([first_groups[1:], [len(group_starts)]]) - 1
    out_a: list[np.ndarray] = []
    out_b: list[np.ndarray] = []
    out_s: list[np.ndarray] = []
    for g0, g1 in zip(first_groups, last_groups, strict=True):
        begin, end = group_starts[g0], group_ends[g1]
        n = counts[begin:end]
        total = int(n.sum())
        if not total:
            continue
        starts = np.repeat(lo[begin:end] - (np.cumsum(n) - n), n)
        pair_a = np.repeat(post_a[begin:end], n)
        pair_b = post_b[starts + np.arange(total)]
        la, lb = length_a[pair_a], length_b[pair_b]
        # ratio = 100 · (1 − indel / (la + lb)) and indel ≥ |la − lb|.
        fits = np.abs(la - lb) <= slack * (la + lb) + 1e-9
        fits &= np.abs(times_b[pair_b] - times_a[pair_a]) <= window_ns
        code = np.sort(pair_a[fits] * np.int64(len(texts_b)) + pair_b[fits])
        code = code[np.concatenate([[True], code[1:] != code[:-1]])]
        pair_a, pair_b = code // len(texts_b), code % len(texts_b)
        bound = np.abs(histogram_a[pair_a] - histogram_b[pair_b]).sum(axis=1)
        fits = bound <= slack * (length_a[pair_a] + length_b[pair_b]) + 1e-9
        pair_a, pair_b = pair_a[fits], pair_b[fits]
        scores = process.cpdist(
            texts_a[pair_a],
            texts_b[pair_b],
            scorer=fuzz.ratio,
            score_cutoff=threshold,
            dtype=np.float64,
            workers=workers,
        )
        good = scores >= threshold
        out_a.append(pair_a[good])
        out_b.append(pair_b[good])
        out_s.append(scores[good])
    if not out_a:
        return _empty()
    return np.concatenate(out_a).astype(np.int64), np.concatenate(out_b).astype(np.int64), np.concatenate(out_s)
