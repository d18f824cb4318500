"""The tables of a cross-post comparison: per group of the same post (one per account) and per pair of accounts.

Pure: takes the accounts' post frames, their figures (as of each date or at each age), a grouping and the accounts'
follower histories; reads nothing. A group or pair lacking figures on a side is listed with the reason, never
silently dropped. Which interaction parts are counted follows a rule (see analysis.parts; by default a part not known
for every compared post is left out for all, and the result says so, so that the sides are always measured alike).
Where an account's followers are known, every post gets interactions per 1,000 followers (see reichweite.metrics).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any, Protocol

import numpy as np
import pandas as pd

from reichweite.analysis.matching.groups import Grouping, account_keys
from reichweite.analysis.parts import (
    LeftOutPart,
    PartsRule,
    common_parts,
    compared_on,
    coverage,
    known_parts,
    parts_text,
)
from reichweite.analysis.rates import attach_followers
from reichweite.analysis.stats import pair_ratio
from reichweite.metrics import interaction_parts, interactions_column
from reichweite.timeutil import iso_utc

__all__ = ["FIGURE_COLUMNS", "GroupTable", "LeftOutPart", "PairTable", "build_groups", "build_pairs",
           "format_duration", "pair_table", "pairs_for_json"]

FIGURE_COLUMNS: tuple[str, ...] = ("likes", "replies", "reposts", "quotes", "views")
POST_COLUMNS: tuple[str, ...] = ("native_id", "url", "text", "created_at", "kind")
RATE_COLUMNS: tuple[str, ...] = ("followers", "followers_observed_at", "followers_source", "per_1000_followers")
SIDE_COLUMNS: tuple[str, ...] = (*POST_COLUMNS, *FIGURE_COLUMNS, "observed_at", "source")


class MatchingLike(Protocol):
    pairs: pd.DataFrame
    unmatched_a: list[str]
    unmatched_b: list[str]


@dataclass(slots=True)
class PairTable:
    """Every matched pair with figures; `compared` is the subset with interactions on both sides."""

    pairs: pd.DataFrame
    requested_parts: tuple[str, ...]
    parts: tuple[str, ...]
    left_out: list[LeftOutPart]
    unmatched_a: pd.DataFrame
    unmatched_b: pd.DataFrame
    platform_a: str
    platform_b: str
    excluded_kinds: dict[str, int] = field(default_factory=dict)
    rule: PartsRule = field(default_factory=PartsRule)
    coverage: dict[str, int] = field(default_factory=dict)

    @property
    def compared(self) -> pd.DataFrame:
        return self.pairs[self.pairs["lacking"].isna()].reset_index(drop=True)

    @property
    def lacking(self) -> pd.DataFrame:
        return self.pairs[self.pairs["lacking"].notna()].reset_index(drop=True)

    def parts_note(self, label_a: str, label_b: str) -> str | None:
        """The prominent sentence when parts were left out, e.g. 'compared on reposts + likes: …'."""
        if not self.left_out or self.rule.kind != "common":
            return None
        return compared_on(self.parts, self.left_out, {"a": label_a, "b": label_b})


@dataclass(slots=True)
class GroupTable:
    """One date (or age) of a comparison: a row per group with every account's post, figures, interactions and rate.

    `frame` holds per account key k the columns k_native_id, k_method, k_score, k_delta_seconds, k_url, k_text,
    k_created_at, k_kind, the figures, k_observed_at, k_source, k_has_figures, k_interactions, k_followers,
    k_followers_observed_at, k_followers_source, k_per_1000_followers, and `parts` (the parts counted in the row).
    `sides` holds every post of each account (grouped or not) with the same columns unprefixed.
    """

    keys: list[str]
    platforms: dict[str, str]
    frame: pd.DataFrame
    sides: dict[str, pd.DataFrame]
    grouping: Grouping
    rule: PartsRule
    requested_parts: tuple[str, ...]
    parts: tuple[str, ...]
    left_out: list[LeftOutPart]
    coverage: dict[str, int]
    as_of: datetime | None = None
    age: timedelta | None = None

    def unmatched(self, key: str) -> pd.DataFrame:
        """The account's posts in no group."""
        side = self.sides[key]
        rows = side[side["native_id"].isin(self.grouping.unmatched[key])]
        return rows.sort_values("created_at", kind="stable").reset_index(drop=True)


def _side_frame(posts: pd.DataFrame, figures: pd.DataFrame) -> pd.DataFrame:
    """Posts joined with their figures (figures indexed by the store's post id)."""
    frame = posts.copy()
    for col in POST_COLUMNS:
        if col not in frame.columns:
            frame[col] = None
    joined = frame.join(figures.reindex(columns=[*FIGURE_COLUMNS, "observed_at", "source"]), on="id", how="left")
    joined["has_figures"] = joined["id"].isin(figures.index)
    out = joined[["id", *SIDE_COLUMNS, "has_figures"]].copy()
    out["native_id"] = out["native_id"].astype(str)
    for col in FIGURE_COLUMNS:
        out[col] = pd.to_numeric(out[col]).astype("Int64")
    return out.reset_index(drop=True)


def _positions(groups: pd.DataFrame, sides: dict[str, pd.DataFrame]) -> dict[str, np.ndarray]:
    """Per account: the row of each group's post in the account's side frame (-1 where it has none)."""
    out = {}
    for key, side in sides.items():
        ids = groups[f"{key}_native_id"]
        wanted = np.where(ids.notna().to_numpy(), ids.astype(str).to_numpy(dtype=object), None)
        out[key] = pd.Index(side["native_id"].to_numpy(dtype=object)).get_indexer(wanted)
    return out


def _wide(
    groups: pd.DataFrame, sides: dict[str, pd.DataFrame], columns: tuple[str, ...], positions: dict[str, np.ndarray]
) -> pd.DataFrame:
    """The groups with each account's post columns beside them (prefixed with the account's key)."""
    parts = {}
    for key, side in sides.items():
        at = positions[key]
        for col in columns:
            if col == "native_id" or col not in side.columns:
                continue
            if col == "has_figures":
                parts[f"{key}_{col}"] = (at >= 0) & side[col].to_numpy(dtype=bool)[np.maximum(at, 0)]
                continue
            values = pd.api.extensions.take(side[col].array, at, allow_fill=True)
            parts[f"{key}_{col}"] = pd.Series(values, index=groups.index)
    added = pd.DataFrame(parts, index=groups.index)
    return pd.concat([groups, added], axis=1)


def _post_parts(
    sides: list[dict[str, pd.DataFrame]], groups: pd.DataFrame, group_parts: pd.Series, key: str,
    requested: tuple[str, ...],
) -> pd.Series:
    """'known' rule, per post of one account (indexed by native id): its group's parts, or the parts it knows itself
    at every date when it is in no group."""
    index = sides[0][key]["native_id"]
    own = pd.DataFrame(True, index=index.to_numpy(), columns=list(requested))
    for by_key in sides:
        side = by_key[key].set_index("native_id").reindex(index)
        has = side["has_figures"].fillna(False).to_numpy(dtype=bool)
        for part in requested:
            own[part] &= ~has | side[part].notna().to_numpy()
    out = parts_text(own)
    in_groups = groups[f"{key}_native_id"].notna()
    out.update(pd.Series(group_parts[in_groups].to_numpy(), index=groups.loc[in_groups, f"{key}_native_id"]))
    return out


def _interactions_by_parts(side: pd.DataFrame, parts_of_post: pd.Series) -> pd.Series:
    """Interactions where each post has its own parts ('a + b' texts): summed per distinct parts text."""
    out = pd.Series(pd.NA, index=side.index, dtype="Int64")
    texts = side["native_id"].map(parts_of_post).fillna("")
    for text in texts.unique():
        if not text:
            continue
        rows = texts == text
        out[rows] = interactions_column(side[rows], tuple(text.split(" + ")))
    return out


def build_groups(
    posts: list[pd.DataFrame],
    figures: list[list[pd.DataFrame]],
    grouping: Grouping,
    platforms: list[str],
    *,
    rule: PartsRule = PartsRule(),
    quotes: bool = False,
    followers: list[pd.DataFrame | None] | None = None,
    as_of: list[datetime | None] | None = None,
    ages: list[timedelta | None] | None = None,
    labels: list[str | None] | None = None,
) -> list[GroupTable]:
    """The group table of each date: `figures[d][k]` are account k's figures at date (or age) d.

    Parts are decided over all dates together (see analysis.parts), so that a change between dates compares like
    with like. Followers: per account the latest known count as of the date; at an age, as of each post's
    measurement. `labels` name the dates in notes about parts left out (None for a single date).
    """
    keys = account_keys(len(posts))
    dates = len(figures)
    as_of = as_of or [None] * dates
    ages = ages or [None] * dates
    labels = labels or [None] * dates
    followers = followers or [None] * len(keys)
    platform_of = dict(zip(keys, platforms, strict=True))
    requested = rule.parts if rule.kind == "list" else interaction_parts(quotes)
    sides = [{k: _side_frame(posts[i], figures[d][i]) for i, k in enumerate(keys)} for d in range(dates)]
    groups = grouping.groups
    positions = _positions(groups, sides[0])
    wide = [_wide(groups, by_key, ("has_figures", *FIGURE_COLUMNS), positions) for by_key in sides]

    left_out: list[LeftOutPart] = []
    if rule.kind == "known":
        mask = known_parts(wide, keys, requested)
        group_parts = parts_text(mask)
        parts = tuple(p for p in requested if bool(mask[p].any()))
        post_parts = {k: _post_parts(sides, groups, group_parts, k, requested) for k in keys}
    else:
        if rule.kind == "common":
            parts, left_out = common_parts(wide, keys, platform_of, requested, labels)
        else:
            parts = requested
        text = " + ".join(parts)
        group_parts = pd.Series(text, index=groups.index, dtype=object)
        post_parts = {k: pd.Series(text, index=sides[0][k]["native_id"].to_numpy(), dtype=object) for k in keys}

    tables = []
    for d in range(dates):
        by_key = sides[d]
        for k in keys:
            side = by_key[k]
            if rule.kind == "known":
                side["parts"] = side["native_id"].map(post_parts[k]).fillna("")
                side["interactions"] = _interactions_by_parts(side, post_parts[k])
            else:  # the same parts for every post
                side["parts"] = " + ".join(parts)
                side["interactions"] = interactions_column(side, parts)
            attach_followers(side, followers[keys.index(k)], as_of[d])
        frame = _wide(groups, by_key, (*SIDE_COLUMNS, "has_figures", "interactions", *RATE_COLUMNS), positions)
        frame["parts"] = group_parts.to_numpy()
        has = np.column_stack([frame[f"{k}_interactions"].notna().to_numpy() for k in keys])
        compared = pd.Series(has.sum(axis=1) >= 2, index=frame.index)
        tables.append(GroupTable(
            keys=keys, platforms=platform_of, frame=frame, sides=by_key, grouping=grouping, rule=rule,
            requested_parts=requested, parts=parts, left_out=left_out,
            coverage=coverage(frame["parts"], compared, requested), as_of=as_of[d], age=ages[d],
        ))
    return tables


def pair_table(table: GroupTable, first: str = "a", second: str = "b") -> PairTable:
    """The groups holding posts of both accounts as pairs (first = a, second = b): figures, interactions and rate of
    both, difference, ratio, winner; `lacking` is None for compared pairs, else 'a', 'b' or 'both' (the side without
    figures at the date or age) or 'parts' (no interaction part known on both). difference = b − a; ratio =
    (b + 1) / (a + 1) (see analysis.stats); winner 'a', 'b' or 'tie'."""
    matching = table.grouping.pair(first, second)
    columns = (*SIDE_COLUMNS[1:], "has_figures", "interactions", *RATE_COLUMNS)
    frame = matching.pairs.copy()
    frame["a_native_id"] = frame["a_native_id"].astype(str)
    frame["b_native_id"] = frame["b_native_id"].astype(str)
    for key, prefix in ((first, "a"), (second, "b")):
        side = table.sides[key][["native_id", *columns]]
        side = side.rename(columns={c: f"{prefix}_{c}" for c in ("native_id", *columns)})
        frame = frame.merge(side, on=f"{prefix}_native_id", how="left")
    parts = table.sides[first].set_index("native_id")["parts"]
    has_a = frame["a_has_figures"].fillna(False).astype(bool)
    has_b = frame["b_has_figures"].fillna(False).astype(bool)
    known = frame["a_interactions"].notna() & frame["b_interactions"].notna()
    lacking = np.select([~has_a & ~has_b, ~has_a, ~has_b, ~known], ["both", "a", "b", "parts"], default="")
    frame["lacking"] = pd.Series(lacking, index=frame.index, dtype=object).replace("", None)
    frame["difference"] = (frame["b_interactions"] - frame["a_interactions"]).astype("Int64")
    a_val, b_val = frame["a_interactions"].astype("float"), frame["b_interactions"].astype("float")
    frame["ratio"] = np.where(known, pair_ratio(a_val.fillna(0), b_val.fillna(0)), np.nan)
    frame["winner"] = np.select([~known, a_val > b_val, b_val > a_val], [None, "a", "b"], default="tie")
    frame["parts"] = frame["a_native_id"].map(parts).fillna("")
    frame = frame.sort_values("a_created_at", kind="stable").reset_index(drop=True)
    old = ["a_native_id", "b_native_id", "method", "score", "delta_seconds",
           *[f"{p}_{c}" for p in "ab" for c in SIDE_COLUMNS[1:]],
           "lacking", "a_interactions", "b_interactions", "difference", "ratio", "winner"]
    rates = [f"{p}_{c}" for p in "ab" for c in RATE_COLUMNS]
    frame = frame[[*old, "parts", *rates]]

    def unmatched(key: str, ids: list[str]) -> pd.DataFrame:
        side = table.sides[key]
        rows = side[side["native_id"].isin([str(i) for i in ids])]
        return rows.drop(columns=["id", "has_figures"]).sort_values("created_at", kind="stable").reset_index(drop=True)

    compared = frame["lacking"].isna()
    left_out = [replace(p, side="a" if p.side == first else "b") for p in table.left_out if p.side in (first, second)]
    return PairTable(
        pairs=frame, requested_parts=table.requested_parts, parts=table.parts, left_out=left_out,
        unmatched_a=unmatched(first, matching.unmatched_a), unmatched_b=unmatched(second, matching.unmatched_b),
        platform_a=table.platforms[first], platform_b=table.platforms[second], rule=table.rule,
        coverage=coverage(frame["parts"], compared, table.requested_parts),
    )


def build_pairs(
    a_posts: pd.DataFrame,
    b_posts: pd.DataFrame,
    a_figures: pd.DataFrame,
    b_figures: pd.DataFrame,
    matching: MatchingLike,
    *,
    platform_a: str,
    platform_b: str,
    quotes: bool = False,
    rule: PartsRule = PartsRule(),
) -> PairTable:
    """One row per matched pair of two accounts (see pair_table), from a two-account matching."""
    pairs = matching.pairs
    n = len(pairs)
    groups = pd.DataFrame({
        "a_native_id": pairs["a_native_id"].astype(str).to_numpy(dtype=object),
        "a_method": np.full(n, "anchor", dtype=object), "a_score": np.full(n, 100.0),
        "a_delta_seconds": np.zeros(n),
        "b_native_id": pairs["b_native_id"].astype(str).to_numpy(dtype=object),
        "b_method": pairs["method"].to_numpy(dtype=object), "b_score": pairs["score"].to_numpy(dtype=float),
        "b_delta_seconds": pairs["delta_seconds"].to_numpy(dtype=float),
    })
    grouping = Grouping(keys=["a", "b"], groups=groups,
                        unmatched={"a": [str(i) for i in matching.unmatched_a],
                                   "b": [str(i) for i in matching.unmatched_b]})
    table = build_groups([a_posts, b_posts], [[a_figures, b_figures]], grouping, [platform_a, platform_b],
                         rule=rule, quotes=quotes)[0]
    return pair_table(table)


def format_duration(value: timedelta) -> str:
    """timedelta → the form the options take: '7d', '12h', '90m', '45s'."""
    seconds = int(value.total_seconds())
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds and seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def plain(value: Any) -> Any:
    """A cell as a JSON value: None for missing, ISO text for times, Python numbers."""
    if value is None or (not isinstance(value, str | list | dict) and pd.isna(value)):
        return None
    if isinstance(value, pd.Timestamp | datetime):
        return iso_utc(value)
    if hasattr(value, "item"):
        return value.item()
    return value


def _plain_scalar(value: Any) -> Any:
    """plain() of a value as a column's tolist() gives it, the common Python types answered first."""
    kind = type(value)
    if kind is str or kind is int or kind is bool:
        return value
    if kind is float:
        return None if value != value else value
    return plain(value)


def pairs_for_json(table: PairTable) -> list[dict[str, Any]]:
    """The pairs as plain values: ids of both posts, interactions and figures of both, difference, winner."""
    keys = ("a_native_id", "b_native_id", "a_url", "b_url", "method", "score", "delta_seconds",
            "a_interactions", "b_interactions", "difference", "ratio", "winner", "lacking",
            "a_created_at", "b_created_at", "a_observed_at", "b_observed_at", "parts",
            "a_followers", "b_followers", "a_per_1000_followers", "b_per_1000_followers")
    frame = table.pairs
    columns = [[_plain_scalar(v) for v in frame[key].tolist()] if key in frame.columns else [None] * len(frame)
               for key in keys]
    return [dict(zip(keys, values, strict=True)) for values in zip(*columns, strict=True)]
