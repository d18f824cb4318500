"""The per-pair table of a cross-post comparison: both posts, their figures, interactions, difference, ratio, winner.

Pure: takes the two accounts' post frames, their figures (as of a date or at an age) and a matching; reads nothing.
A pair lacking figures on a side is listed with the reason, never silently dropped. An interaction part that is not
known on both sides of every pair (the X archive has no reply counts) is left out of the comparison for all pairs,
and the result says so, so that the two sides are always measured alike.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any, Protocol

import numpy as np
import pandas as pd

from reichweite.analysis.stats import pair_ratio
from reichweite.metrics import interaction_parts, interactions
from reichweite.timeutil import iso_utc

FIGURE_COLUMNS: tuple[str, ...] = ("likes", "replies", "reposts", "quotes", "views")
POST_COLUMNS: tuple[str, ...] = ("native_id", "url", "text", "created_at", "kind")


class MatchingLike(Protocol):
    pairs: pd.DataFrame
    unmatched_a: list[str]
    unmatched_b: list[str]


@dataclass(slots=True)
class LeftOutPart:
    """An interaction part left out because one side does not know it for every pair."""

    part: str
    side: str  # "a" or "b"
    platform: str
    missing: int
    total: int

    def message(self, label: str) -> str:
        text = f"{self.part} unknown for {self.missing} of {self.total} {label} posts"
        if self.platform == "x" and self.part == "replies":
            text += " (the X archive has no reply counts; add them with `reichweite import table`)"
        return text


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

    @property
    def compared(self) -> pd.DataFrame:
        return self.pairs[self.pairs["lacking"].isna()].reset_index(drop=True)

    @property
    def lacking(self) -> pd.DataFrame:
        return self.pairs[self.pairs["lacking"].notna()].reset_index(drop=True)

    def parts_note(self, label_a: str, label_b: str) -> str | None:
        """The prominent sentence when parts were left out, e.g. 'compared on reposts + likes: …'."""
        if not self.left_out:
            return None
        labels = {"a": label_a, "b": label_b}
        reasons = "; ".join(p.message(labels[p.side]) for p in self.left_out)
        used = " + ".join(self.parts) if self.parts else "nothing"
        return f"compared on {used}: {reasons}"


def _side_frame(posts: pd.DataFrame, figures: pd.DataFrame, prefix: str) -> pd.DataFrame:
    """Posts joined with their figures (figures indexed by the store's post id), columns prefixed."""
    frame = posts.copy()
    for col in POST_COLUMNS:
        if col not in frame.columns:
            frame[col] = None
    joined = frame.join(figures.reindex(columns=[*FIGURE_COLUMNS, "observed_at", "source"]), on="id", how="left")
    joined["has_figures"] = joined["id"].isin(figures.index)
    keep = [*POST_COLUMNS, *FIGURE_COLUMNS, "observed_at", "source", "has_figures"]
    out = joined[keep].copy()
    out["native_id"] = out["native_id"].astype(str)
    for col in FIGURE_COLUMNS:
        out[col] = pd.to_numeric(out[col]).astype("Int64")
    return out.rename(columns={c: f"{prefix}_{c}" for c in keep})


def choose_parts(
    with_figures: pd.DataFrame, requested: tuple[str, ...], platform_a: str, platform_b: str
) -> tuple[tuple[str, ...], list[LeftOutPart]]:
    """The requested parts known on both sides of every pair that has figures; the rest, with counts, left out."""
    used: list[str] = []
    left_out: list[LeftOutPart] = []
    total = len(with_figures)
    for part in requested:
        known = True
        for side, platform in (("a", platform_a), ("b", platform_b)):
            missing = int(with_figures[f"{side}_{part}"].isna().sum()) if total else 0
            if missing:
                known = False
                left_out.append(LeftOutPart(part=part, side=side, platform=platform, missing=missing, total=total))
        if known:
            used.append(part)
    return tuple(used), left_out


def _interactions(frame: pd.DataFrame, prefix: str, parts: tuple[str, ...]) -> pd.Series:
    def known(value: Any) -> int | None:
        return None if pd.isna(value) else int(value)

    values = [
        interactions({p: known(row[f"{prefix}_{p}"]) for p in parts}, parts) if parts else None
        for _, row in frame.iterrows()
    ]
    return pd.Series(values, index=frame.index, dtype="Int64")


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
) -> PairTable:
    """One row per matched pair: ids, urls, texts, times, figures and interactions of both, difference, ratio, winner.

    `lacking` is None for compared pairs, else 'a', 'b' or 'both' (the side without figures at the chosen date or
    age). difference = b − a; ratio = (b + 1) / (a + 1) (see analysis.stats); winner 'a', 'b' or 'tie'.
    """
    a_side = _side_frame(a_posts, a_figures, "a")
    b_side = _side_frame(b_posts, b_figures, "b")
    matched = matching.pairs.copy()
    matched["a_native_id"] = matched["a_native_id"].astype(str)
    matched["b_native_id"] = matched["b_native_id"].astype(str)
    frame = matched.merge(a_side, on="a_native_id", how="left").merge(b_side, on="b_native_id", how="left")
    has_a = frame["a_has_figures"].fillna(False).astype(bool)
    has_b = frame["b_has_figures"].fillna(False).astype(bool)
    frame["lacking"] = np.select([~has_a & ~has_b, ~has_a, ~has_b], ["both", "a", "b"], default="")
    frame["lacking"] = frame["lacking"].replace("", None)
    frame = frame.drop(columns=["a_has_figures", "b_has_figures"])

    requested = interaction_parts(quotes)
    with_figures = frame[frame["lacking"].isna()]
    parts, left_out = choose_parts(with_figures, requested, platform_a, platform_b)
    frame["a_interactions"] = _interactions(frame, "a", parts)
    frame["b_interactions"] = _interactions(frame, "b", parts)
    if not parts:
        frame.loc[frame["lacking"].isna(), "lacking"] = "parts"
    both = frame["a_interactions"].notna() & frame["b_interactions"].notna()
    a_val = frame["a_interactions"].astype("float")
    b_val = frame["b_interactions"].astype("float")
    frame["difference"] = (frame["b_interactions"] - frame["a_interactions"]).astype("Int64")
    frame["ratio"] = np.where(both, pair_ratio(a_val.fillna(0), b_val.fillna(0)), np.nan)
    frame["winner"] = np.select([~both, a_val > b_val, b_val > a_val], [None, "a", "b"], default="tie")
    frame = frame.sort_values("a_created_at", kind="stable").reset_index(drop=True)

    def unmatched(side: pd.DataFrame, prefix: str, ids: list[str]) -> pd.DataFrame:
        rows = side[side[f"{prefix}_native_id"].isin([str(i) for i in ids])].copy()
        rows[f"{prefix}_interactions"] = _interactions(rows, prefix, parts)
        rows = rows.drop(columns=[f"{prefix}_has_figures"])
        rows.columns = [c.removeprefix(f"{prefix}_") for c in rows.columns]
        return rows.sort_values("created_at", kind="stable").reset_index(drop=True)

    return PairTable(
        pairs=frame,
        requested_parts=requested,
        parts=parts,
        left_out=left_out,
        unmatched_a=unmatched(a_side, "a", matching.unmatched_a),
        unmatched_b=unmatched(b_side, "b", matching.unmatched_b),
        platform_a=platform_a,
        platform_b=platform_b,
    )


def format_duration(value: timedelta) -> str:
    """timedelta → the form the options take: '7d', '12h', '90m', '45s'."""
    seconds = int(value.total_seconds())
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds and seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def pairs_for_json(table: PairTable) -> list[dict[str, Any]]:
    """The pairs as plain values: ids of both posts, interactions and figures of both, difference, winner."""
    out = []
    for row in table.pairs.to_dict("records"):
        item: dict[str, Any] = {}
        for key in ("a_native_id", "b_native_id", "a_url", "b_url", "method", "score", "delta_seconds",
                    "a_interactions", "b_interactions", "difference", "ratio", "winner", "lacking",
                    "a_created_at", "b_created_at", "a_observed_at", "b_observed_at"):
            value = row.get(key)
            if value is None or (not isinstance(value, str) and pd.isna(value)):
                value = None
            elif isinstance(value, pd.Timestamp):
                value = iso_utc(value.to_pydatetime())
            elif hasattr(value, "item"):
                value = value.item()
            item[key] = value
        out.append(item)
    return out
