"""A panel's companies over time (`reichweite panel series`): each member's figure on each platform at every
measurement date, named as the company was called at that date, switched-off figures as 'off'; and the first two
platforms' totals side by side (absolute and indexed to the first date = 100)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd
import sqlalchemy as sa

from reichweite.analysis.panel import FIGURES, Composition
from reichweite.analysis.panel_series import company_series, platforms_side_by_side, series_table
from reichweite.errors import ReichweiteError, Said, UsageError, one_of
from reichweite.jobs.panel_report import analyse_stored_panel
from reichweite.tables.panel_table import builtin_company_names

SERIES_COLUMNS = ("panel", "date", "platform", "figure", "company_key", "name", "value", "state", "shown",
                  "counted_members")


@dataclass(slots=True)
class PanelSeries:
    """`series`: one row per date, platform and member (value None when unknown or off; state 'off' when switched
    off); `tables`: per platform companies × dates; `side_by_side`: the first two platforms' totals per date."""

    panel: str
    title: str
    composition: str
    figure: str
    platforms: list[str]
    dates: list[date]
    series: pd.DataFrame = field(repr=False)
    tables: dict[str, pd.DataFrame] = field(repr=False)
    side_by_side: pd.DataFrame = field(repr=False)
    totals: pd.DataFrame = field(repr=False)
    files: dict[str, Path] = field(default_factory=dict)

    def rows(self) -> pd.DataFrame:
        """What --format csv/jsonl print: one row per date, platform and member."""
        return self.series.assign(date=[d.isoformat() for d in self.series["date"]])

    def to_json(self) -> dict[str, Any]:
        from reichweite.report.machine import records

        side = self.side_by_side.assign(date=[d.isoformat() for d in self.side_by_side["date"]]) \
            if len(self.side_by_side) else self.side_by_side
        return {"panel": self.panel, "title": self.title, "composition": self.composition, "figure": self.figure,
                "platforms": self.platforms, "dates": [d.isoformat() for d in self.dates],
                "series": records(self.rows()), "side_by_side": records(side),
                "files": {k: str(v) for k, v in self.files.items()}}


def panel_series(engine: sa.Engine, name: str, platforms: Sequence[str], composition: Composition, *,
                 figure: str = "followers", start: date | None = None, end: date | None = None,
                 out: Path | None = None, lang: str = "en") -> PanelSeries:
    """The series of every member on each platform between `start` and `end` (measurement days, inclusive)."""
    if figure not in FIGURES:
        raise UsageError(one_of("--figure", figure, FIGURES))
    if start is not None and end is not None and end < start:
        raise UsageError(Said(f"--to {end.isoformat()} lies before --from {start.isoformat()}", "use.to_before_from",
                                    last=end.isoformat(), first=start.isoformat()))
    result, _ = analyse_stored_panel(engine, name, platforms, composition)
    members = result.members
    if len(members):
        inside = pd.Series(True, index=members.index)
        if start is not None:
            inside &= members["date"] >= start
        if end is not None:
            inside &= members["date"] <= end
        members = members[inside]
    dates = sorted(set(members["date"])) if len(members) else []
    if not dates:
        shown = ", ".join(platforms)
        period = Said(" in that period", "anl.in_that_period") if start or end else ""
        raise ReichweiteError(Said(f"Panel {name}: no measurements of {shown}{period}.", "anl.panel_no_measurements",
                                   panel=name, platforms=shown, period=period))
    names = pd.DataFrame(builtin_company_names())
    size = members.groupby("date").size().to_dict()
    pieces = [company_series(result.measurements, members, platform, figure, names).assign(platform=platform)
              for platform in result.platforms]
    series = pd.concat(pieces, ignore_index=True)
    series = series.assign(panel=name, figure=figure, counted_members=[int(size[d]) for d in series["date"]])
    series = series.reindex(columns=list(SERIES_COLUMNS))
    totals = result.totals[result.totals["date"].isin(dates)].reset_index(drop=True)
    side = (platforms_side_by_side(totals, result.platforms[0], result.platforms[1], figure)
            if len(result.platforms) >= 2 else pd.DataFrame())
    found = PanelSeries(name, result.title, result.composition.label(), figure, list(result.platforms), dates,
                        series, {p: series_table(series[series["platform"] == p]) for p in result.platforms},
                        side, totals)
    if out is not None:
        from reichweite.report.panel_series import write_series_files

        found.files = write_series_files(found, out, lang)
    return found
