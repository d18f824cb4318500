"""Charts of a comparison of several accounts at several dates: the change between the dates, interactions by post
age (median with the interquartile band) and the median per 1,000 followers at each date."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import altair as alt
import pandas as pd

from reichweite.report.charts.base import (
    COUNT_FORMAT,
    HEIGHT,
    WIDTH,
    Caption,
    Series,
    count_scale,
    finish,
    platform_colours,
    values,
)


def _colour(series: Sequence[Series]) -> alt.Color:
    labels = [s.label for s in series]
    return alt.Color("series:N", title=None, sort=labels,
                     scale=alt.Scale(domain=labels, range=platform_colours([s.platform for s in series])))


def change_bars(change: pd.DataFrame, series: Sequence[Series], caption: Caption, lang: str, *,
                y_title: str) -> dict[str, Any]:
    """Bars of the change in % per account, one group of bars per pair of consecutive dates: `change` has columns
    period (e.g. '06.11.2026 → 21.11.2026'), series (a Series label), value (change in %) and label (the value as
    text, shown on the bar)."""
    labels = [s.label for s in series]
    periods = list(dict.fromkeys(change["period"]))
    x = alt.X("period:N", title=None, sort=periods, axis=alt.Axis(labelAngle=0))
    y = alt.Y("value:Q", title=y_title, axis=alt.Axis(format=",~f"))
    tooltip = [alt.Tooltip("period:N", title=""), alt.Tooltip("series:N", title=""),
               alt.Tooltip("label:N", title=y_title)]
    base = alt.Chart(values(change)).encode(x=x, xOffset=alt.XOffset("series:N", sort=labels), y=y,
                                            color=_colour(series), tooltip=tooltip)
    bars = base.mark_bar()
    text = base.mark_text(dy=-8, fontSize=12).encode(text="label:N")
    zero = alt.Chart(values(pd.DataFrame({"value": [0.0]}))).mark_rule(color="#9aa5ae").encode(y="value:Q")
    chart = alt.layer(bars, text, zero).properties(width=WIDTH, height=HEIGHT)
    return finish(chart, caption, lang)


def age_curves(curve: pd.DataFrame, series: Sequence[Series], bins: Sequence[str], caption: Caption, lang: str, *,
               x_title: str, y_title: str, log: bool = False) -> dict[str, Any]:
    """Median interactions per age range as lines with the 25th–75th percentile as a band: `curve` has columns
    age_bin (one of `bins`, in order), series, median, q1, q3, posts."""
    largest = float(curve["q3"].max()) if len(curve) else 1.0
    scale, ticks = count_scale(log, max(largest, 1.0))
    x = alt.X("age_bin:N", title=x_title, sort=list(bins), axis=alt.Axis(labelAngle=0))
    axis = alt.Axis(format=COUNT_FORMAT, values=ticks or alt.Undefined)
    colour = _colour(series)
    tooltip = [alt.Tooltip("series:N", title=""), alt.Tooltip("age_bin:N", title=x_title),
               alt.Tooltip("median:Q", format=",~f", title=y_title), alt.Tooltip("q1:Q", format=",~f", title="25 %"),
               alt.Tooltip("q3:Q", format=",~f", title="75 %"), alt.Tooltip("posts:Q", format=",~f", title="n")]
    base = alt.Chart(values(curve, ("age_bin", "series", "median", "q1", "q3", "posts"))).encode(x=x, color=colour)
    band = base.mark_area(opacity=0.18).encode(y=alt.Y("q1:Q", title=y_title, scale=scale, axis=axis), y2="q3:Q")
    line = base.mark_line().encode(y=alt.Y("median:Q", scale=scale))
    points = base.mark_point(filled=True, size=48).encode(y=alt.Y("median:Q", scale=scale), tooltip=tooltip)
    chart = alt.layer(band, line, points).properties(width=WIDTH, height=HEIGHT)
    return finish(chart, caption, lang)


def rate_lines(rates: pd.DataFrame, series: Sequence[Series], dates: Sequence[str], caption: Caption, lang: str, *,
               y_title: str) -> dict[str, Any]:
    """The median per 1,000 followers of each account at each date: `rates` has columns date (one of `dates`, in
    order), series and value."""
    x = alt.X("date:N", title=None, sort=list(dates), axis=alt.Axis(labelAngle=0))
    y = alt.Y("value:Q", title=y_title, scale=alt.Scale(zero=True), axis=alt.Axis(format=",~f"))
    tooltip = [alt.Tooltip("date:N", title=""), alt.Tooltip("series:N", title=""),
               alt.Tooltip("value:Q", format=",.2f", title=y_title)]
    base = alt.Chart(values(rates)).encode(x=x, y=y, color=_colour(series), tooltip=tooltip)
    chart = alt.layer(base.mark_line(), base.mark_point(filled=True, size=60)).properties(width=WIDTH,
                                                                                         height=HEIGHT)
    return finish(chart, caption, lang)
