"""Vega-Lite specs for the interactive charts of the pages (rendered in the browser by the vendored vega-embed).

Plain data in, a spec out; the figures come from the job results unchanged."""

from __future__ import annotations

from typing import Any

SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json"
WIDTH = "container"


def pairs_chart(pairs: list[dict[str, Any]], label_a: str, label_b: str, title: str, y_title: str,
                x_title: str) -> dict[str, Any]:
    """Interactions of both posts of every pair over the day of A's post (points, one colour per account)."""
    values = []
    for p in pairs:
        when = p.get("a_created_at") or p.get("b_created_at")
        for side, label in (("a", label_a), ("b", label_b)):
            if p.get(f"{side}_interactions") is not None and when:
                values.append({"day": when, "account": label, "interactions": p[f"{side}_interactions"],
                               "post": p.get(f"{side}_native_id")})
    return {
        "$schema": SCHEMA, "title": title, "width": WIDTH, "height": 320,
        "data": {"values": values},
        "mark": {"type": "point", "filled": True, "opacity": 0.75, "tooltip": True},
        "encoding": {
            "x": {"field": "day", "type": "temporal", "title": x_title},
            "y": {"field": "interactions", "type": "quantitative", "title": y_title},
            "color": {"field": "account", "type": "nominal", "title": None, "legend": {"orient": "top"}},
            "tooltip": [{"field": "account"}, {"field": "day", "type": "temporal", "format": "%Y-%m-%d %H:%M"},
                        {"field": "interactions", "type": "quantitative"}, {"field": "post"}],
        },
    }


def growth_chart(series: list[dict[str, Any]], title: str, y_title: str, x_title: str) -> dict[str, Any]:
    """Followers of each account over time, a line per account with its measurements as points."""
    values = [{"when": m["observed_at"], "account": s["label"], "followers": m["followers"]}
              for s in series for m in s["measurements"] if m["followers"] is not None]
    return {
        "$schema": SCHEMA, "title": title, "width": WIDTH, "height": 300,
        "data": {"values": values},
        "mark": {"type": "line", "point": True, "tooltip": True},
        "encoding": {
            "x": {"field": "when", "type": "temporal", "title": x_title,
                  "axis": {"format": "%Y-%m-%d", "labelOverlap": True}},
            "y": {"field": "followers", "type": "quantitative", "title": y_title},
            "color": {"field": "account", "type": "nominal", "title": None, "legend": {"orient": "top"}},
        },
    }


def panel_chart(totals: list[dict[str, Any]], title: str, y_title: str, x_title: str) -> dict[str, Any]:
    """A panel's summed followers per platform over the measurement dates (over the members measured)."""
    values = [{"date": str(r.get("date")), "platform": r.get("platform"), "total": r.get("followers_total")}
              for r in totals if r.get("followers_total") is not None]
    return {
        "$schema": SCHEMA, "title": title, "width": WIDTH, "height": 300,
        "data": {"values": values},
        "mark": {"type": "line", "point": True, "tooltip": True},
        "encoding": {
            "x": {"field": "date", "type": "temporal", "title": x_title,
                  "axis": {"format": "%Y-%m-%d", "labelOverlap": True}},
            "y": {"field": "total", "type": "quantitative", "title": y_title},
            "color": {"field": "platform", "type": "nominal", "title": None, "legend": {"orient": "top"}},
        },
    }
