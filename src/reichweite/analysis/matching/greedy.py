"""Strictly one-to-one greedy selection over candidate pairs, in numpy.

The rule is the plain sequential one: walk the candidates in priority order and take a pair when neither of its two
posts is taken yet. It is computed in rounds: a candidate that comes first (among the candidates still possible)
for both of its posts is taken by the sequential walk too, so all such candidates are taken at once; then the
candidates of taken posts drop out. When few remain the rest is walked sequentially. Same result, numpy speed.
"""

from __future__ import annotations

import numpy as np

_SEQUENTIAL_BELOW = 20_000


def greedy_one_to_one(
    a_index: np.ndarray, b_index: np.ndarray, n_a: int, n_b: int, *, sequential_below: int = _SEQUENTIAL_BELOW
) -> np.ndarray:
    """Positions (into the candidate arrays, which are in priority order) of the pairs the greedy rule takes."""
    a_index = np.asarray(a_index, dtype=np.int64)
    b_index = np.asarray(b_index, dtype=np.int64)
    order = np.arange(len(a_index), dtype=np.int64)
    taken_a = np.zeros(n_a, dtype=bool)
    taken_b = np.zeros(n_b, dtype=bool)
    chosen: list[np.ndarray] = []
    sentinel = np.iinfo(np.int64).max
    while len(order) > sequential_below:
        ia, ib = a_index[order], b_index[order]
        first_a = np.full(n_a, sentinel, dtype=np.int64)
        first_b = np.full(n_b, sentinel, dtype=np.int64)
        np.minimum.at(first_a, ia, order)
        np.minimum.at(first_b, ib, order)
        take = (first_a[ia] == order) & (first_b[ib] == order)
        chosen.append(order[take])
        taken_a[ia[take]] = True
        taken_b[ib[take]] = True
        order = order[~(taken_a[ia] | taken_b[ib])]
    tail: list[int] = []
    for pos in order.tolist():
        ia_, ib_ = int(a_index[pos]), int(b_index[pos])
        if not taken_a[ia_] and not taken_b[ib_]:
            taken_a[ia_] = True
            taken_b[ib_] = True
            tail.append(pos)
    chosen.append(np.asarray(tail, dtype=np.int64))
    return np.sort(np.concatenate(chosen))
