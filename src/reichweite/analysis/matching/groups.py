"""Groups of the same post across two or more accounts (one post per account per group).

The accounts are matched in the order given: the first two as a pair (`match_crossposts`); every further account
against the groups found so far, each group standing for itself with its first post (in account order) — its
anchor — and every post still without a partner standing for a new group: first against the groups and posts of the
first account, then what is still free against those of the second, and so on (a post joins the group of the
earliest account it matches). So each account's post in a group is paired with the group's anchor within the window,
the work is at most that of matching every pair of accounts, and with two accounts the groups are exactly the pairs
of `match_crossposts`. Overrides apply wherever both of their ids are among the posts matched in a step (in later
steps: the anchors of one account and the new account's posts).
"""

from __future__ import annotations

import string
from dataclasses import dataclass, field
from datetime import timedelta

import numpy as np
import pandas as pd

from reichweite.analysis.matching.crosspost import PAIR_COLUMNS, Matching, Overrides, match_crossposts, prepare_texts
from reichweite.errors import Said, UsageError

LETTERS = string.ascii_lowercase


def account_keys(count: int) -> list[str]:
    """Column prefixes of the accounts of a comparison: a, b, c … (a and b as in a two-account comparison)."""
    if not 1 <= count <= len(LETTERS):
        raise UsageError(Said(f"between 1 and {len(LETTERS)} accounts can be compared, not {count}",
                              "anl.accounts_count", most=len(LETTERS), count=count))
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
        raise UsageError(Said("at least two accounts are needed for a comparison", "anl.two_accounts"))
    keys = account_keys(len(frames))
    options = {"window": window, "fuzzy_threshold": fuzzy_threshold, "fuzzy": fuzzy, "overrides": overrides}
    if len(frames) > 2:  # each account is matched several times: its texts are normalised once
        frames = [prepare_texts(frame) for frame in frames]
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
    times = {k: _times(frame) for k, frame in zip(keys, frames, strict=True)} if len(frames) > 2 else {}
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


def _times(frame: pd.DataFrame) -> tuple[pd.Index, np.ndarray]:
    """(native ids, created_at as int64 nanoseconds UTC) of one account's posts."""
    created = pd.to_datetime(frame["created_at"], utc=True).dt.tz_convert("UTC").dt.tz_localize(None)
    return pd.Index(frame["native_id"].astype(str).to_numpy(dtype=object)), created.to_numpy("datetime64[ns]").view(
        "int64")


def _in_time_order(groups: pd.DataFrame, keys: list[str], times: dict[str, tuple[pd.Index, np.ndarray]]
                   ) -> pd.DataFrame:
    """Groups sorted by their anchor's time (stable: a two-account grouping keeps match_crossposts' order)."""
    if len(keys) == 2 or groups.empty:
        return groups.reset_index(drop=True)
    anchor_time = np.zeros(len(groups), dtype=np.int64)
    for key in reversed(keys):  # the first account present wins
        ids = groups[f"{key}_native_id"]
        known = ids.notna().to_numpy()
        index, created = times[key]
        anchor_time[known] = created[index.get_indexer(ids[known].astype(str).to_numpy(dtype=object))]
    order = np.argsort(anchor_time, kind="stable")
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
    """Match one more account against the groups so far and the earlier accounts' posts still alone: against the
    first account's (the groups it anchors and its posts alone), then what is left against the second's, and so on.
    Every group and every post alone stands in exactly one of these steps, so the work is that of matching the new
    account with each earlier one — less, as each step takes only the posts still free."""
    ids = groups[[f"{k}_native_id" for k in earlier]]
    which = ids.notna().to_numpy().argmax(axis=1) if len(ids) else np.zeros(0, dtype=int)
    anchors = ids.to_numpy(dtype=object)[np.arange(len(groups)), which].astype(str) if len(groups) else \
        np.zeros(0, dtype=object)
    columns_new = {
        f"{key}_native_id": np.full(len(groups), None, dtype=object),
        f"{key}_method": np.full(len(groups), None, dtype=object),
        f"{key}_score": np.full(len(groups), np.nan),
        f"{key}_delta_seconds": np.full(len(groups), np.nan),
    }
    added: list[pd.DataFrame] = []
    left: dict[str, list[str]] = {}
    free = np.ones(len(frame), dtype=bool)  # the new account's posts not yet in a group
    new_ids = pd.Index(frame["native_id"].astype(str).to_numpy(dtype=object))
    unresolved: set[tuple[str, str]] | None = None
    for index, earlier_key in enumerate(earlier):
        mine = earlier_frames[index]
        rows = np.flatnonzero(which == index)
        alone = np.asarray(unmatched[earlier_key], dtype=object).astype(str)
        stand_ins = pd.Index(np.concatenate([anchors[rows], alone]))
        columns = [c for c in ("native_id", "created_at", "text", "url", "normalized", "matchable")
                   if c in mine.columns]
        at = pd.Index(mine["native_id"].astype(str).to_numpy(dtype=object)).get_indexer(stand_ins)
        reps = mine[columns].iloc[at].reset_index(drop=True)
        reps["native_id"] = stand_ins.to_numpy(dtype=object)
        found = match_crossposts(reps, frame[free], **options)
        unresolved = set(found.unresolved_overrides) if unresolved is None else unresolved & set(
            found.unresolved_overrides)
        position = stand_ins.get_indexer(found.pairs["a_native_id"].astype(str).to_numpy(dtype=object))
        in_group = position < len(rows)
        target = rows[position[in_group]]
        values = {
            f"{key}_native_id": found.pairs["b_native_id"].to_numpy(dtype=object),
            f"{key}_method": found.pairs["method"].to_numpy(dtype=object),
            f"{key}_score": found.pairs["score"].to_numpy(dtype=float),
            f"{key}_delta_seconds": found.pairs["delta_seconds"].to_numpy(dtype=float),
        }
        for column, value in values.items():
            columns_new[column][target] = value[in_group]
        new = ~in_group
        natives = stand_ins[position[new]]
        part = pd.DataFrame({column: value[new] for column, value in values.items()})
        part[f"{earlier_key}_native_id"] = natives.to_numpy(dtype=object)
        part[f"{earlier_key}_method"] = "anchor"
        part[f"{earlier_key}_score"] = 100.0
        part[f"{earlier_key}_delta_seconds"] = 0.0
        added.append(part)
        left[earlier_key] = alone[~pd.Index(alone).isin(natives)].tolist()
        free[new_ids.get_indexer(found.pairs["b_native_id"].astype(str).to_numpy(dtype=object))] = False
    groups = groups.copy()
    for column, value in columns_new.items():
        groups[column] = value
    pieces = [p for p in added if len(p)]
    if pieces:
        groups = pd.concat([groups, *[p.reindex(columns=groups.columns) for p in pieces]], ignore_index=True)
    left[key] = new_ids[free].tolist()
    return groups, left, sorted(unresolved or set())
