"""The two sides of a cross-post matching, prepared: ids and times checked and put in (created_at, native_id) order,
each distinct text normalised once (Arrow texts on the bulk path, many texts on several processes), and the exact
step's key per post. `prepare_texts` does the normalisation ahead for a frame matched against several others."""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from reichweite.analysis.matching.normalize import is_matchable, normalize_bulk, normalize_text

_PARALLEL_FROM = 100_000  # distinct texts from which normalisation runs on several processes
_BATCH = 50_000  # distinct texts converted to Python strings at a time
_SHARED: list[pa.Array | np.ndarray] = []  # the texts being normalised, inherited by forked workers


@dataclass
class Side:
    """One account's posts as matching reads them, in (created_at, native_id) order."""

    ids: pa.Array  # native ids (Arrow strings, converted to Python only for the posts reported), in time order
    times: np.ndarray  # int64 nanoseconds since the epoch, UTC
    texts: np.ndarray  # normalised texts (object)
    keys: np.ndarray  # int64: equal for equal normalised texts (the exact step's key)
    matchable: np.ndarray  # bool


def _normalize_many(texts: np.ndarray) -> tuple[list[str], np.ndarray]:
    normalized = [normalize_text(text) for text in texts]
    return normalized, np.fromiter((is_matchable(text) for text in normalized), dtype=bool, count=len(normalized))


def _normalize_range(start: int, stop: int) -> tuple[list[str], np.ndarray]:
    """Normalise _SHARED[start:stop], converting to Python strings a batch at a time (bounded memory)."""
    texts = _SHARED[0]
    normalized: list[str] = []
    flags = [np.zeros(0, dtype=bool)]
    for first in range(start, stop, _BATCH):
        batch = texts[first : min(first + _BATCH, stop)]
        part, matchable = _normalize_many(batch.to_pylist() if isinstance(batch, pa.Array) else batch)
        normalized.extend(part)
        flags.append(matchable)
    return normalized, np.concatenate(flags)


def _normalize_uniques(uniques: pa.Array | np.ndarray, workers: int | None) -> tuple[list[str], np.ndarray]:
    """(normalised texts, matchable flags) of distinct texts; large inputs on several (forked) processes, which
    read their share of the texts from memory inherited at the fork rather than receiving a copy."""
    if workers is None:
        workers = min(os.cpu_count() or 1, 4) if len(uniques) >= _PARALLEL_FROM else 1
    if "fork" not in multiprocessing.get_all_start_methods():
        workers = 1  # Windows: starting interpreters would cost more than it saves
    if workers <= 1 or len(uniques) < 2 * workers:
        workers = 1
    bounds = np.linspace(0, len(uniques), workers + 1).astype(int).tolist()
    _SHARED[:] = [uniques]
    try:
        if workers == 1:
            return _normalize_range(0, len(uniques))
        with ProcessPoolExecutor(max_workers=workers - 1, mp_context=multiprocessing.get_context("fork")) as pool:
            pending = [pool.submit(_normalize_range, bounds[k], bounds[k + 1]) for k in range(1, workers)]
            normalized, matchable = _normalize_range(bounds[0], bounds[1])
            flags = [matchable]
            for future in pending:
                part, matchable = future.result()
                normalized.extend(part)
                flags.append(matchable)
        return normalized, np.concatenate(flags)
    finally:
        _SHARED.clear()


def _normalize_distinct(texts: np.ndarray, workers: int | None) -> tuple[np.ndarray, np.ndarray]:
    """(normalised distinct texts with '' appended, code of each input text into them)."""
    inverse, uniques = pd.factorize(np.asarray(texts, dtype=object), use_na_sentinel=True)
    # A missing text (None, NaN) gets code -1, which picks the '' appended at the end.
    uniques = np.asarray([u if isinstance(u, str) else str(u) for u in uniques], dtype=object)
    normalized, _ = _normalize_uniques(uniques, workers)
    return np.asarray(normalized + [""], dtype=object), inverse


def _normalize_for_matching(uniques: pa.Array | np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(normalised texts with '' appended, int64 code per text equal for equal normalised texts, matchable flags)
    of distinct texts. Arrow texts take the bulk path where it applies (see `normalize_bulk`), the rest
    `normalize_text` (on several processes when there are many)."""
    if not isinstance(uniques, pa.Array):
        normalized, matchable = _normalize_uniques(uniques, None)
        normalized_array = np.asarray(normalized + [""], dtype=object)
        return normalized_array, pd.factorize(normalized_array[:-1])[0].astype(np.int64), matchable
    bulk, taken, matchable = normalize_bulk(uniques)
    pa.default_memory_pool().release_unused()  # the bulk path's intermediate copies
    rest = np.flatnonzero(~taken)
    if len(rest):
        normalized, rest_matchable = _normalize_uniques(uniques.take(pa.array(rest)), None)
        matchable[rest] = rest_matchable
        bulk = pc.replace_with_mask(bulk, pa.array(~taken), pa.array(normalized, type=bulk.type))
        del normalized
    codes = pc.dictionary_encode(bulk).indices.to_numpy(zero_copy_only=False).astype(np.int64)
    pa.default_memory_pool().release_unused()
    normalized_array = np.empty(len(bulk) + 1, dtype=object)
    for start in range(0, len(bulk), _BATCH):  # Python strings a batch at a time (no second copy of them all)
        piece = bulk.slice(start, _BATCH).to_numpy(zero_copy_only=False)
        normalized_array[start : start + len(piece)] = piece
    normalized_array[-1] = ""
    return normalized_array, codes, matchable


def normalize_texts(texts: pd.Series | list[str] | np.ndarray, *, workers: int | None = None) -> np.ndarray:
    """`normalize_text` over many texts, each distinct text normalised once; large inputs on several processes."""
    normalized, inverse = _normalize_distinct(np.asarray(texts, dtype=object), workers)
    return normalized[inverse]


def _time_order(times: np.ndarray, ids: pa.Array) -> np.ndarray:
    """Positions in (created_at, native_id) order; only posts sharing a timestamp are compared by id."""
    order = np.argsort(times, kind="stable")
    ordered = times[order]
    tied = np.flatnonzero(ordered[1:] == ordered[:-1])
    if len(tied):
        positions = np.union1d(tied, tied + 1)
        tied_ids = dict(zip(order[positions].tolist(), ids.take(order[positions]).to_pylist(), strict=True))
        order[positions] = sorted(tied_ids, key=lambda i: (times[i], tied_ids[i]))
    return order


def _text_column(frame: pd.DataFrame) -> pa.Array | None:
    """The text column as Arrow strings (no Python string per post), or None if it holds other values."""
    try:
        column = pa.array(frame["text"], from_pandas=True)
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        return None
    if isinstance(column, pa.ChunkedArray):
        column = column.combine_chunks()
    if pa.types.is_dictionary(column.type):
        column = column.dictionary_decode()
    if not (pa.types.is_string(column.type) or pa.types.is_large_string(column.type) or pa.types.is_null(column.type)):
        return None
    return column.cast(pa.large_string())


def _columns(frame: pd.DataFrame, name: str) -> tuple[pa.Array, np.ndarray, pa.Array | np.ndarray, np.ndarray]:
    """(native ids, created_at as int64 ns UTC) in (created_at, native_id) order, the raw texts in the frame's
    order, and that order (positions in the frame), after checks."""
    missing = [col for col in ("native_id", "created_at", "text") if col not in frame.columns]
    if missing:
        raise ValueError(f"frame {name} lacks the column(s) {', '.join(missing)}")
    created = frame["created_at"]
    if not isinstance(created.dtype, pd.DatetimeTZDtype):
        if pd.api.types.is_datetime64_dtype(created.dtype):
            raise ValueError(f"frame {name}: created_at must be time-zone aware (UTC), not naive")
        created = pd.to_datetime(created, utc=True)
    if created.isna().any():
        raise ValueError(f"frame {name}: created_at is missing for {int(created.isna().sum())} post(s)")
    times = created.dt.tz_convert("UTC").dt.tz_localize(None).to_numpy(dtype="datetime64[ns]").view("int64")
    native = frame["native_id"].astype(str)
    ids = pa.array(native, type=pa.large_string(), from_pandas=True)
    if isinstance(ids, pa.ChunkedArray):
        ids = ids.combine_chunks()
    if pc.count_distinct(ids, mode="all").as_py() != len(ids):
        duplicated = native.duplicated()
        dupes = ", ".join(map(str, native[duplicated].unique()[:3]))
        raise ValueError(f"frame {name}: native_id is not unique ({dupes} …)")
    order = _time_order(times, ids)
    texts = _text_column(frame)
    raw = frame["text"].to_numpy(dtype=object) if texts is None else texts
    return ids.take(order), times[order], raw, order


def _distinct_texts(
    raw_a: pa.Array | np.ndarray, raw_b: pa.Array | np.ndarray
) -> tuple[pa.Array | np.ndarray, np.ndarray]:
    """(distinct raw texts, code of each post's text into them; -1 for a missing text), posts of A then of B."""
    if isinstance(raw_a, pa.Array) and isinstance(raw_b, pa.Array):
        # One array encoded once: faster than two chunks whose dictionaries are unified afterwards.
        encoded = pc.dictionary_encode(pa.concat_arrays([raw_a.cast(pa.large_string()), raw_b.cast(pa.large_string())]))
        inverse = encoded.indices.fill_null(-1).to_numpy().astype(np.int64)
        return encoded.dictionary, inverse
    both = [raw if isinstance(raw, np.ndarray) else raw.to_numpy(zero_copy_only=False) for raw in (raw_a, raw_b)]
    inverse, uniques = pd.factorize(np.concatenate(both), use_na_sentinel=True)
    return np.asarray([u if isinstance(u, str) else str(u) for u in uniques], dtype=object), inverse


def prepare_texts(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame with its texts normalised once (columns `normalized` and `matchable`): matching it several times
    (one account against several others) then skips the normalisation. Same results as the raw texts."""
    texts = _text_column(frame)
    raw = frame["text"].to_numpy(dtype=object) if texts is None else texts
    uniques, inverse = _distinct_texts(raw, raw[:0])
    normalized_array, _, matchable = _normalize_for_matching(uniques)
    out = frame.copy()
    # kept as Python strings (object), as matching uses them: no conversion to Arrow and back
    out["normalized"] = pd.Series(normalized_array[inverse], index=out.index, dtype=object)  # missing text: ''
    out["matchable"] = np.append(matchable, False)[inverse]
    return out


def _prepared(a: pd.DataFrame, b: pd.DataFrame, order_a: np.ndarray, order_b: np.ndarray
              ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(normalised texts, exact-step keys, matchable flags) of frames that went through prepare_texts, A then B, in
    time order."""
    texts = np.concatenate([a["normalized"].to_numpy(dtype=object)[order_a],
                            b["normalized"].to_numpy(dtype=object)[order_b]])
    matchable = np.concatenate([a["matchable"].to_numpy(dtype=bool)[order_a],
                                b["matchable"].to_numpy(dtype=bool)[order_b]])
    keys = pd.factorize(texts)[0].astype(np.int64)
    return texts, keys, matchable


def prepare_sides(a: pd.DataFrame, b: pd.DataFrame) -> tuple[Side, Side]:
    """Both accounts' posts checked, in time order, their texts normalised once (or taken from prepare_texts)."""
    ids_a, times_a, raw_a, order_a = _columns(a, "a")
    ids_b, times_b, raw_b, order_b = _columns(b, "b")
    n = len(ids_a)
    if all(c in frame.columns for frame in (a, b) for c in ("normalized", "matchable")):
        texts, keys, matchable = _prepared(a, b, order_a, order_b)
        return (
            Side(ids=ids_a, times=times_a, texts=texts[:n], keys=keys[:n], matchable=matchable[:n]),
            Side(ids=ids_b, times=times_b, texts=texts[n:], keys=keys[n:], matchable=matchable[n:]),
        )
    uniques, inverse = _distinct_texts(raw_a, raw_b)
    del raw_a, raw_b
    inverse = np.concatenate([inverse[:n][order_a], inverse[n:][order_b]])  # into time order
    # Arrow's allocator keeps freed blocks (hundreds of MB after the dictionary encoding): hand them back before the
    # normalisation starts (and forks).
    pa.default_memory_pool().release_unused()
    normalized_array, codes, matchable = _normalize_for_matching(uniques)
    del uniques
    # The exact step's key: one int64 per distinct normalised text (the appended '' for missing texts is -1).
    keys = np.append(codes, -1)[inverse]
    texts = normalized_array[inverse]
    matchable = np.append(matchable, False)[inverse]
    pa.default_memory_pool().release_unused()
    return (
        Side(ids=ids_a, times=times_a, texts=texts[:n], keys=keys[:n], matchable=matchable[:n]),
        Side(ids=ids_b, times=times_b, texts=texts[n:], keys=keys[n:], matchable=matchable[n:]),
    )
