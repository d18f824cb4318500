"""What changed between the dates (or ages) of a comparison: per group and account, and per account.

change = later − earlier; change % = change / earlier × 100 (unknown when the earlier value is 0 or either is
unknown). Per account: the median and total of interactions over the groups compared at both dates, and the median
of the per-group changes.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from reichweite.analysis.compare import GroupTable

CHANGE_COLUMNS: tuple[str, ...] = (
    "from", "to", "group", "account", "native_id", "interactions_from", "interactions_to", "change", "change_pct",
    "per_1000_from", "per_1000_to", "per_1000_change",
)
SUMMARY_COLUMNS: tuple[str, ...] = (
    "from", "to", "account", "groups", "median_from", "median_to", "median_change", "median_change_pct",
    "total_from", "total_to", "total_change", "total_change_pct", "median_group_change",
    "median_per_1000_from", "median_per_1000_to",
)


def percent_change(earlier: pd.Series | np.ndarray, later: pd.Series | np.ndarray) -> np.ndarray:
    """(later − earlier) / earlier × 100; NaN where earlier is 0 or unknown."""
    before = np.asarray(pd.to_numeric(pd.Series(earlier), errors="coerce"), dtype=float)
    after = np.asarray(pd.to_numeric(pd.Series(later), errors="coerce"), dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(before > 0, (after - before) / before * 100.0, np.nan)


def _pct(before: float | None, after: float | None) -> float | None:
    if before is None or after is None or not before:
        return None
    return (after - before) / before * 100.0


def group_changes(tables: list[GroupTable], labels: list[str]) -> pd.DataFrame:
    """One row per consecutive pair of dates, group and account that has a post in the group."""
    rows = []
    for (first, second), (label_from, label_to) in zip(zip(tables, tables[1:], strict=False),
                                                       zip(labels, labels[1:], strict=False), strict=True):
        for key in first.keys:
            ids = first.frame[f"{key}_native_id"]
            present = ids.notna().to_numpy()
            before = first.frame[f"{key}_interactions"][present]
            after = second.frame[f"{key}_interactions"][present]
            rate_before = first.frame[f"{key}_per_1000_followers"][present].astype(float)
            rate_after = second.frame[f"{key}_per_1000_followers"][present].astype(float)
            rows.append(pd.DataFrame({
                "from": label_from, "to": label_to, "group": np.flatnonzero(present) + 1, "account": key,
                "native_id": ids[present].astype(str).to_numpy(),
                "interactions_from": before.to_numpy(), "interactions_to": after.to_numpy(),
                "change": (after - before).astype("Int64").to_numpy(),
                "change_pct": percent_change(before, after),
                "per_1000_from": rate_before.to_numpy(), "per_1000_to": rate_after.to_numpy(),
                "per_1000_change": (rate_after - rate_before).to_numpy(),
            }))
    if not rows:
        return pd.DataFrame(columns=list(CHANGE_COLUMNS))
    return pd.concat(rows, ignore_index=True)[list(CHANGE_COLUMNS)]


def account_changes(changes: pd.DataFrame) -> pd.DataFrame:
    """Per consecutive pair of dates and account, over the groups with interactions known at both dates."""
    rows = []
    for (label_from, label_to, key), part in changes.groupby(["from", "to", "account"], sort=False):
        both = part[part["interactions_from"].notna() & part["interactions_to"].notna()]
        before = both["interactions_from"].astype(float)
        after = both["interactions_to"].astype(float)
        median_from = float(before.median()) if len(both) else None
        median_to = float(after.median()) if len(both) else None
        total_from = int(before.sum()) if len(both) else None
        total_to = int(after.sum()) if len(both) else None
        rates = part[part["per_1000_from"].notna() & part["per_1000_to"].notna()]
        rows.append({
            "from": label_from, "to": label_to, "account": key, "groups": int(len(both)),
            "median_from": median_from, "median_to": median_to,
            "median_change": None if median_from is None else median_to - median_from,  # type: ignore[operator]
            "median_change_pct": _pct(median_from, median_to),
            "total_from": total_from, "total_to": total_to,
            "total_change": None if total_from is None else total_to - total_from,  # type: ignore[operator]
            "total_change_pct": _pct(total_from, total_to),
            "median_group_change": float(both["change"].astype(float).median()) if len(both) else None,
            "median_per_1000_from": float(rates["per_1000_from"].median()) if len(rates) else None,
            "median_per_1000_to": float(rates["per_1000_to"].median()) if len(rates) else None,
        })
    return pd.DataFrame(rows, columns=list(SUMMARY_COLUMNS))
