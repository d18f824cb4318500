"""Company panels over time: each company's figure at every measurement date (named as the company was called at
that date), and two platforms' totals side by side (absolute and indexed to the first date = 100).

A figure the company switched off is 'off': shown as such, never summed and never counted as 0. Pure functions on
frames; the name history comes in as a frame (isin or company_key, name, valid_from, valid_to).
"""

from __future__ import annotations

from datetime import date

import pandas as pd

OFF = "off"


def name_at(history: pd.DataFrame | None, key: str, day: date, default: str) -> str:
    """The company's name on a day: the history row with valid_from ≤ day < valid_to (empty bounds are open)."""
    if history is None or history.empty:
        return default
    rows = history[history["key"] == key]
    for row in rows.itertuples(index=False):
        start = _day(row.valid_from)
        end = _day(row.valid_to)
        if (start is None or start <= day) and (end is None or day < end):
            return str(row.name)
    return default


def _day(value: object) -> date | None:
    if value is None or (isinstance(value, float) and value != value) or value == "" or value is pd.NaT:
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def company_series(measurements: pd.DataFrame, members: pd.DataFrame, platform: str, figure: str,
                   names: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per measurement date and member counted at it: date, company_key, name (as at that date), value
    (None when unknown or switched off), state ('off' or None), shown (as on screen), measured (True/False)."""
    data = measurements[measurements["platform"] == platform].set_index(["date", "company_key"])
    rows = []
    for member in members.itertuples(index=False):
        key = (member.date, member.company_key)
        found = data.loc[key] if key in data.index else None
        value = None if found is None or pd.isna(found[figure]) else int(found[figure])
        state_col = f"{figure}_state"
        state = None if found is None or state_col not in found or pd.isna(found[state_col]) else str(found[state_col])
        shown = None if found is None or pd.isna(found[f"{figure}_shown"]) else str(found[f"{figure}_shown"])
        rows.append({"date": member.date, "company_key": member.company_key,
                     "name": name_at(names, member.company_key, member.date, member.name),
                     "value": value, "state": state, "shown": shown, "measured": value is not None})
    frame = pd.DataFrame(rows, columns=["date", "company_key", "name", "value", "state", "shown", "measured"])
    frame["value"] = frame["value"].astype("Int64")
    return frame.sort_values(["date", "name"], kind="stable").reset_index(drop=True)


def series_table(series: pd.DataFrame) -> pd.DataFrame:
    """Companies × dates: the value, 'off', or None; the row label is the latest name with earlier ones in
    brackets: 'Mercedes-Benz Group (Daimler)'."""
    if series.empty:
        return pd.DataFrame(columns=["company_key", "company"])
    cells = series.assign(cell=pd.Series([OFF if state == OFF else (None if pd.isna(v) else int(v))
                                          for v, state in zip(series["value"], series["state"], strict=True)],
                                         index=series.index, dtype=object))
    wide = cells.pivot(index="company_key", columns="date", values="cell").astype(object)
    wide = wide.where(wide.notna(), None)
    labels = {}
    for key, part in series.sort_values("date").groupby("company_key", sort=False):
        names = list(dict.fromkeys(part["name"]))
        labels[key] = names[-1] + (f" ({', '.join(names[:-1])})" if len(names) > 1 else "")
    wide.insert(0, "company", [labels[k] for k in wide.index])
    wide = wide.reset_index()
    wide.columns = [c if isinstance(c, str) else c.isoformat() for c in wide.columns]
    return wide.sort_values("company", key=lambda s: s.str.casefold(), kind="stable").reset_index(drop=True)


def platforms_side_by_side(totals: pd.DataFrame, first: str, second: str, figure: str = "followers") -> pd.DataFrame:
    """Per date: each platform's total (over the members measured), how many were measured and switched off, and
    the total indexed to the platform's first date with a total = 100."""
    rows = []
    base: dict[str, float] = {}
    for day, part in totals.sort_values("date").groupby("date", sort=True):
        row: dict = {"date": day}
        for platform in (first, second):
            mine = part[part["platform"] == platform]
            total = mine[f"{figure}_total"].iloc[0] if len(mine) else None
            total = None if total is None or pd.isna(total) else int(total)
            row[f"{platform}_total"] = total
            row[f"{platform}_measured"] = int(mine[f"{figure}_measured"].iloc[0]) if len(mine) else 0
            off = mine[f"{figure}_off"].iloc[0] if len(mine) and f"{figure}_off" in mine else 0
            row[f"{platform}_off"] = int(off)
            if total is not None and platform not in base and total > 0:
                base[platform] = float(total)
            row[f"{platform}_index"] = total / base[platform] * 100 if total is not None and platform in base \
                else None
        rows.append(row)
    columns = ["date"] + [f"{p}_{w}" for p in (first, second) for w in ("total", "measured", "off", "index")]
    frame = pd.DataFrame(rows, columns=columns)
    for platform in (first, second):
        frame[f"{platform}_total"] = frame[f"{platform}_total"].astype("Int64")
    return frame
