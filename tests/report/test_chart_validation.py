"""Chart specs are checked against the Vega-Lite schema (with the first rows of each data set), large or small."""

from __future__ import annotations

import altair as alt
import pandas as pd
import pytest

from reichweite.report.charts.base import Caption, _validate, finish, values


def _chart(rows: int) -> alt.Chart:
    frame = pd.DataFrame({"a": range(rows), "b": [float(i) for i in range(rows)]})
    return alt.Chart(values(frame)).mark_point().encode(x="a:Q", y="b:Q")


def test_a_large_chart_keeps_every_row() -> None:
    spec = finish(_chart(20_000), Caption("Title", ("a line",)), "en")
    assert len(spec["data"]["values"]) == 20_000
    assert spec["data"]["values"][-1] == {"a": 19_999, "b": 19_999.0}


def test_a_spec_the_schema_refuses_is_refused() -> None:
    good = finish(_chart(5), Caption("Title", ()), "en")
    _validate(good)
    with pytest.raises(Exception, match="wide"):
        _validate({**good, "width": "wide"})
    with pytest.raises(Exception, match="dotted"):
        _validate({**good, "mark": {"type": "dotted"}})
    with pytest.raises(Exception, match="nonsense|type"):
        finish(alt.Chart(values(pd.DataFrame({"a": [1]}))).mark_point().encode(
            x=alt.X("a", type="nonsense")), Caption("Title", ()), "en")
