"""Company panels over time: totals over the members per measurement date, coverage, growth, platform ratios,
per-company rankings and who joined or left. Pure functions on frames: no files, no database.

A missing figure is never a 0: totals are sums over the members measured, and every total says how many of the
members that is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pandas as pd

from reichweite.analysis.panel_series import company_series, platforms_side_by_side
from reichweite.errors import Said
from reichweite.timeutil import REPORT_TZ, DateError, parse_day

FIGURES = ("followers", "employees")


@dataclass(frozen=True, slots=True)
class Composition:
    """Which companies count at a date: the members as of that date, or the members on one fixed date."""

    kind: str  # "as-of" or "fixed"
    day: date | None = None

    def label(self) -> str:
        return "as-of" if self.kind == "as-of" else f"fixed:{self.day}"


def parse_composition(text: str) -> Composition:
    """'as-of' or 'fixed:2021-09-20' → a Composition. Raises ValueError with the accepted forms."""
    value = text.strip().lower()
    if value in {"as-of", "asof", "as_of"}:
        return Composition("as-of")
    if value.startswith("fixed:"):
        try:
            return Composition("fixed", parse_day(text.split(":", 1)[1]))
        except DateError:
            pass
    raise ValueError(Said(f"composition {text!r}: use as-of or fixed:DATE (e.g. fixed:2021-09-20 or fixed:20.09.2021)",
                          "anl.composition", value=repr(text)))


def members_at(spells: pd.DataFrame, day: date) -> list[str]:
    """Company keys with a spell [joined, left) containing the day. An empty joined is 'since before the data',
    an empty left 'still a member'. A company leaving on day D is not a member on D."""
    out: list[str] = []
    for key, joined, left in zip(spells["company_key"], spells["joined"], spells["left"], strict=True):
        if (_none(joined) or joined <= day) and (_none(left) or day < left):
            out.append(key)
    return sorted(set(out))


def _none(value: Any) -> bool:
    return value is None or (isinstance(value, float) and value != value) or value is pd.NaT


def measurement_table(snapshots: pd.DataFrame) -> pd.DataFrame:
    """One row per (date, company, platform) from stored snapshots; the date is the measurement day in the report's
    time zone. Several snapshots on one day (e.g. two sources) merge: each figure from the latest that knows it."""
    cols = ["date", "company_key", "name", "platform", "followers", "followers_shown", "employees",
            "employees_shown", "followers_state", "employees_state", "observed_at", "source", "origin"]
    if snapshots.empty:
        return pd.DataFrame(columns=cols)
    frame = snapshots.copy()
    for fig in FIGURES:  # stores from before figures could be switched off
        if f"{fig}_state" not in frame.columns:
            frame[f"{fig}_state"] = None
    frame["date"] = [pd.Timestamp(t).tz_convert(REPORT_TZ).date() for t in frame["observed_at"]]
    frame = frame.sort_values(["date", "company_key", "platform", "observed_at"])
    grouped = frame.groupby(["date", "company_key", "platform"], sort=True)
    out = grouped[["name", "followers", "followers_shown", "employees", "employees_shown", "followers_state",
                   "employees_state", "origin"]].last()
    out["observed_at"] = grouped["observed_at"].max()
    out["source"] = grouped["source"].agg(lambda s: "+".join(sorted(set(s))))
    out = out.reset_index()
    for fig in FIGURES:
        out[fig] = out[fig].astype("Int64")
        # a figure measured later that day wins over an earlier 'off'
        out.loc[out[fig].notna(), f"{fig}_state"] = None
    return out[cols]


def membership_by_date(spells: pd.DataFrame, dates: Sequence[date], composition: Composition) -> pd.DataFrame:
    """The members counted at each measurement date: as of that date, or those of the fixed date."""
    names = dict(zip(spells["company_key"], spells["name"], strict=False))
    fixed = members_at(spells, composition.day) if composition.kind == "fixed" and composition.day else None
    rows = []
    for day in sorted(set(dates)):
        for key in fixed if fixed is not None else members_at(spells, day):
            rows.append({"date": day, "company_key": key, "name": names.get(key, key)})
    return pd.DataFrame(rows, columns=["date", "company_key", "name"])


def _member_measurements(measurements: pd.DataFrame, members: pd.DataFrame) -> pd.DataFrame:
    """Measurements of the members counted at their date (non-members' rows drop out)."""
    return measurements.merge(members[["date", "company_key"]], on=["date", "company_key"], how="inner")


Known = dict[tuple[str, str, date], dict[str, int]]


def _known_figures(measurements: pd.DataFrame, members: pd.DataFrame) -> tuple[Known, Known]:
    """(platform, figure, date) → {company: value} over the counted members whose figure is known; and the same
    for the figures known only as shown (rounded)."""
    counted = _member_measurements(measurements, members)
    known: Known = {}
    rounded: Known = {}
    for record in counted.to_dict("records"):
        for fig in FIGURES:
            value = record[fig]
            if value is None or value is pd.NA or (isinstance(value, float) and value != value):
                continue
            slot = (record["platform"], fig, record["date"])
            known.setdefault(slot, {})[record["company_key"]] = int(value)
            shown = record[f"{fig}_shown"]
            if isinstance(shown, str) and shown:
                rounded.setdefault(slot, {})[record["company_key"]] = int(value)
    return known, rounded


def _dates(members: pd.DataFrame) -> list[date]:
    return sorted(set(members["date"])) if len(members) else []


def panel_totals(measurements: pd.DataFrame, members: pd.DataFrame, platforms: Sequence[str]) -> pd.DataFrame:
    """Per date and platform: members, how many were measured per figure, the totals over those measured, and
    how many of the summed figures were rounded as shown on screen."""
    known, rounded = _known_figures(measurements, members)
    counted = _member_measurements(measurements, members)
    sizes = members.groupby("date").size().to_dict() if len(members) else {}
    rows = []
    for day in _dates(members):
        n_members = int(sizes[day])
        today = counted[counted["date"] == day]
        for platform in platforms:
            row: dict[str, Any] = {"date": day, "platform": platform, "members": n_members}
            mine = today[today["platform"] == platform]
            for fig in FIGURES:
                values = known.get((platform, fig, day), {})
                row[f"{fig}_off"] = int((mine[f"{fig}_state"] == "off").sum()) if f"{fig}_state" in mine else 0
                row[f"{fig}_measured"] = len(values)
                row[f"{fig}_total"] = sum(values.values()) if values else None
                row[f"{fig}_coverage"] = len(values) / n_members if n_members else None
                row[f"{fig}_rounded"] = len(rounded.get((platform, fig, day), {}))
            rows.append(row)
    columns = ["date", "platform", "members"] + [
        f"{fig}_{what}" for fig in FIGURES for what in ("measured", "total", "coverage", "rounded", "off")
    ]
    return _whole(pd.DataFrame(rows, columns=columns), [f"{fig}_total" for fig in FIGURES])


def _whole(frame: pd.DataFrame, columns: Sequence[str]) -> pd.DataFrame:
    """Sums as nullable integers: an unknown total stays unknown (NA), never NaN-turned-float or 0."""
    for col in columns:
        frame[col] = frame[col].astype("Int64")
    return frame


def panel_growth(measurements: pd.DataFrame, members: pd.DataFrame, platforms: Sequence[str]) -> pd.DataFrame:
    """Between consecutive measurement dates, per platform and figure: the change of the total, and the
    like-for-like change over the companies counted and measured on both dates (same companies, so not driven
    by joiners, leavers or gaps in coverage)."""
    known, _ = _known_figures(measurements, members)
    dates = _dates(members)
    rows = []
    for platform in platforms:
        for before, after in zip(dates, dates[1:], strict=False):
            for fig in FIGURES:
                a = known.get((platform, fig, before), {})
                b = known.get((platform, fig, after), {})
                total_a = sum(a.values()) if a else None
                total_b = sum(b.values()) if b else None
                both = set(a) & set(b)
                same_a = sum(a[k] for k in both) if both else None
                same_b = sum(b[k] for k in both) if both else None
                rows.append({
                    "platform": platform, "figure": fig, "from": before, "to": after,
                    "total_from": total_a, "total_to": total_b,
                    "change": None if total_a is None or total_b is None else total_b - total_a,
                    "change_pct": _pct(total_a, total_b),
                    "same_companies": len(both),
                    "same_from": same_a, "same_to": same_b,
                    "same_change_pct": _pct(same_a, same_b),
                })
    frame = pd.DataFrame(rows, columns=[
        "platform", "figure", "from", "to", "total_from", "total_to", "change", "change_pct", "same_companies",
        "same_from", "same_to", "same_change_pct",
    ])
    return _whole(frame, ["total_from", "total_to", "change", "same_from", "same_to"])


def _pct(before: int | None, after: int | None) -> float | None:
    if before is None or after is None or before == 0:
        return None
    return (after - before) / before * 100


def platform_ratio(measurements: pd.DataFrame, members: pd.DataFrame, numerator: str, denominator: str
                   ) -> pd.DataFrame:
    """Per date: total on one platform / total on the other, over the members measured on both (so that coverage
    differences between the platforms do not tilt the ratio)."""
    known, _ = _known_figures(measurements, members)
    rows = []
    for day in _dates(members):
        row: dict[str, Any] = {"date": day, "numerator": numerator, "denominator": denominator}
        for fig in FIGURES:
            a = known.get((numerator, fig, day), {})
            b = known.get((denominator, fig, day), {})
            both = set(a) & set(b)
            sum_a = sum(a[k] for k in both) if both else None
            sum_b = sum(b[k] for k in both) if both else None
            row[f"{fig}_companies"] = len(both)
            row[f"{fig}_{numerator}"] = sum_a
            row[f"{fig}_{denominator}"] = sum_b
            row[f"{fig}_ratio"] = sum_a / sum_b if sum_a is not None and sum_b else None
        rows.append(row)
    columns = ["date", "numerator", "denominator"] + [
        f"{fig}_{what}" for fig in FIGURES for what in ("companies", numerator, denominator, "ratio")
    ]
    return _whole(pd.DataFrame(rows, columns=columns),
                  [f"{fig}_{p}" for fig in FIGURES for p in (numerator, denominator)])


def companies_at(measurements: pd.DataFrame, members: pd.DataFrame, day: date, platforms: Sequence[str],
                 threshold: int | None = None) -> pd.DataFrame:
    """Per member at a date: followers and employees on each platform side by side, the rank by followers per
    platform (1 = most; unmeasured companies have no rank), and whether followers reach the threshold."""
    today = members[members["date"] == day][["company_key", "name"]].drop_duplicates()
    data = measurements[measurements["date"] == day]
    out = today.copy()
    for platform in platforms:
        part = data[data["platform"] == platform].set_index("company_key")
        for fig in FIGURES:
            out[f"{platform}_{fig}"] = out["company_key"].map(part[fig]).astype("Int64")
            out[f"{platform}_{fig}_shown"] = out["company_key"].map(part[f"{fig}_shown"])
            if f"{fig}_state" in part.columns:
                out[f"{platform}_{fig}_state"] = out["company_key"].map(part[f"{fig}_state"])
        out[f"{platform}_rank"] = out[f"{platform}_followers"].astype("Float64").rank(
            ascending=False, method="min").astype("Int64")
        if threshold is not None:
            out[f"{platform}_at_least_threshold"] = (out[f"{platform}_followers"] >= threshold).astype("boolean")
    first = f"{platforms[0]}_followers" if platforms else None
    if first:
        out = out.sort_values([first, "name"], ascending=[False, True], na_position="last")
    return out.reset_index(drop=True)


def threshold_counts(companies: pd.DataFrame, platforms: Sequence[str], threshold: int) -> dict[str, dict[str, int]]:
    """Per platform: how many members reach the threshold, of how many measured."""
    out = {}
    for platform in platforms:
        known = companies[f"{platform}_followers"].dropna()
        out[platform] = {"at_least": int((known >= threshold).sum()), "measured": len(known),
                         "members": len(companies)}
    return out


def membership_changes(members: pd.DataFrame) -> pd.DataFrame:
    """Between consecutive measurement dates: which companies joined and which left the counted members."""
    dates = sorted(members["date"].unique()) if len(members) else []
    names = dict(zip(members["company_key"], members["name"], strict=False))
    rows = []
    for before, after in zip(dates, dates[1:], strict=False):
        a = set(members.loc[members["date"] == before, "company_key"])
        b = set(members.loc[members["date"] == after, "company_key"])
        for change, keys in (("joined", b - a), ("left", a - b)):
            for key in sorted(keys, key=lambda k: names[k].casefold()):
                rows.append({"from": before, "to": after, "change": change, "company_key": key, "name": names[key]})
    return pd.DataFrame(rows, columns=["from", "to", "change", "company_key", "name"])


@dataclass
class PanelResult:
    """Everything a panel report shows; the report formats it and computes nothing."""

    panel: str
    title: str
    composition: Composition
    platforms: list[str]
    threshold: int | None
    dates: list[date]
    latest: date | None
    measurements: pd.DataFrame
    members: pd.DataFrame
    totals: pd.DataFrame
    growth: pd.DataFrame
    ratios: pd.DataFrame
    companies: pd.DataFrame
    changes: pd.DataFrame
    above_threshold: dict[str, dict[str, int]] = field(default_factory=dict)
    # each member's followers per platform and date, named as at that date (see analysis.panel_series)
    series: pd.DataFrame = field(default_factory=pd.DataFrame)
    # the first two platforms' follower totals side by side, absolute and indexed to the first date = 100
    side_by_side: pd.DataFrame = field(default_factory=pd.DataFrame)


def analyse_panel(panel: str, title: str, spells: pd.DataFrame, snapshots: pd.DataFrame, platforms: Sequence[str],
                  composition: Composition, *, threshold: int | None = None, at: date | None = None,
                  names: pd.DataFrame | None = None) -> PanelResult:
    """The whole panel analysis: measurement dates are the days on which any of the platforms was measured.
    `names` is the name history of companies (key, name, valid_from, valid_to) for naming them as at each date."""
    platforms = list(platforms)
    table = measurement_table(snapshots)
    table = table[table["platform"].isin(platforms)].reset_index(drop=True)
    dates = sorted(set(table["date"]))
    members = membership_by_date(spells, dates, composition)
    counted_keys = set(zip(members["date"], members["company_key"], strict=False))
    table["counted"] = [(d, k) in counted_keys for d, k in zip(table["date"], table["company_key"], strict=False)]
    latest = at if at is not None else (dates[-1] if dates else None)
    if latest is not None and latest not in dates:
        shown = ", ".join(map(str, dates))
        raise ValueError(Said(f"no measurement on {latest}; measurement dates: {shown or 'none'}", "anl.no_measurement",
                              day=str(latest), dates=shown or Said("none", "anl.none")))
    if latest is not None:
        day_members = membership_by_date(spells, [latest], composition)
        companies = companies_at(table, day_members, latest, platforms, threshold)
    else:
        companies = pd.DataFrame(columns=["company_key", "name"])
    ratio = (platform_ratio(table, members, platforms[0], platforms[1]) if len(platforms) >= 2
             else pd.DataFrame())
    totals = panel_totals(table, members, platforms)
    series = pd.concat([company_series(table, members, platform, "followers", names).assign(platform=platform)
                        for platform in platforms], ignore_index=True) if platforms else pd.DataFrame()
    return PanelResult(
        panel=panel, title=title, composition=composition, platforms=platforms, threshold=threshold, dates=dates,
        latest=latest, measurements=table, members=members, totals=totals,
        series=series,
        side_by_side=platforms_side_by_side(totals, platforms[0], platforms[1]) if len(platforms) >= 2
        else pd.DataFrame(),
        growth=panel_growth(table, members, platforms), ratios=ratio, companies=companies,
        changes=membership_changes(members),
        above_threshold=threshold_counts(companies, platforms, threshold) if threshold is not None and latest else {},
    )
