"""The house style every chart shares: size, fonts, colours, locale, captions, axes — as Vega-Lite config.

A chart is a Vega-Lite spec (a dict) built with Altair. Everything a reader needs is inside the spec: the title, a
subtitle with the as-of date, the time zone and the source, and the locale of numbers and dates. So the same dict is
embedded interactively by the web app and saved as PNG/SVG by the reports (see render.py).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import altair as alt
import pandas as pd
import vl_convert

from reichweite import registry
from reichweite.report.i18n import VEGA_LOCALES, babel_locale

# plot area; with axes, legend and title the image is about 1,200 px wide
WIDTH = 1000
HEIGHT = 400
FONT = "Helvetica Neue, Helvetica, Arial, DejaVu Sans, sans-serif"
TEXT = "#1d2329"
MUTED = "#5b6670"
GRID = "#e3e8ed"

# a second account of the same platform gets this lighter shade of the platform's colour (the registry's), a third
# one a colour of the neutral palette
SECOND_SHADES = {
    "bluesky": "#7cb9ff", "x": "#8a949c", "mastodon": "#a9a9ff", "linkedin": "#70a7e0", "xing": "#5fb3ad",
}
PALETTE = ("#e45756", "#f58518", "#54a24b", "#b279a2", "#9d755d", "#72b7b2", "#eeca3b", "#ff9da6", "#4c78a8",
           "#bab0ac")

# number format of count axes: thousands grouped, no rounding, so two ticks never read the same
COUNT_FORMAT = ",~f"
SHARE_FORMAT = ".0%"


@dataclass(frozen=True)
class Caption:
    """Title and subtitle lines of a chart: what, as of when, which time zone, from which source."""

    title: str
    lines: tuple[str, ...] = ()


def platform_colours(platforms: Sequence[str]) -> list[str]:
    """One colour per series, in order: the platform's colour, its second shade for a second account of the same
    platform, then colours of a neutral palette."""
    used: dict[str, int] = {}
    spare = iter(PALETTE)
    colours = []
    for platform in platforms:
        shades = (registry.colour(platform), SECOND_SHADES[platform]) if platform in SECOND_SHADES else (
            (registry.colour(platform),) if platform in registry.BY_NAME else ())
        index = used.get(platform, 0)
        used[platform] = index + 1
        colours.append(shades[index] if index < len(shades) else next(spare, "#777777"))
    return colours


def locale_config(lang: str) -> dict[str, Any]:
    """Vega's number and time locale for the language (decimal comma, German month names …)."""
    name = VEGA_LOCALES.get(lang, VEGA_LOCALES["en"])
    number = dict(vl_convert.get_format_locale(name))
    if lang == "de":
        number["percent"] = "\u00a0%"  # German writes 12 %, with a no-break space
    time = dict(vl_convert.get_time_format_locale(name))
    # month and day names as Babel (CLDR) writes them, like every other date of the report ('März', not 'Mrz')
    loc = babel_locale(lang)
    time["months"] = [loc.months["format"]["wide"][m] for m in range(1, 13)]
    time["shortMonths"] = [loc.months["format"]["abbreviated"][m] for m in range(1, 13)]
    days = [6, 0, 1, 2, 3, 4, 5]  # d3 starts with Sunday, CLDR numbers Monday 0
    time["days"] = [loc.days["format"]["wide"][d] for d in days]
    time["shortDays"] = [loc.days["format"]["abbreviated"][d] for d in days]
    return {"number": number, "time": time}


def config(lang: str) -> dict[str, Any]:
    """The house style as Vega-Lite config."""
    axis = {
        "labelFont": FONT, "titleFont": FONT, "labelFontSize": 13, "titleFontSize": 13, "labelColor": TEXT,
        "titleColor": MUTED, "titleFontWeight": "normal", "gridColor": GRID, "domainColor": "#9aa5ae",
        "tickColor": "#9aa5ae", "labelOverlap": True, "titlePadding": 10,
    }
    return {
        "locale": locale_config(lang),
        "font": FONT,
        "background": "white",
        "padding": {"left": 16, "right": 24, "top": 16, "bottom": 12},
        "view": {"stroke": None},
        "axis": axis,
        "legend": {
            "labelFont": FONT, "titleFont": FONT, "labelFontSize": 13, "titleFontSize": 13, "labelColor": TEXT,
            "titleColor": MUTED, "titleFontWeight": "normal", "labelLimit": 0, "orient": "top", "direction":
            "horizontal", "symbolSize": 120, "columnPadding": 18,
        },
        "title": {
            "font": FONT, "fontSize": 20, "fontWeight": "bold", "color": TEXT, "anchor": "start",
            "subtitleFont": FONT, "subtitleFontSize": 13, "subtitleColor": MUTED, "subtitlePadding": 6,
            "offset": 14, "limit": WIDTH + 120,
        },
        "line": {"strokeWidth": 2},
        "point": {"size": 36, "filled": True},
        "bar": {"discreteBandSize": {"band": 0.8}},
    }


def finish(chart: alt.TopLevelMixin, caption: Caption, lang: str) -> dict[str, Any]:
    """Title, subtitle and house style on a chart; the Vega-Lite dict."""
    title = alt.TitleParams(caption.title, subtitle=list(caption.lines) or alt.Undefined)
    spec = chart.properties(title=title).to_dict(validate=False)
    spec["config"] = config(lang)
    _validate(spec)
    return spec


def _validate(spec: dict[str, Any]) -> None:
    """Check the spec against the Vega-Lite schema with each inline data set cut to its first rows: the same
    check of every encoding, mark and option, without walking thousands of data rows (seconds for a chart of every
    pair of a large comparison)."""
    from altair.utils.schemapi import validate_jsonschema
    from altair.vegalite.v6.schema import load_schema

    validate_jsonschema(_first_rows(spec), load_schema())


def _first_rows(node: Any, rows: int = 3) -> Any:
    if isinstance(node, dict):
        return {k: v[:rows] if k == "values" and isinstance(v, list) else _first_rows(v, rows)
                for k, v in node.items()}
    if isinstance(node, list):
        return [_first_rows(v, rows) for v in node]
    return node


class _InlineData(alt.Data):
    """Inline data not checked against the schema when made (finish() checks the spec with the first rows)."""

    _class_is_valid_at_instantiation = False


def values(frame: pd.DataFrame, columns: Iterable[str] | None = None) -> alt.Data:
    """Inline data from a frame: dates as ISO text, missing as null — plain JSON, nothing interpreted."""
    frame = frame if columns is None else frame[list(columns)]
    records = []
    for row in frame.to_dict("records"):
        records.append({str(k): _json_value(v) for k, v in row.items()})
    # plain JSON built above: not validated row by row here (finish() checks the spec with the first rows)
    return _InlineData(values=records)


def _json_value(value: object) -> object:
    if value is None:
        return None
    if isinstance(value, pd.Timestamp | datetime):
        stamp = pd.Timestamp(value)
        if pd.isna(stamp):
            return None
        return stamp.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return None if math.isnan(value) else value
    if hasattr(value, "item"):  # numpy scalars
        return _json_value(value.item())  # type: ignore[union-attr]
    try:
        if pd.isna(value):  # type: ignore[arg-type]
            return None
    except (TypeError, ValueError):
        pass
    return value


def day_ticks(first: date, last: date) -> tuple[list[date], str]:
    """Tick days for a calendar axis and the kind of label they need: every day (or second day) over two weeks,
    Mondays up to four months, first days of months up to about two years, else New Year's days."""
    span = (last - first).days
    if span <= 16:
        step = 1 if span <= 8 else 2
        return [first + timedelta(days=i) for i in range(0, span + 1, step)], "day"
    if span <= 120:
        monday = first + timedelta(days=(7 - first.weekday()) % 7)
        step = 7 if span <= 70 else 14
        return [monday + timedelta(days=i) for i in range(0, (last - monday).days + 1, step)], "day"
    if span <= 800:
        step = 1 if span <= 400 else 3
        ticks, month = [], date(first.year, first.month, 1)
        while month <= last:
            if month >= first and (month.month - 1) % step == 0:
                ticks.append(month)
            month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
        return ticks, "month"
    return [date(y, 1, 1) for y in range(first.year + (first > date(first.year, 1, 1)), last.year + 1)], "year"


DAY_FORMATS = {"day": {"de": "%-d. %b", "en": "%-d %b"}, "month": {"de": "%b %Y", "en": "%b %Y"},
               "year": {"de": "%Y", "en": "%Y"}}


def day_axis(first: date, last: date, lang: str, title: str | None = None) -> alt.Axis:
    """A calendar axis in the language's words with ticks on whole days, Mondays, months or years, chosen by the
    span, so no two ticks carry the same label. Day values are ISO dates on a UTC scale (days, not instants)."""
    ticks, kind = day_ticks(first, last)
    # date-time objects, not epoch numbers: Vega-Lite writes these as utc(y, m, d), which the browser's CSP-safe
    # expression interpreter evaluates too (it reads datetime(ms) as a year and the labels vanish)
    stamps = [alt.DateTime(year=d.year, month=d.month, date=d.day, utc=True) for d in ticks]
    return alt.Axis(title=title, format=DAY_FORMATS[kind].get(lang, DAY_FORMATS[kind]["en"]), values=stamps,
                    labelAngle=0, grid=False)


def fill_periods(frame: pd.DataFrame, by: str) -> pd.DataFrame:
    """`frame` (columns day, series and values) with a row of missing values for every period between its first and
    last day that a series lacks, so its line breaks there instead of bridging the gap. `by`: day, week or month
    (a period is named by its first day)."""
    if frame.empty:
        return frame
    days = pd.to_datetime(frame["day"])
    freq = {"day": "D", "week": "W-MON", "month": "MS"}[by]
    calendar = pd.date_range(days.min(), days.max(), freq=freq)
    have = set(zip(frame["series"], days, strict=True))
    missing = [{"day": d.date().isoformat(), "series": s} for s in dict.fromkeys(frame["series"]) for d in calendar
               if (s, d) not in have]
    if not missing:
        return frame
    filled = pd.concat([frame.assign(day=days.dt.date.map(date.isoformat)), pd.DataFrame(missing)],
                       ignore_index=True)
    return filled.sort_values(["series", "day"], kind="stable").reset_index(drop=True)


def log_ticks(largest: float) -> list[int]:
    """Tick values of a symlog axis up to `largest`: 0, 1, 5, 10, 20, 50 … (2 would crowd 1 on a symlog axis)"""
    ticks = [0]
    magnitude = 1
    while True:
        for factor in (1, 2, 5):
            tick = factor * magnitude
            if tick == 2:
                continue
            ticks.append(tick)
            if tick >= largest:
                return ticks
        magnitude *= 10


def decade_ticks(smallest: float, largest: float) -> list[int]:
    """Tick values of a logarithmic axis from the decade of `smallest` to the one above `largest`: 1-2-5 steps over
    up to two decades, 1-3 up to four, powers of ten beyond (so the labels never crowd or repeat)."""
    low = math.floor(math.log10(smallest))
    high = max(math.ceil(math.log10(largest)), low + 1)
    factors = (1, 2, 5) if high - low <= 2 else (1, 3) if high - low <= 4 else (1,)
    return [f * 10**k for k in range(low, high + 1) for f in factors if f * 10**k <= 10**high]


def count_scale(log: bool, largest: float, smallest: float | None = None) -> tuple[alt.Scale, list[int] | None]:
    """Linear from 0; with `log` a logarithmic scale over the data's decades when every value is at least 1
    (`smallest`), else symlog, which keeps 0 on the axis; both with ticks whose labels never repeat."""
    if not log:
        return alt.Scale(zero=True, nice=True), None
    if smallest is not None and smallest >= 1:
        return alt.Scale(type="log", nice=True), decade_ticks(smallest, max(largest, 1))
    return alt.Scale(type="symlog", domainMin=0), log_ticks(max(largest, 1))


@dataclass(frozen=True)
class Series:
    """One line or group of a chart: the label readers see and the platform that gives its colour."""

    label: str
    platform: str


def day_lines(frame: pd.DataFrame, series: Sequence[Series], caption: Caption, lang: str, *, y_title: str,
              log: bool = False, value_format: str = COUNT_FORMAT, day_title: str | None = None,
              hollow: str | None = None) -> dict[str, Any]:
    """Lines over calendar days: `frame` has columns day (date), series (a Series label) and value.

    `hollow`, when given, names a boolean column drawing those points hollow (e.g. not every member measured)."""
    labels = [s.label for s in series]
    colour = alt.Color("series:N", title=None, sort=labels,
                       scale=alt.Scale(domain=labels, range=platform_colours([s.platform for s in series])))
    known = frame[frame["value"].notna()]
    days = pd.to_datetime(known["day"]) if len(known) else pd.to_datetime(pd.Series([date.today()]))
    largest = float(known["value"].max()) if len(known) else 1.0
    smallest = float(known["value"].min()) if len(known) else None
    scale, ticks = (count_scale(log, largest, smallest) if value_format == COUNT_FORMAT
                    else (alt.Scale(zero=True), None))
    if value_format == COUNT_FORMAT and not log and largest < 8:  # small counts: whole ticks only, never 0.5
        ticks = list(range(0, max(1, math.ceil(largest)) + 1))
        scale = alt.Scale(zero=True, domain=[0, ticks[-1]])
    x = alt.X("day:T", scale=alt.Scale(type="utc"),
              axis=day_axis(days.min().date(), days.max().date(), lang, day_title))
    y = alt.Y("value:Q", title=y_title, scale=scale,
              axis=alt.Axis(format=value_format, values=ticks or alt.Undefined, tickMinStep=1 if
                            value_format == COUNT_FORMAT else alt.Undefined))
    tooltip = [alt.Tooltip("day:T", format="%x", formatType="utc", title=day_title or ""),
               alt.Tooltip("series:N", title=""), alt.Tooltip("value:Q", format=value_format, title=y_title)]
    base = alt.Chart(values(frame)).encode(x=x, y=y, color=colour, tooltip=tooltip)
    lines = base.mark_line(interpolate="linear")
    points = base.mark_point(filled=True, size=36)
    if hollow:
        points = points.encode(fill=alt.condition(f"datum.{hollow}", alt.value("white"), colour))
    chart = alt.layer(lines, points).properties(width=WIDTH, height=HEIGHT)
    return finish(chart, caption, lang)
