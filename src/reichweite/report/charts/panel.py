"""Charts of a company panel: totals per platform over the measurement dates, and every member at one date."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import altair as alt
import pandas as pd

from reichweite.report.charts.base import (
    COUNT_FORMAT,
    WIDTH,
    Caption,
    Series,
    count_scale,
    day_axis,
    finish,
    platform_colours,
    values,
)


def panel_totals(totals: pd.DataFrame, platforms: Sequence[Series], figures: Sequence[str], caption: Caption,
                 lang: str, *, y_title: str, day_title: str, log: bool = False) -> dict[str, Any]:
    """One row per platform with a line per figure (the first solid, the next dashed) over the dates.

    `totals` has columns day, platform (a Series label), figure (one of `figures`), value and partial (True where
    not every member was measured: drawn hollow)."""
    labels = [p.label for p in platforms]
    colour = alt.Color("platform:N", title=None, sort=labels, legend=None,
                       scale=alt.Scale(domain=labels, range=platform_colours([p.platform for p in platforms])))
    dash = alt.StrokeDash("figure:N", title=None, sort=list(figures),
                          scale=alt.Scale(domain=list(figures), range=[[1, 0], [7, 4], [2, 3]][:len(figures)]))
    days = pd.to_datetime(totals["day"])
    x = alt.X("day:T", scale=alt.Scale(type="utc"),
              axis=day_axis(days.min().date(), days.max().date(), lang, day_title))
    known = totals["value"].dropna()
    scale, ticks = count_scale(log, float(known.max()) if len(known) else 1.0,
                               float(known.min()) if len(known) else None)
    y = alt.Y("value:Q", title=y_title, scale=scale,
              axis=alt.Axis(format=COUNT_FORMAT, tickMinStep=1, values=ticks or alt.Undefined))
    tooltip = [alt.Tooltip("day:T", format="%x", title=""), alt.Tooltip("platform:N", title=""),
               alt.Tooltip("figure:N", title=""), alt.Tooltip("value:Q", format=COUNT_FORMAT, title=y_title)]
    base = alt.Chart().encode(x=x, y=y, detail="figure:N", tooltip=tooltip)
    lines = base.mark_line().encode(color=colour, strokeDash=dash)
    points = base.mark_point(filled=False, size=50, strokeWidth=1.5, opacity=1).encode(
        stroke=colour, fill=alt.condition("datum.partial", alt.value("white"), colour))
    layered = alt.layer(lines, points, data=values(totals)).properties(width=WIDTH, height=220)
    chart = layered.facet(
        row=alt.Row("platform:N", sort=labels, title=None,
                    header=alt.Header(labelAngle=0, labelAlign="left", labelAnchor="start", labelOrient="top",
                                      labelFontSize=15, labelFontWeight="bold", labelPadding=6)),
    ).resolve_scale(y="independent")
    return finish(chart, caption, lang)


def panel_companies(companies: pd.DataFrame, platforms: Sequence[Series], caption: Caption, lang: str, *,
                    x_title: str, log: bool = False) -> dict[str, Any]:
    """Grouped horizontal bars, one group per member in the frame's order, one bar per platform.

    `companies` has columns name (the label shown), platform (a Series label) and value (missing: no bar)."""
    labels = [p.label for p in platforms]
    order = list(dict.fromkeys(companies["name"]))
    colour = alt.Color("platform:N", title=None, sort=labels,
                       scale=alt.Scale(domain=labels, range=platform_colours([p.platform for p in platforms])))
    height = max(160, 12 * len(order) * max(1, len(platforms)) + 24)
    known = companies["value"].dropna()
    scale, ticks = count_scale(log, float(known.max()) if len(known) else 1.0,
                               float(known.min()) if len(known) else None)
    chart = alt.Chart(values(companies)).mark_bar(height={"band": 0.85}).encode(
        y=alt.Y("name:N", sort=order, title=None, axis=alt.Axis(labelLimit=320, labelFontSize=12)),
        yOffset=alt.YOffset("platform:N", sort=labels),
        x=alt.X("value:Q", title=x_title, scale=scale, stack=None,  # grouped, never stacked (a log scale has no 0)
                axis=alt.Axis(format=COUNT_FORMAT, tickMinStep=1, orient="top", values=ticks or alt.Undefined,
                              tickCount=max(2, (WIDTH - 260) // 90))),  # labels apart, also the last (flush) one
        color=colour,
        tooltip=[alt.Tooltip("name:N", title=""), alt.Tooltip("platform:N", title=""),
                 alt.Tooltip("value:Q", format=COUNT_FORMAT, title=x_title)],
    ).properties(width=WIDTH - 260, height=height)
    return finish(chart, caption, lang)
