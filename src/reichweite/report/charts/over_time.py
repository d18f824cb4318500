"""Charts of figures over time: accounts (or a member's LinkedIn activity) step by step, every company of a panel
per date, and two platforms on one chart — indexed to the first date = 100, and absolute on two axes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import altair as alt
import pandas as pd

from reichweite.report.charts.base import (
    COUNT_FORMAT,
    HEIGHT,
    MUTED,
    WIDTH,
    Caption,
    Series,
    day_axis,
    day_lines,
    finish,
    platform_colours,
    values,
)

INDEX_FORMAT = ",.1~f"  # 100, 92.5: no trailing zeros on the axis


def steps_lines(frame: pd.DataFrame, series: Sequence[Series], caption: Caption, lang: str, *, y_title: str,
                day_title: str) -> dict[str, Any]:
    """A figure at the end of each step: `frame` has day (the step's last day), series (a Series label), value
    (missing: no point, the line skips it)."""
    return day_lines(frame, series, caption, lang, y_title=y_title, day_title=day_title)


def company_panels(series: pd.DataFrame, caption: Caption, lang: str, *, platform: str, y_title: str,
                   day_title: str, off_label: str, columns: int = 4) -> dict[str, Any]:
    """A small chart per company (its figure over the dates; each its own scale), in the frame's order.

    `series` has day, company (the label: the latest name, earlier ones in brackets), value (missing when unknown
    or switched off; a row per date, so that the line breaks where a value is missing), name (as at that date, for
    the tooltip) and off (True where the company switched the figure off: a grey dashed rule at that date, never a
    point at 0)."""
    order = list(dict.fromkeys(series["company"]))
    days = pd.to_datetime(series["day"])
    colour = platform_colours([platform])[0]
    # no axis title: a facet would repeat it under every column; the subtitle says what the dates are
    x = alt.X("day:T", scale=alt.Scale(type="utc"), axis=day_axis(days.min().date(), days.max().date(), lang))
    known = series.assign(off=series["off"].astype(bool))
    base = alt.Chart().encode(x=x)
    tooltip = [alt.Tooltip("day:T", format="%x", formatType="utc", title=day_title), alt.Tooltip("name:N", title=""),
               alt.Tooltip("value:Q", format=COUNT_FORMAT, title=y_title)]
    y = alt.Y("value:Q", title=None, scale=alt.Scale(zero=True), axis=alt.Axis(format=COUNT_FORMAT, tickCount=3))
    # a date without a value (not a member, not measured, switched off) breaks the line
    lines = base.mark_line(color=colour, invalid="break-paths-filter-domains").encode(y=y)
    points = base.mark_point(filled=True, size=30, color=colour).encode(y=y, tooltip=tooltip) \
        .transform_filter("isValid(datum.value)")
    off = base.mark_rule(color=MUTED, strokeDash=[3, 3], strokeWidth=1.2).encode(
        tooltip=[alt.Tooltip("day:T", format="%x", formatType="utc", title=day_title),
                 alt.Tooltip("name:N", title=""), alt.Tooltip("state:N", title="")],
    ).transform_filter("datum.off").transform_calculate(state=f"'{_quoted(off_label)}'")
    width = max(150, (WIDTH - 40 * (columns - 1)) // columns)
    layered = alt.layer(lines, points, off, data=values(known)).properties(width=width, height=110)
    chart = layered.facet(
        facet=alt.Facet("company:N", sort=order, title=None,
                        header=alt.Header(labelFontSize=12, labelAnchor="start", labelLimit=width)),
        columns=columns,
    ).resolve_scale(y="independent")
    return finish(chart, caption, lang)


def _quoted(text: str) -> str:
    return text.replace("\\", "\\\\").replace("'", "\\'")


def indexed_lines(frame: pd.DataFrame, series: Sequence[Series], caption: Caption, lang: str, *, y_title: str,
                  day_title: str) -> dict[str, Any]:
    """Totals of several platforms indexed to their first date = 100, on one axis: `frame` has day, series,
    value (the index)."""
    return day_lines(frame, series, caption, lang, y_title=y_title, day_title=day_title, value_format=INDEX_FORMAT)


def two_axes(frame: pd.DataFrame, left: Series, right: Series, caption: Caption, lang: str, *, day_title: str,
             left_title: str, right_title: str) -> dict[str, Any]:
    """Two platforms' totals over the dates, each on its own axis (left and right, in the platform's colour):
    `frame` has day, series (left.label or right.label), value and partial (True: not every member measured,
    drawn hollow)."""
    days = pd.to_datetime(frame["day"])
    x = alt.X("day:T", scale=alt.Scale(type="utc"),
              axis=day_axis(days.min().date(), days.max().date(), lang, day_title))
    colours = platform_colours([left.platform, right.platform])
    layers = []
    for side, (chosen, title, colour) in enumerate(((left, left_title, colours[0]),
                                                    (right, right_title, colours[1]))):
        part = frame[frame["series"] == chosen.label]
        y = alt.Y("value:Q", title=title, scale=alt.Scale(zero=True),
                  axis=alt.Axis(format=COUNT_FORMAT, orient="left" if side == 0 else "right", titleColor=colour,
                                labelColor=colour, grid=side == 0))
        tooltip = [alt.Tooltip("day:T", format="%x", formatType="utc", title=day_title),
                   alt.Tooltip("series:N", title=""), alt.Tooltip("value:Q", format=COUNT_FORMAT, title="")]
        base = alt.Chart(values(part)).encode(x=x, y=y, tooltip=tooltip)
        layers.append(alt.layer(
            base.mark_line(color=colour, strokeDash=[1, 0] if side == 0 else [7, 4]),
            base.mark_point(filled=False, size=50, strokeWidth=1.5, color=colour, opacity=1).encode(
                fill=alt.condition("datum.partial", alt.value("white"), alt.value(colour))),
        ))
    chart = alt.layer(*layers).resolve_scale(y="independent").properties(width=WIDTH, height=HEIGHT)
    return finish(chart, caption, lang)
