"""Charts of language shares: top languages over time, one language's share with its interval, and declared ×
detected agreement."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import altair as alt
import pandas as pd

from reichweite.report.charts.base import (
    HEIGHT,
    SHARE_FORMAT,
    TEXT,
    Caption,
    Series,
    day_axis,
    day_lines,
    finish,
    platform_colours,
    values,
)
from reichweite.report.charts.base import WIDTH as FULL_WIDTH


def top_languages(shares: pd.DataFrame, languages: Sequence[str], caption: Caption, lang: str, *, y_title: str,
                  period_title: str) -> dict[str, Any]:
    """A line per language: `shares` has columns day (start of the period), series (language) and value (share)."""
    series = [Series(code, "") for code in languages]
    return day_lines(shares, series, caption, lang, y_title=y_title, value_format=SHARE_FORMAT,
                     day_title=period_title)


def language_share(frame: pd.DataFrame, rules: Sequence[str], caption: Caption, lang: str, *, y_title: str,
                   period_title: str) -> dict[str, Any]:
    """A line per counting rule with its 95 % interval as a band and a whisker per period: columns day, series
    (rule), value, low, high."""
    colours = platform_colours([""] * len(rules))
    colour = alt.Color("series:N", title=None, sort=list(rules), scale=alt.Scale(domain=list(rules), range=colours))
    known = frame[frame["value"].notna()]
    days = pd.to_datetime(known["day"] if len(known) else frame["day"])
    x = alt.X("day:T", scale=alt.Scale(type="utc"), axis=day_axis(days.min().date(), days.max().date(), lang,
                                                                   period_title))
    y = alt.Y("value:Q", title=y_title, axis=alt.Axis(format=SHARE_FORMAT), scale=alt.Scale(zero=True))
    base = alt.Chart(values(frame)).encode(x=x, color=colour)
    band = base.mark_area(opacity=0.12).encode(y=alt.Y("low:Q", title=y_title), y2="high:Q")
    line = base.mark_line().encode(y=y)
    # the interval as a whisker too: a period between two without posts has no band to lie in
    whisker = base.mark_rule(opacity=0.5, strokeWidth=2).encode(y=alt.Y("low:Q", title=y_title), y2="high:Q")
    points = base.mark_point(filled=True, size=36).encode(
        y=y, tooltip=[alt.Tooltip("day:T", format="%x", title=""), alt.Tooltip("series:N", title=""),
                      alt.Tooltip("value:Q", format=".1%", title=y_title),
                      alt.Tooltip("low:Q", format=".1%", title="95 % –"),
                      alt.Tooltip("high:Q", format=".1%", title="95 % +")])
    chart = alt.layer(line, band, whisker, points).properties(width=FULL_WIDTH, height=HEIGHT)
    return finish(chart, caption, lang)


def agreement(matrix: pd.DataFrame, caption: Caption, lang: str, *, declared_title: str,
              detected_title: str) -> dict[str, Any]:
    """Heat map of declared (rows) × detected (columns) languages; cells hold the share of their row."""
    rows = [str(i) for i in matrix.index]
    columns = [str(c) for c in matrix.columns]
    long = pd.DataFrame([
        {"declared": r, "detected": c, "value": float(v) if pd.notna(v) else 0.0}
        for r, row in zip(rows, matrix.to_numpy(dtype=float), strict=True)
        for c, v in zip(columns, row, strict=True)
    ], columns=["declared", "detected", "value"])
    long["shown"] = long["value"] >= 0.005
    longest = max((len(c) for c in columns), default=4)
    width = max(240, len(columns) * max(60, 8 * longest + 16))
    base = alt.Chart(values(long)).encode(
        x=alt.X("detected:N", sort=columns, title=detected_title,
                axis=alt.Axis(orient="top", labelAngle=0, labelLimit=0)),
        y=alt.Y("declared:N", sort=rows, title=declared_title),
    )
    cells = base.mark_rect().encode(
        color=alt.Color("value:Q", title=None, scale=alt.Scale(domain=[0, 1], range=["#f7fbff", "#08306b"]),
                        legend=alt.Legend(format=SHARE_FORMAT, orient="right", direction="vertical")),
        tooltip=[alt.Tooltip("declared:N", title=declared_title), alt.Tooltip("detected:N", title=detected_title),
                 alt.Tooltip("value:Q", format=".1%", title="")])
    labels = base.transform_filter("datum.shown").mark_text(fontSize=12).encode(
        text=alt.Text("value:Q", format=SHARE_FORMAT),
        color=alt.condition("datum.value > 0.6", alt.value("white"), alt.value(TEXT)))
    chart = alt.layer(cells, labels).properties(width=width, height=max(200, 56 * len(rows)))
    return finish(chart, caption, lang)
