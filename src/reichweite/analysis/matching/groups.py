"""Groups of the same post across two or more accounts (one post per account per group).

The accounts are matched in the order given: the first two as a pair (`match_crossposts`); every further account
against the groups found so far, each group standing for itself with its first post (in account order) — its
anchor — and every post still without a partner standing for a new group. So each account's post in a group is
paired with the group's anchor within the window, and with two accounts the groups are exactly the pairs of
`match_crossposts`. Overrides apply wherever both of their ids are among the posts matched in a step (in later
steps: the anchors and the new account's posts).
"""

from __future__ import annotations

import string
from dataclasses import dataclass, field
from datetime import timedelta

import numpy as np
import pandas as pd

from reichweite.analysis.matching.crosspost import PAIR_COLUMNS, Matching, Overrides, match_crossposts

LETTERS = string.ascii_lowercase


def account_keys(count: int) -> list[str]:
    """Column prefixes of the accounts of a comparison: a, b, c … (a and b as in a two-account comparison)."""
    if not 1 <= count <= len(LETTERS):
        raise ValueError(f"between 1 and {len(LETTERS)} accounts can be compared, not {count}")
    return list(LETTERS[:count])


@dataclass
class Grouping:
    """Groups (one row each, in order of their first post's time) and each account's posts left without a partner.

    `groups` has per account key k the columns k_native_id (None where the account has no post in the group),
    k_method ('anchor' for the group's first post, else exact/fuzzy/forced), k_score and k_delta_seconds (seconds
    after the anchor).
    """

    keys: list[str]
    groups: pd.DataFrame
    unmatched: dict[str, list[str]]
    unresolved_overrides: list[tuple[str, str]] = field(default_factory=list)

    def members(self, key: str) -> pd.Series:
        """Native ids of an account's posts in the groups (None where it has none)."""
        return self.groups[f"{key}_native_id"]

    def pair(self, first: str, second: str) -> Matching:
        """The groups holding posts of both accounts as pairs of `first` (a) and `second` (b), like
        `match_crossposts` returns them; unmatched are each account's posts with no partner of the other."""
        a_ids, b_ids = self.members(first), self.members(second)
        both = a_ids.notna() & b_ids.notna()
        rows = self.groups[both]
        method = np.where(rows[f"{first}_method"] == "anchor", rows[f"{second}_method"],
                          np.where(rows[f"{second}_method"] == "anchor", rows[f"{first}_method"],
                                   rows[f"{first}_method"] + "+" + rows[f"{second}_method"]))
        pairs = pd.DataFrame({
            "a_native_id": pd.Series(rows[f"{first}_native_id"].to_numpy(dtype=object), dtype=object),
            "b_native_id": pd.Series(rows[f"{second}_native_id"].to_numpy(dtype=object), dtype=object),
            "method": pd.Series(method, dtype=object),
            "score": np.minimum(rows[f"{first}_score"].to_numpy(dtype=float),
                                rows[f"{second}_score"].to_numpy(dtype=float)),
            "delta_seconds": (rows[f"{second}_delta_seconds"] - rows[f"{first}_delta_seconds"]).to_numpy(dtype=float),
        }, columns=PAIR_COLUMNS)
        alone_a = [*self.unmatched[first], *a_ids[a_ids.notna() & b_ids.isna()]]
        alone_b = [*self.unmatched[second], *b_ids[b_ids.notna() & a_ids.isna()]]
        return Matching(pairs=pairs, unmatched_a=alone_a, unmatched_b=alone_b,
                        unresolved_overrides=self.unresolved_overrides)


def _empty_groups(keys: list[str]) -> pd.DataFrame:
    columns: dict[str, pd.Series] = {}
    for key in keys:
        columns[f"{key}_native_id"] = pd.Series(dtype=object)
        columns[f"{key}_method"] = pd.Series(dtype=object)
        columns[f"{key}_score"] = pd.Series(dtype=float)
        columns[f"{key}_delta_seconds"] = pd.Series(dtype=float)
    return pd.DataFrame(columns)


def match_groups(
    frames: list[pd.DataFrame],
    *,
    window: timedelta = timedelta(hours=12),
    fuzzy_threshold: float = 90.0,
    fuzzy: bool = True,
    overrides: Overrides | None = None,
) -> Grouping:
    """Group the posts of two or more accounts (frames with native_id, created_at (UTC), text; url optional)."""
    if len(frames) < 2:
        raise ValueError("at least two accounts are needed for a comparison")
    keys = account_keys(len(frames))
    options = {"window": window, "fuzzy_threshold": fuzzy_threshold, "fuzzy": fuzzy, "overrides": overrides}
    first = match_crossposts(frames[0], frames[1], **options)
    a, b = keys[0], keys[1]
    groups = _empty_groups(keys)
    n = len(first.pairs)
    groups[f"{a}_native_id"] = first.pairs["a_native_id"].astype(object).to_numpy()
    groups[f"{a}_method"] = np.full(n, "anchor", dtype=object)
    groups[f"{a}_score"] = np.full(n, 100.0)
    groups[f"{a}_delta_seconds"] = np.zeros(n)
    groups[f"{b}_native_id"] = first.pairs["b_native_id"].astype(object).to_numpy()
    groups[f"{b}_method"] = first.pairs["method"].astype(object).to_numpy()
    groups[f"{b}_score"] = first.pairs["score"].to_numpy(dtype=float)
    groups[f"{b}_delta_seconds"] = first.pairs["delta_seconds"].to_numpy(dtype=float)
    unmatched = {a: list(first.unmatched_a), b: list(first.unmatched_b)}
    unresolved = set(first.unresolved_overrides)
    times = {k: _times(frame) for k, frame in zip(keys, frames, strict=True)}
    for index in range(2, len(frames)):
        key = keys[index]
        groups, unmatched, left = _add_account(groups, unmatched, keys[:index], key, frames[:index], frames[index],
                                               options)
        unresolved &= set(left)
    groups = _in_time_order(groups, keys, times)
    for key in keys[2:]:
        groups[f"{key}_score"] = groups[f"{key}_score"].astype(float)
    return Grouping(keys=keys, groups=groups, unmatched=unmatched,
                    unresolved_overrides=[p for p in first.unresolved_overrides if p in unresolved])


def _times(frame: pd.DataFrame) -> dict[str, pd.Timestamp]:
    return dict(zip(frame["native_id"].astype(str), pd.to_datetime(frame["created_at"], utc=True), strict=True))


def _in_time_order(groups: pd.DataFrame, keys: list[str], times: dict[str, dict[str, pd.Timestamp]]) -> pd.DataFrame:
    """Groups sorted by their anchor's time (stable: a two-account grouping keeps match_crossposts' order)."""
    if len(keys) == 2 or groups.empty:
        return groups.reset_index(drop=True)
    anchor_time = pd.Series(pd.NaT, index=groups.index, dtype="datetime64[ns, UTC]")
    for key in reversed(keys):
        ids = groups[f"{key}_native_id"]
        known = ids.notna()
        anchor_time[known] = ids[known].map(times[key])
    order = np.argsort(anchor_time.to_numpy(dtype="datetime64[ns]").view("int64"), kind="stable")
    return groups.iloc[order].reset_index(drop=True)


def _add_account(
    groups: pd.DataFrame,
    unmatched: dict[str, list[str]],
    earlier: list[str],
    key: str,
    earlier_frames: list[pd.DataFrame],
    frame: pd.DataFrame,
    options: dict,
) -> tuple[pd.DataFrame, dict[str, list[str]], list[tuple[str, str]]]:
    """Match one more account against the groups so far and the earlier accounts' posts still alone."""
    by_id = [f.assign(native_id=f["native_id"].astype(str)).set_index("native_id") for f in earlier_frames]
    columns = [c for c in ("created_at", "text", "url") if all(c in f.columns for f in by_id)]
    # one stand-in per group (its anchor) and per post still alone: the group's row (-1: none yet), account, id
    ids = groups[[f"{k}_native_id" for k in earlier]]
    which = ids.notna().to_numpy().argmax(axis=1) if len(ids) else np.zeros(0, dtype=int)
    alone = [np.asarray(unmatched[k], dtype=object) for k in earlier]
    rep_row = np.concatenate([np.arange(len(groups)), np.full(sum(map(len, alone)), -1)])
    rep_account = np.concatenate([which, np.repeat(np.arange(len(earlier)), [len(x) for x in alone])]).astype(int)
    rep_native = np.concatenate([ids.to_numpy(dtype=object)[np.arange(len(groups)), which], *alone]).astype(str)
    pieces = []
    for i in range(len(earlier)):
        at = np.flatnonzero(rep_account == i)
        piece = by_id[i].loc[rep_native[at], columns].reset_index()
        piece.index = at
        pieces.append(piece)
    reps = pd.concat(pieces).sort_index() if pieces else pd.DataFrame(columns=["native_id", *columns])
    if reps["native_id"].duplicated().any():  # the same id on two platforms: tell them apart by the account
        reps["native_id"] = [f"{earlier[k]}:{n}" for k, n in zip(rep_account, rep_native, strict=True)]
    found = match_crossposts(reps, frame, **options)
    position = pd.Index(reps["native_id"]).get_indexer(found.pairs["a_native_id"])
    values = {
        f"{key}_native_id": found.pairs["b_native_id"].to_numpy(dtype=object),
        f"{key}_method": found.pairs["method"].to_numpy(dtype=object),
        f"{key}_score": found.pairs["score"].to_numpy(dtype=float),
        f"{key}_delta_seconds": found.pairs["delta_seconds"].to_numpy(dtype=float),
    }
    groups = groups.copy()
    rows = rep_row[position]
    into = rows >= 0
    for column, value in values.items():
        filled = np.full(len(groups), None if value.dtype == object else np.nan, dtype=value.dtype)
        filled[rows[into]] = value[into]
        groups[column] = filled
    new = ~into
    added = pd.DataFrame({column: value[new] for column, value in values.items()})
    paired_alone: dict[str, set[str]] = {}
    for i, k in enumerate(earlier):
        mine = new & (rep_account[position] == i)
        natives = rep_native[position[mine]]
        paired_alone[k] = set(natives)
        part = pd.DataFrame({f"{k}_native_id": natives, f"{k}_method": "anchor", f"{k}_score": 100.0,
                             f"{k}_delta_seconds": 0.0}, index=np.flatnonzero(mine[new]) if new.any() else None)
        added = added.join(part) if len(part) else added
    if len(added):
        groups = pd.concat([groups, added.reindex(columns=groups.columns)], ignore_index=True)
    left = {k: [n for n in unmatched[k] if n not in paired_alone[k]] for k in earlier}
    left[key] = list(found.unmatched_b)
    return groups, left, list(found.unresolved_overrides)
