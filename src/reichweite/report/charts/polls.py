"""Chart of polls: each poll's options as bars of their share of the votes, one block per poll."""

from __future__ import annotations

from typing import Any

import altair as alt
import pandas as pd

from reichweite.report.charts.base import SHARE_FORMAT, WIDTH, Caption, finish, platform_colours, values


def poll_options(options: pd.DataFrame, caption: Caption, lang: str, *, share_title: str) -> dict[str, Any]:
    """`options` has columns poll (the heading of a poll), platform, option, votes, share and label (the text at the
    end of the bar, e.g. '1.234 Stimmen · 41 %'); polls and options keep the frame's order."""
    polls = list(dict.fromkeys(options["poll"]))
    platforms = list(dict.fromkeys(options["platform"]))
    colour = alt.Color("platform:N", legend=None, scale=alt.Scale(domain=platforms,
                                                                    range=platform_colours(platforms)))
    base = alt.Chart().encode(
        y=alt.Y("option:N", sort=None, title=None, axis=alt.Axis(labelLimit=360, labelFontSize=13)),
        x=alt.X("share:Q", title=share_title, scale=alt.Scale(domain=[0, 1]),
                axis=alt.Axis(format=SHARE_FORMAT, orient="top", values=[0, 0.25, 0.5, 0.75, 1])),
    )
    bars = base.mark_bar(height={"band": 0.7}).encode(
        color=colour, tooltip=[alt.Tooltip("option:N", title=""), alt.Tooltip("label:N", title="")])
    labels = base.mark_text(align="left", dx=6, fontSize=13).encode(text="label:N")
    layered = alt.layer(bars, labels, data=values(options)).properties(width=WIDTH - 300, height=alt.Step(34))
    chart = layered.facet(
        row=alt.Row("poll:N", sort=polls, title=None,
                    header=alt.Header(labelAngle=0, labelAlign="left", labelAnchor="start", labelOrient="top",
                                      labelFontSize=14, labelFontWeight="bold", labelLimit=WIDTH, labelPadding=8)),
    ).resolve_scale(y="independent")
    return finish(chart, caption, lang)
