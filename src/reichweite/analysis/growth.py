"""Accounts over time: followers, following and posts at the end of each day, week or month, and how they changed;
LinkedIn invitations and connections counted per step the same way.

Steps are calendar days, weeks (Monday to Sunday) or months in the report's time zone, from the one holding the
start to the one holding the end. An account's figure at a step is its latest known value at or before the step's
end (never after the end of the whole period); without any measurement by then it is unknown, never 0. change = this
step − the previous step; change % = change / previous × 100 (unknown when the previous value is 0 or unknown).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import numpy as np
import pandas as pd

from reichweite.analysis.over_time import percent_change
from reichweite.errors import Said
from reichweite.timeutil import REPORT_TZ

EVERY = ("day", "week", "month")
ACCOUNT_FIGURES: tuple[str, ...] = ("followers", "following", "posts")
ACTIVITY_FIGURES: tuple[str, ...] = ("invitations_received", "invitations_sent", "connections")


def _period_start(day: date, every: str) -> date:
    if every == "day":
        return day
    if every == "week":
        return day - timedelta(days=day.weekday())
    return day.replace(day=1)


def _next_start(day: date, every: str) -> date:
    if every == "day":
        return day + timedelta(days=1)
    if every == "week":
        return day + timedelta(days=7)
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1)


def _label(start: date, every: str) -> str:
    if every == "day":
        return start.isoformat()
    if every == "week":
        year, week, _ = start.isocalendar()
        return f"{year}-W{week:02d}"
    return start.strftime("%Y-%m")


def not_a_step(option: str, every: str) -> Said:
    """'--every: 'year' is not one of day, week, month'."""
    choices = ", ".join(EVERY)
    return Said(f"{option}: {every!r} is not one of {choices}", "error.option", option=option,
                detail=Said(f"{every!r} is not one of {choices}", "error.not_one_of", value=repr(every),
                            choices=choices))


def steps(start: datetime, end: datetime, every: str, tz: ZoneInfo = REPORT_TZ) -> pd.DataFrame:
    """One row per step: step (2026-11-06, 2026-W45 or 2026-11), start and end (UTC; the first one starts at `start`,
    the last one ends at `end`)."""
    if every not in EVERY:
        raise ValueError(not_a_step("every", every))
    if end < start:
        raise ValueError(Said("the end of the period lies before its start", "anl.period_reversed"))
    rows = []
    first = _period_start(start.astimezone(tz).date(), every)
    last = end.astimezone(tz).date()
    current = first
    while current <= last:
        following = _next_start(current, every)
        step_start = datetime.combine(current, time.min, tzinfo=tz).astimezone(ZoneInfo("UTC"))
        step_end = datetime.combine(following - timedelta(days=1), time.max, tzinfo=tz).astimezone(ZoneInfo("UTC"))
        rows.append({"step": _label(current, every), "start": max(step_start, start), "end": min(step_end, end)})
        current = following
    return pd.DataFrame(rows, columns=["step", "start", "end"])


def _with_changes(frame: pd.DataFrame, figures: tuple[str, ...], by: str | None) -> pd.DataFrame:
    groups = frame.groupby(by, sort=False) if by else [(None, frame)]
    pieces = []
    for _, part in groups:
        part = part.copy()
        for figure in figures:
            values = part[figure].astype("Float64")
            previous = values.shift(1)
            part[f"{figure}_change"] = (values - previous).astype("Int64")
            part[f"{figure}_change_pct"] = percent_change(previous, values)
        pieces.append(part)
    return pd.concat(pieces, ignore_index=True) if pieces else frame


def account_growth(histories: dict[str, pd.DataFrame], periods: pd.DataFrame) -> pd.DataFrame:
    """Per account (the dict's keys, in order) and step: followers, following, posts as of the step's end, when
    each was measured, and the change from the step before. A history has observed_at, source and the figures."""
    rows = []
    for account, history in histories.items():
        history = history.sort_values("observed_at", kind="stable")
        times = pd.to_datetime(history["observed_at"], utc=True)
        for step in periods.itertuples(index=False):
            row: dict = {"account": account, "step": step.step, "start": step.start, "end": step.end}
            upto = history[times <= pd.Timestamp(step.end)]
            for figure in ACCOUNT_FIGURES:
                known = upto[upto[figure].notna()]
                row[figure] = int(known[figure].iloc[-1]) if len(known) else None
                row[f"{figure}_observed_at"] = known["observed_at"].iloc[-1] if len(known) else None
            rows.append(row)
    columns = ["account", "step", "start", "end",
               *[c for f in ACCOUNT_FIGURES for c in (f, f"{f}_observed_at")]]
    frame = pd.DataFrame(rows, columns=columns)
    for figure in ACCOUNT_FIGURES:
        frame[figure] = frame[figure].astype("Int64")
    return _with_changes(frame, ACCOUNT_FIGURES, "account")


def activity_counts(events: pd.DataFrame, periods: pd.DataFrame) -> pd.DataFrame:
    """Per step: how many events of each kind (invitations_received, invitations_sent, connections) fell in it,
    and the change from the step before. `events` has kind and at (UTC); the steps cover the period asked for."""
    frame = periods.copy()
    at = pd.to_datetime(events["at"], utc=True) if len(events) else pd.Series([], dtype="datetime64[ns, UTC]")
    starts = pd.to_datetime(frame["start"], utc=True).to_numpy()
    ends = pd.to_datetime(frame["end"], utc=True).to_numpy()
    for kind in ACTIVITY_FIGURES:
        mine = np.sort(at[events["kind"] == kind].to_numpy()) if len(events) else np.array([], dtype="datetime64[ns]")
        counts = np.searchsorted(mine, ends, side="right") - np.searchsorted(mine, starts, side="left")
        frame[kind] = pd.array(counts, dtype="Int64")
    return _with_changes(frame, ACTIVITY_FIGURES, None)


def linkedin_events(invitations: pd.DataFrame, connections: pd.DataFrame, tz: ZoneInfo = REPORT_TZ) -> pd.DataFrame:
    """LinkedIn export rows as events: invitations (sent_at, direction inbound/outbound) and connections
    (connected_on, a day: counted at noon of that day in the report's time zone)."""
    kinds = invitations["direction"].map({"inbound": "invitations_received", "outbound": "invitations_sent"})
    invited = pd.DataFrame({"kind": kinds, "at": pd.to_datetime(invitations["sent_at"], utc=True)}).dropna()
    days = connections["connected_on"].dropna()
    connected = pd.DataFrame({
        "kind": "connections",
        "at": [datetime.combine(d, time(12), tzinfo=tz).astimezone(ZoneInfo("UTC")) for d in days],
    })
    if connected.empty:
        connected = pd.DataFrame({"kind": pd.Series(dtype=object), "at": pd.Series(dtype="datetime64[ns, UTC]")})
    connected["at"] = pd.to_datetime(connected["at"], utc=True)
    return pd.concat([invited, connected], ignore_index=True)
