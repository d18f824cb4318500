"""Chart labels from data are text: `$…$` in a handle or company name once crashed matplotlib's mathtext; the Vega-Lite
charts show every label as the characters given, escaped in the SVG."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from reichweite.report.charts.base import Caption, Series
from reichweite.report.charts.panel import panel_companies
from reichweite.report.charts.render import save_both
from tests.support.images import png_size, svg_texts

LABELS = ["Kosten $5 und $6", r"$\frac{1}{$", "$x^2$ AG", "[/] & <b>"]


def test_labels_with_dollar_signs_render_literally(tmp_path: Path) -> None:
    frame = pd.DataFrame({"name": LABELS, "platform": ["LinkedIn"] * 4, "value": [1.0, 2.0, 3.0, 4.0]})
    spec = panel_companies(frame, [Series("LinkedIn", "linkedin")], Caption(LABELS[1], (LABELS[3],)), "de",
                           x_title=LABELS[0])
    files = save_both(spec, tmp_path / "labels")
    svg = files["svg"].read_text(encoding="utf-8")
    shown = svg_texts(svg)
    assert all(label in shown for label in LABELS)
    assert "<b>" not in svg
    assert png_size(files["png"])[0] > 500
