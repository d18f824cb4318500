"""Charts of a cross-post comparison: interactions per day of each account, and every pair as a point."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import altair as alt
import pandas as pd

from reichweite.report.charts.base import (
    COUNT_FORMAT,
    HEIGHT,
    MUTED,
    Caption,
    Series,
    count_scale,
    day_lines,
    finish,
    platform_colours,
    values,
)


def interactions_per_day(daily: pd.DataFrame, series: Sequence[Series], caption: Caption, lang: str, *,
                         y_title: str, day_title: str, log: bool = False) -> dict[str, Any]:
    """Lines of interactions per day: `daily` has columns day, series (label of a Series) and value."""
    return day_lines(daily, series, caption, lang, y_title=y_title, day_title=day_title, log=log)


def pairs_scatter(pairs: pd.DataFrame, a: Series, b: Series, caption: Caption, lang: str, *, x_title: str,
                  y_title: str, equal_label: str, log: bool = False) -> dict[str, Any]:
    """Every pair as a point (x = account A, y = account B) with the line of equal interactions.

    `pairs` has columns a, b (interactions) and, for tooltips, day and text."""
    largest = float(pd.concat([pairs["a"], pairs["b"]]).max()) if len(pairs) else 1.0
    largest = max(largest, 1.0)
    scale, ticks = count_scale(log, largest)
    axis = {"format": COUNT_FORMAT, "tickMinStep": 1}
    if ticks:
        axis["values"] = ticks
    x = alt.X("a:Q", title=x_title, scale=scale, axis=alt.Axis(**axis))
    y = alt.Y("b:Q", title=y_title, scale=scale, axis=alt.Axis(**axis))
    colour = platform_colours([b.platform])[0]
    tooltip = [alt.Tooltip("day:T", format="%x", formatType="utc", title=""), alt.Tooltip("text:N", title=""),
               alt.Tooltip("a:Q", title=a.label, format=COUNT_FORMAT),
               alt.Tooltip("b:Q", title=b.label, format=COUNT_FORMAT)]
    points = alt.Chart(values(pairs)).mark_point(filled=True, size=60, opacity=0.65, color=colour).encode(
        x=x, y=y, tooltip=tooltip)
    diagonal = pd.DataFrame({"a": [0.0, largest], "b": [0.0, largest], "label": [equal_label, equal_label]})
    line = alt.Chart(values(diagonal)).mark_line(color=MUTED, strokeDash=[6, 4], strokeWidth=1.2).encode(
        x="a:Q", y="b:Q")
    label = alt.Chart(values(diagonal.tail(1))).mark_text(
        align="right", baseline="bottom", dx=-4, dy=-4, color=MUTED, fontSize=13).encode(
        x="a:Q", y="b:Q", text="label:N")
    size = HEIGHT + 180
    chart = alt.layer(line, label, points).properties(width=size, height=size)
    return finish(chart, caption, lang)
