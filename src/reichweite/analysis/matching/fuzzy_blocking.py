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

import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from rapidfuzz import fuzz, process

from reichweite.analysis.matching.arrow_strings import offsets_and_bytes

_CHUNK = 256
WINDOWED_MAX_PAIRS = 30_000_000  # pairs inside the window up to which every pair is scored
_BLOCK_PAIRS = 3_000_000  # candidate pairs expanded at once in the blocked method (bounds memory)
_TOKEN_CHUNK = 100_000  # texts tokenised at a time


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
    threads: int | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(index into A, index into B, score) of the pairs with |time difference| ≤ window and score ≥ threshold.

    Both sides must be sorted by time. `method` is 'windowed', 'blocked' or 'auto' (windowed while the window holds
    at most WINDOWED_MAX_PAIRS pairs). `workers` is rapidfuzz's thread count (-1: all cores) for the windowed
    method; the blocked method tokenises both sides at once and scores its batches on `threads` threads (None: as
    many as cores, at most 2). The result is the same whatever `workers` and `threads` are.
    """
    if len(texts_a) == 0 or len(texts_b) == 0:
        return _empty()
    if method == "auto":
        dense = pairs_in_window(times_a, times_b, window_ns) > WINDOWED_MAX_PAIRS
        method = "blocked" if dense else "windowed"
    if method == "windowed":
        return _windowed(texts_a, times_a, texts_b, times_b, window_ns, threshold, workers)
    if method == "blocked":
        return _blocked(texts_a, times_a, texts_b, times_b, window_ns, threshold, workers, threads)
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


def _tokens(texts: pa.Array) -> tuple[pa.Array, np.ndarray]:
    """Words (split at whitespace, punctuation trimmed, 2+ characters) of each text, and the text each comes from."""
    lists = pc.utf8_split_whitespace(texts)
    words = pc.utf8_trim(pc.list_flatten(lists), characters=_EDGE_PUNCTUATION)
    parent = pc.list_parent_indices(lists).to_numpy().astype(np.int32)
    del lists
    keep = pc.greater_equal(pc.utf8_length(words), 2)
    return pc.filter(words, keep), parent[keep.to_numpy(zero_copy_only=False)]


def _word_codes(
    texts_a: np.ndarray, texts_b: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(codes of A's words, A's text of each, the same for B, frequency of each code over both sides).

    Texts are tokenised in pieces of _TOKEN_CHUNK on two threads (Arrow's kernels release the GIL; small pieces
    keep the intermediate copies small) and the words of all pieces encoded with one dictionary, in the order of
    first occurrence over A's words and then B's, so that the codes do not depend on the pieces."""
    pieces = [(texts, start) for texts in (texts_a, texts_b) for start in range(0, len(texts), _TOKEN_CHUNK)]

    def tokenise(piece: tuple[np.ndarray, int]) -> tuple[pa.Array, np.ndarray]:
        texts, start = piece
        words, parent = _tokens(pa.array(texts[start : start + _TOKEN_CHUNK], type=pa.string()))
        return words, parent + np.int32(start)

    with ThreadPoolExecutor(max_workers=2) as pool:
        parts = list(pool.map(tokenise, pieces))
    words = pa.chunked_array([part[0] for part in parts], type=pa.string())
    sizes = [len(part[0]) for part in parts]
    parents = [part[1] for part in parts]
    del parts
    encoded = pc.dictionary_encode(words).unify_dictionaries()
    del words
    codes = np.concatenate(
        [chunk.indices.to_numpy(zero_copy_only=False).astype(np.int32, copy=False) for chunk in encoded.chunks]
        or [np.zeros(0, np.int32)]
    )
    del encoded
    frequency = np.bincount(codes)
    pieces_a = len(range(0, len(texts_a), _TOKEN_CHUNK))
    words_a = sum(sizes[:pieces_a])
    parent_a = np.concatenate(parents[:pieces_a] or [np.zeros(0, np.int32)])
    parent_b = np.concatenate(parents[pieces_a:] or [np.zeros(0, np.int32)])
    return codes[:words_a], parent_a, codes[words_a:], parent_b, frequency


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
    value = frequency[codes].astype(np.int64, copy=False)  # in place from here: no further copies of this size
    value <<= 32
    value |= codes
    done = np.iinfo(np.int64).max
    posts: list[np.ndarray] = []
    keys: list[np.ndarray] = []
    owner = np.repeat(np.arange(len(has), dtype=np.int32), counts[has])
    for rank in range(int(wanted.max())):
        smallest = np.minimum.reduceat(value, starts)
        valid = (smallest != done) & (wanted[has] > rank)
        posts.append(has[valid])
        keys.append(smallest[valid] & 0xFFFFFFFF)
        value[value == smallest[owner]] = done
        if not valid.any():
            break
    return np.concatenate(posts), np.concatenate(keys)


def _ascii_histograms(texts: pa.Array, chunk: int = 50_000) -> np.ndarray:
    """Per text, counts of its ASCII characters in 16 buckets (code % 16), as int16.

    Inserting or deleting one character changes at most one count by one, so the L1 distance of two histograms
    is a lower bound of the Indel distance of the texts: a cheap test before rapidfuzz scores a pair.
    """
    result = np.zeros((len(texts), 16), dtype=np.int16)
    for start in range(0, len(texts), chunk):
        part = texts.slice(start, chunk)
        offsets, data = offsets_and_bytes(part)
        if not len(data):
            continue
        data = data[offsets[0] : offsets[-1]]
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
    threads: int | None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    threads = max(min(os.cpu_count() or 1, 2) if threads is None else threads, 1)
    codes_a, parent_a, codes_b, parent_b, frequency = _word_codes(texts_a, texts_b)
    pa.default_memory_pool().release_unused()  # Arrow's allocator would keep the word arrays' blocks
    post_a, key_a = _rarest_keys(codes_a, parent_a, frequency, len(texts_a))
    post_b, key_b = _rarest_keys(codes_b, parent_b, frequency, len(texts_b))
    del codes_a, codes_b, parent_a, parent_b
    if len(post_a) == 0 or len(post_b) == 0:
        return _empty()
    length_a, histogram_a = _measure(pa.array(texts_a, type=pa.string()))
    length_b, histogram_b = _measure(pa.array(texts_b, type=pa.string()))
    pa.default_memory_pool().release_unused()
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
    # Key rows of A are grouped by post: batches end at post boundaries, so that a pair found through several
    # shared keys is deduplicated within its batch; a batch expands about _BLOCK_PAIRS pairs (bounds memory).
    group_starts = np.flatnonzero(np.concatenate([[True], np.diff(post_a) != 0]))
    group_ends = np.concatenate([group_starts[1:], [len(post_a)]])
    # With several threads each has a batch in flight: smaller batches keep the memory the same.
    batch = np.cumsum(np.add.reduceat(counts, group_starts)) // max(_BLOCK_PAIRS // threads, 1)
    first_groups = np.flatnonzero(np.concatenate([[True], np.diff(batch) != 0]))
    last_groups = np.concatenate([first_groups[1:], [len(group_starts)]]) - 1
    bounds = list(zip(group_starts[first_groups].tolist(), group_ends[last_groups].tolist(), strict=True))
    batches = _Batches(
        texts_a,
        times_a,
        texts_b,
        times_b,
        window_ns,
        threshold,
        post_a,
        post_b,
        lo,
        counts,
        length_a,
        length_b,
        histogram_a,
        histogram_b,
    )
    if threads <= 1 or len(bounds) < 2:
        results = [batches.score(begin, end, workers) for begin, end in bounds]
    else:
        # numpy's array operations and rapidfuzz's scoring release the GIL: batches are scored on several threads.
        with ThreadPoolExecutor(max_workers=threads) as pool:
            results = list(pool.map(lambda bound: batches.score(bound[0], bound[1], 1), bounds))
    # Batches are in A's order and each batch's pairs in (A, B) order: the result does not depend on the threads.
    results = [part for part in results if len(part[0])]
    if not results:
        return _empty()
    return (
        np.concatenate([part[0] for part in results]),
        np.concatenate([part[1] for part in results]),
        np.concatenate([part[2] for part in results]),
    )


def _measure(texts: pa.Array) -> tuple[np.ndarray, np.ndarray]:
    """(length in characters, ASCII histogram) of each text."""
    return pc.utf8_length(texts).to_numpy().astype(np.int64), _ascii_histograms(texts)


@dataclass
class _Batches:
    """The blocked method's arrays, from which batches of candidate pairs are expanded and scored."""

    texts_a: np.ndarray
    times_a: np.ndarray
    texts_b: np.ndarray
    times_b: np.ndarray
    window_ns: int
    threshold: float
    post_a: np.ndarray  # A's key rows: the post of each, grouped by post
    post_b: np.ndarray  # B's key rows: the post of each, in (key, time) order
    lo: np.ndarray  # per A key row: first B key row with the same key inside the window
    counts: np.ndarray  # per A key row: how many B key rows follow from lo
    length_a: np.ndarray
    length_b: np.ndarray
    histogram_a: np.ndarray
    histogram_b: np.ndarray

    def score(self, begin: int, end: int, workers: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Candidate pairs of A's key rows begin:end that reach the threshold, in (A, B) order, with scores."""
        texts_a, texts_b, times_a, times_b = self.texts_a, self.texts_b, self.times_a, self.times_b
        length_a, length_b, histogram_a, histogram_b = self.length_a, self.length_b, self.histogram_a, self.histogram_b
        threshold = self.threshold
        slack = 1.0 - threshold / 100.0
        n = self.counts[begin:end]
        total = int(n.sum())
        if not total:
            return _empty()
        starts = np.repeat(self.lo[begin:end] - (np.cumsum(n) - n), n)
        pair_a = np.repeat(self.post_a[begin:end], n)
        pair_b = self.post_b[starts + np.arange(total)]
        la, lb = length_a[pair_a], length_b[pair_b]
        # ratio = 100 · (1 − indel / (la + lb)) and indel ≥ |la − lb|.
        fits = np.abs(la - lb) <= slack * (la + lb) + 1e-9
        fits &= np.abs(times_b[pair_b] - times_a[pair_a]) <= self.window_ns
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
        return pair_a[good].astype(np.int64), pair_b[good].astype(np.int64), scores[good]
